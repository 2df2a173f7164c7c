package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.render;
import static dev.asyncgen.processor.differential.Ty.subst;

import dev.asyncgen.processor.differential.Draft.Decl;
import dev.asyncgen.processor.differential.Draft.Edge;
import dev.asyncgen.processor.differential.Draft.Eff;
import dev.asyncgen.processor.differential.Draft.MethodDecl;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.ClassInfo;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.Prim;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the sources of the declarations: the interfaces, the sync implementation and the user
 * types.
 */
final class DeclarationWriter {

  private final Draft draft;

  DeclarationWriter(Draft draft) {
    this.draft = draft;
  }

  static final String JAVADOC_DEPRECATED = "/** @deprecated by its Javadoc only */\n";

  void writeDeclarations(Map<String, String> sources) {
    String annotation = asyncAnnotation();
    boolean viaOf = annotation.startsWith("@dev.asyncgen.Async.Of");
    for (Decl d : draft.decls) {
      if (d.isApi && draft.holderName != null || d.jdk) {
        continue;
      }
      StringBuilder source = new StringBuilder(draft.header());
      if (d.javadocDeprecated) {
        source.append(JAVADOC_DEPRECATED);
      }
      if (d.isApi && !viaOf) {
        source.append(annotation).append("\n");
      } else if (!d.isApi && draft.chance(6)) {
        source.append("@dev.asyncgen.Async\n"); // a second facade, compiled but not called
        draft.features.add(Feature.SECOND_FACADE_IN_HIERARCHY);
      }
      source.append(declaration(d, "", null));
      sources.put(d.canonical, source.toString());
    }
    if (draft.holderName != null) {
      StringBuilder source = new StringBuilder(draft.header());
      if (viaOf) {
        source.append(annotation).append("\n");
      }
      source.append(RandomInterfaceGenerator.SUPPRESS + "\n");
      if (draft.holderDeprecated) {
        source.append("@java.lang.Deprecated\n");
      }
      source.append("public ").append(draft.holderIsInterface ? "interface " : "class ").append(draft.holderName).append(" {\n\n");
      if (draft.api.javadocDeprecated) {
        source.append("  ").append(JAVADOC_DEPRECATED);
      }
      if (!viaOf) {
        source.append("  ").append(annotation).append("\n");
      }
      String modifiers = draft.holderIsInterface ? "" : draft.pick(List.of("public ", "", "protected ", "static "));
      source.append(declaration(draft.api, "  ", modifiers));
      source.append("}\n");
      sources.put(draft.pkg + "." + draft.holderName, source.toString());
    } else if (viaOf && !draft.api.deprecated && !draft.api.javadocDeprecated && draft.chance(35)) {
      // Not for a deprecated interface: naming it in a package annotation warns, and a package
      // cannot carry @SuppressWarnings.
      sources.put(draft.pkg + ".package-info", annotation + "\npackage " + draft.pkg + ";\n");
      draft.features.add(Feature.ASYNC_OF_ON_PACKAGE);
    } else if (viaOf) {
      sources.put(draft.pkg + ".OfHolder", draft.header() + annotation + "\n" + RandomInterfaceGenerator.SUPPRESS + "\nfinal class OfHolder {}\n");
    }
  }

  String asyncAnnotation() {
    List<String> attributes = new ArrayList<>();
    boolean viaOf = draft.chance(15);
    if (viaOf) {
      draft.features.add(Feature.ASYNC_OF);
      attributes.add("value = " + draft.api.canonical + ".class");
      attributes.add("gather = \"*\""); // the harness calls every helper; @Async.Of gives none unless asked
    }
    if (draft.chance(12)) {
      draft.facadeSimpleName = draft.pick(List.of("Quick", "FastApi", "Futures"));
      attributes.add("name = \"" + draft.facadeSimpleName + "\"");
      draft.features.add(Feature.ASYNC_NAME);
    }
    if (draft.chance(12)) {
      attributes.add("timeout = \"" + draft.pick(List.of("30s", "PT1M", "45000ms", "2m")) + "\"");
      draft.features.add(Feature.ASYNC_TIMEOUT);
    }
    String name = viaOf ? "@dev.asyncgen.Async.Of" : "@dev.asyncgen.Async";
    return attributes.isEmpty() ? name : name + "(" + String.join(", ", attributes) + ")";
  }

