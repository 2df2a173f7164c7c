package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.BOXES;
import static dev.asyncgen.processor.differential.Ty.PRIMITIVES;
import static dev.asyncgen.processor.differential.Ty.cls;
import static dev.asyncgen.processor.differential.Ty.render;

import dev.asyncgen.processor.differential.Draft.Bound;
import dev.asyncgen.processor.differential.Draft.MethodDecl;
import dev.asyncgen.processor.differential.Draft.Param;
import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.Prim;
import dev.asyncgen.processor.differential.Ty.Var;
import dev.asyncgen.processor.differential.Ty.Wild;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes values of any generated type, and the deterministic method bodies that return, throw
 * or record them.
 */
final class Bodies {

  private final Draft draft;

  Bodies(Draft draft) {
    this.draft = draft;
  }

  /** How a value of a type variable can be had in a method body: from its parameters. */
  String fromParams(Ty type, List<Param> params, String seed) {
    for (Param p : params) {
      if (p.type().equals(type)) {
        return p.name();
      }
    }
    if (type instanceof Var v) {
      for (Param p : params) {
        if (p.type() instanceof Arr a && a.component().equals(type)) {
          return RandomInterfaceGenerator.MIX + ".pick(" + p.name() + ", " + seed + ")";
        }
        if (p.type() instanceof Cls c && c.info() == Ty.LIST && c.args().size() == 1
            && (c.args().get(0).equals(type)
                || c.args().get(0) instanceof Wild w && !w.isSuper() && type.equals(w.bound()))) {
          return RandomInterfaceGenerator.MIX + ".<" + v.decl().name + ">pick(" + p.name() + ", " + seed + ")";
        }
      }
    }
    return null;
  }

  /** The concrete type to make a value of, for a type argument that may be a wildcard. */
  static Ty concretize(Ty argument) {
    if (argument instanceof Wild w) {
      return w.bound() == null ? cls(Ty.STRING) : w.bound();
    }
    return argument;
  }

