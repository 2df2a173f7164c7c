package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.it.support.Signatures;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UserTypesTest {

  static final class Impl implements Ledger {
    @Override
    public Entry book(String account, Money amount, Kind kind) {
      return new Entry(account, amount, kind);
    }

    @Override
    public Money balance(List<Entry> entries) {
      return entries.stream().map(Entry::amount).reduce(Money::plus).orElseThrow();
    }

    @Override
    public Map<Kind, List<Entry>> byKind(List<Entry> entries) {
      return entries.stream().collect(Collectors.groupingBy(Entry::kind));
    }

    @Override
    public Optional<Entry> largest(Entry... entries) {
      return Arrays.stream(entries).max(Comparator.comparing(e -> e.amount().toString()));
    }

    @Override
    public Page<Entry>.Cursor cursor(Page<Entry> page) {
      return page.new Cursor();
    }
  }

  private static Money eur(String amount) {
    return new Money(new BigDecimal(amount), "EUR");
  }

  private final LedgerAsync facade = LedgerAsync.of(new Impl());

  @Test
  void recordsEnumsAndClassesGoInAndComeOut() {
    CompletableFuture<Ledger.Entry> booked = facade.book("a", eur("1.50"), Ledger.Kind.CREDIT);
    Ledger.Entry entry = await(booked);
    assertEquals(new Ledger.Entry("a", eur("1.5"), Ledger.Kind.CREDIT), entry);

    Ledger.Entry debit = new Ledger.Entry("b", eur("2"), Ledger.Kind.DEBIT);
    assertEquals(eur("3.5"), await(facade.balance(List.of(entry, debit))));
    Map<Ledger.Kind, List<Ledger.Entry>> grouped = await(facade.byKind(List.of(entry, debit)));
    assertEquals(List.of(debit), grouped.get(Ledger.Kind.DEBIT));
    assertSame(debit, await(facade.largest(entry, debit)).orElseThrow());
  }

  @Test
  void anInnerClassOfAParameterizedType() {
    Ledger.Entry entry = new Ledger.Entry("c", eur("1"), Ledger.Kind.CREDIT);
    CompletableFuture<Ledger.Page<Ledger.Entry>.Cursor> cursor =
        facade.cursor(new Ledger.Page<>(List.of(entry)));
    assertSame(entry, await(cursor).first());
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(LedgerAsync.class, Ledger.class);
    assertEquals(
        List.of(
            "balance(List<Ledger$Entry>) -> CompletableFuture<Money>",
            "book(String, Money, Ledger$Kind) -> CompletableFuture<Ledger$Entry>",
            "byKind(List<Ledger$Entry>) -> CompletableFuture<Map<Ledger$Kind, List<Ledger$Entry>>>",
            "cursor(Ledger$Page<Ledger$Entry>) ->"
                + " CompletableFuture<Ledger$Page<Ledger$Entry>$Cursor>",
            "largest(Ledger$Entry...) -> CompletableFuture<Optional<Ledger$Entry>>"),
        Signatures.of(LedgerAsync.class));
  }
}
