package se.ioprules.api.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * C1: one value transfer (värdeöverföring) by an idea-based organisation.
 *
 * @param date Date of the transfer or decision.
 * @param recipientType Kind of recipient.
 * @param amountSek Amount in SEK.
 * @param purelyBusinessLike The transaction is purely business-like (then it is not a value transfer).
 */
public record ValueTransfer(
        LocalDate date,
        RecipientType recipientType,
        BigDecimal amountSek,
        Tri purelyBusinessLike) {

    /** An instance with nothing recorded. */
    public static final ValueTransfer EMPTY = builder().build();

    /**
     * Normalises absent values: unknown tri-states become {@link Tri#UNKNOWN}, groups and lists are never null,
     * collections are copied.
     *
     * @param date Date of the transfer or decision.
     * @param recipientType Kind of recipient.
     * @param amountSek Amount in SEK.
     * @param purelyBusinessLike The transaction is purely business-like (then it is not a value transfer).
     */
    public ValueTransfer {
        purelyBusinessLike = purelyBusinessLike == null ? Tri.UNKNOWN : purelyBusinessLike;
    }

    /** {@return a new empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this instance's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.date = date;
        b.recipientType = recipientType;
        b.amountSek = amountSek;
        b.purelyBusinessLike = purelyBusinessLike;
        return b;
    }

    /** Mutable builder for {@link ValueTransfer}; not thread-safe. */
    public static final class Builder {
        private LocalDate date;
        private RecipientType recipientType;
        private BigDecimal amountSek;
        private Tri purelyBusinessLike;

        private Builder() {
        }

        /**
         * {@return this builder, with {@code date} set}
         *
         * @param value Date of the transfer or decision.
         */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * {@return this builder, with {@code recipientType} set}
         *
         * @param value Kind of recipient.
         */
        public Builder recipientType(RecipientType value) {
            this.recipientType = value;
            return this;
        }

        /**
         * {@return this builder, with {@code amountSek} set}
         *
         * @param value Amount in SEK.
         */
        public Builder amountSek(BigDecimal value) {
            this.amountSek = value;
            return this;
        }

        /**
         * {@return this builder, with {@code purelyBusinessLike} set}
         *
         * @param value The transaction is purely business-like (then it is not a value transfer).
         */
        public Builder purelyBusinessLike(Tri value) {
            this.purelyBusinessLike = value;
            return this;
        }

        /**
         * Convenience for {@link #purelyBusinessLike(Tri)}.
         *
         * @param value true/false, or null for unknown
         * @return this builder
         */
        public Builder purelyBusinessLike(Boolean value) {
            this.purelyBusinessLike = Tri.of(value);
            return this;
        }

        /** {@return the immutable value} */
        public ValueTransfer build() {
            return new ValueTransfer(date, recipientType, amountSek, purelyBusinessLike);
        }
    }
}
