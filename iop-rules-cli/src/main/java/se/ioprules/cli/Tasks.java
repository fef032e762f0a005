package se.ioprules.cli;

import java.util.concurrent.ExecutionException;

/** What a task run on another thread failed with, thrown again on the thread that waited for it. */
final class Tasks {
    private Tasks() {
    }

    /**
     * @param e the failure reported by a {@link java.util.concurrent.Future}
     * @return the task's unchecked exception, to throw ({@code throw Tasks.failure(e)}); an {@link Error} (out of
     *     memory, above all) is thrown as it is, and a checked exception comes wrapped
     */
    static RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
}
