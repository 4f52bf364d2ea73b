package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import dev.zonec.report.Json;
import dev.zonec.support.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a compiled output folder for verification, and refuses one that is not what the policy compiles to now:
 * a file missing, altered after compiling (its SHA-256 no longer the manifest's), or stale (the policy has changed
 * since). Batfish is then asked about exactly the files that will be deployed, and zonec's expectations (which flows
 * each device must permit) are the ones those files were compiled from.
 */
public final class OutputFolder {

    /** The output folder cannot be verified; the message is one line. */
    public static final class UnusableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableException(String message) {
            super(message);
        }
    }

    private OutputFolder() {}

    /**
     * @param out      the folder
     * @param display  the folder as the user named it (how findings show its files)
     * @param site     the resolved site the folder must have been compiled from
     * @param compiled what the policy compiles to now
     */
    public static List<GeneratedFile> read(Path out, String display, Site site, List<RenderedConfig> compiled)
            throws UnusableException {
        Path manifestPath = out.resolve("manifest.json");
        if (!Files.isRegularFile(manifestPath)) {
            throw new UnusableException("`" + display + "` is not a zonec output folder (no manifest.json); "
                    + "run zonec compile first");
        }
        JsonNode manifest;
        try {
            manifest = Json.MAPPER.readTree(Files.readString(manifestPath, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnusableException("cannot read `" + display + "/manifest.json`: " + e.getMessage());
        }
        String siteName = manifest.path("site").asText("");
        if (!siteName.equals(site.name())) {
            throw new UnusableException("`" + display + "` was compiled from site `" + siteName + "`, not `"
                    + site.name() + "`");
        }
        Map<String, Device> devices = site.devicesByName();
        List<GeneratedFile> files = new ArrayList<>();
        for (RenderedConfig config : compiled) {
            for (OutputFile expected : config.files()) {
                files.add(file(out, display, manifest, devices.get(config.device()), expected));
            }
        }
        int listed = manifest.path("devices").size();
        if (listed != files.size()) {
            throw new UnusableException("`" + display + "/manifest.json` lists " + listed + " files; the policy "
                    + "compiles to " + files.size() + ": run zonec compile again");
        }
        return files;
    }

    private static GeneratedFile file(Path out, String display, JsonNode manifest, Device device, OutputFile expected)
            throws UnusableException {
        String shown = display + "/" + expected.name();
        String recorded = "";
        for (JsonNode entry : manifest.path("devices")) {
            if (entry.path("file").asText("").equals(expected.name())) {
                recorded = entry.path("sha256").asText("");
            }
        }
        Path path = out.resolve(expected.name());
        if (recorded.isEmpty() || !Files.isRegularFile(path)) {
            throw new UnusableException("`" + shown + "` is missing from the output folder; run zonec compile again");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnusableException("cannot read `" + shown + "`: " + e.getMessage());
        }
        if (!Sha256.hex(text).equals(recorded)) {
            throw new UnusableException("`" + shown + "` was changed after compiling (its SHA-256 is not the "
                    + "manifest's); verify checks zonec's output as written");
        }
        if (!text.equals(expected.text())) {
            throw new UnusableException("`" + shown + "` is not what the policy compiles to now; run zonec compile "
                    + "again, then verify");
        }
        return new GeneratedFile(device, new SourceFile(expected.name(), shown, text), expected.map());
    }
}
