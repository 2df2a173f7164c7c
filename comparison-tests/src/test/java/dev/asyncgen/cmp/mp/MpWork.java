package dev.asyncgen.cmp.mp;

import dev.asyncgen.cmp.Probe;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;

@ApplicationScoped
public class MpWork {

  @Asynchronous
  public CompletionStage<Integer> hold(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }
}
