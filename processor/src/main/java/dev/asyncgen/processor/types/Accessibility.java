package dev.asyncgen.processor.types;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Whether generated code in a package can name a type. */
public final class Accessibility {

  private Accessibility() {}

  /**
   * Why code in {@code packageName} cannot name {@code type}, e.g. {@code "private"}, or empty if
   * it can. A nested type is only as accessible as the types enclosing it.
   */
  public static Optional<String> whyInaccessible(
      TypeElement type, String packageName, Elements elements) {
    for (Element e = type; isType(e); e = e.getEnclosingElement()) {
      TypeElement current = (TypeElement) e;
      if (current.getNestingKind() == NestingKind.LOCAL
          || current.getNestingKind() == NestingKind.ANONYMOUS) {
        return Optional.of("local to a method");
      }
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(current == type ? "private" : "nested in the private " + current);
      }
      if (!isPublic(current)
          && !elements.getPackageOf(current).getQualifiedName().contentEquals(packageName)) {
        String access =
            current.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private";
        return Optional.of(
            current == type ? access + " in another package" : "nested in the " + access + " " + current);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code type} and all its enclosing types are public or protected: then its facade is
   * public too, so that subclasses elsewhere can use the facade of a protected interface.
   */
  public static boolean isPublicOrProtectedEverywhere(TypeElement type) {
    for (Element e = type; isType(e); e = e.getEnclosingElement()) {
      if (!isPublic(e) && !e.getModifiers().contains(Modifier.PROTECTED)) {
        return false;
      }
    }
    return true;
  }

  /** Public, explicitly or as a member of an interface. */
  private static boolean isPublic(Element e) {
    return e.getModifiers().contains(Modifier.PUBLIC)
        || e.getEnclosingElement().getKind().isInterface(); // includes annotation types
  }

  private static boolean isType(Element e) {
    return e != null && (e.getKind().isClass() || e.getKind().isInterface());
  }
}
