package se.ioprules.cli;

import java.util.List;

/** A user error with its exit code and one message per problem; printed without a stack trace. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final transient List<String> messages;

    CliException(int exitCode, List<String> messages) {
        super(String.join("; ", messages));
        this.exitCode = exitCode;
        this.messages = List.copyOf(messages);
    }

    CliException(int exitCode, String message) {
        this(exitCode, List.of(message));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> messages() {
        return messages;
    }
}
