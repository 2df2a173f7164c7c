package dev.asyncgen.processor.differential;


import dev.asyncgen.processor.differential.Ty.ClassInfo;
import dev.asyncgen.processor.differential.Ty.Kind;
import dev.asyncgen.processor.differential.Ty.TVar;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The interface being generated, shared by the generator's jobs: its random source, the
 * declarations and methods chosen so far, the user types they use and the features they show;
 * and the jobs themselves, each of which reads and extends it.
 */
final class Draft {

  /** How a type variable is bounded, and so what the harness can instantiate it with. */
  enum Bound {
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

  static final ClassInfo VOID = new ClassInfo("java.lang.Void", 0, Kind.VALUE);

  final RandomTypes randomTypes = new RandomTypes(this);
  final Hierarchy hierarchy = new Hierarchy(this);
  final MethodShapes methodShapes = new MethodShapes(this);
  final TrickyShapes trickyShapes = new TrickyShapes(this);
  final FeatureRecorder featureRecorder = new FeatureRecorder(this);
  final Bodies bodies = new Bodies(this);
  final DeclarationWriter declarations = new DeclarationWriter(this);
  final HarnessWriter harnessWriter = new HarnessWriter(this);

  final long seed;

  final Random rnd;

  final String pkg;

  Draft(long seed) {
    this.seed = seed;
    this.rnd = new Random(seed);
    this.pkg = "difft.c" + seed;
  }

  final EnumSet<Feature> features = EnumSet.noneOf(Feature.class);

  /** User types to declare, by simple name (top-level) in the case's package. */
  final Map<String, ClassInfo> userTypes = new LinkedHashMap<>();

  final Set<String> usedUserTypes = new LinkedHashSet<>();

  final List<String> shadows = new ArrayList<>();

  Decl api;

  final List<Decl> decls = new ArrayList<>();

  final List<Eff> effs = new ArrayList<>();

  String holderName;

  // the class or interface the API is nested in, or null
  boolean holderIsInterface;

  boolean holderDeprecated;

  ClassInfo nestedType;

  // a value class nested in the API, or null
  String facadeSimpleName;

  boolean cloneRedeclared;

  /** An interface: the annotated one or one of its super-interfaces. */
  static final class Decl {
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
  record Edge(Decl sup, List<Ty> args) {}

  /** A parameter; {@code annotated} puts a type-use annotation on its type where declared. */
  record Param(String name, Ty type, boolean annotated) {
    Param(String name, Ty type) {
      this(name, type, false);
    }
  }

  /** A method as declared in one interface, in that interface's scope. */
  static final class MethodDecl {
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
  static final class Eff {
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
  final Map<TVar, Bound> tvarInfo = new HashMap<>();

  /** The package declaration and imports of every source: the test's own helpers only. */
  String header() {
    return "package " + pkg + ";\n\nimport " + Check.class.getName() + ";\nimport "
        + Mix.class.getName() + ";\n\n";
  }

  boolean chance(int percent) {
    return rnd.nextInt(100) < percent;
  }

  <T> T pick(List<T> options) {
    return options.get(rnd.nextInt(options.size()));
  }

  ClassInfo user(String name) {
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

  Bound info(TVar t) {
    return tvarInfo.getOrDefault(t, Bound.NONE);
  }

  enum Role {
    PARAM,
    RETURN,
    ARGUMENT,
    COMPONENT
  }
}
