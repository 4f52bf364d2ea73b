package dev.zonec.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs real system tools (nft, iptables-restore, ...) from tests. Outside CI a missing tool or missing root skips
 * the test with a message saying so; in CI ({@code ZONEC_CI} set) it fails, because CI installs the tools.
 */
public final class RealTool {

    private RealTool() {}

    public static boolean inCi() {
        String ci = System.getenv("ZONEC_CI");
        return ci != null && !ci.isEmpty() && !ci.equals("0");
    }

    /** Ensures the tool is installed and we are root; otherwise skips (or fails in CI). */
    public static Path require(String tool) {
        Path found = null;
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                found = p;
                break;
            }
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        String problem = found == null ? tool + " is not installed" : !root ? tool + " needs root here" : null;
        if (problem != null) {
            if (inCi()) {
                fail(problem + ", but CI (ZONEC_CI) must run this test; .ci/run installs it and runs as root");
            }
            Assumptions.abort("skipped: " + problem + " (install it and run as root, as .ci/run does, to run this test)");
        }
        return found;
    }

    public record Result(int exit, String output) {}

    /** Runs a command with a bounded wait; stdout and stderr together. */
    public static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
