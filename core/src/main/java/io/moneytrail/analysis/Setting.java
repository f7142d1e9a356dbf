package io.moneytrail.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One setting of an options record: its key in settings documents ({@code window}), its
 * command-line flag where it has one ({@code --window}), a help text, and how to read a value into
 * the options and write it out. The settings of each options record are declared once, next to the
 * record; settings documents, {@code --set}, the command-line flags of every command and the Spark
 * front end all go through them, so a value is read and validated the same way everywhere.
 *
 * <p>Value grammar, the same in documents and on the command line: whole numbers; decimals read
 * exactly ({@code 0.8}, {@code 10000}, or a percentage {@code 80%}); durations in the grammar of
 * {@link Durations}; {@code true}/{@code false}; a choice's values by name. In a JSON document a
 * number or a string holding the same text are equal.
 *
 * @param <O> the options record
 */
public final class Setting<O> {
  /**
   * Reads a value into options.
   *
   * @param <O> the options record
   */
  @FunctionalInterface
  public interface Reader<O> {
    /**
     * @param options the options so far
     * @param key the setting's key, for errors
     * @param value the value: a JSON node (command-line text arrives as a text node)
     * @return the options with the value
     * @throws OptionException for a bad value
     */
    O read(O options, String key, JsonNode value);
  }

  private final String key;
  private final Optional<String> flag;
  private final String label;
  private final String help;
  private final Optional<String> switchValue;
  private final boolean repeatable;
  private final Reader<O> reader;
  private final Function<O, Object> writer;
  private final Function<O, String> display;

  private Setting(String key, Optional<String> flag, String label, String help, Optional<String> switchValue,
      boolean repeatable, Reader<O> reader, Function<O, Object> writer) {
    this(key, flag, label, help, switchValue, repeatable, reader, writer, o -> {
      Object v = writer.apply(o);
      return v == null ? null : String.valueOf(v);
    });
  }

  private Setting(String key, Optional<String> flag, String label, String help, Optional<String> switchValue,
      boolean repeatable, Reader<O> reader, Function<O, Object> writer, Function<O, String> display) {
    this.key = Objects.requireNonNull(key, "key");
    this.flag = flag;
    this.label = label;
    this.help = help;
    this.switchValue = switchValue;
    this.repeatable = repeatable;
    this.reader = reader;
    this.writer = writer;
    this.display = display;
  }

  /**
   * A whole-number setting.
   *
   * @param key the key in settings documents
   * @param flag the command-line flag, or null when there is none
   * @param label the flag's parameter label, e.g. {@code K}
   * @param help what it means, for {@code --help} and the docs
   * @param get reads it from the options
   * @param with returns options with a new value (validating it)
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> wholeNumber(String key, String flag, String label, String help, ToIntFunction<O> get,
      BiFunction<O, Integer, O> with) {
    return new Setting<>(key, Optional.ofNullable(flag), label, help, Optional.empty(), false,
        (o, k, v) -> with.apply(o, integer(k, v)), o -> get.applyAsInt(o));
  }

  /**
   * A decimal setting (amounts in major units, ratios, fractions), read exactly.
   *
   * @param key the key in settings documents
   * @param flag the command-line flag, or null
   * @param label the flag's parameter label
   * @param help what it means
   * @param get reads it from the options
   * @param with returns options with a new value
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> decimal(String key, String flag, String label, String help, Function<O, BigDecimal> get,
      BiFunction<O, BigDecimal, O> with) {
    return new Setting<>(key, Optional.ofNullable(flag), label, help, Optional.empty(), false,
        (o, k, v) -> with.apply(o, decimal(k, v)), o -> plain(get.apply(o)));
  }

  /**
   * A decimal setting that is off unless given (written only when on).
   *
   * @param key the key in settings documents
   * @param flag the command-line flag, or null
   * @param label the flag's parameter label
   * @param help what it means
   * @param get reads it from the options
   * @param with returns options with the rule on at a value
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> optionalDecimal(String key, String flag, String label, String help,
      Function<O, Optional<BigDecimal>> get, BiFunction<O, BigDecimal, O> with) {
    return new Setting<>(key, Optional.ofNullable(flag), label, help, Optional.empty(), false,
        (o, k, v) -> with.apply(o, decimal(k, v)), o -> get.apply(o).map(Setting::plain).orElse(null));
  }

  /**
   * A duration setting, written as ISO-8601 ({@code PT168H}, which the grammar of {@link Durations}
   * reads back).
   *
   * @param key the key in settings documents
   * @param flag the command-line flag, or null
   * @param label the flag's parameter label
   * @param help what it means
   * @param get reads it from the options
   * @param with returns options with a new value
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> duration(String key, String flag, String label, String help, Function<O, Duration> get,
      BiFunction<O, Duration, O> with) {
    return new Setting<>(key, Optional.ofNullable(flag), label, help, Optional.empty(), false,
        (o, k, v) -> with.apply(o, Durations.parse(k, text(k, v))), o -> get.apply(o).toString(),
        o -> Durations.human(get.apply(o)));
  }

  /**
   * A true/false setting; its flag is a switch that sets it to true.
   *
   * @param key the key in settings documents
   * @param flag the command-line switch, or null
   * @param help what it means
   * @param get reads it from the options
   * @param with returns options with a new value
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> bool(String key, String flag, String help, Function<O, Boolean> get,
      BiFunction<O, Boolean, O> with) {
    return new Setting<>(key, Optional.ofNullable(flag), "", help, Optional.of("true"), false,
        (o, k, v) -> with.apply(o, bool(k, v)), get::apply);
  }

  /**
   * A setting that takes one of a few names.
   *
   * @param key the key in settings documents
   * @param flag a command-line switch that selects {@code switchValue}, or null
   * @param switchValue the value the switch selects (ignored without a flag)
   * @param help what it means
   * @param values the names it takes
   * @param get reads it from the options
   * @param with returns options with a new value
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> choice(String key, String flag, String switchValue, String help, List<String> values,
      Function<O, String> get, BiFunction<O, String, O> with) {
    List<String> known = List.copyOf(values);
    return new Setting<>(key, Optional.ofNullable(flag), "", help, Optional.ofNullable(switchValue), false,
        (o, k, v) -> {
          String s = text(k, v).trim().toLowerCase(Locale.ROOT);
          if (!known.contains(s)) {
            throw new OptionException(k, text(k, v), "must be one of " + String.join(", ", known) + ", was '"
                + text(k, v) + "'");
          }
          return with.apply(o, s);
        }, get::apply);
  }

  /**
   * A setting with its own reading and writing (e.g. a map of per-currency values).
   *
   * @param key the key in settings documents
   * @param flag the command-line flag, or null
   * @param label the flag's parameter label
   * @param help what it means
   * @param repeatable whether the flag may be given several times (each value applied in order)
   * @param read reads a value (a JSON node; command-line text arrives as a text node)
   * @param write the value as a JSON-ready tree, or null to leave it out
   * @param <O> the options record
   * @return the setting
   */
  public static <O> Setting<O> custom(String key, String flag, String label, String help, boolean repeatable, Reader<O> read,
      Function<O, Object> write) {
    return new Setting<>(key, Optional.ofNullable(flag), label, help, Optional.empty(), repeatable, read, write);
  }