  /**
   * A Java expression of type {@code type}, derived from the long expression {@code seed}; in a
   * method body, values of type variables come from {@code params} or are {@code null}.
   */
  String value(Ty type, String seed, List<Param> params, boolean harness, int depth) {
    String s = "(" + seed + ")";
    if (type instanceof Prim p) {
      return switch (p.name()) {
        case "int" -> "(int) " + s;
        case "long" -> s;
        case "boolean" -> "((" + s + " & 1L) == 0L)";
        case "byte" -> "(byte) " + s;
        case "short" -> "(short) " + s;
        case "char" -> "(char) ('a' + java.lang.Math.floorMod(" + s + ", 26L))";
        case "float" -> RandomInterfaceGenerator.MIX + ".flt(" + s + ")";
        default -> RandomInterfaceGenerator.MIX + ".dbl(" + s + ")";
      };
    }
    if (!Ty.isGround(type) || type instanceof Var) {
      String from = params == null ? null : fromParams(type, params, s);
      if (from != null) {
        return from;
      }
      if (type instanceof Var || type instanceof Arr) {
        return "null";
      }
    }
    if (type instanceof Arr a) {
      return arrayValue(a, s, params, harness, depth, harness ? draft.rnd.nextInt(4) : 2);
    }
    Cls c = (Cls) type;
    String name = c.info().canonical();
    if (c.raw()) {
      return name.equals(Ty.LIST.canonical())
          ? "new java.util.ArrayList<java.lang.Object>(java.util.Arrays.<java.lang.Object>asList(\"raw\" + " + s + "))"
          : "new " + name + "<java.lang.Object>(\"raw\" + " + s + ")";
    }
    int box = BOXES.indexOf(c.info());
    if (box >= 0) {
      return name + ".valueOf(" + value(PRIMITIVES.get(box), seed, params, harness, depth) + ")";
    }
    switch (name) {
      case "java.lang.String", "java.lang.Object", "java.lang.CharSequence":
        return "(\"s\" + " + s + ")";
      case "java.lang.Number":
        return "java.lang.Integer.valueOf((int) " + s + ")";
      case "java.lang.Void":
        return "null";
      case "java.util.List", "java.util.Collection", "java.lang.Iterable": {
        Ty element = concretize(c.args().get(0));
        return "java.util.Arrays.<" + render(element) + ">asList("
            + value(element, seed + " + 1L", params, harness, depth + 1) + ", "
            + value(element, seed + " + 2L", params, harness, depth + 1) + ")";
      }
      case "java.util.Map": {
        Ty key = concretize(c.args().get(0));
        Ty val = concretize(c.args().get(1));
        return "java.util.Collections.<" + render(key) + ", " + render(val) + ">singletonMap("
            + value(key, seed + " + 3L", params, harness, depth + 1) + ", "
            + value(val, seed + " + 4L", params, harness, depth + 1) + ")";
      }
      case "java.util.Optional": {
        Ty element = concretize(c.args().get(0));
        return "java.util.Optional.<" + render(element) + ">ofNullable("
            + value(element, seed + " + 5L", params, harness, depth + 1) + ")";
      }
      case "java.util.concurrent.CompletionStage", "java.util.concurrent.CompletableFuture": {
        Ty element = concretize(c.args().get(0));
        return "java.util.concurrent.CompletableFuture.<" + render(element) + ">completedFuture("
            + value(element, seed + " + 6L", params, harness, depth + 1) + ")";
      }
      case "java.util.concurrent.TimeUnit":
        return RandomInterfaceGenerator.MIX + ".pick(java.util.concurrent.TimeUnit.values(), " + s + ")";
      case "java.lang.Runnable":
        return "() -> {}";
      case "java.util.function.Supplier":
        return "() -> " + value(c.args().get(0), seed + " + 7L", null, harness, depth + 1);
      case "java.util.function.Function":
        return "x -> " + value(c.args().get(1), RandomInterfaceGenerator.MIX + ".h(x)", null, harness, depth + 1);
      case "java.util.function.Consumer":
        return "x -> {}";
      case "java.util.concurrent.Executor":
        return "r -> r.run()";
      default:
        break;
    }
    if (name.equals(draft.pkg + ".Color")) {
      return RandomInterfaceGenerator.MIX + ".pick(" + name + ".values(), " + s + ")";
    }
    if (name.equals(draft.pkg + ".Fn")) {
      return "x -> \"fn\" + x";
    }
    if (name.equals(draft.pkg + ".MyFuture")) {
      Ty element = concretize(c.args().get(0));
      return name + ".<" + render(element) + ">done("
          + value(element, seed + " + 8L", params, harness, depth + 1) + ")";
    }
    if (c.info().kind() == Kind.INNER) {
      Ty outer = concretize(c.args().get(0));
      Ty element = concretize(c.args().get(1));
      String outerClass = name.substring(0, name.lastIndexOf('.'));
      return "new " + outerClass + "<" + render(outer) + ">().new " + c.info().simpleName() + "<"
          + render(element) + ">(" + value(element, seed + " + 10L", params, harness, depth + 1) + ")";
    }
    if (c.info().kind() == Kind.THROWABLE) {
      return "new " + name + "(\"arg\" + " + s + ")";
    }
    if (c.info().typeParameters() == 1) { // Box and a shadowing List
      Ty element = concretize(c.args().get(0));
      return "new " + name + "<" + render(element) + ">("
          + value(element, seed + " + 9L", params, harness, depth + 1) + ")";
    }
    return "new " + name + "((int) " + s + ")";
  }

