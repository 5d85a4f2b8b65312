package org.selfeval.audit;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.selfeval.model.Project;

/**
 * What one audit worked out for each project, kept for the next audit. A keystroke makes a new report
 * in which every project but the edited one is the same object as before, so a value is reused for
 * the same project object under equal conditions (its place in the list, the profile in force …) and
 * worked out again otherwise. Only the last audit is kept. Thread-safe: each audit reads one snapshot
 * and publishes its own (the last one wins; a lost snapshot costs time, never a wrong value).
 *
 * @param <C> what the value depends on besides the project (compared with equals)
 * @param <V> the value
 */
final class LastAuditByProject<C, V> {
    private record Kept<C, V>(C conditions, V value) {
    }

    private volatile Map<Project, Kept<C, V>> last = Map.of();

    /** One audit's pass over the projects: {@link Pass#get} for each, then {@link Pass#keep}. */
    Pass begin(int projects) {
        return new Pass(last, new IdentityHashMap<>(projects * 2));
    }

    final class Pass {
        private final Map<Project, Kept<C, V>> before;
        private final Map<Project, Kept<C, V>> now;

        private Pass(Map<Project, Kept<C, V>> before, Map<Project, Kept<C, V>> now) {
            this.before = before;
            this.now = now;
        }

        /** The project's value: the last audit's when the project and the conditions are the same. */
        V get(Project project, C conditions, Supplier<V> work) {
            Kept<C, V> k = before.get(project);
            if (k == null || !k.conditions().equals(conditions)) {
                k = new Kept<>(conditions, work.get());
            }
            now.put(project, k);
            return k.value();
        }

        /** Keeps this pass's values for the next audit. */
        void keep() {
            last = now;
        }
    }
}
