package dev.zonec.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import dev.zonec.support.Subprocess;

/**
 * A folder as committed in a git revision, read with the git command (ls-tree and cat-file), so the work tree, the
 * index and HEAD are never touched and the user's git settings (alternates, partial clones, safe.directory) apply.
 */
public final class GitTree {
    private static final long TIMEOUT_SECONDS = 120;

    /** git is missing, the folder is not in a repository, or a revision does not name a commit. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    private final Path top;

    private GitTree(Path top) {
        this.top = top;
    }

    /** The repository whose work tree holds {@code folder}. */
    public static GitTree around(Path folder) throws GitException {
        Path dir = folder.toAbsolutePath().normalize();
        while (dir != null && !dir.toFile().isDirectory()) {
            dir = dir.getParent(); // the folder may exist only in a revision
        }
        if (dir == null) {
            throw new GitException("`" + folder + "` is in no folder");
        }
        String top = text(run(dir, List.of("git", "rev-parse", "--show-toplevel"), new byte[0], "find the repository of `"
                + folder + "`")).strip();
        return new GitTree(Path.of(top));
    }

    /** The commit a revision names, as a full hash (a merge base for {@code A...B}). */
    public String commit(String revision) throws GitException {
        if (revision.isEmpty() || revision.startsWith("-")) {
            throw new GitException("`" + revision + "` is not a git revision");
        }
        return text(run(top, List.of("git", "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"),
                new byte[0], "find revision `" + revision + "`")).strip();
    }

    /** The merge base of two commits (what a pull request's diff starts from). */
    public String mergeBase(String a, String b) throws GitException {
        return text(run(top, List.of("git", "merge-base", commit(a), commit(b)), new byte[0],
                "find the merge base of `" + a + "` and `" + b + "`")).strip();
    }

    /** The path of {@code folder} inside the repository, with {@code /}; empty for its top. */
    public String pathOf(Path folder) throws GitException {
        Path abs = folder.toAbsolutePath().normalize();
        Path real = top.toAbsolutePath().normalize();
        if (!abs.startsWith(real)) {
            try {
                real = real.toRealPath();
                abs = abs.getParent() != null && abs.getParent().toFile().exists()
                        ? abs.getParent().toRealPath().resolve(abs.getFileName()) : abs;
            } catch (IOException e) {
                throw new GitException("`" + folder + "` is outside the repository at " + top);
            }
        }
        if (!abs.startsWith(real)) {
            throw new GitException("`" + folder + "` is outside the repository at " + top);
        }
        return real.relativize(abs).toString().replace('\\', '/');
    }

    /**
     * Every file below {@code path} in {@code commit}, by its path inside that folder; empty when the folder does
     * not exist in that commit. Symbolic links and submodules are left out (a site folder holds text files).
     */
    public Optional<SortedMap<String, byte[]>> read(String commit, String path) throws GitException {
        String prefix = path.isEmpty() ? "" : path + "/";
        byte[] listing = run(top, List.of("git", "ls-tree", "-r", "-z", "--full-tree", commit, "--",
                path.isEmpty() ? "." : path), new byte[0], "list `" + path + "` in " + commit);
        List<String[]> blobs = new ArrayList<>();
        for (String entry : text(listing).split("\0")) {
            if (entry.isEmpty()) {
                continue;
            }
            int tab = entry.indexOf('\t');
            String[] meta = entry.substring(0, tab).split(" ");
            String file = entry.substring(tab + 1);
            if (meta[1].equals("blob") && !meta[0].equals("120000") && file.startsWith(prefix)) {
                blobs.add(new String[] {meta[2], file.substring(prefix.length())});
            }
        }
        if (blobs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder request = new StringBuilder();
        blobs.forEach(b -> request.append(b[0]).append('\n'));
        byte[] batch = run(top, List.of("git", "cat-file", "--batch"), request.toString().getBytes(StandardCharsets.UTF_8),
                "read `" + path + "` in " + commit);
        SortedMap<String, byte[]> files = new TreeMap<>();
        int at = 0;
        for (String[] blob : blobs) {
            int eol = indexOf(batch, (byte) '\n', at);
            String[] header = new String(batch, at, eol - at, StandardCharsets.UTF_8).split(" ");
            int size = Integer.parseInt(header[2]);
            byte[] content = new byte[size];
            System.arraycopy(batch, eol + 1, content, 0, size);
            files.put(blob[1], content);
            at = eol + 1 + size + 1;
        }
        return Optional.of(files);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("git cat-file answered less than asked");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] run(Path dir, List<String> command, byte[] input, String what) throws GitException {
        Subprocess.Result r;
        try {
            r = Subprocess.run(dir, command, input, TIMEOUT_SECONDS);
        } catch (Subprocess.Failure e) {
            throw new GitException("git cannot " + what + ": " + e.getMessage());
        }
        if (r.exit() != 0) {
            throw new GitException("git cannot " + what + ": " + r.firstErrorLine());
        }
        return r.out();
    }
}
