package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;
import java.util.function.Supplier;

/** Nothing but a JDK functional interface, parameterized. */
@Async
public interface NameSupplier extends Supplier<List<String>> {}
