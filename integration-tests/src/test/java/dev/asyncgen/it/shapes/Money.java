package dev.asyncgen.it.shapes;

import java.math.BigDecimal;

/** A user class (not a record) used as a parameter and a result. */
public final class Money {
  private final BigDecimal amount;
  private final String currency;

  public Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount), currency);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.amount.compareTo(amount) == 0 && m.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return currency.hashCode();
  }

  @Override
  public String toString() {
    return amount + " " + currency;
  }
}
