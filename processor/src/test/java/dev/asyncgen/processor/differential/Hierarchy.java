package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.cls;
import static dev.asyncgen.processor.differential.Ty.subst;

import dev.asyncgen.processor.differential.Draft.Bound;
import dev.asyncgen.processor.differential.Draft.Decl;
import dev.asyncgen.processor.differential.Draft.Edge;
import dev.asyncgen.processor.differential.Draft.Eff;
import dev.asyncgen.processor.differential.Draft.MethodDecl;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Ty.ClassInfo;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the annotated interface and its super-interfaces, generic ones instantiated with types
 * that satisfy their bounds, and sees each method as the annotated interface inherits it.
 */
final class Hierarchy {

  private final Draft draft;

  Hierarchy(Draft draft) {
    this.draft = draft;
  }

  void chooseApi() {
    String name = "Api";
    if (draft.chance(10)) {
      List<String> candidates = new ArrayList<>(List.of("String", "List", "Executor", "Runnable"));
      candidates.removeAll(draft.shadows);
      if (!candidates.isEmpty()) {
        name = draft.pick(candidates);
        draft.features.add(Feature.INTERFACE_NAMED_LIKE_JDK_TYPE);
      }
    }
    String canonical = draft.pkg + "." + name;
    int placement = draft.rnd.nextInt(100);
    if (placement < 12) {
      draft.holderName = "Holder";
      draft.holderIsInterface = false;
      draft.features.add(Feature.INTERFACE_NESTED_IN_CLASS);
    } else if (placement < 18) {
      draft.holderName = "Holder";
      draft.holderIsInterface = true;
      draft.features.add(Feature.INTERFACE_NESTED_IN_INTERFACE);
    }
    if (draft.holderName != null) {
      canonical = draft.pkg + "." + draft.holderName + "." + name;
      if (draft.chance(30)) {
        draft.holderDeprecated = true;
        draft.features.add(Feature.DEPRECATED_ENCLOSING_CLASS);
      }
    }
    draft.api = new Decl(name, canonical, true);
    draft.api.isPublic = draft.chance(50);
    if (draft.chance(8)) {
      draft.api.deprecated = true;
      draft.features.add(Feature.DEPRECATED_INTERFACE);
    } else if (draft.chance(4)) {
      draft.api.javadocDeprecated = true;
      draft.features.add(Feature.DEPRECATED_INTERFACE);
    }
    draft.decls.add(draft.api);
    int tvars = draft.rnd.nextInt(100) < 55 ? 0 : draft.chance(65) ? 1 : 2;
    for (int i = 0; i < tvars; i++) {
      Bound bound = i > 0 && draft.chance(30) ? Bound.OTHER_VARIABLE
          : draft.chance(10) ? Bound.EXCEPTION : draft.pick(RandomTypes.DECLARATION_BOUNDS);
      draft.api.tvars.add(draft.randomTypes.newTVar(draft.randomTypes.freshTVarName(RandomTypes.names(draft.api.tvars), name), bound, draft.api.tvars));
    }
    if (!draft.api.tvars.isEmpty()) {
      draft.features.add(Feature.INTERFACE_TYPE_PARAMETER);
    }
    if (draft.chance(25)) {
      String nested = draft.pick(RandomTypes.NESTED_TYPE_NAMES);
      if (!nested.equals(name) && !draft.api.tvarNames().contains(nested)) {
        draft.nestedType = new ClassInfo(canonical + "." + nested, 0, Kind.VALUE);
        draft.api.members.add(DeclarationWriter.valueClassBody(nested, "final class " + nested, "  "));
        if (!List.of("Node", "Item", "Entry", "Key").contains(nested)) {
          draft.features.add(Feature.NESTED_TYPE_NAMED_LIKE_JDK_TYPE);
        }
      }
    }
    draft.facadeSimpleName = (draft.holderName != null ? draft.holderName + "_" : "") + name + "Async";
  }

