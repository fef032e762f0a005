/**
 * Tools for rule authors: {@link se.ioprules.authoring.RuleSetLinter} (check a rule-set directory),
 * {@link se.ioprules.authoring.ScenarioRunner} (golden scenarios with rule coverage) and
 * {@link se.ioprules.authoring.VersionDiff} (what a new rule-set version changes over a corpus).
 */
package se.ioprules.authoring;
