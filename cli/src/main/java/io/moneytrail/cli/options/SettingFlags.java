package io.moneytrail.cli.options;

import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Section;
import io.moneytrail.analysis.Setting;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line flags of one settings section (a detector's options), built from the section's
 * {@link Setting}s so that a flag, its help text, its default and its validation are described
 * once, in core. Shared by the {@code moneytrail} detector commands and the Spark front end.
 *
 * <p>A bad value is a usage error naming the flag ({@code --window must be a duration ...});
 * values are applied in the section's setting order.
 *
 * @param <O> the section's options record
 */
public final class SettingFlags<O> {
  private final CommandSpec spec;
  private final Section<O> section;

  private SettingFlags(CommandSpec spec, Section<O> section) {
    this.spec = spec;
    this.section = section;
  }

  /**
   * Adds a flag for every setting of the section that has one to a command's model (before parsing).
   *
   * @param spec the command
   * @param section the settings section
   * @param <O> its options record
   * @return the flags, to read after parsing
   */
  public static <O> SettingFlags<O> add(CommandSpec spec, Section<O> section) {
    Objects.requireNonNull(spec, "spec");
    for (Setting<O> s : section.settings()) {
      if (s.flag().isEmpty()) {
        continue;
      }
      String help = s.help() + s.describe(section.defaults()).map(d -> " Default: " + d + ".").orElse(" Default: off.");
      OptionSpec.Builder b = OptionSpec.builder(s.flag().get()).description(help.replace("%", "%%"));
      if (s.switchValue().isPresent()) {
        b.arity("0").type(boolean.class);
      } else if (s.repeatable()) {
        b.paramLabel(s.label()).arity("1").type(List.class).auxiliaryTypes(String.class);
      } else {
        b.paramLabel(s.label()).arity("1").type(String.class);
      }
      spec.addOption(b.build());
    }
    return new SettingFlags<>(spec, section);
  }

  /** @return the section's defaults with every flag given on the command line applied */
  public O options() {
    return options(section.defaults());
  }

  /**
   * @param base the options to start from
   * @return them with every flag given on the command line applied, in setting order
   * @throws CommandLine.ParameterException (exit code 2) naming the flag of a bad value
   */
  public O options(O base) {
    O o = base;
    try {
      for (Setting<O> s : section.settings()) {
        if (s.flag().isEmpty()) {
          continue;
        }
        Object value = spec.findOption(s.flag().get()).getValue();
        if (value == null || Boolean.FALSE.equals(value)) {
          continue;
        }
        if (s.switchValue().isPresent()) {
          o = s.read(o, s.switchValue().get());
        } else if (value instanceof List<?> list) {
          for (Object v : list) {
            o = s.read(o, String.valueOf(v));
          }
        } else {
          o = s.read(o, String.valueOf(value));
        }
      }
    } catch (OptionException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.message(this::name), e);
    }
    return o;
  }

  /**
   * @param key a setting's key
   * @return whether its flag was given on the command line (a switch: set)
   */
  public boolean given(String key) {
    return section.setting(key).flatMap(Setting::flag).map(f -> {
      Object v = spec.findOption(f).getValue();
      return v != null && !Boolean.FALSE.equals(v);
    }).orElse(false);
  }

  /**
   * @param key a setting's key
   * @return the flag the user knows it by, or the key when it has none
   */
  public String name(String key) {
    return section.setting(key).flatMap(Setting::flag).orElse(key);
  }
}
