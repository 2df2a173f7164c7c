package dev.asyncgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated-code contract: generated code calls {@code dev.asyncgen.internal.FacadeRuntime}
 * and takes {@code AsyncOptions}, and each facade's provider implements {@code
 * dev.asyncgen.spi.FacadeProvider}; nothing else of the runtime. The processor refuses, with one
 * clear error, a runtime that does not speak the contract it writes for.
 */
class ContractTest {

  /** What generated code may name of the runtime. */
  private static final Set<String> CONTRACT =
      Set.of(
          "dev.asyncgen.internal.FacadeRuntime",
          "dev.asyncgen.AsyncOptions",
          "dev.asyncgen.spi.FacadeProvider");

  @ParameterizedTest
  @MethodSource("dev.asyncgen.processor.GoldenFilesTest#caseNames")
  void goldenOutputsCompileAgainstTheRuntimeAndUseOnlyTheContract(String name) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(GoldenFilesTest.caseSources(name));
    List<JavaFileObject> golden = new ArrayList<>();
    Set<URI> goldenFiles = new HashSet<>();
    for (Map.Entry<String, String> file : GoldenFilesTest.goldenSources(name).entrySet()) {
      JavaFileObject source =
          JavaFileObjects.forSourceString(file.getKey().replace(".java", ""), file.getValue());
      golden.add(source);
      goldenFiles.add(source.toUri());
    }
    sources.addAll(golden);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task =
        (JavacTask)
            javac.getTask(
                null, null, diagnostics,
                List.of("-proc:none", "-Xlint:all", "-Werror"), // analysed only: nothing is written
                null, sources);

    Iterable<? extends CompilationUnitTree> units = task.parse();
    task.analyze();

    assertThat(diagnostics.getDiagnostics()).isEmpty();
    Set<String> used = new TreeSet<>();
    Trees trees = Trees.instance(task);
    for (CompilationUnitTree unit : units) {
      if (goldenFiles.contains(unit.getSourceFile().toUri())) {
        new RuntimeUses(trees, used).scan(unit, null);
      }
    }
    assertThat(used).contains("dev.asyncgen.internal.FacadeRuntime");
    assertThat(CONTRACT).containsAtLeastElementsIn(used);
  }

  /** The runtime's types that a file names: each name resolved, as javac resolved it. */
  private static final class RuntimeUses extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final Set<String> used;

    RuntimeUses(Trees trees, Set<String> used) {
      this.trees = trees;
      this.used = used;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      record(getCurrentPath());
      return super.visitIdentifier(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      record(getCurrentPath());
      return super.visitMemberSelect(node, unused);
    }

    private void record(TreePath path) {
      Element element = trees.getElement(path);
      TypeElement type = null;
      for (Element e = element; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
        if (e instanceof TypeElement t) {
          type = t;
        }
      }
      if (type != null && type.getQualifiedName().toString().startsWith("dev.asyncgen.")) {
        used.add(type.getQualifiedName().toString());
      }
    }
  }

  private static final JavaFileObject API =
      source("p.Api", "package p;", "@dev.asyncgen.Async", "interface Api { String get(); }");

  @Test
  void aRuntimeOfAnotherContractIsOneClearError() {
    JavaFileObject otherRuntime =
        source(
            "dev.asyncgen.internal.FacadeRuntime",
            "package dev.asyncgen.internal;",
            "public final class FacadeRuntime {",
            "  public static final int CONTRACT_VERSION = 2;",
            "}");

    Compilation compilation = Compilations.compile(API, otherRuntime);

    assertThat(compilation)
        .hadErrorContaining(
            "[asyncgen:runtime-mismatch] the asyncgen runtime on the class path speaks"
                + " generated-code contract 2, but this processor writes code for contract 1; use"
                + " asyncgen-runtime and asyncgen-processor of the same version")
        .inFile(API)
        .onLineContaining("interface Api");
    assertThat(compilation).hadErrorCount(1); // and no facade, which would not compile here
  }

  /** {@code @Async} as runtimes had it before the generated-code contract and the registry. */
  private static final JavaFileObject OLD_ASYNC =
      source(
          "dev.asyncgen.Async",
          "package dev.asyncgen;",
          "public @interface Async {",
          "  String name() default \"\";",
          "  String timeout() default \"\";",
          "}");

  @Test
  void aRuntimeOlderThanTheContractIsOneClearError() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AsyncProcessor())
            .withClasspath(List.of()) // no runtime: only this Async, as runtimes before the contract had
            .compile(API, OLD_ASYNC);

    assertThat(compilation)
        .hadErrorContaining(
            "[asyncgen:runtime-mismatch] the asyncgen runtime on the class path has no"
                + " dev.asyncgen.internal.FacadeRuntime, so it is older than the generated-code"
                + " contract, but this processor writes code for contract 1")
        .inFile(API)
        .onLineContaining("interface Api");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Contract 1's snapshots from before the facade registry: the providers would not compile. */
  @Test
  void aRuntimeOfContractOneWithoutTheFacadeProviderIsOneClearError() {
    JavaFileObject runtime =
        source(
            "dev.asyncgen.internal.FacadeRuntime",
            "package dev.asyncgen.internal;",
            "public final class FacadeRuntime {",
            "  public static final int CONTRACT_VERSION = 1;",
            "}");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AsyncProcessor())
            .withClasspath(List.of()) // only these two of the runtime
            .compile(API, OLD_ASYNC, runtime);

    assertThat(compilation)
        .hadErrorContaining(
            "[asyncgen:runtime-mismatch] the asyncgen runtime on the class path has no"
                + " dev.asyncgen.spi.FacadeProvider, so it is an early snapshot of contract 1, but"
                + " this processor writes code for contract 1")
        .inFile(API)
        .onLineContaining("interface Api");
    assertThat(compilation).hadErrorCount(1);
  }
}
