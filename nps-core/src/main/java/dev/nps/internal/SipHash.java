package dev.nps.internal;

/**
 * SipHash-2-4 over a message given as 64-bit words: two rounds per word, four to finish.
 *
 * <p>The algorithm and its constants are those of J.-P. Aumasson and D. J. Bernstein, "SipHash: a
 * fast short-input PRF", INDOCRYPT 2012 (https://www.aumasson.jp/siphash/siphash.pdf), sections
 * 2.1 to 2.4. A byte message of length {@code n} is the sequence of its full 8-byte little-endian
 * words followed by {@link #finish(long) finish}{@code (n << 56 | the remaining bytes)}; callers
 * that hash other data choose their own encoding into words and their own last word. Used with a
 * fixed key for {@code Segment.hashCode()}, whose words are chosen so that different segments
 * never give the same message.
 *
 * <p>One instance hashes one message; it is small enough for the compiler to keep in registers.
 */
public final class SipHash {
  private long v0;
  private long v1;
  private long v2;
  private long v3;

  /**
   * Starts a message under a 128-bit key.
   *
   * @param k0 the key's first eight bytes, read little-endian
   * @param k1 the key's last eight bytes, read little-endian
   */
  public SipHash(long k0, long k1) {
    v0 = k0 ^ 0x736f6d6570736575L;
    v1 = k1 ^ 0x646f72616e646f6dL;
    v2 = k0 ^ 0x6c7967656e657261L;
    v3 = k1 ^ 0x7465646279746573L;
  }

  /**
   * Absorbs one word of the message.
   *
   * @param word the word
   */
  public void word(long word) {
    v3 ^= word;
    round();
    round();
    v0 ^= word;
  }

  /**
   * Absorbs the last word and returns the 64-bit hash. This instance must not be used afterwards.
   *
   * @param last the last word (for a byte message, its length in the top byte and its remaining
   *     bytes below)
   * @return the hash
   */
  public long finish(long last) {
    word(last);
    v2 ^= 0xff;
    round();
    round();
    round();
    round();
    return v0 ^ v1 ^ v2 ^ v3;
  }

  private void round() {
    v0 += v1;
    v1 = Long.rotateLeft(v1, 13);
    v1 ^= v0;
    v0 = Long.rotateLeft(v0, 32);
    v2 += v3;
    v3 = Long.rotateLeft(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = Long.rotateLeft(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = Long.rotateLeft(v1, 17);
    v1 ^= v2;
    v2 = Long.rotateLeft(v2, 32);
  }
}
