package io.moneytrail.ingest;

/**
 * Why a row could not be split into cells or decoded: bytes invalid in the encoding, a row longer
 * than the limit, or a quote that breaks the row structure.
 *
 * @param kind what kind of fault
 * @param reason the reason, complete (as {@link RejectedRow#reason()} shows it)
 * @param field the 0-based field at fault, or -1 when the fault is not in one field
 * @param value the text of that field as shown in messages (bytes invalid in the encoding as
 *     {@code \xHH}), or null
 * @param raw the row's text for {@link RejectedRow#rawText()}
 * @param faultOffset the byte offset in the file of the fault (the first invalid byte, the opening
 *     quote), or -1
 * @param fatal whether the load must end here (a quote error without {@code --lenient-quotes})
 */
record RowFault(Kind kind, String reason, int field, String value, String raw, long faultOffset, boolean fatal) {
  /** The kinds of fault. */
  enum Kind {
    /** Bytes that are not valid in the encoding. */
    INVALID_BYTES,
    /** More bytes than the limit. */
    TOO_LONG,
    /** A quote that breaks the row structure. */
    QUOTE,
    /** A closing quote followed by text on the same line. */
    TEXT_AFTER_QUOTE
  }
}
