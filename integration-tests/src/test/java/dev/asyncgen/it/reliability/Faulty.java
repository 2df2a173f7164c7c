package dev.asyncgen.it.reliability;

import dev.asyncgen.Async;

/** A service that fails in whatever way it is told to. */
@Async
public interface Faulty {

  String call(Throwable failure) throws Throwable;

  String ok(String value);
}