  String arrayValue(Arr a, String s, List<Param> params, boolean harness, int depth, int length) {
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      elements.add(value(a.component(), s + " + " + (11 * (i + 1)) + "L", params, harness, depth + 1));
    }
    if (Ty.isReifiable(a)) {
      return "new " + render(a) + " {" + String.join(", ", elements) + "}";
    }
    return "(" + render(a) + ") new " + render(wildcarded(a)) + " {" + String.join(", ", elements) + "}";
  }

  /** {@code List<?>[]} for {@code List<String>[]}: a reifiable type to create an array of. */
  static Ty wildcarded(Ty type) {
    if (type instanceof Arr a) {
      return new Arr(wildcarded(a.component()));
    }
    if (type instanceof Cls c && !c.args().isEmpty()) {
      List<Ty> args = new ArrayList<>();
      for (int i = 0; i < c.args().size(); i++) {
        args.add(new Wild(null, false));
      }
      return new Cls(c.info(), args, false);
    }
    return type;
  }

  /** What a method body feeds to the hash for one parameter. */
  String hashInput(Param p, List<Param> params) {
    if (p.type() instanceof Cls c && c.info().kind() == Kind.FUNCTIONAL) {
      String n = p.name();
      return switch (c.info().canonical()) {
        case "java.lang.Runnable" -> RandomInterfaceGenerator.MIX + ".run(" + n + ")";
        case "java.util.function.Supplier" -> "(" + n + " == null ? null : " + n + ".get())";
        case "java.util.function.Function" -> "(" + n + " == null ? null : " + n + ".apply("
            + value(c.args().get(0), "5L", params, false, 1) + "))";
        case "java.util.function.Consumer" -> RandomInterfaceGenerator.MIX + ".<" + render(c.args().get(0)) + ">accept(" + n
            + ", " + value(c.args().get(0), "6L", params, false, 1) + ")";
        case "java.util.concurrent.Executor" -> RandomInterfaceGenerator.MIX + ".execute(" + n + ")";
        default -> "(" + n + " == null ? null : " + n + ".apply(3))";
      };
    }
    return p.name();
  }

  /**
   * The body of a method: a hash of its arguments decides whether it throws, and its result.
   *
   * @param recording whether it records results and exceptions through {@code this.$check}, as the
   *     implementation class does (a default method cannot)
   */
  String defaultBody(MethodDecl md) {
    return body(md.name, md.params, md.ret, md.throwsList, false);
  }

  String body(String name, List<Param> params, Ty ret, List<Ty> throwsList, boolean recording) {
    StringBuilder body = new StringBuilder();
    List<String> inputs = new ArrayList<>();
    inputs.add((draft.rnd.nextInt(1 << 16)) + "L");
    for (Param p : params) {
      inputs.add(hashInput(p, params));
    }
    int k = 2 + draft.rnd.nextInt(3);
    body.append("    final long $h = ").append(RandomInterfaceGenerator.MIX).append(".h(").append(String.join(", ", inputs)).append(");\n");
    body.append("    if (").append(RandomInterfaceGenerator.MIX).append(".hit($h, ").append(k).append(")) {\n");
    body.append("      ").append(throwStatement(name, params, throwsList, recording)).append("\n");
    body.append("    }\n");
    if (ret == null) {
      return body.toString();
    }
    Ty stageValue = stageValueForBody(ret);
    if (stageValue == null) {
      String value = draft.chance(6) && !(ret instanceof Prim) ? "null" : value(ret, "$h", params, false, 0);
      if (value.equals("null")) {
        draft.features.add(Feature.NULL_RESULT);
      }
      if (ret instanceof Prim || !recording) {
        body.append("    return ").append(value).append(";\n");
      } else {
        body.append("    return this.$check.<").append(render(ret)).append(">ret(").append(value).append(");\n");
      }
      return body.toString();
    }
    if (ret instanceof Var) {
      String from = fromParams(ret, params, "$h");
      if (from == null || draft.chance(10)) {
        draft.features.add(Feature.STAGE_NULL);
        from = "null";
      }
      body.append("    return ").append(from).append(";\n");
      return body.toString();
    }
    String v = value(stageValue, "$h", params, false, 0);
    String vt = render(stageValue);
    body.append("    final ").append(vt).append(" $v = ")
        .append(recording ? "this.$check.<" + vt + ">ret(" + v + ")" : v).append(";\n");
    Cls stage = (Cls) ret;
    boolean myFuture = stage.info().canonical().equals(draft.pkg + ".MyFuture");
    String cf = "java.util.concurrent.CompletableFuture";
    int r = draft.rnd.nextInt(100);
    String exception = exceptionExpression(name, params, List.of(), recording, true);
    String result;
    if (r < 8) {
      result = "null";
      draft.features.add(Feature.STAGE_NULL);
    } else if (r < 20) {
      result = myFuture ? stage.info().canonical() + ".<" + vt + ">failed(" + exception + ")"
          : cf + ".<" + vt + ">failedFuture(" + exception + ")";
      draft.features.add(Feature.STAGE_FAILED);
    } else if (r < 27 && !myFuture) {
      result = cf + ".<" + vt + ">failedFuture(" + exception + ").thenApply(java.util.function.Function.<" + vt + ">identity())";
      draft.features.add(Feature.STAGE_FAILED_WRAPPED);
    } else if (r < 40 && !myFuture) {
      result = cf + ".<" + vt + ">supplyAsync(() -> $v)";
      draft.features.add(Feature.STAGE_COMPLETED_LATER);
    } else if (r < 48 && stage.info() == Ty.STAGE) {
      result = cf + ".<" + vt + ">completedFuture($v).minimalCompletionStage()";
    } else {
      result = myFuture ? stage.info().canonical() + ".<" + vt + ">done($v)" : cf + ".<" + vt + ">completedFuture($v)";
    }
    body.append("    return ").append(result).append(";\n");
    return body.toString();
  }

  /** The value type inside a stage-returning method's result, for the body to make; or null. */
  Ty stageValueForBody(Ty ret) {
    if (ret instanceof Var v && draft.info(v.decl()) == Bound.STAGE) {
      return v;
    }
    if (ret instanceof Cls c && c.info().kind() == Kind.STAGE && !c.args().isEmpty()) {
      Ty arg = c.args().get(0);
      if (arg instanceof Wild w) {
        return w.bound() == null ? cls(Ty.STRING) : w.bound();
      }
      return arg;
    }
    return null;
  }

  String throwStatement(String name, List<Param> params, List<Ty> throwsList, boolean recording) {
    int r = draft.rnd.nextInt(100);
    if (r < 4) {
      draft.features.add(Feature.JVM_THROWN_EXCEPTION);
      return RandomInterfaceGenerator.MIX + ".divideByZero($h);";
    }
    if (r < 7) {
      draft.features.add(Feature.JVM_THROWN_EXCEPTION);
      return RandomInterfaceGenerator.MIX + ".dereference(null);";
    }
    for (Ty t : throwsList) {
      if (t instanceof Var v && draft.chance(70)) {
        for (Param p : params) {
          if (p.type().equals(t)) {
            return "if (" + p.name() + " != null) { throw " + (recording ? "this.$check.thrown(" + p.name() + ")" : p.name()) + "; }";
          }
        }
      }
    }
    return "throw " + exceptionExpression(name, params, throwsList, recording, false) + ";";
  }

  /** A new exception the method may throw: one it declares, or an unchecked one. */
  String exceptionExpression(String name, List<Param> params, List<Ty> throwsList,
      boolean recording, boolean anyThrowable) {
    String message = "\"" + name + ":\" + $h";
    List<Supplier<String>> options = new ArrayList<>();
    for (Ty t : throwsList) {
      if (t instanceof Cls c) {
        options.add(() -> newDeclared(c.info().canonical(), message));
        options.add(() -> newDeclared(c.info().canonical(), message));
      }
    }
    if (anyThrowable) {
      options.add(() -> {
        draft.features.add(Feature.CHECKED_EXCEPTION);
        return "new java.io.IOException(" + message + ")";
      });
    }
    options.add(() -> "new java.lang.IllegalStateException(" + message + ")");
    options.add(() -> {
      draft.features.add(Feature.EXCEPTION_WITH_CAUSE);
      return "new java.lang.IllegalArgumentException(" + message + ", new java.io.IOException(\"cause\"))";
    });
    options.add(() -> {
      draft.features.add(Feature.EXCEPTION_WITHOUT_MESSAGE);
      return "new java.lang.UnsupportedOperationException()";
    });
    options.add(() -> {
      draft.features.add(Feature.EXCEPTION_WITH_CAUSE);
      return "new java.io.UncheckedIOException(" + message + ", new java.io.IOException(\"inner\"))";
    });
    options.add(() -> "new " + draft.user("Boom").canonical() + "(" + message + ")");
    options.add(() -> {
      draft.features.add(Feature.CANCELLATION_THROWN);
      return "new java.util.concurrent.CancellationException(" + message + ")";
    });
    options.add(() -> {
      draft.features.add(Feature.ERROR_THROWN);
      return draft.chance(50) ? "new java.lang.AssertionError(" + message + ")"
          : "new " + draft.user("Fail").canonical() + "(" + message + ")";
    });
    options.add(() -> {
      // CompletableFuture reports a stored CompletionException's cause: the facade must keep
      // the call's own one as the cause all the same.
      draft.features.add(Feature.COMPLETION_EXCEPTION_THROWN);
      return "new java.util.concurrent.CompletionException(" + message
          + ", new java.io.IOException(\"wrapped\"))";
    });
    String created = draft.pick(options).get();
    if (!created.contains("IllegalStateException") && !created.contains("Boom")) {
      draft.features.add(Feature.UNCHECKED_EXCEPTION);
    }
    return recording ? "this.$check.thrown(" + created + ")" : created;
  }

  String newDeclared(String canonical, String message) {
    draft.features.add(Feature.CHECKED_EXCEPTION);
    boolean sub = draft.chance(35);
    switch (canonical) {
      case "java.io.IOException":
        if (sub) {
          draft.features.add(Feature.EXCEPTION_SUBCLASS_THROWN);
          return "new java.io.FileNotFoundException(" + message + ")";
        }
        return "new java.io.IOException(" + message + ")";
      case "java.util.concurrent.ExecutionException":
        draft.features.add(Feature.EXCEPTION_WITH_CAUSE);
        return "new java.util.concurrent.ExecutionException(" + message + ", new java.io.IOException(\"cause\"))";
      case "java.lang.Exception":
        if (sub) {
          draft.features.add(Feature.EXCEPTION_SUBCLASS_THROWN);
          return "new " + draft.user("Oops").canonical() + "(" + message + ")";
        }
        return "new java.lang.Exception(" + message + ")";
      case "java.lang.Throwable":
        return sub ? "new " + draft.user("Fail").canonical() + "(" + message + ")" : "new java.lang.Throwable(" + message + ")";
      default:
        if (canonical.equals(draft.pkg + ".Oops") && sub) {
          draft.features.add(Feature.EXCEPTION_SUBCLASS_THROWN);
          return "new " + draft.user("OopsSub").canonical() + "(" + message + ")";
        }
        return "new " + canonical + "(" + message + ")";
    }
  }
}
