package se.ioprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks that replaced regular expressions accept exactly what the expressions accepted. */
class StrictReaderTest {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Test
    void identifierAndDateShapeMatchTheirRegularExpressions() {
        Random rnd = new Random(7);
        String alphabet = "aZ_09-.[]' é\u0660\uD800/:";
        List<String> fixed = List.of("", "a", "_", "0", "a0", "0a", "parties", "registeredIn2022_900", "a-b", "é",
                "2024-03-31", "2024-3-31", "20240331", "2024-03-311", "2024/03/31", "\u0660\u0660\u0660\u0660-03-31",
                "2024-03-3a", "-2024-03-3", "2024-03-31 ");
        for (String s : fixed) {
            assertEquals(IDENTIFIER.matcher(s).matches(), StrictReader.identifier(s), s);
            assertEquals(DATE.matcher(s).matches(), StrictReader.dateShaped(s), s);
        }
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(rnd.nextInt(3) == 0 ? (char) ('0' + rnd.nextInt(10)) : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(IDENTIFIER.matcher(s).matches(), StrictReader.identifier(s), s);
            assertEquals(DATE.matcher(s).matches(), StrictReader.dateShaped(s), s);
        }
        for (int n = 0; n < 2_000; n++) { // mostly date-shaped, with one character changed
            char[] d = String.format("%04d-%02d-%02d", rnd.nextInt(10_000), rnd.nextInt(100), rnd.nextInt(100)).toCharArray();
            if (rnd.nextBoolean()) {
                d[rnd.nextInt(d.length)] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            }
            String s = new String(d);
            assertEquals(DATE.matcher(s).matches(), StrictReader.dateShaped(s), s);
        }
    }
}
