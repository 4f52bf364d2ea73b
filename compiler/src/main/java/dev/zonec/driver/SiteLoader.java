package dev.zonec.driver;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a site folder: every {@code *.zc} file below it (sorted by path, hidden folders skipped), the inventory
 * ({@code inventory.yaml} unless another file is named) and the site's own templates ({@code templates/<platform>/*.ftl}).
 * Files must be UTF-8.
 */
public final class SiteLoader {
    /** The folder of a site that holds its own templates, one folder per platform as in the repository's. */
    private static final String TEMPLATES = "templates";

    private SiteLoader() {}

    /**
     * @param displayRoot how the site folder is shown in diagnostics (as the user typed it)
     * @param inventory   the inventory file, or empty for {@code <site>/inventory.yaml}
     */
    public static SiteSource load(Path site, String displayRoot, Optional<Path> inventory, Diagnostics diagnostics) {
        if (!Files.isDirectory(site)) {
            diagnostics.report(Diagnostic.error(Code.ZC0002, "`" + displayRoot + "` is not a folder")
                    .help("give the folder that holds the site's *.zc files and inventory.yaml"));
            return new SiteSource(List.of(), Optional.empty());
        }
        List<SourceFile> policies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> files = walk
                    .filter(p -> p.toString().endsWith(".zc") && Files.isRegularFile(p))
                    .filter(p -> site.relativize(p).toString().chars().noneMatch(c -> c == '\\'))
                    .filter(p -> !hidden(site.relativize(p)))
                    .sorted()
                    .toList();
            for (Path file : files) {
                String relative = site.relativize(file).toString();
                read(file, relative, join(displayRoot, relative), diagnostics).ifPresent(policies::add);
            }
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(Code.ZC0002, "cannot list `" + displayRoot + "`: " + e.getMessage()));
        }
        if (policies.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.report(Diagnostic.error(Code.ZC0002, "`" + displayRoot + "` holds no *.zc policy file")
                    .help("a site folder holds one or more *.zc files and an inventory.yaml"));
        }
        Path inventoryPath = inventory.orElse(site.resolve("inventory.yaml"));
        String inventoryDisplay = inventory.map(Path::toString).orElse(join(displayRoot, "inventory.yaml"));
        Optional<SourceFile> inventoryFile = Optional.empty();
        if (!Files.isRegularFile(inventoryPath)) {
            diagnostics.report(Diagnostic.error(Code.ZC0003, "`" + inventoryDisplay + "` "
                            + (Files.exists(inventoryPath) ? "is not a regular file" : "does not exist"))
                    .help("list the devices that enforce zone boundaries in inventory.yaml (or name another file with --inventory)"));
        } else {
            String sitePath = inventory.isPresent() ? inventoryPath.getFileName().toString() : "inventory.yaml";
            inventoryFile = read(inventoryPath, sitePath, inventoryDisplay, diagnostics);
        }
        return new SiteSource(policies, inventoryFile, templates(site, displayRoot, diagnostics));
    }

    /** The site's own templates: every {@code *.ftl} below {@code <site>/templates/}, by path below that folder. */
    private static Map<String, SourceFile> templates(Path site, String displayRoot, Diagnostics diagnostics) {
        Path folder = site.resolve(TEMPLATES);
        Map<String, SourceFile> templates = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return templates;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".ftl") && Files.isRegularFile(p)).sorted().toList()) {
                Path relative = folder.relativize(file);
                if (hidden(relative) || relative.toString().indexOf('\\') >= 0) {
                    continue;
                }
                String sitePath = TEMPLATES + "/" + relative;
                read(file, sitePath, join(displayRoot, sitePath), diagnostics)
                        .ifPresent(f -> templates.put(relative.toString(), f));
            }
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(Code.ZC0002, "cannot list `" + join(displayRoot, TEMPLATES) + "`: "
                    + e.getMessage()));
        }
        return templates;
    }

    /**
     * A site folder as stored somewhere other than the file system (a git tree): {@code files} maps each file's path
     * inside the site folder ({@code /}-separated) to its bytes. The same files are taken as from a folder: every
     * {@code *.zc} outside hidden folders, sorted, and {@code inventory.yaml}.
     */
    public static SiteSource load(java.util.SortedMap<String, byte[]> files, String displayRoot, Diagnostics diagnostics) {
        List<SourceFile> policies = new ArrayList<>();
        for (var file : files.entrySet()) {
            String relative = file.getKey();
            if (relative.endsWith(".zc") && !hidden(Path.of(relative))) {
                decode(file.getValue(), relative, join(displayRoot, relative), diagnostics).ifPresent(policies::add);
            }
        }
        if (policies.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.report(Diagnostic.error(Code.ZC0002, "`" + displayRoot + "` holds no *.zc policy file")
                    .help("a site folder holds one or more *.zc files and an inventory.yaml"));
        }
        String inventoryDisplay = join(displayRoot, "inventory.yaml");
        Optional<SourceFile> inventory = Optional.empty();
        if (!files.containsKey("inventory.yaml")) {
            diagnostics.report(Diagnostic.error(Code.ZC0003, "`" + inventoryDisplay + "` does not exist")
                    .help("list the devices that enforce zone boundaries in inventory.yaml"));
        } else {
            inventory = decode(files.get("inventory.yaml"), "inventory.yaml", inventoryDisplay, diagnostics);
        }
        Map<String, SourceFile> templates = new TreeMap<>();
        for (var file : files.entrySet()) {
            String relative = file.getKey();
            if (relative.startsWith(TEMPLATES + "/") && relative.endsWith(".ftl") && !hidden(Path.of(relative))) {
                decode(file.getValue(), relative, join(displayRoot, relative), diagnostics)
                        .ifPresent(f -> templates.put(relative.substring(TEMPLATES.length() + 1), f));
            }
        }
        return new SiteSource(policies, inventory, templates);
    }

    private static Optional<SourceFile> read(Path file, String sitePath, String display, Diagnostics diagnostics) {
        try {
            return decode(Files.readAllBytes(file), sitePath, display, diagnostics);
        } catch (IOException e) {
            diagnostics.report(Diagnostic.error(Code.ZC0002, "cannot read `" + display + "`: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<SourceFile> decode(byte[] bytes, String sitePath, String display, Diagnostics diagnostics) {
        Utf8Text decoded = Utf8Text.decode(bytes);
        SourceFile source = new SourceFile(sitePath, display, decoded.text());
        if (decoded.malformed().isEmpty()) {
            return Optional.of(source);
        }
        // a bad byte inside a policy comment changes nothing the compiler reads: it is a warning, and the file is
        // read with U+FFFD in its place; anywhere else (and anywhere in YAML) it is an error at that byte
        List<Integer> outsideComments = sitePath.endsWith(".zc") ? PolicyComments.outside(decoded.text(), decoded.malformed())
                : decoded.malformed();
        for (int offset : decoded.malformed()) {
            boolean fatal = outsideComments.contains(offset);
            Diagnostic.Builder d = fatal
                    ? Diagnostic.error(Code.ZC0002, "`" + display + "` is not UTF-8 text: a byte here is not UTF-8")
                    : Diagnostic.warning(Code.ZC0002, "a byte in this comment is not UTF-8; the comment is ignored as usual");
            diagnostics.report(d.at(source.spanAt(offset, 1)).help("save the file as UTF-8"));
            if (fatal) {
                return Optional.empty();
            }
        }
        return Optional.of(source);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String root, String relative) {
        if (root.isEmpty() || root.equals(".")) {
            return relative;
        }
        return root.endsWith("/") ? root + relative : root + "/" + relative;
    }
}
