package dev.nps.jackson;

/**
 * The size bounds a reader enforces on untrusted documents: how many segment entries one document
 * may hold (across all its per-segment results, accumulators and comparisons), and how many
 * dimensions one segment may have.
 *
 * <p>No bound on segments that share a hash code is needed: {@link dev.nps.Segment#hashCode()} is
 * SipHash of the segment's content, not the arithmetic of {@link String#hashCode()} that values
 * can be built to share, and the tables that hold segments (the readers' {@link
 * dev.nps.internal.SegmentIndex}, the accumulators', and {@link java.util.HashMap}, with segments
 * {@link Comparable}) turn a bucket that fills up into an ordered tree. So a document with many
 * segments, such as a report's, reads back in time proportional to its length.
 */
final class Limits {
  /** Default bound on segment entries per document. */
  static final int DEFAULT_MAX_SEGMENTS = 100_000;

  /** Default bound on dimensions per segment. */
  static final int DEFAULT_MAX_DIMENSIONS = 32;

  /** Key of the per-document {@link DocumentCount} in the deserialization attributes. */
  private static final Object DOCUMENT_COUNT = new Object();

  static final Limits DEFAULT = new Limits(DEFAULT_MAX_SEGMENTS, DEFAULT_MAX_DIMENSIONS);

  final int maxSegments;
  final int maxDimensions;

  Limits(int maxSegments, int maxDimensions) {
    this.maxSegments = maxSegments;
    this.maxDimensions = maxDimensions;
  }

  /** What has been counted in one root-level value of the input. */
  private static final class DocumentCount {
    int document;
    int segments;
  }

  /**
   * Returns the counts of the document being read. They start afresh with each root-level value
   * of the input, so each document of a stream (read with a {@code MappingIterator}) has its own
   * bounds.
   */
  private static DocumentCount documentCount(JsonInput input) {
    DocumentCount count = (DocumentCount) input.context().getAttribute(DOCUMENT_COUNT);
    int document = input.documentIndex();
    if (count == null || count.document != document) {
      count = new DocumentCount();
      count.document = document;
      input.context().setAttribute(DOCUMENT_COUNT, count);
    }
    return count;
  }

  /**
   * Counts one more segment entry in the document being read and fails, naming the current path,
   * once there are more than {@link #maxSegments}.
   */
  void countSegment(JsonInput input) {
    if (++documentCount(input).segments > maxSegments) {
      throw input.fail(
          "too many segments: a document may hold at most " + maxSegments + " segment entries");
    }
  }
}
