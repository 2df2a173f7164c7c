package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class Generated {
  public final int n;

  public Generated(int n) {
    this.n = n;
  }
}
