package se.ioprules.api.spi;

import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRulesEngine;

/**
 * Service-provider interface: an engine implementation registers itself in
 * {@code META-INF/services/se.ioprules.api.spi.EngineProvider}.
 */
public interface EngineProvider {
    /** {@return a short name, e.g. "drools"} */
    String name();

    /**
     * {@return a new engine}
     *
     * @param options options
     */
    IopRulesEngine create(EngineOptions options);
}
