package io.moneytrail.report;

/** The one escaping function of the HTML report: every value written into HTML or SVG goes through it. */
final class Html {
  private Html() {}

  /**
   * Escapes text for HTML and XML (SVG) element content and double- or single-quoted attribute values.
   * Control characters other than tab, newline and carriage return become U+FFFD (they are not
   * allowed in XML).
   *
   * @param s the text
   * @return it with {@code & < > " '} replaced by character references
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
