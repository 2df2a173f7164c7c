package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Its {@code T} is not {@link Base#pick}'s {@code T}: the facade must keep them apart. */
@Async
public interface Picker<T> extends Base<T> {
  T own(T t);
}
