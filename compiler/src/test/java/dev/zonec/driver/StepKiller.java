package dev.zonec.driver;

import dev.zonec.platform.cisco.CiscoIos;
import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link OutputWriterCrashTest}: writes output {@code A} or {@code B} into OUT and, at the
 * step numbered KILL_AT (counting from 0), sends itself SIGKILL, so the process dies exactly there with no
 * finally block, shutdown hook or buffered write run. With KILL_AT = -1 it prints every step's name instead.
 * Usage: {@code StepKiller OUT A|B KILL_AT}.
 */
public final class StepKiller {

    private StepKiller() {}

    /** Two versions of a small output: B drops a device of A, adds one and changes the third. */
    static List<RenderedConfig> version(String which) {
        return which.equals("A")
                ? List.of(config("fw-a", "fw-a.nft", "table inet zonec { # A\n}\n"),
                        config("sw-b", "sw-b.ios", "ip access-list extended A\n"),
                        config("sw-c", "sw-c.ios", "ip access-list extended C-old\n"))
                : List.of(config("sw-c", "sw-c.ios", "ip access-list extended C-new\n"),
                        config("sw-d", "sw-d.ios", "ip access-list extended D\n"));
    }

    private static RenderedConfig config(String device, String file, String text) {
        return new RenderedConfig(device, CiscoIos.PLATFORM, List.of(new OutputFile(file, text)), 1);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int killAt = Integer.parseInt(args[2]);
        int[] step = {0};
        OutputWriter.write(out, "site", version(args[1]), name -> {
            if (killAt < 0) {
                System.out.println(name);
            } else if (step[0] == killAt) {
                System.out.println("killed before: " + name);
                System.out.flush();
                kill();
            }
            step[0]++;
        });
        System.out.flush();
    }

    private static void kill() throws IOException {
        try {
            new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).start().waitFor();
            Thread.sleep(60_000); // the signal is on its way; never go on to the step
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("still alive after SIGKILL");
    }
}
