package dev.asyncgen.it.shapes;

import java.util.Collection;
import java.util.List;

/** A generic parent, inherited raw by {@link RawParent}. */
public interface Labeler<T extends CharSequence> {
  String label(T value, List<? super T> seen);

  <R> R convert(T value, Class<R> type);

  default int count(Collection<? extends T> values) {
    return values.size();
  }
}
