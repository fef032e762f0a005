package se.ioprules.api.facts;

/**
 * How precisely a date is known. A date known only to the month or year is recorded as the first day of that month
 * or year, with its precision; the engine then treats the whole period as possible (see the README).
 */
public enum DatePrecision {
    /** Known to the day. */
    DAY,
    /** Known to the month only (the date is the first of that month). */
    MONTH,
    /** Known to the year only (the date is 1 January of that year). */
    YEAR
}
