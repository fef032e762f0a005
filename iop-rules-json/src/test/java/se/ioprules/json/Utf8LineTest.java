package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.ioprules.api.Assessment;
import se.ioprules.api.Citation;
import se.ioprules.api.CriterionKind;
import se.ioprules.api.Evaluation;
import se.ioprules.api.FactValue;
import se.ioprules.api.Finding;
import se.ioprules.api.Likelihood;
import se.ioprules.api.LocalizedText;
import se.ioprules.api.Outcome;
import se.ioprules.api.ParameterValue;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetResult;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.api.Verdict;

/**
 * The hand-written UTF-8 line against Jackson's generator (the text form, encoded): every character, surrogate pairs
 * and lone surrogates, texts longer than the encoder's chunk with a pair across its edge, random texts, numbers, in
 * every kind of place a text goes (encoded each time, pre-encoded constants, cached citations).
 */
class Utf8LineTest {

    /** {@code t} as the partnership id, a message, a fact value and path, a criterion id, a citation, a parameter source. */
    private static Evaluation with(String t) {
        RuleSetInfo info = new RuleSetInfo("rs", "1", "Titel " + t, "Utfärdare", RuleSetStatus.CASE_LAW,
                LocalDate.of(2019, 1, 1), null, Map.of(), List.of(), "ab".repeat(32), "classpath:x");
        Finding f = new Finding("rs", "krit " + t, Outcome.FAIL, CriterionKind.LEGAL_REQUIREMENT, "NOT_MET",
                new LocalizedText(t, t + " (en)"), List.of(new FactValue("a." + t, t, true)),
                List.of(new Citation("S1", "Dok " + t, t)), "regel", false);
        RuleSetResult r = new RuleSetResult(info, Verdict.DOES_NOT_MEET, List.of(f),
                List.of(new ParameterValue("p", new BigDecimal("-1E-7"), null, t, false),
                        new ParameterValue("q", new BigDecimal("12345678901234567890.50"), null, "x", true)), false);
        return new Evaluation(t, LocalDate.of(2025, 6, 1), "request", "0.1.0", "cd".repeat(32),
                new Assessment(Likelihood.LIKELY, Likelihood.UNLIKELY), List.of(r));
    }

