package dev.asyncgen.processor;

import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Every message the processor can print, one record each: a message's arguments are its record's
 * components, so a call that passes the wrong ones does not compile. Each message starts with a
 * stable tag made from the record's name, e.g. {@code [asyncgen:not-interface]} for {@link
 * NotInterface}, that tests and searches can find, and says what to do about it.
 */
public final class Diagnostics {

  private Diagnostics() {}

  /** A message of the processor. */
  public sealed interface Message {

    /** What is wrong and what to do, after the tag. */
    String text();

    default Diagnostic.Kind kind() {
      return Diagnostic.Kind.ERROR;
    }

    /** The stable tag, e.g. {@code [asyncgen:not-interface]}. */
    default String tag() {
      return tagOf(getClass());
    }

    /** The whole message as the compiler prints it: tag, then text. */
    default String format() {
      return tag() + " " + text();
    }
  }

  /** {@code [asyncgen:not-interface]} for {@code NotInterface}. */
  public static String tagOf(Class<?> message) {
    String kebab = message.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
    return "[asyncgen:" + kebab.toLowerCase(Locale.ROOT) + "]";
  }

  /** {@code @Async} on a class, enum, record or annotation type. */
  public record NotInterface(TypeElement annotated, String whatItIs) implements Message {
    public String text() {
      return "@Async applies to interfaces only, but " + annotated + " is " + whatItIs
          + "; annotate the interface it implements, or list that interface in @Async.Of";
    }
  }

  /** {@code @Async} on a private interface, or one nested in a private type. */
  public record PrivateInterface(TypeElement annotated, String whatIsPrivate) implements Message {
    public String text() {
      return "the facade of " + annotated + " cannot reach it because " + whatIsPrivate
          + " is private; make it package-private or public";
    }
  }

  /** A {@code timeout} that is not a positive duration. */
  public record InvalidTimeout(String timeout) implements Message {
    public String text() {
      return "timeout = \"" + timeout + "\" is not a positive duration; write e.g. \"500ms\","
          + " \"5s\", \"2m\", \"1h\" or \"PT5S\"";
    }
  }

  /** {@code @Async.Of({})}. */
  public record OfEmpty() implements Message {
    public String text() {
      return "@Async.Of lists no interface; list at least one, e.g."
          + " @Async.Of(java.sql.Connection.class)";
    }
  }

  /** {@code @Async.Of(value = {A.class, B.class}, name = "X")}. */
  public record OfNameWithSeveral(String name, int listed) implements Message {
    public String text() {
      return "@Async.Of(name = \"" + name + "\") names one facade, but " + listed + " interfaces"
          + " are listed; give each its own @Async.Of(value = X.class, name = \"...\")";
    }
  }

  /** {@code @Async.Of} listing a class, enum, primitive type... */
  public record OfNotInterface(String listed, String whatItIs) implements Message {
    public String text() {
      return "@Async.Of lists " + listed + ", which is " + whatItIs + "; list interfaces only";
    }
  }

  /** {@code @Async.Of} listing an interface that the facade's package cannot name. */
  public record OfInaccessible(TypeElement listed, String packageName, String why)
      implements Message {
    public String text() {
      return "@Async.Of lists " + listed.getQualifiedName() + ", which the facade in package "
          + packageName + " cannot use because it is " + why
          + "; list it from a package that can reach it";
    }
  }

  /** {@code @Async(name = "1st")}. */
  public record InvalidName(String name, String suggestion) implements Message {
    public String text() {
      return "@Async(name = \"" + name + "\") is not a valid Java type name; use a plain"
          + " identifier such as " + suggestion;
    }
  }

  /** A type that exists already has the facade's (or its implementation's) name. */
  public record NameClash(TypeElement syncInterface, String facadeName, String existing)
      implements Message {
    public String text() {
      return "the facade of " + syncInterface + " would be named " + facadeName + ", but "
          + existing + " already exists; choose another name with @Async(name = \"...\")";
    }
  }

  /** Two annotations ask for facades of one name. */
  public record DuplicateFacade(String facade, TypeElement first, TypeElement second)
      implements Message {
    public String text() {
      return "the facade " + facade + " is generated twice, for " + first + " and for " + second
          + "; give one of them another name with @Async(name = \"...\")";
    }
  }

  /** A sync method with the signature of one of the facade's own methods. */
  public record ReservedMethod(String method, String facadeMember, String facadeName)
      implements Message {
    public String text() {
      return method + " has the same signature as the generated method " + facadeMember + " of "
          + facadeName + "; rename the method, or give the facade another name";
    }
  }

  /** A type in a method's signature that the facade's package cannot name. */
  public record InaccessibleType(String method, TypeElement type, String packageName, String why)
      implements Message {
    public String text() {
      return method + " uses the type " + type.getQualifiedName() + ", which the facade in package "
          + packageName + " cannot name because it is " + why
          + "; make the type accessible from that package";
    }
  }

  /** Types still missing after the last round. */
  public record UnresolvedType(Element annotated, String types) implements Message {
    public String text() {
      return annotated + " refers to types that cannot be resolved (" + types + "); fix the"
          + " missing types or imports, then compile again";
    }
  }

  /** The {@code Filer} could not write a facade. */
  public record WriteFailed(String facade, String reason) implements Message {
    public String text() {
      return "could not write the facade " + facade + " (" + reason + "); check that the"
          + " generated-sources folder is writable and that no other processor writes a type of"
          + " that name";
    }
  }

  /** A bug: an exception the processor did not expect. */
  public record InternalError(Element element, String stackTrace) implements Message {
    public String text() {
      return "asyncgen failed while processing " + element + ", which is a bug in asyncgen;"
          + " please report it with this trace:" + System.lineSeparator() + stackTrace;
    }
  }

  /** How messages name a method: {@code the method Api.get(java.lang.String)}. */
  public static String describe(ExecutableElement method) {
    return "the method " + method.getEnclosingElement().getSimpleName() + "." + method;
  }

  /** {@code a class}, {@code an enum}, ...: what an element is, for messages. */
  public static String describe(Element element) {
    return switch (element.getKind()) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      case INTERFACE -> "an interface";
      case PACKAGE -> "a package";
      default -> "a " + element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
