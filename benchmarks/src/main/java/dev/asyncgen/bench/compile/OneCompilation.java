package dev.asyncgen.bench.compile;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * One javac run in a JVM of its own, as a build tool's compiler step: {@code java -cp
 * benchmarks.jar dev.asyncgen.bench.compile.OneCompilation [--asyncgen] javac-arguments...}. With
 * {@code --asyncgen} the asyncgen processor runs (wrapped in {@link TimedProcessor}). Prints one
 * line, {@code cpu=<ms> processor=<ms> wall=<ms> ok=<bool>}: the CPU time of the whole process
 * (javac's thread, the JIT compilers and the garbage collector, from JVM start), the CPU time
 * inside the processor, and the wall time of the compilation.
 */
public final class OneCompilation {

  private OneCompilation() {}

  public static void main(String[] args) throws Exception {
    List<String> javacArgs = new ArrayList<>(Arrays.asList(args));
    boolean asyncgen = javacArgs.remove("--asyncgen");
    List<String> files = takeSourceFiles(javacArgs);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    long start = System.nanoTime();
    TimedProcessor processor = asyncgen ? new TimedProcessor(newAsyncgenProcessor()) : null;
    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            null,
            null,
            javacArgs,
            null,
            javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(files));
    if (processor != null) {
      task.setProcessors(List.of(processor));
    }
    boolean ok = task.call();
    long wallNanos = System.nanoTime() - start;
    long cpuNanos =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    System.out.printf(
        "cpu=%d processor=%d wall=%d ok=%s%n",
        cpuNanos / 1_000_000,
        processor == null ? 0 : processor.cpuNanos() / 1_000_000,
        wallNanos / 1_000_000,
        ok);
  }

  /** Removes and returns the arguments ending in {@code .java}: the task takes them apart from the options. */
  private static List<String> takeSourceFiles(List<String> javacArgs) {
    List<String> files = new ArrayList<>();
    for (java.util.Iterator<String> it = javacArgs.iterator(); it.hasNext(); ) {
      String arg = it.next();
      if (arg.endsWith(".java")) {
        files.add(arg);
        it.remove();
      }
    }
    return files;
  }

  private static Processor newAsyncgenProcessor() throws ReflectiveOperationException {
    return (Processor)
        Class.forName("dev.asyncgen.processor.AsyncProcessor").getDeclaredConstructor().newInstance();
  }
}
