package io.moneytrail.cli.options;

import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.cases.BenignAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --settings FILE} and {@code --set SECTION.KEY=VALUE}: the settings of every detector and
 * of the role rules, read by core's one settings codec ({@link AnalysisSettings}). Shared by
 * {@code moneytrail analyze}, {@code moneytrail evaluate} and the Spark entry point.
 */
public final class AnalysisSettingsMixin {
  /** The largest settings file read: 1 MiB. */
  public static final long MAX_SETTINGS_BYTES = 1 << 20;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--settings", paramLabel = "FILE",
      description = "Analysis settings (JSON), e.g. {\"fan-in\": {\"minCounterparties\": 4}, \"mules\": {\"ratio\": \"0.9\"}}. "
          + "Sections: cycles, fan-out, fan-in, scatter-gather, gather-scatter, mules, structuring, roles, cases, risk.")
  Path settingsFile;

  @Option(names = "--benign-accounts", paramLabel = "FILE",
      description = "CSV of accounts declared benign (header account,reason): they never join findings into one "
          + "case and appear in cases as external counterparties. Added to the settings' cases.benign.")
  Path benignFile;

  @Option(names = "--set", paramLabel = "SECTION.KEY=VALUE",
      description = "Override one setting after --settings, e.g. --set fan-in.window=3d --set structuring.threshold=15000. Repeatable.")
  List<String> sets = new ArrayList<>();

  /**
   * @return the defaults, then the settings file, then each {@code --set} in order, then the
   *     accounts of {@code --benign-accounts} added to {@code cases.benign}
   * @throws CommandLine.ParameterException (a usage error) for a malformed {@code --set} or a bad
   *     value, naming the file or the {@code --set} and the {@code section.key}
   * @throws InputException when the settings file cannot be read
   */
  public AnalysisSettings settings() {
    AnalysisSettings s = AnalysisSettings.defaults();
    if (settingsFile != null) {
      String text = read(settingsFile);
      try {
        s = s.overriddenBy(text);
      } catch (OptionException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--settings " + settingsFile + ": "
            + e.getMessage(), e);
      }
    }
    for (String set : sets) {
      int eq = set.indexOf('=');
      if (eq < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--set: expected SECTION.KEY=VALUE (e.g. fan-in.window=3d), was '" + set + "'");
      }
      try {
        s = s.set(set.substring(0, eq).trim(), set.substring(eq + 1));
      } catch (OptionException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--set " + set + ": " + e.getMessage(), e);
      }
    }
    if (benignFile != null) {
      Map<String, String> benign = new TreeMap<>(s.cases().benign());
      try {
        BenignAccounts.read(benignFile).forEach((account, reason) -> benign.merge(account, reason,
            (a, b) -> a.isEmpty() ? b : a));
      } catch (NoSuchFileException e) {
        throw new InputException("--benign-accounts: file not found: " + benignFile);
      } catch (IOException e) {
        throw new InputException("--benign-accounts: cannot read " + benignFile + ": " + e.getMessage());
      }
      s = s.withCases(s.cases().withBenign(benign));
    }
    return s;
  }

  /** Reads a settings file as strict UTF-8, at most {@link #MAX_SETTINGS_BYTES}. */
  private static String read(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_SETTINGS_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new InputException("--settings: file not found: " + file);
    } catch (IOException e) {
      throw new InputException("--settings: cannot read " + file + ": " + e.getMessage());
    }
    if (bytes.length > MAX_SETTINGS_BYTES) {
      throw new InputException("--settings: " + file + " is larger than " + MAX_SETTINGS_BYTES
          + " bytes; a settings file is a small JSON document");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException("--settings: " + file + " is not UTF-8 text");
    }
  }
}
