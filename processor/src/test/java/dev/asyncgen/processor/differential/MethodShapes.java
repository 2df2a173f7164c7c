package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.BOXES;
import static dev.asyncgen.processor.differential.Ty.PRIMITIVES;
import static dev.asyncgen.processor.differential.Ty.cls;

import dev.asyncgen.processor.differential.Draft.Bound;
import dev.asyncgen.processor.differential.Draft.Decl;
import dev.asyncgen.processor.differential.Draft.Eff;
import dev.asyncgen.processor.differential.Draft.MethodDecl;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Draft.Role;
import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Prim;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds random methods to the interfaces, keeping every overload legal and callable without
 * ambiguity.
 */
final class MethodShapes {

  private final Draft draft;

  MethodShapes(Draft draft) {
    this.draft = draft;
  }

  static final List<String> METHOD_NAMES =
      List.of(
          "get", "put", "find", "load", "save", "compute", "apply", "submit", "fetch", "m", "run",
          "call", "callStage", "of", "join", "cancel", "complete", "handle", "accept", "test",
          "delegate", "dispatcher", "execute", "size", "value", "map", "process", "gather",
          "withOptions", "arg", "runtime", "defaults", "options");

  void generateMethods() {
    int count = draft.chance(3) ? 0 : 1 + draft.rnd.nextInt(7);
    if (count == 0) {
      draft.features.add(Feature.EMPTY_INTERFACE);
    }
    for (int i = 0; i < count; i++) {
      Decl home = chooseHome();
      for (int attempt = 0; attempt < 6; attempt++) {
        MethodDecl md = randomMethod(home, draft.pick(METHOD_NAMES));
        if (tryAdd(home, md)) {
          break;
        }
      }
    }
    if (draft.chance(8)) {
      draft.trickyShapes.addBoxingOverloads();
    }
    if (draft.chance(10)) {
      draft.trickyShapes.addSameMethodFromTwoParents();
    }
    if (draft.chance(12)) {
      draft.trickyShapes.addGatherNamedMethod();
    }
    if (draft.chance(7)) {
      draft.trickyShapes.addFunctionalOverloadOfFacadeMethod();
    }
    if (draft.chance(8)) {
      draft.trickyShapes.addObjectNamedOverload();
    }
  }

  Decl chooseHome() {
    List<Decl> weighted = new ArrayList<>();
    for (Decl d : draft.decls) {
      if (d.jdk) {
        continue;
      }
      weighted.add(d);
      if (d.isApi) {
        weighted.add(d);
        weighted.add(d);
      }
    }
    return draft.pick(weighted);
  }

  /** Adds {@code md} to {@code home} if it keeps the interfaces legal; false if it would not. */
  boolean tryAdd(Decl home, MethodDecl md) {
    Eff eff = draft.hierarchy.view(md, home);
    if (!acceptable(eff)) {
      return false;
    }
    if (md.isDefault) {
      md.body = draft.bodies.defaultBody(md);
    }
    home.methods.add(md);
    draft.effs.add(eff);
    return true;
  }

  /** Whether {@code eff} can join the methods without a clash. */
  boolean acceptable(Eff eff) {
    if (isObjectMethodName(eff.decl.name)) {
      return false;
    }
    if (eff.decl.name.equals("of") && !eff.params.isEmpty()
        && eff.params.get(0).type() instanceof Cls c && c.info().canonical().equals(draft.api.canonical)) {
      return false;
    }
    for (Eff other : draft.effs) {
      if (!other.decl.name.equals(eff.decl.name)) {
        continue;
      }
      if (clash(eff, other)) {
        return false;
      }
    }
    return true;
  }

  static boolean isObjectMethodName(String name) {
    return Set.of("toString", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait",
        "clone", "finalize").contains(name);
  }

  /** Whether two methods of one name could not both be declared, or called unambiguously. */
  boolean clash(Eff a, Eff b) {
    if (a.params.size() != b.params.size()) {
      return false;
    }
    boolean sameErasure = true;
    for (int i = 0; i < a.params.size(); i++) {
      if (!Ty.erasure(a.params.get(i).type()).equals(Ty.erasure(b.params.get(i).type()))) {
        sameErasure = false;
      }
    }
    if (sameErasure) {
      return true;
    }
    if (plain(a) && plain(b)) {
      return false;
    }
    for (int i = 0; i < a.params.size(); i++) {
      Ty x = a.decl.params.get(i).type();
      Ty y = b.decl.params.get(i).type();
      if (Ty.isGround(x) && Ty.isGround(y) && unrelated(x, y)) {
        return false;
      }
    }
    return true;
  }

