/**
 * The {@code iop-rules} command line ({@link se.ioprules.cli.IopRulesCli}): evaluate, validate, rule-sets, schema,
 * check, test and diff. Exit codes are listed in {@code --help}.
 */
package se.ioprules.cli;
