package dev.asyncgen.micrometer;

import dev.asyncgen.Async;
import java.io.IOException;

/** The blocking interface the tests call through its generated facade, {@code InventoryAsync}. */
@Async
public interface Inventory {

  /** How many of {@code item} are in stock; blocks while {@code item} says so. */
  int count(String item) throws IOException, InterruptedException;

  /** Counts as told: {@code "slow:<ms>"} sleeps first, {@code "missing"} throws, else 42. */
  final class Scripted implements Inventory {
    @Override
    public int count(String item) throws IOException, InterruptedException {
      if (item.startsWith("slow:")) {
        Thread.sleep(Long.parseLong(item.substring("slow:".length())));
      }
      if (item.equals("missing")) {
        throw new IOException("no such item: " + item);
      }
      return 42;
    }
  }
}
