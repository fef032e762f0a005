package se.ioprules.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in rule sets as files, for tests that lint them or load edited copies from an external directory. */
final class BuiltInRuleSets {
    /** Where the built-in rule sets live in the source tree (relative to this module). */
    static final Path DIR = Path.of("src/main/resources/iop-rules/rulesets");

    private BuiltInRuleSets() {
    }

    /**
     * @param id a built-in rule set
     * @return the folder of its golden scenarios
     */
    static Path tests(String id) {
        return DIR.resolve(id).resolve("tests");
    }

    /**
     * @param idAndVersion built-in rule-set version, e.g. "eu-public-contract/2019.1"
     * @param target directory to create and copy its files into
     * @return {@code target}
     * @throws IOException if a file cannot be copied
     */
    static Path copy(String idAndVersion, Path target) throws IOException {
        Files.createDirectories(target);
        try (var s = Files.list(DIR.resolve(idAndVersion))) {
            for (Path f : s.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
