package com.example.of;

import com.example.of.lib.Store;
import dev.asyncgen.Async;
import java.util.concurrent.Callable;

/** Facades of interfaces this package does not own: a JDK one, a library's, one renamed. */
@Async.Of({Callable.class, Store.class})
@Async.Of(value = Runnable.class, name = "Tasks", timeout = "250ms")
final class Holder {
  private Holder() {}
}
