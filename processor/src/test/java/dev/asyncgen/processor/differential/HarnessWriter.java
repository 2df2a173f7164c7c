package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.cls;
import static dev.asyncgen.processor.differential.Ty.render;
import static dev.asyncgen.processor.differential.Ty.subst;

import dev.asyncgen.processor.differential.Draft.Bound;
import dev.asyncgen.processor.differential.Draft.Eff;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.Prim;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import dev.asyncgen.processor.differential.Ty.Wild;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the harness that calls every method directly and through the facade, and compares the
 * outcomes with {@link Check}.
 */
final class HarnessWriter {

  private final Draft draft;

  HarnessWriter(Draft draft) {
    this.draft = draft;
  }

  /** The instantiation of the annotated interface the harness uses: each variable's witness. */
  Map<TVar, Ty> omega() {
    Map<TVar, Ty> omega = new HashMap<>();
    for (TVar t : draft.api.tvars) {
      omega.put(t, t.witness);
    }
    return omega;
  }

  String apiType() {
    List<String> args = new ArrayList<>();
    for (TVar t : draft.api.tvars) {
      args.add(render(t.witness));
    }
    return draft.api.canonical + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
  }

  String facadeType() {
    List<String> args = new ArrayList<>();
    for (TVar t : draft.api.tvars) {
      args.add(render(t.witness));
    }
    return draft.pkg + "." + draft.facadeSimpleName + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
  }

