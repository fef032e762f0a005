package se.ioprules.drools.load;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.dsl.DataTable;
import se.ioprules.drools.dsl.Messages;

/**
 * One version of a rule set as read from disk or the classpath, before compilation.
 *
 * @param info manifest data and content hash
 * @param drl DRL files by name (relative to the rule-set version folder)
 * @param messages the messages
 * @param parameters the parameter table
 * @param lines line numbers of manifest keys, for diagnostics
 * @param tables the data tables ({@code *.tsv}) by table name; inserted as facts in every session
 * @param criteria the criteria table ({@code criteria.tsv}), or {@link CriterionTable#NONE}
 */
public record RuleSetDefinition(RuleSetInfo info, SortedMap<String, String> drl, Messages messages,
        ParameterTable parameters, Map<String, Integer> lines, SortedMap<String, DataTable> tables,
        CriterionTable criteria) {

    public RuleSetDefinition {
        tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables == null ? Map.of() : tables));
        criteria = criteria == null ? CriterionTable.NONE : criteria;
    }

    /**
     * {@return the offset of the rule's declaration across the DRL files taken in name order, or Long.MAX_VALUE}: the
     * order in which the rule set lists its criteria, the same on every compile route
     *
     * @param ruleName a rule's name
     */
    public long rulePosition(String ruleName) {
        long offset = 0;
        for (String text : drl.values()) {
            int idx = text.indexOf("rule \"" + ruleName + "\"");
            if (idx >= 0) {
                return offset + idx;
            }
            offset += text.length() + 1;
        }
        return Long.MAX_VALUE;
    }

    /** A rule set without a criteria table. */
    public RuleSetDefinition(RuleSetInfo info, SortedMap<String, String> drl, Messages messages,
            ParameterTable parameters, Map<String, Integer> lines, SortedMap<String, DataTable> tables) {
        this(info, drl, messages, parameters, lines, tables, CriterionTable.NONE);
    }

    /** A rule set without data tables (the form used before tables existed). */
    public RuleSetDefinition(RuleSetInfo info, SortedMap<String, String> drl, Messages messages,
            ParameterTable parameters, Map<String, Integer> lines) {
        this(info, drl, messages, parameters, lines, new TreeMap<>());
    }
}
