package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Finds the {@link VarHandle}s of the runtime's lock-free fields, the one place that may fail. */
final class VarHandles {

  private VarHandles() {}

  /**
   * The handle of the field {@code name} of the class {@code lookup} was made in, e.g. {@code
   * VarHandles.field(MethodHandles.lookup(), "decided", boolean.class)} in a static initializer.
   */
  static VarHandle field(MethodHandles.Lookup lookup, String name, Class<?> type) {
    try {
      return lookup.findVarHandle(lookup.lookupClass(), name, type);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e); // a field renamed without its handle
    }
  }
}
