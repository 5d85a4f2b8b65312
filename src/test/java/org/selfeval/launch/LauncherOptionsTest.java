package org.selfeval.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the app is started with (decisions 0032, 0035) live in one file, a java @argfile, and every
 * route that starts the app uses that file: the README's commands, the installers' launchers, CI's start
 * of the built jar and the benchmark.
 */
class LauncherOptionsTest {
    private static final Path OPTIONS = Path.of("src/main/launcher/selfeval.jvmopts");

    @Test
    void theJdkReadsTheFileAsAnArgfileKeepsTheJitToItsQuickCompilerAndBoundsTheYoungHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "@" + OPTIONS.toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile("intx TieredStopAtLevel\\s+=\\s+(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        assertEquals("1", m.group(1), "the optimising compiler competes with the window on a 2-core laptop");
        Matcher young = Pattern.compile("size_t MaxNewSize\\s+=\\s+(\\d+)").matcher(out);
        assertTrue(young.find(), out);
        assertEquals(96L << 20, Long.parseLong(young.group(1)), "a long export's garbage stays in a young heap of 96 MB (decision 0035)");
    }

    @Test
    void everyRouteThatStartsTheAppUsesTheFile() throws IOException {
        for (String script : List.of("installer/build-linux.sh", "installer/build-macos.sh")) {
            assertTrue(read(script).contains("$root/src/main/launcher/selfeval.jvmopts"), script);
        }
        assertTrue(read("installer/build-windows.ps1").contains("src\\main\\launcher\\selfeval.jvmopts"));
        String readme = read("README.md");
        assertTrue(readme.contains("mvn -B -DskipTests package && java @target/selfeval.jvmopts -jar target/selfeval.jar\n"),
                "the README's start");
        assertTrue(readme.contains("java @target/selfeval.jvmopts -jar target/selfeval.jar export --input"), "the README's command line");
        assertTrue(read(".ci/run").contains("java @target/selfeval.jvmopts -Dselfeval.startupTiming=true -jar target/selfeval.jar"),
                "CI starts the jar as the README does");
        String bench = read("src/test/bench/run.sh");
        assertTrue(bench.contains("java @target/selfeval.jvmopts -Dselfeval.startupTiming=true -jar target/selfeval.jar"), "bench: start-up");
        assertTrue(bench.contains("java @target/selfeval.jvmopts --module-path"), "bench: the bare window runs with the same options");
        assertTrue(bench.contains("java @target/selfeval.jvmopts -jar target/selfeval.jar export"), "bench: cold exports");
    }

    @Test
    void theBuildCopiesTheFileNextToTheJar() throws IOException {
        String pom = read("pom.xml");
        int at = pom.indexOf("<id>launcher-options</id>");
        assertTrue(at > 0, "the pom's copy of the options");
        String execution = pom.substring(at, pom.indexOf("</execution>", at));
        assertTrue(execution.contains("<outputDirectory>${project.build.directory}</outputDirectory>"), execution);
        assertTrue(execution.contains("<directory>${project.basedir}/src/main/launcher</directory>"), execution);
        assertTrue(execution.contains("<include>selfeval.jvmopts</include>"), execution);
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
