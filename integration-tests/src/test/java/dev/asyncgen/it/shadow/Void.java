package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class Void {
  public final int n;

  public Void(int n) {
    this.n = n;
  }
}
