package dev.asyncgen.it.behaviour;

import dev.asyncgen.Async;
import java.io.IOException;

/** A blocking service whose behaviour each test supplies: the subject of the behaviour tests. */
@Async
public interface Service {
  /** Runs the test's step on the calling thread and returns what it returns. */
  <T> T perform(Step<T> step) throws Exception;

  /** Runs the test's action; returns nothing. */
  void execute(Action action) throws Exception;

  /** Throws {@code failure}. */
  String read(IOException failure) throws IOException;

  /** Returns {@code null}. */
  String nothing();

  /** The name of the thread it runs on. */
  String threadName();

  /** A step of blocking work. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws Exception;
  }

  /** A step of blocking work without a result. */
  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }

  /** The obvious implementation. */
  final class Direct implements Service {
    @Override
    public <T> T perform(Step<T> step) throws Exception {
      return step.run();
    }

    @Override
    public void execute(Action action) throws Exception {
      action.run();
    }

    @Override
    public String read(IOException failure) throws IOException {
      throw failure;
    }

    @Override
    public String nothing() {
      return null;
    }

    @Override
    public String threadName() {
      return Thread.currentThread().getName();
    }
  }
}
