package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncgen.processor.differential.CompiledClasses;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code gather} chooses the methods that get a gather helper: every one-parameter method of an
 * interface you annotate, none of one you list in {@code @Async.Of}, unless named.
 */
class GatherSelectionTest {

  private static final JavaFileObject DOWNLOADER =
      source(
          "p.Downloader",
          "package p;",
          "@dev.asyncgen.Async",
          "public interface Downloader {",
          "  byte[] download(String url);",
          "  void forget(String url);",
          "  int size();",
          "}");

  @Test
  void asyncGivesEveryOneParameterMethodAHelper() {
    assertEquals(List.of("gatherDownload", "gatherForget"), helpers(Compilations.assertWarningFree(DOWNLOADER), "p/DownloaderAsync.java"));
  }

  @Test
  void asyncGivesOnlyTheNamedMethodsAHelper() {
    JavaFileObject downloader =
        source(
            "p.Downloader",
            "package p;",
            "@dev.asyncgen.Async(gather = \"download\")",
            "public interface Downloader {",
            "  byte[] download(String url);",
            "  void forget(String url);",
            "}");

    assertEquals(List.of("gatherDownload"), helpers(Compilations.assertWarningFree(downloader), "p/DownloaderAsync.java"));
  }

  /**
   * Beside the user's own batch method {@code gatherDownload(List)}, a helper {@code
   * gatherDownload(Collection)} would take a set where the user's method takes a list: the same
   * call would reach one or the other by the argument's type alone. So there is none.
   */
  @Test
  void aMethodWithTheHelpersNameAndACollectionParameterLeavesTheHelperOut() {
    JavaFileObject downloader =
        source(
            "p.Downloader",
            "package p;",
            "import java.util.List;",
            "@dev.asyncgen.Async",
            "public interface Downloader {",
            "  byte[] download(String url);",
            "  List<byte[]> gatherDownload(List<String> urls);",
            "}");

    // The facade's twin of the user's method, and the helper of that one-parameter method.
    assertEquals(
        List.of("gatherDownload", "gatherGatherDownload"),
        helpers(Compilations.assertWarningFree(downloader), "p/DownloaderAsync.java"));
  }

  @Test
  void anEmptyGatherGivesNoHelper() {
    JavaFileObject downloader =
        source(
            "p.Downloader",
            "package p;",
            "@dev.asyncgen.Async(gather = {})",
            "public interface Downloader { byte[] download(String url); }");

    assertEquals(List.of(), helpers(Compilations.assertWarningFree(downloader), "p/DownloaderAsync.java"));
  }

  @Test
  void ofGivesNoHelperUnlessNamed() {
    Compilation compilation =
        Compilations.assertWarningFree(
            source(
                "p.Holder",
                "package p;",
                "@dev.asyncgen.Async.Of(java.util.List.class)",
                "@dev.asyncgen.Async.Of(java.util.function.Function.class)",
                "final class Holder {}"));

    assertEquals(List.of(), helpers(compilation, "p/ListAsync.java"));
    assertEquals(List.of(), helpers(compilation, "p/FunctionAsync.java"));
  }

  @Test
  void ofGivesTheNamedMethodsAHelperThatWorks() throws Exception {
    Compilation compilation =
        Compilations.assertWarningFree(
            source(
                "p.Holder",
                "package p;",
                "@dev.asyncgen.Async.Of(value = java.util.List.class, gather = {\"get\", \"remove\"})",
                "final class Holder {}"),
            source(
                "p.Use",
                "package p;",
                "import java.util.List;",
                "public final class Use {",
                "  public static String run() throws Exception {",
                "    ListAsync<String> list = ListAsync.of(List.of(\"a\", \"b\", \"c\"), Runnable::run);",
                "    return list.gatherGet(List.of(2, 0)).get().toString();",
                "  }",
                "}"));

    assertEquals(
        List.of("gatherRemoveObject", "gatherRemoveInt", "gatherGet"), helpers(compilation, "p/ListAsync.java"));
    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    assertEquals("[c, a]", Class.forName("p.Use", true, loader).getMethod("run").invoke(null));
  }

