package dev.asyncgen.spring.boot;

import dev.asyncgen.AsyncOptions;

/**
 * Adds a library's instrumentation to a facade's options, last. An interface of its own so that
 * {@link FacadeOptionsFactory} names no Micrometer type, and loads without Micrometer.
 */
interface FacadeInstrumentation {

  AsyncOptions instrument(AsyncFacade facade, AsyncOptions options);
}
