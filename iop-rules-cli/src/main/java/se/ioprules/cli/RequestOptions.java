package se.ioprules.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import se.ioprules.api.EvaluationRequest;

/** --as-of, --rule-sets and --param of the commands that evaluate on evaluate's terms (questions, interview). */
final class RequestOptions {
    @Option(names = "--as-of", paramLabel = "DATE", description = "As for evaluate.")
    LocalDate asOf;

    @Option(names = "--rule-sets", paramLabel = "ID[@VERSION]", split = ",", description = "As for evaluate.")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "As for evaluate.")
    Map<String, BigDecimal> params = new LinkedHashMap<>();

    /** The request these options give, checked as evaluate checks its own. */
    EvaluationRequest request() {
        return EvaluateCommand.request(asOf, ruleSets, params);
    }
}
