package io.moneytrail.report.cases;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.GatherScatterFinding;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.PatternFinding;
import io.moneytrail.analysis.patterns.ScatterGatherFinding;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where detector findings become JSON-ready trees (until the patterns package has
 * its own). Money is a plain decimal string with its currency, times are ISO-8601 instants.
 */
final class FindingTrees {
  private FindingTrees() {}

  static Map<String, Object> cycle(Cycle c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accounts", c.accounts());
    m.put("transactions", c.transactionIds());
    m.put("start", c.start().toString());
    m.put("end", c.end().toString());
    m.put("amounts", c.amountStrings());
    m.put("currencies", c.currencies());
    m.put("length", c.length());
    c.total().ifPresent(t -> m.put("total", money(t)));
    c.minimumHop().ifPresent(t -> m.put("minimumHop", money(t)));
    return m;
  }

  static Map<String, Object> pattern(PatternFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (f instanceof FanFinding x) {
      m.put("direction", x.direction().name().toLowerCase(java.util.Locale.ROOT));
      m.put("account", x.account());
      m.put("counterparties", x.counterparties());
    } else if (f instanceof ScatterGatherFinding x) {
      m.put("source", x.source());
      m.put("sink", x.sink());
      m.put("intermediaries", x.intermediaries());
      m.put("gatheredTotals", monies(x.gatheredTotals()));
    } else if (f instanceof GatherScatterFinding x) {
      m.put("hub", x.hub());
      m.put("sources", x.sources());
      m.put("sinks", x.sinks());
      m.put("scatteredTotals", monies(x.scatteredTotals()));
    } else if (f instanceof MuleFinding x) {
      m.put("account", x.account());
      m.put("currency", x.currency());
      m.put("passedOn", money(x.passedOn()));
      m.put("totalIn", money(x.totalIn()));
      m.put("totalOut", money(x.totalOut()));
      m.put("retention", x.retention().toPlainString());
      List<Object> eps = new ArrayList<>();
      for (MuleFinding.Episode e : x.episodes()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("inflow", e.inflow());
        em.put("sender", e.sender());
        em.put("received", e.received().toString());
        em.put("amount", money(e.amount()));
        em.put("passedOn", money(e.passedOn()));
        em.put("delay", e.delay().toString());
        List<Object> outs = new ArrayList<>();
        for (MuleFinding.Outflow o : e.outflows()) {
          Map<String, Object> om = new LinkedHashMap<>();
          om.put("transaction", o.transaction());
          om.put("receiver", o.receiver());
          om.put("time", o.time().toString());
          om.put("amount", money(o.amount()));
          om.put("allocated", money(o.allocated()));
          outs.add(om);
        }
        em.put("outflows", outs);
        eps.add(em);
      }
      m.put("episodes", eps);
    } else if (f instanceof StructuringFinding x) {
      m.put("direction", x.direction().name().toLowerCase(java.util.Locale.ROOT));
      m.put("account", x.account());
      m.put("counterparties", x.counterparties());
    }
    m.put("transactions", f.transactions());
    m.put("start", f.start().toString());
    m.put("end", f.end().toString());
    m.put("totals", monies(f.totals()));
    m.put("rule", f.rule());
    return m;
  }

  static Map<String, String> money(Money m) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("amount", m.toDecimalString());
    out.put("currency", m.currency());
    return out;
  }

  static List<Object> monies(List<Money> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Money m : list) {
      out.add(money(m));
    }
    return out;
  }
}
