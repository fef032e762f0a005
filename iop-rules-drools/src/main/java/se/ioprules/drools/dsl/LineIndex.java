package se.ioprules.drools.dsl;

/**
 * Line and column of character offsets in a text (lines end at '\n'), so that term hits and the rule-set linter
 * report positions the same way.
 */
public final class LineIndex {
    private final int[] starts;

    /** @param text the text whose offsets will be looked up */
    public LineIndex(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        starts = new int[lines];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
    }

    /**
     * @param offset character offset in the text
     * @return 1-based line holding it
     */
    public int line(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /**
     * @param offset character offset in the text
     * @return 1-based column of it within its line
     */
    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
