package dev.asyncgen.processor;

import static dev.asyncgen.processor.Compilations.source;

import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated sources compile without a single warning under {@code -Xlint:all -Werror}, even where
 * the sync interface's own declarations need a {@code @SuppressWarnings}.
 */
class LintTest {

  @ParameterizedTest
  @MethodSource("dev.asyncgen.processor.GoldenFilesTest#caseNames")
  void goldenCasesAreWarningFree(String name) throws IOException {
    Compilations.assertWarningFree(GoldenFilesTest.caseSources(name).toArray(new JavaFileObject[0]));
  }

  @Test
  void rawTypesDeprecatedTypesAndGenericVarargs() {
    Compilations.assertWarningFree(
        source(
            "p.Old",
            "package p;",
            "@Deprecated public class Old {}"),
        source(
            "p.Doomed",
            "package p;",
            "@Deprecated(forRemoval = true, since = \"1\") public class Doomed {}"),
        source(
            "p.Api",
            "package p;",
            "import java.util.List;",
            "@dev.asyncgen.Async",
            "@SuppressWarnings({\"rawtypes\", \"deprecation\", \"removal\", \"unchecked\"})",
            "interface Api {",
            "  List raw(Comparable c);",
            "  Old old(Old o);",
            "  Doomed doomed(List<? extends Doomed> d);",
            "  <T> void pollute(T... values);",
            "  void lists(List<String>... lists);",
            "  @Deprecated(forRemoval = true) void going();",
            "}"));
  }

  @Test
  void deprecatedInterfaceForRemoval() {
    Compilations.assertWarningFree(
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async",
            "@Deprecated(forRemoval = true)",
            "public interface Api { String get(); }"),
        source(
            "p.Caller",
            "package p;",
            "@SuppressWarnings(\"removal\")",
            "class Caller { ApiAsync api; }"));
  }

  @Test
  void ambiguousFunctionalOverloadsLikeExecutorService() {
    Compilations.assertWarningFree(
        source(
            "p.Tasks",
            "package p;",
            "import java.util.concurrent.Callable;",
            "@dev.asyncgen.Async",
            "@SuppressWarnings(\"overloads\")",
            "interface Tasks {",
            "  <T> T submit(Callable<T> task) throws Exception;",
            "  void submit(Runnable task);",
            "}"));
  }

  @Test
  void innerClassesOfGenericTypesAndRecursiveBounds() {
    Compilations.assertWarningFree(
        source(
            "p.Outer",
            "package p;",
            "public class Outer<T> {",
            "  public class Inner<U> {}",
            "}"),
        source(
            "p.Api",
            "package p;",
            "import java.util.Map;",
            "@dev.asyncgen.Async",
            "interface Api<E extends Enum<E>, K extends Comparable<? super K>> {",
            "  Outer<String>.Inner<Integer> inner(Outer<E>.Inner<K> in);",
            "  Map.Entry<K, E> entry();",
            "  <M extends Map<K, ? extends List<? super E>>> M map(M m);",
            "  interface List<X> {}",
            "}"));
  }
}