    /** Written twice: the second time from the texts the first one pre-encoded. */
    private static void assertSameAsGenerator(String t) {
        Evaluation e = with(t);
        for (String lang : List.of("sv", "en")) {
            byte[] expected = EvaluationJson.writeLine(e, lang, false, "f", 9_876_543_210L)
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(expected, EvaluationJson.writeLineUtf8(e, lang, false, "f", 9_876_543_210L), t);
            }
        }
    }

    private static void assertNoUtf8(String t) {
        for (int i = 0; i < 2; i++) {
            assertNull(EvaluationJson.writeLineUtf8(with(t), "sv", false, "f", 1), t);
        }
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsWrittenAsTheGeneratorWritesIt() {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c)) {
                b.append((char) c);
            }
            if (b.length() == 512 || c == 0xFFFF) {
                assertSameAsGenerator(b.toString());
                b.setLength(0);
            }
        }
    }

    @Test
    void surrogatePairsAreFourBytesAndALoneSurrogateGivesNoBytes() {
        for (char high = Character.MIN_HIGH_SURROGATE; high <= Character.MAX_HIGH_SURROGATE; high += 7) {
            assertSameAsGenerator("a" + high + '\uDC00' + high + '\uDFFF' + "b");
            assertNoUtf8("a" + high);
            assertNoUtf8("a" + high + "b");
            assertNoUtf8(high + "\uD800\uDC00");
        }
        for (char low = Character.MIN_LOW_SURROGATE; low <= Character.MAX_LOW_SURROGATE; low += 5) {
            assertSameAsGenerator("\uD800" + low + " \uDBFF" + low);
            assertNoUtf8(String.valueOf(low));
            assertNoUtf8("\uD83D\uDE00" + low);
        }
    }

    @Test
    void textsLongerThanAChunkWithAPairOrALoneSurrogateAtItsEdge() {
        for (int k = 8180; k <= 8200; k++) {
            assertSameAsGenerator("x".repeat(k) + "\uD83D\uDE00 – ö" + "y".repeat(k));
            assertSameAsGenerator("ö".repeat(k) + "\"\\\n" + "→".repeat(k) + "\uD83D\uDE00");
            assertNoUtf8("x".repeat(k) + "\uD83D" + "y");
            assertNoUtf8("x".repeat(k) + "\uDE00");
        }
    }

    @Test
    void randomTexts() {
        Random random = new Random(13);
        char[] pool = ("aZ09 .,;:-_/<>&'\"\\\t\n\r\b\f\u0000\u0001\u001f\u007f\u0080\u00a0åäöÅÄÖéß\u00ff\u0100"
                + "–—“”’→≥≤€\u2028\u2029\ufeff\uffff\ud7ff\ue000").toCharArray();
        for (int i = 0; i < 300; i++) {
            int n = random.nextInt(i % 10 == 0 ? 20_000 : 200);
            StringBuilder b = new StringBuilder(n);
            boolean lone = false;
            while (b.length() < n) {
                int r = random.nextInt(100);
                if (r < 3) {
                    b.appendCodePoint(0x10000 + random.nextInt(0x100000));
                } else if (r < 4 && i % 3 == 0) {
                    b.append((char) (Character.MIN_SURROGATE + random.nextInt(0x800)));
                    lone = true; // perhaps: a high one may be followed by a low one
                } else {
                    b.append(pool[random.nextInt(pool.length)]);
                }
            }
            String t = b.toString();
            if (lone && hasLoneSurrogate(t)) {
                assertNoUtf8(t);
            } else {
                assertSameAsGenerator(t);
            }
        }
    }

    private static boolean hasLoneSurrogate(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(java.nio.ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    @Test
    void aLineHandedOffInAReusedBufferIsTheSameBytes() {
        List<Evaluation> es = List.of(with("kort"), with("längre – " + "x".repeat(300_000)), with("ö"),
                with("\uD83D\uDE00"));
        java.nio.ByteBuffer reuse = null;
        for (int round = 0; round < 3; round++) {
            for (Evaluation e : es) {
                byte[] expected = EvaluationJson.writeLineUtf8(e, "en", false, "f", 5);
                java.nio.ByteBuffer b = EvaluationJson.writeLineUtf8(e, "en", false, "f", 5, reuse);
                assertArrayEquals(expected, bytes(b));
                // a buffer with room for the line and a chunk's worst case, and not one too large to keep
                if (reuse != null && reuse.capacity() >= expected.length + 6 * 8192 && reuse.capacity() <= 1 << 22) {
                    org.junit.jupiter.api.Assertions.assertTrue(reuse.array() == b.array(), "written in the buffer given");
                }
                reuse = b;
            }
        }
        assertNull(EvaluationJson.writeLineUtf8(with("a\uD800"), "sv", false, "f", 1, reuse));
        // a buffer that shares its array with other data is not written over
        byte[] shared = new byte[1 << 20];
        java.util.Arrays.fill(shared, (byte) 7);
        java.nio.ByteBuffer slice = java.nio.ByteBuffer.wrap(shared, 10, 1000).slice();
        java.nio.ByteBuffer b = EvaluationJson.writeLineUtf8(with("x"), "sv", false, "f", 1, slice);
        assertArrayEquals(EvaluationJson.writeLineUtf8(with("x"), "sv", false, "f", 1), bytes(b));
        for (byte x : shared) {
            org.junit.jupiter.api.Assertions.assertEquals(7, x);
        }
    }

    @Test
    void aLineAfterAnExceptionallyLongOneIsTheSame() {
        assertSameAsGenerator("kort");
        List<FactValue> because = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            because.add(new FactValue("a.b", "v".repeat(2_000) + i, true)); // a line of 6 MB
        }
        Finding f = new Finding("s", "krit", Outcome.PASS, CriterionKind.GOOD_PRACTICE, "MET",
                new LocalizedText("a", "b"), because, List.of(), "r", false);
        Evaluation e = new Evaluation("p", LocalDate.of(2025, 6, 1), "request", "0.1.0", "cd".repeat(32), null,
                List.of(new RuleSetResult(with("x").ruleSets().get(0).ruleSet(), Verdict.MEETS, List.of(f), List.of(),
                        true)));
        assertArrayEquals(EvaluationJson.writeLine(e, "sv", true, "f", 1).getBytes(StandardCharsets.UTF_8),
                EvaluationJson.writeLineUtf8(e, "sv", true, "f", 1));
        assertArrayEquals(EvaluationJson.writeLine(e, "en", false, "f", 1).getBytes(StandardCharsets.UTF_8),
                EvaluationJson.writeLineUtf8(e, "en", false, "f", 1));
        assertSameAsGenerator("kort");
    }
}
