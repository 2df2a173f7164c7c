package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Bugs the differential test ({@code differential.DifferentialTest}) found, each kept as a small
 * case of its own. Each names the seed that found it.
 */
class RegressionTest {

  /**
   * Seed 15: javac resolves the annotations of a declaration in the scope of that declaration's
   * own type variables, so {@code @Override} on {@code <Override> ...} named the type variable.
   */
  @Test
  void typeVariablesNamedLikeTheAnnotationsOnTheirOwnDeclarations() {
    Compilations.assertWarningFree(
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async",
            "@java.lang.Deprecated",
            "interface Api<Generated, Deprecated> {",
            "  <Override> Override get(Override o, Generated g);",
            "  @java.lang.SuppressWarnings(\"unchecked\")",
            "  <SuppressWarnings> void all(SuppressWarnings... values);",
            "}"));
  }

  /**
   * Seeds 11, 12, 13 and more: naming {@code Old.Nested} names {@code Old}, and javac warns if
   * {@code Old} is deprecated even though {@code Nested} is not; the same for the facade of an
   * interface nested in a deprecated class, which names that class in {@code of(Holder.Api)}.
   */
  @Test
  void deprecatedClassesEnclosingTheTypesAFacadeNames() {
    Compilations.assertWarningFree(
        source(
            "p.Old",
            "package p;",
            "@Deprecated",
            "public class Old {",
            "  public static class Nested {}",
            "  public static class Gone {}",
            "}"),
        source(
            "p.Doomed",
            "package p;",
            "@Deprecated(forRemoval = true, since = \"1\")",
            "public class Doomed {",
            "  public static class Nested {}",
            "}"),
        source(
            "p.Holder",
            "package p;",
            "@Deprecated",
            "@SuppressWarnings(\"removal\")",
            "public class Holder {",
            "  @dev.asyncgen.Async",
            "  public interface Api {",
            "    Old.Nested nested(java.util.List<? extends Old.Gone> gone);",
            "    void doomed(Doomed.Nested... nested);",
            "  }",
            "}"));
  }

  /**
   * Seeds 7 and 14: a {@code @deprecated} Javadoc tag deprecates as much as the annotation does,
   * so the facade's call of such a method, or its naming such a type, warned.
   */
  @Test
  void deprecatedByJavadocTagOnly() {
    Compilations.assertWarningFree(
        source(
            "p.Legacy",
            "package p;",
            "/** @deprecated use something else */",
            "@SuppressWarnings(\"dep-ann\")",
            "public class Legacy {}"),
        source(
            "p.Api",
            "package p;",
            "/** @deprecated replaced */",
            "@dev.asyncgen.Async",
            "@SuppressWarnings({\"dep-ann\", \"deprecation\"})",
            "public interface Api {",
            "  /** @deprecated use legacy */",
            "  String old(int x);",
            "  Legacy legacy(java.util.List<Legacy> all);",
            "}"));
  }

  /**
   * Seeds 26 and 32: the facade's own {@code of(Api, Executor)} and {@code
   * withOptions(UnaryOperator)} take functional interfaces, so sync methods of those names taking
   * other functional interfaces are ambiguous overloads for {@code -Xlint:overloads}; so is {@code
   * of(Function)} beside {@code of(Fetcher)} where the interface is itself functional.
   */
  @Test
  void syncMethodsOverloadingTheFacadesOwnMethodsWithFunctionalParameters() {
    Compilations.assertWarningFree(
        source(
            "p.Api",
            "package p;",
            "import java.util.function.Consumer;",
            "import java.util.function.Function;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  void of(Api a, Consumer<Runnable> r);",
            "  String withOptions(Function<String, String> s);",
            "}"),
        source(
            "p.Fetcher",
            "package p;",
            "@dev.asyncgen.Async",
            "interface Fetcher {",
            "  String of(java.util.function.Function<String, String> f);",
            "}"));
  }

  /**
   * Seeds 17 and 81: {@code T extends Object & I} erases to {@code Object}, but JavaPoet drops
   * {@code Object} from bounds, so the facade's method erased to {@code I} and clashed with a
   * legal overload taking an {@code I}.
   */
  @Test
  void objectAsTheFirstOfSeveralBoundsIsKept() {
    Compilations.assertWarningFree(
        source(
            "p.Api",
            "package p;",
            "import java.io.Serializable;",
            "@dev.asyncgen.Async",
            "interface Api<E extends Object & Comparable<E>> {",
            "  <T extends Object & Serializable & Runnable> T keep(T value);",
            "  String keep(Serializable value);",
            "  E max(E left, E right);",
            "}"));
  }

  /**
   * Profiling the differential test showed two thirds of its time in the check for types that
   * shadow java.lang names, which looked each name up in turn; it now lists the package once. The
   * behaviour must not change, in the unnamed package too.
   */
  @Test
  void javaLangNamesShadowedInTheUnnamedPackage() {
    JavaFileObject string = source("String", "public class String {}");
    JavaFileObject api =
        source(
            "Api",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  java.lang.String get(String s);",
            "  Integer count();",
            "}");
    Compilation compilation = Compilations.compileStrictly(string, api);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("ApiAsync")
        .contentsAsUtf8String()
        .contains("CompletableFuture<java.lang.String> get(String s);");
    assertThat(compilation)
        .generatedSourceFile("ApiAsync")
        .contentsAsUtf8String()
        .contains("CompletableFuture<Integer> count();");
  }

  /**
   * Seed 346: beside a sync method {@code gatherFind(Iterable<Integer>)}, the helper {@code
   * gatherFind(Collection<? extends Integer>)} made every call with a list ambiguous, the user's
   * own method's too, which the sync interface takes without fuss; beside {@code
   * gatherLoad(Object)}, a list silently went to the helper instead. A helper whose name a
   * one-parameter sync method takes is only kept where that method's parameter is no collection
   * and cannot take one: beside {@code gatherGet(List<Long>)} a helper would take a set where the
   * user's method takes a list, so there is none either (a review's finding).
   */
  @Test
  void gatherHelpersDoNotCaptureCallsOfSyncMethodsNamedLikeThem() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "import java.util.List;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  String find(Integer id);",
            "  int gatherFind(Iterable<Integer> ids);",
            "  String load(String key);",
            "  int gatherLoad(Object keys);",
            "  String get(long id);",
            "  int gatherGet(List<Long> ids);",
            "}");
    JavaFileObject caller =
        source(
            "p.Caller",
            "package p;",
            "import java.util.List;",
            "import java.util.concurrent.CompletableFuture;",
            "class Caller {",
            "  static void call(ApiAsync async, List<Integer> ids, List<String> keys, List<Long> longs) {",
            "    CompletableFuture<Integer> find = async.gatherFind(ids);",
            "    CompletableFuture<Integer> load = async.gatherLoad(keys);",
            "    CompletableFuture<Integer> get = async.gatherGet(longs);",
            "  }",
            "}");
    Compilations.assertWarningFree(api, caller);
  }

  /**
   * Seeds 878, 902, 986, 1059 and 1313: the same method inherited from two interfaces, with a type
   * annotation on a parameter in one of them only, was kept twice ("method find(String,int[]) is
   * already defined"): signatures were compared by their printed names, which show annotations.
   */
  @Test
  void sameSignatureFromTwoParentsWithTypeAnnotationsInOne() {
    Compilations.assertWarningFree(
        source(
            "p.Nullable",
            "package p;",
            "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
            "public @interface Nullable {}"),
        source(
            "p.Api",
            "package p;",
            "interface Left { Number find(java.lang.@Nullable String id, int @Nullable [] all); }",
            "interface Right { Integer find(String id, int[] all); }",
            "@dev.asyncgen.Async",
            "interface Api extends Left, Right {}"));
  }

  /**
   * Seed 1385: overloads name their gather helpers after their parameter types, and a primitive's
   * name was taken from the printed type, which shows its annotations: "gatherM@p.Nullable int" is
   * no name, and the processor failed with an internal error.
   */
  @Test
  void gatherHelperNamesOfOverloadsWithAnnotatedPrimitiveParameters() {
    JavaFileObject nullable =
        source(
            "p.Nullable",
            "package p;",
            "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
            "public @interface Nullable {}");
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  String find(@Nullable int id);",
            "  String find(@Nullable byte @Nullable [] @Nullable [] ids);",
            "  String find(java.lang.@Nullable String key);",
            "}");
    Compilations.assertWarningFree(nullable, api);
    Compilation compilation = Compilations.compileStrictly(nullable, api);
    for (String helper : new String[] {"gatherFindInt(", "gatherFindByteArrayArray(", "gatherFindString("}) {
      assertThat(compilation).generatedSourceFile("p.ApiAsync").contentsAsUtf8String().contains(helper);
    }
  }

  /**
   * Seed 648: a varargs parameter of a functional type is as ambiguous for {@code
   * -Xlint:overloads} as a plain one: {@code withOptions(Function<String, String>...)} meets the
   * facade's {@code withOptions(UnaryOperator<AsyncOptions>)}.
   */
  @Test
  void varargsOfFunctionalTypesOverloadingTheFacadesOwnMethods() {
    Compilations.assertWarningFree(
        source(
            "p.Api",
            "package p;",
            "import java.util.function.Function;",
            "import java.util.function.Supplier;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  @SuppressWarnings(\"unchecked\")",
            "  void withOptions(Function<String, String>... changes);",
            "  @SuppressWarnings({\"unchecked\", \"overloads\"})",
            "  void submit(Supplier<String>... tasks);",
            "  void submit(Runnable task);",
            "}"));
  }
}
