package dev.zonec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.testing.CliRun;
import dev.zonec.testing.RealTool;
import dev.zonec.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zonec diff --git}: a site folder read from two commits of a fixture repository gives the same plan as the
 * two folders, names each side by its revision, never reads the work tree, and treats a folder that a revision does
 * not have as an empty site.
 */
class DiffGitTest {
    private static final Path CASES = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests/diff");

    @TempDir
    Path work;

    private Path repo;

    @BeforeEach
    void twoCommits() throws Exception {
        RealTool.require("git");
        repo = work.resolve("repo");
        Files.createDirectories(repo);
        git("init", "-q", "-b", "main");
        Files.writeString(repo.resolve("README.md"), "a plant's segmentation policy\n");
        git("add", "-A");
        git("commit", "-q", "-m", "start");
        Trees.copy(CASES.resolve("requirement-violated/old"), repo.resolve("policies/plant"));
        git("add", "-A");
        git("commit", "-q", "-m", "the plant as it is");
        deleteTree(repo.resolve("policies/plant"));
        Trees.copy(CASES.resolve("requirement-violated/new"), repo.resolve("policies/plant"));
        git("add", "-A");
        git("commit", "-q", "-m", "remote support through the jump host");
    }

    @Test
    void planOfTwoCommitsIsThePlanOfTheTwoFolders() throws IOException {
        Trees.copy(CASES.resolve("requirement-violated/old"), work.resolve("old"));
        Trees.copy(CASES.resolve("requirement-violated/new"), work.resolve("new"));
        CliRun folders = CliRun.of(work, "diff", "old", "new", "--today", "2026-11-28");
        // the work tree is not what is compared: break it, and the plan stays the same
        Files.writeString(repo.resolve("policies/plant/conduits.zc"), "this is not a policy\n");
        CliRun commits = CliRun.of(repo, "diff", "--git", "HEAD~1..HEAD", "policies/plant", "--today", "2026-11-28");
        assertEquals(1, commits.exit(), commits.err());
        String expected = folders.out().replace("old/", "HEAD~1:policies/plant/").replace("new/", "HEAD:policies/plant/")
                .replace("zonec diff old -> new", "zonec diff HEAD~1:policies/plant -> HEAD:policies/plant")
                .replace("new does not compile", "HEAD:policies/plant does not compile");
        assertEquals(expected, commits.out());
        assertTrue(commits.out().contains("newly violated  require no-path office -> control"), commits.out());
        assertTrue(commits.out().contains("+ office -> dmz  rdp"), commits.out());
    }

    @Test
    void oneRevisionMeansUpToHeadAndThreeDotsStartAtTheMergeBase() throws Exception {
        CliRun single = CliRun.of(repo, "diff", "--git", "HEAD~1", "policies/plant", "--today", "2026-11-28");
        CliRun range = CliRun.of(repo, "diff", "--git", "HEAD~1..HEAD", "policies/plant", "--today", "2026-11-28");
        assertEquals(range.out().replace("HEAD~1..HEAD", ""), single.out());
        git("checkout", "-q", "-b", "topic", "HEAD~1");
        Files.writeString(repo.resolve("README.md"), "a change on the topic branch only\n");
        git("commit", "-q", "-am", "docs");
        // main has moved on; the topic branch changed no policy since it left main
        CliRun threeDots = CliRun.of(repo, "diff", "--git", "topic...main", "policies/plant", "--today", "2026-11-28");
        assertEquals(1, threeDots.exit(), threeDots.err());
        assertTrue(threeDots.out().contains("newly violated"), threeDots.out());
        CliRun twoDots = CliRun.of(repo, "diff", "--git", "main..topic", "policies/plant", "--today", "2026-11-28");
        assertEquals(0, twoDots.exit(), twoDots.out());
        assertTrue(twoDots.out().contains("reachability narrowed"), twoDots.out());
    }

    @Test
    void aFolderARevisionDoesNotHaveIsAnEmptySite() {
        CliRun run = CliRun.of(repo, "diff", "--git", "HEAD~2..HEAD~1", "policies/plant", "--today", "2026-11-28");
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.out().contains("note: the site folder does not exist in HEAD~2:policies/plant: everything is new"),
                run.out());
        assertTrue(run.out().contains("+ office -> dmz  https"), run.out());
        assertTrue(run.out().contains("  + fw-edge (paloalto-panos)"), run.out());
    }

    @Test
    void aRevisionThatDoesNotExistIsAUsageError() {
        CliRun run = CliRun.of(repo, "diff", "--git", "no-such-branch..HEAD", "policies/plant");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("zonec: git cannot find revision `no-such-branch`"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=zonec test", "-c",
                "user.email=test@zonec.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
