package com.example.clashes;

import dev.asyncgen.Async;
import java.util.List;

/** Names that collide with everything the generated code uses. */
@Async
public interface Clashing {

  java.lang.String of(java.lang.String delegate, java.util.concurrent.Executor executor);

  Executor local(String dispatcher, Executor options);

  @SuppressWarnings("unchecked")
  void lists(List<java.lang.String>... change);

  @Deprecated
  int old();

  interface Inner {
    java.lang.String hello();
  }

  @Async(name = "InnerFacade")
  interface Renamed extends Inner {}
}
