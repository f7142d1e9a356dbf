package io.moneytrail.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Maps account keys (strings from the input) to dense {@code int} ids and back. Ids are assigned
 * in order of first appearance in the ledger, starting at 0.
 */
public final class AccountDictionary {
  private final Map<String, Integer> ids;
  private final String[] names;

  private AccountDictionary(Map<String, Integer> ids, String[] names) {
    this.ids = ids;
    this.names = names;
  }

  /** @return the number of distinct accounts */
  public int size() {
    return names.length;
  }

  /**
   * @param id an account id in {@code [0, size())}
   * @return the account key
   */
  public String name(int id) {
    return names[id];
  }

  /**
   * @param name an account key
   * @return its id, or empty when the ledger does not contain it
   */
  public OptionalInt id(String name) {
    Integer id = ids.get(name);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** @return every account key, in id order */
  public List<String> names() {
    return List.of(names);
  }

  /** Assigns ids while a ledger is built. Not thread-safe. */
  static final class Builder {
    private final HashMap<String, Integer> ids = new HashMap<>();
    private final ArrayList<String> names = new ArrayList<>();

    int intern(String name) {
      Integer id = ids.get(name);
      if (id == null) {
        id = names.size();
        ids.put(name, id);
        names.add(name);
      }
      return id;
    }

    int size() {
      return names.size();
    }

    String name(int id) {
      return names.get(id);
    }

    AccountDictionary build() {
      return new AccountDictionary(Map.copyOf(ids), names.toArray(new String[0]));
    }
  }
}
