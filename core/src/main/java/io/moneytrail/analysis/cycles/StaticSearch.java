package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.AccountDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Simple cycles of the aggregated account-pair graph (self-transfers left out) with at most
 * {@code maxLength} accounts, each reported once, rotated to start at the account whose key sorts
 * first.
 *
 * <p>Accounts are ranked by key. For each start account {@code v} in rank order, a depth-first
 * search visits only accounts ranked after {@code v}, taking successors in rank order and closing
 * back to {@code v} before going deeper; this emits cycles exactly in result order (account keys
 * element by element, a prefix first), so the search can stop after {@code maxResults + 1}. A
 * backward breadth-first search from {@code v} over accounts ranked after it gives each account's
 * hop distance back to {@code v}; the depth-first search never enters an account that cannot get
 * back within the hops left.
 */
final class StaticSearch {
  private final TemporalIndex ix;
  private final int maxLength;
  private final int limit;
  private final int[] rank;
  private final int[] byRank;
  private final int[][] successors;
  private final int[][] predecessors;
  private final int[] dist;
  private final int[] distStamp;
  private final boolean[] onPath;
  private final int[] path;
  private final List<int[]> found = new ArrayList<>();
  private int epoch;
  private int home;

  StaticSearch(TemporalIndex ix, CycleOptions options) {
    this.ix = ix;
    this.maxLength = options.maxLength();
    this.limit = options.maxResults() + 1;
    int n = ix.accountCount();
    AccountDictionary accounts = ix.ledger().accounts();
    byRank = IntStream.range(0, n).boxed().sorted(Comparator.comparing(accounts::name))
        .mapToInt(Integer::intValue).toArray();
    rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[byRank[i]] = i;
    }
    successors = new int[n][];
    int[][] inLists = new int[n][];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    int[] buffer = new int[n];
    int[] inCount = new int[n];
    for (int u = 0; u < n; u++) {
      int count = 0;
      for (int p = ix.outBegin(u); p < ix.outEnd(u); p++) {
        int w = ix.to(ix.outAt(p));
        if (w != u && mark[w] != u) {
          mark[w] = u;
          buffer[count++] = rank[w];
          inCount[w]++;
        }
      }
      int[] s = Arrays.copyOf(buffer, count);
      Arrays.sort(s);
      for (int i = 0; i < count; i++) {
        s[i] = byRank[s[i]];
      }
      successors[u] = s;
    }
    for (int w = 0; w < n; w++) {
      inLists[w] = new int[inCount[w]];
      inCount[w] = 0;
    }
    for (int u = 0; u < n; u++) {
      for (int w : successors[u]) {
        inLists[w][inCount[w]++] = u;
      }
    }
    predecessors = inLists;
    dist = new int[n];
    distStamp = new int[n];
    onPath = new boolean[n];
    path = new int[maxLength];
  }

  /** @return up to {@code maxResults + 1} cycles as account ids, in result order */
  List<int[]> run() {
    int[] queue = new int[rank.length];
    for (int i = 0; i < byRank.length && found.size() < limit; i++) {
      home = byRank[i];
      if (predecessors[home].length == 0 || successors[home].length == 0) {
        continue;
      }
      distancesBack(queue);
      path[0] = home;
      onPath[home] = true;
      extend(home, 1);
      onPath[home] = false;
    }
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  private void distancesBack(int[] queue) {
    epoch++;
    int head = 0;
    int tail = 0;
    int homeRank = rank[home];
    for (int v : predecessors[home]) {
      if (rank[v] > homeRank && distStamp[v] != epoch) {
        distStamp[v] = epoch;
        dist[v] = 1;
        queue[tail++] = v;
      }
    }
    while (head < tail) {
      int w = queue[head++];
      if (dist[w] >= maxLength - 1) {
        continue;
      }
      for (int v : predecessors[w]) {
        if (rank[v] > homeRank && distStamp[v] != epoch) {
          distStamp[v] = epoch;
          dist[v] = dist[w] + 1;
          queue[tail++] = v;
        }
      }
    }
  }

  private void extend(int u, int accounts) {
    int homeRank = rank[home];
    for (int w : successors[u]) {
      if (found.size() >= limit) {
        return;
      }
      if (w == home) {
        if (accounts >= 2) {
          found.add(Arrays.copyOf(path, accounts));
        }
        continue;
      }
      if (rank[w] < homeRank || onPath[w] || accounts >= maxLength || distStamp[w] != epoch
          || dist[w] > maxLength - accounts) {
        continue;
      }
      onPath[w] = true;
      path[accounts] = w;
      extend(w, accounts + 1);
      onPath[w] = false;
    }
  }
}
