package dev.zonec.cli;

import dev.zonec.gen.SiteGenerator;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "gen", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic site (policy and inventory) of the given size, for benchmarks: "
                + "a chain of cells of two devices in parallel (--shape chain) or devices that each face every zone "
                + "(--shape hub), the platforms dealt to the devices in turn, an OT and IT mix of flows.")
final class GenCommand implements Callable<Integer> {

    @Option(names = "--shape", defaultValue = "chain", paramLabel = "chain|hub",
            description = "chain: cells of two devices along a backbone, each device facing a few zones; hub: every "
                    + "device faces every zone, flows between random zone pairs (default: ${DEFAULT-VALUE}).")
    String shape;

    @Option(names = "--platforms", split = ",", paramLabel = "ID",
            description = "The platforms the devices take in turn (default: all ten).")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--zones", required = true, description = "Number of zones (chain: at least devices/2 + 2).")
    int zones;

    @Option(names = "--devices", required = true, description = "Number of devices (chain: at least 2).")
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
            SiteGenerator.Shape form = switch (shape.toLowerCase(Locale.ROOT)) {
                case "chain" -> SiteGenerator.Shape.CHAIN;
                case "hub" -> SiteGenerator.Shape.HUB;
                default -> throw new IllegalArgumentException("--shape is chain or hub, not `" + shape + "`");
            };
            List<Target> targets = new ArrayList<>();
            for (String id : platforms) {
                Optional<Target> target = Targets.standard().byId(id.strip());
                if (target.isEmpty()) {
                    throw new IllegalArgumentException("unknown platform `" + id + "` in --platforms; known: "
                            + String.join(", ", Targets.standard().ids()));
                }
                targets.add(target.get());
            }
            files = SiteGenerator.generate(new SiteGenerator.Size(form, zones, devices, flows, seed,
                    targets.isEmpty() ? Targets.standard().all() : targets));
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
