package dev.asyncgen.processor.workarounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Where compilers model the same source differently, the processor asks here, and only here. Each
 * method names the compiler and the behaviour it answers, so that a fix reaches every place that
 * needs it (the processor runs under javac and under Eclipse's compiler, ECJ, which the Eclipse IDE
 * and the {@code ecj} build profile use).
 */
public final class Workarounds {

  private Workarounds() {}

  /**
   * The bounds a type variable was declared with, where the compiler's {@link
   * TypeVariable#getUpperBound()} cannot be used; else empty.
   *
   * <p>ECJ reports the upper bound of a variable bounded by a class and an interface ({@code <N
   * extends Number & Comparable<N>>}) as the variable itself, where javac reports the
   * intersection.
   */
  public static Optional<List<? extends TypeMirror>> boundsOfSelfBoundedVariable(
      TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    if (upper.getKind() == TypeKind.TYPEVAR
        && ((TypeVariable) upper).asElement().equals(variable.asElement())
        && variable.asElement() instanceof TypeParameterElement parameter) {
      return Optional.of(parameter.getBounds());
    }
    return Optional.empty();
  }

  /**
   * The type of {@code method} as a member of the interface whose super-type (or itself) {@code
   * declaring} is, with that interface's type arguments substituted.
   *
   * <p>ECJ's {@link Types#asMemberOf} looks the method up in the type it is given by its signature
   * and answers for the first one it meets: asked from {@code WideFirst extends Wide, Narrow} about
   * {@code Narrow}'s {@code String text()}, it answers with {@code Wide}'s {@code CharSequence
   * text()}. Asked from the super-type that declares the method, as the interface sees it, both
   * compilers answer for the method given.
   */
  public static ExecutableType asMemberOf(
      Types types, DeclaredType declaring, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf(declaring, method);
  }

  /**
   * Whether a type variable was declared {@code T extends Object & I}, whatever its upper bound
   * says: javac reports that upper bound as {@code I} alone. The {@code Object} matters, since it
   * decides the method's erasure.
   */
  public static boolean declaresObjectFirst(TypeVariable variable) {
    return variable.asElement() instanceof TypeParameterElement parameter
        && parameter.getBounds().size() > 1
        && isObject(parameter.getBounds().get(0));
  }

  /**
   * The type enclosing {@code type} that its instances belong to: {@code Outer<String>} for {@code
   * Outer<String>.Inner}; empty for anything but an inner class.
   *
   * <p>ECJ also reports an enclosing {@code Map<K, V>} for the static member {@code Map.Entry},
   * which has none (javac reports {@code NONE}).
   */
  public static Optional<DeclaredType> enclosingInstanceType(DeclaredType type) {
    TypeMirror enclosing = type.getEnclosingType();
    if (enclosing.getKind() != TypeKind.DECLARED || !isInnerClass((TypeElement) type.asElement())) {
      return Optional.empty();
    }
    return Optional.of((DeclaredType) enclosing);
  }

  /**
   * Names of the {@code java.lang} types: those the compiler lists, and always the common ones.
   *
   * <p>ECJ, under {@code --release}, cannot list the members of a system package such as {@code
   * java.lang}.
   */
  public static Set<String> javaLangTypeNames(Elements elements) {
    Set<String> names = new TreeSet<>(COMMON_JAVA_LANG_NAMES);
    PackageElement javaLang = elements.getPackageElement("java.lang");
    if (javaLang != null) {
      for (TypeElement type : ElementFilter.typesIn(javaLang.getEnclosedElements())) {
        names.add(type.getSimpleName().toString());
      }
    }
    return names;
  }

  private static final List<String> COMMON_JAVA_LANG_NAMES =
      List.of(
          "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class", "Comparable",
          "Deprecated", "Double", "Enum", "Error", "Exception", "Float", "FunctionalInterface",
          "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "Record",
          "Runnable", "RuntimeException", "SafeVarargs", "Short", "String", "StringBuilder",
          "SuppressWarnings", "System", "Thread", "Throwable", "Void");

  /**
   * The elements of an array-valued annotation attribute.
   *
   * <p>Written without braces, {@code @Async.Of(X.class)}, javac models the value as a list of
   * one; ECJ may model it as the single value itself.
   */
  public static List<AnnotationValue> arrayElements(AnnotationValue value) {
    if (!(value.getValue() instanceof List<?> values)) {
      return List.of(value);
    }
    List<AnnotationValue> elements = new ArrayList<>();
    for (Object element : values) {
      if (element instanceof AnnotationValue annotationValue) {
        elements.add(annotationValue);
      }
    }
    return elements;
  }

  /**
   * Whether {@code type} is an inner class: a non-static member class, whose instances belong to
   * an instance of the enclosing type (so {@code Outer<String>.Inner} is a type of its own).
   * Interfaces, enums, records and members of interfaces are implicitly static.
   */
  private static boolean isInnerClass(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface();
  }

  private static boolean isObject(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    return ((TypeElement) element).getQualifiedName().contentEquals("java.lang.Object");
  }
}
