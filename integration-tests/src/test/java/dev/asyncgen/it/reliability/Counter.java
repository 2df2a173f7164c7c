package dev.asyncgen.it.reliability;

import dev.asyncgen.Async;

/** The cheapest blocking call there is, for load: what is left to measure is asyncgen. */
@Async
public interface Counter {

  int hit(int id);
}
