package com.example.timeout;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Timed_PatientAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class Timed_PatientAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public Timed_PatientAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Timed.Patient.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return Timed_PatientAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return Timed_PatientAsync.of((Timed.Patient) delegate).withOptions(options);
  }
}