  @Test
  void aNameThatIsNoOneParameterMethodIsAnErrorOnThatName() {
    JavaFileObject downloader =
        source(
            "p.Downloader",
            "package p;",
            "@dev.asyncgen.Async(gather = {\"download\",",
            "    \"dowload\", \"size\"})",
            "public interface Downloader {",
            "  byte[] download(String url);",
            "  void forget(String url);",
            "  int size();",
            "}");

    Compilation compilation = compile(downloader);

    assertThat(compilation)
        .hadErrorContaining(
            "[asyncgen:gather-unknown-method] gather = \"dowload\" names no method with one parameter"
                + " of p.Downloader; list such methods by name, e.g. \"download\", \"forget\"")
        .inFile(downloader)
        .onLineContaining("\"dowload\"");
    assertThat(compilation).hadErrorContaining("gather = \"size\" names no method with one parameter");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aNameInTheSecondOfIsAnErrorOnThatName() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(java.util.List.class)",
            "@dev.asyncgen.Async.Of(value = java.util.function.Function.class,",
            "    gather = \"aply\")",
            "final class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining(
            "[asyncgen:gather-unknown-method] gather = \"aply\" names no method with one parameter of"
                + " java.util.function.Function; list such methods by name, e.g. \"apply\"")
        .inFile(holder)
        .onLineContaining("\"aply\"");
  }

  @Test
  void aNamedMethodWhoseHelperWouldClashIsAnError() {
    JavaFileObject ids =
        source(
            "p.Ids",
            "package p;",
            "public final class Ids {",
            "  public static final class Id {}",
            "  public static final class Other { public static final class Id {} }",
            "}");
    JavaFileObject store =
        source(
            "p.Store",
            "package p;",
            "@dev.asyncgen.Async(gather = \"find\")",
            "public interface Store {",
            "  String find(Ids.Id id);",
            "  String find(Ids.Other.Id id);",
            "}");

    assertThat(compile(ids, store))
        .hadErrorContaining(
            "[asyncgen:gather-unavailable] gather = \"find\" asks for a helper that cannot be named"
                + " without a clash")
        .inFile(store)
        .onLineContaining("gather = \"find\"");
  }

  /**
   * A runtime from before {@code gather} (here an {@code Async} without it, compiled with the
   * test) had every one-parameter method get a helper, {@code @Async.Of} too: so it stays.
   */
  @Test
  void aRuntimeWithoutGatherKeepsEveryHelper() {
    JavaFileObject oldAsync =
        source(
            "dev.asyncgen.Async",
            "package dev.asyncgen;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS) @Target(ElementType.TYPE)",
            "public @interface Async {",
            "  String name() default \"\";",
            "  String timeout() default \"\";",
            "  @Retention(RetentionPolicy.CLASS) @Target({ElementType.TYPE, ElementType.PACKAGE})",
            "  @Repeatable(Of.List.class)",
            "  @interface Of {",
            "    Class<?>[] value();",
            "    String name() default \"\";",
            "    String timeout() default \"\";",
            "    @Retention(RetentionPolicy.CLASS) @Target({ElementType.TYPE, ElementType.PACKAGE})",
            "    @interface List { Of[] value(); }",
            "  }",
            "}");
    JavaFileObject holder =
        source("p.Holder", "package p;", "@dev.asyncgen.Async.Of(java.util.function.Function.class)", "final class Holder {}");

    assertEquals(
        List.of("gatherApply", "gatherCompose", "gatherAndThen"),
        helpers(compile(oldAsync, holder), "p/FunctionAsync.java"));
  }

  /** The names of the gather helpers the facade interface declares, in order. */
  private static List<String> helpers(Compilation compilation, String facade) {
    assertThat(compilation).succeeded();
    String source =
        Compilations.content(
            compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, facade).orElseThrow());
    Matcher helper = Pattern.compile(" (gather[A-Z]\\w*)\\(").matcher(source);
    return helper.results().map(match -> match.group(1)).toList();
  }
}
