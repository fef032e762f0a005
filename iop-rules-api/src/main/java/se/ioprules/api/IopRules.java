package se.ioprules.api;

import java.util.ServiceLoader;
import se.ioprules.api.spi.EngineProvider;

/** Entry point: finds the engine implementation on the classpath through {@link ServiceLoader}. */
public final class IopRules {
    private IopRules() {
    }

    /** {@return a new engine with the built-in rule sets} */
    public static IopRulesEngine engine() {
        return engine(EngineOptions.DEFAULT);
    }

    /**
     * {@return a new engine}
     *
     * @param options options
     * @throws IopRulesException if no engine implementation is on the classpath
     */
    public static IopRulesEngine engine(EngineOptions options) {
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class, IopRules.class.getClassLoader())) {
            return provider.create(options);
        }
        throw new IopRulesException("No iop-rules engine found on the classpath. Add the dependency "
                + "se.ioprules:iop-rules-drools (it registers itself through META-INF/services/"
                + EngineProvider.class.getName() + ").");
    }
}
