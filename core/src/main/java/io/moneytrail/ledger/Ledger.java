package io.moneytrail.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import tech.tablesaw.api.Table;

/**
 * The loaded transactions: an immutable, column-oriented table in ledger order (the order rows
 * were read), plus the account dictionary.
 *
 * <p>Amounts are exact {@code long} minor units at one declared {@link #scale()} for the whole
 * ledger; each transaction keeps its own currency. Timestamps are held to the millisecond.
 *
 * <p>The core columns are held as primitive arrays (times, dense account ids, minor units,
 * currency ids) and the transaction ids in a compact byte store (a Tablesaw string column of unique
 * ids would cost about 100 bytes a row); the extra and label columns are dictionary-encoded.
 * {@link #table()} assembles them into a Tablesaw {@link Table} on first use, so loading pays
 * neither the time nor the memory of a view the analyses do not need; {@link #tableWithIds()}
 * adds a {@code tx_id} column. Only those two methods need Tablesaw on the class path: loading,
 * the graph and every analysis run without it. Instances are thread-safe.
 */
public final class Ledger {
  /** Name of the timestamp column of {@link #table()} (an Tablesaw {@code InstantColumn}). */
  public static final String TIMESTAMP = "timestamp";
  /** Name of the paying-account column of {@link #table()} (a Tablesaw {@code StringColumn}). */
  public static final String FROM = "from_account";
  /** Name of the receiving-account column of {@link #table()} (a Tablesaw {@code StringColumn}). */
  public static final String TO = "to_account";
  /** Name of the amount column of {@link #table()} (a Tablesaw {@code LongColumn} of minor units). */
  public static final String AMOUNT = "amount";
  /** Name of the currency column of {@link #table()} (a Tablesaw {@code StringColumn}). */
  public static final String CURRENCY = "currency";
  /** Name of the id column added by {@link #tableWithIds()}. */
  public static final String TX_ID = "tx_id";

  private final int scale;
  private final TxIdStore ids;
  private final long[] epochMillis;
  private final int[] from;
  private final int[] to;
  private final long[] amount;
  private final int[] currency;
  private final List<String> currencies;
  private final AccountDictionary accounts;
  private final List<TextColumn> extraCells;
  private volatile Object table; // a Tablesaw Table, typed Object so that Tablesaw is needed only by table()
  private final List<String> extraColumns;
  private final List<String> labelColumns;
  private volatile int duplicateIds = -1;

  private Ledger(Builder b) {
    int n = b.size;
    this.scale = b.scale;
    b.ids.trim();
    this.ids = b.ids;
    this.epochMillis = Arrays.copyOf(b.epochMillis, n);
    this.from = Arrays.copyOf(b.from, n);
    this.to = Arrays.copyOf(b.to, n);
    this.amount = Arrays.copyOf(b.amount, n);
    this.currency = Arrays.copyOf(b.currency, n);
    this.currencies = List.copyOf(b.currencyNames);
    this.accounts = b.accounts.build();
    this.extraColumns = List.copyOf(b.extraNames);
    this.labelColumns = List.copyOf(b.labelNames);
    b.extras.values().forEach(TextColumn::trim);
    this.extraCells = List.copyOf(b.extras.values());
  }

  /** @return the extra then the label columns, in declaration order */
  List<TextColumn> textColumns() {
    return extraCells;
  }

  /**
   * Starts a ledger with amounts at scale 2 (cents).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(2, List.of(), List.of(), 16);
  }

  /**
   * Starts a ledger.
   *
   * @param scale decimal digits of the minor units (0 to 18)
   * @param extraColumns names of optional text columns kept per row (e.g. {@code channel})
   * @param labelColumns names of ground-truth label columns kept per row; no analysis reads them
   * @param expectedRows a sizing hint
   * @return a new builder
   */
  public static Builder builder(int scale, List<String> extraColumns, List<String> labelColumns, int expectedRows) {
    return new Builder(scale, extraColumns, labelColumns, expectedRows);
  }

  /** @return the number of transactions */
  public int size() {
    return epochMillis.length;
  }

  /** @return decimal digits of every amount's minor units */
  public int scale() {
    return scale;
  }

  /** @return the account dictionary (account key to dense id and back) */
  public AccountDictionary accounts() {
    return accounts;
  }

  /** @return the distinct currency codes, indexed by {@link #currencyId(int)} */
  public List<String> currencies() {
    return currencies;
  }

  /**
   * @param row a row in {@code [0, size())}
   * @return the transaction id of that row
   */
  public String txId(int row) {
    Objects.checkIndex(row, size());
    return ids.get(row);
  }

