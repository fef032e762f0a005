package se.ioprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.ioprules.api.EvaluationRequest;
import se.ioprules.api.OpenQuestion;
import se.ioprules.api.OpenQuestions;
import se.ioprules.api.facts.Partnership;

class OpenQuestionsTest {
    static void dump(OpenQuestions q) {
        System.out.println("current " + q.current() + " evals=" + q.evaluations() + " omitted=" + q.omitted());
        for (OpenQuestion x : q.questions()) {
            System.out.println(x.facts() + " settles " + x.settles() + " some " + x.settlesForSome());
            for (OpenQuestion.Answer a : x.answers()) {
                System.out.println("   " + a.values().stream().map(OpenQuestion.Value::text).toList() + " -> " + a.outcomes() + " settles " + a.settles());
            }
        }
        q.unsettled().forEach(u -> System.out.println("unsettled " + u.outcome() + ": " + u.why().en()));
    }

    @Test
    void explore() {
        for (Partnership p : new Partnership[] {Partnership.EMPTY, Fixtures.typicalIop(), Partnership.EMPTY, Fixtures.typicalIop(), Partnership.EMPTY, Fixtures.typicalIop()}) {
            long t0 = System.nanoTime();
            OpenQuestions q = Fixtures.engine().openQuestions(p, EvaluationRequest.DEFAULT);
            System.out.println("ms " + (System.nanoTime() - t0) / 1e6);
            dump(q);
        }
    }
}
