package se.ioprules.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated corpus documents (.docx, .pdf, .md: bytes flipped, cut, repeated) are read and extracted: each gives an
 * extraction or an {@link ExtractException}, never another exception. More cases: -Diop.fuzz.cases=N, other inputs:
 * -Diop.fuzz.seed=N.
 */
class DocumentFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedDocumentsGiveAResultOrAClearError() throws Exception {
        int cases = Integer.getInteger("iop.fuzz.cases", 150);
        long seed = Long.getLong("iop.fuzz.seed", 15L);
        Random r = new Random(seed);
        List<Path> seeds = new ArrayList<>();
        for (Path src : CorpusFiles.sources().subList(0, 4)) {
            seeds.add(CorpusFiles.docx(src, dir));
            seeds.add(CorpusFiles.pdf(src, dir));
            seeds.add(src);
        }
        Extractor ex = new Extractor(ExtractLimits.DEFAULT);
        for (int i = 0; i < cases; i++) {
            Path s = seeds.get(r.nextInt(seeds.size()));
            byte[] b = Files.readAllBytes(s);
            byte[] m = mutate(b, r);
            String name = s.getFileName().toString();
            Path f = dir.resolve("case" + i + name.substring(name.lastIndexOf('.')));
            Files.write(f, m);
            try {
                ex.extract(f, null);
            } catch (ExtractException expected) {
                // a clear error: fine
            } catch (RuntimeException | Error e) {
                fail("case " + i + " (seed " + seed + ", from " + name + "): " + e, e);
            }
            Files.delete(f);
        }
    }

    private static byte[] mutate(byte[] b, Random r) {
        byte[] m = b.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                for (int k = 1 + r.nextInt(20); k > 0; k--) {
                    m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> m = java.util.Arrays.copyOf(m, Math.max(1, r.nextInt(m.length)));
            case 2 -> {
                int from = r.nextInt(m.length);
                int len = Math.min(m.length - from, 1 + r.nextInt(2000));
                byte[] out = new byte[m.length + len];
                System.arraycopy(m, 0, out, 0, from + len);
                System.arraycopy(m, from, out, from + len, m.length - from);
                m = out;
            }
            default -> {
                for (int k = 0; k < 5; k++) {
                    int at = r.nextInt(m.length);
                    m[at] = (byte) "0123456789-.§ \n".charAt(r.nextInt(15));
                }
            }
        }
        return m;
    }
}
