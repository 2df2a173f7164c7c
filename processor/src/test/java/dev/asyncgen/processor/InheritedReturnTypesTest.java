package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A method inherited from two parents whose return types fit only by unchecked conversion, which
 * Java accepts: a call on the interface compiles, and gets the raw type. The facade calls it so
 * too, never through a parent it may not be able to reach.
 */
class InheritedReturnTypesTest {

  @Test
  void returnTypesThatFitByUncheckedConversionAreNoAmbiguity() {
    JavaFileObject legacy =
        source("q.Legacy", "package q;", "import java.util.ArrayList;",
            "@SuppressWarnings(\"rawtypes\")", "interface Legacy { ArrayList find(); }");
    JavaFileObject modern =
        source("q.Modern", "package q;", "import java.util.List;",
            "public interface Modern { List<String> find(); }");
    JavaFileObject repo =
        source("q.Repo", "package q;", "public interface Repo extends Legacy, Modern {}");
    JavaFileObject holder =
        source("p.Facades", "package p;", "@dev.asyncgen.Async.Of(q.Repo.class)", "final class Facades {}");

    Compilation compilation = Compilations.compile(legacy, modern, repo, holder);

    // Before, the call went through q.Legacy, which package p cannot reach: "Legacy is not public".
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "p", "RepoAsyncImpl.java")
        .contentsAsUtf8String()
        .doesNotContain("Legacy");
  }
}
