package dev.asyncgen.processor.model;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** What a facade may use in a named module, which reads only the modules it requires. */
final class Modules {

  private Modules() {}

  /**
   * Whether the facade can carry {@code javax.annotation.processing.Generated}, which lives in
   * module {@code java.compiler}. The unnamed module reads every module; a named one only what it
   * requires, directly or through a {@code requires transitive} (as {@code java.se} does). If it
   * exports the facade's package, the annotation is part of its API, and javac's lint wants the
   * module's clients to read {@code java.compiler} too: every {@code requires} on the way must be
   * transitive. Without this check a modular application could not compile its facades.
   */
  static boolean canUseGeneratedAnnotation(Elements elements, FacadeRequest request) {
    ModuleElement module = elements.getModuleOf(request.annotated());
    if (module == null || module.isUnnamed()) {
      return true;
    }
    boolean exported =
        ElementFilter.exportsIn(module.getDirectives()).stream()
            .anyMatch(
                exports ->
                    exports.getPackage().getQualifiedName().contentEquals(request.packageName()));
    return reads(module, "java.compiler", exported, new HashSet<>());
  }

  /**
   * Whether {@code module} reads {@code target}: requires it, or requires a module that requires
   * it transitively; with {@code transitiveOnly}, through {@code requires transitive} alone.
   */
  private static boolean reads(
      ModuleElement module, String target, boolean transitiveOnly, Set<ModuleElement> visited) {
    if (!visited.add(module)) {
      return false;
    }
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (transitiveOnly && !requires.isTransitive()) {
        continue;
      }
      ModuleElement required = requires.getDependency();
      if (required.getQualifiedName().contentEquals(target)
          || reads(required, target, true, visited)) {
        return true;
      }
    }
    return false;
  }
}
