package dev.asyncgen.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names the gather helpers: {@code gatherDownload} for {@code download(String)}. Where several
 * one-parameter methods share a name, each helper adds its parameter's type, as in {@code
 * gatherFindLong} and {@code gatherFindString}, since helpers taking {@code Collection}s of
 * different elements would have the same erasure. A name still taken twice gets no helper at all:
 * the facade must compile. Nor does a name that a one-parameter sync method takes whose parameter
 * a {@code Collection} could be passed for ({@code Collection}, {@code Iterable}, {@code Object},
 * an unbounded type variable): a call with a list would be ambiguous between the two, where the
 * sync interface's is not, or, beside {@code gatherX(Object)}, silently reach the helper instead
 * of the facade's twin of the user's method.
 */
final class GatherHelpers {

  private final Elements elements;
  private final Types types;

  GatherHelpers(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  List<GatherHelper> of(List<MethodDescriptor> methods) {
    Map<String, List<MethodDescriptor>> byName = new LinkedHashMap<>();
    for (MethodDescriptor method : methods) {
      if (method.parameters().size() == 1) {
        byName.computeIfAbsent(method.name(), name -> new ArrayList<>()).add(method);
      }
    }
    Map<String, List<MethodDescriptor>> byHelperName = new LinkedHashMap<>();
    for (List<MethodDescriptor> overloads : byName.values()) {
      for (MethodDescriptor method : overloads) {
        String name = FacadeMembers.GATHER_PREFIX + capitalize(method.name());
        if (overloads.size() > 1) {
          name += typeSuffix(method.parameters().get(0).type());
        }
        byHelperName.computeIfAbsent(name, key -> new ArrayList<>()).add(method);
      }
    }
    TypeMirror collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
    Set<String> takenBySyncMethods = new HashSet<>();
    for (MethodDescriptor method : methods) {
      if (method.parameters().size() == 1
          && types.isAssignable(collection, types.erasure(method.parameters().get(0).type()))) {
        takenBySyncMethods.add(method.name());
      }
    }
    List<GatherHelper> helpers = new ArrayList<>();
    for (Map.Entry<String, List<MethodDescriptor>> entry : byHelperName.entrySet()) {
      if (entry.getValue().size() == 1 && !takenBySyncMethods.contains(entry.getKey())) {
        helpers.add(new GatherHelper(entry.getKey(), entry.getValue().get(0)));
      }
    }
    return List.copyOf(helpers);
  }

  /** {@code Long} for {@code long}, {@code StringArray} for {@code String[]}, {@code List} for {@code List<T>}. */
  private String typeSuffix(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind().isPrimitive()) {
      // By its kind: a printed type shows its type annotations, "@Nullable int".
      return capitalize(erased.getKind().name().toLowerCase(Locale.ROOT));
    }
    if (erased.getKind() == TypeKind.ARRAY) {
      return typeSuffix(((ArrayType) erased).getComponentType()) + "Array";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) erased).asElement().getSimpleName().toString();
    }
    return capitalize(erased.toString());
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
