package dev.asyncgen.spring.boot;

import dev.asyncgen.AsyncOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facade beans the starter registered, and the options each was built with once it was: what
 * the Actuator endpoint shows.
 */
final class FacadeCatalog {

  static final String BEAN_NAME = "asyncgenFacadeCatalog";

  private final List<AsyncFacade> facades;
  private final Map<String, AsyncOptions> options = new ConcurrentHashMap<>();

  FacadeCatalog(List<AsyncFacade> facades) {
    this.facades = List.copyOf(facades);
  }

  List<AsyncFacade> facades() {
    return facades;
  }

  void built(AsyncFacade facade, AsyncOptions options) {
    this.options.put(facade.beanName(), options);
  }

  /** The options {@code facade} was built with; empty until its bean is created. */
  Optional<AsyncOptions> options(AsyncFacade facade) {
    return Optional.ofNullable(options.get(facade.beanName()));
  }
}