  String harness() {
    StringBuilder h = new StringBuilder(draft.header());
    h.append(RandomInterfaceGenerator.SUPPRESS + "\n");
    h.append("public final class Harness {\n\n  private Harness() {}\n\n");
    h.append("  public static void run(final ").append(RandomInterfaceGenerator.CHECK).append(" c) throws java.lang.Throwable {\n");
    h.append("    final ").append(apiType()).append(" api = new ").append(draft.pkg).append(".SyncImpl(c);\n");
    String facade = draft.pkg + "." + draft.facadeSimpleName;
    String factory;
    switch (draft.rnd.nextInt(8)) {
      case 0 -> {
        factory = facade + ".of(api, (java.util.concurrent.Executor) " + RandomInterfaceGenerator.CHECK + ".executor())";
        draft.features.add(Feature.FACTORY_WITH_EXECUTOR);
      }
      case 1 -> {
        factory = facade + ".of(api, (java.util.concurrent.Executor) java.lang.Runnable::run)";
        draft.features.add(Feature.FACTORY_WITH_DIRECT_EXECUTOR);
      }
      case 2 -> {
        factory = facade + ".of(api, dev.asyncgen.AsyncOptions.defaults().withMaxConcurrency(3))";
        draft.features.add(Feature.FACTORY_WITH_OPTIONS);
      }
      default -> factory = facade + ".of(api)";
    }
    h.append("    final ").append(facadeType()).append(" f0 = ").append(factory).append(";\n");
    if (draft.chance(25)) {
      h.append("    final ").append(facadeType()).append(" f = f0.withOptions(")
          .append("(java.util.function.UnaryOperator<dev.asyncgen.AsyncOptions>) o -> o.withTimeout(java.time.Duration.ofMinutes(5)));\n");
      draft.features.add(Feature.WITH_OPTIONS_CALLED);
    } else {
      h.append("    final ").append(facadeType()).append(" f = f0;\n");
    }
    h.append(expectedMethods(facade));
    Map<TVar, Ty> omega = omega();
    int block = 0;
    List<String> gathers = new ArrayList<>();
    Map<Eff, String> helpers = gatherHelpers();
    for (Eff eff : draft.effs) {
      Map<TVar, Ty> map = new HashMap<>(omega);
      for (TVar t : eff.tvars) {
        map.put(t, t.witness);
      }
      List<Ty> types = new ArrayList<>();
      for (Param p : eff.params) {
        types.add(subst(p.type(), map));
      }
      Ty ret = subst(eff.ret, map);
      boolean overloaded = draft.effs.stream().filter(o -> o.decl.name.equals(eff.decl.name)).count() > 1;
      boolean explicit = !eff.tvars.isEmpty() && (needsExplicitTypeArguments(eff) || draft.chance(50));
      String typeArgs = "";
      if (explicit) {
        List<String> args = new ArrayList<>();
        for (TVar t : eff.tvars) {
          args.add(render(t.witness));
        }
        typeArgs = "<" + String.join(", ", args) + ">";
        draft.features.add(Feature.EXPLICIT_TYPE_ARGUMENTS);
      } else if (!eff.tvars.isEmpty()) {
        draft.features.add(Feature.INFERRED_TYPE_ARGUMENTS);
      }
      String label = eff.decl.name + "(" + String.join(", ", types.stream().map(Ty::render).toList()) + ")";
      boolean stage = draft.bodies.stageValueForBody(eff.ret) != null;
      boolean identity = eff.implemented && ret != null && !(ret instanceof Prim)
          && !(eff.ret instanceof Var v && draft.info(v.decl()) == Bound.STAGE);
      String result = "java.util.concurrent.CompletableFuture<" + render(resultType(ret)) + ">";
      int sets = 2 + draft.rnd.nextInt(2);
      for (int set = 0; set < sets; set++) {
        h.append("    {\n");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
          Ty type = types.get(i);
          boolean last = i == types.size() - 1;
          if (eff.varargs && last && !overloaded && draft.chance(50)) {
            // Called as varargs: the elements one by one.
            Ty component = ((Arr) type).component();
            int n = draft.rnd.nextInt(4);
            for (int e = 0; e < n; e++) {
              String local = "a" + (block++);
              h.append("      final ").append(render(component)).append(" ").append(local).append(" = ")
                  .append(argument(component)).append(";\n");
              args.add(local);
            }
            draft.features.add(Feature.VARARGS_CALLED_SPREAD);
            if (!Ty.isReifiable(component) && typeArgs.isEmpty() && !eff.tvars.isEmpty()) {
              throw new IllegalStateException("unreachable: generic varargs get explicit type arguments");
            }
            continue;
          }
          if (eff.varargs && last) {
            draft.features.add(Feature.VARARGS_CALLED_WITH_ARRAY);
          }
          String local = "a" + (block++);
          h.append("      final ").append(render(type)).append(" ").append(local).append(" = ")
              .append(argument(type)).append(";\n");
          args.add(local);
        }
        String call = typeArgs + eff.decl.name + "(" + String.join(", ", args) + ")";
        String direct = ret == null ? "() -> { api." + call + "; return null; }" : "() -> api." + call;
        h.append("      c.call(\"").append(escape(label)).append("#").append(set).append("\", ")
            .append(stage).append(", ").append(identity).append(",\n          ").append(direct)
            .append(",\n          () -> { final ").append(result).append(" r = f.").append(call)
            .append("; return r; });\n");
        h.append("    }\n");
      }
      String helper = helpers.get(eff);
      if (helper != null) {
        Ty element = Ty.box(types.get(0));
        // Users pass lists; but beside a sync method of the helper's name taking a List, a list
        // rightly goes to that method's twin, as it does on the sync interface.
        boolean twin = draft.effs.stream().anyMatch(o -> o.params.size() == 1 && o.decl.name.equals(helper));
        StringBuilder g = new StringBuilder("    {\n");
        g.append("      final java.util.").append(twin ? "Collection<" : "List<").append(render(element))
            .append("> l = new java.util.ArrayList<").append(render(element)).append(">();\n");
        List<String> directs = new ArrayList<>();
        List<String> locals = new ArrayList<>();
        for (int k = 0; k < 2 + draft.rnd.nextInt(2); k++) {
          String local = "g" + (block++);
          g.append("      final ").append(render(types.get(0))).append(" ").append(local).append(" = ")
              .append(argument(types.get(0), types.get(0) instanceof Prim)).append(";\n");
          locals.add(local);
        }
        for (String local : locals) {
          g.append("      l.add(").append(local).append(");\n");
          String call = typeArgs + eff.decl.name + "(" + local + ")";
          directs.add(ret == null ? "() -> { api." + call + "; return null; }" : "() -> api." + call);
        }
        g.append("      c.gather(\"").append(escape(helper + " for " + label)).append("\", ").append(stage)
            .append(", java.util.Arrays.<").append(RandomInterfaceGenerator.CHECK).append(".Direct>asList(")
            .append(String.join(", ", directs)).append("),\n          () -> { final java.util.concurrent.CompletableFuture<java.util.List<")
            .append(render(resultType(ret))).append(">> r = f.").append(typeArgs).append(helper)
            .append("(l); return r; });\n    }\n");
        gathers.add(g.toString());
        draft.features.add(Feature.GATHER_CALLED);
      }
    }
    for (String g : gathers) {
      h.append(g);
    }
    h.append("  }\n}\n");
    return h.toString();
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Type arguments can be left to inference only where a parameter carries each variable. */
  boolean needsExplicitTypeArguments(Eff eff) {
    if (eff.varargs) {
      return true; // a spread call would otherwise create arrays of different component types
    }
    for (TVar t : eff.tvars) {
      boolean carried = false;
      for (Param p : eff.params) {
        Ty type = p.type();
        if (type.equals(new Var(t)) || type instanceof Arr a && a.component().equals(new Var(t))
            || type instanceof Cls c && c.info() == Ty.LIST && c.args().size() == 1
                && c.args().get(0).equals(new Var(t))) {
          carried = true;
        }
      }
      if (!carried) {
        return true;
      }
    }
    return false;
  }

