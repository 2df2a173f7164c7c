package dev.asyncgen.cmp.mp;

import jakarta.enterprise.context.Dependent;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Asynchronous;

/**
 * A bean implementing a JDK interface, {@link Supplier}, with {@code @Asynchronous} on its method
 * as the interface declares it. MicroProfile refuses it: an asynchronous method must return a
 * {@code Future} or a {@code CompletionStage}, so the JDK's signature needs a wrapper.
 */
@Dependent
public class MpSupplier implements Supplier<String> {

  @Asynchronous
  @Override
  public String get() {
    return Thread.currentThread().getName();
  }
}
