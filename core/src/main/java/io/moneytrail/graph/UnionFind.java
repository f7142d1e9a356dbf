package io.moneytrail.graph;

/**
 * Disjoint sets over {@code 0..n-1} with path halving; a union keeps the smaller index as the
 * root, so the root of a set is its smallest member whatever the order of unions (which keeps
 * every grouping built on it deterministic). Not thread-safe.
 */
public final class UnionFind {
  private final int[] parent;

  /** @param n the number of elements, each in a set of its own */
  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /**
   * @param a an element
   * @return the smallest element of its set
   */
  public int find(int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  /**
   * Joins the sets of two elements.
   *
   * @param a an element
   * @param b another
   * @return whether they were in different sets
   */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  /** @return the number of elements */
  public int size() {
    return parent.length;
  }
}
