package io.moneytrail.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a settings document: the options record of one detector (or of the role rules,
 * or of case building), its name and accepted old names, its defaults and its settings.
 *
 * @param <O> the options record
 */
public final class Section<O> {
  private final String name;
  private final List<String> aliases;
  private final Class<O> type;
  private final O defaults;
  private final List<Setting<O>> settings;

  /**
   * @param name the section's name in documents, e.g. {@code fan-in}
   * @param aliases older names still accepted when reading, e.g. {@code fanIn}
   * @param type the options record's class
   * @param defaults the options when nothing is set
   * @param settings the settings, in document order
   */
  public Section(String name, List<String> aliases, Class<O> type, O defaults, List<Setting<O>> settings) {
    this.name = Objects.requireNonNull(name, "name");
    this.aliases = List.copyOf(aliases);
    this.type = Objects.requireNonNull(type, "type");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.settings = List.copyOf(settings);
  }

  /** @return the section's name in settings documents */
  public String name() {
    return name;
  }

  /** @return older names accepted when reading */
  public List<String> aliases() {
    return aliases;
  }

  /** @return the options when nothing is set */
  public O defaults() {
    return defaults;
  }

  /** @return the settings, in document order */
  public List<Setting<O>> settings() {
    return settings;
  }

  /**
   * @param key a setting's key
   * @return the setting with it
   */
  public Optional<Setting<O>> setting(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * @param name a section name as written in a document
   * @return whether it names this section (its name or an alias)
   */
  public boolean isNamed(String name) {
    return this.name.equals(name) || aliases.contains(name);
  }

  /**
   * @param type the options record's class
   * @param <T> that class
   * @return this section, typed
   * @throws ClassCastException when the section is of another options type
   */
  @SuppressWarnings("unchecked")
  public <T> Section<T> as(Class<T> type) {
    if (!this.type.equals(type)) {
      throw new ClassCastException("section " + name + " holds " + this.type.getSimpleName() + ", not "
          + type.getSimpleName());
    }
    return (Section<T>) this;
  }

  /**
   * @param options an options object of this section's type
   * @return it, typed
   * @throws ClassCastException when it is of another type
   */
  public O cast(Object options) {
    return type.cast(options);
  }

  /**
   * Applies one section object of a settings document.
   *
   * @param options the options so far
   * @param object the section's JSON object
   * @return the options with every key of the object applied, in document order
   * @throws OptionException naming {@code section.key} for an unknown key or a bad value
   */
  public O read(O options, JsonNode object) {
    return read(options, object, name);
  }

  /**
   * Applies one section object of a settings document, naming the section in errors as the
   * document did (an alias such as {@code fanIn}, or the name).
   *
   * @param options the options so far
   * @param object the section's JSON object
   * @param as the section's name as written
   * @return the options with every key of the object applied, in document order
   * @throws OptionException naming {@code as.key} for an unknown key or a bad value
   */
  public O read(O options, JsonNode object, String as) {
    if (!object.isObject()) {
      throw new OptionException(as, object.toString(), "must be an object of settings, was " + object);
    }
    O o = options;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      o = read(o, e.getKey(), e.getValue(), as);
    }
    return o;
  }

  /**
   * Applies one setting.
   *
   * @param options the options so far
   * @param key the setting's key
   * @param value its value
   * @return the options with it
   * @throws OptionException naming {@code section.key} for an unknown key or a bad value
   */
  public O read(O options, String key, JsonNode value) {
    return read(options, key, value, name);
  }

  private O read(O options, String key, JsonNode value, String as) {
    Setting<O> s = setting(key).orElseThrow(() -> new OptionException(as + "." + key, value.toString(),
        "is not a setting (" + name + " has " + String.join(", ", keys()) + ")"));
    try {
      return s.read(options, value);
    } catch (OptionException e) {
      throw e.qualified(as);
    }
  }

  /**
   * @param options the options
   * @return every setting that is on, key to JSON-ready value, in document order
   */
  public Map<String, Object> write(O options) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Setting<O> s : settings) {
      s.write(options).ifPresent(v -> m.put(s.key(), v));
    }
    return m;
  }

  private List<String> keys() {
    List<String> k = new ArrayList<>();
    settings.forEach(s -> k.add(s.key()));
    return k;
  }
}
