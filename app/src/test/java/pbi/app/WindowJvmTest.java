package pbi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's relaunch, with real JVMs: a jar holding {@link WindowJvm} and a probe main class is started with
 * {@code java -jar} the way the README starts the app, and the probe reports the options of the JVM it ends up in.
 */
class WindowJvmTest {

    @TempDir
    Path dir;
    private Path jar;
    private Path cache;

    @BeforeEach
    void probeJar() throws IOException {
        jar = dir.resolve("probe.jar");
        cache = dir.resolve("cache");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, WindowJvmProbe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> type : List.of(WindowJvm.class, WindowJvmProbe.class)) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (var in = type.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    @Test
    void theFirstWindowRecordsTheArchiveAndTheNextOnesStartWithIt() throws Exception {
        Run first = run(List.of("-Dpbi.probe=kept"), "gui", "--url", "jdbc:mysql://x/y");
        assertThat(first.code).as(first.output).isEqualTo(7);
        assertThat(first.value("recording")).contains("class-data").endsWith(".part");
        assertThat(first.value("archive")).isEmpty();
        assertThat(first.value("tiered")).isEqualTo("1");
        assertThat(first.value("args")).isEqualTo("gui --url jdbc:mysql://x/y");
        assertThat(first.value("property")).isEqualTo("kept");
        assertThat(Long.parseLong(first.value("launched"))).isBetween(first.started - 1_000, first.ended);
        List<Path> kept = classData();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getFileName().toString()).startsWith("window-").endsWith(".jsa");

        Run second = run(List.of(), "gui");
        assertThat(second.code).as(second.output).isEqualTo(7);
        assertThat(second.value("archive")).isEqualTo(kept.get(0).toString());
        assertThat(second.value("recording")).isEmpty();
        assertThat(second.value("tiered")).isEqualTo("1");
        assertThat(classData()).isEqualTo(kept);
    }

    @Test
    void aNewJarRecordsANewArchiveAndDropsTheOldOne() throws Exception {
        run(List.of(), "gui");
        Path old = classData().get(0);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 5_000));
        Run again = run(List.of(), "gui");
        assertThat(again.value("recording")).isNotEmpty();
        assertThat(classData()).hasSize(1).doesNotContain(old);
    }

    @Test
    void anotherJdksArchiveAndARunningRecordingAreLeftAlone() throws Exception {
        Path folder = cache.resolve("playerbot-inspector").resolve("class-data");
        Files.createDirectories(folder);
        Path otherJdk = Files.writeString(folder.resolve("window-0abc-0def.jsa"), "another JDK's archive");
        Path recording = Files.writeString(folder.resolve("window-0abc-0def.jsa." + ProcessHandle.current().pid()
                + ".part"), "being recorded");
        Path abandoned = Files.writeString(folder.resolve("window-0abc-0def.jsa.999999999.part"), "left behind");
        run(List.of(), "gui");
        assertThat(classData()).contains(otherJdk, recording).doesNotContain(abandoned).hasSize(3);
    }

    @Test
    void optionsTheUserChoseTheAppImageOrRelaunchFalseKeepTheFirstJvm() throws Exception {
        Run off = run(List.of("-Dpbi.relaunch=false"), "gui");
        assertThat(off.value("launched")).isEqualTo("null");
        assertThat(off.value("tiered")).isNotEqualTo("1");
        Run debugged = run(List.of("-Xshare:auto"), "gui");
        assertThat(debugged.value("launched")).isEqualTo("null");
        Run fromEnvironment = run(List.of(), Map.of("JDK_JAVA_OPTIONS", " -Xmx2g -Xshare:off"), "gui");
        assertThat(fromEnvironment.value("launched")).isEqualTo("null");
        Run installed = run(List.of("-Djpackage.app-path=/opt/playerbot-inspector/bin/playerbot-inspector"), "gui");
        assertThat(installed.value("launched")).isEqualTo("null");
        assertThat(classData()).isEmpty();
    }

    @Test
    void stoppingTheFirstJvmStopsTheWindowsJvm() throws Exception {
        List<String> command = command(List.of(), "wait");
        Process parent = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        parent.getOutputStream().close();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("pid=");
            childPid = Long.parseLong(line.substring(4));
            assertThat(childPid).isNotEqualTo(parent.pid());
            ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
            parent.destroy();
            assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        // The recording of a JVM ended by a signal is not kept.
        assertThat(classData()).noneMatch(file -> file.toString().endsWith(".jsa"));
    }

    @Test
    void onlyPlainJarClassPathsAndUntouchedOptionsRelaunch() throws IOException {
        assertThat(WindowJvm.jars(jar.toString())).containsExactly(jar.toAbsolutePath());
        assertThat(WindowJvm.jars(jar + java.io.File.pathSeparator + dir)).isEmpty();
        assertThat(WindowJvm.choosesItself(List.of("-Xmx2g"))).isFalse();
        assertThat(WindowJvm.choosesItself(List.of("-agentlib:jdwp=transport=dt_socket"))).isTrue();
        List<String> expected = new ArrayList<>(List.of("/usr/bin/java", "-XX:ArchiveClassesAtExit=/c/a.jsa.1.part",
                "-XX:TieredStopAtLevel=1", "-Xlog:cds*=off"));
        expected.addAll(WindowJvm.quietOnNewerJdks(Runtime.version().feature()));
        expected.addAll(List.of("-Dpbi.launched=42", "-Dx=1", "-jar", "app.jar", "gui"));
        assertThat(WindowJvm.command("/usr/bin/java", List.of("-Dx=1", "-jar", "app.jar", "gui"), null,
                Path.of("/c/a.jsa.1.part"), 42)).containsExactlyElementsOf(expected);
    }

    @Test
    void newerJdksGetTheOptionsThatKeepJavaFxQuietAndOlderOnesNothingTheyWouldRefuse() {
        assertThat(WindowJvm.quietOnNewerJdks(17)).isEmpty();
        assertThat(WindowJvm.quietOnNewerJdks(21)).isEmpty();
        assertThat(WindowJvm.quietOnNewerJdks(22)).containsExactly("--enable-native-access=ALL-UNNAMED");
        assertThat(WindowJvm.quietOnNewerJdks(25)).containsExactly("--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void theCacheFollowsXdgCacheHome() {
        assertThat(WindowJvm.cacheHome(Map.of("XDG_CACHE_HOME", "/x/cache")))
                .isEqualTo(Path.of("/x/cache/playerbot-inspector"));
        assertThat(WindowJvm.cacheHome(Map.of("HOME", "/home/gm")))
                .isEqualTo(Path.of("/home/gm/.cache/playerbot-inspector"));
        assertThat(WindowJvm.cacheHome(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "playerbot-inspector"));
    }

    private List<Path> classData() throws IOException {
        Path folder = cache.resolve("playerbot-inspector").resolve("class-data");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private List<String> command(List<String> options, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    private Run run(List<String> options, String... args) throws IOException, InterruptedException {
        return run(options, Map.of(), args);
    }

    private Run run(List<String> options, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(options, args)).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.flush();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output, started, System.currentTimeMillis());
    }

    private record Run(int code, String output, long started, long ended) {

        String value(String key) {
            return output.lines().filter(line -> line.startsWith(key + "=")).findFirst()
                    .map(line -> line.substring(key.length() + 1)).orElseThrow(() -> new AssertionError(
                            "no " + key + " in:\n" + output));
        }
    }
}
