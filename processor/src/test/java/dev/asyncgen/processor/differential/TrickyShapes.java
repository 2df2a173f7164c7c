package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.cls;
import static dev.asyncgen.processor.differential.Ty.subst;

import dev.asyncgen.processor.differential.Draft.Decl;
import dev.asyncgen.processor.differential.Draft.Eff;
import dev.asyncgen.processor.differential.Draft.MethodDecl;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.TVar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the shapes that have broken facades before: boxing overloads, the same method from two
 * parents, covariant overrides, methods named like the facade's own, and members no facade wraps.
 */
final class TrickyShapes {

  private final Draft draft;

  TrickyShapes(Draft draft) {
    this.draft = draft;
  }

  void addBoxingOverloads() {
    Decl home = draft.methodShapes.chooseHome();
    String name = draft.pick(List.of("find", "load", "put", "size"));
    List<Ty> types = new ArrayList<>(List.of(Ty.INT, cls(Ty.INTEGER), Ty.LONG, cls(Ty.LONG_BOX),
        cls(Ty.STRING), cls(Ty.OBJECT)));
    Collections.shuffle(types, draft.rnd);
    int added = 0;
    for (Ty type : types.subList(0, 2 + draft.rnd.nextInt(3))) {
      MethodDecl md = draft.methodShapes.randomMethod(home, name);
      md.tvars.clear();
      md.varargs = false;
      md.params.clear();
      md.params.add(new Param("v", type));
      if (md.ret != null && !Ty.isGround(md.ret)) {
        md.ret = cls(Ty.STRING);
      }
      md.throwsList.removeIf(t -> !Ty.isGround(t));
      if (draft.methodShapes.tryAdd(home, md)) {
        added++;
      }
    }
    if (added > 1) {
      draft.features.add(Feature.OVERLOAD_PRIMITIVE_AND_BOX);
    }
  }

  /** The same signature declared in two unrelated super-interfaces, one return more specific. */
  void addSameMethodFromTwoParents() {
    Decl left = null;
    Decl right = null;
    for (Decl d : draft.decls) {
      if (d.name.equals("Left")) {
        left = d;
      } else if (d.name.equals("Right")) {
        right = d;
      }
    }
    if (left == null) {
      return;
    }
    Decl noScope = new Decl("Left", left.canonical, false);
    MethodDecl md = draft.methodShapes.randomMethod(noScope, draft.pick(MethodShapes.METHOD_NAMES));
    md.isDefault = false;
    md.varargs = md.varargs && draft.chance(50); // or else its last parameter is a plain array
    Ty general = md.ret;
    Ty specific = draft.randomTypes.covariant(general);
    boolean leftGeneral = draft.chance(50);
    md.ret = leftGeneral ? general : specific;
    MethodDecl twin = copyForOverride(md, new HashMap<>(), right, leftGeneral ? specific : general, true);
    Eff eff = leftGeneral ? draft.hierarchy.view(twin, right) : draft.hierarchy.view(md, left);
    if (!draft.methodShapes.acceptable(eff)) {
      return;
    }
    left.methods.add(md);
    right.methods.add(twin);
    draft.effs.add(eff);
    draft.features.add(Feature.SAME_METHOD_FROM_TWO_PARENTS);
    if (general != null && !general.equals(specific)) {
      draft.features.add(Feature.COVARIANT_OVERRIDE);
    }
  }

  /**
   * {@code md} redeclared in {@code into}, whose scope {@code sigma} maps to: its type variables
   * perhaps renamed, returning {@code ret}, throwing the same or fewer exceptions.
   */
  MethodDecl copyForOverride(MethodDecl md, Map<TVar, Ty> sigma, Decl into, Ty ret,
      boolean sameThrows) {
    Map<TVar, Ty> map = new HashMap<>(sigma);
    List<String> names = new ArrayList<>();
    Set<String> taken = into.tvarNames();
    boolean renamed = false;
    for (TVar t : md.tvars) {
      String name = t.name;
      if (taken.contains(name) || draft.chance(40)) {
        name = draft.randomTypes.freshTVarName(taken, into.name);
        renamed |= !name.equals(t.name);
      }
      taken.add(name);
      names.add(name);
    }
    if (renamed) {
      draft.features.add(Feature.OVERRIDE_RENAMES_TYPE_VARIABLES);
    }
    MethodDecl copy = new MethodDecl();
    copy.name = md.name;
    copy.tvars = draft.hierarchy.copyTVars(md.tvars, map, names);
    Set<String> paramNames = new HashSet<>();
    for (Param p : md.params) {
      String name = draft.chance(70) ? p.name() : draft.randomTypes.paramName(paramNames);
      if (!paramNames.add(name)) {
        name = draft.randomTypes.paramName(paramNames);
      }
      copy.params.add(new Param(name, subst(p.type(), map),
          p.annotated() != draft.chance(25) && DeclarationWriter.annotatable(p.type())));
    }
    Map<TVar, Ty> retMap = new HashMap<>(map);
    copy.ret = subst(ret, retMap);
    copy.varargs = md.varargs;
    for (Ty t : md.throwsList) {
      if (sameThrows || !(t instanceof Cls) || draft.chance(60)) {
        copy.throwsList.add(subst(t, map));
      }
    }
    copy.isDefault = md.isDefault;
    return copy;
  }

