package se.ioprules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void controlAndBidiCharactersBecomeVisibleCodes() {
        String s = "a\u0000b\u001b[2Jc\u0007d\u202eTXET\u202c\u2066x\u2069\u0085";
        String v = Escape.visible(s);
        assertEquals("a‹U+0000›b‹U+001B›[2Jc‹U+0007›d‹U+202E›TXET‹U+202C›‹U+2066›x‹U+2069›‹U+0085›", v);
        for (String out : new String[] {Escape.md(s), Escape.html(s), Escape.mdCode(s, true)}) {
            assertTrue(out.codePoints().noneMatch(Escape::hidden), out);
        }
        // tab and line feed are ordinary white space; Swedish and right-to-left letters are kept
        assertEquals("å\tä\nö مرحبا", Escape.visible("å\tä\nö مرحبا"));
    }

    @Test
    void markdownEscapesEveryCharacterThatWouldBecomeMarkup() {
        assertEquals("\\<script\\>alert(1)\\</script\\> a \\| b \\`tick\\` \\[link\\](x) \\!\\[i\\](y) \\*\\*b\\*\\* \\_u\\_ "
                + "\\# h \\&amp; \\~x\\~ \\\\", Escape.md("<script>alert(1)</script> a | b `tick` [link](x) ![i](y) **b** "
                + "_u_ # h &amp; ~x~ \\"));
        assertEquals("line1 line2", Escape.md("line1\n\n  line2"), "one line: no new block, no table break");
        assertEquals("\\- item", Escape.mdBlock("- item"));
        assertEquals("1\\. item", Escape.mdBlock("1. item"));
        assertEquals("2017-12-15 0.1.0", Escape.md("2017-12-15 0.1.0"), "inline numbers stay readable");
    }

    @Test
    void codeSpansHoldAnyBackticksAndPipes() {
        assertEquals("`plain`", Escape.mdCode("plain", false));
        assertEquals("``a`b``", Escape.mdCode("a`b", false));
        assertEquals("``` ``x`` ```", Escape.mdCode("``x``", false));
        assertEquals("`fh<img>\\|`", Escape.mdCode("fh<img>|", true));
        assertEquals("`fh|`", Escape.mdCode("fh|", false));
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertEquals("&lt;img src=x onerror=&quot;a&quot;&gt; &amp; &#39;", Escape.html("<img src=x onerror=\"a\"> & '"));
        assertFalse(Escape.html("\u202e").contains("\u202e"));
    }
}
