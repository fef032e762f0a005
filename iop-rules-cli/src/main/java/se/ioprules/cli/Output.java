package se.ioprules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where results go: standard output, or the file named by --out (written as UTF-8). */
final class Output {
    private Output() {
    }

    static Writer open(Path out, Io io) {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // keep stdout open
                }
            };
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new CliException(ExitCode.USAGE, "--out " + out + ": directory " + parent + " does not exist");
            }
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "--out " + out + ": cannot write: " + e.getMessage());
        }
    }
}
