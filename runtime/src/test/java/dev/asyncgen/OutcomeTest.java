package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void successHoldsItsValueNullIncluded() {
    Outcome<String> success = new Outcome.Success<>("v");
    assertTrue(success.isSuccess());
    assertEquals("v", success.valueOrThrow());

    Outcome<String> empty = new Outcome.Success<>(null);
    assertTrue(empty.isSuccess());
    assertNull(empty.valueOrThrow());
  }

  @Test
  void failureRethrowsUncheckedExceptionsAsTheyAre() {
    IllegalStateException boom = new IllegalStateException("boom");
    Outcome<String> failure = new Outcome.Failure<>(boom);
    assertFalse(failure.isSuccess());
    assertSame(boom, assertThrows(IllegalStateException.class, failure::valueOrThrow));

    AssertionError error = new AssertionError("error");
    assertSame(
        error, assertThrows(AssertionError.class, new Outcome.Failure<>(error)::valueOrThrow));

    CancellationException cancelled = new CancellationException();
    assertSame(
        cancelled,
        assertThrows(CancellationException.class, new Outcome.Failure<>(cancelled)::valueOrThrow));
  }

  @Test
  void failureWrapsACheckedExceptionInAsyncException() {
    IOException boom = new IOException("boom");
    AsyncException thrown =
        assertThrows(AsyncException.class, new Outcome.Failure<String>(boom)::valueOrThrow);
    assertSame(boom, thrown.getCause());
  }

  @Test
  void failureNeedsACause() {
    NullPointerException thrown =
        assertThrows(NullPointerException.class, () -> new Outcome.Failure<String>(null));
    assertEquals("cause", thrown.getMessage());
  }

  @Test
  void isSealedToSuccessAndFailureSoASwitchOverItIsExhaustive() {
    assertTrue(Outcome.class.isSealed());
    assertEquals(
        java.util.List.of(Outcome.Success.class, Outcome.Failure.class),
        java.util.List.of(Outcome.class.getPermittedSubclasses()));
  }
}
