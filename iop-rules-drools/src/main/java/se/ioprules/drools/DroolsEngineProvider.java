package se.ioprules.drools;

import se.ioprules.api.EngineOptions;
import se.ioprules.api.IopRulesEngine;
import se.ioprules.api.spi.EngineProvider;

/** Registers the Drools engine with {@link se.ioprules.api.IopRules} through ServiceLoader. */
public final class DroolsEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return "drools";
    }

    @Override
    public IopRulesEngine create(EngineOptions options) {
        return new DroolsEngine(options);
    }
}
