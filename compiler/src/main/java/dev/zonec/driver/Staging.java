package dev.zonec.driver;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The staging folder of one write: {@code .OUT.zonec-<random>/} beside OUT, holding an {@code owner} file and the
 * folder {@code out/} that becomes OUT. The owner file is created first, deleted last, carries a fixed text and is
 * locked (an OS lock, released by the kernel when the process dies) for as long as its run lives. So a later run can
 * prove that a staging folder is zonec's and that its run is dead — a folder of that name pattern whose owner file
 * has that text and can be locked — and only then removes it. Whatever is inside was written by zonec: the staged
 * new output, or the old output after the swap, which was proven zonec's just before it.
 */
final class Staging implements AutoCloseable {

    private static final String OWNER = "owner";
    private static final String OWNER_TEXT =
            "zonec staging folder: removed when its run ends, or by the next zonec run that writes beside it\n";
    private static final Pattern SUFFIX = Pattern.compile("[0-9]{1,40}");

    private final Path root;
    private final FileChannel ownerChannel;
    private final FileLock lock;
    private final OutputWriter.Steps steps;

    private Staging(Path root, FileChannel ownerChannel, FileLock lock, OutputWriter.Steps steps) {
        this.root = root;
        this.ownerChannel = ownerChannel;
        this.lock = lock;
        this.steps = steps;
    }

    private static String prefix(String outName) {
        return "." + outName + ".zonec-";
    }

    /** Makes and locks a new staging folder for OUT in {@code parent}. */
    static Staging create(Path parent, String outName, OutputWriter.Steps steps) throws IOException {
        steps.before("create the staging folder");
        Path root = Files.createTempDirectory(parent, prefix(outName));
        steps.before("create the owner file");
        FileChannel channel = FileChannel.open(root.resolve(OWNER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            channel.write(java.nio.ByteBuffer.wrap(OWNER_TEXT.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            steps.before("create the staged folder");
            Files.createDirectory(root.resolve("out"));
            return new Staging(root, channel, lock, steps);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The folder that becomes OUT; after the swap it holds the old output. */
    Path folder() {
        return root.resolve("out");
    }

    /** Deletes what {@link #folder()} holds now (the old output after a swap), one file per step. */
    void removeContents() throws IOException {
        deleteTree(folder(), steps);
    }

    /** Removes the staging folder: its contents, then the owner file, then the folder; releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            deleteTree(folder(), steps);
            steps.before("delete the owner file");
            Files.deleteIfExists(root.resolve(OWNER));
            steps.before("delete the staging folder");
            Files.deleteIfExists(root);
        } finally {
            lock.release();
            ownerChannel.close();
        }
    }

    /**
     * Removes every staging folder for OUT in {@code parent} whose run is dead. One whose owner file is missing is
     * removed only when empty (its run died between creating the folder and the owner file, or after deleting the
     * owner file last); one whose owner is locked belongs to a live run and is left to it.
     */
    static void removeDead(Path parent, String outName, OutputWriter.Steps steps) throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(parent, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix(outName)) && SUFFIX.matcher(n.substring(prefix(outName).length())).matches();
        })) {
            list.forEach(candidates::add);
        }
        candidates.sort(Comparator.naturalOrder());
        for (Path root : candidates) {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path owner = root.resolve(OWNER);
            if (!Files.exists(owner, LinkOption.NOFOLLOW_LINKS)) {
                if (isEmpty(root)) {
                    steps.before("remove an empty staging folder");
                    Files.deleteIfExists(root);
                }
                continue;
            }
            if (!Files.isRegularFile(owner, LinkOption.NOFOLLOW_LINKS) || Files.size(owner) > 4096
                    || !Files.readString(owner, StandardCharsets.UTF_8).equals(OWNER_TEXT)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
                Optional<FileLock> lock = tryLock(channel);
                if (lock.isEmpty()) {
                    continue; // a live run's
                }
                try {
                    deleteTree(root.resolve("out"), steps);
                    steps.before("delete a dead run's owner file");
                    Files.deleteIfExists(owner);
                    steps.before("delete a dead run's staging folder");
                    Files.deleteIfExists(root);
                } finally {
                    lock.get().release();
                }
            }
        }
    }

    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            return Optional.empty(); // this very process holds it: a live run
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes a tree without following links, deepest first, one step per entry; a missing tree is fine. */
    private static void deleteTree(Path top, OutputWriter.Steps steps) throws IOException {
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(top)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            steps.before("delete " + top.getParent().relativize(p));
            try {
                Files.delete(p);
            } catch (NoSuchFileException e) {
                // gone already
            }
        }
    }
}
