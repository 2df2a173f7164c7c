package dev.asyncgen.sample;

import dev.asyncgen.CallEvent;
import dev.asyncgen.CallListener;
import java.util.function.Consumer;

/**
 * Reports "downloaded 5/20" as calls end. A {@link CallListener} is told of every call a facade
 * makes, on the thread that ran it, before anyone waiting on the call's future wakes. This one
 * reports at each quarter of the total only, so that the output reads well in a terminal and in a
 * CI log alike.
 */
public final class Progress implements CallListener {

  private final int total;
  private final int step;
  private final Consumer<String> out;
  private int ended; // guarded by this, so that lines come out in order

  /** Reports on {@code total} calls to {@code out}. */
  public Progress(int total, Consumer<String> out) {
    if (total < 1) {
      throw new IllegalArgumentException("total must be at least 1, was " + total);
    }
    this.total = total;
    this.step = (total + 3) / 4;
    this.out = out;
  }

  @Override
  public synchronized void onEnd(CallEvent event) {
    ended++;
    if (ended % step == 0 || ended == total) {
      out.accept("   downloaded " + ended + "/" + total);
    }
  }
}
