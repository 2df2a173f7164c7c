package dev.asyncgen.it;

import dev.asyncgen.Async;

/** The smallest facade: proves the build wiring (annotationProcessorPaths) works. */
@Async
public interface Greeter {
  String greet(String name);
}
