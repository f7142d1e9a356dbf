package io.moneytrail.synth;

/**
 * One planted transaction before ids are assigned.
 *
 * @param second epoch second
 * @param seq creation order, breaks ties in time
 * @param from payer, a planted-account slot ({@link Planter}; the generator maps it to an account)
 * @param to receiver, a planted-account slot
 * @param amount minor units at scale 2
 * @param typology its typology
 * @param pattern 1-based pattern number within the typology
 * @param role the transaction's role in the pattern
 */
record PlantedTx(long second, int seq, int from, int to, long amount, Typology typology, int pattern, String role) {}
