package org.selfeval.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability harness (issue 14): kill -9 during saves, damaged workspace variants, hostile XLSX,
 * the fuzzed report files, a full disk (a small tmpfs where the machine allows), an unusable temp folder. Prints one
 * "N passed, N failed" line per family and exits 1 when any case failed.
 * {@code mvn -B -Preliability test [-Dreliability.kills=1000]}; {@code .ci/run} runs it with 100 kills.
 * Run directly, {@code --only kill|damaged|xlsx|json|full|tmp} runs one family.
 */
public final class ReliabilityHarness {
    private ReliabilityHarness() {
    }

    public static void main(String[] args) throws Exception {
        int kills = 100;
        String only = "";
        for (int i = 0; i < args.length - 1; i++) {
            if ("--kills".equals(args[i])) {
                kills = Integer.parseInt(args[i + 1]);
            } else if ("--only".equals(args[i])) {
                only = args[i + 1];
            }
        }
        Path root = Files.createTempDirectory("selfeval-reliability");
        Path sample = Path.of("sample-data/leshan-2023.json").toAbsolutePath();
        long start = System.nanoTime();
        List<Tally> tallies = new ArrayList<>();
        if (only.isEmpty() || only.equals("kill")) {
            tallies.add(new KillDuringSaves(root.resolve("kill"), sample, kills).run());
        }
        if (only.isEmpty() || only.equals("damaged")) {
            tallies.add(new DamagedWorkspaces(root.resolve("damaged")).run());
        }
        if (only.isEmpty() || only.equals("xlsx")) {
            tallies.add(new HostileXlsx(root.resolve("xlsx")).run());
        }
        if (only.isEmpty() || only.equals("json")) {
            tallies.add(new FuzzedReports(Integer.MAX_VALUE).run());
        }
        if (only.isEmpty() || only.equals("full")) {
            tallies.add(new FullDisk(root.resolve("full")).run());
        }
        if (only.isEmpty() || only.equals("tmp")) {
            tallies.add(new UnusableTempFolder(root.resolve("tmp")).run());
        }
        int failed = 0;
        for (Tally t : tallies) {
            t.details().forEach(d -> System.out.println("  " + d));
            failed += t.failed();
        }
        System.out.println("== reliability harness (" + (System.nanoTime() - start) / 1_000_000_000 + " s) ==");
        tallies.forEach(t -> System.out.println(t.line()));
        Harness.deleteTree(root);
        System.exit(failed == 0 ? 0 : 1);
    }
}
