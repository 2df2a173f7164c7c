package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, as a user's build would. */
public final class Compilations {

  /** What users who lint everything pass; -processing only silences javac's unclaimed-annotation note. */
  public static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new AsyncProcessor()).compile(sources);
  }

  static Compilation compileStrictly(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new AsyncProcessor())
        .withOptions(STRICT)
        .compile(sources);
  }

  /**
   * Compiles the inputs and what the processor generated from them again, without any processor,
   * under {@code -Xlint:all -Werror}: the generated sources themselves must be warning-free.
   */
  static Compilation recompileWithoutProcessor(Compilation compilation) {
    List<JavaFileObject> sources = new ArrayList<>(compilation.sourceFiles());
    sources.addAll(compilation.generatedSourceFiles());
    List<JavaFileObject> copies = new ArrayList<>();
    for (JavaFileObject source : sources) {
      copies.add(JavaFileObjects.forSourceString(binaryName(source), content(source)));
    }
    return Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(copies);
  }

  /**
   * Compiles with the processor under {@code -Xlint:all -Werror}, then the output again without
   * it: both must succeed without a warning.
   */
  static Compilation assertWarningFree(JavaFileObject... sources) {
    Compilation compilation = compileStrictly(sources);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(recompileWithoutProcessor(compilation)).succeededWithoutWarnings();
    return compilation;
  }

  /**
   * {@code holderPackage.Facades}, listing {@code interfaces} in one {@code @Async.Of}, with the
   * warnings of their own signatures suppressed: what the library sweeps compile.
   */
  static JavaFileObject asyncOfHolder(String holderPackage, List<String> interfaces) {
    List<String> lines = new ArrayList<>();
    lines.add("package " + holderPackage + ";");
    lines.add("@dev.asyncgen.Async.Of({");
    for (String name : interfaces) {
      lines.add("    " + name + ".class,");
    }
    lines.add("})");
    lines.add("@SuppressWarnings({\"deprecation\", \"removal\", \"rawtypes\"})");
    lines.add("final class Facades {}");
    return JavaFileObjects.forSourceLines(holderPackage + ".Facades", lines.toArray(new String[0]));
  }

  /** {@code extra}, then this JVM's class path: for a compilation that needs more on it. */
  static List<File> classPathWith(Path extra) {
    List<File> path = new ArrayList<>();
    path.add(extra.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(new File(entry));
    }
    return path;
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code p.Foo} for {@code /SOURCE_OUTPUT/p/Foo.java} or {@code /p/Foo.java}. */
  private static String binaryName(JavaFileObject file) {
    String content = content(file);
    String packageName = "";
    for (String line : content.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("package ")) {
        packageName = trimmed.substring("package ".length(), trimmed.indexOf(';')).trim() + ".";
        break;
      }
    }
    String path = file.toUri().getPath();
    String simple = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
    return packageName + simple;
  }
}
