package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.BOXES;
import static dev.asyncgen.processor.differential.Ty.PRIMITIVES;
import static dev.asyncgen.processor.differential.Ty.cls;

import dev.asyncgen.processor.differential.Draft.Bound;
import dev.asyncgen.processor.differential.Draft.Role;
import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.ClassInfo;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import dev.asyncgen.processor.differential.Ty.Wild;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses random types and type variables: parameters, results, type arguments, bounds, and
 * the user types that shadow JDK names.
 */
final class RandomTypes {

  private final Draft draft;

  RandomTypes(Draft draft) {
    this.draft = draft;
  }

  /** Names a user may give a type of their own, shadowing JDK or generated-code names. */
  static final List<String> SHADOW_NAMES =
      List.of(
          "String", "List", "Executor", "Object", "Integer", "Void", "Override", "Collection",
          "CompletableFuture", "Objects", "Generated", "Gather", "Dispatcher", "AsyncOptions",
          "UnaryOperator", "Duration", "Deprecated", "SuppressWarnings", "Boolean", "Runnable",
          "FacadeRuntime");

  static final List<String> PLAIN_TYPE_VARIABLE_NAMES =
      List.of("T", "U", "E", "K", "V", "R", "X", "S", "T1", "T2", "Item");

  static final List<String> CLASS_LIKE_TYPE_VARIABLE_NAMES =
      List.of(
          "String", "Integer", "Object", "Void", "List", "Executor", "Collection",
          "CompletableFuture", "Override", "Generated", "SuppressWarnings", "Deprecated", "Gather",
          "Dispatcher", "AsyncOptions", "UnaryOperator", "Objects", "Val", "Node", "Boolean",
          "FacadeRuntime");

  static final List<String> PARAMETER_NAMES =
      List.of(
          "a", "b", "x", "y", "value", "key", "name", "count", "list", "it", "e", "result", "input",
          "id", "delegate", "executor", "options", "dispatcher", "arg", "args", "arg0", "arg1",
          "change", "String", "T", "of", "run", "call", "label", "method", "body", "runtime");

  static final Set<String> GENERATED_CODE_NAMES =
      Set.of("delegate", "executor", "options", "dispatcher", "arg", "args", "arg0", "arg1",
          "change", "label", "method", "body", "runtime");

  static final List<String> NESTED_TYPE_NAMES =
      List.of("Node", "Item", "Entry", "Key", "String", "List", "Executor", "Void", "Integer",
          "CompletableFuture", "Collection");

  static final List<Bound> DECLARATION_BOUNDS =
      List.of(Bound.NONE, Bound.NONE, Bound.NONE, Bound.NUMBER, Bound.COMPARABLE_SELF,
          Bound.COMPARABLE_SUPER, Bound.NUMBER_AND_COMPARABLE, Bound.CHAR_SEQUENCE,
          Bound.CHAR_SEQUENCE_AND_COMPARABLE, Bound.OBJECT_AND_SERIALIZABLE, Bound.SERIALIZABLE,
          Bound.USER_BASE, Bound.ENUM, Bound.DEPRECATED);

  void chooseShadows() {
    if (draft.chance(45)) {
      List<String> names = new ArrayList<>(SHADOW_NAMES);
      Collections.shuffle(names, draft.rnd);
      int count = 1 + draft.rnd.nextInt(4);
      for (String name : names.subList(0, count)) {
        draft.shadows.add(name);
        ClassInfo info =
            new ClassInfo(draft.pkg + "." + name, name.equals("List") ? 1 : 0,
                name.equals("List") ? Kind.CONTAINER : Kind.VALUE);
        draft.userTypes.put(name, info);
        draft.usedUserTypes.add(name);
      }
      draft.features.add(Feature.SHADOWING_USER_TYPE);
    }
  }

  static Set<String> names(List<TVar> tvars) {
    Set<String> names = new HashSet<>();
    for (TVar t : tvars) {
      names.add(t.name);
    }
    return names;
  }

