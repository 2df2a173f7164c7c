package dev.asyncgen.processor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * A {@code timeout} that asyncgen cannot read, or that is not positive.
   *
   * @param notPositive whether it reads as a duration, but zero or negative
   * @param shortForm what it seems to mean, in the short format: {@code "1500ms"} for {@code
   *     "1.5s"}
   * @param isoForm what it seems to mean, in ISO-8601: {@code "PT1.5S"}
   */
  public record InvalidTimeout(
      String timeout, boolean notPositive, Optional<String> shortForm, Optional<String> isoForm)
      implements Message {
    public String text() {
      if (notPositive) {
        return "timeout = \"" + timeout + "\" is not positive; give a duration above zero, e.g."
            + " \"5s\", or leave timeout out for calls without one";
      }
      return "timeout = \"" + timeout + "\" is not in a format asyncgen reads; write a whole number"
          + " followed by ms, s, m or h, "
          + shortForm.map(form -> "here \"" + form + "\"").orElse("e.g. \"500ms\" or \"5s\"")
          + ", or an ISO-8601 duration such as \"" + isoForm.orElse("PT5S") + "\"";
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

  /** {@code gather} names no one-parameter method of the interfaces the annotation names. */
  public record GatherUnknownMethod(String name, String interfaces, List<String> candidates)
      implements Message {
    public String text() {
      return "gather = \"" + name + "\" names no method with one parameter of " + interfaces
          + (candidates.isEmpty()
              ? ", which have none; leave gather out"
              : "; list such methods by name, e.g. " + String.join(", ", candidates.stream().map(c -> "\"" + c + "\"").toList()));
    }
  }

  /** {@code gather} names a method whose helper's name would clash. */
  public record GatherUnavailable(String name) implements Message {
    public String text() {
      return "gather = \"" + name + "\" asks for a helper that cannot be named without a clash"
          + " (another method takes its name, or a collection); call Gather.map(args, arg ->"
          + " facade." + name + "(arg)) instead";
    }
  }

  /** {@code @Async(name = "1st")}. */
  public record InvalidName(String name, String suggestion) implements Message {
    public String text() {
      return "@Async(name = \"" + name + "\") is not a valid Java type name; use a plain"
          + " identifier such as " + suggestion;
    }
  }

  /**
   * A type that exists already has the facade's (or its implementation's) name.
   *
   * @param listedInOf whether {@code @Async.Of} asks for the facade, rather than {@code @Async}
   */
  public record NameClash(
      TypeElement syncInterface, String facadeName, String existing, boolean listedInOf)
      implements Message {
    public String text() {
      return "the facade of " + syncInterface + " would be named " + facadeName + ", but "
          + existing + " already exists; choose another name with "
          + renaming(syncInterface, listedInOf);
    }
  }

  /**
   * Two annotations ask for facades of one name.
   *
   * @param secondListedInOf whether {@code @Async.Of} asks for the second, rather than {@code
   *     @Async}: the message is on its annotation, so it says how to rename that one
   */
  public record DuplicateFacade(
      String facade, TypeElement first, TypeElement second, boolean secondListedInOf)
      implements Message {
    public String text() {
      return "the facade " + facade + " is generated twice, for " + first + " and for " + second
          + "; give one of them another name with " + renaming(second, secondListedInOf);
    }
  }

  /** How to name the facade of {@code iface}: in {@code @Async}, or in its own {@code @Async.Of}. */
  private static String renaming(TypeElement iface, boolean listedInOf) {
    return listedInOf
        ? "@Async.Of(value = " + iface.getQualifiedName() + ".class, name = \"...\")"
        : "@Async(name = \"...\")";
  }

  /** A sync method with the signature of one of the facade's own methods. */
  public record ReservedMethod(
      String method, String facadeMember, boolean erasureOnly, TypeElement syncInterface)
      implements Message {
    public String text() {
      return method + " has the same " + (erasureOnly ? "erasure" : "signature") + " as the"
          + " generated method " + facadeMember + ", which every facade of " + syncInterface
          + " declares, whatever its name; rename the method";
    }
  }

  /**
   * A method of an interface {@code @Async.Of} lists, left out of its facade because it takes
   * the signature of one of the facade's own members: a note, since the user cannot rename it.
   */
  public record MethodLeftOut(String facade, String method, String facadeMember, boolean erasureOnly)
      implements Message {
    public String text() {
      return "the facade " + facade + " leaves out " + method + ", which has the same "
          + (erasureOnly ? "erasure" : "signature") + " as its own generated method " + facadeMember
          + "; call it on the delegate";
    }

    @Override
    public Diagnostic.Kind kind() {
      return Diagnostic.Kind.NOTE;
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

  /** An interface carrying another library's {@code @Async} instead of asyncgen's: a warning. */
  public record ForeignAsync(TypeElement iface, String annotation, String facadeName)
      implements Message {
    public String text() {
      return iface.getQualifiedName() + " is annotated with " + annotation + ", which asyncgen does"
          + " not read, so no " + facadeName + " is generated; to generate it, import"
          + " dev.asyncgen.Async instead (or beside it); if only " + annotation + " is meant, add"
          + " @SuppressWarnings(\"asyncgen:foreign-async\") to the interface";
    }

    @Override
    public Diagnostic.Kind kind() {
      return Diagnostic.Kind.WARNING;
    }
  }

  /**
   * One facade asked for twice (say by {@code @Async.Of} on two classes of a package) with other
   * settings: it is written once, so one of them is not honoured.
   */
  public record DuplicateFacadeSettings(String facade, String these, String first, Element firstAt)
      implements Message {
    public String text() {
      return facade + " is asked for again here with " + these + ", but it was asked for first at "
          + firstAt + " with " + first + ", and one facade is written, with the first's settings;"
          + " ask for it once, or with the same settings";
    }

    @Override
    public Diagnostic.Kind kind() {
      return Diagnostic.Kind.WARNING;
    }
  }

  /** A type parameter of the interface whose bound Java source cannot name. */
  public record UnnameableBound(TypeElement iface, String parameter, String bound) implements Message {
    public String text() {
      return iface.getQualifiedName() + " declares " + parameter + " with the bound " + bound
          + ", which Java source cannot name (a class file of another JVM language), so no facade"
          + " can declare it; wrap it in a Java interface of your own and annotate that";
    }
  }

  /** A facade interface that would not fit in a class file. */
  public record FacadeTooLarge(String facade, int methods, long entries, int limit) implements Message {
    public String text() {
      return String.format(
          Locale.ROOT,
          "the facade %s would have %,d methods and need up to %,d constant-pool entries, more than"
              + " the %,d a class file can hold; ask for fewer gather helpers (gather = {}), or"
              + " split the interface",
          facade, methods, entries, limit);
    }
  }

  /** Types still missing after the last round. */
  public record UnresolvedType(Element annotated, String types) implements Message {
    public String text() {
      return annotated + " refers to types that cannot be resolved (" + types + "); fix the"
          + " missing types or imports, then compile again";
    }
  }

  /**
   * The runtime on the class path does not speak the generated-code contract this processor
   * writes for: too old to have one, or another version.
   */
  public record RuntimeMismatch(String found, int expected) implements Message {
    public String text() {
      return "the asyncgen runtime on the class path " + found + ", but this processor writes"
          + " code for contract " + expected + "; use asyncgen-runtime and asyncgen-processor of"
          + " the same version";
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

  /** The {@code Filer} could not write the list of facade providers, e.g. another processor did. */
  public record RegistryWriteFailed(String reason) implements Message {
    public String text() {
      return "could not write META-INF/services/dev.asyncgen.spi.FacadeProvider (" + reason
          + "), so frameworks will not find this module's facades; check that no other processor"
          + " writes that file";
    }
  }

  /** A bug: an exception the processor did not expect. */
  public record InternalError(String subject, String stackTrace) implements Message {
    public String text() {
      return "asyncgen failed while processing " + subject + ", which is a bug in asyncgen;"
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
