package dev.asyncgen.processor.differential;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a generated harness uses to compare a facade with its sync interface, and a generated
 * implementation uses to record what it returned and threw. One per harness run; it collects
 * mismatches instead of throwing, so that one run reports every difference.
 *
 * <p>The contract checked, call by call: the facade method returns a future at once, without
 * throwing; the future completes with a value equal to the direct call's result (arrays and lists
 * deeply; {@code null} for {@code void}; for a method returning a {@code CompletionStage}, the
 * stage's value), and for a result the implementation made, the very same instance; or it fails
 * with the exception the direct call threw (or its stage failed with), of the same class and
 * message, and the very instance the implementation threw. {@code get()} reports a failure as an
 * {@link ExecutionException}'s cause, except a {@link CancellationException}, which {@code
 * CompletableFuture} throws as it is (JDK 17) or as the cause of a new one (JDK 25): then the
 * failure compared is the one the future holds.
 */
public final class Check {

  private static final long WAIT_SECONDS = 30;

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          4,
          task -> {
            Thread thread = new Thread(task, "differential-pool");
            thread.setDaemon(true);
            return thread;
          });

  /** A direct call of the sync interface. */
  @FunctionalInterface
  public interface Direct {
    Object call() throws Throwable;
  }

  /** A call of the facade. */
  @FunctionalInterface
  public interface Facade {
    CompletableFuture<?> call();
  }

  private final String name;
  private final List<String> mismatches = new ArrayList<>();
  private int calls;
  private int gathersWithFailures;

  private volatile Object lastReturned;
  private volatile Throwable lastThrown;

  /** The implementation's last call returned {@code null} where a stage was expected. */
  private boolean returnedNoStage;

  public Check(String name) {
    this.name = name;
  }

  /** An executor for {@code of(delegate, executor)}: a small shared pool. */
  public static Executor executor() {
    return POOL;
  }

  /** Records {@code value} as the latest result of the implementation, and returns it. */
  public <T> T ret(T value) {
    lastReturned = value;
    return value;
  }

  /** Records {@code failure} as the latest exception of the implementation, and returns it. */
  public <X extends Throwable> X thrown(X failure) {
    lastThrown = failure;
    return failure;
  }

  /**
   * Calls {@code direct}, then {@code facade}, and compares.
   *
   * @param stage the sync method returns a {@code CompletionStage}, which the facade flattens
   * @param identity the implementation records its result, which the facade must hand over as is
   */
  public void call(String label, boolean stage, boolean identity, Direct direct, Facade facade) {
    calls++;
    returnedNoStage = false;
    Outcome expected = direct(direct, stage);
    lastReturned = null;
    lastThrown = null;
    Outcome actual = facade(label, facade);
    if (actual == null) {
      return;
    }
    if (!matches(expected, actual)) {
      mismatch(label, "expected " + expected + " but the facade gave " + actual);
      return;
    }
    if (actual.failure() != null) {
      Throwable recorded = lastThrown;
      if (stage
          && recorded instanceof CompletionException
          && recorded.getCause() != null
          && !(expected.failure() instanceof CompletionException)) {
        // Put in the returned stage, not thrown: get() on the stage itself reports the cause.
        recorded = recorded.getCause();
      }
      if (recorded != null && recorded != actual.failure()) {
        mismatch(label, "the facade failed with " + describe(actual.failure())
            + ", an equal but not the same exception the implementation threw");
      }
    } else if (identity && !returnedNoStage && actual.value() != lastReturned) {
      mismatch(label, "the facade completed with " + show(actual.value())
          + ", equal to but not the very object the implementation returned");
    }
  }

  /**
   * Calls each of {@code direct} in order, then the facade's gather helper once for all of them:
   * it must complete with the list of their results, or, if any failed, with one of their failures.
   */
  public void gather(String label, boolean stage, List<Direct> direct, Facade facade) {
    calls++;
    List<Outcome> expected = new ArrayList<>();
    for (Direct call : direct) {
      expected.add(direct(call, stage));
    }
    Outcome actual = facade(label, facade);
    if (actual == null) {
      return;
    }
    List<Outcome> failures = expected.stream().filter(o -> o.failure() != null).toList();
    if (!failures.isEmpty()) {
      gathersWithFailures++;
    }
    if (failures.isEmpty()) {
      if (actual.failure() != null || !(actual.value() instanceof List<?> values)
          || values.size() != expected.size()) {
        mismatch(label, "expected the results " + expected + " but the gather helper gave " + actual);
        return;
      }
      for (int i = 0; i < values.size(); i++) {
        if (!same(expected.get(i).value(), values.get(i))) {
          mismatch(label, "result " + i + ": expected " + expected + " but the gather helper gave "
              + actual);
          return;
        }
      }
    } else {
      boolean oneOfThem =
          actual.failure() != null
              && failures.stream().anyMatch(f -> sameFailure(f.failure(), actual.failure()));
      if (!oneOfThem) {
        mismatch(label, "expected one of the failures " + failures + " but the gather helper gave "
            + actual);
      }
    }
  }

  /**
   * Compares the facade interface's instance methods with {@code expected}: rows of a name and
   * parameter types (erased). Its static methods must be the three {@code of} factories.
   */
  public void facadeMethods(Class<?> facade, Class<?> sync, Object[][] expected) {
    TreeSet<String> want = new TreeSet<>();
    for (Object[] row : expected) {
      want.add(signature((String) row[0], Arrays.copyOfRange(row, 1, row.length, Class[].class)));
    }
    TreeSet<String> have = new TreeSet<>();
    TreeSet<String> statics = new TreeSet<>();
    for (Method method : facade.getDeclaredMethods()) {
      if (method.isSynthetic() || method.isBridge()) {
        continue;
      }
      String signature = signature(method.getName(), method.getParameterTypes());
      (Modifier.isStatic(method.getModifiers()) ? statics : have).add(signature);
    }
    if (!want.equals(have)) {
      TreeSet<String> missing = new TreeSet<>(want);
      missing.removeAll(have);
      TreeSet<String> extra = new TreeSet<>(have);
      extra.removeAll(want);
      mismatch(facade.getSimpleName(), "facade methods differ from the sync interface's: missing "
          + missing + ", unexpected " + extra);
    }
    TreeSet<String> factories = new TreeSet<>();
    factories.add(signature("of", new Class<?>[] {sync}));
    factories.add(signature("of", new Class<?>[] {sync, Executor.class}));
    factories.add(signature("of", new Class<?>[] {sync, dev.asyncgen.AsyncOptions.class}));
    if (!factories.equals(statics)) {
      mismatch(facade.getSimpleName(), "static methods " + statics + ", expected " + factories);
    }
  }

  public List<String> mismatches() {
    return mismatches;
  }

  public int calls() {
    return calls;
  }

  /** Gather calls where at least one of the direct calls failed. */
  public int gathersWithFailures() {
    return gathersWithFailures;
  }

  private static String signature(String name, Class<?>[] parameters) {
    StringBuilder signature = new StringBuilder(name).append('(');
    for (int i = 0; i < parameters.length; i++) {
      signature.append(i == 0 ? "" : ", ").append(parameters[i].getTypeName());
    }
    return signature.append(')').toString();
  }

  private void mismatch(String label, String what) {
    mismatches.add(name + " " + label + ": " + what);
  }

  private Outcome direct(Direct direct, boolean stage) {
    Object value;
    try {
      value = direct.call();
    } catch (Throwable failure) {
      return new Outcome(null, failure);
    }
    if (!stage) {
      return new Outcome(value, null);
    }
    if (value == null) {
      // The documented contract: a call that returns no stage gives a future of null, what the
      // sync caller gets; whatever value the implementation made on the way is not handed over.
      returnedNoStage = true;
      return new Outcome(null, null);
    }
    return settle(((CompletionStage<?>) value).toCompletableFuture());
  }

  /** The facade's outcome, or {@code null} (and a mismatch) if it broke the calling contract. */
  private Outcome facade(String label, Facade facade) {
    CompletableFuture<?> future;
    try {
      future = facade.call();
    } catch (Throwable failure) {
      mismatch(label, "the facade threw at the call site instead of failing the future: "
          + describe(failure));
      return null;
    }
    if (future == null) {
      mismatch(label, "the facade returned null");
      return null;
    }
    Outcome outcome = settle(future);
    if (outcome == null) {
      mismatch(label, "the facade's future did not complete within " + WAIT_SECONDS + "s");
    }
    return outcome;
  }

  private static Outcome settle(Future<?> future) {
    try {
      return new Outcome(future.get(WAIT_SECONDS, TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome(null, e.getCause());
    } catch (CancellationException e) {
      // The failure the future holds: JDK 17's get() throws it as it is, JDK 25's a new
      // CancellationException("get") caused by it. handle() sees it as it was completed with.
      Throwable held =
          future instanceof CompletableFuture<?> completable
              ? completable.handle((value, failure) -> failure).getNow(e)
              : e;
      return new Outcome(null, held);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static boolean matches(Outcome expected, Outcome actual) {
    if (expected.failure() != null || actual.failure() != null) {
      return expected.failure() != null
          && actual.failure() != null
          && sameFailure(expected.failure(), actual.failure());
    }
    return same(expected.value(), actual.value());
  }

  private static boolean sameFailure(Throwable expected, Throwable actual) {
    return expected.getClass() == actual.getClass()
        && Objects.equals(expected.getMessage(), actual.getMessage());
  }

  /** Equal values: arrays and lists deeply, stages by their outcomes. */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return false;
    }
    if (a instanceof CompletionStage<?> x && b instanceof CompletionStage<?> y) {
      Outcome left = settle(x.toCompletableFuture());
      Outcome right = settle(y.toCompletableFuture());
      return left != null && right != null && matches(left, right);
    }
    if (a.getClass().isArray()) {
      return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      // Entry by entry, keys deeply too: the generated maps are singletons, in a fixed order.
      List<Map.Entry<?, ?>> left = new ArrayList<>(x.entrySet());
      List<Map.Entry<?, ?>> right = new ArrayList<>(y.entrySet());
      if (left.size() != right.size()) {
        return false;
      }
      for (int i = 0; i < left.size(); i++) {
        if (!same(left.get(i).getKey(), right.get(i).getKey())
            || !same(left.get(i).getValue(), right.get(i).getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return same(x.orElse(null), y.orElse(null));
    }
    return a.equals(b);
  }

  private static String describe(Throwable failure) {
    return failure.getClass().getName() + "(" + failure.getMessage() + ")";
  }

  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    if (value.getClass().isArray()) {
      String deep = Arrays.deepToString(new Object[] {value});
      return value.getClass().getSimpleName() + deep.substring(1, deep.length() - 1);
    }
    return value.getClass().getSimpleName() + " " + value;
  }

  /** A call's outcome: a value, or a failure. */
  record Outcome(Object value, Throwable failure) {
    @Override
    public String toString() {
      return failure != null ? "failure " + describe(failure) : "value " + show(value);
    }
  }
}
