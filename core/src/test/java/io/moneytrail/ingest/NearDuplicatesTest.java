package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ingest.NearDuplicates.Difference;
import io.moneytrail.ingest.NearDuplicates.Group;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  static Group only(List<String> ids) {
    List<Group> groups = NearDuplicates.find(ids);
    assertEquals(1, groups.size(), groups.toString());
    return groups.get(0);
  }

  @Test
  void eachKindOfInvisibleDifferenceIsFoundAndNamed() {
    assertEquals(Set.of(Difference.CASE), only(List.of("ACC-1", "acc-1")).differences());
    assertEquals(Set.of(Difference.NORMALISATION), only(List.of("Caf\u00e9", "Cafe\u0301")).differences());
    assertEquals(Set.of(Difference.NORMALISATION), only(List.of("ACC", "\uff21\uff23\uff23")).differences()); // full-width
    assertEquals(Set.of(Difference.INVISIBLE_CHARACTERS), only(List.of("ACC", "AC\u200bC")).differences());
    assertEquals(Set.of(Difference.INVISIBLE_CHARACTERS), only(List.of("ACC", "ACC\u0000")).differences());
    assertEquals(Set.of(Difference.SURROUNDING_SPACE), only(List.of("ACC", "\u00a0ACC")).differences());
    assertEquals(Set.of(Difference.CASE, Difference.INVISIBLE_CHARACTERS),
        only(List.of("ACC", "ac\ufeffc")).differences());
  }

  @Test
  void idsAreShownEscapedSoThatTheDifferenceIsVisible() {
    Group g = only(List.of("ACC", "AC\u200bC", "Caf\\"));
    assertEquals(List.of("ACC", "AC\u200bC"), g.ids());
    assertEquals(List.of("ACC", "AC\\u200bC"), g.escapedIds());
    assertEquals("zero-width or control characters", g.describeDifferences());
    assertEquals(List.of("Cafe\\u0301", "Caf\\u00e9"), only(List.of("Caf\u00e9", "Cafe\u0301")).escapedIds());
    assertEquals("a\\\\b", TextEscapes.everything("a\\b"));
  }

  @Test
  void distinctIdsAreNotGroupedAndEqualIdsAreOne() {
    assertEquals(List.of(), NearDuplicates.find(List.of("ACC-1", "ACC-2", "ACC1", "ACC", "ACC", "")));
    assertEquals(Set.of(Difference.CASE), only(List.of("straße", "STRASSE")).differences()); // full case folding
  }

  @Test
  void groupsAreDeterministicWhateverTheInputOrder() {
    List<String> ids = new ArrayList<>(List.of("b", "B", "a\u200b", "A", "a", "c", "C ", "C"));
    List<Group> expected = NearDuplicates.find(ids);
    assertEquals(3, expected.size());
    assertEquals(List.of("A", "a", "a\u200b"), expected.get(0).ids());
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(ids, new Random(seed));
      assertEquals(expected, NearDuplicates.find(ids));
    }
    assertTrue(expected.get(2).differences().contains(Difference.SURROUNDING_SPACE));
  }
}