  /**
   * Finds a transaction by id (the first row with it when ids repeat).
   *
   * @param txId a transaction id
   * @return the row, or empty
   */
  public OptionalInt rowOf(String txId) {
    int row = ids.indexOf(txId);
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * @param row a row
   * @return the timestamp in milliseconds since 1970-01-01T00:00:00Z
   */
  public long epochMillis(int row) {
    return epochMillis[row];
  }

  /**
   * @param row a row
   * @return the timestamp
   */
  public Instant timestamp(int row) {
    return Instant.ofEpochMilli(epochMillis[row]);
  }

  /**
   * @param row a row
   * @return the paying account's id in {@link #accounts()}
   */
  public int fromId(int row) {
    return from[row];
  }

  /**
   * @param row a row
   * @return the receiving account's id in {@link #accounts()}
   */
  public int toId(int row) {
    return to[row];
  }

  /**
   * @param row a row
   * @return the paying account's key
   */
  public String from(int row) {
    return accounts.name(from[row]);
  }

  /**
   * @param row a row
   * @return the receiving account's key
   */
  public String to(int row) {
    return accounts.name(to[row]);
  }

  /**
   * @param row a row
   * @return the amount in minor units at {@link #scale()}
   */
  public long amount(int row) {
    return amount[row];
  }

  /**
   * @param row a row
   * @return the index of the row's currency in {@link #currencies()}
   */
  public int currencyId(int row) {
    return currency[row];
  }

  /**
   * @param row a row
   * @return the row's currency code
   */
  public String currency(int row) {
    return currencies.get(currency[row]);
  }

  /**
   * @param row a row
   * @return the row's exact amount with its currency
   */
  public Money money(int row) {
    return new Money(amount[row], scale, currencies.get(currency[row]));
  }

  /**
   * @param row a row
   * @return the row as a value object
   */
  public Transaction transaction(int row) {
    return new Transaction(row, txId(row), timestamp(row), from(row), to(row), money(row));
  }

  /** @return names of the optional text columns kept per row (bank, channel, reference, ...) */
  public List<String> extraColumns() {
    return extraColumns;
  }

  /** @return names of the ground-truth label columns kept per row; no analysis reads them */
  public List<String> labelColumns() {
    return labelColumns;
  }

  /**
   * @param column an extra or label column name
   * @param row a row
   * @return the cell's text, or empty when the column does not exist or the cell is empty
   */
  public Optional<String> extra(String column, int row) {
    if (!extraColumns.contains(column) && !labelColumns.contains(column)) {
      return Optional.empty();
    }
    int index = extraColumns.indexOf(column);
    String value = extraCells.get(index >= 0 ? index : extraColumns.size() + labelColumns.indexOf(column)).get(row);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * The Tablesaw view: columns {@value #TIMESTAMP}, {@value #FROM}, {@value #TO}, {@value #AMOUNT}
   * (minor units), {@value #CURRENCY}, then the extra and label columns. It is built on the first
   * call (about 0.7 s and 25 bytes a row for a million rows) and then shared: do not modify it; take
   * a {@link Table#copy()} to work on.
   *
   * @return the Tablesaw view of this ledger
   */
  public Table table() {
    Object t = table;
    if (t == null) {
      synchronized (this) {
        t = table;
        if (t == null) {
          t = LedgerTables.table(this);
          table = t;
        }
      }
    }
    return (Table) t;
  }

  /** @return a new copy of {@link #table()} with a {@value #TX_ID} string column first */
  public Table tableWithIds() {
    return LedgerTables.withIds(this);
  }

  /** @return how many rows repeat a transaction id already used by an earlier row */
  public int duplicateIdCount() {
    int d = duplicateIds;
    if (d < 0) {
      d = ids.duplicateCount();
      duplicateIds = d;
    }
    return d;
  }

  /** @return how many transactions pay from an account to itself */
  public int selfTransferCount() {
    int count = 0;
    for (int i = 0; i < from.length; i++) {
      if (from[i] == to[i]) {
        count++;
      }
    }
    return count;
  }

  /** Collects rows in ledger order and builds an immutable {@link Ledger}. Not thread-safe. */
  public static final class Builder {
    private final int scale;
    private final TxIdStore ids;
    private long[] epochMillis;
    private int[] from;
    private int[] to;
    private long[] amount;
    private int[] currency;
    private int size;
    private final AccountDictionary.Builder accounts = new AccountDictionary.Builder();
    private final HashMap<String, Integer> currencyIds = new HashMap<>();
    private final List<String> currencyNames = new ArrayList<>();
    private final List<String> extraNames;
    private final List<String> labelNames;
    private final LinkedHashMap<String, TextColumn> extras = new LinkedHashMap<>();
    private final TextColumn[] extraByIndex;
    private boolean built;

    private Builder(int scale, List<String> extraColumns, List<String> labelColumns, int expectedRows) {
      Money.checkScale(scale);
      this.scale = scale;
      int cap = Math.max(16, expectedRows);
      ids = new TxIdStore(cap);
      epochMillis = new long[cap];
      from = new int[cap];
      to = new int[cap];
      amount = new long[cap];
      currency = new int[cap];
      extraNames = List.copyOf(extraColumns);
      labelNames = List.copyOf(labelColumns);
      List<String> all = new ArrayList<>(extraNames);
      all.addAll(labelNames);
      extraByIndex = new TextColumn[all.size()];
      for (int i = 0; i < all.size(); i++) {
        String name = all.get(i);
        if (List.of(TIMESTAMP, FROM, TO, AMOUNT, CURRENCY, TX_ID).contains(name) || extras.containsKey(name)) {
          throw new IllegalArgumentException("column name used twice: " + name);
        }
        extraByIndex[i] = new TextColumn(name);
        extras.put(name, extraByIndex[i]);
      }
    }

    /** @return the declared scale */
    public int scale() {
      return scale;
    }

    /** @return rows added so far */
    public int size() {
      return size;
    }

    /**
     * Adds a transaction without extra columns (their cells stay empty).
     *
     * @param txId transaction id
     * @param epochMillis time in milliseconds since the epoch
     * @param fromAccount paying account key
     * @param toAccount receiving account key
     * @param minorUnits amount in minor units at the builder's scale
     * @param currencyCode currency code
     * @return this builder
     */
    public Builder add(String txId, long epochMillis, String fromAccount, String toAccount, long minorUnits, String currencyCode) {
      return add(txId, epochMillis, fromAccount, toAccount, minorUnits, currencyCode, null);
    }

    /**
     * Adds a transaction.
     *
     * @param txId transaction id
     * @param time when it was paid
     * @param fromAccount paying account key
     * @param toAccount receiving account key
     * @param minorUnits amount in minor units at the builder's scale
     * @param currencyCode currency code
     * @return this builder
     */
    public Builder add(String txId, Instant time, String fromAccount, String toAccount, long minorUnits, String currencyCode) {
      return add(txId, time.toEpochMilli(), fromAccount, toAccount, minorUnits, currencyCode, null);
    }

    /**
     * Adds a transaction with its extra and label cells.
     *
     * @param txId transaction id
     * @param epochMillis time in milliseconds since the epoch
     * @param fromAccount paying account key
     * @param toAccount receiving account key
     * @param minorUnits amount in minor units at the builder's scale
     * @param currencyCode currency code
     * @param extraCells cells of the extra columns then the label columns, in declaration order
     *     (null for none; null cells are stored empty)
     * @return this builder
     */
    public Builder add(String txId, long epochMillis, String fromAccount, String toAccount, long minorUnits,
        String currencyCode, String[] extraCells) {
      if (built) {
        throw new IllegalStateException("ledger already built");
      }
      Objects.requireNonNull(txId, "txId");
      Objects.requireNonNull(currencyCode, "currencyCode");
      if (size == this.epochMillis.length) {
        grow();
      }
      ids.add(txId);
      this.epochMillis[size] = epochMillis;
      this.from[size] = accounts.intern(Objects.requireNonNull(fromAccount, "fromAccount"));
      this.to[size] = accounts.intern(Objects.requireNonNull(toAccount, "toAccount"));
      this.amount[size] = minorUnits;
      Integer c = currencyIds.get(currencyCode);
      if (c == null) {
        c = currencyNames.size();
        currencyIds.put(currencyCode, c);
        currencyNames.add(currencyCode);
      }
      this.currency[size] = c;
      for (int i = 0; i < extraByIndex.length; i++) {
        String cell = extraCells == null || i >= extraCells.length || extraCells[i] == null ? "" : extraCells[i];
        extraByIndex[i].append(cell);
      }
      size++;
      return this;
    }

    private void grow() {
      int cap = size + (size >> 1) + 16;
      epochMillis = Arrays.copyOf(epochMillis, cap);
      from = Arrays.copyOf(from, cap);
      to = Arrays.copyOf(to, cap);
      amount = Arrays.copyOf(amount, cap);
      currency = Arrays.copyOf(currency, cap);
    }

    /**
     * Builds the ledger; the builder cannot be used afterwards.
     *
     * @return the immutable ledger
     */
    public Ledger build() {
      if (built) {
        throw new IllegalStateException("ledger already built");
      }
      built = true;
      return new Ledger(this);
    }
  }
}
