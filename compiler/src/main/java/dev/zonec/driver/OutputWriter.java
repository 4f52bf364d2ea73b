package dev.zonec.driver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.render.OutputFile;
import dev.zonec.render.Ownership;
import dev.zonec.render.RenderedConfig;
import dev.zonec.report.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Publishes an output folder in one step (docs/output-folder.md). Everything is written and synced to a staging
 * folder beside OUT first, then one system call makes it OUT: a rename when OUT does not exist or is empty, else an
 * atomic exchange of the two folders ({@link FolderSwap}), after which the staging folder holds the old output and is
 * deleted. At every instant OUT is the whole old folder or the whole new one; a run killed at any step leaves at
 * most a staging folder, which the next run that writes beside it removes ({@link Staging}). A folder zonec cannot
 * prove it wrote ({@link OutputOwnership}) is never replaced.
 */
public final class OutputWriter {

    private OutputWriter() {}

    /**
     * Called before each step of a write, with the step's name; a step is one file-system change. Production passes
     * {@link #NO_STEPS}; the crash test stops the process at each step in turn.
     */
    @FunctionalInterface
    public interface Steps {
        void before(String step) throws IOException;
    }

    public static final Steps NO_STEPS = step -> {};

    public static void write(Path out, String site, List<RenderedConfig> configs) throws IOException {
        write(out, out.toString(), site, configs, NO_STEPS);
    }

    public static void write(Path out, String site, List<RenderedConfig> configs, Steps steps) throws IOException {
        write(out, out.toString(), site, configs, steps);
    }

    /**
     * As {@link #write(Path, String, List)}, naming OUT as {@code display} (as the user typed it) in a refusal and
     * announcing every step to {@code steps}.
     */
    public static void write(Path out, String display, String site, List<RenderedConfig> configs, Steps steps)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            target = target.toRealPath(); // the folder the link names is replaced; the link stays
        }
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new NotAnOutputFolderException("`" + display + "` cannot be an output folder; name a folder inside it");
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Staging.removeDead(parent, name, steps);
        refuseUnlessOurs(target, display);
        try (Staging staging = Staging.create(parent, name, steps)) {
            Path fresh = staging.folder();
            for (RenderedConfig c : configs) {
                for (OutputFile f : c.files()) {
                    steps.before("write " + f.name());
                    writeSynced(fresh.resolve(f.name()), f.text());
                }
            }
            steps.before("write manifest.json");
            writeSynced(fresh.resolve(OutputOwnership.MANIFEST), manifest(site, configs));
            steps.before("sync the staged folder");
            sync(fresh);
            refuseUnlessOurs(target, display); // again, just before the swap: the folder may have changed meanwhile
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isEmpty(target)) {
                steps.before("rename the staged folder to OUT");
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE); // rename(2) also replaces an empty folder
            } else {
                steps.before("exchange the staged folder with OUT");
                FolderSwap.exchange(fresh, target);
            }
            steps.before("sync the folder above OUT");
            sync(parent);
            staging.removeContents(); // the old output, proven zonec's above, or nothing
        }
    }

    private static void refuseUnlessOurs(Path target, String display) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> refusal = OutputOwnership.refusal(target, display);
            if (refusal.isPresent()) {
                throw new NotAnOutputFolderException(refusal.get());
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Written and forced to the disk, so that a crash after the swap cannot leave a published file empty. Encoded a
     * slice at a time: a channel copies a heap buffer into a native one of the same size for each write (and keeps
     * it for the thread), so a 68 MB config written whole cost 68 MB of native memory, besides a second copy of its
     * bytes in the heap, just when the heap is largest. Unencodable chars become '?', as String.getBytes does.
     */
    private static void writeSynced(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            CharBuffer chars = CharBuffer.wrap(text);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            while (encoder.encode(chars, bytes, true).isOverflow()) {
                drain(channel, bytes);
            }
            while (encoder.flush(bytes).isOverflow()) {
                drain(channel, bytes);
            }
            drain(channel, bytes);
            channel.force(true);
        }
    }

    private static void drain(FileChannel channel, ByteBuffer bytes) throws IOException {
        bytes.flip();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        bytes.clear();
    }

    /** Forces a folder's entries to the disk (a no-op where the OS cannot open a folder for that). */
    static void sync(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems cannot open a folder as a channel; the rename itself is still atomic there
        }
    }

    /**
     * {@code manifest.json}: one entry per file with its device, platform, SHA-256, the device's rule count, the
     * policy line of each rule the device carries, by the citation its configs use ({@code "hmi-control/hmi-polling":
     * "conduits.zc:7"}), and the names on the device that loading the file creates ({@code owns}) and deletes
     * ({@code removes}), sorted by device then file.
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
                ObjectNode origins = d.putObject("origins");
                c.origins().forEach(origins::put);
                names(d.putObject("owns"), f.owns());
                names(d.putObject("removes"), f.removes());
            }
        });
        return Json.pretty(root);
    }

    private static void names(ObjectNode node, Ownership names) {
        names.asMap().forEach((kind, list) -> {
            ArrayNode array = node.putArray(kind);
            list.forEach(array::add);
        });
    }

    /** The output path exists but zonec cannot prove it wrote it, so it is left alone; the message is one line. */
    public static final class NotAnOutputFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAnOutputFolderException(String reason) {
            super(reason);
        }
    }
}
