package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class Objects {
  public final int n;

  public Objects(int n) {
    this.n = n;
  }
}
