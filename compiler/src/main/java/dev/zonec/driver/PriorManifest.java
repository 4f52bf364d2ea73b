package dev.zonec.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.render.Ownership;
import dev.zonec.render.PriorOutput;
import dev.zonec.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * What the output folder held before a compile, read from its manifest.json: for each device, the names its file
 * created ({@code owns}) or deleted ({@code removes}) on the device. Both count as what may be on the device now: an
 * earlier output is not known to have been loaded, nor the one before it, so a name is deleted again by every later
 * output until the policy uses it again (docs/loading.md). A folder without a manifest, or with one zonec did not
 * write, gives nothing: every device is then loaded as for the first time (so does a manifest of another site).
 */
public final class PriorManifest {

    private PriorManifest() {}

    public static PriorOutput read(Path out) {
        Path manifest = out.resolve(OutputOwnership.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return PriorOutput.NONE;
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(manifest));
        } catch (IOException e) {
            return PriorOutput.NONE;
        }
        if (root == null || !root.path("site").isTextual() || !root.path("devices").isArray()) {
            return PriorOutput.NONE;
        }
        Map<String, PriorOutput.Device> devices = new HashMap<>();
        for (JsonNode entry : root.path("devices")) {
            String device = entry.path("device").asText("");
            String platform = entry.path("platform").asText("");
            if (device.isEmpty() || platform.isEmpty()) {
                continue;
            }
            Ownership names = names(entry.path("owns")).union(names(entry.path("removes")));
            PriorOutput.Device before = devices.get(device);
            if (before == null) {
                devices.put(device, new PriorOutput.Device(platform, names));
            } else if (before.platform().equals(platform)) {
                devices.put(device, new PriorOutput.Device(platform, before.names().union(names)));
            }
        }
        return new PriorOutput(root.path("site").asText(), devices);
    }

    private static Ownership names(JsonNode node) {
        Ownership.Builder names = Ownership.builder();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                if (kind.getValue().isArray()) {
                    kind.getValue().forEach(n -> {
                        if (n.isTextual()) {
                            names.add(kind.getKey(), n.asText());
                        }
                    });
                }
            }
        }
        return names.build();
    }
}
