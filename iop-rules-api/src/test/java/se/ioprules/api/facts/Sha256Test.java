package se.ioprules.api.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    private static String reference(byte[] in) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in));
    }

    /** Feeds {@code in} as the canonical writer does: whole blocks from a buffer, the rest carried over. */
    private static String ours(Sha256 sha, byte[] in, int piece) {
        byte[] buf = new byte[piece + 64];
        int len = 0;
        for (int at = 0; at < in.length; ) {
            int n = Math.min(piece, in.length - at);
            System.arraycopy(in, at, buf, len, n);
            len += n;
            at += n;
            int used = sha.blocks(buf, len);
            System.arraycopy(buf, used, buf, 0, len - used);
            len -= used;
        }
        return sha.finish(buf, len);
    }

    @Test
    void equalsMessageDigestForEveryShortLengthAndLongInputs() throws Exception {
        Random rnd = new Random(13);
        Sha256 sha = new Sha256(); // reused: finish resets it
        for (int length = 0; length <= 300; length++) {
            byte[] in = new byte[length];
            rnd.nextBytes(in);
            String expected = reference(in);
            assertEquals(expected, ours(sha, in, Math.max(1, length)), "length " + length);
            assertEquals(expected, ours(sha, in, 1 + rnd.nextInt(100)), "length " + length + " in pieces");
        }
        for (int length : new int[] {1_000, 4_095, 4_096, 4_097, 65_536, 1_000_003}) {
            byte[] in = new byte[length];
            rnd.nextBytes(in);
            assertEquals(reference(in), ours(sha, in, 16_384), "length " + length);
            assertEquals(reference(in), ours(sha, in, 1 + rnd.nextInt(5_000)), "length " + length + " in pieces");
        }
    }

    @Test
    void knownVectors() {
        Sha256 sha = new Sha256();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ours(sha, new byte[0], 1));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ours(sha, "abc".getBytes(), 3));
    }
}
