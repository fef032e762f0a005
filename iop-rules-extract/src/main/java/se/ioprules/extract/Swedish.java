package se.ioprules.extract;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish words, dates, numbers and sentences, by word tables with explicit inflections rather than a stemmer (see
 * docs/extract.md): each pattern lists the forms it accepts, so that a compound is matched only where the table says
 * so and nothing is suggested from a word that merely looks alike.
 */
final class Swedish {
    private Swedish() {
    }

    static final String MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WRITTEN = Pattern.compile("(?<!\\d)(\\d{1,2}):?e?\\s+(" + MONTHS + ")\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Amounts in kronor: "500 000 kr", "1 200 000 kronor", "250.000 SEK", "2,5 miljoner kronor", "300 tkr". */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d,.])(\\d{1,3}(?:[ \\u00A0.]\\d{3})+|\\d+)(?:,(\\d{1,2}))?\\s*(miljoner kronor|miljoner kr|mnkr|mkr|tkr|kronor|kr\\b|sek\\b|:-)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATION = Pattern.compile("(?<!\\p{L})(inte|ej|ingen|inget|inga|aldrig|varken)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:nr|org|t\\.ex|bl\\.a|t\\.o\\.m|f\\.o\\.m|fr\\.o\\.m|kr|ca|st|s|p|m\\.m|d\\.v\\.s|dvs|inkl|exkl|resp|jfr|enl)\\.)$");

    record Dated(LocalDate date, int start, int end) {
    }

    record Amount(BigDecimal sek, int start, int end) {
    }

    static Pattern words(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Words that start with one of the stems (for "styrgrupp" + any ending: "styrgruppen", "styrgruppens"). */
    static Pattern stems(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")\\p{L}*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A condition ("om föreningen inte fullgör", "bidrag som inte används") does not negate what the sentence
     * states; it is removed before looking for a negation.
     */
    private static final Pattern CONDITION = Pattern.compile("(?iu)(?<!\\p{L})(om|ifall|när|som)\\s[^,.;]{0,60}?(inte|ej)\\s"
            + "(fullgör|följer|uppfyller|använder|används|lever upp|sköter|betalar|levererar|fullgörs|efterlever)");

    static boolean negated(String sentence) {
        return NEGATION.matcher(CONDITION.matcher(sentence).replaceAll(" ")).find();
    }

    static List<Dated> dates(String s) {
        List<Dated> out = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                out.add(new Dated(d, m.start(), m.end()));
            }
        }
        m = WRITTEN.matcher(s);
        while (m.find()) {
            int month = List.of(MONTHS.split("\\|")).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            LocalDate d = date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            if (d != null) {
                out.add(new Dated(d, m.start(), m.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static LocalDate date(int y, int mo, int d) {
        if (y < 1990 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static List<Amount> amounts(String s) {
        List<Amount> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            String whole = m.group(1).replaceAll("[ \\u00A0.]", "");
            if (whole.length() > 13) {
                continue;
            }
            BigDecimal v = new BigDecimal(whole + (m.group(2) == null ? "" : "." + m.group(2)));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (unit.startsWith("miljon") || unit.equals("mnkr") || unit.equals("mkr")) {
                v = v.multiply(BigDecimal.valueOf(1_000_000));
            } else if (unit.equals("tkr")) {
                v = v.multiply(BigDecimal.valueOf(1_000));
            }
            out.add(new Amount(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(),
                    m.start(), m.end()));
        }
        return out;
    }

    private static final List<String> NUMBER_WORDS = List.of("noll", "en|ett", "två", "tre", "fyra", "fem", "sex", "sju",
            "åtta", "nio", "tio", "elva", "tolv");

    /** @return the number a digit string or a number word ("fyra", "tolv") stands for, or -1 */
    static int number(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.matches("\\d{1,4}")) {
            return Integer.parseInt(l);
        }
        for (int i = 0; i < NUMBER_WORDS.size(); i++) {
            if (l.matches(NUMBER_WORDS.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static final String NUMBER = "\\d{1,4}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv";

    /** Sentences of a block; abbreviations ("org.nr", "t.o.m.", "kr.") do not end one. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '§')) {
                String before = text.substring(Math.max(start, i - 8), i + 1);
                if (c == '.' && ABBREVIATION.matcher(before).find()) {
                    continue;
                }
                out.add(text.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start).strip());
        }
        return out;
    }
}