  String freshTVarName(Set<String> taken, String declName) {
    for (int attempt = 0; ; attempt++) {
      String name =
          attempt < 20 && draft.chance(25)
              ? draft.pick(CLASS_LIKE_TYPE_VARIABLE_NAMES)
              : attempt < 40 ? draft.pick(PLAIN_TYPE_VARIABLE_NAMES) : "T" + attempt;
      if (!taken.contains(name) && !name.equals(declName)) {
        if (CLASS_LIKE_TYPE_VARIABLE_NAMES.contains(name)) {
          draft.features.add(Feature.TYPE_VARIABLE_NAMED_LIKE_A_CLASS);
        }
        return name;
      }
    }
  }

  /** A type variable with a bound; {@code earlier} are the variables it may be bounded by. */
  TVar newTVar(String name, Bound bound, List<TVar> earlier) {
    TVar t = new TVar(name);
    Var self = new Var(t);
    switch (bound) {
      case NONE -> t.witness = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(draft.user("Val")), cls(Ty.LONG_BOX)));
      case NUMBER -> {
        t.bounds.add(cls(Ty.NUMBER));
        t.witness = draft.pick(List.of(cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      }
      case COMPARABLE_SELF -> {
        t.bounds.add(cls(Ty.COMPARABLE, self));
        t.witness = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      }
      case COMPARABLE_SUPER -> {
        t.bounds.add(cls(Ty.COMPARABLE, new Wild(self, true)));
        t.witness = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      }
      case NUMBER_AND_COMPARABLE -> {
        t.bounds.add(cls(Ty.NUMBER));
        t.bounds.add(cls(Ty.COMPARABLE, self));
        t.witness = draft.pick(List.of(cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      }
      case CHAR_SEQUENCE -> {
        t.bounds.add(cls(Ty.CHAR_SEQUENCE));
        t.witness = cls(Ty.STRING);
      }
      case CHAR_SEQUENCE_AND_COMPARABLE -> {
        t.bounds.add(cls(Ty.CHAR_SEQUENCE));
        t.bounds.add(cls(Ty.COMPARABLE, self));
        t.witness = cls(Ty.STRING);
      }
      case OBJECT_AND_SERIALIZABLE -> {
        t.bounds.add(cls(Ty.OBJECT));
        t.bounds.add(cls(Ty.SERIALIZABLE));
        t.witness = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      }
      case SERIALIZABLE -> {
        t.bounds.add(cls(Ty.SERIALIZABLE));
        t.witness = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      }
      case USER_BASE -> {
        t.bounds.add(cls(draft.user("Base")));
        t.witness = cls(draft.user(draft.chance(50) ? "Sub" : "Base"));
        draft.user("Sub");
      }
      case ENUM -> {
        t.bounds.add(cls(Ty.ENUM, self));
        t.witness = draft.chance(50) ? cls(draft.user("Color")) : cls(Ty.TIME_UNIT);
      }
      case DEPRECATED -> {
        t.bounds.add(cls(draft.user("Old")));
        t.witness = cls(draft.user("Old"));
      }
      case OTHER_VARIABLE -> {
        List<TVar> candidates = new ArrayList<>();
        for (TVar other : earlier) {
          Bound b = draft.info(other);
          if (b != Bound.STAGE && b != Bound.EXCEPTION && b != Bound.OTHER_VARIABLE) {
            candidates.add(other);
          }
        }
        if (candidates.isEmpty()) {
          return newTVar(name, Bound.NONE, earlier);
        }
        TVar other = draft.pick(candidates);
        t.bounds.add(new Var(other));
        t.witness = other.witness;
      }
      case STAGE -> {
        Ty value = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(draft.user("Val"))));
        t.bounds.add(cls(Ty.STAGE, value));
        t.witness = cls(Ty.STAGE, value);
      }
      case EXCEPTION -> {
        int which = draft.rnd.nextInt(3);
        t.bounds.add(cls(which == 0 ? exception("java.lang.Exception")
            : which == 1 ? exception("java.io.IOException") : exception("java.lang.Throwable")));
        t.witness = cls(which == 1 ? exception("java.io.IOException") : draft.user("Oops"));
      }
    }
    draft.tvarInfo.put(t, bound);
    return t;
  }

