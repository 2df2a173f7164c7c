package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.render;

import dev.asyncgen.processor.differential.Draft.Bound;
import dev.asyncgen.processor.differential.Draft.Decl;
import dev.asyncgen.processor.differential.Draft.Eff;
import dev.asyncgen.processor.differential.Draft.MethodDecl;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.ClassInfo;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Prim;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import dev.asyncgen.processor.differential.Ty.Wild;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records which {@link Feature}s a case holds, so that the test can show its coverage.
 */
final class FeatureRecorder {

  private final Draft draft;

  FeatureRecorder(Draft draft) {
    this.draft = draft;
  }

  void recordShapeFeatures() {
    int abstractCount = 0;
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Set<Integer>> arities = new HashMap<>();
    for (Eff eff : draft.effs) {
      if (!eff.isDefault) {
        abstractCount++;
      } else {
        draft.features.add(Feature.DEFAULT_METHOD);
      }
      byName.merge(eff.decl.name, 1, Integer::sum);
      arities.computeIfAbsent(eff.decl.name, n -> new HashSet<>()).add(eff.params.size());
      if (!eff.tvars.isEmpty()) {
        draft.features.add(Feature.METHOD_TYPE_PARAMETER);
      }
      for (TVar t : eff.tvars) {
        if (!t.bounds.isEmpty()) {
          draft.features.add(Feature.BOUNDED_TYPE_PARAMETER);
        }
        for (TVar a : draft.api.tvars) {
          if (a.name.equals(t.name)) {
            draft.features.add(Feature.METHOD_TYPE_VARIABLE_HIDING_INTERFACE_ONE);
          }
        }
      }
      if (eff.varargs) {
        draft.features.add(Feature.VARARGS);
        Ty component = ((Arr) eff.params.get(eff.params.size() - 1).type()).component();
        if (!Ty.isReifiable(component)) {
          draft.features.add(Feature.GENERIC_VARARGS);
        }
      }
      for (Param p : eff.params) {
        typeFeatures(p.type(), true);
        if (RandomTypes.GENERATED_CODE_NAMES.contains(p.name())) {
          draft.features.add(Feature.PARAMETER_NAMED_LIKE_GENERATED_CODE);
        }
      }
      if (eff.ret == null) {
        draft.features.add(Feature.VOID_RETURN);
      } else {
        typeFeatures(eff.ret, false);
      }
      for (Ty t : eff.throwsList) {
        draft.features.add(Feature.CHECKED_EXCEPTION);
        if (t instanceof Var) {
          draft.features.add(Feature.GENERIC_THROWS);
        } else if (((Cls) t).info().canonical().equals("java.lang.Throwable")) {
          draft.features.add(Feature.THROWS_THROWABLE);
        } else if (((Cls) t).info().canonical().startsWith(draft.pkg)) {
          draft.features.add(Feature.USER_CHECKED_EXCEPTION);
        }
      }
      switch (eff.decl.name) {
        case "of" -> draft.features.add(Feature.METHOD_NAMED_OF);
        case "withOptions" -> draft.features.add(Feature.METHOD_NAMED_WITH_OPTIONS);
        case "run", "call", "callStage" -> draft.features.add(Feature.METHOD_NAMED_RUN_OR_CALL);
        default -> {}
      }
      for (String annotation : eff.decl.annotations) {
        draft.features.add(annotation.contains("forRemoval") ? Feature.DEPRECATED_FOR_REMOVAL_METHOD
            : Feature.DEPRECATED_METHOD);
      }
      if (eff.decl.javadoc != null) {
        draft.features.add(Feature.JAVADOC_DEPRECATED_METHOD);
      }
    }
    for (TVar t : allDeclaredTVars()) {
      switch (draft.info(t)) {
        case COMPARABLE_SELF, COMPARABLE_SUPER -> draft.features.add(Feature.RECURSIVE_BOUND);
        case NUMBER_AND_COMPARABLE, CHAR_SEQUENCE_AND_COMPARABLE -> {
          draft.features.add(Feature.INTERSECTION_BOUND);
          draft.features.add(Feature.RECURSIVE_BOUND);
        }
        case OBJECT_AND_SERIALIZABLE -> draft.features.add(Feature.OBJECT_FIRST_INTERSECTION_BOUND);
        case OTHER_VARIABLE -> draft.features.add(Feature.TYPE_VARIABLE_BOUND);
        case ENUM -> draft.features.add(Feature.ENUM_BOUND);
        case DEPRECATED -> draft.features.add(Feature.DEPRECATED_TYPE_IN_SIGNATURE);
        default -> {}
      }
    }
    for (Map.Entry<String, Integer> entry : byName.entrySet()) {
      if (entry.getValue() > 1) {
        if (arities.get(entry.getKey()).size() > 1) {
          draft.features.add(Feature.OVERLOAD_BY_ARITY);
        }
        if (arities.get(entry.getKey()).size() < entry.getValue()) {
          draft.features.add(Feature.OVERLOAD_SAME_ARITY);
        }
      }
    }
    if (abstractCount == 1 && !draft.cloneRedeclared) {
      draft.features.add(Feature.FUNCTIONAL_INTERFACE_ITSELF);
    }
    if (draft.nestedType != null && usesType(draft.nestedType)) {
      draft.features.add(Feature.NESTED_TYPE_IN_SIGNATURE);
    }
  }

