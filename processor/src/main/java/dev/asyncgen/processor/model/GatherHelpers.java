package dev.asyncgen.processor.model;

import dev.asyncgen.processor.types.KnownTypes;
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
import javax.lang.model.util.Types;

/**
 * Names the gather helpers: {@code gatherDownload} for {@code download(String)}. Where several
 * one-parameter methods share a name, each helper adds its parameter's type, as in {@code
 * gatherFindLong} and {@code gatherFindString}, since helpers taking {@code Collection}s of
 * different elements would have the same erasure. A name still taken twice gets no helper at all:
 * the facade must compile. Nor does a name that a one-parameter sync method takes whose parameter
 * a {@code Collection} could be passed for ({@code Collection}, {@code Iterable}, {@code Object},
 * an unbounded type variable), or that is a collection itself ({@code List}, {@code Set}): a call
 * with a list would be ambiguous between the two, where the sync interface's is not, or would
 * silently reach one or the other by the argument's type (beside the user's own batch method
 * {@code gatherX(List)}, a list would reach it, a set the helper).
 *
 * <p>Names do not depend on which methods the annotation selects: {@code gather = "find"} gives
 * the same {@code gatherFindLong} as {@code "*"}. Validation asks for them too, to report a
 * selected method that can have none.
 */
public final class GatherHelpers {

  private final Types types;
  private final KnownTypes known;

  public GatherHelpers(Types types, KnownTypes known) {
    this.types = types;
    this.known = known;
  }

  /** The helper's name of each method that can have one, by the method's place in {@code methods}. */
  public Map<Integer, String> names(List<ResolvedMethod> methods) {
    Map<String, List<Integer>> byName = new LinkedHashMap<>();
    for (int i = 0; i < methods.size(); i++) {
      if (methods.get(i).type().getParameterTypes().size() == 1) {
        byName.computeIfAbsent(methods.get(i).name(), name -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<Integer>> byHelperName = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> overloads : byName.entrySet()) {
      for (int index : overloads.getValue()) {
        String name = FacadeMembers.GATHER_PREFIX + capitalize(overloads.getKey());
        if (overloads.getValue().size() > 1) {
          name += typeSuffix(parameter(methods.get(index)));
        }
        byHelperName.computeIfAbsent(name, key -> new ArrayList<>()).add(index);
      }
    }
    TypeMirror collection = types.erasure(known.jdk("java.util.Collection").asType());
    Set<String> takenBySyncMethods = new HashSet<>();
    for (ResolvedMethod method : methods) {
      if (method.type().getParameterTypes().size() != 1) {
        continue;
      }
      TypeMirror erased = types.erasure(parameter(method));
      if (types.isAssignable(collection, erased) || types.isAssignable(erased, collection)) {
        takenBySyncMethods.add(method.name());
      }
    }
    Map<Integer, String> names = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> entry : byHelperName.entrySet()) {
      if (entry.getValue().size() == 1 && !takenBySyncMethods.contains(entry.getKey())) {
        names.put(entry.getValue().get(0), entry.getKey());
      }
    }
    return names;
  }

  /** The helpers of the methods {@code selection} selects, for {@code described}, in order. */
  List<GatherHelper> of(
      List<ResolvedMethod> methods, List<MethodDescriptor> described, GatherSelection selection) {
    List<GatherHelper> helpers = new ArrayList<>();
    for (Map.Entry<Integer, String> helper : names(methods).entrySet()) {
      MethodDescriptor method = described.get(helper.getKey());
      if (selection.selects(method.name())) {
        helpers.add(new GatherHelper(helper.getValue(), method));
      }
    }
    return List.copyOf(helpers);
  }

  private static TypeMirror parameter(ResolvedMethod method) {
    return method.type().getParameterTypes().get(0);
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
