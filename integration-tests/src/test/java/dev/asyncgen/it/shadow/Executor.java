package dev.asyncgen.it.shadow;

/** Shadows {@code java.util.concurrent.Executor} in this package; not an executor at all. */
public final class Executor {
  public final int id;

  public Executor(int id) {
    this.id = id;
  }
}
