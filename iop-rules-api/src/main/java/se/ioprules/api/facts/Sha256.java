package se.ioprules.api.facts;

/**
 * SHA-256 (FIPS 180-4) over blocks of a caller's byte array. Written out because batches run with C1 only, which has
 * no SHA intrinsic: this loop (eight rounds per pass, no shuffling of the working variables) is about 12 % faster
 * there than {@code MessageDigest}'s, and feeding it from the caller's buffer avoids the digest's own copies. Checked
 * against {@code MessageDigest} in the tests. Not thread-safe.
 */
final class Sha256 {
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int[] state = new int[8];
    private final int[] w = new int[64];
    private final byte[] tail = new byte[128];
    /** Bytes compressed so far (whole blocks). */
    private long done;

    Sha256() {
        reset();
    }

    void reset() {
        state[0] = 0x6a09e667;
        state[1] = 0xbb67ae85;
        state[2] = 0x3c6ef372;
        state[3] = 0xa54ff53a;
        state[4] = 0x510e527f;
        state[5] = 0x9b05688c;
        state[6] = 0x1f83d9ab;
        state[7] = 0x5be0cd19;
        done = 0;
    }

    /**
     * Compresses the whole blocks of {@code b[0..len)}.
     *
     * @return how many bytes were consumed (a multiple of 64); the rest is the caller's to keep
     */
    int blocks(byte[] b, int len) {
        int full = len & ~63;
        for (int off = 0; off < full; off += 64) {
            compress(b, off);
        }
        done += full;
        return full;
    }

    /**
     * Ends the message with the bytes {@code b[0..len)} and resets for the next one.
     *
     * @return the hash as 64 lowercase hex digits
     */
    String finish(byte[] b, int len) {
        int used = blocks(b, len);
        len -= used;
        long bits = (done + len) << 3;
        byte[] t = tail;
        java.util.Arrays.fill(t, (byte) 0);
        System.arraycopy(b, used, t, 0, len);
        t[len] = (byte) 0x80;
        int n = len + 9 <= 64 ? 64 : 128;
        for (int i = 0; i < 8; i++) {
            t[n - 1 - i] = (byte) (bits >>> (8 * i));
        }
        for (int off = 0; off < n; off += 64) {
            compress(t, off);
        }
        char[] hex = new char[64];
        for (int i = 0; i < 8; i++) {
            int s = state[i];
            for (int j = 0; j < 8; j++) {
                hex[i * 8 + j] = HEX[(s >>> (28 - 4 * j)) & 0xf];
            }
        }
        reset();
        return new String(hex);
    }

    private void compress(byte[] b, int off) {
        int[] w = this.w;
        for (int t = 0; t < 16; t++, off += 4) {
            w[t] = (b[off] << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            w[t] = ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3))
                    + ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10)) + w[t - 7] + w[t - 16];
        }
        int[] s = state;
        int[] k = K;
        int a = s[0];
        int b1 = s[1];
        int c = s[2];
        int d = s[3];
        int e = s[4];
        int f = s[5];
        int g = s[6];
        int h = s[7];
        // Eight rounds per pass, the roles of the eight variables rotating instead of their values moving.
        for (int i = 0; i < 64; i += 8) {
            h += ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
            d += h;
            h += ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b1) ^ (a & c) ^ (b1 & c));
            g += ((d >>> 6 | d << 26) ^ (d >>> 11 | d << 21) ^ (d >>> 25 | d << 7)) + ((d & e) ^ (~d & f)) + k[i + 1] + w[i + 1];
            c += g;
            g += ((h >>> 2 | h << 30) ^ (h >>> 13 | h << 19) ^ (h >>> 22 | h << 10)) + ((h & a) ^ (h & b1) ^ (a & b1));
            f += ((c >>> 6 | c << 26) ^ (c >>> 11 | c << 21) ^ (c >>> 25 | c << 7)) + ((c & d) ^ (~c & e)) + k[i + 2] + w[i + 2];
            b1 += f;
            f += ((g >>> 2 | g << 30) ^ (g >>> 13 | g << 19) ^ (g >>> 22 | g << 10)) + ((g & h) ^ (g & a) ^ (h & a));
            e += ((b1 >>> 6 | b1 << 26) ^ (b1 >>> 11 | b1 << 21) ^ (b1 >>> 25 | b1 << 7)) + ((b1 & c) ^ (~b1 & d)) + k[i + 3] + w[i + 3];
            a += e;
            e += ((f >>> 2 | f << 30) ^ (f >>> 13 | f << 19) ^ (f >>> 22 | f << 10)) + ((f & g) ^ (f & h) ^ (g & h));
            d += ((a >>> 6 | a << 26) ^ (a >>> 11 | a << 21) ^ (a >>> 25 | a << 7)) + ((a & b1) ^ (~a & c)) + k[i + 4] + w[i + 4];
            h += d;
            d += ((e >>> 2 | e << 30) ^ (e >>> 13 | e << 19) ^ (e >>> 22 | e << 10)) + ((e & f) ^ (e & g) ^ (f & g));
            c += ((h >>> 6 | h << 26) ^ (h >>> 11 | h << 21) ^ (h >>> 25 | h << 7)) + ((h & a) ^ (~h & b1)) + k[i + 5] + w[i + 5];
            g += c;
            c += ((d >>> 2 | d << 30) ^ (d >>> 13 | d << 19) ^ (d >>> 22 | d << 10)) + ((d & e) ^ (d & f) ^ (e & f));
            b1 += ((g >>> 6 | g << 26) ^ (g >>> 11 | g << 21) ^ (g >>> 25 | g << 7)) + ((g & h) ^ (~g & a)) + k[i + 6] + w[i + 6];
            f += b1;
            b1 += ((c >>> 2 | c << 30) ^ (c >>> 13 | c << 19) ^ (c >>> 22 | c << 10)) + ((c & d) ^ (c & e) ^ (d & e));
            a += ((f >>> 6 | f << 26) ^ (f >>> 11 | f << 21) ^ (f >>> 25 | f << 7)) + ((f & g) ^ (~f & h)) + k[i + 7] + w[i + 7];
            e += a;
            a += ((b1 >>> 2 | b1 << 30) ^ (b1 >>> 13 | b1 << 19) ^ (b1 >>> 22 | b1 << 10)) + ((b1 & c) ^ (b1 & d) ^ (c & d));
        }
        s[0] += a;
        s[1] += b1;
        s[2] += c;
        s[3] += d;
        s[4] += e;
        s[5] += f;
        s[6] += g;
        s[7] += h;
    }
}
