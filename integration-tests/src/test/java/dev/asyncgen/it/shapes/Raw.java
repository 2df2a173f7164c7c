package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Raw types, as legacy code has them. (A raw {@code CompletionStage} result is left out here: its
 * generated code does not compile under -Werror, see ProcessorBugsTest.)
 */
@Async
@SuppressWarnings("rawtypes")
public interface Raw {
  List list(Map map);

  int compare(Comparator comparator, Object a, Object b);

  List[] lists(List... lists);
}
