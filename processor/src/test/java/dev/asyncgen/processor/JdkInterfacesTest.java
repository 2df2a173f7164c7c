package dev.asyncgen.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facades for every public interface of every package the JDK exports (java.* and jdk.* modules:
 * about 165 packages and 1,300 interfaces on JDK 17, 1,600 on JDK 25), through {@code @Async.Of}:
 * large, generic, overloaded, full of default methods and redeclared {@code Object} methods,
 * inherited raw ({@code BeanContext extends Collection}), restricted ({@code Linker}), read from
 * class files without parameter names. Each package's facades must compile without a warning,
 * with the processor and again without it.
 */
class JdkInterfacesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("exportedPackages")
  void everyPublicInterfaceOfAPackageGetsAWarningFreeFacade(String modulePackage) throws IOException {
    String module = modulePackage.substring(0, modulePackage.indexOf('/'));
    String packageName = modulePackage.substring(module.length() + 1);
    List<String> interfaces = publicInterfaces(module, packageName);
    assertFalse(interfaces.isEmpty(), "found no interface in " + modulePackage);

    Compilations.assertWarningFree(
        Compilations.asyncOfHolder("jdk." + packageName.replace('.', '_'), interfaces));
  }

  /** Guards the enumeration itself: an empty or partial one would pass the test above vacuously. */
  @Test
  void theEnumerationFindsTheWholeJdk() {
    List<String> packages = exportedPackages().toList();
    assertTrue(packages.size() > 150, "only " + packages.size() + " packages: " + packages);
    assertTrue(
        packages.containsAll(
            List.of(
                "java.base/java.util",
                "java.base/java.util.concurrent",
                "java.sql/java.sql",
                "java.desktop/java.beans.beancontext",
                "java.net.http/java.net.http",
                "java.compiler/javax.lang.model.element")),
        packages.toString());
  }

  /** {@code module/package} for every unqualified export of the JDK holding a public interface. */
  static Stream<String> exportedPackages() {
    List<String> packages = new ArrayList<>();
    for (Module module : ModuleLayer.boot().modules()) {
      String name = module.getName();
      if (!name.startsWith("java.") && !name.startsWith("jdk.")) {
        continue;
      }
      for (ModuleDescriptor.Exports exports : module.getDescriptor().exports()) {
        if (exports.isQualified()) {
          continue;
        }
        try {
          if (!publicInterfaces(name, exports.source()).isEmpty()) {
            packages.add(name + "/" + exports.source());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    packages.sort(null);
    return packages.stream();
  }

  /** Canonical names of the public, non-annotation interfaces of a JDK package, nested ones too. */
  private static List<String> publicInterfaces(String module, String packageName) throws IOException {
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    Path folder = jrt.getPath("modules", module).resolve(packageName.replace('.', '/'));
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return names;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".class") || fileName.equals("package-info.class")) {
          continue;
        }
        String binaryName = packageName + "." + fileName.substring(0, fileName.length() - 6);
        Class<?> type;
        try {
          type = Class.forName(binaryName, false, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (type.isInterface()
            && !type.isAnnotation()
            && isPublicAllTheWay(type)
            && !isPreview(type, jrt.getPath("modules", module))) {
          names.add(type.getCanonicalName());
        }
      }
    }
    return names;
  }

  /**
   * Preview APIs (JDK 25's StableValue, StructuredTaskScope…) need --enable-preview even to be
   * named. Their class files carry jdk.internal.javac.PreviewFeature, which reflection cannot see.
   */
  private static boolean isPreview(Class<?> type, Path moduleRoot) throws IOException {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      Path classFile = moduleRoot.resolve(c.getName().replace('.', '/') + ".class");
      String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      if (bytes.contains("Ljdk/internal/javac/PreviewFeature;")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPublicAllTheWay(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