  /** Non-generic, not varargs, every parameter type ground where it is declared. */
  static boolean plain(Eff eff) {
    if (!eff.tvars.isEmpty() || eff.varargs) {
      return false;
    }
    for (Param p : eff.decl.params) {
      if (!Ty.isGround(p.type())) {
        return false;
      }
    }
    return true;
  }

  /** Types no argument of one can be passed for, in any phase of overload resolution. */
  boolean unrelated(Ty x, Ty y) {
    String ex = Ty.erasure(x);
    String ey = Ty.erasure(y);
    if (ex.equals(ey)) {
      return false;
    }
    if (x instanceof Prim || y instanceof Prim) {
      if (x instanceof Prim px && y instanceof Prim py) {
        return px.equals(Ty.BOOLEAN) != py.equals(Ty.BOOLEAN);
      }
      Prim p = x instanceof Prim px ? px : (Prim) y;
      String other = x instanceof Prim ? ey : ex;
      return !supertypes(BOXES.get(PRIMITIVES.indexOf(p)).canonical()).contains(other)
          && !other.equals("java.lang.Object");
    }
    return !supertypes(ex).contains(ey) && !supertypes(ey).contains(ex);
  }

  /** The erasures a value of erasure {@code erasure} can be passed as. */
  Set<String> supertypes(String erasure) {
    Set<String> all = new HashSet<>(List.of(erasure, "java.lang.Object"));
    if (erasure.endsWith("[]")) {
      all.addAll(Set.of("java.io.Serializable", "java.lang.Cloneable"));
      return all;
    }
    if (erasure.startsWith("java.lang.") && BOXES.stream().anyMatch(b -> b.canonical().equals(erasure))) {
      all.addAll(Set.of("java.io.Serializable", "java.lang.Comparable", "java.lang.constant.Constable"));
      if (!erasure.equals("java.lang.Boolean") && !erasure.equals("java.lang.Character")) {
        all.add("java.lang.Number");
      }
    }
    switch (erasure) {
      case "java.lang.String" -> all.addAll(Set.of("java.io.Serializable", "java.lang.Comparable",
          "java.lang.CharSequence", "java.lang.constant.Constable"));
      case "java.util.List" -> all.addAll(Set.of("java.util.Collection", "java.lang.Iterable"));
      case "java.util.Collection" -> all.add("java.lang.Iterable");
      case "java.util.concurrent.CompletableFuture" -> all.addAll(Set.of(
          "java.util.concurrent.CompletionStage", "java.util.concurrent.Future"));
      case "java.util.concurrent.TimeUnit" -> all.addAll(Set.of("java.lang.Enum",
          "java.io.Serializable", "java.lang.Comparable"));
      default -> {
        if (erasure.equals(draft.pkg + ".Sub")) {
          all.add(draft.pkg + ".Base");
        } else if (erasure.equals(draft.pkg + ".MyFuture")) {
          all.addAll(Set.of("java.util.concurrent.CompletableFuture",
              "java.util.concurrent.CompletionStage", "java.util.concurrent.Future"));
        } else if (erasure.equals(draft.pkg + ".Color")) {
          all.addAll(Set.of("java.lang.Enum", "java.io.Serializable", "java.lang.Comparable"));
        }
      }
    }
    return all;
  }