  /** A harness argument: a value of {@code type}, now and then {@code null}. */
  String argument(Ty type) {
    return argument(type, false);
  }

  String argument(Ty type, boolean neverNull) {
    if (!(type instanceof Prim) && !neverNull && draft.chance(10)) {
      draft.features.add(Feature.NULL_ARGUMENT);
      return "null";
    }
    if (type instanceof Prim p && (p.equals(Ty.DOUBLE) || p.equals(Ty.FLOAT))) {
      draft.features.add(Feature.SPECIAL_FLOATING_POINT);
    }
    return draft.bodies.value(type, draft.rnd.nextInt(1000) + "L", null, true, 0);
  }

  /** The facade's future type argument for a sync method returning {@code ret}. */
  Ty resultType(Ty ret) {
    if (ret == null) {
      return cls(Draft.VOID);
    }
    if (ret instanceof Prim) {
      return Ty.box(ret);
    }
    if (ret instanceof Cls c && c.info().kind() == Kind.STAGE) {
      if (c.args().isEmpty()) {
        return cls(Ty.OBJECT);
      }
      Ty arg = c.args().get(0);
      if (arg instanceof Wild w) {
        return w.bound() != null && !w.isSuper() ? w.bound() : cls(Ty.OBJECT);
      }
      return arg;
    }
    return ret;
  }

  /**
   * The gather helpers the facade should have, by the documented rule: {@code gatherM} for each
   * one-parameter method {@code m}; where several one-parameter methods share a name, each adds
   * its parameter's erased simple type ({@code gatherFindLong}); no helper for a name taken twice,
   * or taken by a one-parameter sync method whose parameter a {@code Collection} can be passed for,
   * or is a collection itself.
   */
  Map<Eff, String> gatherHelpers() {
    Map<String, List<Eff>> byName = new LinkedHashMap<>();
    for (Eff eff : draft.effs) {
      if (eff.params.size() == 1) {
        byName.computeIfAbsent(eff.decl.name, n -> new ArrayList<>()).add(eff);
      }
    }
    Map<String, List<Eff>> byHelper = new LinkedHashMap<>();
    for (List<Eff> overloads : byName.values()) {
      for (Eff eff : overloads) {
        String name = "gather" + Character.toUpperCase(eff.decl.name.charAt(0)) + eff.decl.name.substring(1);
        if (overloads.size() > 1) {
          name += Ty.suffix(eff.params.get(0).type());
          draft.features.add(Feature.GATHER_NAME_WITH_TYPE_SUFFIX);
        }
        byHelper.computeIfAbsent(name, n -> new ArrayList<>()).add(eff);
      }
    }
    Set<String> taken = new HashSet<>();
    for (Eff eff : draft.effs) {
      // What a Collection can be passed for, or a collection itself: the only one drawn is List.
      if (eff.params.size() == 1 && Set.of("java.util.Collection", "java.lang.Iterable",
          "java.lang.Object", "java.util.List").contains(Ty.erasure(eff.params.get(0).type()))) {
        taken.add(eff.decl.name);
      }
    }
    Map<Eff, String> helpers = new LinkedHashMap<>();
    for (Map.Entry<String, List<Eff>> entry : byHelper.entrySet()) {
      if (entry.getValue().size() == 1 && !taken.contains(entry.getKey())) {
        helpers.put(entry.getValue().get(0), entry.getKey());
      } else {
        draft.features.add(Feature.GATHER_HELPER_OMITTED);
      }
    }
    return helpers;
  }

  /** The facade's instance methods, as the harness expects them: one per method, then helpers. */
  String expectedMethods(String facade) {
    List<String> rows = new ArrayList<>();
    for (Eff eff : draft.effs) {
      List<String> row = new ArrayList<>();
      row.add("\"" + eff.decl.name + "\"");
      for (Param p : eff.params) {
        row.add(Ty.erasure(p.type()) + ".class");
      }
      rows.add("{" + String.join(", ", row) + "}");
    }
    for (String helper : gatherHelpers().values()) {
      rows.add("{\"" + helper + "\", java.util.Collection.class}");
    }
    rows.add("{\"withOptions\", java.util.function.UnaryOperator.class}");
    return "    c.facadeMethods(" + facade + ".class, " + draft.api.canonical + ".class, new java.lang.Object[][] {\n      "
        + String.join(",\n      ", rows) + "});\n";
  }
}
