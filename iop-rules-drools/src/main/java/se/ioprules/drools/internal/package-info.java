/**
 * Internal: the build step that precompiles the built-in rule sets ({@link se.ioprules.drools.internal.RuleSetPrecompiler})
 * and the loader of its output ({@link se.ioprules.drools.internal.PrecompiledModel}). Not an API; do not depend on it.
 */
package se.ioprules.drools.internal;
