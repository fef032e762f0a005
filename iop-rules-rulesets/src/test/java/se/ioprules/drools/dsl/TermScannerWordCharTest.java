package se.ioprules.drools.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scanner's word-character test is the regex class it replaced, for every code point. */
class TermScannerWordCharTest {
    @Test
    void wordCharIsTheRegexClassForEveryCodePoint() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int at = cp;
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue; // never tested alone: the scanner counts a surrogate half as no word character
            }
            assertEquals(word.matcher(Character.toString(cp)).matches(), TermScanner.wordChar(cp), () -> "U+" + Integer.toHexString(at));
        }
    }
}
