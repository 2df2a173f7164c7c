package dev.asyncgen.bench;

import dev.asyncgen.Async;

/**
 * The blocking interface every per-call variant calls: a method cheap enough that what is measured
 * is the cost of getting the call onto an executor and its result back, not the work.
 */
@Async
public interface Pricing {

  long price(long id);

  /** The same arithmetic everywhere, so that no variant gets a cheaper delegate. */
  final class Local implements Pricing {
    @Override
    public long price(long id) {
      return id * 31 + 7;
    }
  }
}
