package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static dev.asyncgen.it.support.Futures.causeFromGet;
import static dev.asyncgen.it.support.Futures.causeFromJoin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Futures;
import dev.asyncgen.it.support.Signatures;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The facade's methods declare no exceptions; whatever the sync method throws fails the future, the
 * very instance as the cause.
 */
class ExceptionsTest {

  static final class Impl implements Throwing {
    final AtomicReference<Throwable> next = new AtomicReference<>();

    private void maybeThrow() throws Throwable {
      Throwable t = next.getAndSet(null);
      if (t != null) {
        throw t;
      }
    }

    @Override
    public String read(String path) throws IOException {
      if (path.isEmpty()) {
        throw new FileNotFoundException("empty path");
      }
      return "content of " + path;
    }

    @Override
    public void write(String path, String text) throws IOException, SQLException {
      Throwable t = next.getAndSet(null);
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof SQLException sql) {
        throw sql;
      }
    }

    @Override
    public int parse(String text) throws Exception {
      return Integer.parseInt(text); // NumberFormatException for bad input
    }

    @Override
    public <X extends Exception> void rethrow(X exception) throws X {
      throw exception;
    }

    @Override
    public <X extends Throwable> String orElseThrow(String value, X exception) throws X {
      if (value == null) {
        throw exception;
      }
      return value;
    }

    @Override
    public long slow() throws TimeoutException, InterruptedException {
      throw new TimeoutException("too slow");
    }

    @Override
    public void anything() throws Throwable {
      maybeThrow();
    }
  }

  private final Impl impl = new Impl();
  private final ThrowingAsync facade = ThrowingAsync.of(impl);

  @Test
  void checkedExceptionSurfacesAsTheCauseViaGetAndJoin() {
    CompletableFuture<String> read = facade.read("");
    Throwable fromGet = causeFromGet(read);
    assertTrue(fromGet instanceof FileNotFoundException, "was " + fromGet);
    assertSame(fromGet, causeFromJoin(read), "join reports the same instance as get");
    assertTrue(read.isCompletedExceptionally());
    assertEquals("content of a", await(facade.read("a")));
  }

  @Test
  void eachDeclaredCheckedExceptionIsTheExactInstance() {
    IOException io = new IOException("disk");
    impl.next.set(io);
    CompletableFuture<Void> first = facade.write("p", "t");
    assertSame(io, causeFromGet(first));
    assertSame(io, causeFromJoin(first));

    SQLException sql = new SQLException("db");
    impl.next.set(sql);
    CompletableFuture<Void> second = facade.write("p", "t");
    assertSame(sql, causeFromGet(second));
    assertSame(sql, causeFromJoin(second));
  }

  @Test
  void uncheckedExceptionFromAMethodDeclaringException() {
    CompletableFuture<Integer> parsed = facade.parse("not a number");
    assertTrue(causeFromGet(parsed) instanceof NumberFormatException);
    assertEquals(12, await(facade.parse("12")));
  }

  @Test
  void typeVariableExceptionIsTheExactInstance() {
    IOException io = new IOException("typed");
    CompletableFuture<Void> rethrown = facade.rethrow(io);
    assertSame(io, causeFromGet(rethrown));
    assertSame(io, causeFromJoin(rethrown));

    IllegalStateException unchecked = new IllegalStateException("unchecked X");
    assertSame(unchecked, causeFromJoin(facade.rethrow(unchecked)));
  }

  @Test
  void typeVariableThrowableIncludingErrors() {
    AssertionError error = new AssertionError("an Error as X");
    CompletableFuture<String> failed = facade.orElseThrow(null, error);
    assertSame(error, causeFromGet(failed));
    assertSame(error, causeFromJoin(failed));
    assertEquals("v", await(facade.orElseThrow("v", error)));
  }

  @Test
  void aCompletionExceptionThrownByTheSyncMethodIsTheCauseLikeAnyOther() {
    // A sync method that joins a future of its own throws CompletionException. Unlike
    // CompletableFuture.supplyAsync, which would report its cause, the facade keeps its promise:
    // get() is caused by the method's own exception, and join() throws a CompletionException
    // caused by it.
    IOException inner = new IOException("inner");
    CompletionException own = new CompletionException("own", inner);
    impl.next.set(own);
    CompletableFuture<Void> failed = facade.anything();
    Futures.awaitDone(failed);
    assertSame(own, causeFromGet(failed));
    assertSame(own, causeFromJoin(failed));
  }

  @Test
  void throwableOfAnyKind() {
    Throwable plain = new Throwable("neither Exception nor Error");
    impl.next.set(plain);
    CompletableFuture<Void> failed = facade.anything();
    assertSame(plain, causeFromGet(failed));
    assertSame(plain, causeFromJoin(failed));
    assertTrue(causeFromGet(facade.slow()) instanceof TimeoutException);
  }

  @Test
  void signaturesHaveNoThrowsClause() throws Exception {
    Signatures.assertFacadeContract(ThrowingAsync.class, Throwing.class);
    assertEquals(
        List.of(
            "<X extends Exception> rethrow(X) -> CompletableFuture<Void>",
            "<X extends Throwable> orElseThrow(String, X) -> CompletableFuture<String>",
            "anything() -> CompletableFuture<Void>",
            "parse(String) -> CompletableFuture<Integer>",
            "read(String) -> CompletableFuture<String>",
            "slow() -> CompletableFuture<Long>",
            "write(String, String) -> CompletableFuture<Void>"),
        Signatures.of(ThrowingAsync.class));
  }
}