  void buildHierarchy() {
    if (draft.chance(12)) {
      addJdkSuperInterface();
    }
    int shape = draft.rnd.nextInt(100);
    if (shape < 40) {
      return;
    }
    draft.features.add(Feature.SUPER_INTERFACE);
    if (shape < 62) {
      int length = 1 + draft.rnd.nextInt(3);
      Decl sub = draft.api;
      for (int i = 0; i < length; i++) {
        Decl sup = newSuper(List.of("Mid", "Root", "Top").get(i), true);
        connect(sub, sup);
        sub = sup;
      }
      if (length > 1) {
        draft.features.add(Feature.INHERITANCE_CHAIN);
      }
    } else if (shape < 80) {
      Decl left = newSuper("Left", true);
      Decl right = newSuper("Right", true);
      Decl root = newSuper("Root", true);
      connect(draft.api, left);
      connect(draft.api, right);
      // Root is reached twice, so it must be instantiated the same way both times: with ground
      // type arguments chosen once.
      List<Ty> rootArgs = new ArrayList<>();
      for (TVar t : root.tvars) {
        rootArgs.add(draft.randomTypes.concreteArgument(t));
      }
      left.supers.add(new Edge(root, rootArgs));
      right.supers.add(new Edge(root, rootArgs));
      propagate(left, root);
      draft.features.add(Feature.DIAMOND);
    } else {
      connect(draft.api, newSuper("Left", true));
      connect(draft.api, newSuper("Right", true));
    }
  }

  /**
   * A JDK interface the annotated one extends, read from a class file without parameter names:
   * its method comes first, so that the generated ones steer clear of it.
   */
  void addJdkSuperInterface() {
    String[] jdk = draft.pick(List.of(
        new String[] {"java.util.function.Supplier", "T", "get", "", ""},
        new String[] {"java.util.concurrent.Callable", "V", "call", "", "java.lang.Exception"},
        new String[] {"java.lang.AutoCloseable", "", "close", "", "java.lang.Exception"},
        new String[] {"java.lang.Comparable", "T", "compareTo", "T", ""},
        new String[] {"java.lang.Runnable", "", "run", "", ""}));
    Decl decl = new Decl(jdk[0].substring(jdk[0].lastIndexOf('.') + 1), jdk[0], false);
    decl.jdk = true;
    if (!jdk[1].isEmpty()) {
      decl.tvars.add(draft.randomTypes.newTVar(jdk[1], Bound.NONE, List.of()));
    }
    draft.decls.add(decl);
    connect(draft.api, decl);
    MethodDecl md = new MethodDecl();
    md.name = jdk[2];
    if (!jdk[3].isEmpty()) {
      md.params.add(new Param("o", new Var(decl.tvars.get(0))));
    }
    md.ret = jdk[2].equals("compareTo") ? Ty.INT : decl.tvars.isEmpty() ? null : new Var(decl.tvars.get(0));
    if (!jdk[4].isEmpty()) {
      md.throwsList.add(cls(RandomTypes.exception(jdk[4])));
    }
    decl.methods.add(md);
    draft.effs.add(view(md, decl));
    draft.features.add(Feature.JDK_SUPER_INTERFACE);
  }

  Decl newSuper(String name, boolean mayBeGeneric) {
    Decl decl = new Decl(name, draft.pkg + "." + name, false);
    decl.isPublic = draft.chance(50);
    decl.deprecated = draft.chance(4);
    if (mayBeGeneric && draft.chance(45)) {
      int count = draft.chance(70) ? 1 : 2;
      for (int i = 0; i < count; i++) {
        decl.tvars.add(draft.randomTypes.newTVar(draft.randomTypes.freshTVarName(RandomTypes.names(decl.tvars), name), draft.pick(RandomTypes.DECLARATION_BOUNDS), decl.tvars));
      }
      draft.features.add(Feature.GENERIC_SUPER_INTERFACE);
    }
    draft.decls.add(decl);
    return decl;
  }

  /** {@code sub extends sup<...>}: each argument a concrete type or a variable of {@code sub}'s. */
  void connect(Decl sub, Decl sup) {
    List<Ty> args = new ArrayList<>();
    for (TVar t : sup.tvars) {
      List<TVar> compatible = new ArrayList<>();
      for (TVar candidate : sub.tvars) {
        if (draft.info(candidate) == draft.info(t) && draft.info(t) != Bound.OTHER_VARIABLE) {
          compatible.add(candidate);
        }
      }
      if (!compatible.isEmpty() && draft.chance(60)) {
        args.add(new Var(draft.pick(compatible)));
      } else {
        args.add(draft.randomTypes.concreteArgument(t));
      }
    }
    sub.supers.add(new Edge(sup, args));
    propagate(sub, sup);
  }

