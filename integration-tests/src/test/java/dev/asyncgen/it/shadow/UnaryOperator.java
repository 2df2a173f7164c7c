package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class UnaryOperator {
  public final int n;

  public UnaryOperator(int n) {
    this.n = n;
  }
}
