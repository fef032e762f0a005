package se.ioprules.drools.load;

import java.util.Map;
import java.util.SortedMap;
import se.ioprules.api.RuleSetInfo;
import se.ioprules.drools.dsl.Messages;

/**
 * One version of a rule set as read from disk or the classpath, before compilation.
 *
 * @param info manifest data and content hash
 * @param drl DRL files by name (relative to the rule-set version folder)
 * @param messages the messages
 * @param parameters the parameter table
 * @param lines line numbers of manifest keys, for diagnostics
 */
public record RuleSetDefinition(RuleSetInfo info, SortedMap<String, String> drl, Messages messages,
        ParameterTable parameters, Map<String, Integer> lines) {
}
