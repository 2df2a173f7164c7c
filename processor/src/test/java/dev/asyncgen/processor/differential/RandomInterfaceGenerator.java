package dev.asyncgen.processor.differential;

import static dev.asyncgen.processor.differential.Ty.BOXES;
import static dev.asyncgen.processor.differential.Ty.PRIMITIVES;
import static dev.asyncgen.processor.differential.Ty.cls;
import static dev.asyncgen.processor.differential.Ty.render;
import static dev.asyncgen.processor.differential.Ty.subst;

import dev.asyncgen.processor.differential.Ty.Arr;
import dev.asyncgen.processor.differential.Ty.ClassInfo;
import dev.asyncgen.processor.differential.Ty.Cls;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.Prim;
import dev.asyncgen.processor.differential.Ty.TVar;
import dev.asyncgen.processor.differential.Ty.Var;
import dev.asyncgen.processor.differential.Ty.Wild;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes one random {@code @Async} interface from a seed, with everything needed to test its facade
 * against it: the interface and its super-interfaces, the user types they mention, a deterministic
 * implementation, and a harness class whose {@code run(Check)} calls every method directly and
 * through the facade and compares the outcomes.
 *
 * <p>The same seed always gives the same sources. All class names are written in full, so that the
 * user types it declares to shadow JDK names ({@code String}, {@code List}, {@code Executor}...),
 * type variables named like classes and nested types named like JDK types can only confuse the
 * generated facade, never the generator's own code. Everything the generator writes carries
 * {@code @SuppressWarnings("all")}: only the processor's output is held to {@code -Xlint:all
 * -Werror}.
 *
 * <p>The generator keeps its interfaces legal Java by construction: overloads differ at a position
 * where the types cannot be confused (or are plain, non-generic signatures, which Java always
 * resolves to the exact match since the harness passes arguments of the exact parameter types),
 * super-interfaces are instantiated with types that satisfy their bounds, and every type variable
 * has a witness, a type the harness instantiates it with.
 */
final class RandomInterfaceGenerator {

  /** Imported by every generated source: resolving qualified names costs javac dearly. */
  static final String MIX = "Mix";

  static final String CHECK = "Check";

