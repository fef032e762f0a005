package se.ioprules.samples;

import java.util.ArrayList;
import java.util.List;
import se.ioprules.api.facts.FactBasis;
import se.ioprules.api.facts.FactSource;

/**
 * Collects the {@link FactSource} entries of one sample: every fact a sample sets is either documented (with the
 * public source it was read in, as recorded in {@code samples-research.md}) or assumed for illustration (with the
 * reason). Assumed facts are what a realistic sample needs to invent; they are never facts about the real agreement.
 */
final class SampleSources {
    /** SKL's 2018 report, source key S3 of the criteria catalogue. */
    static final String S3 = "S3: SKL, Utveckla idéburet offentligt partnerskap i kommuner, landsting och regioner (2018-04-24)";

    private final List<FactSource> entries = new ArrayList<>();

    /**
     * @param path fact path
     * @param reference where it is documented
     * @return this
     */
    SampleSources doc(String path, String reference) {
        entries.add(FactSource.builder().path(path).basis(FactBasis.DOCUMENTED).reference(reference).build());
        return this;
    }

    /**
     * @param path fact path
     * @param reason why the sample assumes it, and what it rests on
     * @return this
     */
    SampleSources assumed(String path, String reason) {
        entries.add(FactSource.builder().path(path).basis(FactBasis.ASSUMED).reference(reason).build());
        return this;
    }

    List<FactSource> list() {
        return List.copyOf(entries);
    }
}
