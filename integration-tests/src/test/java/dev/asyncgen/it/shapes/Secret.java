package dev.asyncgen.it.shapes;

/** A package-private type in the facade's signatures. */
final class Secret {
  final String value;

  Secret(String value) {
    this.value = value;
  }
}
