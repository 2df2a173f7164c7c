package dev.asyncgen.cmp.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.cmp.Probe;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

class MpSmokeTest {
  @Test
  void smoke() throws Exception {
    try (WeldContainer container = new Weld().disableDiscovery().addExtension(new io.smallrye.faulttolerance.FaultToleranceExtension()).addExtension(new io.smallrye.config.inject.ConfigExtension()).addBeanClasses(MpWork.class).initialize()) {
      MpWork work = container.select(MpWork.class).get();
      Probe probe = new Probe();
      var stage = work.hold(probe, 7);
      probe.awaitStarted(1);
      System.out.println("SMOKE thread=" + probe + " " + stage.getClass() + " bean=" + work.getClass());
      probe.release();
      assertEquals(7, stage.toCompletableFuture().get(30, TimeUnit.SECONDS));
    }
  }
}
