package io.moneytrail.ledger;

import java.time.Instant;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.instant.PackedInstant;

/**
 * Builds the Tablesaw views of a {@link Ledger}. The only class of core that touches Tablesaw: the
 * ledger calls it from {@link Ledger#table()} and {@link Ledger#tableWithIds()} alone, so loading
 * and every analysis run where Tablesaw is not on the class path (as in the Spark jar).
 */
final class LedgerTables {
  private LedgerTables() {}

  static Table table(Ledger ledger) {
    int n = ledger.size();
    InstantColumn time = InstantColumn.create(Ledger.TIMESTAMP, n);
    time.clear();
    long[] amounts = new long[n];
    StringColumn fromColumn = StringColumn.create(Ledger.FROM);
    StringColumn toColumn = StringColumn.create(Ledger.TO);
    StringColumn currencyColumn = StringColumn.create(Ledger.CURRENCY);
    for (int i = 0; i < n; i++) {
      time.appendInternal(PackedInstant.pack(Instant.ofEpochMilli(ledger.epochMillis(i))));
      fromColumn.append(ledger.from(i));
      toColumn.append(ledger.to(i));
      currencyColumn.append(ledger.currency(i));
      amounts[i] = ledger.amount(i);
    }
    Table t = Table.create("ledger", time, fromColumn, toColumn, LongColumn.create(Ledger.AMOUNT, amounts),
        currencyColumn);
    for (TextColumn extra : ledger.textColumns()) {
      StringColumn column = StringColumn.create(extra.name());
      for (int i = 0; i < n; i++) {
        column.append(extra.get(i));
      }
      t.addColumns(column);
    }
    return t;
  }

  static Table withIds(Ledger ledger) {
    StringColumn idColumn = StringColumn.create(Ledger.TX_ID, ledger.size());
    for (int i = 0; i < ledger.size(); i++) {
      idColumn.set(i, ledger.txId(i));
    }
    Table copy = ledger.table().copy();
    copy.insertColumn(0, idColumn);
    return copy;
  }
}
