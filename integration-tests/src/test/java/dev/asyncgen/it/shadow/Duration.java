package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class Duration {
  public final int n;

  public Duration(int n) {
    this.n = n;
  }
}
