package io.moneytrail.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON writer all moneytrail documents go through: Jackson, two-space indentation, {@code \n}
 * line ends, keys in the order the maps or records give them. Values should be JSON-ready (strings,
 * numbers, booleans, lists, maps); instants and money are written as strings by the callers.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private Json() {}

  /** @return two-space indentation with {@code \n} line ends, for objects and arrays */
  private static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** @return the shared mapper (thread-safe; do not reconfigure) */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a value as pretty JSON followed by a newline.
   *
   * @param value the document
   * @param out where to write (flushed, not closed)
   * @throws IOException on write failure
   */
  public static void write(Object value, Writer out) throws IOException {
    WRITER.writeValue(out, value);
    out.write('\n');
    out.flush();
  }

  /**
   * @param out where to write (not closed when the generator is)
   * @return a generator that writes as {@link #write} does (same indentation and line ends), for
   *     documents written piece by piece; values inside go through {@code mapper().writeValue(g, v)}
   * @throws IOException when the generator cannot be made
   */
  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(out);
    g.setPrettyPrinter(printer());
    return g;
  }

  /**
   * @param value the document
   * @return it as pretty JSON text with a final newline
   */
  public static String toString(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
