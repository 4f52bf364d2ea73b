package dev.zonec.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.report.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whether a folder may be replaced: it is empty, or zonec can prove it wrote every file in it. The proof is the
 * folder's own {@code manifest.json}: zonec's schema (a site and a list of devices, each with a plain file name and a
 * SHA-256), every listed file a regular file whose bytes hash to the listed value, and no entry beside the listed
 * files and the manifest. A folder that merely contains a file called manifest.json, a hand-edited config, a file a
 * user dropped in, a link or a sub-folder: each makes the folder not provably zonec's, and it is left alone.
 */
final class OutputOwnership {

    private OutputOwnership() {}

    static final String MANIFEST = "manifest.json";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Why {@code dir} may not be replaced, as one line naming the first thing that is not zonec's; empty when it is
     * an empty folder or provably zonec's output. {@code dir} must exist.
     */
    static Optional<String> refusal(Path dir, String display) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("`" + display + "` exists and is not a folder; choose a new or empty folder");
        }
        TreeSet<String> entries = new TreeSet<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            list.forEach(p -> entries.add(p.getFileName().toString()));
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String notOurs = "`" + display + "` is not a zonec output folder";
        String choose = "; zonec replaces only a folder it wrote, or an empty one: choose another folder";
        Path manifestPath = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestPath, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(notOurs + " (it has no manifest.json)" + choose);
        }
        Optional<Map<String, String>> listed = listedFiles(manifestPath);
        if (listed.isEmpty()) {
            return Optional.of(notOurs + " (its manifest.json is not one zonec wrote)" + choose);
        }
        for (String entry : entries) {
            if (!entry.equals(MANIFEST) && !listed.get().containsKey(entry)) {
                return Optional.of("`" + display + "` holds `" + entry + "`, which zonec did not write" + choose);
            }
        }
        for (Map.Entry<String, String> file : listed.get().entrySet()) {
            Path path = dir.resolve(file.getKey());
            if (!entries.contains(file.getKey())) {
                continue; // a listed file the user deleted: nothing of theirs is lost by replacing the rest
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("`" + display + "` holds `" + file.getKey() + "`, which is not a file zonec wrote" + choose);
            }
            if (!sha256(path).equals(file.getValue())) {
                return Optional.of("`" + display + "/" + file.getKey() + "` changed since zonec wrote it (its SHA-256 is not "
                        + "the manifest's); zonec does not overwrite a hand edit: move the file away or choose another folder");
            }
        }
        return Optional.empty();
    }

    /** The files a zonec manifest lists, by name, with their SHA-256; empty when it is not a zonec manifest. */
    private static Optional<Map<String, String>> listedFiles(Path manifest) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(manifest));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("site").isTextual() || !root.path("devices").isArray()) {
            return Optional.empty();
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (JsonNode entry : root.path("devices")) {
            JsonNode file = entry.path("file");
            JsonNode sha = entry.path("sha256");
            if (!entry.path("device").isTextual() || !entry.path("platform").isTextual() || !file.isTextual()
                    || !sha.isTextual() || !entry.path("rules").isIntegralNumber()
                    || !FILE_NAME.matcher(file.asText()).matches() || file.asText().equals(MANIFEST)
                    || !SHA256.matcher(sha.asText()).matches()) {
                return Optional.empty();
            }
            if (files.putIfAbsent(file.asText(), sha.asText()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(files);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
