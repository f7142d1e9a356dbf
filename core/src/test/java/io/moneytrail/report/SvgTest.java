package io.moneytrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Layer assignment, escaping and well-formedness of the report's pictures. */
class SvgTest {
  private static Svg.Arrow arrow(String from, String to) {
    return new Svg.Arrow(from, to, "1.00 EUR", 100);
  }

  @Test
  void aRoundTripIsLaidOutAlongItsOrderIgnoringTheClosingArrow() {
    List<List<String>> layers = Svg.layering(List.of("A", "B", "C"),
        List.of(arrow("A", "B"), arrow("B", "C"), arrow("C", "A")));
    assertEquals(List.of(List.of("A"), List.of("B"), List.of("C")), layers);
  }

  @Test
  void scatterGatherHasThreeLayersAndLongestPathsWin() {
    List<List<String>> layers = Svg.layering(List.of("S", "I1", "I2", "K"),
        List.of(arrow("S", "I1"), arrow("S", "I2"), arrow("I1", "K"), arrow("I2", "K"), arrow("S", "K")));
    assertEquals(List.of(List.of("S"), List.of("I1", "I2"), List.of("K")), layers);
  }

  @Test
  void escapingCoversMarkupQuotesAndControlCharacters() {
    assertEquals("&lt;script&gt;&amp;&quot;&#39;\uFFFD", Html.esc("<script>&\"'\u0001"));
    assertEquals("tab\tand\nnewline", Html.esc("tab\tand\nnewline"));
  }

  @Test
  void picturesAreWellFormedXmlWithEscapedNames() throws Exception {
    String evil = "<b onload=\"x\">&";
    String[] svgs = {
        Svg.ring("r", evil, List.of(evil, "B"), List.of(new Svg.Arrow(evil, "B", "1 <EUR>", 1),
            new Svg.Arrow("B", evil, "2", 2))),
        Svg.star("s", "star", evil, List.of("X", "Y", "Z"), List.of(arrow("X", evil), arrow("Y", evil))),
        Svg.layers("l", "layers", List.of(List.of(evil), List.of("Q")), List.of(arrow(evil, "Q")))};
    for (String svg : svgs) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertFalse(svg.contains("<b "), svg);
      assertTrue(svg.contains("&lt;b onload=&quot;x&quot;&gt;&amp;"), svg);
    }
  }
}
