package dev.asyncgen.processor;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor can print. Each starts with a stable tag, e.g. {@code
 * [asyncgen:not-interface]}, that tests and searches can find, and says what to do about it.
 */
public enum Diagnostics {
  NOT_INTERFACE(
      "@Async applies to interfaces only, but %s is %s; annotate the interface it implements,"
          + " or list that interface in @Async.Of"),
  PRIVATE_INTERFACE(
      "the facade of %s cannot reach it because %s is private; make it package-private or public"),
  LOCAL_INTERFACE(
      "@Async cannot be used on %s, which is declared inside a method or an anonymous class,"
          + " where no facade can reach it; move it to the top level or into a class"),
  INVALID_TIMEOUT(
      "timeout = \"%s\" is not a positive duration; write e.g. \"500ms\", \"5s\", \"2m\", \"1h\""
          + " or \"PT5S\""),
  OF_EMPTY("@Async.Of lists no interface; list at least one, e.g. @Async.Of(java.sql.Connection.class)"),
  OF_NAME_WITH_SEVERAL(
      "@Async.Of(name = \"%s\") names one facade, but %d interfaces are listed; give each its own"
          + " @Async.Of(value = X.class, name = \"...\")"),
  OF_NOT_INTERFACE("@Async.Of lists %s, which is %s; list interfaces only"),
  OF_INACCESSIBLE(
      "@Async.Of lists %s, which the facade in package %s cannot use because it is %s; list it"
          + " from a package that can reach it"),
  INVALID_NAME("@Async(name = \"%s\") is not a valid Java type name; use a plain identifier such as %s"),
  NAME_CLASH(
      "the facade of %s would be named %s, but %s already exists; choose another name with"
          + " @Async(name = \"...\")"),
  DUPLICATE_FACADE(
      "the facade %s is generated twice, for %s and for %s; give one of them another name with"
          + " @Async(name = \"...\")"),
  RESERVED_METHOD(
      "%s has the same signature as the generated method %s of %s; rename the method, or give"
          + " the facade another name"),
  INACCESSIBLE_TYPE(
      "%s uses the type %s, which the facade in package %s cannot name because it is %s; make the"
          + " type accessible from that package"),
  UNRESOLVED_TYPE(
      "%s refers to types that cannot be resolved (%s); fix the missing types or imports, then"
          + " compile again"),
  WRITE_FAILED(
      "could not write the facade %s (%s); check that the generated-sources folder is writable and"
          + " that no other processor writes a type of that name"),
  REGISTRY_WRITE_FAILED(
      "could not write META-INF/services/dev.asyncgen.spi.FacadeProvider (%s), so frameworks will"
          + " not find this module's facades; check that no other processor writes that file"),
  INTERNAL_ERROR(
      "asyncgen failed while processing %s, which is a bug in asyncgen; please report it with this"
          + " trace:%n%s");

  private final String tag;
  private final String template;
  private final Diagnostic.Kind kind;

  Diagnostics(String template) {
    this(template, Diagnostic.Kind.ERROR);
  }

  Diagnostics(String template, Diagnostic.Kind kind) {
    this.tag = "[asyncgen:" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "] ";
    this.template = template;
    this.kind = kind;
  }

  /** The stable tag, e.g. {@code [asyncgen:not-interface]}, for tests and searches. */
  public String tag() {
    return tag.trim();
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The full message: tag, then the template filled with {@code args}. */
  public String format(Object... args) {
    return tag + String.format(Locale.ROOT, template, args);
  }
}
