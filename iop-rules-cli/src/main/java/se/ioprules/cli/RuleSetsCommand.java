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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.json.EvaluationJson;

/** {@code iop-rules rule-sets}: lists rule sets and versions. */
@Command(name = "rule-sets", mixinStandardHelpOptions = true,
        description = "Lists every rule set and version with its status, effective dates and whether it is in force.")
final class RuleSetsCommand implements Callable<Integer> {
    enum Format { text, json }

    private final Io io;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Mark the versions in force on DATE (default: today).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Mixin
    EngineMixin engineOptions = new EngineMixin();

    RuleSetsCommand(Io io) {
        this.io = io;
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
                    ObjectNode o = arr.addObject();
                    o.put("id", r.id());
                    o.put("version", r.version());
                    o.put("title", r.title());
                    o.put("issuer", r.issuer());
                    o.put("status", r.status() == null ? null : r.status().name());
                    o.put("effectiveFrom", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
                    o.put("effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
                    o.put("inForce", r.inForceOn(date));
                    ArrayNode req = o.putArray("requires");
                    r.requires().forEach(req::add);
                    o.put("sha256", r.sha256());
                    o.put("location", r.location());
                }
                w.write(EvaluationJson.write(arr, true));
            } else {
                String fmt = "%-28s %-10s %-20s %-10s %-10s %-8s %s%n";
                w.write(String.format(fmt, "ID", "VERSION", "STATUS", "FROM", "TO", "IN FORCE", "TITLE"));
                for (RuleSetInfo r : all) {
                    w.write(String.format(fmt, r.id(), r.version(), r.status(),
                            r.effectiveFrom() == null ? "-" : r.effectiveFrom(),
                            r.effectiveTo() == null ? "-" : r.effectiveTo(),
                            r.inForceOn(date) ? "yes" : "no", r.title()));
                }
                w.write("\nIn force on " + date + ". Drafts are used only when named with --rule-sets.\n");
            }
        }
        return ExitCode.OK;
    }
}
