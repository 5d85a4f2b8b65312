package org.selfeval.ui;

import java.time.Duration;

/**
 * Gives the memory the start-up used back to the system once the window is idle. Opening the
 * workspace, building the window and reading the fonts leave a heap of 200–400 MB committed with
 * about 40 MB live, and G1 keeps it: it shrinks the heap only after a concurrent cycle or a full
 * collection, and only down to 70 % free. So, once the main window is up, the free ratios are lowered
 * to 10–30 % and G1's periodic collection is asked for after one quiet second. As soon as the heap
 * has shrunk (or after {@link #SETTLE} at most) the period becomes a minute of quiet: periodic
 * collections one second apart count as collection overhead, and G1 would grow the heap again.
 * The minute's period also returns what a large export took.
 *
 * <p>Only for G1 and only for flags the clerk (or the installer) did not set; where the JVM has no
 * management module or refuses a value, nothing changes. None of this runs on the FX thread.
 */
final class IdleHeapReturn {
    static final Duration FIRST_QUIET = Duration.ofSeconds(1);
    static final Duration SETTLE = Duration.ofSeconds(10);
    static final Duration POLL = Duration.ofMillis(200);
    static final Duration LATER_QUIET = Duration.ofMinutes(1);

    /** The JVM's writable (manageable) flags. */
    interface VmFlags {
        String value(String name);

        /** Whether the clerk or a launcher set the flag (on the command line, in an options file). */
        boolean setByLauncher(String name);

        void set(String name, String value);

        /** The heap's committed bytes now. */
        long heapCommitted();
    }

    private IdleHeapReturn() {
    }

    /** On a daemon thread of its own: the settings, then once the heap shrank the slower period. */
    static void afterStartUp() {
        Thread t = new Thread(() -> {
            try {
                apply(HotSpotFlags.of(), IdleHeapReturn::sleep);
            } catch (LinkageError | RuntimeException e) {
                // no management module, or a JVM that refuses: the heap stays as the JVM sizes it
            }
        }, "idle-heap-return");
        t.setDaemon(true);
        t.start();
    }

    /** Waits; false when interrupted. */
    interface Pause {
        boolean sleep(Duration d);
    }

    /** The settings in order (Min before Max: the JVM refuses Min above Max at every step). */
    static void apply(VmFlags flags, Pause pause) {
        if (!"true".equals(flags.value("UseG1GC"))) {
            return;
        }
        if (!flags.setByLauncher("MinHeapFreeRatio") && !flags.setByLauncher("MaxHeapFreeRatio")) {
            flags.set("MinHeapFreeRatio", "10");
            flags.set("MaxHeapFreeRatio", "30");
        }
        if (flags.setByLauncher("G1PeriodicGCInterval")) {
            return;
        }
        long before = flags.heapCommitted();
        flags.set("G1PeriodicGCInterval", String.valueOf(FIRST_QUIET.toMillis()));
        for (long waited = 0; waited < SETTLE.toMillis() && flags.heapCommitted() >= before; waited += POLL.toMillis()) {
            if (!pause.sleep(POLL)) {
                break;
            }
        }
        flags.set("G1PeriodicGCInterval", String.valueOf(LATER_QUIET.toMillis()));
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The running JVM's flags through its diagnostic bean. */
    static final class HotSpotFlags implements VmFlags {
        private final com.sun.management.HotSpotDiagnosticMXBean bean;

        private HotSpotFlags(com.sun.management.HotSpotDiagnosticMXBean bean) {
            this.bean = bean;
        }

        static HotSpotFlags of() {
            return new HotSpotFlags(java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class));
        }

        @Override
        public String value(String name) {
            return bean.getVMOption(name).getValue();
        }

        @Override
        public boolean setByLauncher(String name) {
            return switch (bean.getVMOption(name).getOrigin()) {
                case DEFAULT, ERGONOMIC, MANAGEMENT -> false;
                default -> true;
            };
        }

        @Override
        public void set(String name, String value) {
            bean.setVMOption(name, value);
        }

        @Override
        public long heapCommitted() {
            return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        }
    }
}
