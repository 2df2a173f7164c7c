package dev.asyncgen.it.shadow;

/** Named like a type the generated code uses; a plain value class here. */
public final class FacadeRuntime {
  public final int n;

  public FacadeRuntime(int n) {
    this.n = n;
  }
}
