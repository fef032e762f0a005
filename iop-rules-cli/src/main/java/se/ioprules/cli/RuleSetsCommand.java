package se.ioprules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.api.RuleSetStatus;
import se.ioprules.json.EvaluationJson;

/**
 * {@code iop-rules rule-sets}: lists rule sets and versions, which version of each is in force on a date, and when a
 * version was superseded by a later one (the engine evaluates the latest version in force).
 */
@Command(name = "rule-sets", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the rule sets: versions, status and dates in force.",
            "For each version: its status, the first day it applies, whether it is the version in force on the "
                    + "date (default today) and, once a later version applies, when and by which version it was "
                    + "superseded. Drafts and municipal guidelines run only when named with 'evaluate --rule-sets'."})
final class RuleSetsCommand implements Callable<Integer> {
    enum Format { text, json }

    private final Io io;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Show what is in force on DATE (default: today).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    RuleSetsCommand(Io io) {
        this.io = io;
    }

    /**
     * The next version of the same rule set: the one with the earliest effective date after this one's (drafts have
     * none and never supersede).
     */
    static RuleSetInfo successor(RuleSetInfo r, List<RuleSetInfo> all) {
        if (r.effectiveFrom() == null) {
            return null;
        }
        RuleSetInfo next = null;
        for (RuleSetInfo o : all) {
            if (o.id().equals(r.id()) && o.status() != RuleSetStatus.DRAFT && o.effectiveFrom() != null
                    && o.effectiveFrom().isAfter(r.effectiveFrom())
                    && (next == null || o.effectiveFrom().isBefore(next.effectiveFrom()))) {
                next = o;
            }
        }
        return next;
    }

    /** In force on the date and not yet superseded on it: the version the engine evaluates. */
    static boolean inForce(RuleSetInfo r, RuleSetInfo successor, LocalDate date) {
        return r.inForceOn(date) && (successor == null || date.isBefore(successor.effectiveFrom()));
    }

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        List<RuleSetInfo> all;
        try (IopRulesEngine engine = engineOptions.engine()) {
            all = new ArrayList<>(engine.ruleSets());
        }
        all.sort(Comparator.comparing(RuleSetInfo::id).thenComparing(RuleSetInfo::version));
        try (Writer w = Output.open(null, io)) {
            if (format == Format.json) {
                ArrayNode arr = JsonNodeFactory.instance.arrayNode();
                for (RuleSetInfo r : all) {
                    RuleSetInfo next = successor(r, all);
                    ObjectNode o = arr.addObject();
                    o.put("id", r.id());
                    o.put("version", r.version());
                    o.put("title", r.title());
                    o.put("issuer", r.issuer());
                    o.put("status", r.status() == null ? null : r.status().name());
                    o.put("effectiveFrom", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
                    o.put("effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
                    o.put("supersededBy", next == null ? null : next.version());
                    o.put("supersededOn", next == null ? null : next.effectiveFrom().toString());
                    o.put("inForce", inForce(r, next, date));
                    ArrayNode req = o.putArray("requires");
                    r.requires().forEach(req::add);
                    o.put("sha256", r.sha256());
                    o.put("location", r.location());
                }
                w.write(EvaluationJson.write(arr, true));
            } else {
                String fmt = "%-34s %-20s %-9s %-11s %s";
                w.write(String.format(fmt, "ID@VERSION", "STATUS", "IN FORCE", "FROM", "UNTIL") + "\n");
                for (RuleSetInfo r : all) {
                    RuleSetInfo next = successor(r, all);
                    String until = r.effectiveTo() != null ? r.effectiveTo().toString() : "";
                    if (next != null) {
                        until += (until.isEmpty() ? "" : ", ") + "superseded by " + next.version() + " on "
                                + next.effectiveFrom();
                    }
                    w.write(String.format(fmt, r.id() + "@" + r.version(),
                            r.status() == null ? "-" : r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                            inForce(r, next, date) ? "yes" : "no",
                            r.effectiveFrom() == null ? "-" : r.effectiveFrom(), until).stripTrailing()
                            + "\n");
                    w.write("  " + r.title() + "\n");
                }
                w.write("\n" + "In force on " + date + (asOf == null ? " (today)" : "")
                        + ": the latest version whose period includes that date.\n"
                        + "Drafts and municipal guidelines run only when named (evaluate --rule-sets).\n");
            }
        }
        return ExitCode.OK;
    }
}
