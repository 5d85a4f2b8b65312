package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdleHeapReturnTest {

    /** Flags as a JVM would hold them; the heap shrinks after the given number of waits. */
    private static final class Flags implements IdleHeapReturn.VmFlags {
        final Map<String, String> values = new HashMap<>(Map.of("UseG1GC", "true", "MinHeapFreeRatio", "40",
                "MaxHeapFreeRatio", "70", "G1PeriodicGCInterval", "0"));
        final Set<String> byLauncher;
        final List<String> sets = new ArrayList<>();
        final int shrinksAfterWaits;
        int waits;

        Flags(Set<String> byLauncher, int shrinksAfterWaits) {
            this.byLauncher = byLauncher;
            this.shrinksAfterWaits = shrinksAfterWaits;
        }

        @Override
        public String value(String name) {
            return values.get(name);
        }

        @Override
        public boolean setByLauncher(String name) {
            return byLauncher.contains(name);
        }

        @Override
        public void set(String name, String value) {
            // the JVM refuses a minimum above the maximum at every step
            if (name.equals("MaxHeapFreeRatio")) {
                assertThat(Integer.parseInt(value)).isGreaterThanOrEqualTo(Integer.parseInt(values.get("MinHeapFreeRatio")));
            }
            values.put(name, value);
            sets.add(name + "=" + value);
        }

        @Override
        public long heapCommitted() {
            return waits >= shrinksAfterWaits ? 100 : 400;
        }

        boolean sleep(Duration d) {
            waits++;
            return true;
        }
    }

    @Test
    void lowersTheFreeRatiosAndAsksForAQuickPeriodicCollectionUntilTheHeapShrank() {
        Flags flags = new Flags(Set.of(), 3);
        IdleHeapReturn.apply(flags, flags::sleep);
        assertThat(flags.sets).containsExactly("MinHeapFreeRatio=10", "MaxHeapFreeRatio=30",
                "G1PeriodicGCInterval=1000", "G1PeriodicGCInterval=60000");
        assertThat(flags.waits).isEqualTo(3);
    }

    @Test
    void givesUpWaitingForTheShrinkAfterTheSettlingTime() {
        Flags flags = new Flags(Set.of(), Integer.MAX_VALUE);
        IdleHeapReturn.apply(flags, flags::sleep);
        assertThat(flags.waits).isEqualTo((int) (IdleHeapReturn.SETTLE.toMillis() / IdleHeapReturn.POLL.toMillis()));
        assertThat(flags.values.get("G1PeriodicGCInterval")).isEqualTo("60000");
    }

    @Test
    void leavesWhatTheLauncherSetAlone() {
        Flags ratios = new Flags(Set.of("MaxHeapFreeRatio"), 0);
        IdleHeapReturn.apply(ratios, ratios::sleep);
        assertThat(ratios.sets).containsExactly("G1PeriodicGCInterval=1000", "G1PeriodicGCInterval=60000");

        Flags interval = new Flags(Set.of("G1PeriodicGCInterval"), 0);
        IdleHeapReturn.apply(interval, interval::sleep);
        assertThat(interval.sets).containsExactly("MinHeapFreeRatio=10", "MaxHeapFreeRatio=30");
    }

    @Test
    void changesNothingUnderAnotherCollector() {
        Flags serial = new Flags(Set.of(), 0);
        serial.values.put("UseG1GC", "false");
        IdleHeapReturn.apply(serial, serial::sleep);
        assertThat(serial.sets).isEmpty();
    }

    @Test
    void theRunningJvmTakesTheValues() {
        IdleHeapReturn.HotSpotFlags jvm = IdleHeapReturn.HotSpotFlags.of();
        String min = jvm.value("MinHeapFreeRatio");
        String max = jvm.value("MaxHeapFreeRatio");
        try {
            jvm.set("MinHeapFreeRatio", "10");
            jvm.set("MaxHeapFreeRatio", "30");
            assertThat(jvm.value("MaxHeapFreeRatio")).isEqualTo("30");
            assertThat(jvm.setByLauncher("MaxHeapFreeRatio")).isFalse();
            assertThat(jvm.heapCommitted()).isPositive();
        } finally {
            jvm.set("MaxHeapFreeRatio", max);
            jvm.set("MinHeapFreeRatio", min);
        }
    }
}
