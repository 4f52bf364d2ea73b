package dev.zonec.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder that reports name files relative to: SARIF's {@code %SRCROOT%}, JUnit's {@code file} attribute. It is
 * the root of the git work tree holding the site (what code scanning resolves URIs against), or, outside git, the
 * working folder. Files are shown to users as they typed them; this gives the same file's path from the root.
 */
public record SourceRoot(Path workdir, Path root) {

    public SourceRoot {
        workdir = workdir.toAbsolutePath().normalize();
        root = root.toAbsolutePath().normalize();
    }

    /** Relative to the working folder (no site known). */
    public static SourceRoot of(Path workdir) {
        return new SourceRoot(workdir, workdir);
    }

    /** The git work tree around {@code site} (a {@code .git} folder or file above it), else {@code workdir}. */
    public static SourceRoot around(Path workdir, Path site) {
        Path at = workdir.resolve(site).toAbsolutePath().normalize();
        for (Path p = at; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return new SourceRoot(workdir, p);
            }
        }
        return of(workdir);
    }

    /** The path from the root of a file shown as {@code displayPath}, with {@code /}; empty when outside it. */
    public Optional<String> relative(String displayPath) {
        Path file = workdir.resolve(displayPath).toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(file).toString().replace('\\', '/'));
    }

    /** The file's absolute path. */
    public Path absolute(String displayPath) {
        return workdir.resolve(displayPath).toAbsolutePath().normalize();
    }
}
