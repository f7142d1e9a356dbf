package io.moneytrail.report;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The flagged subgraph of the top cases for other tools ({@link ReportOptions#listedCases()}; all
 * cases are in the JSON and CSV files): one vertex per account of any case, one edge
 * per flagged transaction, with account attributes (label, case: its best-ranked case, cases: all
 * of them joined by {@code ;}, role and score where it scores highest) and transaction attributes
 * (id, time, amount, currency, flow_case, flow_cases). An account or transaction in several cases
 * (a hub, a shared counterparty) is one vertex or edge. Vertex ids are {@code a1, a2, ...} in case rank,
 * then account order; edge ids are {@code t1, t2, ...} in case rank, then time order.
 */
final class FlaggedGraph {
  /** A flagged transaction, by ledger row. */
  record Edge(int row) {}

  private final Graph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
  private final Map<String, String> vertexIds = new LinkedHashMap<>();
  private final Map<String, CaseAccount> accounts = new LinkedHashMap<>();
  private final Map<String, List<String>> vertexCases = new LinkedHashMap<>();
  private final Map<Edge, String> edgeIds = new LinkedHashMap<>();
  private final Map<Edge, List<String>> edgeCases = new LinkedHashMap<>();
  private final Ledger ledger;

  /** The graph of the top cases (the report's listed cases: the files stay small whatever the input). */
  FlaggedGraph(AnalysisResult result, int cases) {
    TemporalIndex index = result.index();
    ledger = index.ledger();
    for (Case c : result.cases().subList(0, Math.min(cases, result.cases().size()))) {
      for (CaseAccount a : new TreeMap<>(accountsByKey(c)).values()) {
        if (graph.addVertex(a.account())) {
          vertexIds.put(a.account(), "a" + (vertexIds.size() + 1));
          accounts.put(a.account(), a);
        } else if (a.score() > accounts.get(a.account()).score()) {
          accounts.put(a.account(), a);
        }
        vertexCases.computeIfAbsent(a.account(), k -> new ArrayList<>()).add(c.id());
      }
      for (int row : c.rows()) {
        String from = ledger.from(row);
        String to = ledger.to(row);
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
          continue; // zero-amount or self-transfer evidence rows carry no role; keep the graph to role-bearing accounts
        }
        Edge e = new Edge(row);
        if (graph.addEdge(from, to, e)) {
          edgeIds.put(e, "t" + (edgeIds.size() + 1));
        }
        edgeCases.computeIfAbsent(e, k -> new ArrayList<>()).add(c.id());
      }
    }
  }

  private static Map<String, CaseAccount> accountsByKey(Case c) {
    Map<String, CaseAccount> m = new LinkedHashMap<>();
    for (CaseAccount a : c.accounts()) {
      m.put(a.account(), a);
    }
    return m;
  }

  int vertexCount() {
    return graph.vertexSet().size();
  }

  int edgeCount() {
    return graph.edgeSet().size();
  }

  private Map<String, Attribute> vertexAttributes(String v) {
    CaseAccount a = accounts.get(v);
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(v));
    m.put("case", DefaultAttribute.createAttribute(vertexCases.get(v).get(0)));
    m.put("cases", DefaultAttribute.createAttribute(String.join(";", vertexCases.get(v))));
    m.put("role", DefaultAttribute.createAttribute(a.role().role().name().toLowerCase(java.util.Locale.ROOT)));
    m.put("score", DefaultAttribute.createAttribute(a.score()));
    return m;
  }

  private Map<String, Attribute> edgeAttributes(Edge e) {
    int r = e.row();
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(ledger.txId(r)));
    m.put("transaction", DefaultAttribute.createAttribute(ledger.txId(r)));
    m.put("time", DefaultAttribute.createAttribute(ledger.timestamp(r).toString()));
    m.put("amount", DefaultAttribute.createAttribute(ledger.money(r).toDecimalString()));
    m.put("currency", DefaultAttribute.createAttribute(ledger.currency(r)));
    m.put("flow_case", DefaultAttribute.createAttribute(edgeCases.get(e).get(0)));
    m.put("flow_cases", DefaultAttribute.createAttribute(String.join(";", edgeCases.get(e))));
    return m;
  }

  void writeGraphMl(Writer out) throws IOException {
    GraphMLExporter<String, Edge> x = new GraphMLExporter<>(vertexIds::get);
    x.setEdgeIdProvider(edgeIds::get);
    x.setVertexAttributeProvider(this::vertexAttributes);
    x.setEdgeAttributeProvider(this::edgeAttributes);
    x.setExportVertexLabels(true);
    x.setExportEdgeLabels(true);
    for (String a : new String[] {"case", "cases", "role"}) {
      x.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    x.registerAttribute("score", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    for (String a : new String[] {"transaction", "time", "amount", "currency", "flow_case", "flow_cases"}) {
      x.registerAttribute(a, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    }
    x.exportGraph(graph, out);
    out.flush();
  }

  void writeGexf(Writer out) throws IOException {
    GEXFExporter<String, Edge> x = new GEXFExporter<>(vertexIds::get, edgeIds::get);
    x.setCreator("moneytrail");
    x.setDescription("flagged transactions of all cases");
    x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
    x.setVertexAttributeProvider(this::vertexAttributes);
    x.setEdgeAttributeProvider(this::edgeAttributes);
    for (String a : new String[] {"case", "cases", "role"}) {
      x.registerAttribute(a, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    x.registerAttribute("score", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    for (String a : new String[] {"transaction", "time", "amount", "currency", "flow_case", "flow_cases"}) {
      x.registerAttribute(a, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    }
    x.exportGraph(graph, out);
    out.flush();
  }

  void writeDot(Writer out) throws IOException {
    DOTExporter<String, Edge> x = new DOTExporter<>(vertexIds::get);
    x.setGraphIdProvider(() -> "flagged");
    x.setVertexAttributeProvider(this::vertexAttributes);
    x.setEdgeAttributeProvider(e -> {
      Map<String, Attribute> m = edgeAttributes(e);
      m.put("label", DefaultAttribute.createAttribute(ledger.money(e.row()).toDecimalString() + " " + ledger.currency(e.row())
          + "\n" + ledger.timestamp(e.row()).toString()));
      return m;
    });
    x.exportGraph(graph, out);
    out.flush();
  }
}