  /** @return the key in settings documents */
  public String key() {
    return key;
  }

  /** @return the command-line flag, when the setting has one */
  public Optional<String> flag() {
    return flag;
  }

  /** @return the flag's parameter label (empty for switches) */
  public String label() {
    return label;
  }

  /** @return what the setting means */
  public String help() {
    return help;
  }

  /** @return the value a switch flag sets; empty when the flag takes a value */
  public Optional<String> switchValue() {
    return switchValue;
  }

  /** @return whether the flag may be repeated */
  public boolean repeatable() {
    return repeatable;
  }

  /**
   * @param options the options so far
   * @param value a JSON value from a settings document
   * @return the options with it
   * @throws OptionException naming this setting's key for a bad value
   */
  public O read(O options, JsonNode value) {
    return reader.read(options, key, value);
  }

  /**
   * @param options the options so far
   * @param text a value as typed on a command line
   * @return the options with it
   * @throws OptionException naming this setting's key for a bad value
   */
  public O read(O options, String text) {
    return reader.read(options, key, com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
  }

  /**
   * @param options the options
   * @return this setting's value as a JSON-ready value (number, string, boolean or map), or
   *     empty when it is off
   */
  public Optional<Object> write(O options) {
    return Optional.ofNullable(writer.apply(options));
  }

  /**
   * @param options the options
   * @return this setting's value for people ({@code 7 days}, {@code 0.8}, {@code true}), or empty when off
   */
  public Optional<String> describe(O options) {
    return Optional.ofNullable(display.apply(options));
  }

  static int integer(String key, JsonNode v) {
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    String t = v.isTextual() ? v.textValue().trim() : v.toString();
    if (t.matches("-?\\d{1,10}")) {
      long n = Long.parseLong(t);
      if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
        return (int) n;
      }
    }
    throw new OptionException(key, t, "must be a whole number, was " + t);
  }

  /**
   * @param key the setting's key, for errors
   * @param v a JSON number or text ({@code 0.8}, {@code 80%})
   * @return it as an exact decimal
   * @throws OptionException when it is not one
   */
  public static BigDecimal decimal(String key, JsonNode v) {
    String t = v.isTextual() ? v.textValue().trim() : v.isNumber() ? v.asText() : v.toString();
    try {
      if (v.isTextual() || v.isNumber()) {
        return t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).trim()).movePointLeft(2)
            : new BigDecimal(t);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OptionException(key, t, "must be a decimal number (e.g. 0.8, 10000 or 80%), was " + t);
  }

  static boolean bool(String key, JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String t = v.isTextual() ? v.textValue().trim().toLowerCase(Locale.ROOT) : v.toString();
    if (t.equals("true") || t.equals("false")) {
      return t.equals("true");
    }
    throw new OptionException(key, t, "must be true or false, was " + t);
  }

  static String text(String key, JsonNode v) {
    if (v.isTextual() || v.isNumber()) {
      return v.asText();
    }
    throw new OptionException(key, v.toString(), "must be a string, was " + v);
  }

  /** @return a canonical plain decimal string (no exponent, no trailing zeros) */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
