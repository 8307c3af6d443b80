package com.careflow.worker.codebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer run by a real javac over sources written the way the workers and the portal write theirs. */
class CodeBaseIndexerTest {

    @TempDir
    Path dir;

    @Test
    void indexesTopicsOfWorkerMethodsAndMessageConstantsPassedToCalls() throws IOException {
        source("demo/process/DemoProcess.java", """
                package demo.process;
                public final class DemoProcess {
                    public static final String JOB_CHARGE = "demo.charge";
                    public static final String MESSAGE_PAID = "demo-paid";
                    public static final String MESSAGE_CANCELLED = "demo-cancelled";
                    public static final String MESSAGE_NEVER_SENT = "demo-never-sent";
                }
                """);
        source("demo/worker/DemoWorker.java", """
                package demo.worker;
                import static demo.process.DemoProcess.MESSAGE_CANCELLED;
                import com.careflow.worker.TopicWorker;
                import demo.process.DemoProcess;
                class DemoWorker {
                    @TopicWorker(DemoProcess.JOB_CHARGE)
                    void charge() {
                        send(DemoProcess.MESSAGE_PAID, "key");
                    }
                    @TopicWorker(value = "demo.literal", retries = 5)
                    void literal() {
                        Runnable later = () -> send(MESSAGE_CANCELLED, "key");
                        String unsent = DemoProcess.MESSAGE_NEVER_SENT; // named, but not passed to any call
                    }
                    private void send(String message, String key) {
                    }
                }
                """);

        boolean compiled = compile("-Acareflow.module=workers/demo");

        assertThat(compiled).isTrue();
        assertThat(read(CodeBaseIndexer.TOPICS)).containsOnly(
                entry("demo.charge", "workers/demo"), entry("demo.literal", "workers/demo"));
        assertThat(read(CodeBaseIndexer.MESSAGES)).containsOnly(
                entry("demo-paid", "workers/demo"), entry("demo-cancelled", "workers/demo"));
    }

    @Test
    void aModuleWithoutWorkersOrMessagesWritesEmptyIndexes() throws IOException {
        source("demo/Plain.java", "package demo; class Plain { void run() { System.out.println(\"MESSAGE_X\"); } }");

        assertThat(compile("-Acareflow.module=portal")).isTrue();

        assertThat(read(CodeBaseIndexer.TOPICS)).isEmpty();
        assertThat(read(CodeBaseIndexer.MESSAGES)).isEmpty();
    }

    private static java.util.Map.Entry<Object, Object> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }

    private void source(String path, String code) throws IOException {
        Path file = dir.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
    }

    private boolean compile(String moduleOption) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(dir.resolve("classes"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
                var sources = Files.walk(dir.resolve("src"))) {
            var units = files.getJavaFileObjectsFromPaths(sources.filter(Files::isRegularFile).toList());
            var task = javac.getTask(null, files, null, List.of("-d", out.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:full", moduleOption), null, units);
            task.setProcessors(List.of(new CodeBaseIndexer()));
            return task.call();
        }
    }

    private Properties read(String resource) throws IOException {
        Properties entries = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("classes").resolve(resource))) {
            entries.load(in);
        }
        return entries;
    }
}
