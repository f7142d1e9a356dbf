package io.moneytrail.evaluate;

/**
 * The scores of one typology. Ratios are in [0, 1]; a ratio whose denominator is 0 is 0.
 *
 * @param typology the typology name as in the labels
 * @param labelled labelled patterns
 * @param found of which found (see {@link Evaluator})
 * @param txPrecision labelled transactions of this typology among the evidence transactions of the
 *     matching findings, divided by those evidence transactions
 * @param txRecall the same count divided by the typology's labelled transactions (in the data)
 * @param accountPrecision like txPrecision, over accounts (payers and payees of the transactions)
 * @param accountRecall like txRecall, over accounts
 */
public record TypologyScore(String typology, int labelled, int found, double txPrecision, double txRecall,
    double accountPrecision, double accountRecall) {}
