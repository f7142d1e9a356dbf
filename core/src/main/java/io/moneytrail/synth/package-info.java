/**
 * Seeded synthetic transaction data with ground-truth labels: {@link io.moneytrail.synth.ScenarioGenerator}
 * writes canonical CSV and {@code labels.csv} for the {@link io.moneytrail.synth.Typology typologies}
 * planted into retail-banking background traffic.
 */
package io.moneytrail.synth;
