package dev.asyncgen.it.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The unobserved-failure report on a generated facade: what a user finds in the log when a call
 * fails and nothing ever looks at its future.
 */
class UnobservedFailureTest {

  @Test
  void aFacadeCallThatFailsUnobservedIsLoggedWithTheMethodAndTheException() throws Exception {
    Logger logger = Logger.getLogger("dev.asyncgen");
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      InventoryAsync facade =
          InventoryAsync.of(new FlakyInventory(Integer.MAX_VALUE), Runnable::run);
      facade.stock("dropped"); // fails, and nobody looks
      facade.stock("seen").exceptionally(e -> -1); // fails, and is handled
      InventoryAsync quiet =
          InventoryAsync.of(
              new FlakyInventory(Integer.MAX_VALUE),
              AsyncOptions.defaults().withExecutor(Runnable::run).withoutUnobservedFailureReport());
      quiet.stock("quiet");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (messages(records, "dropped").isEmpty() && System.nanoTime() < deadline) {
        System.gc();
        Thread.sleep(20);
      }

      List<String> dropped = messages(records, "dropped");
      assertEquals(1, dropped.size(), records.toString());
      assertTrue(
          dropped.get(0).startsWith(
              "Inventory.stock failed with java.io.IOException: dropped: unavailable (call 1),"
                  + " and nothing observed the failure"),
          dropped.get(0));
      assertEquals(List.of(), messages(records, "seen"));
      assertEquals(List.of(), messages(records, "quiet"));
    } finally {
      logger.removeHandler(handler);
    }
  }

  private static List<String> messages(List<LogRecord> records, String text) {
    return records.stream().map(LogRecord::getMessage).filter(m -> m.contains(text)).toList();
  }
}
