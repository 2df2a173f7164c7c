package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facades for every public interface of scala-library 2.13 (about 250 traits in 22 packages),
 * whose class files say much that Java cannot: members of traits called inner, higher-kinded types
 * erased to raw arguments, wildcards in super-interfaces, generic interfaces inherited along two
 * paths with different arguments, methods inherited with unrelated return types. Each package's
 * facades must compile without a warning, with the processor and again without it; the few traits
 * whose type parameters Java cannot even declare are a clear asyncgen error instead.
 */
class ScalaLibraryTest {

  /**
   * Traits whose type parameter bounds javac rejects in any Java declaration ("IterableOps cannot
   * be inherited with different arguments": {@code CC extends SortedSet<Object>} inherits {@code
   * IterableOps} with {@code Iterable} and with {@code Set}), so that no facade can declare them.
   */
  private static final Set<String> UNDECLARABLE =
      Set.of(
          "scala.collection.BitSetOps",
          "scala.collection.LinearSeqOps",
          "scala.collection.SortedMapFactoryDefaults",
          "scala.collection.SortedMapOps",
          "scala.collection.SortedSetFactoryDefaults",
          "scala.collection.SortedSetOps",
          "scala.collection.StrictOptimizedLinearSeqOps",
          "scala.collection.StrictOptimizedSortedMapOps",
          "scala.collection.StrictOptimizedSortedSetOps",
          "scala.collection.immutable.LinearSeqOps",
          "scala.collection.immutable.SortedMapOps",
          "scala.collection.immutable.SortedSetOps",
          "scala.collection.immutable.StrictOptimizedSortedMapOps",
          "scala.collection.immutable.StrictOptimizedSortedSetOps",
          "scala.collection.mutable.SortedMapOps",
          "scala.collection.mutable.SortedSetOps");

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void everyTraitOfAPackageGetsAWarningFreeFacade(String packageName) {
    List<String> traits = new ArrayList<>(publicInterfaces().get(packageName));
    traits.removeAll(UNDECLARABLE);
    Compilations.assertWarningFree(
        Compilations.asyncOfHolder("scala_facades." + packageName.replace('.', '_'), traits));
  }

  @Test
  void traitsJavaCannotDeclareAreAnErrorEach() {
    List<String> lines = new ArrayList<>();
    int named = 0;
    for (String trait : new TreeSet<>(UNDECLARABLE)) {
      lines.add("@dev.asyncgen.Async.Of(value = " + trait + ".class, name = \"Facade" + ++named + "\")");
    }
    lines.add("package scala_facades.undeclarable;");
    Compilation compilation =
        Compilations.compile(
            JavaFileObjects.forSourceLines(
                "scala_facades.undeclarable.package-info", lines.toArray(new String[0])));

    assertThat(compilation).failed();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      errors.add(error.getMessage(null));
    }
    assertEquals(UNDECLARABLE.size(), errors.size(), String.join("\n", errors));
    for (String error : errors) {
      assertTrue(error.startsWith("[asyncgen:unnameable-bound] "), error);
    }
  }

  /** Guards the enumeration: an empty or partial one would pass the tests above vacuously. */
  @Test
  void theEnumerationFindsTheWholeLibrary() {
    Map<String, List<String>> interfaces = publicInterfaces();
    int count = interfaces.values().stream().mapToInt(List::size).sum();
    assertTrue(count > 240, count + " interfaces: " + interfaces);
    assertTrue(interfaces.get("scala.collection").contains("scala.collection.Iterator"));
    assertTrue(interfaces.get("scala.collection.mutable").contains("scala.collection.mutable.Buffer"));
    for (String undeclarable : UNDECLARABLE) {
      assertTrue(
          interfaces.get(undeclarable.substring(0, undeclarable.lastIndexOf('.'))).contains(undeclarable),
          undeclarable);
    }
  }

  static Stream<String> packages() {
    return publicInterfaces().keySet().stream();
  }

  /**
   * The public interfaces of scala-library, by package: top-level ones, whose facades get distinct
   * names within a package. Read from the jar the test class path holds.
   */
  private static Map<String, List<String>> publicInterfaces() {
    Map<String, List<String>> byPackage = new TreeMap<>();
    try (JarFile jar = new JarFile(scalaLibrary().toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (!name.endsWith(".class") || name.contains("$") || name.endsWith("package-info.class")) {
          continue;
        }
        String binaryName = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(binaryName, false, ScalaLibraryTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (type.isInterface() && !type.isAnnotation() && Modifier.isPublic(type.getModifiers())) {
          byPackage.computeIfAbsent(type.getPackageName(), p -> new ArrayList<>()).add(binaryName);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byPackage.values().forEach(Collections::sort);
    return byPackage;
  }

  private static Path scalaLibrary() {
    try {
      return Path.of(
          scala.collection.Iterator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
