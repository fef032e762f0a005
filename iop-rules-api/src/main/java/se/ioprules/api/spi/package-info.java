/**
 * The service-provider interface through which an engine implementation registers itself with
 * {@link se.ioprules.api.IopRules} (in {@code META-INF/services/se.ioprules.api.spi.EngineProvider}). Embedders do not
 * use it.
 */
package se.ioprules.api.spi;
