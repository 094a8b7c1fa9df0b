package dev.nps.jackson;

/**
 * The size bounds a reader enforces on untrusted documents: how many segment entries one document
 * may hold (across all its per-segment results and accumulators) and how many dimensions one
 * segment may have.
 */
final class Limits {
  /** Default bound on segment entries per document. */
  static final int DEFAULT_MAX_SEGMENTS = 100_000;

  /** Default bound on dimensions per segment. */
  static final int DEFAULT_MAX_DIMENSIONS = 32;

  /** Key of the per-document counter of segment entries in the deserialization attributes. */
  private static final Object SEGMENTS_READ = new Object();

  static final Limits DEFAULT = new Limits(DEFAULT_MAX_SEGMENTS, DEFAULT_MAX_DIMENSIONS);

  final int maxSegments;
  final int maxDimensions;

  Limits(int maxSegments, int maxDimensions) {
    this.maxSegments = maxSegments;
    this.maxDimensions = maxDimensions;
  }

  /**
   * Counts one more segment entry in the document being read and fails, naming the current path,
   * once there are more than {@link #maxSegments}. The count starts afresh with each root-level
   * value of the input, so each document of a stream (read with a {@code MappingIterator}) has its
   * own bound.
   */
  void countSegment(JsonInput input) {
    // read[0]: the root-level value being counted; read[1]: its segment entries so far.
    int[] read = (int[]) input.context().getAttribute(SEGMENTS_READ);
    int document = input.documentIndex();
    if (read == null) {
      read = new int[] {document, 0};
      input.context().setAttribute(SEGMENTS_READ, read);
    } else if (read[0] != document) {
      read[0] = document;
      read[1] = 0;
    }
    if (++read[1] > maxSegments) {
      throw input.fail(
          "too many segments: a document may hold at most " + maxSegments + " segment entries");
    }
  }
}
