package se.ioprules.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.ioprules.api.facts.DatePrecision;
import se.ioprules.api.facts.Partnership;

/**
 * A date as precisely as it is known. A date known only to the month or year is recorded as the first day of that
 * month or year ({@link DatePrecision}); printed as that day it would claim a precision the input does not have, so
 * it is printed as "mars 2019" / "March 2019" or "2019".
 */
final class DateText {
    private static final String[] MONTHS_SV = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private DateText() {
    }

    /**
     * {@return the date at its precision: ISO (2019-03-05) to the day, "mars 2019"/"March 2019" to the month, "2019" to
     * the year; "–" for no date}
     *
     * @param date a date, or null
     * @param precision its precision; null is the day (the input's default)
     * @param lang "sv" or "en"
     */
    static String format(LocalDate date, DatePrecision precision, String lang) {
        if (date == null) {
            return "–";
        }
        if (precision == null || precision == DatePrecision.DAY) {
            return date.toString();
        }
        String year = Integer.toString(date.getYear());
        if (precision == DatePrecision.YEAR) {
            return year;
        }
        String[] months = "en".equals(lang) ? MONTHS_EN : MONTHS_SV;
        return months[date.getMonthValue() - 1] + " " + year;
    }

    /**
     * {@return a fact's value as text at the partnership's precision for that date, or null if the fact is not one of
     * its dates with a precision, or its value is not a date}
     *
     * @param path a fact path, e.g. "signingDate"
     * @param value its value as text (ISO date)
     * @param p the partnership, or null
     * @param lang "sv" or "en"
     */
    static String fact(String path, String value, Partnership p, String lang) {
        if (p == null || value == null) {
            return null;
        }
        // the input's dates that have a precision (docs/facts.md)
        DatePrecision precision = switch (path) {
            case "decisionDate" -> p.decisionDatePrecision();
            case "signingDate" -> p.signingDatePrecision();
            case "term.startDate" -> p.term().startDatePrecision();
            case "term.endDate" -> p.term().endDatePrecision();
            default -> null;
        };
        if (precision == null || precision == DatePrecision.DAY) {
            return null;
        }
        try {
            return format(LocalDate.parse(value), precision, lang);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
