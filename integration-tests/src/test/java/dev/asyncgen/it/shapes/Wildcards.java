package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Wildcards of every kind, in parameters and in results. */
@Async
public interface Wildcards {
  int copy(List<? super Integer> into, List<? extends Number> from);

  int size(Collection<?> anything);

  List<? extends CharSequence> texts();

  Map<String, ? super Integer> sink();

  <T> List<T> map(List<? extends String> in, Function<? super String, ? extends T> f);

  List<? extends List<? super Integer>> nested();
}
