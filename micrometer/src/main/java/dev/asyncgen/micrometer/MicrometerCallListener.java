package dev.asyncgen.micrometer;

import dev.asyncgen.CallEvent;
import dev.asyncgen.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every facade call in the timer {@value #METRIC}, tagged with
 *
 * <ul>
 *   <li>{@code method}: the interface and method, e.g. {@code Downloader.download};
 *   <li>{@code outcome}: {@code SUCCESS}, {@code FAILURE}, {@code CANCELLED} or {@code TIMEOUT};
 *   <li>{@code exception}: the simple name of the exception the future failed with, or {@code
 *       none}.
 * </ul>
 *
 * <p>The time is the call's whole life, from the facade call to the future's end, time spent
 * queued for the executor or a concurrency limit included. Percentiles and histograms are the
 * registry's to configure, e.g. with a {@code MeterFilter}.
 *
 * <p>With {@linkplain dev.asyncgen.AsyncOptions#withRetry retry}, the timer holds one entry per
 * call (its last attempt's outcome, timed from the call), and every attempt that failed and is
 * tried again counts in the counter {@value #RETRIES}, tagged {@code method} and {@code
 * exception} (the attempt's failure).
 *
 * <pre>{@code
 * DownloaderAsync downloads = DownloaderAsync.of(downloader, AsyncOptions.defaults()
 *     .withListener(new MicrometerCallListener(registry)));
 * }</pre>
 *
 * <p>Timers are looked up once per method, outcome and exception type and kept, so a call costs a
 * few map look-ups and the timer's own recording.
 */
public final class MicrometerCallListener implements CallListener {

  /** The name of the timer. */
  public static final String METRIC = "asyncgen.calls";

  /** The name of the counter of attempts that failed and were tried again. */
  public static final String RETRIES = "asyncgen.calls.retries";

  private static final String NO_EXCEPTION = "none";

  private final MeterRegistry registry;
  private final Tags tags;
  private final Map<String, MethodMeters> methods = new ConcurrentHashMap<>();

  /** Records into {@code registry}. */
  public MicrometerCallListener(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /** Records into {@code registry}, with {@code tags} added to every timer, e.g. the application. */
  public MicrometerCallListener(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
  }

  @Override
  public void onEnd(CallEvent event) {
    MethodMeters meters = methods.computeIfAbsent(event.method(), MethodMeters::new);
    if (event.status() == CallEvent.Status.RETRYING) {
      // An attempt, not the call's end: the call is timed once, when its last attempt ends.
      meters.retries(event.failure()).increment();
    } else {
      meters.timer(event.status(), event.failure()).record(event.duration());
    }
  }

  /** The meters of one method: timers by outcome and then by exception type, retry counters. */
  private final class MethodMeters {
    private final String method;
    private final Timer success;

    private final Map<CallEvent.Status, Map<Class<?>, Timer>> failures =
        new EnumMap<>(CallEvent.Status.class);
    private final Map<Class<?>, Counter> retries = new ConcurrentHashMap<>();

    MethodMeters(String method) {
      this.method = method;
      this.success = register(CallEvent.Status.SUCCESS, NO_EXCEPTION);
      for (CallEvent.Status status : CallEvent.Status.values()) {
        failures.put(status, new ConcurrentHashMap<>()); // read-only from here on
      }
    }

    Counter retries(Throwable failure) {
      Class<?> type = failure == null ? Void.class : failure.getClass();
      return retries.computeIfAbsent(
          type,
          t ->
              Counter.builder(RETRIES)
                  .description("asyncgen call attempts that failed and were tried again")
                  .tags(tags)
                  .tag("method", method)
                  .tag("exception", failure == null ? NO_EXCEPTION : exceptionTag(t))
                  .register(registry));
    }

    Timer timer(CallEvent.Status status, Throwable failure) {
      if (failure == null) {
        return status == CallEvent.Status.SUCCESS ? success : register(status, NO_EXCEPTION);
      }
      return failures
          .get(status)
          .computeIfAbsent(failure.getClass(), type -> register(status, exceptionTag(type)));
    }

    private Timer register(CallEvent.Status status, String exception) {
      return Timer.builder(METRIC)
          .description("asyncgen facade calls, from the call to its end, queueing included")
          .tags(tags)
          .tag("method", method)
          .tag("outcome", status.name())
          .tag("exception", exception)
          .register(registry);
    }
  }

  /** The simple name, as Spring's own metrics tag exceptions; the full name where there is none. */
  private static String exceptionTag(Class<?> type) {
    String simple = type.getSimpleName();
    return simple.isEmpty() ? type.getName() : simple;
  }
}
