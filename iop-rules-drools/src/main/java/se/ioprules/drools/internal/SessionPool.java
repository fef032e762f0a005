package se.ioprules.drools.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Sessions of one KIE base, reused from one evaluation to the next. A new session builds the memory of every node
 * and segment of the rule network again; a reused one keeps those objects and only empties them. A session given back
 * after a run that ended normally is reset as Drools' own session pool resets it ({@code KieBase.newKieSessionsPool}):
 * node memories, agenda, globals, event listeners, fact handles and their counters, so the next run starts as a new
 * session would, with the same fact handle ids and so the same firing order. A session whose run ended otherwise (an
 * exception, a halt when the time budget was spent) is disposed, never reused.
 *
 * <p>Thread-safe: each session is used by one thread at a time, between {@link #take()} and {@link #giveBack} or
 * {@link #discard}. At most {@link #MAX_IDLE} idle sessions are kept (unless told otherwise); more are disposed.
 */
public final class SessionPool {
    /** Idle sessions kept per KIE base: more than the threads that evaluate at once in a batch (at most 8). */
    public static final int MAX_IDLE = 16;

    private final KieBase kieBase;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    /** @param kieBase the compiled rules the sessions run */
    public SessionPool(KieBase kieBase) {
        this(kieBase, MAX_IDLE);
    }

    /**
     * @param kieBase the compiled rules the sessions run
     * @param maxIdle idle sessions kept at most; 0 for a new session every time (tests compare with that)
     */
    public SessionPool(KieBase kieBase, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
    }

    /** @return an idle session, or a new one when there is none */
    public KieSession take() {
        KieSession s = idle.poll();
        if (s == null) {
            return kieBase.newKieSession();
        }
        idleCount.decrementAndGet();
        return s;
    }

    /**
     * After a run that ended normally: the session is reset and kept for the next one (or disposed when enough are
     * kept or the pool is closed).
     *
     * @param s a session from {@link #take()}
     */
    public void giveBack(KieSession s) {
        if (closed || !(s instanceof StatefulKnowledgeSessionImpl impl)) {
            s.dispose();
            return;
        }
        if (idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            s.dispose();
            return;
        }
        try {
            impl.reset();
        } catch (RuntimeException e) {
            idleCount.decrementAndGet();
            s.dispose();
            return;
        }
        idle.offer(s);
        if (closed) {
            close(); // closed meanwhile: not left behind
        }
    }

    /**
     * After a run that did not end normally: the session is disposed.
     *
     * @param s a session from {@link #take()}
     */
    public void discard(KieSession s) {
        s.dispose();
    }

    /** Disposes the idle sessions; sessions given back later are disposed too. */
    public void close() {
        closed = true;
        for (KieSession s; (s = idle.poll()) != null; ) {
            idleCount.decrementAndGet();
            s.dispose();
        }
    }
}