  String declaration(Decl d, String indent, String modifiers) {
    StringBuilder source = new StringBuilder();
    source.append(indent).append(RandomInterfaceGenerator.SUPPRESS + "\n");
    if (d.deprecated) {
      source.append(indent).append("@java.lang.Deprecated\n");
    }
    source.append(indent).append(modifiers != null ? modifiers : d.isPublic ? "public " : "")
        .append("interface ").append(d.name)
        .append(Ty.renderDeclarations(d.tvars));
    if (!d.supers.isEmpty()) {
      List<String> supers = new ArrayList<>();
      for (Edge e : d.supers) {
        supers.add(render(new Cls(new ClassInfo(e.sup().canonical, e.sup().tvars.size(), Kind.ABSTRACT), e.args(), false)));
      }
      source.append(" extends ").append(String.join(", ", supers));
    }
    source.append(" {\n");
    for (MethodDecl md : d.methods) {
      source.append("\n");
      if (md.javadoc != null) {
        source.append(indent).append("  ").append(md.javadoc).append("\n");
      }
      for (String annotation : md.annotations) {
        source.append(indent).append("  ").append(annotation).append("\n");
      }
      source.append(indent).append("  ").append(md.isDefault ? "default " : "");
      String receiver = null;
      if (md.receiver) {
        List<String> args = new ArrayList<>();
        for (TVar t : d.tvars) {
          args.add(t.name);
        }
        receiver = d.canonical + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
        draft.features.add(Feature.RECEIVER_PARAMETER);
      }
      for (Param p : md.params) {
        if (p.annotated()) {
          draft.features.add(Feature.TYPE_ANNOTATED_PARAMETER);
        }
      }
      source.append(signature(md.name, md.tvars, md.params, md.ret, md.varargs, md.throwsList, receiver));
      if (md.isDefault) {
        source.append(" {\n").append(md.body.replaceAll("(?m)^", indent)).append(indent).append("  }\n");
      } else {
        source.append(";\n");
      }
    }
    for (String member : d.members) {
      source.append("\n").append(member.replaceAll("(?m)^(?=.)", indent));
    }
    source.append(indent).append("}\n");
    return source.toString();
  }

  String signature(String name, List<TVar> tvars, List<Param> params, Ty ret,
      boolean varargs, List<Ty> throwsList) {
    return signature(name, tvars, params, ret, varargs, throwsList, null);
  }

