"""Independent reference for Segment.hashCode(): SipHash-2-4 written from the paper (Aumasson and
Bernstein, "SipHash: a fast short-input PRF", 2012, section 2) over bytes, and the segment encoding
of Segment.java's Javadoc (per name and value: its length as one 64-bit word, then its UTF-16 code
units four to a little-endian word, zero-padded; then the number of words as the last word).

Run: python3 segment_hash.py  (prints the values SegmentTest expects)
"""
import struct

MASK = (1 << 64) - 1


def rotl(x, b):
    return ((x << b) | (x >> (64 - b))) & MASK


def sipround(v):
    v0, v1, v2, v3 = v
    v0 = (v0 + v1) & MASK; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
    v2 = (v2 + v3) & MASK; v3 = rotl(v3, 16); v3 ^= v2
    v0 = (v0 + v3) & MASK; v3 = rotl(v3, 21); v3 ^= v0
    v2 = (v2 + v1) & MASK; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
    return [v0, v1, v2, v3]


def siphash24_words(key, words):
    """SipHash-2-4 of a message given as 64-bit words, the last one included (section 2.2)."""
    k0, k1 = struct.unpack('<QQ', key)
    v = [k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d,
         k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573]
    for m in words:
        v[3] ^= m
        v = sipround(sipround(v))
        v[0] ^= m
    v[2] ^= 0xFF
    for _ in range(4):
        v = sipround(v)
    return v[0] ^ v[1] ^ v[2] ^ v[3]


def siphash24(key, message):
    """SipHash-2-4 of a byte string: its full words, then its length byte over the rest."""
    n = len(message)
    padded = message + bytes(7 - n % 8) + bytes([n & 0xFF])
    return siphash24_words(key, [m for (m,) in struct.iter_unpack('<Q', padded)])


def text_words(text):
    units = text.encode('utf-16-le')
    out = [len(units) // 2]
    for i in range(0, len(units), 8):
        out.append(struct.unpack('<Q', units[i:i + 8].ljust(8, b'\0'))[0])
    return out


def segment_hash(pairs):
    """Segment.hashCode() of the (name, value) pairs, as a signed 32-bit int."""
    key = struct.pack('<QQ', 0x243F6A8885A308D3, 0x13198A2E03707344)
    message = []
    for name, value in pairs:
        message += text_words(name) + text_words(value)
    h = siphash24_words(key, message + [len(message)])
    folded = (h ^ (h >> 32)) & 0xFFFFFFFF
    return folded - (1 << 32) if folded >= 1 << 31 else folded


if __name__ == '__main__':
    vector_key = bytes(range(16))
    for n in (0, 1, 7, 8, 15):
        print('siphash24(%d bytes) = 0x%016x' % (n, siphash24(vector_key, bytes(range(n)))))
    for pairs in ([], [('region', 'EU')], [('region', 'EU'), ('plan', 'pro')],
                  [('region', 'AaAa')], [('region', 'BBBB')], [('ab', 'c')], [('a', 'bc')]):
        print(pairs, segment_hash(pairs))
    # Distinct hash codes of region=v for the 65,536 values of 16 blocks "Aa" or "BB" (all of
    # which share one String.hashCode), and how many share their low 11 bits with another.
    blocks = [''.join('BB' if (i >> b) & 1 else 'Aa' for b in range(16)) for i in range(1 << 16)]
    codes = [segment_hash([('region', v)]) for v in blocks]
    print('distinct', len(set(codes)), 'largest low-11-bit group',
          max(__import__('collections').Counter(c & 0x7FF for c in codes).values()))
