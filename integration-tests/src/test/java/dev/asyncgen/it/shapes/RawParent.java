package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/**
 * Generic super-interfaces inherited raw, as legacy code (and the JDK's {@code
 * java.beans.beancontext.BeanContext extends Collection}) has them: every inherited method is
 * erased, and javac warns of each call through the raw type unless told not to.
 */
@Async
@SuppressWarnings("rawtypes")
public interface RawParent extends Labeler, Comparable {}
