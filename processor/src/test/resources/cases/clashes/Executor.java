package com.example.clashes;

/** Shadows java.util.concurrent.Executor in this package. */
public class Executor {}
