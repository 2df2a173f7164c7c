package com.example.clashes;

/** Shadows java.lang.String in this package. */
public class String {}
