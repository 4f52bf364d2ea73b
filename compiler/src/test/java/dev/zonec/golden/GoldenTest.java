package dev.zonec.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.zonec.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case folder under {@code golden-tests/<suite>/<case>/}: the site in {@code input/} (or the repo folder
 * named in a {@code site} file, so real example sites and shared policies are tested where they live; an
 * {@code inventory} file names a repo inventory to use instead of the site's) is given to the
 * command in {@code args} (default {@code compile}), run in-process from a scratch folder, and everything it
 * produced must equal {@code expected/}: {@code output.txt} (exit code, stdout, stderr) and, for a compile, each
 * file of the output folder. A mismatch fails with a unified diff. With {@code -Dzonec.golden.update=true}
 * ({@code make golden-update}) the expected files are rewritten instead; review that diff before committing.
 *
 * <p>A case with a {@code corrupt} file tests {@code zonec verify}: the site is first compiled into {@code out}, then
 * one exact edit is made to one generated file (lines {@code file:}, {@code replace:}, {@code with:}; the text to
 * replace must occur exactly once, or use {@code replace-last:} for its last occurrence (an ACL a file writes twice,
 * under a temporary name first, is edited where it stays); several {@code replace:}/{@code with:} pairs are applied
 * in order, for an edit
 * that spans lines such as swapping two interface fields; in a {@code with:} text, {@code \n} stands for a line break,
 * to add a line), then the case's {@code args} run (e.g. {@code verify out --policy input}).
 *
 * <p>A case with a {@code previous} file (naming a repo site folder, like {@code site}) tests a second load: that
 * site is first compiled into {@code out} (with the case's inventory), then the case's site is compiled into the
 * same {@code out}; the expected files are the second output, whose device files remove what the first created and
 * the second no longer does.
 *
 * <p>A case with {@code old/} and {@code new/} site folders tests {@code zonec diff}: both are copied to the scratch
 * folder and the case's {@code args} (e.g. {@code diff old new --today 2026-11-28}) run as written.
 */
class GoldenTest {
    static final Path ROOT = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");
    private static final boolean UPDATE = Boolean.getBoolean("zonec.golden.update");
    /** Only the cases whose path under golden-tests/ contains this (`make golden-update ONLY=diagnostics/ZC01`). */
    private static final String ONLY = System.getProperty("zonec.golden.only", "");

    @TestFactory
    List<DynamicNode> goldenCases() throws IOException {
        List<DynamicNode> tests = new ArrayList<>();
        for (Path caseDir : cases()) {
            String name = ROOT.relativize(caseDir).toString();
            if (!name.contains(ONLY)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(name, caseDir.toUri(), () -> run(caseDir)));
        }
        assertFalse(tests.isEmpty(), "no golden cases under " + ROOT.toAbsolutePath());
        return tests;
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> Files.isDirectory(p.resolve("input")) || Files.isRegularFile(p.resolve("site"))
                    || diffCase(p)).sorted().toList();
        }
    }

    private static boolean diffCase(Path caseDir) {
        return Files.isDirectory(caseDir.resolve("new")) && Files.isRegularFile(caseDir.resolve("args"));
    }

    private static void run(Path caseDir) throws IOException {
        Path scratch = Files.createTempDirectory("zonec-golden-");
        try {
            if (diffCase(caseDir)) {
                for (String side : List.of("old", "new")) {
                    if (Files.isDirectory(caseDir.resolve(side))) {
                        copyTree(caseDir.resolve(side), scratch.resolve(side));
                    }
                }
            } else {
                copyTree(input(caseDir), scratch.resolve("input"));
            }
            Path inventory = caseDir.resolve("inventory");
            if (Files.isRegularFile(inventory)) {
                Files.copy(ROOT.getParent().resolve(Files.readString(inventory).trim()),
                        scratch.resolve("input/inventory.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> args = new ArrayList<>(arguments(caseDir));
            boolean compile = args.get(0).equals("compile");
            if (Files.isRegularFile(caseDir.resolve("corrupt"))) {
                corrupt(caseDir.resolve("corrupt"), scratch);
            }
            if (Files.isRegularFile(caseDir.resolve("previous"))) {
                compilePrevious(caseDir, scratch);
            }
            if (!args.contains("--policy") && !diffCase(caseDir)) {
                args.add(1, "input");
            }
            if (compile) {
                args.add("-o");
                args.add("out");
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), scratch);
            if (Files.isRegularFile(caseDir.resolve("corrupt")) && exit == 0) {
                // a hand edit the proof lets through is what the case exists to catch (or an edit of a line that
                // no longer exists under that text): never recorded as expected, not even by golden-update
                fail(caseDir + ": zonec verify accepted the corrupted output\n" + out);
            }
            StringBuilder output = new StringBuilder("exit: " + exit + "\n--- stdout\n" + out);
            if (!err.toString().isEmpty()) {
                output.append("--- stderr\n").append(err);
            }
            List<String> mismatches = new ArrayList<>();
            Path expected = caseDir.resolve("expected");
            compare(expected.resolve("output.txt"), output.toString(), mismatches);
            Path produced = scratch.resolve("out");
            TreeSet<String> names = new TreeSet<>();
            if (compile && Files.isDirectory(produced)) {
                names.addAll(list(produced));
            }
            if (Files.isDirectory(expected)) {
                list(expected).stream().filter(n -> !n.equals("output.txt")).forEach(names::add);
            }
            for (String file : names) {
                Path actual = produced.resolve(file);
                String text = Files.exists(actual) ? Files.readString(actual) : null;
                compare(expected.resolve(file), text, mismatches);
            }
            if (!mismatches.isEmpty() && !UPDATE) {
                fail(caseDir + " differs from its expected output (make golden-update rewrites it):\n"
                        + String.join("\n", mismatches));
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /** Compiles the site into scratch/out, then applies the case's one edit to one generated file. */
    private static void corrupt(Path spec, Path scratch) throws IOException {
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"compile", "input", "-o", "out", "--today", "2026-11-28"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()), scratch);
        if (exit != 0) {
            fail("the site of " + spec.getParent() + " does not compile:\n" + out);
        }
        String file = null;
        List<String> replace = new ArrayList<>();
        List<String> with = new ArrayList<>();
        List<Boolean> last = new ArrayList<>();
        for (String line : Files.readAllLines(spec)) {
            if (line.startsWith("file: ")) {
                file = line.substring(6);
            } else if (line.startsWith("replace: ")) {
                replace.add(line.substring(9));
                last.add(false);
            } else if (line.startsWith("replace-last: ")) {
                replace.add(line.substring(14));
                last.add(true);
            } else if (line.startsWith("with: ")) {
                with.add(line.substring(6).replace("\\n", "\n"));
            }
        }
        if (file == null || replace.isEmpty() || replace.size() != with.size()) {
            fail(spec + " needs a file: line and pairs of replace: (or replace-last:) and with: lines");
        }
        Path target = scratch.resolve("out").resolve(file);
        String text = Files.readString(target);
        for (int i = 0; i < replace.size(); i++) {
            int at = last.get(i) ? text.lastIndexOf(replace.get(i)) : text.indexOf(replace.get(i));
            if (at < 0 || !last.get(i) && text.indexOf(replace.get(i), at + 1) >= 0) {
                fail(spec + ": `" + replace.get(i) + "` must occur " + (last.get(i) ? "" : "exactly once ") + "in "
                        + file + ":\n" + text);
            }
            text = text.substring(0, at) + with.get(i) + text.substring(at + replace.get(i).length());
        }
        Files.writeString(target, text);
    }

    /** Compiles the case's previous site (with the case's inventory) into scratch/out, as the output a load follows. */
    private static void compilePrevious(Path caseDir, Path scratch) throws IOException {
        Path previous = scratch.resolve("previous");
        copyTree(ROOT.getParent().resolve(Files.readString(caseDir.resolve("previous")).trim()), previous);
        Path inventory = caseDir.resolve("inventory");
        if (Files.isRegularFile(inventory)) {
            Files.copy(ROOT.getParent().resolve(Files.readString(inventory).trim()), previous.resolve("inventory.yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"compile", "previous", "-o", "out", "--today", "2026-11-28"},
                new PrintWriter(out), new PrintWriter(out), scratch);
        if (exit != 0) {
            fail("the previous site of " + caseDir + " does not compile:\n" + out);
        }
    }

    private static Path input(Path caseDir) throws IOException {
        Path site = caseDir.resolve("site");
        if (Files.isRegularFile(site)) {
            return ROOT.getParent().resolve(Files.readString(site).trim());
        }
        return caseDir.resolve("input");
    }

    private static List<String> arguments(Path caseDir) throws IOException {
        Path file = caseDir.resolve("args");
        if (!Files.exists(file)) {
            return List.of("compile");
        }
        return Arrays.stream(Files.readString(file).trim().split("\\s+")).toList();
    }

    /** Records a mismatch (or, when updating, rewrites the expected file; a null actual deletes it). */
    private static void compare(Path expectedFile, String actual, List<String> mismatches) throws IOException {
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile) : null;
        if (java.util.Objects.equals(expected, actual)) {
            return;
        }
        if (UPDATE) {
            if (actual == null) {
                Files.delete(expectedFile);
            } else {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            }
            return;
        }
        List<String> before = expected == null ? List.of() : expected.lines().toList();
        List<String> after = actual == null ? List.of() : actual.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("expected/" + expectedFile.getFileName(),
                "actual/" + expectedFile.getFileName(), before, DiffUtils.diff(before, after), 3);
        mismatches.add(expected == null ? "unexpected file " + expectedFile.getFileName()
                : actual == null ? "missing file " + expectedFile.getFileName() : String.join("\n", diff));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