  List<TVar> allDeclaredTVars() {
    List<TVar> all = new ArrayList<>();
    for (Decl d : draft.decls) {
      all.addAll(d.tvars);
      for (MethodDecl md : d.methods) {
        all.addAll(md.tvars);
      }
    }
    return all;
  }

  boolean usesType(ClassInfo info) {
    for (Eff eff : draft.effs) {
      for (Param p : eff.params) {
        if (render(p.type()).contains(info.canonical())) {
          return true;
        }
      }
      if (eff.ret != null && render(eff.ret).contains(info.canonical())) {
        return true;
      }
    }
    return false;
  }

  void typeFeatures(Ty type, boolean parameter) {
    if (type instanceof Prim) {
      draft.features.add(parameter ? Feature.PRIMITIVE_PARAMETER : Feature.PRIMITIVE_RETURN);
    } else if (type instanceof Arr a) {
      draft.features.add(Feature.ARRAY);
      if (a.component() instanceof Prim) {
        draft.features.add(Feature.PRIMITIVE_ARRAY);
      } else if (a.component() instanceof Arr) {
        draft.features.add(Feature.MULTI_DIMENSIONAL_ARRAY);
      } else if (!Ty.isReifiable(a.component())) {
        draft.features.add(Feature.GENERIC_ARRAY);
      }
      typeFeatures(a.component(), parameter);
    } else if (type instanceof Wild w) {
      draft.features.add(w.bound() == null ? Feature.UNBOUNDED_WILDCARD
          : w.isSuper() ? Feature.WILDCARD_SUPER : Feature.WILDCARD_EXTENDS);
      if (w.bound() != null) {
        typeFeatures(w.bound(), parameter);
      }
    } else if (type instanceof Cls c) {
      String name = c.info().canonical();
      if (c.raw()) {
        draft.features.add(Feature.RAW_TYPE);
      }
      switch (c.info().kind()) {
        case FUNCTIONAL -> draft.features.add(Feature.FUNCTIONAL_PARAMETER);
        case ENUM -> draft.features.add(Feature.ENUM_VALUE);
        case INNER -> draft.features.add(Feature.INNER_CLASS_OF_GENERIC_CLASS);
        case CONTAINER -> {
          if (name.startsWith("java.")) {
            draft.features.add(Feature.LIST_MAP_OPTIONAL);
          } else {
            draft.features.add(Feature.GENERIC_USER_TYPE);
          }
        }
        case STAGE -> {
          if (parameter) {
            draft.features.add(Feature.STAGE_PARAMETER);
          } else if (name.equals(Ty.STAGE.canonical())) {
            draft.features.add(Feature.COMPLETION_STAGE_RETURN);
          } else if (name.equals(Ty.FUTURE.canonical())) {
            draft.features.add(Feature.COMPLETABLE_FUTURE_RETURN);
          } else {
            draft.features.add(Feature.STAGE_SUBCLASS_RETURN);
          }
          if (!parameter && !c.args().isEmpty() && c.args().get(0) instanceof Wild) {
            draft.features.add(Feature.STAGE_WILDCARD_RETURN);
          }
        }
        case VALUE -> {
          if (name.startsWith("java.lang.")) {
            draft.features.add(Feature.STRING_AND_BOXES);
          } else {
            draft.features.add(Feature.USER_VALUE_TYPE);
          }
        }
        default -> {}
      }
      if (name.equals(draft.pkg + ".Old") || name.equals(draft.pkg + ".Gone")) {
        draft.features.add(name.endsWith("Gone") ? Feature.FOR_REMOVAL_TYPE_IN_SIGNATURE
            : Feature.DEPRECATED_TYPE_IN_SIGNATURE);
      }
      if (name.equals(draft.pkg + ".Legacy")) {
        draft.features.add(Feature.JAVADOC_DEPRECATED_TYPE);
      }
      if (name.equals(draft.pkg + ".Old.Nested")) {
        draft.features.add(Feature.DEPRECATED_OUTER_OF_NESTED_TYPE);
      }
      for (String shadow : draft.shadows) {
        if (name.equals(draft.pkg + "." + shadow)) {
          draft.features.add(Feature.SHADOWING_TYPE_USED);
        }
      }
      for (Ty arg : c.args()) {
        typeFeatures(arg, parameter);
      }
    } else if (type instanceof Var v) {
      if (!parameter && draft.info(v.decl()) == Bound.STAGE) {
        draft.features.add(Feature.STAGE_TYPE_VARIABLE_RETURN);
      }
    }
  }
}
