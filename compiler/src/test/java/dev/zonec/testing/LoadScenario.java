package dev.zonec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zonec.driver.OutputWriter;
import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.PriorManifest;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Targets;
import dev.zonec.render.OutputFile;
import dev.zonec.render.Ownership;
import dev.zonec.render.PriorOutput;
import dev.zonec.render.RenderedConfig;
import dev.zonec.support.Workers;
import dev.zonec.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The second load of {@code golden-tests/load/_policies} on one platform, as a user makes it: the old policy compiled
 * into an output folder, then the new policy compiled into the same folder (so its files remove what the old output
 * created and the new one does not). The device is the one of {@code golden-tests/platforms/<platform>/inventory.yaml}.
 * Platform tests apply the files to a model of the device's running configuration next to hand-made configuration
 * and read the result back with the platform's read-back.
 */
public record LoadScenario(String platform, Site site, String device, List<SourceFile> before, List<SourceFile> after,
                           Ownership owns, Ownership removes) {

    private static final Path REPO = Path.of(System.getProperty("zonec.repo", "..")).toAbsolutePath().normalize();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    public static LoadScenario of(String platform) {
        return of(platform, "golden-tests/load/_policies/old", "golden-tests/load/_policies/new",
                "golden-tests/platforms/" + platform + "/inventory.yaml", Optional.empty());
    }

    /**
     * The second load of the golden case {@code golden-tests/load/<platform>/<name>}: its previous policy, then its
     * policy, with its inventory; the files of {@code device} (the load policies may place rules on other devices too).
     */
    public static LoadScenario ofCase(String platform, String name, String device) {
        Path dir = REPO.resolve("golden-tests/load/" + platform + "/" + name);
        try {
            return of(platform, Files.readString(dir.resolve("previous")).trim(), Files.readString(dir.resolve("site")).trim(),
                    Files.readString(dir.resolve("inventory")).trim(), Optional.of(device));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadScenario of(String platform, String oldPolicy, String newPolicy, String inventoryFile,
                                   Optional<String> device) {
        try {
            Path out = Files.createTempDirectory("zonec-load-").resolve("out");
            Path inventory = REPO.resolve(inventoryFile);
            PipelineResult before = compile(REPO.resolve(oldPolicy), inventory, PriorOutput.NONE);
            OutputWriter.write(out, before.site().orElseThrow().name(), before.configs());
            PipelineResult after = compile(REPO.resolve(newPolicy), inventory, PriorManifest.read(out));
            RenderedConfig old = device.isPresent() ? named(before.configs(), device.get()) : single(before.configs());
            RenderedConfig now = device.isPresent() ? named(after.configs(), device.get()) : single(after.configs());
            Ownership owns = Ownership.NONE;
            Ownership removes = Ownership.NONE;
            for (OutputFile f : now.files()) {
                owns = owns.union(f.owns());
                removes = removes.union(f.removes());
            }
            return new LoadScenario(platform, after.site().orElseThrow(), now.device(), sources("old/", old),
                    sources("new/", now), owns, removes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PipelineResult compile(Path policy, Path inventory, PriorOutput prior) {
        Diagnostics loading = new Diagnostics();
        var source = SiteLoader.load(policy, policy.toString(), Optional.of(inventory), loading);
        assertFalse(loading.hasErrors(), () -> loading.sorted().toString());
        PipelineResult result = Pipeline.run(source, Targets.standard(), TODAY, true, 1, Optional.empty(), prior);
        assertFalse(result.hasErrors(), () -> policy + " does not compile: " + errors(result.diagnostics()));
        return result;
    }

    private static RenderedConfig single(List<RenderedConfig> configs) {
        assertEquals(1, configs.size(), "the load policies place rules on one device");
        return configs.get(0);
    }

    private static RenderedConfig named(List<RenderedConfig> configs, String device) {
        return configs.stream().filter(c -> c.device().equals(device)).findFirst().orElseThrow();
    }

    private static List<SourceFile> sources(String folder, RenderedConfig config) {
        return config.files().stream().map(f -> new SourceFile(folder + f.name(), f.text())).toList();
    }

    /** A fixture of this test package's resources, as one file named like the device's. */
    public static SourceFile fixture(Class<?> near, String name) {
        try (var in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name + " beside " + near.getName());
            }
            return new SourceFile("operator/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors the verifier finds when the device's configuration is these files, read back in this order (the
     * read-back applies each file's deletions and rebindings to what the files before it made); empty when the zonec
     * part is proven equal to the new policy.
     */
    public List<String> proofErrors(List<SourceFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        Verifier.verify(site, Map.of(device, files), Targets.standard(), diagnostics, Workers.available());
        return errors(diagnostics.sorted());
    }

    /** The text of one of the new output's files. */
    public String after(String suffix) {
        return after.stream().filter(f -> f.displayPath().endsWith(suffix)).findFirst().orElseThrow().text();
    }

    /** The files as loaded one after the other: the operator's configuration, the old output, the new one. */
    public List<SourceFile> loadedOnto(SourceFile operator) {
        List<SourceFile> all = new ArrayList<>(List.of(operator));
        all.addAll(before);
        all.addAll(after);
        return all;
    }

    private static List<String> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.message() + d.primary().map(s -> " at " + s.file().displayPath() + ":"
                        + s.line()).orElse(""))
                .collect(Collectors.toList());
    }
}