  static ClassInfo exception(String name) {
    return new ClassInfo(name, 0, Kind.THROWABLE);
  }

  /** A concrete type satisfying {@code t}'s bounds: one of its possible witnesses. */
  Ty concreteArgument(TVar t) {
    return switch (draft.info(t)) {
      case NONE -> draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(draft.user("Val"))));
      case NUMBER, NUMBER_AND_COMPARABLE -> draft.pick(List.of(cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      case COMPARABLE_SELF, COMPARABLE_SUPER, OBJECT_AND_SERIALIZABLE, SERIALIZABLE ->
          draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      case CHAR_SEQUENCE, CHAR_SEQUENCE_AND_COMPARABLE -> cls(Ty.STRING);
      case USER_BASE -> cls(draft.user("Sub"));
      case ENUM -> cls(draft.user("Color"));
      case DEPRECATED -> cls(draft.user("Old"));
      default -> t.witness;
    };
  }

  String paramName(Set<String> taken) {
    for (int attempt = 0; ; attempt++) {
      String name = attempt < 10 ? draft.pick(PARAMETER_NAMES) : "p" + attempt;
      if (taken.add(name)) {
        return name;
      }
    }
  }

  /** A random type for a parameter, result, type argument or array component. */
  Ty randomType(Role role, List<TVar> vars, int depth) {
    for (;;) {
      int r = draft.rnd.nextInt(118);
      boolean top = role == Role.PARAM || role == Role.RETURN;
      if (r < 18) {
        if (role == Role.ARGUMENT) {
          continue;
        }
        return draft.pick(PRIMITIVES);
      } else if (r < 28) {
        return cls(Ty.STRING);
      } else if (r < 34) {
        return cls(draft.pick(BOXES));
      } else if (r < 42) {
        if (!draft.shadows.isEmpty() && draft.chance(50)) {
          String shadow = draft.pick(draft.shadows);
          ClassInfo info = draft.userTypes.get(shadow);
          if (info.typeParameters() == 1) {
            if (depth >= 2) {
              continue;
            }
            return cls(info, randomType(Role.ARGUMENT, vars, depth + 1));
          }
          return cls(info);
        }
        return cls(draft.user("Val"));
      } else if (r < 46) {
        if (draft.nestedType != null) {
          return cls(draft.nestedType);
        }
        if (draft.chance(40)) {
          return cls(draft.user("Old.Nested"));
        }
        continue;
      } else if (r < 49) {
        return draft.chance(50) ? cls(draft.user("Color")) : cls(Ty.TIME_UNIT);
      } else if (r < 65) {
        if (vars.isEmpty()) {
          continue;
        }
        return new Var(draft.pick(vars));
      } else if (r < 73) {
        if (depth >= 2) {
          continue;
        }
        return new Arr(randomType(Role.COMPONENT, vars, depth + 1));
      } else if (r < 82) {
        if (depth >= 2) {
          continue;
        }
        return cls(role == Role.PARAM && draft.chance(25) ? draft.pick(List.of(Ty.COLLECTION, Ty.ITERABLE)) : Ty.LIST,
            typeArgument(vars, depth));
      } else if (r < 85) {
        if (depth >= 2) {
          continue;
        }
        return cls(Ty.MAP, typeArgument(vars, depth), typeArgument(vars, depth));
      } else if (r < 88) {
        if (depth >= 2) {
          continue;
        }
        return cls(Ty.OPTIONAL, typeArgument(vars, depth));
      } else if (r < 91) {
        if (depth >= 2) {
          continue;
        }
        if (draft.chance(30)) {
          return cls(draft.user("Outer.Inner"), typeArgument(vars, depth), typeArgument(vars, depth));
        }
        return cls(draft.user("Box"), typeArgument(vars, depth));
      } else if (r < 97) {
        if (role != Role.PARAM || depth > 0) {
          continue;
        }
        return functionalType(vars);
      } else if (r < 99) {
        if (!top) {
          continue;
        }
        return Ty.raw(draft.chance(50) ? Ty.LIST : draft.user("Box"));
      } else if (r < 102) {
        return cls(draft.user(draft.pick(List.of("Old", "Old", "Gone", "Legacy"))));
      } else if (r < 105) {
        if (role != Role.PARAM || depth > 0) {
          continue;
        }
        return cls(draft.chance(50) ? Ty.STAGE : Ty.FUTURE, typeArgument(vars, depth));
      } else if (r < 109) {
        if (!top) {
          continue;
        }
        return cls(draft.pick(List.of(Ty.OBJECT, Ty.NUMBER, Ty.CHAR_SEQUENCE)));
      } else {
        if (depth >= 2) {
          continue;
        }
        return cls(Ty.LIST, typeArgument(vars, depth));
      }
    }
  }

