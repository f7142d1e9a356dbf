package io.moneytrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loading, the graph and the analyses run with no Tablesaw on the class path (as in the Spark jar,
 * which leaves Tablesaw out): only {@code Ledger.table()} needs it.
 */
class LedgerWithoutTablesawTest {
  private static final String CSV = Path.of("..", "examples", "data", "scam-centre.csv").toString();

  @Test
  void loadingAndAnalysingGiveTheSameAnswersWithoutTablesaw() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    int removed = 0;
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.contains("tablesaw")) {
        removed++;
      } else if (!entry.isEmpty()) {
        urls.add(url(entry));
      }
    }
    assertTrue(removed > 0, "Tablesaw was expected on the test class path: " + classPath);
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("tech.tablesaw.api.Table"));
      Class<?> isolated = loader.loadClass(WithoutTablesaw.class.getName());
      assertTrue(isolated != WithoutTablesaw.class);
      String without = (String) isolated.getMethod("run", String.class).invoke(null, CSV);
      assertEquals(WithoutTablesaw.run(CSV), without);
      assertTrue(without.startsWith("558|salary|"), without);
    }
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
