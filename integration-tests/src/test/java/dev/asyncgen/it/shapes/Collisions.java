package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Methods and parameters named like what the generated code uses: its fields, factory and option
 * methods, the dispatcher's methods, and the names it invents for nameless parameters.
 */
@Async
public interface Collisions {
  String delegate(String delegate);

  String executor(Executor executor);

  String dispatcher(String dispatcher);

  String options(String options);

  String change(String change);

  /** Not the static factory: a different parameter type. */
  String of(String of);

  /** Not {@code withOptions(UnaryOperator)}. */
  String withOptions(String withOptions);

  String call(String call);

  String run(Runnable run);

  String arg(int arg, int arg0, int arg1);

  String args(String... args);

  String body(String body, String method, String task, String result, String future);

  String all(String delegate, Executor executor, String dispatcher, String options, String change);

  <T> List<T> generic(T delegate, T dispatcher);

  String self(Collisions collisions);
}
