package dev.asyncgen.it.shadow;

/** Shadows {@code java.lang.String} in this package: every unqualified String here is this one. */
public final class String {
  public final java.lang.String value;

  public String(java.lang.String value) {
    this.value = value;
  }
}