  /** A method named {@code gatherFoo}, where {@code foo} is a one-parameter method. */
  void addGatherNamedMethod() {
    List<Eff> oneParameter = new ArrayList<>();
    for (Eff eff : draft.effs) {
      if (eff.params.size() == 1) {
        oneParameter.add(eff);
      }
    }
    if (oneParameter.isEmpty()) {
      return;
    }
    Eff target = draft.pick(oneParameter);
    String name = "gather" + Character.toUpperCase(target.decl.name.charAt(0)) + target.decl.name.substring(1);
    MethodDecl md = draft.methodShapes.randomMethod(draft.api, name);
    md.tvars.clear();
    md.varargs = false;
    md.params.clear();
    Ty element = draft.pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(draft.user("Val"))));
    Ty param = switch (draft.rnd.nextInt(6)) {
      case 0 -> cls(Ty.COLLECTION, element);
      case 1 -> cls(Ty.LIST, element);
      case 2 -> cls(Ty.ITERABLE, element);
      case 3 -> Ty.INT;
      case 4 -> cls(Ty.STRING);
      default -> cls(Ty.OBJECT);
    };
    md.params.add(new Param("items", param));
    if (draft.chance(30)) {
      md.params.add(new Param("limit", Ty.INT));
    }
    if (md.ret != null && !Ty.isGround(md.ret)) {
      md.ret = cls(Ty.STRING);
    }
    md.throwsList.removeIf(t -> !Ty.isGround(t));
    if (draft.methodShapes.tryAdd(draft.api, md)) {
      draft.features.add(Feature.METHOD_NAMED_GATHER);
    }
  }

  /** {@code of(x, Function)} or {@code withOptions(Function)}: overloads of the facade's own. */
  void addFunctionalOverloadOfFacadeMethod() {
    MethodDecl md = draft.methodShapes.randomMethod(draft.api, draft.chance(60) ? "of" : "withOptions");
    md.tvars.clear();
    md.varargs = false;
    md.params.clear();
    Ty functional = draft.pick(List.of(cls(Ty.FUNCTION, cls(Ty.STRING), cls(Ty.INTEGER)),
        cls(Ty.CONSUMER, cls(Ty.STRING)), cls(draft.user("Fn")), cls(Ty.SUPPLIER, cls(Ty.STRING))));
    if (md.name.equals("of")) {
      if (draft.chance(50)) {
        md.params.add(new Param("delegate", cls(draft.user("Val"))));
      }
      md.params.add(new Param("executor", functional));
    } else {
      md.params.add(new Param("change", functional));
    }
    if (md.ret != null && !Ty.isGround(md.ret)) {
      md.ret = cls(Ty.STRING);
    }
    md.throwsList.removeIf(t -> !Ty.isGround(t));
    draft.methodShapes.tryAdd(draft.api, md);
  }

  /** {@code toString(int)}, {@code hashCode(long)}...: named like methods of Object, but not. */
  void addObjectNamedOverload() {
    Decl home = draft.methodShapes.chooseHome();
    String[][] shapes = {
      {"toString", "int"}, {"hashCode", "long"}, {"equals", "Val"}, {"clone", "int"},
      {"notify", "String"}, {"wait", "String"}
    };
    String[] shape = shapes[draft.rnd.nextInt(shapes.length)];
    MethodDecl md = draft.methodShapes.randomMethod(home, shape[0]);
    md.tvars.clear();
    md.varargs = false;
    md.params.clear();
    md.params.add(new Param("x", switch (shape[1]) {
      case "int" -> Ty.INT;
      case "long" -> Ty.LONG;
      case "Val" -> cls(draft.user("Val"));
      default -> cls(Ty.STRING);
    }));
    if (md.ret != null && !Ty.isGround(md.ret)) {
      md.ret = cls(Ty.STRING);
    }
    md.throwsList.removeIf(t -> !Ty.isGround(t));
    Eff eff = draft.hierarchy.view(md, home);
    for (Eff other : draft.effs) {
      if (other.decl.name.equals(md.name)) {
        return;
      }
    }
    if (md.isDefault) {
      md.body = draft.bodies.defaultBody(md);
    }
    home.methods.add(md);
    draft.effs.add(eff);
    draft.features.add(Feature.OBJECT_METHOD_NAME_OVERLOADED);
  }

  /** Redeclares some inherited methods in a sub-interface: covariantly, renamed, (re)abstracted. */
  void addOverrides() {
    for (int i = 0; i < draft.effs.size(); i++) {
      Eff eff = draft.effs.get(i);
      if (eff.home.isApi || eff.overridden || draft.chance(35)) {
        continue;
      }
      List<Decl> candidates = new ArrayList<>();
      for (Decl d : draft.decls) {
        if (d != eff.home && draft.hierarchy.sigmaPath(d, eff.home) != null && !d.methods.contains(eff.decl)) {
          candidates.add(d);
        }
      }
      // Only where every path from the annotated interface to the home passes through the new
      // declaration, or the annotated interface itself: otherwise two inherited declarations
      // would meet, which the generator leaves to addSameMethodFromTwoParents.
      candidates.removeIf(d -> !d.isApi && !draft.hierarchy.dominates(d, eff.home));
      if (candidates.isEmpty()) {
        continue;
      }
      Decl into = draft.pick(candidates);
      Ty ret = draft.chance(50) ? draft.randomTypes.covariant(eff.decl.ret) : eff.decl.ret;
      MethodDecl copy = copyForOverride(eff.decl, draft.hierarchy.sigmaPath(into, eff.home), into, ret, false);
      if (ret != null && !ret.equals(eff.decl.ret)) {
        draft.features.add(Feature.COVARIANT_OVERRIDE);
      }
      if (draft.chance(eff.decl.isDefault ? 70 : 35)) {
        copy.isDefault = !eff.decl.isDefault;
        draft.features.add(copy.isDefault ? Feature.ABSTRACT_MADE_DEFAULT : Feature.DEFAULT_REABSTRACTED);
      }
      Eff replacement = draft.hierarchy.view(copy, into);
      replacement.overridden = true;
      if (copy.isDefault) {
        copy.body = draft.bodies.defaultBody(copy);
      }
      into.methods.add(copy);
      draft.effs.set(i, replacement);
    }
  }

  /** Static, private and redeclared Object methods: none of them belongs in the facade. */
  void addNonWrappedMembers() {
    List<Decl> written = draft.decls.stream().filter(d -> !d.jdk).toList();
    Set<String> names = new HashSet<>();
    for (Eff eff : draft.effs) {
      names.add(eff.decl.name);
    }
    if (draft.chance(12)) {
      Decl d = draft.pick(written);
      String name = names.contains("of") ? "helper" : draft.pick(List.of("helper", "of", "create"));
      d.members.add("  static int " + name + "(int x) {\n    return x + 1;\n  }\n");
      draft.features.add(Feature.STATIC_METHOD_NOT_WRAPPED);
    }
    if (draft.chance(10)) {
      Decl d = draft.pick(written);
      d.members.add("  private java.lang.String secretHelper(java.lang.String x) {\n    return x;\n  }\n");
      draft.features.add(Feature.PRIVATE_METHOD_NOT_WRAPPED);
    }
    if (draft.chance(12)) {
      Decl d = draft.pick(written);
      switch (draft.rnd.nextInt(4)) {
        case 0 -> d.members.add("  @java.lang.Override\n  java.lang.String toString();\n");
        case 1 -> d.members.add("  @java.lang.Override\n  boolean equals(java.lang.Object other);\n");
        case 2 -> d.members.add("  @java.lang.Override\n  int hashCode();\n");
        default -> {
          d.members.add("  java.lang.Object clone() throws java.lang.CloneNotSupportedException;\n");
          draft.cloneRedeclared = true;
        }
      }
      draft.features.add(Feature.OBJECT_METHOD_REDECLARED);
    }
  }
}
