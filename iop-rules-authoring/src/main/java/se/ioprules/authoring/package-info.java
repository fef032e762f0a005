/**
 * Tools for rule authors: {@link se.ioprules.authoring.RuleSetLinter} (check a rule-set directory),
 * {@link se.ioprules.authoring.ScenarioRunner} (golden scenarios with rule coverage) and
 * {@link se.ioprules.authoring.VersionDiff} (what a new rule-set version changes over a corpus), and
 * {@link se.ioprules.authoring.FactUse} / {@link se.ioprules.authoring.FactsDoc} (which criteria cite each fact;
 * {@code docs/facts.md}).
 */
package se.ioprules.authoring;
