package dev.asyncgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the asyncgen processor to write an asynchronous facade for the annotated synchronous
 * interface.
 *
 * <p>For {@code @Async interface Downloader} in package {@code p} the processor writes the
 * interface {@code p.DownloaderAsync}: every method of {@code Downloader} again, with the same
 * name, type parameters and parameters, returning a {@link java.util.concurrent.CompletableFuture}
 * of the sync result. Each call runs the blocking method on an executor and returns at once:
 *
 * <pre>{@code
 * DownloaderAsync downloads = DownloaderAsync.of(new HttpDownloader());
 * CompletableFuture<byte[]> page = downloads.download("index.html");
 * }</pre>
 *
 * <p>A nested interface {@code Outer.Inner} gets the top-level facade {@code Outer_InnerAsync}:
 * the enclosing names joined by {@code _}, so two nested {@code Inner}s never collide.
 *
 * <p>For interfaces you cannot annotate (the JDK's, a library's), use {@link Of}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Async {

  /**
   * The facade's simple name. Empty (the default) means the interface's name followed by {@code
   * Async}, with the names of enclosing types joined by {@code _} for a nested interface.
   */
  String name() default "";

  /**
   * A timeout for every call of facades built with {@code of(delegate)} or {@code of(delegate,
   * executor)}, e.g. {@code "500ms"}, {@code "5s"}, {@code "2m"}, {@code "1h"} or ISO-8601 {@code
   * "PT5S"}. Empty (the default) means no timeout. A facade built with {@code of(delegate,
   * options)} takes the options it is given, whole.
   */
  String timeout() default "";

  /**
   * The methods that get a gather helper: {@code gatherDownload(Collection<? extends String>)}
   * for {@code download(String)}, one call per element, all at once, the results in order. By
   * name, e.g. {@code gather = "download"}; {@code "*"} (the default) for every method with one
   * parameter; {@code {}} for none.
   */
  String[] gather() default {"*"};

  /**
   * Writes facades for interfaces you do not own, e.g. {@code @Async.Of({Connection.class,
   * Statement.class})} on any type or package: one facade per listed interface, in the annotated
   * element's package, named as {@link Async} names them. The interfaces are read from the class
   * path, so their parameters may be named {@code arg0}, {@code arg1}… where the class files carry
   * no names.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @Repeatable(Of.List.class)
  @interface Of {

    /** The interfaces to write facades for. */
    Class<?>[] value();

    /** The facade's simple name; only with a single interface in {@link #value()}. */
    String name() default "";

    /** As {@link Async#timeout()}, for each facade listed here. */
    String timeout() default "";

    /**
     * As {@link Async#gather()}, for each interface listed here; none (the default) unless named,
     * since few of a library's one-parameter methods are calls to make for a whole collection
     * ({@code List.sort}, {@code ResultSet.getString}).
     */
    String[] gather() default {};

    /** Holds several {@link Of}s on one element. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.PACKAGE})
    @interface List {
      Of[] value();
    }
  }
}
