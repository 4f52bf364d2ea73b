package dev.zonec.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.report.Json;
import dev.zonec.support.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an output folder back for {@code zonec verify}: the manifest says which files belong to which device; every
 * file is read as it is now (hand edits included: that is what verify is for). A file whose SHA-256 no longer
 * matches the manifest is a warning; a missing file or manifest, or a device the site does not have, is ZC0804.
 */
public final class OutputFolder {

    private OutputFolder() {}

    public static Map<String, List<SourceFile>> read(Path out, String display, Site site, Diagnostics diagnostics) {
        Map<String, List<SourceFile>> files = new LinkedHashMap<>();
        Path manifest = out.resolve("manifest.json");
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(Code.ZC0804, "`" + join(display, "manifest.json") + "` cannot be read: "
                    + e.getMessage()).help("verify reads a folder written by `zonec compile`"));
            return files;
        }
        Set<String> devices = new TreeSet<>();
        site.devices().forEach(d -> devices.add(d.name()));
        for (JsonNode entry : root.path("devices")) {
            String device = entry.path("device").asText();
            String file = entry.path("file").asText();
            if (!devices.contains(device)) {
                diagnostics.report(Diagnostic.error(Code.ZC0804, "the manifest lists `" + device + "`, which the site has no device of"));
                continue;
            }
            if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                diagnostics.report(Diagnostic.error(Code.ZC0804, "the manifest names a file `" + file + "` outside the output folder"));
                continue;
            }
            Path path = out.resolve(file);
            try {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                SourceFile source = new SourceFile(file, join(display, file), text);
                if (!Sha256.hex(text).equals(entry.path("sha256").asText())) {
                    diagnostics.report(Diagnostic.warning(Code.ZC0804, "`" + join(display, file)
                            + "` changed since zonec wrote it (its SHA-256 differs from the manifest)")
                            .at(new dev.zonec.model.source.Span(source, 1, 1, 1))
                            .help("the proof below judges the file as it is now"));
                }
                files.computeIfAbsent(device, d -> new java.util.ArrayList<>()).add(source);
            } catch (IOException e) {
                diagnostics.report(Diagnostic.error(Code.ZC0804, "`" + join(display, file) + "` is missing or unreadable"));
            }
        }
        for (Device d : site.devices()) {
            if (!files.containsKey(d.name())) {
                diagnostics.report(Diagnostic.error(Code.ZC0804, "the output folder has no config for `" + d.name() + "`")
                        .at(d.span()).help("compile the site again into this folder"));
            }
        }
        return files;
    }

    private static String join(String root, String file) {
        return root.endsWith("/") ? root + file : root + "/" + file;
    }
}
