package dev.asyncgen.spring.boot;

import dev.asyncgen.AsyncOptions;

/**
 * Changes the options of the facades the starter builds, after the {@code asyncgen.*} properties
 * are applied: declare one as a bean, e.g. to give one facade an executor of its own.
 *
 * <pre>{@code
 * @Bean
 * AsyncFacadeCustomizer reportsOnTheirOwnPool(ExecutorService reportPool) {
 *   return (facade, options) ->
 *       facade.syncInterface() == ReportGenerator.class ? options.withExecutor(reportPool) : options;
 * }
 * }</pre>
 *
 * <p>Customizers run in their {@code @Order}. The starter's metrics, and its tracking of calls in
 * flight for shutdown, come after all of them, so they see the options as customized.
 */
@FunctionalInterface
public interface AsyncFacadeCustomizer {

  /** The options {@code facade} is to be built with, given those it would be built with. */
  AsyncOptions customize(AsyncFacade facade, AsyncOptions options);
}
