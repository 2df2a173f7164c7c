package dev.asyncgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
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
}
