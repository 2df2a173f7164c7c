/**
 * For integrations, not for application code: how frameworks find and build the generated facades
 * ({@link dev.asyncgen.spi.FacadeProvider}), and a {@link dev.asyncgen.ContextPropagator} for
 * libraries whose context is entered and left through a scope ({@link
 * dev.asyncgen.spi.ScopedContextPropagator}).
 */
package dev.asyncgen.spi;
