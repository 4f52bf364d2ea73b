package dev.zonec.cli;

import dev.zonec.gen.SiteGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "gen", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic site (policy and inventory) of the given size, for benchmarks: "
                + "a chain of cells of two devices in parallel, all ten platforms, an OT and IT mix of flows.")
final class GenCommand implements Callable<Integer> {

    @Option(names = "--zones", required = true, description = "Number of zones (at least devices/2 + 2).")
    int zones;

    @Option(names = "--devices", required = true, description = "Number of devices (at least 2).")
    int devices;

    @Option(names = "--flows", required = true, description = "Number of allowed flows.")
    int flows;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The site folder to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        SiteGenerator.Files files;
        try {
            files = SiteGenerator.generate(new SiteGenerator.Size(zones, devices, flows, seed));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("zonec: " + e.getMessage());
            return 2;
        }
        Path dir = main.resolve(output);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("site.zc"), files.policy(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("inventory.yaml"), files.inventory(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + output + "/site.zc and " + output + "/inventory.yaml");
        return 0;
    }
}
