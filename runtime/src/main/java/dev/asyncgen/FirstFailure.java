package dev.asyncgen;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The failure of a group of work, by {@link Gather#all}'s rule: the first failure is the group's;
 * each later one is added to it as a {@linkplain Throwable#addSuppressed suppressed} exception,
 * each instance once. Thread-safe.
 */
final class FirstFailure {

  // Guarded by this. The first failure, and the instances already attached to it.
  private Throwable first;
  private Set<Throwable> attached;

  /** Records {@code failure}; {@code true} if it is the first, which the caller then acts on. */
  boolean add(Throwable failure) {
    Throwable attachTo;
    synchronized (this) {
      if (first == null) {
        first = failure;
        return true;
      }
      if (failure == first) {
        return false;
      }
      if (attached == null) {
        attached = Collections.newSetFromMap(new IdentityHashMap<>());
      }
      if (!attached.add(failure)) {
        return false;
      }
      attachTo = first;
    }
    attachTo.addSuppressed(failure); // outside the lock: Throwable locks itself
    return false;
  }

  /** Records {@code failure} only if there is no failure yet; {@code true} if it was recorded. */
  synchronized boolean addIfFirst(Throwable failure) {
    if (first != null) {
      return false;
    }
    first = failure;
    return true;
  }

  /** The first failure, or {@code null} if there was none. */
  synchronized Throwable first() {
    return first;
  }
}
