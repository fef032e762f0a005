/**
 * The Drools implementation of the engine: {@link se.ioprules.drools.DroolsEngine}, registered through
 * {@link se.ioprules.drools.DroolsEngineProvider}, and {@link se.ioprules.drools.RuleSetCompiler}, the one place that
 * compiles DRL. Embedders use it through {@link se.ioprules.api.IopRules#engine()} and keep it at runtime scope.
 */
package se.ioprules.drools;
