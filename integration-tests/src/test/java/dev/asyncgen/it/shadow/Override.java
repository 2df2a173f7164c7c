package dev.asyncgen.it.shadow;

/** Shadows {@code java.lang.Override}: {@code @Override} does not compile in this package. */
public final class Override {
  public final int level;

  public Override(int level) {
    this.level = level;
  }
}
