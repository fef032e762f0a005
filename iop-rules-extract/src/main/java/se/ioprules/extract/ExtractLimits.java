package se.ioprules.extract;

import java.time.Duration;

/**
 * Bounds on reading an untrusted document, so that no file can exhaust memory or run without end.
 *
 * @param maxFileBytes the largest file read at all
 * @param maxChars the most text kept from a document
 * @param maxPages the most pages a PDF may have
 * @param maxBlocks the most blocks (paragraphs, list items, table rows)
 * @param maxUnzippedBytes the largest entry of a .docx once decompressed
 * @param minInflateRatio the smallest ratio of compressed to decompressed size in a .docx (a zip bomb has less)
 * @param maxPdfMemoryBytes the most main memory PDFBox may use for the document's streams
 * @param timeBudget how long reading may take before it is given up
 */
public record ExtractLimits(long maxFileBytes, int maxChars, int maxPages, int maxBlocks, long maxUnzippedBytes,
        double minInflateRatio, long maxPdfMemoryBytes, Duration timeBudget) {

    /** The limits the command line uses. */
    public static final ExtractLimits DEFAULT = new ExtractLimits(20L << 20, 2_000_000, 500, 50_000, 64L << 20, 0.01,
            256L << 20, Duration.ofSeconds(30));
}
