package dev.asyncgen.processor.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The types the generator writes: a small model of Java types that can be spelled, substituted and
 * erased. Class names are always spelled in full in the generated sources, so that no user type,
 * type variable or nested type can change what a name means; only type variables go by their
 * simple names.
 */
sealed interface Ty {

  /** A primitive type such as {@code int}. */
  record Prim(String name) implements Ty {}

  /** A class or interface type, parameterized with {@code args}, or raw if {@code raw}. */
  record Cls(ClassInfo info, List<Ty> args, boolean raw) implements Ty {}

  /** An array type. */
  record Arr(Ty component) implements Ty {}

  /** A use of a type variable; equal only to uses of the same declaration. */
  record Var(TVar decl) implements Ty {}

  /** A wildcard type argument: {@code ?}, {@code ? extends bound} or {@code ? super bound}. */
  record Wild(Ty bound, boolean isSuper) implements Ty {}

  /**
   * A class the generator knows: its canonical name as spelled in source, its binary name, how many
   * type parameters it has, and what it is good for.
   */
  record ClassInfo(String canonical, int typeParameters, Kind kind) {

    String simpleName() {
      return canonical.substring(canonical.lastIndexOf('.') + 1);
    }
  }

  /** What a class is, which decides how values of it are made and compared. */
  enum Kind {
    /** A value with {@code equals}: String, boxes, the user's value classes. */
    VALUE,
    /** A collection or container of values: List, Map, Optional, the user's Box. */
    CONTAINER,
    /** A functional interface: values are lambdas, compared by what they compute. */
    FUNCTIONAL,
    /** CompletionStage and its subtypes. */
    STAGE,
    /** A type only used as a bound, never as a value (Number, Comparable, ...). */
    ABSTRACT,
    /** An enum. */
    ENUM,
    /**
     * An inner class of a generic class, {@code Outer<A>.Inner<B>}: the outer class's type
     * argument comes first in {@link Cls#args()}.
     */
    INNER,
    /** A Throwable. */
    THROWABLE
  }

  /** A type variable declaration. Identity matters: two {@code T}s are different variables. */
  final class TVar {
    final String name;
    final List<Ty> bounds = new ArrayList<>();

    /** The type the harness instantiates it with. */
    Ty witness;

