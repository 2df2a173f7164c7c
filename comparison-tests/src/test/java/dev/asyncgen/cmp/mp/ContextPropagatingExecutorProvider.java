package dev.asyncgen.cmp.mp;

import io.smallrye.faulttolerance.AsyncExecutorProvider;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * What SmallRye Fault Tolerance needs outside Quarkus for its asynchronous calls to carry context:
 * an executor of your own whose tasks MicroProfile Context Propagation's {@link ThreadContext}
 * wraps, applying every {@code ThreadContextProvider} (such as {@link TenantContextProvider})
 * around each task. One thread, so that a test can see what a call leaves on it. It replaces
 * SmallRye's default executor only in the containers it is added to.
 */
@Alternative
@Priority(1)
@Singleton
public class ContextPropagatingExecutorProvider implements AsyncExecutorProvider {

  private final ThreadContext context =
      ThreadContext.builder().propagated(ThreadContext.ALL_REMAINING).cleared().unchanged().build();
  private final ExecutorService thread = Executors.newSingleThreadExecutor();

  private final ExecutorService executor =
      new AbstractExecutorService() {
        @Override
        public void execute(Runnable task) {
          thread.execute(context.contextualRunnable(task));
        }

        @Override
        public void shutdown() {
          thread.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
          return thread.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
          return thread.isShutdown();
        }

        @Override
        public boolean isTerminated() {
          return thread.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
          return thread.awaitTermination(timeout, unit);
        }
      };

  @Override
  public ExecutorService get() {
    return executor;
  }

  @PreDestroy
  void shutDown() {
    thread.shutdownNow();
  }
}
