package dev.asyncgen;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every one of the stages given to {@link Gather#any} failed (or none was given): the one exception
 * that carries all their failures, like Python's {@code ExceptionGroup} or JavaScript's {@code
 * AggregateError}.
 *
 * <p>{@link #causes()} holds one failure per stage, in the order the stages were given; each
 * distinct failure is also {@linkplain #getSuppressed() suppressed} by this exception, so that a
 * logged stack trace shows them all. {@link #getCause()} is {@code null}: no failure is more the
 * cause than another.
 */
public class AllFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An array, not a {@code List}: it must stay serializable. */
  private final Throwable[] causes;

  /**
   * @param causes the failure of each stage, in input order; may be empty, never contains {@code
   *     null}
   */
  public AllFailedException(List<? extends Throwable> causes) {
    this(Objects.requireNonNull(causes, "causes").toArray(new Throwable[0]));
  }

  /** Takes ownership of {@code causes}. */
  // addSuppressed is Throwable's own final method, and reads no field a subclass could add; JDK
  // 21+ javac cannot see into it and warns that `this` might escape.
  @SuppressWarnings("this-escape")
  AllFailedException(Throwable[] causes) {
    super(message(checked(causes)));
    this.causes = causes;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause : causes) {
      if (seen.add(cause)) {
        addSuppressed(cause);
      }
    }
  }

  /** The failure of each stage, in the order the stages were given. */
  public List<Throwable> causes() {
    return List.of(causes);
  }

  private static Throwable[] checked(Throwable[] causes) {
    for (int i = 0; i < causes.length; i++) {
      Objects.requireNonNull(causes[i], "causes[" + i + "]");
    }
    return causes;
  }

  private static String message(Throwable[] causes) {
    return switch (causes.length) {
      case 0 -> "no stage was given, so none could succeed";
      case 1 -> "the only stage failed: " + causes[0];
      default -> "all " + causes.length + " stages failed; the first one given: " + causes[0];
    };
  }
}
