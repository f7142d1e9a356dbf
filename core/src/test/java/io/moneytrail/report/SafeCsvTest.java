package io.moneytrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
  @Test
  void neutralisesFormulaTriggersAndQuotesDelimiters() throws IOException {
    StringWriter w = new StringWriter();
    try (SafeCsv csv = new SafeCsv(w, java.util.List.of("a", "b"))) {
      csv.row("=HYPERLINK(\"http://x\")", "+1");
      csv.row("-2", "@SUM(A1)");
      csv.row("\tx", "plain, with comma");
      csv.row("", "ok");
    }
    assertEquals("a,b\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1\n'-2,'@SUM(A1)\n'\tx,\"plain, with comma\"\n\"\",ok\n", w.toString());
  }
}
