package dev.zonec.driver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import dev.zonec.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an output folder all or nothing: everything goes to a fresh sibling folder first, which then replaces
 * the old one by rename. If anything fails before the rename, the previous output is untouched.
 */
public final class OutputWriter {

    private OutputWriter() {}

    /** Refuses to replace a folder zonec did not write: it holds files and no manifest.json. */
    public static void write(Path out, String site, List<RenderedConfig> configs) throws IOException {
        if (Files.isDirectory(out) && !Files.exists(out.resolve("manifest.json"))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new NotAnOutputFolderException(out);
                }
            }
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new NotAnOutputFolderException(out);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
        try {
            for (RenderedConfig c : configs) {
                for (OutputFile f : c.files()) {
                    Files.writeString(staging.resolve(f.name()), f.text(), StandardCharsets.UTF_8);
                }
            }
            Files.writeString(staging.resolve("manifest.json"), manifest(site, configs), StandardCharsets.UTF_8);
            replace(staging, out.toAbsolutePath());
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    /**
     * {@code manifest.json}: one entry per file with its device, platform, SHA-256 and the device's rule count,
     * sorted by device then file.
     */
    public static String manifest(String site, List<RenderedConfig> configs) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("site", site);
        ArrayNode devices = root.putArray("devices");
        configs.stream().sorted(Comparator.comparing(RenderedConfig::device)).forEach(c -> {
            for (OutputFile f : c.files()) {
                ObjectNode d = devices.addObject();
                d.put("device", c.device());
                d.put("platform", c.platform().id());
                d.put("file", f.name());
                d.put("sha256", f.sha256());
                d.put("rules", c.ruleCount());
            }
        });
        return Json.pretty(root);
    }

    private static void replace(Path staging, Path out) throws IOException {
        if (!Files.exists(out)) {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
        Files.delete(old);
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** The output path exists but is not an earlier zonec output folder, so it is left alone. */
    public static final class NotAnOutputFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAnOutputFolderException(Path out) {
            super("`" + out + "` exists and is not a zonec output folder (no manifest.json); choose an empty or new folder");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
