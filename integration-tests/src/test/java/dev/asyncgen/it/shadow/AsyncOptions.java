package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class AsyncOptions {
  public final int n;

  public AsyncOptions(int n) {
    this.n = n;
  }
}
