package dev.asyncgen.it.shapes;

/** A user type used as a type argument of a generic super-interface. */
public record User(long id, String name) {}
