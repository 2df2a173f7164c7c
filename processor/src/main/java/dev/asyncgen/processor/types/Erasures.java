package dev.asyncgen.processor.types;

import java.util.List;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Compares lists of types by erasure: what decides whether two signatures are the same. */
public final class Erasures {

  private final Types types;

  public Erasures(Types types) {
    this.types = types;
  }

  /** Whether the two lists have the same erasures, one by one. */
  public boolean same(List<? extends TypeMirror> left, List<? extends TypeMirror> right) {
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!types.isSameType(types.erasure(left.get(i)), types.erasure(right.get(i)))) {
        return false;
      }
    }
    return true;
  }
}
