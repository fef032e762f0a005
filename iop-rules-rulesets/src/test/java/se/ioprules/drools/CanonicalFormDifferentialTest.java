package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.ioprules.api.facts.FactPaths;
import se.ioprules.api.facts.Partnership;

/**
 * The input hash is part of the output contract ({@code input.sha256}): the canonical text and hash of the byte
 * writer in {@code FactPaths} must equal those of the former implementation ({@link OldCanonicalForm}) for every
 * input, over the whole corpus and over the corpus with its texts rewritten to hold characters beyond Latin-1,
 * surrogate pairs, lone surrogates and long texts.
 */
class CanonicalFormDifferentialTest {
    private static final int N = 400;

    private static void assertSame(Partnership p, String what) throws Exception {
        String canonical = FactPaths.canonical(p);
        assertEquals(OldCanonicalForm.canonical(p), canonical, what);
        String sha = FactPaths.sha256(p);
        assertEquals(OldCanonicalForm.sha256(p), sha, what);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8))), sha, what);
    }

    @Test
    void theWholeCorpusHashesAsBefore() throws Exception {
        List<Partnership> corpus = Corpus.partnerships(Corpus.SEED, N);
        for (int i = 0; i < corpus.size(); i++) {
            assertSame(corpus.get(i), "corpus item " + i);
        }
    }

    @Test
    void textsBeyondLatin1AndLoneSurrogatesHashAsBefore() throws Exception {
        Random rnd = new Random(Corpus.SEED);
        String[] pieces = {"å", "Ö", "é", "–", "“", "€", "ΑΒΓ", "Ł", "\uD83D\uDE00", "\uD800", "\uDFFF", "\uDBFF\uDBFF",
            "\uDC00\uD800", "a\uD800b", "§", "\u00ff", "\u0100", "\u07ff", "\u0800", "\uffff", "\n", "=", "x"};
        UnaryOperator<String> mutate = s -> {
            StringBuilder sb = new StringBuilder(s);
            int edits = rnd.nextInt(6);
            for (int e = 0; e < edits; e++) {
                sb.insert(rnd.nextInt(sb.length() + 1), pieces[rnd.nextInt(pieces.length)]);
            }
            if (rnd.nextInt(40) == 0) { // long texts: past the writer's chunk and buffer, a pair across a chunk end
                String unit = pieces[rnd.nextInt(pieces.length)] + "abc".repeat(rnd.nextInt(3));
                sb.append(unit.repeat(2_000 + rnd.nextInt(20_000)));
            }
            return sb.toString();
        };
        int changed = 0;
        List<Partnership> corpus = Corpus.partnerships(Corpus.SEED + 1, N);
        for (int i = 0; i < corpus.size(); i++) {
            Partnership q = (Partnership) rewrite(corpus.get(i), mutate);
            if (!FactPaths.canonical(q).equals(FactPaths.canonical(corpus.get(i)))) {
                changed++;
            }
            assertSame(q, "rewritten corpus item " + i);
        }
        assertTrue(changed > N / 2, "the rewriting changed the texts of most items: " + changed);
    }

    @Test
    void aPairSplitAcrossTheWritersChunkAndLoneSurrogatesAtTheEnds() throws Exception {
        Partnership base = Corpus.partnership(Corpus.SEED, 0);
        for (int at = 2040; at < 2056; at++) {
            for (String tail : List.of("\uD83D\uDE00", "\uD83D", "\uDE00", "é", "€")) {
                String text = "a".repeat(at) + tail + "b".repeat(at % 3);
                Partnership q = base.toBuilder().id(text).title(tail + text + tail).build();
                assertSame(q, "at " + at + " " + tail.codePointAt(0));
            }
        }
    }

    /** A copy of the record tree with every text mapped (a record that refuses the new text keeps the old one). */
    private static Object rewrite(Object node, UnaryOperator<String> f) throws Exception {
        if (node instanceof String s) {
            return f.apply(s);
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(rewrite(o, f));
            }
            return out;
        }
        if (!(node instanceof Record)) {
            return node;
        }
        RecordComponent[] rcs = node.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        Object[] same = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            rcs[i].getAccessor().setAccessible(true);
            same[i] = rcs[i].getAccessor().invoke(node);
            args[i] = rewrite(same[i], f);
            types[i] = rcs[i].getType();
        }
        Constructor<?> ctor = node.getClass().getDeclaredConstructor(types);
        ctor.setAccessible(true);
        try {
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return node;
        }
    }
}
