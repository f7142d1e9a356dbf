package io.moneytrail.analysis;

/**
 * The options record of a detector: immutable and validated on construction (a bad value is an
 * {@link OptionException} naming the option). Its settings (keys, flags, how values are read and
 * written) are declared once, as its detector's {@link Detector#section()}, and its rule is stated
 * in words by {@link Detector#rule(DetectorOptions)}.
 */
public interface DetectorOptions {}
