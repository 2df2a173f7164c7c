package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;

/** Generic methods with intersection and recursive bounds. */
@Async
public interface Numbers {
  <N extends Number & Comparable<N>> N max(N a, N b);

  <N extends Number & Comparable<? super N>> double sumOfLargest(List<N> values, int count);

  <E extends Enum<E>> E parse(Class<E> type, String name);

  <A extends CharSequence & Comparable<A>, B extends List<A>> A first(B values);
}
