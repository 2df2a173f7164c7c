package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class Gather {
  public final int n;

  public Gather(int n) {
    this.n = n;
  }
}
