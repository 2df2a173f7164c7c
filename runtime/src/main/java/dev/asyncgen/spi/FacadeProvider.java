package dev.asyncgen.spi;

import dev.asyncgen.AsyncOptions;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.UnaryOperator;

/**
 * Builds one generated facade, for frameworks that wire facades themselves (asyncgen's Spring Boot
 * starter): the processor writes a provider for every facade, {@code DownloaderAsyncProvider}
 * beside {@code DownloaderAsync}, and lists it in {@code
 * META-INF/services/dev.asyncgen.spi.FacadeProvider}. So a framework finds every facade of the
 * application with {@link java.util.ServiceLoader}, without scanning the class path, and builds one
 * without reflection:
 *
 * <pre>{@code
 * for (FacadeProvider provider : ServiceLoader.load(FacadeProvider.class)) {
 *   if (provider.syncInterface().isInstance(bean)) {
 *     Object facade = provider.create(bean, options -> options.withTimeout(Duration.ofSeconds(2)));
 *   }
 * }
 * }</pre>
 *
 * <p>In a named module, {@code META-INF/services} is not read: declare {@code provides
 * dev.asyncgen.spi.FacadeProvider with ...DownloaderAsyncProvider} in {@code module-info.java}.
 */
public interface FacadeProvider {

  /** The {@code @Async} interface, e.g. {@code Downloader.class}. */
  Class<?> syncInterface();

  /** The generated facade interface, e.g. {@code DownloaderAsync.class}. */
  Class<?> facadeInterface();

  /**
   * A facade over {@code delegate}, which must implement {@link #syncInterface()}: the one {@code
   * of(delegate)} builds (with the timeout {@code @Async} names, if any), its options then changed
   * by {@code options}.
   *
   * @throws ClassCastException if {@code delegate} does not implement {@link #syncInterface()}
   */
  Object create(Object delegate, UnaryOperator<AsyncOptions> options);

  /**
   * Marks a generated provider for asyncgen's registry processor, which lists every class so
   * marked in {@code META-INF/services/dev.asyncgen.spi.FacadeProvider}. Not for hand-written code.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface Registered {}
}
