package com.example.users;

import dev.asyncgen.Async;
import java.util.Collection;

/** A generic interface whose super-interface's method type variable shares its name with ours. */
@Async
public interface Cache<T extends Comparable<T>> extends Picker<T> {

  <N extends Number & Comparable<N>> N max(Collection<? extends N> values);

  <X extends Exception> void evict(T key, X reason) throws X;
}

interface Picker<A> {
  <T> T pick(A key, T fallback);
}