  /** A random method named {@code name}, in the scope of {@code home}. */
  MethodDecl randomMethod(Decl home, String name) {
    MethodDecl md = new MethodDecl();
    md.name = name;
    Set<String> taken = home.tvarNames();
    int tvars = draft.chance(62) ? 0 : draft.chance(75) ? 1 : 2;
    List<TVar> scope = new ArrayList<>(home.tvars);
    for (int i = 0; i < tvars; i++) {
      Bound bound;
      int r = draft.rnd.nextInt(100);
      if (r < 12) {
        bound = Bound.STAGE;
      } else if (r < 22) {
        bound = Bound.EXCEPTION;
      } else if (r < 35) {
        bound = Bound.OTHER_VARIABLE;
      } else {
        bound = draft.pick(RandomTypes.DECLARATION_BOUNDS);
      }
      String tname = draft.randomTypes.freshTVarName(taken, home.name);
      if (!home.isApi && draft.chance(30) && !draft.api.tvars.isEmpty()) {
        String hiding = draft.pick(draft.api.tvars).name;
        if (!taken.contains(hiding)) {
          tname = hiding; // a method type variable named like the annotated interface's own
        }
      }
      taken.add(tname);
      TVar t = draft.randomTypes.newTVar(tname, bound, scope);
      md.tvars.add(t);
      scope.add(t);
    }
    List<TVar> usable = new ArrayList<>();
    for (TVar t : scope) {
      if (draft.info(t) != Bound.STAGE && draft.info(t) != Bound.EXCEPTION) {
        usable.add(t);
      }
    }
    int params = draft.pick(List.of(0, 1, 1, 1, 2, 2, 2, 3, 3, 4));
    Set<String> paramNames = new HashSet<>();
    for (int i = 0; i < params; i++) {
      Ty type = draft.randomTypes.randomType(Role.PARAM, usable, 0);
      md.params.add(new Param(draft.randomTypes.paramName(paramNames), type, DeclarationWriter.annotatable(type) && draft.chance(12)));
    }
    md.receiver = !home.jdk && draft.chance(3);
    for (TVar t : md.tvars) {
      if (draft.info(t) == Bound.EXCEPTION || draft.info(t) == Bound.STAGE) {
        md.params.add(draft.rnd.nextInt(md.params.size() + 1), new Param(draft.randomTypes.paramName(paramNames), new Var(t)));
      }
    }
    if (!md.params.isEmpty() && draft.chance(18)) {
      int last = md.params.size() - 1;
      Param p = md.params.get(last);
      if (!(p.type() instanceof Var v && (draft.info(v.decl()) == Bound.EXCEPTION || draft.info(v.decl()) == Bound.STAGE))) {
        md.params.set(last, new Param(p.name(), new Arr(p.type())));
        md.varargs = true;
      }
    }
    TVar stageVar = null;
    for (TVar t : md.tvars) {
      if (draft.info(t) == Bound.STAGE) {
        stageVar = t;
      }
    }
    int r = draft.rnd.nextInt(100);
    if (stageVar != null && draft.chance(80)) {
      md.ret = new Var(stageVar);
    } else if (r < 18) {
      md.ret = null;
    } else if (r < 30) {
      md.ret = draft.randomTypes.stageType(usable);
    } else if (!home.isApi && r < 40) {
      // A result a sub-interface can narrow: Object, Number, CharSequence, Collection, Iterable.
      md.ret = draft.pick(List.of(cls(Ty.OBJECT), cls(Ty.NUMBER), cls(Ty.CHAR_SEQUENCE),
          cls(Ty.COLLECTION, cls(Ty.STRING)), cls(Ty.ITERABLE, cls(Ty.INTEGER))));
    } else {
      md.ret = draft.randomTypes.randomType(Role.RETURN, usable, 0);
    }
    int throwsCount = draft.pick(List.of(0, 0, 0, 1, 1, 2));
    List<String> pool =
        new ArrayList<>(List.of("java.io.IOException", "java.util.concurrent.TimeoutException",
            "java.lang.InterruptedException", "java.util.concurrent.ExecutionException",
            "java.lang.Exception", "java.lang.CloneNotSupportedException", "Oops", "Oops",
            "java.lang.Throwable"));
    Collections.shuffle(pool, draft.rnd);
    for (String name1 : pool.subList(0, throwsCount)) {
      md.throwsList.add(cls(name1.contains(".") ? RandomTypes.exception(name1) : draft.user(name1)));
    }
    for (TVar t : md.tvars) {
      if (draft.info(t) == Bound.EXCEPTION) {
        md.throwsList.add(new Var(t));
      }
    }
    for (TVar t : home.tvars) {
      if (draft.info(t) == Bound.EXCEPTION && draft.chance(60)) {
        md.throwsList.add(new Var(t)); // the implementation, which knows the type, throws one
        draft.features.add(Feature.INTERFACE_TYPE_VARIABLE_THROWN);
      }
    }
    md.isDefault = draft.chance(20);
    int deprecation = draft.rnd.nextInt(100);
    if (deprecation < 4) {
      md.annotations.add("@java.lang.Deprecated");
    } else if (deprecation < 6) {
      md.annotations.add("@java.lang.Deprecated(forRemoval = true, since = \"1\")");
    } else if (deprecation < 9) {
      md.javadoc = "/** @deprecated use anything else */";
    }
    return md;
  }
}
