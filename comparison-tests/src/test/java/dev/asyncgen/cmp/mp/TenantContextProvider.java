package dev.asyncgen.cmp.mp;

import java.util.Map;
import org.eclipse.microprofile.context.spi.ThreadContextController;
import org.eclipse.microprofile.context.spi.ThreadContextProvider;
import org.eclipse.microprofile.context.spi.ThreadContextSnapshot;

/**
 * What a MicroProfile user writes to carry a thread-local of their own: a MicroProfile Context
 * Propagation {@link ThreadContextProvider} for {@link #TENANT}, registered in {@code
 * META-INF/services}. SmallRye Fault Tolerance applies it around every asynchronous call once
 * {@code smallrye-fault-tolerance-context-propagation} is on the class path.
 *
 * <p>{@link dev.asyncgen.cmp.Probe#USER} has no provider, and so is not carried.
 */
public final class TenantContextProvider implements ThreadContextProvider {

  /** A thread-local context that has a provider. */
  public static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  /**
   * The caller's tenant, set around the task and the thread's own put back after it. A caller
   * without one changes nothing, so a tenant left behind by an earlier task would show.
   */
  @Override
  public ThreadContextSnapshot currentContext(Map<String, String> props) {
    String tenant = TENANT.get();
    if (tenant == null) {
      return () -> () -> {};
    }
    return snapshot(tenant);
  }

  @Override
  public ThreadContextSnapshot clearedContext(Map<String, String> props) {
    return snapshot(null);
  }

  @Override
  public String getThreadContextType() {
    return "Tenant";
  }

  private static ThreadContextSnapshot snapshot(String tenant) {
    return () -> {
      String previous = TENANT.get();
      set(tenant);
      ThreadContextController restore = () -> set(previous);
      return restore;
    };
  }

  private static void set(String tenant) {
    if (tenant == null) {
      TENANT.remove();
    } else {
      TENANT.set(tenant);
    }
  }
}