  /** The sources of one case, the harness to run, and the shapes it holds. */
  record Case(
      long seed,
      String packageName,
      Map<String, String> sources,
      String harness,
      Set<Feature> features,
      int methods) {

    /** Every source, with a header line naming its file: enough to reproduce by hand. */
    String listing() {
      StringBuilder listing = new StringBuilder();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        listing.append("// ---- ").append(source.getKey()).append(".java\n").append(source.getValue());
      }
      return listing.toString();
    }
  }

  /** Names a user may give a type of their own, shadowing JDK or generated-code names. */
  private static final List<String> SHADOW_NAMES =
      List.of(
          "String", "List", "Executor", "Object", "Integer", "Void", "Override", "Collection",
          "CompletableFuture", "Objects", "Generated", "Gather", "Dispatcher", "AsyncOptions",
          "UnaryOperator", "Duration", "Deprecated", "SuppressWarnings", "Boolean", "Runnable");

  private static final List<String> PLAIN_TYPE_VARIABLE_NAMES =
      List.of("T", "U", "E", "K", "V", "R", "X", "S", "T1", "T2", "Item");

  private static final List<String> CLASS_LIKE_TYPE_VARIABLE_NAMES =
      List.of(
          "String", "Integer", "Object", "Void", "List", "Executor", "Collection",
          "CompletableFuture", "Override", "Generated", "SuppressWarnings", "Deprecated", "Gather",
          "Dispatcher", "AsyncOptions", "UnaryOperator", "Objects", "Val", "Node", "Boolean");

  private static final List<String> METHOD_NAMES =
      List.of(
          "get", "put", "find", "load", "save", "compute", "apply", "submit", "fetch", "m", "run",
          "call", "callStage", "of", "join", "cancel", "complete", "handle", "accept", "test",
          "delegate", "dispatcher", "execute", "size", "value", "map", "process", "gather",
          "withOptions", "arg");

  private static final List<String> PARAMETER_NAMES =
      List.of(
          "a", "b", "x", "y", "value", "key", "name", "count", "list", "it", "e", "result", "input",
          "id", "delegate", "executor", "options", "dispatcher", "arg", "args", "arg0", "arg1",
          "change", "String", "T", "of", "run", "call", "label", "method", "body");

  private static final Set<String> GENERATED_CODE_NAMES =
      Set.of("delegate", "executor", "options", "dispatcher", "arg", "args", "arg0", "arg1",
          "change", "label", "method", "body");

  private static final List<String> NESTED_TYPE_NAMES =
      List.of("Node", "Item", "Entry", "Key", "String", "List", "Executor", "Void", "Integer",
          "CompletableFuture", "Collection");

  /** How a type variable is bounded, and so what the harness can instantiate it with. */
  private enum Bound {
    NONE,
    NUMBER,
    COMPARABLE_SELF,
    COMPARABLE_SUPER,
    NUMBER_AND_COMPARABLE,
    CHAR_SEQUENCE,
    CHAR_SEQUENCE_AND_COMPARABLE,
    OBJECT_AND_SERIALIZABLE,
    SERIALIZABLE,
    USER_BASE,
    ENUM,
    DEPRECATED,
    OTHER_VARIABLE,
    STAGE,
    EXCEPTION
  }

  /**
   * Every lint category the generator's own sources could trigger; javac ignores {@code "all"}.
   */
  static final String SUPPRESS =
      "@java.lang.SuppressWarnings({\"deprecation\", \"removal\", \"unchecked\", \"rawtypes\","
          + " \"dep-ann\", \"overloads\", \"serial\", \"cast\", \"varargs\", \"static\", \"overrides\","
          + " \"divzero\", \"empty\", \"fallthrough\", \"finally\", \"try\", \"this-escape\","
          + " \"lossy-conversions\", \"missing-explicit-ctor\", \"synchronization\", \"strictfp\"})";

  private static final String JAVADOC_DEPRECATED = "/** @deprecated by its Javadoc only */\n";

  private static final ClassInfo VOID = new ClassInfo("java.lang.Void", 0, Kind.VALUE);

  private static final List<Bound> DECLARATION_BOUNDS =
      List.of(Bound.NONE, Bound.NONE, Bound.NONE, Bound.NUMBER, Bound.COMPARABLE_SELF,
          Bound.COMPARABLE_SUPER, Bound.NUMBER_AND_COMPARABLE, Bound.CHAR_SEQUENCE,
          Bound.CHAR_SEQUENCE_AND_COMPARABLE, Bound.OBJECT_AND_SERIALIZABLE, Bound.SERIALIZABLE,
          Bound.USER_BASE, Bound.ENUM, Bound.DEPRECATED);

  private final long seed;
  private final Random rnd;
  private final String pkg;
  private final EnumSet<Feature> features = EnumSet.noneOf(Feature.class);

  /** User types to declare, by simple name (top-level) in the case's package. */
  private final Map<String, ClassInfo> userTypes = new LinkedHashMap<>();

  private final Set<String> usedUserTypes = new LinkedHashSet<>();
  private final List<String> shadows = new ArrayList<>();

  private Decl api;
  private final List<Decl> decls = new ArrayList<>();
  private final List<Eff> effs = new ArrayList<>();
  private String holderName; // the class or interface the API is nested in, or null
  private boolean holderIsInterface;
  private boolean holderDeprecated;
  private ClassInfo nestedType; // a value class nested in the API, or null
  private String facadeSimpleName;
  private boolean cloneRedeclared;

  private RandomInterfaceGenerator(long seed) {
    this.seed = seed;
    this.rnd = new Random(seed);
    this.pkg = "difft.c" + seed;
  }

  /**
   * The case for {@code seed}.
   *
   */
  static Case generate(long seed) {
    return new RandomInterfaceGenerator(seed).generate();
  }

  // ---------------------------------------------------------------------------------------------
  // The model

  /** An interface: the annotated one or one of its super-interfaces. */
  private static final class Decl {
    final String name;
    final String canonical;
    final boolean isApi;
    final List<TVar> tvars = new ArrayList<>();
    final List<Edge> supers = new ArrayList<>();
    final List<MethodDecl> methods = new ArrayList<>();
    final List<String> members = new ArrayList<>();
    Map<TVar, Ty> toApi = new HashMap<>();
    boolean deprecated;
    boolean javadocDeprecated;
    boolean jdk; // a JDK interface: not written, and never given methods
    boolean isPublic;

    Decl(String name, String canonical, boolean isApi) {
      this.name = name;
      this.canonical = canonical;
      this.isApi = isApi;
    }

    Set<String> tvarNames() {
      Set<String> names = new HashSet<>();
      for (TVar t : tvars) {
        names.add(t.name);
      }
      return names;
    }
  }

  /** {@code sub extends sup<args>}, the arguments in the scope of {@code sub}. */
  private record Edge(Decl sup, List<Ty> args) {}

  /** A parameter; {@code annotated} puts a type-use annotation on its type where declared. */
  private record Param(String name, Ty type, boolean annotated) {
    Param(String name, Ty type) {
      this(name, type, false);
    }
  }

  /** A method as declared in one interface, in that interface's scope. */
  private static final class MethodDecl {
    String name;
    List<TVar> tvars = new ArrayList<>();
    List<Param> params = new ArrayList<>();
    Ty ret; // null for void
    boolean varargs;
    List<Ty> throwsList = new ArrayList<>();
    boolean isDefault;
    String body;
    final List<String> annotations = new ArrayList<>();
    String javadoc;
    boolean receiver; // declares a receiver parameter, Api<T> this
  }

  /** A method as the annotated interface has it: types in its scope, after substitution. */
  private static final class Eff {
    MethodDecl decl;
    Decl home;
    List<TVar> tvars;
    List<Param> params;
    Ty ret;
    boolean varargs;
    List<Ty> throwsList;
    boolean isDefault;
    boolean implemented; // by the sync implementation class
    boolean overridden; // redeclared in a sub-interface already
  }

  /** How each type variable is bounded, copies included. */
  private final Map<TVar, Bound> tvarInfo = new HashMap<>();

  // ---------------------------------------------------------------------------------------------
  // Generation

  private Case generate() {
    chooseShadows();
    chooseApi();
    buildHierarchy();
    generateMethods();
    if (chance(40)) {
      addOverrides();
    }
    addNonWrappedMembers();
    for (Eff eff : effs) {
      eff.implemented = !eff.isDefault || rnd.nextBoolean();
      if (eff.isDefault && eff.implemented) {
        features.add(Feature.DEFAULT_OVERRIDDEN_BY_IMPLEMENTATION);
      }
    }
    recordShapeFeatures();

    Map<String, String> sources = new LinkedHashMap<>();
    writeDeclarations(sources);
    sources.put(pkg + ".SyncImpl", implementation());
    sources.put(pkg + ".Harness", harness());
    writeUserTypes(sources);
    return new Case(seed, pkg, sources, pkg + ".Harness", Set.copyOf(features), effs.size());
  }

  /** The package declaration and imports of every source: the test's own helpers only. */
  private String header() {
    return "package " + pkg + ";\n\nimport " + Check.class.getName() + ";\nimport "
        + Mix.class.getName() + ";\n\n";
  }

  private boolean chance(int percent) {
    return rnd.nextInt(100) < percent;
  }

  private <T> T pick(List<T> options) {
    return options.get(rnd.nextInt(options.size()));
  }

  private void chooseShadows() {
    if (chance(45)) {
      List<String> names = new ArrayList<>(SHADOW_NAMES);
      Collections.shuffle(names, rnd);
      int count = 1 + rnd.nextInt(4);
      for (String name : names.subList(0, count)) {
        shadows.add(name);
        ClassInfo info =
            new ClassInfo(pkg + "." + name, name.equals("List") ? 1 : 0,
                name.equals("List") ? Kind.CONTAINER : Kind.VALUE);
        userTypes.put(name, info);
        usedUserTypes.add(name);
      }
      features.add(Feature.SHADOWING_USER_TYPE);
    }
  }

  private ClassInfo user(String name) {
    if (name.equals("Old.Nested")) {
      user("Old");
    }
    if (name.equals("Outer.Inner")) {
      user("Outer");
    }
    usedUserTypes.add(name);
    return userTypes.computeIfAbsent(
        name,
        n -> switch (n) {
          case "Box", "List" -> new ClassInfo(pkg + "." + n, 1, Kind.CONTAINER);
          case "MyFuture" -> new ClassInfo(pkg + "." + n, 1, Kind.STAGE);
          case "Color" -> new ClassInfo(pkg + "." + n, 0, Kind.ENUM);
          case "Fn" -> new ClassInfo(pkg + "." + n, 0, Kind.FUNCTIONAL);
          case "Oops", "OopsSub", "Boom", "Fail" -> new ClassInfo(pkg + "." + n, 0, Kind.THROWABLE);
          case "Old.Nested" -> new ClassInfo(pkg + ".Old.Nested", 0, Kind.VALUE);
          case "Outer.Inner" -> new ClassInfo(pkg + ".Outer.Inner", 2, Kind.INNER);
          default -> new ClassInfo(pkg + "." + n, 0, Kind.VALUE);
        });
  }

  private void chooseApi() {
    String name = "Api";
    if (chance(10)) {
      List<String> candidates = new ArrayList<>(List.of("String", "List", "Executor", "Runnable"));
      candidates.removeAll(shadows);
      if (!candidates.isEmpty()) {
        name = pick(candidates);
        features.add(Feature.INTERFACE_NAMED_LIKE_JDK_TYPE);
      }
    }
    String canonical = pkg + "." + name;
    int placement = rnd.nextInt(100);
    if (placement < 12) {
      holderName = "Holder";
      holderIsInterface = false;
      features.add(Feature.INTERFACE_NESTED_IN_CLASS);
    } else if (placement < 18) {
      holderName = "Holder";
      holderIsInterface = true;
      features.add(Feature.INTERFACE_NESTED_IN_INTERFACE);
    }
    if (holderName != null) {
      canonical = pkg + "." + holderName + "." + name;
      if (chance(30)) {
        holderDeprecated = true;
        features.add(Feature.DEPRECATED_ENCLOSING_CLASS);
      }
    }
    api = new Decl(name, canonical, true);
    api.isPublic = chance(50);
    if (chance(8)) {
      api.deprecated = true;
      features.add(Feature.DEPRECATED_INTERFACE);
    } else if (chance(4)) {
      api.javadocDeprecated = true;
      features.add(Feature.DEPRECATED_INTERFACE);
    }
    decls.add(api);
    int tvars = rnd.nextInt(100) < 55 ? 0 : chance(65) ? 1 : 2;
    for (int i = 0; i < tvars; i++) {
      Bound bound = i > 0 && chance(30) ? Bound.OTHER_VARIABLE
          : chance(10) ? Bound.EXCEPTION : pick(DECLARATION_BOUNDS);
      api.tvars.add(newTVar(freshTVarName(names(api.tvars), name), bound, api.tvars));
    }
    if (!api.tvars.isEmpty()) {
      features.add(Feature.INTERFACE_TYPE_PARAMETER);
    }
    if (chance(25)) {
      String nested = pick(NESTED_TYPE_NAMES);
      if (!nested.equals(name) && !api.tvarNames().contains(nested)) {
        nestedType = new ClassInfo(canonical + "." + nested, 0, Kind.VALUE);
        api.members.add(valueClassBody(nested, "final class " + nested, "  "));
        if (!List.of("Node", "Item", "Entry", "Key").contains(nested)) {
          features.add(Feature.NESTED_TYPE_NAMED_LIKE_JDK_TYPE);
        }
      }
    }
    facadeSimpleName = (holderName != null ? holderName + "_" : "") + name + "Async";
  }

  private static Set<String> names(List<TVar> tvars) {
    Set<String> names = new HashSet<>();
    for (TVar t : tvars) {
      names.add(t.name);
    }
    return names;
  }

  private String freshTVarName(Set<String> taken, String declName) {
    for (int attempt = 0; ; attempt++) {
      String name =
          attempt < 20 && chance(25)
              ? pick(CLASS_LIKE_TYPE_VARIABLE_NAMES)
              : attempt < 40 ? pick(PLAIN_TYPE_VARIABLE_NAMES) : "T" + attempt;
      if (!taken.contains(name) && !name.equals(declName)) {
        if (CLASS_LIKE_TYPE_VARIABLE_NAMES.contains(name)) {
          features.add(Feature.TYPE_VARIABLE_NAMED_LIKE_A_CLASS);
        }
        return name;
      }
    }
  }

  /** A type variable with a bound; {@code earlier} are the variables it may be bounded by. */
  private TVar newTVar(String name, Bound bound, List<TVar> earlier) {
    TVar t = new TVar(name);
    Var self = new Var(t);
    switch (bound) {
      case NONE -> t.witness = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(user("Val")), cls(Ty.LONG_BOX)));
      case NUMBER -> {
        t.bounds.add(cls(Ty.NUMBER));
        t.witness = pick(List.of(cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      }
      case COMPARABLE_SELF -> {
        t.bounds.add(cls(Ty.COMPARABLE, self));
        t.witness = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      }
      case COMPARABLE_SUPER -> {
        t.bounds.add(cls(Ty.COMPARABLE, new Wild(self, true)));
        t.witness = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      }
      case NUMBER_AND_COMPARABLE -> {
        t.bounds.add(cls(Ty.NUMBER));
        t.bounds.add(cls(Ty.COMPARABLE, self));
        t.witness = pick(List.of(cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
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
        t.witness = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      }
      case SERIALIZABLE -> {
        t.bounds.add(cls(Ty.SERIALIZABLE));
        t.witness = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      }
      case USER_BASE -> {
        t.bounds.add(cls(user("Base")));
        t.witness = cls(user(chance(50) ? "Sub" : "Base"));
        user("Sub");
      }
      case ENUM -> {
        t.bounds.add(cls(Ty.ENUM, self));
        t.witness = chance(50) ? cls(user("Color")) : cls(Ty.TIME_UNIT);
      }
      case DEPRECATED -> {
        t.bounds.add(cls(user("Old")));
        t.witness = cls(user("Old"));
      }
      case OTHER_VARIABLE -> {
        List<TVar> candidates = new ArrayList<>();
        for (TVar other : earlier) {
          Bound b = info(other);
          if (b != Bound.STAGE && b != Bound.EXCEPTION && b != Bound.OTHER_VARIABLE) {
            candidates.add(other);
          }
        }
        if (candidates.isEmpty()) {
          return newTVar(name, Bound.NONE, earlier);
        }
        TVar other = pick(candidates);
        t.bounds.add(new Var(other));
        t.witness = other.witness;
      }
      case STAGE -> {
        Ty value = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(user("Val"))));
        t.bounds.add(cls(Ty.STAGE, value));
        t.witness = cls(Ty.STAGE, value);
      }
      case EXCEPTION -> {
        int which = rnd.nextInt(3);
        t.bounds.add(cls(which == 0 ? exception("java.lang.Exception")
            : which == 1 ? exception("java.io.IOException") : exception("java.lang.Throwable")));
        t.witness = cls(which == 1 ? exception("java.io.IOException") : user("Oops"));
      }
    }
    tvarInfo.put(t, bound);
    return t;
  }

  private Bound info(TVar t) {
    return tvarInfo.getOrDefault(t, Bound.NONE);
  }

  private static ClassInfo exception(String name) {
    return new ClassInfo(name, 0, Kind.THROWABLE);
  }

  // ---------------------------------------------------------------------------------------------
  // Super-interfaces

  private void buildHierarchy() {
    if (chance(12)) {
      addJdkSuperInterface();
    }
    int shape = rnd.nextInt(100);
    if (shape < 40) {
      return;
    }
    features.add(Feature.SUPER_INTERFACE);
    if (shape < 62) {
      int length = 1 + rnd.nextInt(3);
      Decl sub = api;
      for (int i = 0; i < length; i++) {
        Decl sup = newSuper(List.of("Mid", "Root", "Top").get(i), true);
        connect(sub, sup);
        sub = sup;
      }
      if (length > 1) {
        features.add(Feature.INHERITANCE_CHAIN);
      }
    } else if (shape < 80) {
      Decl left = newSuper("Left", true);
      Decl right = newSuper("Right", true);
      Decl root = newSuper("Root", true);
      connect(api, left);
      connect(api, right);
      // Root is reached twice, so it must be instantiated the same way both times: with ground
      // type arguments chosen once.
      List<Ty> rootArgs = new ArrayList<>();
      for (TVar t : root.tvars) {
        rootArgs.add(concreteArgument(t));
      }
      left.supers.add(new Edge(root, rootArgs));
      right.supers.add(new Edge(root, rootArgs));
      propagate(left, root);
      features.add(Feature.DIAMOND);
    } else {
      connect(api, newSuper("Left", true));
      connect(api, newSuper("Right", true));
    }
  }

  /**
   * A JDK interface the annotated one extends, read from a class file without parameter names:
   * its method comes first, so that the generated ones steer clear of it.
   */
  private void addJdkSuperInterface() {
    String[] jdk = pick(List.of(
        new String[] {"java.util.function.Supplier", "T", "get", "", ""},
        new String[] {"java.util.concurrent.Callable", "V", "call", "", "java.lang.Exception"},
        new String[] {"java.lang.AutoCloseable", "", "close", "", "java.lang.Exception"},
        new String[] {"java.lang.Comparable", "T", "compareTo", "T", ""},
        new String[] {"java.lang.Runnable", "", "run", "", ""}));
    Decl decl = new Decl(jdk[0].substring(jdk[0].lastIndexOf('.') + 1), jdk[0], false);
    decl.jdk = true;
    if (!jdk[1].isEmpty()) {
      decl.tvars.add(newTVar(jdk[1], Bound.NONE, List.of()));
    }
    decls.add(decl);
    connect(api, decl);
    MethodDecl md = new MethodDecl();
    md.name = jdk[2];
    if (!jdk[3].isEmpty()) {
      md.params.add(new Param("o", new Var(decl.tvars.get(0))));
    }
    md.ret = jdk[2].equals("compareTo") ? Ty.INT : decl.tvars.isEmpty() ? null : new Var(decl.tvars.get(0));
    if (!jdk[4].isEmpty()) {
      md.throwsList.add(cls(exception(jdk[4])));
    }
    decl.methods.add(md);
    effs.add(view(md, decl));
    features.add(Feature.JDK_SUPER_INTERFACE);
  }

  private Decl newSuper(String name, boolean mayBeGeneric) {
    Decl decl = new Decl(name, pkg + "." + name, false);
    decl.isPublic = chance(50);
    decl.deprecated = chance(4);
    if (mayBeGeneric && chance(45)) {
      int count = chance(70) ? 1 : 2;
      for (int i = 0; i < count; i++) {
        decl.tvars.add(newTVar(freshTVarName(names(decl.tvars), name), pick(DECLARATION_BOUNDS), decl.tvars));
      }
      features.add(Feature.GENERIC_SUPER_INTERFACE);
    }
    decls.add(decl);
    return decl;
  }

  /** {@code sub extends sup<...>}: each argument a concrete type or a variable of {@code sub}'s. */
  private void connect(Decl sub, Decl sup) {
    List<Ty> args = new ArrayList<>();
    for (TVar t : sup.tvars) {
      List<TVar> compatible = new ArrayList<>();
      for (TVar candidate : sub.tvars) {
        if (info(candidate) == info(t) && info(t) != Bound.OTHER_VARIABLE) {
          compatible.add(candidate);
        }
      }
      if (!compatible.isEmpty() && chance(60)) {
        args.add(new Var(pick(compatible)));
      } else {
        args.add(concreteArgument(t));
      }
    }
    sub.supers.add(new Edge(sup, args));
    propagate(sub, sup);
  }

  private void propagate(Decl sub, Decl sup) {
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

  /** A concrete type satisfying {@code t}'s bounds: one of its possible witnesses. */
  private Ty concreteArgument(TVar t) {
    return switch (info(t)) {
      case NONE -> pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(user("Val"))));
      case NUMBER, NUMBER_AND_COMPARABLE -> pick(List.of(cls(Ty.INTEGER), cls(Ty.LONG_BOX)));
      case COMPARABLE_SELF, COMPARABLE_SUPER, OBJECT_AND_SERIALIZABLE, SERIALIZABLE ->
          pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER)));
      case CHAR_SEQUENCE, CHAR_SEQUENCE_AND_COMPARABLE -> cls(Ty.STRING);
      case USER_BASE -> cls(user("Sub"));
      case ENUM -> cls(user("Color"));
      case DEPRECATED -> cls(user("Old"));
      default -> t.witness;
    };
  }

  /** The substitution taking {@code sup}'s variables into {@code sub}'s scope, or null. */
  private Map<TVar, Ty> sigmaPath(Decl sub, Decl sup) {
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

  // ---------------------------------------------------------------------------------------------
  // Methods

  private void generateMethods() {
    int count = chance(3) ? 0 : 1 + rnd.nextInt(7);
    if (count == 0) {
      features.add(Feature.EMPTY_INTERFACE);
    }
    for (int i = 0; i < count; i++) {
      Decl home = chooseHome();
      for (int attempt = 0; attempt < 6; attempt++) {
        MethodDecl md = randomMethod(home, pick(METHOD_NAMES));
        if (tryAdd(home, md)) {
          break;
        }
      }
    }
    if (chance(8)) {
      addBoxingOverloads();
    }
    if (chance(10)) {
      addSameMethodFromTwoParents();
    }
    if (chance(12)) {
      addGatherNamedMethod();
    }
    if (chance(7)) {
      addFunctionalOverloadOfFacadeMethod();
    }
    if (chance(8)) {
      addObjectNamedOverload();
    }
  }

  private Decl chooseHome() {
    List<Decl> weighted = new ArrayList<>();
    for (Decl d : decls) {
      if (d.jdk) {
        continue;
      }
      weighted.add(d);
      if (d.isApi) {
        weighted.add(d);
        weighted.add(d);
      }
    }
    return pick(weighted);
  }

  /** Adds {@code md} to {@code home} if it keeps the interfaces legal; false if it would not. */
  private boolean tryAdd(Decl home, MethodDecl md) {
    Eff eff = view(md, home);
    if (!acceptable(eff)) {
      return false;
    }
    if (md.isDefault) {
      md.body = defaultBody(md);
    }
    home.methods.add(md);
    effs.add(eff);
    return true;
  }

  /** Whether {@code eff} can join the methods without a clash. */
  private boolean acceptable(Eff eff) {
    if (isObjectMethodName(eff.decl.name)) {
      return false;
    }
    if (eff.decl.name.equals("of") && !eff.params.isEmpty()
        && eff.params.get(0).type() instanceof Cls c && c.info().canonical().equals(api.canonical)) {
      return false;
    }
    for (Eff other : effs) {
      if (!other.decl.name.equals(eff.decl.name)) {
        continue;
      }
      if (clash(eff, other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isObjectMethodName(String name) {
    return Set.of("toString", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait",
        "clone", "finalize").contains(name);
  }

  /** Whether two methods of one name could not both be declared, or called unambiguously. */
  private boolean clash(Eff a, Eff b) {
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
  private static boolean plain(Eff eff) {
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
  private boolean unrelated(Ty x, Ty y) {
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
  private Set<String> supertypes(String erasure) {
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
        if (erasure.equals(pkg + ".Sub")) {
          all.add(pkg + ".Base");
        } else if (erasure.equals(pkg + ".MyFuture")) {
          all.addAll(Set.of("java.util.concurrent.CompletableFuture",
              "java.util.concurrent.CompletionStage", "java.util.concurrent.Future"));
        } else if (erasure.equals(pkg + ".Color")) {
          all.addAll(Set.of("java.lang.Enum", "java.io.Serializable", "java.lang.Comparable"));
        }
      }
    }
    return all;
  }

  /** {@code md}, declared in {@code home}, as a member of the annotated interface. */
  private Eff view(MethodDecl md, Decl home) {
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
  private List<TVar> copyTVars(List<TVar> tvars, Map<TVar, Ty> map) {
    return copyTVars(tvars, map, null);
  }

  private List<TVar> copyTVars(List<TVar> tvars, Map<TVar, Ty> map, List<String> newNames) {
    List<TVar> copies = new ArrayList<>();
    for (int i = 0; i < tvars.size(); i++) {
      TVar original = tvars.get(i);
      TVar copy = new TVar(newNames == null ? original.name : newNames.get(i));
      tvarInfo.put(copy, info(original));
      map.put(original, new Var(copy));
      copies.add(copy);
    }
    for (int i = 0; i < tvars.size(); i++) {
      TVar original = tvars.get(i);
      TVar copy = copies.get(i);
      for (Ty bound : original.bounds) {
        copy.bounds.add(subst(bound, map));
      }
      if (info(original) == Bound.OTHER_VARIABLE) {
        Ty bound = copy.bounds.get(0);
        copy.witness = bound instanceof Var v ? v.decl().witness : bound;
      } else {
        copy.witness = original.witness;
      }
    }
    return copies;
  }

  /** A random method named {@code name}, in the scope of {@code home}. */
  private MethodDecl randomMethod(Decl home, String name) {
    MethodDecl md = new MethodDecl();
    md.name = name;
    Set<String> taken = home.tvarNames();
    int tvars = chance(62) ? 0 : chance(75) ? 1 : 2;
    List<TVar> scope = new ArrayList<>(home.tvars);
    for (int i = 0; i < tvars; i++) {
      Bound bound;
      int r = rnd.nextInt(100);
      if (r < 12) {
        bound = Bound.STAGE;
      } else if (r < 22) {
        bound = Bound.EXCEPTION;
      } else if (r < 35) {
        bound = Bound.OTHER_VARIABLE;
      } else {
        bound = pick(DECLARATION_BOUNDS);
      }
      String tname = freshTVarName(taken, home.name);
      if (!home.isApi && chance(30) && !api.tvars.isEmpty()) {
        String hiding = pick(api.tvars).name;
        if (!taken.contains(hiding)) {
          tname = hiding; // a method type variable named like the annotated interface's own
        }
      }
      taken.add(tname);
      TVar t = newTVar(tname, bound, scope);
      md.tvars.add(t);
      scope.add(t);
    }
    List<TVar> usable = new ArrayList<>();
    for (TVar t : scope) {
      if (info(t) != Bound.STAGE && info(t) != Bound.EXCEPTION) {
        usable.add(t);
      }
    }
    int params = pick(List.of(0, 1, 1, 1, 2, 2, 2, 3, 3, 4));
    Set<String> paramNames = new HashSet<>();
    for (int i = 0; i < params; i++) {
      Ty type = randomType(Role.PARAM, usable, 0);
      md.params.add(new Param(paramName(paramNames), type, annotatable(type) && chance(12)));
    }
    md.receiver = !home.jdk && chance(3);
    for (TVar t : md.tvars) {
      if (info(t) == Bound.EXCEPTION || info(t) == Bound.STAGE) {
        md.params.add(rnd.nextInt(md.params.size() + 1), new Param(paramName(paramNames), new Var(t)));
      }
    }
    if (!md.params.isEmpty() && chance(18)) {
      int last = md.params.size() - 1;
      Param p = md.params.get(last);
      if (!(p.type() instanceof Var v && (info(v.decl()) == Bound.EXCEPTION || info(v.decl()) == Bound.STAGE))) {
        md.params.set(last, new Param(p.name(), new Arr(p.type())));
        md.varargs = true;
      }
    }
    TVar stageVar = null;
    for (TVar t : md.tvars) {
      if (info(t) == Bound.STAGE) {
        stageVar = t;
      }
    }
    int r = rnd.nextInt(100);
    if (stageVar != null && chance(80)) {
      md.ret = new Var(stageVar);
    } else if (r < 18) {
      md.ret = null;
    } else if (r < 30) {
      md.ret = stageType(usable);
    } else if (!home.isApi && r < 40) {
      // A result a sub-interface can narrow: Object, Number, CharSequence, Collection, Iterable.
      md.ret = pick(List.of(cls(Ty.OBJECT), cls(Ty.NUMBER), cls(Ty.CHAR_SEQUENCE),
          cls(Ty.COLLECTION, cls(Ty.STRING)), cls(Ty.ITERABLE, cls(Ty.INTEGER))));
    } else {
      md.ret = randomType(Role.RETURN, usable, 0);
    }
    int throwsCount = pick(List.of(0, 0, 0, 1, 1, 2));
    List<String> pool =
        new ArrayList<>(List.of("java.io.IOException", "java.util.concurrent.TimeoutException",
            "java.lang.InterruptedException", "java.util.concurrent.ExecutionException",
            "java.lang.Exception", "java.lang.CloneNotSupportedException", "Oops", "Oops",
            "java.lang.Throwable"));
    Collections.shuffle(pool, rnd);
    for (String name1 : pool.subList(0, throwsCount)) {
      md.throwsList.add(cls(name1.contains(".") ? exception(name1) : user(name1)));
    }
    for (TVar t : md.tvars) {
      if (info(t) == Bound.EXCEPTION) {
        md.throwsList.add(new Var(t));
      }
    }
    for (TVar t : home.tvars) {
      if (info(t) == Bound.EXCEPTION && chance(60)) {
        md.throwsList.add(new Var(t)); // the implementation, which knows the type, throws one
        features.add(Feature.INTERFACE_TYPE_VARIABLE_THROWN);
      }
    }
    md.isDefault = chance(20);
    int deprecation = rnd.nextInt(100);
    if (deprecation < 4) {
      md.annotations.add("@java.lang.Deprecated");
    } else if (deprecation < 6) {
      md.annotations.add("@java.lang.Deprecated(forRemoval = true, since = \"1\")");
    } else if (deprecation < 9) {
      md.javadoc = "/** @deprecated use anything else */";
    }
    return md;
  }

  private String paramName(Set<String> taken) {
    for (int attempt = 0; ; attempt++) {
      String name = attempt < 10 ? pick(PARAMETER_NAMES) : "p" + attempt;
      if (taken.add(name)) {
        return name;
      }
    }
  }

  private enum Role {
    PARAM,
    RETURN,
    ARGUMENT,
    COMPONENT
  }

  /** A random type for a parameter, result, type argument or array component. */
  private Ty randomType(Role role, List<TVar> vars, int depth) {
    for (;;) {
      int r = rnd.nextInt(118);
      boolean top = role == Role.PARAM || role == Role.RETURN;
      if (r < 18) {
        if (role == Role.ARGUMENT) {
          continue;
        }
        return pick(PRIMITIVES);
      } else if (r < 28) {
        return cls(Ty.STRING);
      } else if (r < 34) {
        return cls(pick(BOXES));
      } else if (r < 42) {
        if (!shadows.isEmpty() && chance(50)) {
          String shadow = pick(shadows);
          ClassInfo info = userTypes.get(shadow);
          if (info.typeParameters() == 1) {
            if (depth >= 2) {
              continue;
            }
            return cls(info, randomType(Role.ARGUMENT, vars, depth + 1));
          }
          return cls(info);
        }
        return cls(user("Val"));
      } else if (r < 46) {
        if (nestedType != null) {
          return cls(nestedType);
        }
        if (chance(40)) {
          return cls(user("Old.Nested"));
        }
        continue;
      } else if (r < 49) {
        return chance(50) ? cls(user("Color")) : cls(Ty.TIME_UNIT);
      } else if (r < 65) {
        if (vars.isEmpty()) {
          continue;
        }
        return new Var(pick(vars));
      } else if (r < 73) {
        if (depth >= 2) {
          continue;
        }
        return new Arr(randomType(Role.COMPONENT, vars, depth + 1));
      } else if (r < 82) {
        if (depth >= 2) {
          continue;
        }
        return cls(role == Role.PARAM && chance(25) ? pick(List.of(Ty.COLLECTION, Ty.ITERABLE)) : Ty.LIST,
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
        if (chance(30)) {
          return cls(user("Outer.Inner"), typeArgument(vars, depth), typeArgument(vars, depth));
        }
        return cls(user("Box"), typeArgument(vars, depth));
      } else if (r < 97) {
        if (role != Role.PARAM || depth > 0) {
          continue;
        }
        return functionalType(vars);
      } else if (r < 99) {
        if (!top) {
          continue;
        }
        return Ty.raw(chance(50) ? Ty.LIST : user("Box"));
      } else if (r < 102) {
        return cls(user(pick(List.of("Old", "Old", "Gone", "Legacy"))));
      } else if (r < 105) {
        if (role != Role.PARAM || depth > 0) {
          continue;
        }
        return cls(chance(50) ? Ty.STAGE : Ty.FUTURE, typeArgument(vars, depth));
      } else if (r < 109) {
        if (!top) {
          continue;
        }
        return cls(pick(List.of(Ty.OBJECT, Ty.NUMBER, Ty.CHAR_SEQUENCE)));
      } else {
        if (depth >= 2) {
          continue;
        }
        return cls(Ty.LIST, typeArgument(vars, depth));
      }
    }
  }

  /** A type argument: a reference type or a wildcard. */
  private Ty typeArgument(List<TVar> vars, int depth) {
    int r = rnd.nextInt(100);
    if (r < 10) {
      return new Wild(null, false);
    } else if (r < 22) {
      return new Wild(wildcardBound(vars, depth), false);
    } else if (r < 30) {
      return new Wild(wildcardBound(vars, depth), true);
    }
    return randomType(Role.ARGUMENT, vars, depth + 1);
  }

  private Ty wildcardBound(List<TVar> vars, int depth) {
    if (chance(30)) {
      return cls(pick(List.of(Ty.NUMBER, Ty.CHAR_SEQUENCE, Ty.OBJECT)));
    }
    return randomType(Role.ARGUMENT, vars, depth + 1);
  }

  private Ty functionalType(List<TVar> vars) {
    return switch (rnd.nextInt(6)) {
      case 0 -> cls(Ty.RUNNABLE);
      case 1 -> cls(Ty.SUPPLIER, plainArgument(vars));
      case 2 -> cls(Ty.FUNCTION, plainArgument(vars), plainArgument(vars));
      case 3 -> cls(Ty.CONSUMER, plainArgument(vars));
      case 4 -> cls(Ty.JDK_EXECUTOR);
      default -> cls(user("Fn"));
    };
  }

  /** A type argument without wildcards or functional types, for functional interfaces. */
  private Ty plainArgument(List<TVar> vars) {
    if (!vars.isEmpty() && chance(35)) {
      return new Var(pick(vars));
    }
    return pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(user("Val")), cls(Ty.LIST, cls(Ty.STRING))));
  }

  /** A {@code CompletionStage}-like result type. */
  private Ty stageType(List<TVar> vars) {
    Ty value;
    int r = rnd.nextInt(100);
    if (r < 10) {
      value = new Wild(null, false);
    } else if (r < 20) {
      value = new Wild(cls(pick(List.of(Ty.NUMBER, Ty.CHAR_SEQUENCE, Ty.OBJECT))), false);
    } else if (r < 25) {
      value = new Wild(cls(Ty.INTEGER), true);
    } else if (r < 30) {
      value = cls(Ty.STAGE, cls(Ty.STRING));
      features.add(Feature.NESTED_STAGE_RETURN);
    } else if (r < 37) {
      value = cls(VOID);
    } else {
      value = randomType(Role.ARGUMENT, vars, 1);
    }
    int which = rnd.nextInt(10);
    if (which < 5) {
      return cls(Ty.STAGE, value);
    } else if (which < 8) {
      return cls(Ty.FUTURE, value);
    }
    return cls(user("MyFuture"), value);
  }

  private void addBoxingOverloads() {
    Decl home = chooseHome();
    String name = pick(List.of("find", "load", "put", "size"));
    List<Ty> types = new ArrayList<>(List.of(Ty.INT, cls(Ty.INTEGER), Ty.LONG, cls(Ty.LONG_BOX),
        cls(Ty.STRING), cls(Ty.OBJECT)));
    Collections.shuffle(types, rnd);
    int added = 0;
    for (Ty type : types.subList(0, 2 + rnd.nextInt(3))) {
      MethodDecl md = randomMethod(home, name);
      md.tvars.clear();
      md.varargs = false;
      md.params.clear();
      md.params.add(new Param("v", type));
      if (md.ret != null && !Ty.isGround(md.ret)) {
        md.ret = cls(Ty.STRING);
      }
      md.throwsList.removeIf(t -> !Ty.isGround(t));
      if (tryAdd(home, md)) {
        added++;
      }
    }
    if (added > 1) {
      features.add(Feature.OVERLOAD_PRIMITIVE_AND_BOX);
    }
  }

  /** The same signature declared in two unrelated super-interfaces, one return more specific. */
  private void addSameMethodFromTwoParents() {
    Decl left = null;
    Decl right = null;
    for (Decl d : decls) {
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
    MethodDecl md = randomMethod(noScope, pick(METHOD_NAMES));
    md.isDefault = false;
    md.varargs = md.varargs && chance(50); // or else its last parameter is a plain array
    Ty general = md.ret;
    Ty specific = covariant(general);
    boolean leftGeneral = chance(50);
    md.ret = leftGeneral ? general : specific;
    MethodDecl twin = copyForOverride(md, new HashMap<>(), right, leftGeneral ? specific : general, true);
    Eff eff = leftGeneral ? view(twin, right) : view(md, left);
    if (!acceptable(eff)) {
      return;
    }
    left.methods.add(md);
    right.methods.add(twin);
    effs.add(eff);
    features.add(Feature.SAME_METHOD_FROM_TWO_PARENTS);
    if (general != null && !general.equals(specific)) {
      features.add(Feature.COVARIANT_OVERRIDE);
    }
  }

  /** A subtype of {@code type} that an override may return, or {@code type} itself. */
  private Ty covariant(Ty type) {
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

  /**
   * {@code md} redeclared in {@code into}, whose scope {@code sigma} maps to: its type variables
   * perhaps renamed, returning {@code ret}, throwing the same or fewer exceptions.
   */
  private MethodDecl copyForOverride(MethodDecl md, Map<TVar, Ty> sigma, Decl into, Ty ret,
      boolean sameThrows) {
    Map<TVar, Ty> map = new HashMap<>(sigma);
    List<String> names = new ArrayList<>();
    Set<String> taken = into.tvarNames();
    boolean renamed = false;
    for (TVar t : md.tvars) {
      String name = t.name;
      if (taken.contains(name) || chance(40)) {
        name = freshTVarName(taken, into.name);
        renamed |= !name.equals(t.name);
      }
      taken.add(name);
      names.add(name);
    }
    if (renamed) {
      features.add(Feature.OVERRIDE_RENAMES_TYPE_VARIABLES);
    }
    MethodDecl copy = new MethodDecl();
    copy.name = md.name;
    copy.tvars = copyTVars(md.tvars, map, names);
    Set<String> paramNames = new HashSet<>();
    for (Param p : md.params) {
      String name = chance(70) ? p.name() : paramName(paramNames);
      if (!paramNames.add(name)) {
        name = paramName(paramNames);
      }
      copy.params.add(new Param(name, subst(p.type(), map),
          p.annotated() != chance(25) && annotatable(p.type())));
    }
    Map<TVar, Ty> retMap = new HashMap<>(map);
    copy.ret = subst(ret, retMap);
    copy.varargs = md.varargs;
    for (Ty t : md.throwsList) {
      if (sameThrows || !(t instanceof Cls) || chance(60)) {
        copy.throwsList.add(subst(t, map));
      }
    }
    copy.isDefault = md.isDefault;
    return copy;
  }

  /** A method named {@code gatherFoo}, where {@code foo} is a one-parameter method. */
  private void addGatherNamedMethod() {
    List<Eff> oneParameter = new ArrayList<>();
    for (Eff eff : effs) {
      if (eff.params.size() == 1) {
        oneParameter.add(eff);
      }
    }
    if (oneParameter.isEmpty()) {
      return;
    }
    Eff target = pick(oneParameter);
    String name = "gather" + Character.toUpperCase(target.decl.name.charAt(0)) + target.decl.name.substring(1);
    MethodDecl md = randomMethod(api, name);
    md.tvars.clear();
    md.varargs = false;
    md.params.clear();
    Ty element = pick(List.of(cls(Ty.STRING), cls(Ty.INTEGER), cls(user("Val"))));
    Ty param = switch (rnd.nextInt(6)) {
      case 0 -> cls(Ty.COLLECTION, element);
      case 1 -> cls(Ty.LIST, element);
      case 2 -> cls(Ty.ITERABLE, element);
      case 3 -> Ty.INT;
      case 4 -> cls(Ty.STRING);
      default -> cls(Ty.OBJECT);
    };
    md.params.add(new Param("items", param));
    if (chance(30)) {
      md.params.add(new Param("limit", Ty.INT));
    }
    if (md.ret != null && !Ty.isGround(md.ret)) {
      md.ret = cls(Ty.STRING);
    }
    md.throwsList.removeIf(t -> !Ty.isGround(t));
    if (tryAdd(api, md)) {
      features.add(Feature.METHOD_NAMED_GATHER);
    }
  }

  /** {@code of(x, Function)} or {@code withOptions(Function)}: overloads of the facade's own. */
  private void addFunctionalOverloadOfFacadeMethod() {
    MethodDecl md = randomMethod(api, chance(60) ? "of" : "withOptions");
    md.tvars.clear();
    md.varargs = false;
    md.params.clear();
    Ty functional = pick(List.of(cls(Ty.FUNCTION, cls(Ty.STRING), cls(Ty.INTEGER)),
        cls(Ty.CONSUMER, cls(Ty.STRING)), cls(user("Fn")), cls(Ty.SUPPLIER, cls(Ty.STRING))));
    if (md.name.equals("of")) {
      if (chance(50)) {
        md.params.add(new Param("delegate", cls(user("Val"))));
      }
      md.params.add(new Param("executor", functional));
    } else {
      md.params.add(new Param("change", functional));
    }
    if (md.ret != null && !Ty.isGround(md.ret)) {
      md.ret = cls(Ty.STRING);
    }
    md.throwsList.removeIf(t -> !Ty.isGround(t));
    tryAdd(api, md);
  }

  /** {@code toString(int)}, {@code hashCode(long)}...: named like methods of Object, but not. */
  private void addObjectNamedOverload() {
    Decl home = chooseHome();
    String[][] shapes = {
      {"toString", "int"}, {"hashCode", "long"}, {"equals", "Val"}, {"clone", "int"},
      {"notify", "String"}, {"wait", "String"}
    };
    String[] shape = shapes[rnd.nextInt(shapes.length)];
    MethodDecl md = randomMethod(home, shape[0]);
    md.tvars.clear();
    md.varargs = false;
    md.params.clear();
    md.params.add(new Param("x", switch (shape[1]) {
      case "int" -> Ty.INT;
      case "long" -> Ty.LONG;
      case "Val" -> cls(user("Val"));
      default -> cls(Ty.STRING);
    }));
    if (md.ret != null && !Ty.isGround(md.ret)) {
      md.ret = cls(Ty.STRING);
    }
    md.throwsList.removeIf(t -> !Ty.isGround(t));
    Eff eff = view(md, home);
    for (Eff other : effs) {
      if (other.decl.name.equals(md.name)) {
        return;
      }
    }
    if (md.isDefault) {
      md.body = defaultBody(md);
    }
    home.methods.add(md);
    effs.add(eff);
    features.add(Feature.OBJECT_METHOD_NAME_OVERLOADED);
  }

  /** Redeclares some inherited methods in a sub-interface: covariantly, renamed, (re)abstracted. */
  private void addOverrides() {
    for (int i = 0; i < effs.size(); i++) {
      Eff eff = effs.get(i);
      if (eff.home.isApi || eff.overridden || chance(35)) {
        continue;
      }
      List<Decl> candidates = new ArrayList<>();
      for (Decl d : decls) {
        if (d != eff.home && sigmaPath(d, eff.home) != null && !d.methods.contains(eff.decl)) {
          candidates.add(d);
        }
      }
      // Only where every path from the annotated interface to the home passes through the new
      // declaration, or the annotated interface itself: otherwise two inherited declarations
      // would meet, which the generator leaves to addSameMethodFromTwoParents.
      candidates.removeIf(d -> !d.isApi && !dominates(d, eff.home));
      if (candidates.isEmpty()) {
        continue;
      }
      Decl into = pick(candidates);
      Ty ret = chance(50) ? covariant(eff.decl.ret) : eff.decl.ret;
      MethodDecl copy = copyForOverride(eff.decl, sigmaPath(into, eff.home), into, ret, false);
      if (ret != null && !ret.equals(eff.decl.ret)) {
        features.add(Feature.COVARIANT_OVERRIDE);
      }
      if (chance(eff.decl.isDefault ? 70 : 35)) {
        copy.isDefault = !eff.decl.isDefault;
        features.add(copy.isDefault ? Feature.ABSTRACT_MADE_DEFAULT : Feature.DEFAULT_REABSTRACTED);
      }
      Eff replacement = view(copy, into);
      replacement.overridden = true;
      if (copy.isDefault) {
        copy.body = defaultBody(copy);
      }
      into.methods.add(copy);
      effs.set(i, replacement);
    }
  }

  /** Whether every path from the annotated interface to {@code target} passes through {@code d}. */
  private boolean dominates(Decl d, Decl target) {
    return !reachableAvoiding(api, target, d);
  }

  private boolean reachableAvoiding(Decl from, Decl target, Decl avoid) {
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

  /** Static, private and redeclared Object methods: none of them belongs in the facade. */
  private void addNonWrappedMembers() {
    List<Decl> written = decls.stream().filter(d -> !d.jdk).toList();
    Set<String> names = new HashSet<>();
    for (Eff eff : effs) {
      names.add(eff.decl.name);
    }
    if (chance(12)) {
      Decl d = pick(written);
      String name = names.contains("of") ? "helper" : pick(List.of("helper", "of", "create"));
      d.members.add("  static int " + name + "(int x) {\n    return x + 1;\n  }\n");
      features.add(Feature.STATIC_METHOD_NOT_WRAPPED);
    }
    if (chance(10)) {
      Decl d = pick(written);
      d.members.add("  private java.lang.String secretHelper(java.lang.String x) {\n    return x;\n  }\n");
      features.add(Feature.PRIVATE_METHOD_NOT_WRAPPED);
    }
    if (chance(12)) {
      Decl d = pick(written);
      switch (rnd.nextInt(4)) {
        case 0 -> d.members.add("  @java.lang.Override\n  java.lang.String toString();\n");
        case 1 -> d.members.add("  @java.lang.Override\n  boolean equals(java.lang.Object other);\n");
        case 2 -> d.members.add("  @java.lang.Override\n  int hashCode();\n");
        default -> {
          d.members.add("  java.lang.Object clone() throws java.lang.CloneNotSupportedException;\n");
          cloneRedeclared = true;
        }
      }
      features.add(Feature.OBJECT_METHOD_REDECLARED);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Features of the finished shape

  private void recordShapeFeatures() {
    int abstractCount = 0;
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Set<Integer>> arities = new HashMap<>();
    for (Eff eff : effs) {
      if (!eff.isDefault) {
        abstractCount++;
      } else {
        features.add(Feature.DEFAULT_METHOD);
      }
      byName.merge(eff.decl.name, 1, Integer::sum);
      arities.computeIfAbsent(eff.decl.name, n -> new HashSet<>()).add(eff.params.size());
      if (!eff.tvars.isEmpty()) {
        features.add(Feature.METHOD_TYPE_PARAMETER);
      }
      for (TVar t : eff.tvars) {
        if (!t.bounds.isEmpty()) {
          features.add(Feature.BOUNDED_TYPE_PARAMETER);
        }
        for (TVar a : api.tvars) {
          if (a.name.equals(t.name)) {
            features.add(Feature.METHOD_TYPE_VARIABLE_HIDING_INTERFACE_ONE);
          }
        }
      }
      if (eff.varargs) {
        features.add(Feature.VARARGS);
        Ty component = ((Arr) eff.params.get(eff.params.size() - 1).type()).component();
        if (!Ty.isReifiable(component)) {
          features.add(Feature.GENERIC_VARARGS);
        }
      }
      for (Param p : eff.params) {
        typeFeatures(p.type(), true);
        if (GENERATED_CODE_NAMES.contains(p.name())) {
          features.add(Feature.PARAMETER_NAMED_LIKE_GENERATED_CODE);
        }
      }
      if (eff.ret == null) {
        features.add(Feature.VOID_RETURN);
      } else {
        typeFeatures(eff.ret, false);
      }
      for (Ty t : eff.throwsList) {
        features.add(Feature.CHECKED_EXCEPTION);
        if (t instanceof Var) {
          features.add(Feature.GENERIC_THROWS);
        } else if (((Cls) t).info().canonical().equals("java.lang.Throwable")) {
          features.add(Feature.THROWS_THROWABLE);
        } else if (((Cls) t).info().canonical().startsWith(pkg)) {
          features.add(Feature.USER_CHECKED_EXCEPTION);
        }
      }
      switch (eff.decl.name) {
        case "of" -> features.add(Feature.METHOD_NAMED_OF);
        case "withOptions" -> features.add(Feature.METHOD_NAMED_WITH_OPTIONS);
        case "run", "call", "callStage" -> features.add(Feature.METHOD_NAMED_RUN_OR_CALL);
        default -> {}
      }
      for (String annotation : eff.decl.annotations) {
        features.add(annotation.contains("forRemoval") ? Feature.DEPRECATED_FOR_REMOVAL_METHOD
            : Feature.DEPRECATED_METHOD);
      }
      if (eff.decl.javadoc != null) {
        features.add(Feature.JAVADOC_DEPRECATED_METHOD);
      }
    }
    for (TVar t : allDeclaredTVars()) {
      switch (info(t)) {
        case COMPARABLE_SELF, COMPARABLE_SUPER -> features.add(Feature.RECURSIVE_BOUND);
        case NUMBER_AND_COMPARABLE, CHAR_SEQUENCE_AND_COMPARABLE -> {
          features.add(Feature.INTERSECTION_BOUND);
          features.add(Feature.RECURSIVE_BOUND);
        }
        case OBJECT_AND_SERIALIZABLE -> features.add(Feature.OBJECT_FIRST_INTERSECTION_BOUND);
        case OTHER_VARIABLE -> features.add(Feature.TYPE_VARIABLE_BOUND);
        case ENUM -> features.add(Feature.ENUM_BOUND);
        case DEPRECATED -> features.add(Feature.DEPRECATED_TYPE_IN_SIGNATURE);
        default -> {}
      }
    }
    for (Map.Entry<String, Integer> entry : byName.entrySet()) {
      if (entry.getValue() > 1) {
        if (arities.get(entry.getKey()).size() > 1) {
          features.add(Feature.OVERLOAD_BY_ARITY);
        }
        if (arities.get(entry.getKey()).size() < entry.getValue()) {
          features.add(Feature.OVERLOAD_SAME_ARITY);
        }
      }
    }
    if (abstractCount == 1 && !cloneRedeclared) {
      features.add(Feature.FUNCTIONAL_INTERFACE_ITSELF);
    }
    if (nestedType != null && usesType(nestedType)) {
      features.add(Feature.NESTED_TYPE_IN_SIGNATURE);
    }
  }

  private List<TVar> allDeclaredTVars() {
    List<TVar> all = new ArrayList<>();
    for (Decl d : decls) {
      all.addAll(d.tvars);
      for (MethodDecl md : d.methods) {
        all.addAll(md.tvars);
      }
    }
    return all;
  }

  private boolean usesType(ClassInfo info) {
    for (Eff eff : effs) {
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

  private void typeFeatures(Ty type, boolean parameter) {
    if (type instanceof Prim) {
      features.add(parameter ? Feature.PRIMITIVE_PARAMETER : Feature.PRIMITIVE_RETURN);
    } else if (type instanceof Arr a) {
      features.add(Feature.ARRAY);
      if (a.component() instanceof Prim) {
        features.add(Feature.PRIMITIVE_ARRAY);
      } else if (a.component() instanceof Arr) {
        features.add(Feature.MULTI_DIMENSIONAL_ARRAY);
      } else if (!Ty.isReifiable(a.component())) {
        features.add(Feature.GENERIC_ARRAY);
      }
      typeFeatures(a.component(), parameter);
    } else if (type instanceof Wild w) {
      features.add(w.bound() == null ? Feature.UNBOUNDED_WILDCARD
          : w.isSuper() ? Feature.WILDCARD_SUPER : Feature.WILDCARD_EXTENDS);
      if (w.bound() != null) {
        typeFeatures(w.bound(), parameter);
      }
    } else if (type instanceof Cls c) {
      String name = c.info().canonical();
      if (c.raw()) {
        features.add(Feature.RAW_TYPE);
      }
      switch (c.info().kind()) {
        case FUNCTIONAL -> features.add(Feature.FUNCTIONAL_PARAMETER);
        case ENUM -> features.add(Feature.ENUM_VALUE);
        case INNER -> features.add(Feature.INNER_CLASS_OF_GENERIC_CLASS);
        case CONTAINER -> {
          if (name.startsWith("java.")) {
            features.add(Feature.LIST_MAP_OPTIONAL);
          } else {
            features.add(Feature.GENERIC_USER_TYPE);
          }
        }
        case STAGE -> {
          if (parameter) {
            features.add(Feature.STAGE_PARAMETER);
          } else if (name.equals(Ty.STAGE.canonical())) {
            features.add(Feature.COMPLETION_STAGE_RETURN);
          } else if (name.equals(Ty.FUTURE.canonical())) {
            features.add(Feature.COMPLETABLE_FUTURE_RETURN);
          } else {
            features.add(Feature.STAGE_SUBCLASS_RETURN);
          }
          if (!parameter && !c.args().isEmpty() && c.args().get(0) instanceof Wild) {
            features.add(Feature.STAGE_WILDCARD_RETURN);
          }
        }
        case VALUE -> {
          if (name.startsWith("java.lang.")) {
            features.add(Feature.STRING_AND_BOXES);
          } else {
            features.add(Feature.USER_VALUE_TYPE);
          }
        }
        default -> {}
      }
      if (name.equals(pkg + ".Old") || name.equals(pkg + ".Gone")) {
        features.add(name.endsWith("Gone") ? Feature.FOR_REMOVAL_TYPE_IN_SIGNATURE
            : Feature.DEPRECATED_TYPE_IN_SIGNATURE);
      }
      if (name.equals(pkg + ".Legacy")) {
        features.add(Feature.JAVADOC_DEPRECATED_TYPE);
      }
      if (name.equals(pkg + ".Old.Nested")) {
        features.add(Feature.DEPRECATED_OUTER_OF_NESTED_TYPE);
      }
      for (String shadow : shadows) {
        if (name.equals(pkg + "." + shadow)) {
          features.add(Feature.SHADOWING_TYPE_USED);
        }
      }
      for (Ty arg : c.args()) {
        typeFeatures(arg, parameter);
      }
    } else if (type instanceof Var v) {
      if (!parameter && info(v.decl()) == Bound.STAGE) {
        features.add(Feature.STAGE_TYPE_VARIABLE_RETURN);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values and bodies

  /** How a value of a type variable can be had in a method body: from its parameters. */
  private String fromParams(Ty type, List<Param> params, String seed) {
    for (Param p : params) {
      if (p.type().equals(type)) {
        return p.name();
      }
    }
    if (type instanceof Var v) {
      for (Param p : params) {
        if (p.type() instanceof Arr a && a.component().equals(type)) {
          return MIX + ".pick(" + p.name() + ", " + seed + ")";
        }
        if (p.type() instanceof Cls c && c.info() == Ty.LIST && c.args().size() == 1
            && (c.args().get(0).equals(type)
                || c.args().get(0) instanceof Wild w && !w.isSuper() && type.equals(w.bound()))) {
          return MIX + ".<" + v.decl().name + ">pick(" + p.name() + ", " + seed + ")";
        }
      }
    }
    return null;
  }

  /** The concrete type to make a value of, for a type argument that may be a wildcard. */
  private static Ty concretize(Ty argument) {
    if (argument instanceof Wild w) {
      return w.bound() == null ? cls(Ty.STRING) : w.bound();
    }
    return argument;
  }

  /**
   * A Java expression of type {@code type}, derived from the long expression {@code seed}; in a
   * method body, values of type variables come from {@code params} or are {@code null}.
   */
  private String value(Ty type, String seed, List<Param> params, boolean harness, int depth) {
    String s = "(" + seed + ")";
    if (type instanceof Prim p) {
      return switch (p.name()) {
        case "int" -> "(int) " + s;
        case "long" -> s;
        case "boolean" -> "((" + s + " & 1L) == 0L)";
        case "byte" -> "(byte) " + s;
        case "short" -> "(short) " + s;
        case "char" -> "(char) ('a' + java.lang.Math.floorMod(" + s + ", 26L))";
        case "float" -> MIX + ".flt(" + s + ")";
        default -> MIX + ".dbl(" + s + ")";
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
      return arrayValue(a, s, params, harness, depth, harness ? rnd.nextInt(4) : 2);
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
        return MIX + ".pick(java.util.concurrent.TimeUnit.values(), " + s + ")";
      case "java.lang.Runnable":
        return "() -> {}";
      case "java.util.function.Supplier":
        return "() -> " + value(c.args().get(0), seed + " + 7L", null, harness, depth + 1);
      case "java.util.function.Function":
        return "x -> " + value(c.args().get(1), MIX + ".h(x)", null, harness, depth + 1);
      case "java.util.function.Consumer":
        return "x -> {}";
      case "java.util.concurrent.Executor":
        return "r -> r.run()";
      default:
        break;
    }
    if (name.equals(pkg + ".Color")) {
      return MIX + ".pick(" + name + ".values(), " + s + ")";
    }
    if (name.equals(pkg + ".Fn")) {
      return "x -> \"fn\" + x";
    }
    if (name.equals(pkg + ".MyFuture")) {
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

  private String arrayValue(Arr a, String s, List<Param> params, boolean harness, int depth, int length) {
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
  private static Ty wildcarded(Ty type) {
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
  private String hashInput(Param p, List<Param> params) {
    if (p.type() instanceof Cls c && c.info().kind() == Kind.FUNCTIONAL) {
      String n = p.name();
      return switch (c.info().canonical()) {
        case "java.lang.Runnable" -> MIX + ".run(" + n + ")";
        case "java.util.function.Supplier" -> "(" + n + " == null ? null : " + n + ".get())";
        case "java.util.function.Function" -> "(" + n + " == null ? null : " + n + ".apply("
            + value(c.args().get(0), "5L", params, false, 1) + "))";
        case "java.util.function.Consumer" -> MIX + ".<" + render(c.args().get(0)) + ">accept(" + n
            + ", " + value(c.args().get(0), "6L", params, false, 1) + ")";
        case "java.util.concurrent.Executor" -> MIX + ".execute(" + n + ")";
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
  private String defaultBody(MethodDecl md) {
    return body(md.name, md.params, md.ret, md.throwsList, false);
  }

  private String body(String name, List<Param> params, Ty ret, List<Ty> throwsList, boolean recording) {
    StringBuilder body = new StringBuilder();
    List<String> inputs = new ArrayList<>();
    inputs.add((rnd.nextInt(1 << 16)) + "L");
    for (Param p : params) {
      inputs.add(hashInput(p, params));
    }
    int k = 2 + rnd.nextInt(3);
    body.append("    final long $h = ").append(MIX).append(".h(").append(String.join(", ", inputs)).append(");\n");
    body.append("    if (").append(MIX).append(".hit($h, ").append(k).append(")) {\n");
    body.append("      ").append(throwStatement(name, params, throwsList, recording)).append("\n");
    body.append("    }\n");
    if (ret == null) {
      return body.toString();
    }
    Ty stageValue = stageValueForBody(ret);
    if (stageValue == null) {
      String value = chance(6) && !(ret instanceof Prim) ? "null" : value(ret, "$h", params, false, 0);
      if (value.equals("null")) {
        features.add(Feature.NULL_RESULT);
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
      if (from == null || chance(10)) {
        features.add(Feature.STAGE_NULL);
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
    boolean myFuture = stage.info().canonical().equals(pkg + ".MyFuture");
    String cf = "java.util.concurrent.CompletableFuture";
    int r = rnd.nextInt(100);
    String exception = exceptionExpression(name, params, List.of(), recording, true);
    String result;
    if (r < 8) {
      result = "null";
      features.add(Feature.STAGE_NULL);
    } else if (r < 20) {
      result = myFuture ? stage.info().canonical() + ".<" + vt + ">failed(" + exception + ")"
          : cf + ".<" + vt + ">failedFuture(" + exception + ")";
      features.add(Feature.STAGE_FAILED);
    } else if (r < 27 && !myFuture) {
      result = cf + ".<" + vt + ">failedFuture(" + exception + ").thenApply(java.util.function.Function.<" + vt + ">identity())";
      features.add(Feature.STAGE_FAILED_WRAPPED);
    } else if (r < 40 && !myFuture) {
      result = cf + ".<" + vt + ">supplyAsync(() -> $v)";
      features.add(Feature.STAGE_COMPLETED_LATER);
    } else if (r < 48 && stage.info() == Ty.STAGE) {
      result = cf + ".<" + vt + ">completedFuture($v).minimalCompletionStage()";
    } else {
      result = myFuture ? stage.info().canonical() + ".<" + vt + ">done($v)" : cf + ".<" + vt + ">completedFuture($v)";
    }
    body.append("    return ").append(result).append(";\n");
    return body.toString();
  }

  /** The value type inside a stage-returning method's result, for the body to make; or null. */
  private Ty stageValueForBody(Ty ret) {
    if (ret instanceof Var v && info(v.decl()) == Bound.STAGE) {
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

  private String throwStatement(String name, List<Param> params, List<Ty> throwsList, boolean recording) {
    int r = rnd.nextInt(100);
    if (r < 4) {
      features.add(Feature.JVM_THROWN_EXCEPTION);
      return MIX + ".divideByZero($h);";
    }
    if (r < 7) {
      features.add(Feature.JVM_THROWN_EXCEPTION);
      return MIX + ".dereference(null);";
    }
    for (Ty t : throwsList) {
      if (t instanceof Var v && chance(70)) {
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
  private String exceptionExpression(String name, List<Param> params, List<Ty> throwsList,
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
        features.add(Feature.CHECKED_EXCEPTION);
        return "new java.io.IOException(" + message + ")";
      });
    }
    options.add(() -> "new java.lang.IllegalStateException(" + message + ")");
    options.add(() -> {
      features.add(Feature.EXCEPTION_WITH_CAUSE);
      return "new java.lang.IllegalArgumentException(" + message + ", new java.io.IOException(\"cause\"))";
    });
    options.add(() -> {
      features.add(Feature.EXCEPTION_WITHOUT_MESSAGE);
      return "new java.lang.UnsupportedOperationException()";
    });
    options.add(() -> {
      features.add(Feature.EXCEPTION_WITH_CAUSE);
      return "new java.io.UncheckedIOException(" + message + ", new java.io.IOException(\"inner\"))";
    });
    options.add(() -> "new " + user("Boom").canonical() + "(" + message + ")");
    options.add(() -> {
      features.add(Feature.CANCELLATION_THROWN);
      return "new java.util.concurrent.CancellationException(" + message + ")";
    });
    options.add(() -> {
      features.add(Feature.ERROR_THROWN);
      return chance(50) ? "new java.lang.AssertionError(" + message + ")"
          : "new " + user("Fail").canonical() + "(" + message + ")";
    });
    options.add(() -> {
      // CompletableFuture reports a stored CompletionException's cause: the facade must keep
      // the call's own one as the cause all the same.
      features.add(Feature.COMPLETION_EXCEPTION_THROWN);
      return "new java.util.concurrent.CompletionException(" + message
          + ", new java.io.IOException(\"wrapped\"))";
    });
    String created = pick(options).get();
    if (!created.contains("IllegalStateException") && !created.contains("Boom")) {
      features.add(Feature.UNCHECKED_EXCEPTION);
    }
    return recording ? "this.$check.thrown(" + created + ")" : created;
  }

  private String newDeclared(String canonical, String message) {
    features.add(Feature.CHECKED_EXCEPTION);
    boolean sub = chance(35);
    switch (canonical) {
      case "java.io.IOException":
        if (sub) {
          features.add(Feature.EXCEPTION_SUBCLASS_THROWN);
          return "new java.io.FileNotFoundException(" + message + ")";
        }
        return "new java.io.IOException(" + message + ")";
      case "java.util.concurrent.ExecutionException":
        features.add(Feature.EXCEPTION_WITH_CAUSE);
        return "new java.util.concurrent.ExecutionException(" + message + ", new java.io.IOException(\"cause\"))";
      case "java.lang.Exception":
        if (sub) {
          features.add(Feature.EXCEPTION_SUBCLASS_THROWN);
          return "new " + user("Oops").canonical() + "(" + message + ")";
        }
        return "new java.lang.Exception(" + message + ")";
      case "java.lang.Throwable":
        return sub ? "new " + user("Fail").canonical() + "(" + message + ")" : "new java.lang.Throwable(" + message + ")";
      default:
        if (canonical.equals(pkg + ".Oops") && sub) {
          features.add(Feature.EXCEPTION_SUBCLASS_THROWN);
          return "new " + user("OopsSub").canonical() + "(" + message + ")";
        }
        return "new " + canonical + "(" + message + ")";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sources

  private void writeDeclarations(Map<String, String> sources) {
    String annotation = asyncAnnotation();
    boolean viaOf = annotation.startsWith("@dev.asyncgen.Async.Of");
    for (Decl d : decls) {
      if (d.isApi && holderName != null || d.jdk) {
        continue;
      }
      StringBuilder source = new StringBuilder(header());
      if (d.javadocDeprecated) {
        source.append(JAVADOC_DEPRECATED);
      }
      if (d.isApi && !viaOf) {
        source.append(annotation).append("\n");
      } else if (!d.isApi && chance(6)) {
        source.append("@dev.asyncgen.Async\n"); // a second facade, compiled but not called
        features.add(Feature.SECOND_FACADE_IN_HIERARCHY);
      }
      source.append(declaration(d, "", null));
      sources.put(d.canonical, source.toString());
    }
    if (holderName != null) {
      StringBuilder source = new StringBuilder(header());
      if (viaOf) {
        source.append(annotation).append("\n");
      }
      source.append(SUPPRESS + "\n");
      if (holderDeprecated) {
        source.append("@java.lang.Deprecated\n");
      }
      source.append("public ").append(holderIsInterface ? "interface " : "class ").append(holderName).append(" {\n\n");
      if (api.javadocDeprecated) {
        source.append("  ").append(JAVADOC_DEPRECATED);
      }
      if (!viaOf) {
        source.append("  ").append(annotation).append("\n");
      }
      String modifiers = holderIsInterface ? "" : pick(List.of("public ", "", "protected ", "static "));
      source.append(declaration(api, "  ", modifiers));
      source.append("}\n");
      sources.put(pkg + "." + holderName, source.toString());
    } else if (viaOf && !api.deprecated && !api.javadocDeprecated && chance(35)) {
      // Not for a deprecated interface: naming it in a package annotation warns, and a package
      // cannot carry @SuppressWarnings.
      sources.put(pkg + ".package-info", annotation + "\npackage " + pkg + ";\n");
      features.add(Feature.ASYNC_OF_ON_PACKAGE);
    } else if (viaOf) {
      sources.put(pkg + ".OfHolder", header() + annotation + "\n" + SUPPRESS + "\nfinal class OfHolder {}\n");
    }
  }

  private String asyncAnnotation() {
    List<String> attributes = new ArrayList<>();
    boolean viaOf = chance(15);
    if (viaOf) {
      features.add(Feature.ASYNC_OF);
      attributes.add("value = " + api.canonical + ".class");
    }
    if (chance(12)) {
      facadeSimpleName = pick(List.of("Quick", "FastApi", "Futures"));
      attributes.add("name = \"" + facadeSimpleName + "\"");
      features.add(Feature.ASYNC_NAME);
    }
    if (chance(12)) {
      attributes.add("timeout = \"" + pick(List.of("30s", "PT1M", "45000ms", "2m")) + "\"");
      features.add(Feature.ASYNC_TIMEOUT);
    }
    String name = viaOf ? "@dev.asyncgen.Async.Of" : "@dev.asyncgen.Async";
    return attributes.isEmpty() ? name : name + "(" + String.join(", ", attributes) + ")";
  }

  private String declaration(Decl d, String indent, String modifiers) {
    StringBuilder source = new StringBuilder();
    source.append(indent).append(SUPPRESS + "\n");
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
        features.add(Feature.RECEIVER_PARAMETER);
      }
      for (Param p : md.params) {
        if (p.annotated()) {
          features.add(Feature.TYPE_ANNOTATED_PARAMETER);
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

  private String signature(String name, List<TVar> tvars, List<Param> params, Ty ret,
      boolean varargs, List<Ty> throwsList) {
    return signature(name, tvars, params, ret, varargs, throwsList, null);
  }

  /** The declaration of a method; {@code receiver}, if not null, is its receiver parameter's type. */
  private String signature(String name, List<TVar> tvars, List<Param> params, Ty ret,
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
  private static boolean annotatable(Ty type) {
    if (type instanceof Arr a) {
      return annotatable(a.component());
    }
    return type instanceof Prim || type instanceof Var
        || type instanceof Cls c && c.info().kind() != Kind.INNER;
  }

  /** {@code type} with the user's type-use annotation: {@code java.lang.@Nullable String}. */
  private String annotatedRender(Ty type) {
    String annotation = "@" + user("Nullable").canonical() + " ";
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

  /** The instantiation of the annotated interface the harness uses: each variable's witness. */
  private Map<TVar, Ty> omega() {
    Map<TVar, Ty> omega = new HashMap<>();
    for (TVar t : api.tvars) {
      omega.put(t, t.witness);
    }
    return omega;
  }

  private String apiType() {
    List<String> args = new ArrayList<>();
    for (TVar t : api.tvars) {
      args.add(render(t.witness));
    }
    return api.canonical + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
  }

  private String facadeType() {
    List<String> args = new ArrayList<>();
    for (TVar t : api.tvars) {
      args.add(render(t.witness));
    }
    return pkg + "." + facadeSimpleName + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
  }

  private String implementation() {
    StringBuilder source = new StringBuilder(header());
    source.append(SUPPRESS + "\n");
    source.append("final class SyncImpl implements ").append(apiType()).append(" {\n\n");
    source.append("  private final ").append(CHECK).append(" $check;\n\n");
    source.append("  SyncImpl(").append(CHECK).append(" check) {\n    this.$check = check;\n  }\n");
    Map<TVar, Ty> omega = omega();
    for (Eff eff : effs) {
      if (!eff.implemented) {
        continue;
      }
      Map<TVar, Ty> map = new HashMap<>(omega);
      List<TVar> tvars = copyTVars(eff.tvars, map);
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
      source.append(" {\n").append(body(eff.decl.name, params, ret, throwsList, true)).append("  }\n");
    }
    if (cloneRedeclared) {
      source.append("\n  @java.lang.Override\n  public java.lang.Object clone() {\n    return this;\n  }\n");
    }
    source.append("\n  @java.lang.Override\n  public java.lang.String toString() {\n    return \"SyncImpl\";\n  }\n");
    source.append("}\n");
    return source.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The harness

  private String harness() {
    StringBuilder h = new StringBuilder(header());
    h.append(SUPPRESS + "\n");
    h.append("public final class Harness {\n\n  private Harness() {}\n\n");
    h.append("  public static void run(final ").append(CHECK).append(" c) throws java.lang.Throwable {\n");
    h.append("    final ").append(apiType()).append(" api = new ").append(pkg).append(".SyncImpl(c);\n");
    String facade = pkg + "." + facadeSimpleName;
    String factory;
    switch (rnd.nextInt(8)) {
      case 0 -> {
        factory = facade + ".of(api, (java.util.concurrent.Executor) " + CHECK + ".executor())";
        features.add(Feature.FACTORY_WITH_EXECUTOR);
      }
      case 1 -> {
        factory = facade + ".of(api, (java.util.concurrent.Executor) java.lang.Runnable::run)";
        features.add(Feature.FACTORY_WITH_DIRECT_EXECUTOR);
      }
      case 2 -> {
        factory = facade + ".of(api, dev.asyncgen.AsyncOptions.defaults().withMaxConcurrency(3))";
        features.add(Feature.FACTORY_WITH_OPTIONS);
      }
      default -> factory = facade + ".of(api)";
    }
    h.append("    final ").append(facadeType()).append(" f0 = ").append(factory).append(";\n");
    if (chance(25)) {
      h.append("    final ").append(facadeType()).append(" f = f0.withOptions(")
          .append("(java.util.function.UnaryOperator<dev.asyncgen.AsyncOptions>) o -> o.withTimeout(java.time.Duration.ofMinutes(5)));\n");
      features.add(Feature.WITH_OPTIONS_CALLED);
    } else {
      h.append("    final ").append(facadeType()).append(" f = f0;\n");
    }
    h.append(expectedMethods(facade));
    Map<TVar, Ty> omega = omega();
    int block = 0;
    List<String> gathers = new ArrayList<>();
    Map<Eff, String> helpers = gatherHelpers();
    for (Eff eff : effs) {
      Map<TVar, Ty> map = new HashMap<>(omega);
      for (TVar t : eff.tvars) {
        map.put(t, t.witness);
      }
      List<Ty> types = new ArrayList<>();
      for (Param p : eff.params) {
        types.add(subst(p.type(), map));
      }
      Ty ret = subst(eff.ret, map);
      boolean overloaded = effs.stream().filter(o -> o.decl.name.equals(eff.decl.name)).count() > 1;
      boolean explicit = !eff.tvars.isEmpty() && (needsExplicitTypeArguments(eff) || chance(50));
      String typeArgs = "";
      if (explicit) {
        List<String> args = new ArrayList<>();
        for (TVar t : eff.tvars) {
          args.add(render(t.witness));
        }
        typeArgs = "<" + String.join(", ", args) + ">";
        features.add(Feature.EXPLICIT_TYPE_ARGUMENTS);
      } else if (!eff.tvars.isEmpty()) {
        features.add(Feature.INFERRED_TYPE_ARGUMENTS);
      }
      String label = eff.decl.name + "(" + String.join(", ", types.stream().map(Ty::render).toList()) + ")";
      boolean stage = stageValueForBody(eff.ret) != null;
      boolean identity = eff.implemented && ret != null && !(ret instanceof Prim)
          && !(eff.ret instanceof Var v && info(v.decl()) == Bound.STAGE);
      String result = "java.util.concurrent.CompletableFuture<" + render(resultType(ret)) + ">";
      int sets = 2 + rnd.nextInt(2);
      for (int set = 0; set < sets; set++) {
        h.append("    {\n");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
          Ty type = types.get(i);
          boolean last = i == types.size() - 1;
          if (eff.varargs && last && !overloaded && chance(50)) {
            // Called as varargs: the elements one by one.
            Ty component = ((Arr) type).component();
            int n = rnd.nextInt(4);
            for (int e = 0; e < n; e++) {
              String local = "a" + (block++);
              h.append("      final ").append(render(component)).append(" ").append(local).append(" = ")
                  .append(argument(component)).append(";\n");
              args.add(local);
            }
            features.add(Feature.VARARGS_CALLED_SPREAD);
            if (!Ty.isReifiable(component) && typeArgs.isEmpty() && !eff.tvars.isEmpty()) {
              throw new IllegalStateException("unreachable: generic varargs get explicit type arguments");
            }
            continue;
          }
          if (eff.varargs && last) {
            features.add(Feature.VARARGS_CALLED_WITH_ARRAY);
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
        boolean twin = effs.stream().anyMatch(o -> o.params.size() == 1 && o.decl.name.equals(helper));
        StringBuilder g = new StringBuilder("    {\n");
        g.append("      final java.util.").append(twin ? "Collection<" : "List<").append(render(element))
            .append("> l = new java.util.ArrayList<").append(render(element)).append(">();\n");
        List<String> directs = new ArrayList<>();
        List<String> locals = new ArrayList<>();
        for (int k = 0; k < 2 + rnd.nextInt(2); k++) {
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
            .append(", java.util.Arrays.<").append(CHECK).append(".Direct>asList(")
            .append(String.join(", ", directs)).append("),\n          () -> { final java.util.concurrent.CompletableFuture<java.util.List<")
            .append(render(resultType(ret))).append(">> r = f.").append(typeArgs).append(helper)
            .append("(l); return r; });\n    }\n");
        gathers.add(g.toString());
        features.add(Feature.GATHER_CALLED);
      }
    }
    for (String g : gathers) {
      h.append(g);
    }
    h.append("  }\n}\n");
    return h.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Type arguments can be left to inference only where a parameter carries each variable. */
  private boolean needsExplicitTypeArguments(Eff eff) {
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
  private String argument(Ty type) {
    return argument(type, false);
  }

  private String argument(Ty type, boolean neverNull) {
    if (!(type instanceof Prim) && !neverNull && chance(10)) {
      features.add(Feature.NULL_ARGUMENT);
      return "null";
    }
    if (type instanceof Prim p && (p.equals(Ty.DOUBLE) || p.equals(Ty.FLOAT))) {
      features.add(Feature.SPECIAL_FLOATING_POINT);
    }
    return value(type, rnd.nextInt(1000) + "L", null, true, 0);
  }

  /** The facade's future type argument for a sync method returning {@code ret}. */
  private Ty resultType(Ty ret) {
    if (ret == null) {
      return cls(VOID);
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
   * or taken by a one-parameter sync method whose parameter a {@code Collection} can be passed for.
   */
  private Map<Eff, String> gatherHelpers() {
    Map<String, List<Eff>> byName = new LinkedHashMap<>();
    for (Eff eff : effs) {
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
          features.add(Feature.GATHER_NAME_WITH_TYPE_SUFFIX);
        }
        byHelper.computeIfAbsent(name, n -> new ArrayList<>()).add(eff);
      }
    }
    Set<String> taken = new HashSet<>();
    for (Eff eff : effs) {
      if (eff.params.size() == 1 && Set.of("java.util.Collection", "java.lang.Iterable",
          "java.lang.Object").contains(Ty.erasure(eff.params.get(0).type()))) {
        taken.add(eff.decl.name);
      }
    }
    Map<Eff, String> helpers = new LinkedHashMap<>();
    for (Map.Entry<String, List<Eff>> entry : byHelper.entrySet()) {
      if (entry.getValue().size() == 1 && !taken.contains(entry.getKey())) {
        helpers.put(entry.getValue().get(0), entry.getKey());
      } else {
        features.add(Feature.GATHER_HELPER_OMITTED);
      }
    }
    return helpers;
  }

  /** The facade's instance methods, as the harness expects them: one per method, then helpers. */
  private String expectedMethods(String facade) {
    List<String> rows = new ArrayList<>();
    for (Eff eff : effs) {
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
    return "    c.facadeMethods(" + facade + ".class, " + api.canonical + ".class, new java.lang.Object[][] {\n      "
        + String.join(",\n      ", rows) + "});\n";
  }

  // ---------------------------------------------------------------------------------------------
  // User types

  private void writeUserTypes(Map<String, String> sources) {
    for (String name : usedUserTypes) {
      if (name.contains(".")) {
        continue; // declared inside its outer class
      }
      sources.put(pkg + "." + name, header() + userType(name));
    }
  }

  private String userType(String name) {
    return switch (name) {
      case "Box", "List" -> genericValueClass(name);
      case "Color" -> SUPPRESS + "\npublic enum Color {\n  RED,\n  GREEN,\n  BLUE\n}\n";
      case "Fn" -> SUPPRESS + "\n@java.lang.FunctionalInterface\npublic interface Fn {\n  java.lang.String apply(int x);\n}\n";
      case "MyFuture" -> SUPPRESS + "\npublic class MyFuture<T> extends java.util.concurrent.CompletableFuture<T> {\n"
          + "  public static <T> MyFuture<T> done(T value) {\n    MyFuture<T> f = new MyFuture<T>();\n    f.complete(value);\n    return f;\n  }\n"
          + "  public static <T> MyFuture<T> failed(java.lang.Throwable failure) {\n    MyFuture<T> f = new MyFuture<T>();\n    f.completeExceptionally(failure);\n    return f;\n  }\n"
          + "  @java.lang.Override\n  public <U> java.util.concurrent.CompletableFuture<U> newIncompleteFuture() {\n    return new MyFuture<U>();\n  }\n}\n";
      case "Oops" -> exceptionClass(name, "java.lang.Exception");
      case "OopsSub" -> exceptionClass(name, pkg + ".Oops");
      case "Boom" -> exceptionClass(name, "java.lang.RuntimeException");
      case "Fail" -> exceptionClass(name, "java.lang.Error");
      case "Sub" -> SUPPRESS + "\npublic class Sub extends " + pkg
          + ".Base {\n  public Sub(int v) {\n    super(v);\n  }\n}\n";
      case "Old" -> valueClassBody("Old", "@java.lang.Deprecated\npublic class Old", "")
          .replaceFirst("}\n$", "\n" + valueClassBody("Nested", "public static class Nested", "  ") + "}\n");
      case "Nullable" -> "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)\n"
          + "public @interface Nullable {}\n";
      case "Outer" -> SUPPRESS + "\npublic class Outer<T> {\n\n" + genericValueClass("Inner")
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
  private static String valueClassBody(String name, String header, String indent) {
    String body = SUPPRESS + "\n" + header + " {\n"
        + "  public final int v;\n\n"
        + "  public " + name + "(int v) {\n    this.v = v;\n  }\n\n"
        + "  @java.lang.Override\n  public boolean equals(java.lang.Object o) {\n"
        + "    return o != null && o.getClass() == this.getClass() && ((" + name + ") o).v == this.v;\n  }\n\n"
        + "  @java.lang.Override\n  public int hashCode() {\n    return 31 * this.v + " + Math.abs(name.hashCode() % 1000) + ";\n  }\n\n"
        + "  @java.lang.Override\n  public java.lang.String toString() {\n    return \"" + name + "(\" + this.v + \")\";\n  }\n"
        + "}\n";
    return body.replaceAll("(?m)^(?=.)", indent);
  }

  private static String genericValueClass(String name) {
    return SUPPRESS + "\npublic class " + name + "<T> {\n"
        + "  public final T v;\n\n"
        + "  public " + name + "(T v) {\n    this.v = v;\n  }\n\n"
        + "  @java.lang.Override\n  public boolean equals(java.lang.Object o) {\n"
        + "    return o != null && o.getClass() == this.getClass() && java.util.Objects.deepEquals(((" + name + "<?>) o).v, this.v);\n  }\n\n"
        + "  @java.lang.Override\n  public int hashCode() {\n    return (int) " + MIX + ".h(this.v);\n  }\n\n"
        + "  @java.lang.Override\n  public java.lang.String toString() {\n    return \"" + name + "(\" + this.v + \")\";\n  }\n"
        + "}\n";
  }

  private static String exceptionClass(String name, String parent) {
    return SUPPRESS + "\npublic class " + name + " extends " + parent + " {\n"
        + "  private static final long serialVersionUID = 1L;\n\n"
        + "  public " + name + "(java.lang.String message) {\n    super(message);\n  }\n}\n";
  }
}
