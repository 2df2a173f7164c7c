package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records, enums, user classes and an inner class of a generic class, in and out. */
@Async
public interface Ledger {
  record Entry(String account, Money amount, Kind kind) {}

  enum Kind {
    CREDIT,
    DEBIT
  }

  Entry book(String account, Money amount, Kind kind);

  Money balance(List<Entry> entries);

  Map<Kind, List<Entry>> byKind(List<Entry> entries);

  Optional<Entry> largest(Entry... entries);

  Page<Entry>.Cursor cursor(Page<Entry> page);

  /** A generic class with an inner (non-static) class. */
  final class Page<T> {
    final List<T> items;

    public Page(List<T> items) {
      this.items = items;
    }

    public final class Cursor {
      public T first() {
        return items.get(0);
      }
    }
  }
}
