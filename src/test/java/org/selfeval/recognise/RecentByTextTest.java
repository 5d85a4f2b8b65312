package org.selfeval.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A paragraph read lately is not read again; the least recently used go when the cache is full. */
class RecentByTextTest {
    private static final String INCOME = "收入合计1123.58万元,其中:一般公共预算财政拨款收入1123.58万元,占100%";

    private static Function<String, Reading> counting(AtomicInteger reads) {
        return p -> {
            reads.incrementAndGet();
            return Recogniser.readFresh(p);
        };
    }

    @Test
    void aParagraphReadLatelyIsNotReadAgain() {
        AtomicInteger reads = new AtomicInteger();
        Function<String, Reading> read = counting(reads);
        RecentByText<Reading> recent = new RecentByText<>(4);
        Reading first = recent.get(INCOME, read);
        Reading again = recent.get(new String(INCOME.toCharArray()), read); // equal text, another instance
        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(1);
        assertThat(first.all(Kind.AMOUNT)).hasSize(2);
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        AtomicInteger reads = new AtomicInteger();
        Function<String, Reading> read = counting(reads);
        RecentByText<Reading> recent = new RecentByText<>(2);
        recent.get("a1人", read);
        recent.get("b2人", read);
        recent.get("a1人", read); // a used again: b is now the eldest
        recent.get("c3人", read);
        assertThat(recent.size()).isEqualTo(2);
        assertThat(reads).hasValue(3);
        recent.get("a1人", read);
        assertThat(reads).hasValue(3);
        recent.get("b2人", read);
        assertThat(reads).hasValue(4);
    }

    @Test
    void theRecogniserGivesTheSameReadingAsAFreshRead() {
        Reading once = Recogniser.read(INCOME);
        assertThat(Recogniser.read(INCOME)).isSameAs(once);
        String other = INCOME + "。";
        Reading fresh = Recogniser.readFresh(other);
        assertThat(Recogniser.read(other)).isNotSameAs(once).isNotSameAs(fresh).isEqualTo(fresh);
        assertThat(Recogniser.read(null).figures()).isEmpty();
    }
}