  /** A type argument: a reference type or a wildcard. */
  Ty typeArgument(List<TVar> vars, int depth) {
    int r = draft.rnd.nextInt(100);
    if (r < 10) {
      return new Wild(null, false);
    } else if (r < 22) {
      return new Wild(wildcardBound(vars, depth), false);
    } else if (r < 30) {
      return new Wild(wildcardBound(vars, depth), true);
    }
    return randomType(Role.ARGUMENT, vars, depth + 1);
  }

  Ty wildcardBound(List<TVar> vars, int depth) {
    if (draft.chance(30)) {
      return cls(draft.pick(List.of(Ty.NUMBER, Ty.CHAR_SEQUENCE, Ty.OBJECT)));
    }
    return randomType(Role.ARGUMENT, vars, depth + 1);
  }

  Ty functionalType(List<TVar> vars) {
    return switch (draft.rnd.nextInt(6)) {
      case 0 -> cls(Ty.RUNNABLE);
      case 1 -> cls(Ty.SUPPLIER, plainArgument(vars));
      case 2 -> cls(Ty.FUNCTION, plainArgument(vars), plainArgument(vars));
      case 3 -> cls(Ty.CONSUMER, plainArgument(vars));
      case 4 -> cls(Ty.JDK_EXECUTOR);
      default -> cls(draft.user("Fn"));
    };
  }

  /** A type argument without wildcards or functional types, for functional interfaces. */
  Ty plainArgument(List<TVar> vars) {
    if (!vars.isEmpty() && draft.chance(35)) {
      return new Var(draft.pick(vars));
    }
    return draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(draft.user("Val")), cls(Ty.LIST, cls(Ty.STRING))));
  }

  /** A {@code CompletionStage}-like result type. */
  Ty stageType(List<TVar> vars) {
    Ty value;
    int r = draft.rnd.nextInt(100);
    if (r < 10) {
      value = new Wild(null, false);
    } else if (r < 20) {
      value = new Wild(cls(draft.pick(List.of(Ty.NUMBER, Ty.CHAR_SEQUENCE, Ty.OBJECT))), false);
    } else if (r < 25) {
      value = new Wild(cls(Ty.INTEGER), true);
    } else if (r < 30) {
      value = cls(Ty.STAGE, cls(Ty.STRING));
      draft.features.add(Feature.NESTED_STAGE_RETURN);
    } else if (r < 37) {
      value = cls(Draft.VOID);
    } else {
      value = randomType(Role.ARGUMENT, vars, 1);
    }
    int which = draft.rnd.nextInt(10);
    if (which < 5) {
      return cls(Ty.STAGE, value);
    } else if (which < 8) {
      return cls(Ty.FUTURE, value);
    }
    return cls(draft.user("MyFuture"), value);
  }

  /** A subtype of {@code type} that an override may return, or {@code type} itself. */
  Ty covariant(Ty type) {
    if (!(type instanceof Cls c) || c.raw()) {
      return type;
    }
    return switch (c.info().canonical()) {
      case "java.lang.Object", "java.lang.CharSequence" -> cls(Ty.STRING);
      case "java.lang.Number" -> cls(Ty.INTEGER);
      case "java.util.Collection", "java.lang.Iterable" -> cls(Ty.LIST, c.args().get(0));
      case "java.util.concurrent.CompletionStage" -> cls(Ty.FUTURE, c.args().get(0));
      default -> type;
    };
  }
}