    TVar(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  Prim INT = new Prim("int");
  Prim LONG = new Prim("long");
  Prim BOOLEAN = new Prim("boolean");
  Prim BYTE = new Prim("byte");
  Prim SHORT = new Prim("short");
  Prim CHAR = new Prim("char");
  Prim FLOAT = new Prim("float");
  Prim DOUBLE = new Prim("double");
  List<Prim> PRIMITIVES = List.of(INT, LONG, BOOLEAN, BYTE, SHORT, CHAR, FLOAT, DOUBLE);

  ClassInfo OBJECT = new ClassInfo("java.lang.Object", 0, Kind.ABSTRACT);
  ClassInfo STRING = new ClassInfo("java.lang.String", 0, Kind.VALUE);
  ClassInfo NUMBER = new ClassInfo("java.lang.Number", 0, Kind.ABSTRACT);
  ClassInfo CHAR_SEQUENCE = new ClassInfo("java.lang.CharSequence", 0, Kind.ABSTRACT);
  ClassInfo COMPARABLE = new ClassInfo("java.lang.Comparable", 1, Kind.ABSTRACT);
  ClassInfo SERIALIZABLE = new ClassInfo("java.io.Serializable", 0, Kind.ABSTRACT);
  ClassInfo ENUM = new ClassInfo("java.lang.Enum", 1, Kind.ABSTRACT);
  ClassInfo ITERABLE = new ClassInfo("java.lang.Iterable", 1, Kind.ABSTRACT);
  ClassInfo COLLECTION = new ClassInfo("java.util.Collection", 1, Kind.CONTAINER);
  ClassInfo LIST = new ClassInfo("java.util.List", 1, Kind.CONTAINER);
  ClassInfo MAP = new ClassInfo("java.util.Map", 2, Kind.CONTAINER);
  ClassInfo OPTIONAL = new ClassInfo("java.util.Optional", 1, Kind.CONTAINER);
  ClassInfo STAGE = new ClassInfo("java.util.concurrent.CompletionStage", 1, Kind.STAGE);
  ClassInfo FUTURE = new ClassInfo("java.util.concurrent.CompletableFuture", 1, Kind.STAGE);
  ClassInfo RUNNABLE = new ClassInfo("java.lang.Runnable", 0, Kind.FUNCTIONAL);
  ClassInfo SUPPLIER = new ClassInfo("java.util.function.Supplier", 1, Kind.FUNCTIONAL);
  ClassInfo FUNCTION = new ClassInfo("java.util.function.Function", 2, Kind.FUNCTIONAL);
  ClassInfo CONSUMER = new ClassInfo("java.util.function.Consumer", 1, Kind.FUNCTIONAL);
  ClassInfo JDK_EXECUTOR = new ClassInfo("java.util.concurrent.Executor", 0, Kind.FUNCTIONAL);
  ClassInfo TIME_UNIT = new ClassInfo("java.util.concurrent.TimeUnit", 0, Kind.ENUM);

  /** Boxes, in the order of {@link #PRIMITIVES}. */
  List<ClassInfo> BOXES =
      List.of(
          new ClassInfo("java.lang.Integer", 0, Kind.VALUE),
          new ClassInfo("java.lang.Long", 0, Kind.VALUE),
          new ClassInfo("java.lang.Boolean", 0, Kind.VALUE),
          new ClassInfo("java.lang.Byte", 0, Kind.VALUE),
          new ClassInfo("java.lang.Short", 0, Kind.VALUE),
          new ClassInfo("java.lang.Character", 0, Kind.VALUE),
          new ClassInfo("java.lang.Float", 0, Kind.VALUE),
          new ClassInfo("java.lang.Double", 0, Kind.VALUE));

  ClassInfo INTEGER = BOXES.get(0);
  ClassInfo LONG_BOX = BOXES.get(1);

  static Cls cls(ClassInfo info, Ty... args) {
    return new Cls(info, List.of(args), false);
  }

  static Cls raw(ClassInfo info) {
    return new Cls(info, List.of(), true);
  }

  static Ty box(Ty type) {
    if (type instanceof Prim p) {
      return cls(BOXES.get(PRIMITIVES.indexOf(p)));
    }
    return type;
  }

  /** The type as written in source. */
  static String render(Ty type) {
    if (type instanceof Prim p) {
      return p.name();
    }
    if (type instanceof Arr a) {
      return render(a.component()) + "[]";
    }
    if (type instanceof Var v) {
      return v.decl().name;
    }
    if (type instanceof Wild w) {
      if (w.bound() == null) {
        return "?";
      }
      return (w.isSuper() ? "? super " : "? extends ") + render(w.bound());
    }
    Cls c = (Cls) type;
    if (c.info().kind() == Kind.INNER && !c.raw()) {
      String outer = c.info().canonical().substring(0, c.info().canonical().lastIndexOf('.'));
      return outer + "<" + render(c.args().get(0)) + ">." + c.info().simpleName() + "<"
          + render(c.args().get(1)) + ">";
    }
    if (c.args().isEmpty()) {
      return c.info().canonical();
    }
    List<String> args = new ArrayList<>();
    for (Ty arg : c.args()) {
      args.add(render(arg));
    }
    return c.info().canonical() + "<" + String.join(", ", args) + ">";
  }

  /** {@code <T extends A & B, U>}, or empty. */
  static String renderDeclarations(List<TVar> variables) {
    if (variables.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (TVar variable : variables) {
      if (variable.bounds.isEmpty()) {
        parts.add(variable.name);
      } else {
        List<String> bounds = new ArrayList<>();
        for (Ty bound : variable.bounds) {
          bounds.add(render(bound));
        }
        parts.add(variable.name + " extends " + String.join(" & ", bounds));
      }
    }
    return "<" + String.join(", ", parts) + ">";
  }

  /** {@code type} with the variables in {@code map} replaced. */
  static Ty subst(Ty type, Map<TVar, Ty> map) {
    if (type == null || map.isEmpty()) {
      return type;
    }
    if (type instanceof Var v) {
      Ty replacement = map.get(v.decl());
      return replacement != null ? replacement : type;
    }
    if (type instanceof Arr a) {
      return new Arr(subst(a.component(), map));
    }
    if (type instanceof Wild w) {
      return new Wild(subst(w.bound(), map), w.isSuper());
    }
    if (type instanceof Cls c) {
      List<Ty> args = new ArrayList<>();
      for (Ty arg : c.args()) {
        args.add(subst(arg, map));
      }
      return new Cls(c.info(), args, c.raw());
    }
    return type;
  }

  /** The erasure, as a class literal's type: {@code java.util.List}, {@code int[]}. */
  static String erasure(Ty type) {
    if (type instanceof Prim p) {
      return p.name();
    }
    if (type instanceof Arr a) {
      return erasure(a.component()) + "[]";
    }
    if (type instanceof Var v) {
      return v.decl().bounds.isEmpty() ? OBJECT.canonical() : erasure(v.decl().bounds.get(0));
    }
    if (type instanceof Cls c) {
      return c.info().canonical();
    }
    throw new IllegalArgumentException("no erasure for a wildcard");
  }

  /** The simple name the processor gives a parameter type in a gather helper's name suffix. */
  static String suffix(Ty type) {
    if (type instanceof Prim p) {
      return Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1);
    }
    if (type instanceof Arr a) {
      return suffix(a.component()) + "Array";
    }
    if (type instanceof Var v) {
      return v.decl().bounds.isEmpty() ? "Object" : suffix(v.decl().bounds.get(0));
    }
    return ((Cls) type).info().simpleName();
  }

  /** Whether {@code type} mentions any type variable. */
  static boolean isGround(Ty type) {
    if (type == null || type instanceof Prim) {
      return true;
    }
    if (type instanceof Var) {
      return false;
    }
    if (type instanceof Arr a) {
      return isGround(a.component());
    }
    if (type instanceof Wild w) {
      return isGround(w.bound());
    }
    for (Ty arg : ((Cls) type).args()) {
      if (!isGround(arg)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code type} mentions {@code variable}. */
  static boolean mentions(Ty type, TVar variable) {
    if (type == null || type instanceof Prim) {
      return false;
    }
    if (type instanceof Var v) {
      return v.decl() == variable;
    }
    if (type instanceof Arr a) {
      return mentions(a.component(), variable);
    }
    if (type instanceof Wild w) {
      return mentions(w.bound(), variable);
    }
    for (Ty arg : ((Cls) type).args()) {
      if (mentions(arg, variable)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} is an array of a type that is not reifiable (heap pollution). */
  static boolean isReifiable(Ty type) {
    if (type instanceof Prim) {
      return true;
    }
    if (type instanceof Var) {
      return false;
    }
    if (type instanceof Arr a) {
      return isReifiable(a.component());
    }
    if (type instanceof Cls c) {
      for (Ty arg : c.args()) {
        if (!(arg instanceof Wild w) || w.bound() != null) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
