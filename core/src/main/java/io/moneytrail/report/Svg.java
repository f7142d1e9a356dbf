package io.moneytrail.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the pictures of the HTML report as inline SVG: a ring (round trip), a star (fan-in or
 * fan-out around a hub) and layers (left to right, arrow widths proportional to amounts). Every
 * text goes through {@link Html#esc}; the output is well-formed XML.
 */
final class Svg {
  /** An arrow between two named nodes, with a label and a weight for its width. */
  record Arrow(String from, String to, String label, long weight) {}

  private static final int NODE_W = 150;
  private static final int NODE_H = 26;

  private Svg() {}

  static String ring(String id, String title, List<String> nodes, List<Arrow> arrows) {
    int n = nodes.size();
    double radius = Math.max(110, n * 48);
    double cx = radius + NODE_W / 2.0 + 40;
    double cy = radius + 50;
    Map<String, double[]> pos = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * i / n;
      pos.put(nodes.get(i), new double[] {cx + radius * Math.cos(a), cy + radius * Math.sin(a)});
    }
    return draw(id, title, 2 * cx, 2 * cy, pos, arrows, true);
  }

  static String star(String id, String title, String hub, List<String> others, List<Arrow> arrows) {
    int n = Math.max(1, others.size());
    double radius = Math.max(150, n * 22);
    double cx = radius + NODE_W / 2.0 + 30;
    double cy = radius + 40;
    Map<String, double[]> pos = new LinkedHashMap<>();
    pos.put(hub, new double[] {cx, cy});
    for (int i = 0; i < others.size(); i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * i / n;
      pos.put(others.get(i), new double[] {cx + radius * Math.cos(a), cy + radius * Math.sin(a)});
    }
    return draw(id, title, 2 * cx, 2 * cy, pos, arrows, false);
  }

  static String layers(String id, String title, List<List<String>> layers, List<Arrow> arrows) {
    int tallest = layers.stream().mapToInt(List::size).max().orElse(1);
    double gapX = 230;
    double gapY = 40;
    double height = Math.max(1, tallest) * gapY + 60;
    Map<String, double[]> pos = new LinkedHashMap<>();
    for (int l = 0; l < layers.size(); l++) {
      List<String> layer = layers.get(l);
      double top = (height - layer.size() * gapY) / 2 + gapY / 2;
      for (int i = 0; i < layer.size(); i++) {
        pos.put(layer.get(i), new double[] {NODE_W / 2.0 + 20 + l * gapX, top + i * gapY});
      }
    }
    double width = NODE_W + 40 + Math.max(0, layers.size() - 1) * gapX;
    return draw(id, title, width, height, pos, arrows, false);
  }

  private static String draw(String id, String title, double width, double height, Map<String, double[]> pos,
      List<Arrow> arrows, boolean labelsOnArrows) {
    long max = arrows.stream().mapToLong(Arrow::weight).max().orElse(1);
    StringBuilder b = new StringBuilder();
    String marker = "arrow-" + id;
    b.append("<svg role=\"img\" class=\"picture\" width=\"").append(f(width))
        .append("\" height=\"").append(f(height)).append("\" viewBox=\"0 0 ").append(f(width)).append(' ')
        .append(f(height)).append("\">\n");
    b.append("<title>").append(Html.esc(title)).append("</title>\n");
    b.append("<defs><marker id=\"").append(Html.esc(marker)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
        + "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" "
        + "fill=\"#555\"/></marker></defs>\n");
    for (Arrow a : arrows) {
      double[] p = pos.get(a.from());
      double[] q = pos.get(a.to());
      if (p == null || q == null || a.from().equals(a.to())) {
        continue;
      }
      double[] s = border(p, q);
      double[] e = border(q, p);
      double w = 1 + 6.0 * a.weight() / Math.max(1, max);
      b.append("<g class=\"arrow\"><title>").append(Html.esc(a.from() + " \u2192 " + a.to() + ": " + a.label()))
          .append("</title><line x1=\"").append(f(s[0])).append("\" y1=\"").append(f(s[1])).append("\" x2=\"")
          .append(f(e[0])).append("\" y2=\"").append(f(e[1])).append("\" stroke=\"#777\" stroke-opacity=\"0.8\" "
              + "stroke-width=\"").append(f(w)).append("\" marker-end=\"url(#").append(Html.esc(marker))
          .append(")\"/>");
      if (labelsOnArrows) {
        b.append("<text x=\"").append(f((s[0] + e[0]) / 2)).append("\" y=\"").append(f((s[1] + e[1]) / 2 - 4))
            .append("\" class=\"edge-label\" text-anchor=\"middle\">").append(Html.esc(a.label())).append("</text>");
      }
      b.append("</g>\n");
    }
    for (Map.Entry<String, double[]> e : pos.entrySet()) {
      double[] p = e.getValue();
      String name = e.getKey();
      String shown = name.length() > 22 ? name.substring(0, 21) + "\u2026" : name;
      b.append("<g class=\"node\"><title>").append(Html.esc(name)).append("</title><rect x=\"")
          .append(f(p[0] - NODE_W / 2.0)).append("\" y=\"").append(f(p[1] - NODE_H / 2.0)).append("\" width=\"")
          .append(NODE_W).append("\" height=\"").append(NODE_H).append("\" rx=\"5\" fill=\"#eef3fb\" stroke=\"#3a5a8c\"/>")
          .append("<text x=\"").append(f(p[0])).append("\" y=\"").append(f(p[1] + 4))
          .append("\" text-anchor=\"middle\">").append(Html.esc(shown)).append("</text></g>\n");
    }
    b.append("</svg>");
    return b.toString();
  }

  /** @return where the segment from p's centre towards q leaves p's box */
  private static double[] border(double[] p, double[] q) {
    double dx = q[0] - p[0];
    double dy = q[1] - p[1];
    if (dx == 0 && dy == 0) {
      return p;
    }
    double tx = dx == 0 ? Double.MAX_VALUE : (NODE_W / 2.0 + 2) / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : (NODE_H / 2.0 + 2) / Math.abs(dy);
    double t = Math.min(tx, ty);
    return new double[] {p[0] + dx * t, p[1] + dy * t};
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Orders accounts into left-to-right layers: depth-first search in the given node order marks
   * back edges (they close cycles and are ignored), then each node's layer is its longest path from
   * a node without incoming edges. Within a layer, nodes keep their first-seen order.
   */
  static List<List<String>> layering(List<String> nodes, List<Arrow> arrows) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String n : nodes) {
      out.put(n, new ArrayList<>());
    }
    for (Arrow a : arrows) {
      if (out.containsKey(a.from()) && out.containsKey(a.to()) && !a.from().equals(a.to())
          && !out.get(a.from()).contains(a.to())) {
        out.get(a.from()).add(a.to());
      }
    }
    Map<String, Integer> state = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    Map<String, List<String>> forward = new LinkedHashMap<>();
    for (String n : nodes) {
      forward.put(n, new ArrayList<>());
    }
    for (String start : nodes) {
      if (state.containsKey(start)) {
        continue;
      }
      // iterative DFS: stack of (node, next child index)
      List<Object[]> stack = new ArrayList<>();
      stack.add(new Object[] {start, 0});
      state.put(start, 1);
      while (!stack.isEmpty()) {
        Object[] top = stack.get(stack.size() - 1);
        String v = (String) top[0];
        int i = (Integer) top[1];
        List<String> kids = out.get(v);
        if (i < kids.size()) {
          top[1] = i + 1;
          String w = kids.get(i);
          Integer st = state.get(w);
          if (st == null) {
            forward.get(v).add(w);
            state.put(w, 1);
            stack.add(new Object[] {w, 0});
          } else if (st == 2) {
            forward.get(v).add(w);
          } // st == 1: back edge, ignored
        } else {
          state.put(v, 2);
          order.add(v);
          stack.remove(stack.size() - 1);
        }
      }
    }
    Map<String, Integer> layer = new LinkedHashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) { // reverse post-order is a topological order of the forward edges
      String v = order.get(i);
      layer.putIfAbsent(v, 0);
      for (String w : forward.get(v)) {
        layer.put(w, Math.max(layer.getOrDefault(w, 0), layer.get(v) + 1));
      }
    }
    int depth = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<List<String>> layers = new ArrayList<>();
    for (int l = 0; l <= depth; l++) {
      layers.add(new ArrayList<>());
    }
    for (String n : nodes) {
      layers.get(layer.get(n)).add(n);
    }
    layers.removeIf(List::isEmpty);
    return layers;
  }
}
