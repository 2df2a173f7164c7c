package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@link Outcome} as a result type: of, map, flatMap, recover, fold, orElse. */
class OutcomeResultTest {

  private static final IOException BOOM = new IOException("boom");

  private static Outcome<Integer> success(Integer value) {
    return new Outcome.Success<>(value);
  }

  private static Outcome<Integer> failure() {
    return new Outcome.Failure<>(BOOM);
  }

  @Test
  void ofCapturesTheValueOrWhateverTheCallThrew() {
    assertEquals(success(1), Outcome.of(() -> 1));
    assertEquals(new Outcome.Failure<>(BOOM), Outcome.of(() -> {
      throw BOOM;
    }));
    StackOverflowError error = new StackOverflowError();
    assertSame(error, ((Outcome.Failure<Object>) Outcome.of(() -> {
      throw error;
    })).cause());
  }

  @Test
  void ofKeepsAnInterruptItCaptures() {
    InterruptedException interrupted = new InterruptedException();
    Outcome<Object> outcome = Outcome.of(() -> {
      throw interrupted;
    });
    try {
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is set again");
      assertEquals(new Outcome.Failure<>(interrupted), outcome);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void mapTransformsASuccessAndPassesAFailureWithoutCallingTheMapper() {
    assertEquals(success(4), success(2).map(n -> n * 2));
    AtomicBoolean called = new AtomicBoolean();
    Outcome<String> mapped = failure().map(n -> {
      called.set(true);
      return "x";
    });
    assertSame(BOOM, ((Outcome.Failure<String>) mapped).cause());
    assertFalse(called.get());
  }

  @Test
  void aMapperThatThrowsGivesAFailureAsThenApplyWould() {
    IllegalStateException thrown = new IllegalStateException();
    Outcome<String> mapped = success(1).map(n -> {
      throw thrown;
    });
    assertEquals(new Outcome.Failure<>(thrown), mapped);
  }

  @Test
  void flatMapChainsOutcomes() {
    assertEquals(success(3), success(1).flatMap(n -> success(n + 2)));
    assertEquals(failure(), success(1).flatMap(n -> failure()));
    assertSame(BOOM, ((Outcome.Failure<Integer>) failure().flatMap(n -> success(n))).cause());
    NullPointerException none =
        (NullPointerException) ((Outcome.Failure<Integer>) success(1).<Integer>flatMap(n -> null)).cause();
    assertEquals("mapper returned null", none.getMessage());
  }

  @Test
  void recoverHandlesOnlyTheNamedType() {
    assertEquals(success(0), failure().recover(IOException.class, e -> 0));
    assertEquals(failure(), failure().recover(IllegalStateException.class, e -> 0));
    assertEquals(success(5), success(5).recover(IOException.class, e -> 0));
    IllegalStateException rethrown = new IllegalStateException();
    assertEquals(
        new Outcome.Failure<>(rethrown),
        failure().recover(IOException.class, e -> {
          throw rethrown;
        }));
  }

  @Test
  void foldLeavesTheTypeAndWhatItsFunctionsThrowPropagates() {
    assertEquals("value 1", success(1).fold(n -> "value " + n, e -> "failed"));
    assertEquals("failed boom", failure().fold(n -> "value", e -> "failed " + e.getMessage()));
    IllegalStateException thrown = new IllegalStateException();
    assertSame(
        thrown,
        assertThrows(IllegalStateException.class, () -> success(1).fold(n -> {
          throw thrown;
        }, e -> "")));
  }

  @Test
  void orElseGivesTheValueOrTheOther() {
    assertEquals(1, success(1).orElse(9));
    assertNull(success(null).orElse(9), "a success of null is a value");
    assertEquals(9, failure().orElse(9));
  }

  @Test
  void theDocumentedExampleRuns() throws IOException {
    Path missing = Files.createTempDirectory("outcome").resolve("missing");
    long size = Outcome.of(() -> Files.size(missing))
        .recover(NoSuchFileException.class, notThere -> 0L)
        .map(bytes -> bytes / 1024)
        .fold(kib -> kib, failed -> -1L);
    assertEquals(0L, size);
  }

  @Test
  void nullFunctionsAreNamed() {
    TestFutures.assertNpe("call", () -> Outcome.of(null));
    TestFutures.assertNpe("mapper", () -> success(1).map(null));
    TestFutures.assertNpe("mapper", () -> success(1).flatMap(null));
    TestFutures.assertNpe("type", () -> failure().recover(null, e -> 0));
    TestFutures.assertNpe("handler", () -> failure().recover(IOException.class, null));
    TestFutures.assertNpe("onSuccess", () -> success(1).fold(null, e -> 0));
    TestFutures.assertNpe("onFailure", () -> success(1).fold(n -> 0, null));
    assertInstanceOf(Outcome.Success.class, success(1));
  }
}
