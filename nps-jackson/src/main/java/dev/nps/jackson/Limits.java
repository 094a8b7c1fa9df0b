package dev.nps.jackson;

import dev.nps.Segment;
import java.util.HashMap;
import java.util.Map;

/**
 * The size bounds a reader enforces on untrusted documents: how many segment entries one document
 * may hold (across all its per-segment results, accumulators and comparisons), how many dimensions
 * one segment may have, and how many of a document's segments may share one hash code.
 *
 * <p>The last bound guards against documents built to be slow: names and values can be chosen so
 * that many different segments have the same {@link Segment#hashCode()}, and every hash table
 * holding them (the reader's, the accumulators') would then take time quadratic in their number.
 * Segments of real data share a hash code by chance, rarely and a few at a time.
 */
final class Limits {
  /** Default bound on segment entries per document. */
  static final int DEFAULT_MAX_SEGMENTS = 100_000;

  /** Default bound on dimensions per segment. */
  static final int DEFAULT_MAX_DIMENSIONS = 32;

  /** Bound on the segment entries of one document that share a hash code. */
  static final int MAX_SHARED_HASH = 16;

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
    final Map<Integer, Integer> hashes = new HashMap<>();
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

  /**
   * Counts the hash code of an entry's segment and fails, naming the entry's segment, once more
   * than {@link #MAX_SHARED_HASH} segments of the document share it.
   */
  void countHash(JsonInput input, Segment segment, String entryPath) {
    int shared = documentCount(input).hashes.merge(segment.hashCode(), 1, Integer::sum);
    if (shared > MAX_SHARED_HASH) {
      throw input.failAt(entryPath + ".segment", shared + " segments of this document share"
          + " one hash code, more than the " + MAX_SHARED_HASH + " real data could plausibly"
          + " have: the document looks built to slow its reader down");
    }
  }
}