  /** The declaration of a method; {@code receiver}, if not null, is its receiver parameter's type. */
  String signature(String name, List<TVar> tvars, List<Param> params, Ty ret,
      boolean varargs, List<Ty> throwsList, String receiver) {
    StringBuilder s = new StringBuilder();
    String declarations = Ty.renderDeclarations(tvars);
    if (!declarations.isEmpty()) {
      s.append(declarations).append(" ");
    }
    s.append(ret == null ? "void" : render(ret)).append(" ").append(name).append("(");
    if (receiver != null) {
      s.append(receiver).append(" this").append(params.isEmpty() ? "" : ", ");
    }
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (i > 0) {
        s.append(", ");
      }
      boolean annotated = p.annotated();
      if (varargs && i == params.size() - 1) {
        Ty component = ((Arr) p.type()).component();
        s.append(annotated ? annotatedRender(component) : render(component)).append("...");
      } else {
        s.append(annotated ? annotatedRender(p.type()) : render(p.type()));
      }
      s.append(" ").append(p.name());
    }
    s.append(")");
    if (!throwsList.isEmpty()) {
      List<String> thrown = new ArrayList<>();
      for (Ty t : throwsList) {
        thrown.add(render(t));
      }
      s.append(" throws ").append(String.join(", ", thrown));
    }
    return s.toString();
  }

  /** Whether {@link #annotatedRender} can put a type-use annotation on {@code type}. */
  static boolean annotatable(Ty type) {
    if (type instanceof Arr a) {
      return annotatable(a.component());
    }
    return type instanceof Prim || type instanceof Var
        || type instanceof Cls c && c.info().kind() != Kind.INNER;
  }

  /** {@code type} with the user's type-use annotation: {@code java.lang.@Nullable String}. */
  String annotatedRender(Ty type) {
    String annotation = "@" + draft.user("Nullable").canonical() + " ";
    if (type instanceof Arr a) {
      return annotatedRender(a.component()) + " " + annotation + "[]";
    }
    if (type instanceof Cls c && c.info().kind() != Kind.INNER) {
      String rendered = render(type);
      int simple = c.info().canonical().lastIndexOf('.') + 1;
      return rendered.substring(0, simple) + annotation + rendered.substring(simple);
    }
    return annotation + render(type);
  }

  String implementation() {
    StringBuilder source = new StringBuilder(draft.header());
    source.append(RandomInterfaceGenerator.SUPPRESS + "\n");
    source.append("final class SyncImpl implements ").append(draft.harnessWriter.apiType()).append(" {\n\n");
    source.append("  private final ").append(RandomInterfaceGenerator.CHECK).append(" $check;\n\n");
    source.append("  SyncImpl(").append(RandomInterfaceGenerator.CHECK).append(" check) {\n    this.$check = check;\n  }\n");
    Map<TVar, Ty> omega = draft.harnessWriter.omega();
    for (Eff eff : draft.effs) {
      if (!eff.implemented) {
        continue;
      }
      Map<TVar, Ty> map = new HashMap<>(omega);
      List<TVar> tvars = draft.hierarchy.copyTVars(eff.tvars, map);
      List<Param> params = new ArrayList<>();
      for (Param p : eff.params) {
        params.add(new Param(p.name(), subst(p.type(), map)));
      }
      Ty ret = subst(eff.ret, map);
      List<Ty> throwsList = new ArrayList<>();
      for (Ty t : eff.throwsList) {
        throwsList.add(subst(t, map));
      }
      source.append("\n  @java.lang.Override\n  public ");
      source.append(signature(eff.decl.name, tvars, params, ret, eff.varargs, throwsList));
      source.append(" {\n").append(draft.bodies.body(eff.decl.name, params, ret, throwsList, true)).append("  }\n");
    }
    if (draft.cloneRedeclared) {
      source.append("\n  @java.lang.Override\n  public java.lang.Object clone() {\n    return this;\n  }\n");
    }
    source.append("\n  @java.lang.Override\n  public java.lang.String toString() {\n    return \"SyncImpl\";\n  }\n");
    source.append("}\n");
    return source.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // User types

  void writeUserTypes(Map<String, String> sources) {
    for (String name : draft.usedUserTypes) {
      if (name.contains(".")) {
        continue; // declared inside its outer class
      }
      sources.put(draft.pkg + "." + name, draft.header() + userType(name));
    }
  }

  String userType(String name) {
    return switch (name) {
      case "Box", "List" -> genericValueClass(name);
      case "Color" -> RandomInterfaceGenerator.SUPPRESS + "\npublic enum Color {\n  RED,\n  GREEN,\n  BLUE\n}\n";
      case "Fn" -> RandomInterfaceGenerator.SUPPRESS + "\n@java.lang.FunctionalInterface\npublic interface Fn {\n  java.lang.String apply(int x);\n}\n";
      case "MyFuture" -> RandomInterfaceGenerator.SUPPRESS + "\npublic class MyFuture<T> extends java.util.concurrent.CompletableFuture<T> {\n"
          + "  public static <T> MyFuture<T> done(T value) {\n    MyFuture<T> f = new MyFuture<T>();\n    f.complete(value);\n    return f;\n  }\n"
          + "  public static <T> MyFuture<T> failed(java.lang.Throwable failure) {\n    MyFuture<T> f = new MyFuture<T>();\n    f.completeExceptionally(failure);\n    return f;\n  }\n"
          + "  @java.lang.Override\n  public <U> java.util.concurrent.CompletableFuture<U> newIncompleteFuture() {\n    return new MyFuture<U>();\n  }\n}\n";
      case "Oops" -> exceptionClass(name, "java.lang.Exception");
      case "OopsSub" -> exceptionClass(name, draft.pkg + ".Oops");
      case "Boom" -> exceptionClass(name, "java.lang.RuntimeException");
      case "Fail" -> exceptionClass(name, "java.lang.Error");
      case "Sub" -> RandomInterfaceGenerator.SUPPRESS + "\npublic class Sub extends " + draft.pkg
          + ".Base {\n  public Sub(int v) {\n    super(v);\n  }\n}\n";
      case "Old" -> valueClassBody("Old", "@java.lang.Deprecated\npublic class Old", "")
          .replaceFirst("}\n$", "\n" + valueClassBody("Nested", "public static class Nested", "  ") + "}\n");
      case "Nullable" -> "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)\n"
          + "public @interface Nullable {}\n";
      case "Outer" -> RandomInterfaceGenerator.SUPPRESS + "\npublic class Outer<T> {\n\n" + genericValueClass("Inner")
          .replace("public class Inner<T>", "public class Inner<U>").replace("final T v", "final U v")
          .replace("Inner(T v)", "Inner(U v)").replace("((Inner<?>) o)", "((Outer<?>.Inner<?>) o)")
          .replaceAll("(?m)^(?=.)", "  ") + "}\n";
      // The comment before the annotations: after them it would be no doc comment at all.
      case "Legacy" -> JAVADOC_DEPRECATED + valueClassBody(name, "public class Legacy", "");
      case "Gone" -> valueClassBody(name, "@java.lang.Deprecated(forRemoval = true, since = \"1\")\npublic class Gone", "");
      default -> valueClassBody(name, "public class " + name, "");
    };
  }

  /** A class with one int, equal and hashed by it, deterministically. */
  static String valueClassBody(String name, String header, String indent) {
    String body = RandomInterfaceGenerator.SUPPRESS + "\n" + header + " {\n"
        + "  public final int v;\n\n"
        + "  public " + name + "(int v) {\n    this.v = v;\n  }\n\n"
        + "  @java.lang.Override\n  public boolean equals(java.lang.Object o) {\n"
        + "    return o != null && o.getClass() == this.getClass() && ((" + name + ") o).v == this.v;\n  }\n\n"
        + "  @java.lang.Override\n  public int hashCode() {\n    return 31 * this.v + " + Math.abs(name.hashCode() % 1000) + ";\n  }\n\n"
        + "  @java.lang.Override\n  public java.lang.String toString() {\n    return \"" + name + "(\" + this.v + \")\";\n  }\n"
        + "}\n";
    return body.replaceAll("(?m)^(?=.)", indent);
  }

  static String genericValueClass(String name) {
    return RandomInterfaceGenerator.SUPPRESS + "\npublic class " + name + "<T> {\n"
        + "  public final T v;\n\n"
        + "  public " + name + "(T v) {\n    this.v = v;\n  }\n\n"
        + "  @java.lang.Override\n  public boolean equals(java.lang.Object o) {\n"
        + "    return o != null && o.getClass() == this.getClass() && java.util.Objects.deepEquals(((" + name + "<?>) o).v, this.v);\n  }\n\n"
        + "  @java.lang.Override\n  public int hashCode() {\n    return (int) " + RandomInterfaceGenerator.MIX + ".h(this.v);\n  }\n\n"
        + "  @java.lang.Override\n  public java.lang.String toString() {\n    return \"" + name + "(\" + this.v + \")\";\n  }\n"
        + "}\n";
  }

  static String exceptionClass(String name, String parent) {
    return RandomInterfaceGenerator.SUPPRESS + "\npublic class " + name + " extends " + parent + " {\n"
        + "  private static final long serialVersionUID = 1L;\n\n"
        + "  public " + name + "(java.lang.String message) {\n    super(message);\n  }\n}\n";
  }
}
