package se.ioprules.api.facts;

import java.util.List;

/**
 * Where one fact comes from. Samples mark assumed facts so nobody mistakes them for the real agreement;
 * {@code iop-rules extract} marks what it read from an agreement as extracted until a person confirms it.
 *
 * @param path Fact path, e.g. "term.endDate".
 * @param basis Documented, assumed, stated in an interview (iop-rules interview), or extracted from the agreement and not yet confirmed.
 * @param reference Source reference or the reason for the assumption (extracted: file, place, quote, confidence).
 */
public record FactSource(
        String path,
        FactBasis basis,
        String reference) {

    /** An instance with nothing recorded. */
    public static final FactSource EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param path Fact path, e.g. "term.endDate".
     * @param basis Documented, assumed, stated in an interview (iop-rules interview), or extracted from the agreement and not yet confirmed.
     * @param reference Source reference or the reason for the assumption (extracted: file, place, quote, confidence).
     */
    public FactSource {

    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.path = path;
        b.basis = basis;
        b.reference = reference;
        return b;
    }

    /** Mutable builder for {@link FactSource}; not thread-safe. */
    public static final class Builder {
        private String path;
        private FactBasis basis;
        private String reference;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code path} set}
         *
         * @param value Fact path, e.g. "term.endDate".
         */
        public Builder path(String value) {
            this.path = value;
            return this;
        }

        /**
         * {@return this builder, with {@code basis} set}
         *
         * @param value Documented, assumed, stated in an interview (iop-rules interview), or extracted from the agreement and not yet confirmed.
         */
        public Builder basis(FactBasis value) {
            this.basis = value;
            return this;
        }

        /**
         * {@return this builder, with {@code reference} set}
         *
         * @param value Source reference or the reason for the assumption (extracted: file, place, quote, confidence).
         */
        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        /** {@return the immutable value} */
        public FactSource build() {
            return new FactSource(path, basis, reference);
        }
    }
}
