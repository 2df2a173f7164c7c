package dev.asyncgen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the runtime logs (logger {@code dev.asyncgen}), caught through java.util.logging, the
 * backend of {@link System.Logger} when no other is installed. Close it to stop listening.
 */
final class LogRecords extends Handler implements AutoCloseable {

  private final Logger logger = Logger.getLogger("dev.asyncgen");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final boolean parentHandlers = logger.getUseParentHandlers();

  private LogRecords() {}

  /** Catches what is logged from now on, instead of printing it. */
  static LogRecords capture() {
    LogRecords capture = new LogRecords();
    capture.logger.addHandler(capture);
    capture.logger.setUseParentHandlers(false);
    return capture;
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  List<LogRecord> records() {
    return records;
  }

  /** The records whose message contains {@code text}. */
  List<LogRecord> containing(String text) {
    return records.stream().filter(r -> r.getMessage() != null && r.getMessage().contains(text)).toList();
  }

  /** The messages containing {@code text}, for an assertion that shows them. */
  List<String> messages(String text) {
    return containing(text).stream().map(LogRecord::getMessage).toList();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setUseParentHandlers(parentHandlers);
  }
}
