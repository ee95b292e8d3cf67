package cymru.gofal.platform.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL tools, as another user through {@code runuser} when asked (the JVM is root).
 * Output goes to a file, not a pipe, so a server that outlives the tool can never block the JVM.
 */
final class ProcessRunner {

    private final String runAs;

    ProcessRunner(String runAs) {
        this.runAs = runAs;
    }

    void run(List<String> command, Map<String, String> env, long timeoutSeconds) {
        Result result = execute(command, env, timeoutSeconds);
        if (result.exitCode != 0) {
            throw new IllegalStateException("Command failed (exit " + result.exitCode + "): "
                    + String.join(" ", command) + "\n" + result.output);
        }
    }

    int exitCode(List<String> command) {
        return execute(command, Map.of(), 60).exitCode;
    }

    private Result execute(List<String> command, Map<String, String> env, long timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(command);
        File output = null;
        try {
            output = File.createTempFile("gofal-pg-", ".out");
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(output).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("LC_ALL", "C");
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeoutSeconds + " s: " + String.join(" ", full));
            }
            return new Result(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", full), e);
        } finally {
            if (output != null) {
                output.delete();
            }
        }
    }

    private record Result(int exitCode, String output) {
    }
}
