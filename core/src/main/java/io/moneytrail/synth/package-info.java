/**
 * Seeded synthetic transaction data with ground-truth labels: {@link io.moneytrail.synth.ScenarioGenerator}
 * writes canonical CSV and {@code labels.csv} for the {@link io.moneytrail.synth.Typology typologies}
 * it plants, by default on ordinary accounts of a realistic retail-banking population
 * ({@link io.moneytrail.synth.GeneratorOptions.Planting#EMBEDDED}), and optionally the
 * {@link io.moneytrail.synth.BenignKind benign look-alike groups} of that population (payroll,
 * merchants, landlords, utilities, family round trips, own-account sweeps, shared bills, exchanges,
 * payment processors).
 */
package io.moneytrail.synth;
