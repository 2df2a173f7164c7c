package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class Dispatcher {
  public final int n;

  public Dispatcher(int n) {
    this.n = n;
  }
}
