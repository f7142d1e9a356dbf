package io.moneytrail.analysis;

import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An option or setting with a value it cannot take: which option, the value as given, and why.
 * Thrown where options are validated (the options records, the settings codec, the duration
 * grammar), so that a front end can name the option as its user wrote it (a command-line flag, a
 * settings key) without parsing messages. Anything else that goes wrong is not the user's mistake.
 *
 * <p>The reason may name other options as {@code {key}} (e.g. {@code cannot be combined with
 * {mode} static}); {@link #message(UnaryOperator)} renders them with the front end's names.
 */
public class OptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.-]*)}");

  private final String option;
  private final String value;
  private final String reason;

  /**
   * @param option the option's key, e.g. {@code minCounterparties} or {@code fan-in.window}
   * @param value the value as given (text), or empty when there is none
   * @param reason why it is refused, e.g. {@code must be at least 1, was 0}
   */
  public OptionException(String option, String value, String reason) {
    super(render(option, reason, UnaryOperator.identity()));
    this.option = Objects.requireNonNull(option, "option");
    this.value = Objects.requireNonNull(value, "value");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * @param option the option's key
   * @param value the value as given
   * @param reason why it is refused
   * @param cause the underlying error
   */
  public OptionException(String option, String value, String reason, Throwable cause) {
    this(option, value, reason);
    initCause(cause);
  }

  /** @return the option's key as the validating code names it */
  public String option() {
    return option;
  }

  /** @return the refused value as text (empty when there is none) */
  public String value() {
    return value;
  }

  /** @return why the value is refused, with other options as {@code {key}} */
  public String reason() {
    return reason;
  }

  /**
   * @param prefix e.g. a settings section {@code fan-in}
   * @return the same error with the option (and the options its reason names) as {@code prefix.key}
   */
  public OptionException qualified(String prefix) {
    OptionException e = new OptionException(prefix + "." + option, value,
        REFERENCE.matcher(reason).replaceAll(m -> Matcher.quoteReplacement("{" + prefix + "." + m.group(1) + "}")));
    e.initCause(this);
    return e;
  }

  /**
   * @param names maps an option key to the name the user knows (e.g. {@code window} to {@code --window})
   * @return the message: the option's name, then the reason with every named option renamed
   */
  public String message(UnaryOperator<String> names) {
    return render(option, reason, names);
  }

  private static String render(String option, String reason, UnaryOperator<String> names) {
    String r = REFERENCE.matcher(reason).replaceAll(m -> Matcher.quoteReplacement(names.apply(m.group(1))));
    return names.apply(option) + " " + r;
  }
}
