package se.ioprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The party-id checks written as loops accept exactly what the regular expression and stream accepted. */
class PartyIdCheckTest {
    private static void same(String id) {
        assertEquals(id.matches(".*[\\[\\].\\s].*"), PartnershipValidator.bracketDotOrSpace(id), id);
        assertEquals(id.chars().allMatch(Character::isDigit), PartnershipValidator.allDigits(id), id);
    }

    @Test
    void sameAsTheRegularExpression() {
        for (String id : List.of("", "fh", "a.b", "a b", "[x]", "12", "\u0661\u0662", "a\nb", "a\n.b", "\n", "\r\n",
                "a\u2028b", "a\u2028.", ".\u0085", "\u0085", "x\t", "\u000B", "\f", "1a", "\u00a0", "a\u3000b")) {
            same(id);
        }
        Random rnd = new Random(5);
        String alphabet = "ab1\u0663[]. \t\n\u000B\f\r\u0085\u2028\u2029\u00a0é\uD800";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(7);
            for (int i = 0; i < len; i++) {
                sb.append(rnd.nextInt(3) == 0 ? 'x' : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            same(sb.toString());
        }
    }
}
