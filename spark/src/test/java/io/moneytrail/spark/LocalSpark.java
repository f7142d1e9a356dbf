package io.moneytrail.spark;

import org.apache.spark.sql.SparkSession;

/** The local[2] sessions the tests share within one test class. */
final class LocalSpark {
  private LocalSpark() {}

  /** @return a session with Spark's own defaults (adaptive execution on, 200 shuffle partitions), as on a cluster */
  static SparkSession startWithSparkDefaults() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("moneytrail-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /**
   * @return a session that keeps every one of its 4 shuffle partitions (adaptive execution off), so
   *     that the tests really spread accounts and time buckets over partitions
   */
  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("moneytrail-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        // keep every shuffle partition, so that the tests really spread accounts over partitions
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
