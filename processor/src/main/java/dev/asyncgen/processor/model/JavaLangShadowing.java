package dev.asyncgen.processor.model;

import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code java.lang} names that a type of the facade's package shadows, e.g. its own
 * {@code String}: generated code must spell those out in full.
 */
final class JavaLangShadowing {

  private final Elements elements;
  private Set<String> javaLang; // listed once: the same in every round

  JavaLangShadowing(Elements elements) {
    this.elements = elements;
  }

  /**
   * {@code String}, say, if the package declares its own {@code String}. The package's types are
   * listed once: asking for each of java.lang's two hundred names in turn cost more than everything
   * else the processor does, since javac does not remember, while processors run, that a class
   * was not found.
   */
  Set<String> in(String packageName) {
    if (javaLang == null) {
      javaLang = Workarounds.javaLangTypeNames(elements);
    }
    Set<String> shadowed = new TreeSet<>();
    PackageElement facadePackage = elements.getPackageElement(packageName);
    if (facadePackage == null) {
      // Cannot list it: ask for each name instead, slower but as sure.
      String prefix = packageName.isEmpty() ? "" : packageName + ".";
      for (String name : javaLang) {
        if (elements.getTypeElement(prefix + name) != null) {
          shadowed.add(name);
        }
      }
      return Set.copyOf(shadowed);
    }
    for (TypeElement type : ElementFilter.typesIn(facadePackage.getEnclosedElements())) {
      String name = type.getSimpleName().toString();
      if (javaLang.contains(name)) {
        shadowed.add(name);
      }
    }
    return Set.copyOf(shadowed);
  }
}