  void propagate(Decl sub, Decl sup) {
    Edge edge = null;
    for (Edge e : sub.supers) {
      if (e.sup() == sup) {
        edge = e;
      }
    }
    Map<TVar, Ty> map = new HashMap<>();
    for (int i = 0; i < sup.tvars.size(); i++) {
      map.put(sup.tvars.get(i), subst(edge.args().get(i), sub.toApi));
    }
    sup.toApi = map;
  }

  /** The substitution taking {@code sup}'s variables into {@code sub}'s scope, or null. */
  Map<TVar, Ty> sigmaPath(Decl sub, Decl sup) {
    if (sub == sup) {
      Map<TVar, Ty> identity = new HashMap<>();
      for (TVar t : sup.tvars) {
        identity.put(t, new Var(t));
      }
      return identity;
    }
    for (Edge edge : sub.supers) {
      Map<TVar, Ty> rest = sigmaPath(edge.sup(), sup);
      if (rest != null) {
        Map<TVar, Ty> step = new HashMap<>();
        for (int i = 0; i < edge.sup().tvars.size(); i++) {
          step.put(edge.sup().tvars.get(i), edge.args().get(i));
        }
        Map<TVar, Ty> composed = new HashMap<>();
        for (Map.Entry<TVar, Ty> entry : rest.entrySet()) {
          composed.put(entry.getKey(), subst(entry.getValue(), step));
        }
        return composed;
      }
    }
    return null;
  }

  /** {@code md}, declared in {@code home}, as a member of the annotated interface. */
  Eff view(MethodDecl md, Decl home) {
    Eff eff = new Eff();
    eff.decl = md;
    eff.home = home;
    Map<TVar, Ty> map = new HashMap<>(home.toApi);
    eff.tvars = copyTVars(md.tvars, map);
    eff.params = new ArrayList<>();
    for (Param p : md.params) {
      eff.params.add(new Param(p.name(), subst(p.type(), map)));
    }
    eff.ret = subst(md.ret, map);
    eff.varargs = md.varargs;
    eff.throwsList = new ArrayList<>();
    for (Ty t : md.throwsList) {
      eff.throwsList.add(subst(t, map));
    }
    eff.isDefault = md.isDefault;
    return eff;
  }

  /** Copies of {@code tvars} under {@code map}, which learns to map each to its copy. */
  List<TVar> copyTVars(List<TVar> tvars, Map<TVar, Ty> map) {
    return copyTVars(tvars, map, null);
  }

  List<TVar> copyTVars(List<TVar> tvars, Map<TVar, Ty> map, List<String> newNames) {
    List<TVar> copies = new ArrayList<>();
    for (int i = 0; i < tvars.size(); i++) {
      TVar original = tvars.get(i);
      TVar copy = new TVar(newNames == null ? original.name : newNames.get(i));
      draft.tvarInfo.put(copy, draft.info(original));
      map.put(original, new Var(copy));
      copies.add(copy);
    }
    for (int i = 0; i < tvars.size(); i++) {
      TVar original = tvars.get(i);
      TVar copy = copies.get(i);
      for (Ty bound : original.bounds) {
        copy.bounds.add(subst(bound, map));
      }
      if (draft.info(original) == Bound.OTHER_VARIABLE) {
        Ty bound = copy.bounds.get(0);
        copy.witness = bound instanceof Var v ? v.decl().witness : bound;
      } else {
        copy.witness = original.witness;
      }
    }
    return copies;
  }

  /** Whether every path from the annotated interface to {@code target} passes through {@code d}. */
  boolean dominates(Decl d, Decl target) {
    return !reachableAvoiding(draft.api, target, d);
  }

  boolean reachableAvoiding(Decl from, Decl target, Decl avoid) {
    if (from == avoid) {
      return false;
    }
    if (from == target) {
      return true;
    }
    for (Edge e : from.supers) {
      if (reachableAvoiding(e.sup(), target, avoid)) {
        return true;
      }
    }
    return false;
  }
}
