package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Holds a nested interface named {@code Inner}, like {@link Other}. */
public class Outer {
  @Async
  public interface Inner {
    String where();
  }

  /** Two levels deep. */
  public static class Middle {
    @Async
    public interface Inner {
      int depth();
    }
  }

  /** Nested in an interface, with an explicit facade name. */
  public interface Host {
    @Async(name = "CustomNamedFacade")
    interface Named {
      String name();
    }
  }
}
