package dev.zonec.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.testing.CliRun;
import dev.zonec.testing.Sites;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder is replaced only when zonec can prove it wrote every file in it; staging of dead runs goes. */
class OutputOwnershipTest {

    @TempDir
    Path work;

    private void writeA(Path out) throws IOException {
        OutputWriter.write(out, "site", StepKiller.version("A"));
    }

    private String refusal(Path out) {
        return assertThrows(OutputWriter.NotAnOutputFolderException.class,
                () -> OutputWriter.write(out, "site", StepKiller.version("B"))).getMessage();
    }

    @Test
    void aFolderThatMerelyHoldsAManifestIsRefusedAndItsFilesSurvive() throws IOException {
        Path d = work.resolve("d");
        Files.createDirectories(d);
        Files.writeString(d.resolve("thesis.txt"), "precious\n");
        Files.writeString(d.resolve("manifest.json"), "{\"name\":\"webapp\"}\n");
        CliRun run = CliRun.of(work, "compile", Sites.PORT_TERMINAL.toString(), "-o", "d", "--no-verify");
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals("zonec: `d` is not a zonec output folder (its manifest.json is not one zonec wrote); zonec replaces "
                + "only a folder it wrote, or an empty one: choose another folder\n", run.err());
        assertEquals("", run.out());
        assertEquals("precious\n", Files.readString(d.resolve("thesis.txt")));
        assertEquals("{\"name\":\"webapp\"}\n", Files.readString(d.resolve("manifest.json")));
        assertEquals(List.of("d"), siblings(work));
    }

    @Test
    void aRealManifestWithAForeignFileBesideItIsRefused() throws IOException {
        Path out = work.resolve("out");
        writeA(out);
        Files.writeString(out.resolve("thesis.txt"), "precious\n");
        assertEquals("`" + out + "` holds `thesis.txt`, which zonec did not write; zonec replaces only a folder it "
                + "wrote, or an empty one: choose another folder", refusal(out));
        assertEquals("precious\n", Files.readString(out.resolve("thesis.txt")));
    }

    @Test
    void aHandEditedConfigIsRefused() throws IOException {
        Path out = work.resolve("out");
        writeA(out);
        Files.writeString(out.resolve("sw-b.ios"), "ip access-list extended A\n permit ip any any\n");
        assertTrue(refusal(out).startsWith("`" + out + "/sw-b.ios` changed since zonec wrote it"), refusal(out));
        assertEquals("ip access-list extended A\n permit ip any any\n", Files.readString(out.resolve("sw-b.ios")));
    }

    @Test
    void aSubFolderOrALinkInsideIsRefused() throws IOException {
        Path out = work.resolve("out");
        writeA(out);
        Files.createDirectory(out.resolve("notes"));
        assertTrue(refusal(out).contains("holds `notes`"), refusal(out));
        Files.delete(out.resolve("notes"));
        Files.delete(out.resolve("sw-b.ios"));
        Files.writeString(work.resolve("elsewhere"), "ip access-list extended A\n");
        Files.createSymbolicLink(out.resolve("sw-b.ios"), work.resolve("elsewhere"));
        assertTrue(refusal(out).contains("`sw-b.ios`, which is not a file zonec wrote"), refusal(out));
    }

    @Test
    void aFileOrAFolderWithoutManifestIsRefused() throws IOException {
        Files.writeString(work.resolve("file"), "x");
        assertTrue(refusal(work.resolve("file")).contains("is not a folder"));
        Files.createDirectories(work.resolve("home"));
        Files.writeString(work.resolve("home/notes.txt"), "mine");
        assertTrue(refusal(work.resolve("home")).contains("(it has no manifest.json)"));
        Files.writeString(work.resolve("home/manifest.json"), "not json at all");
        assertTrue(refusal(work.resolve("home")).contains("(its manifest.json is not one zonec wrote)"));
        assertEquals("mine", Files.readString(work.resolve("home/notes.txt")));
    }

    @Test
    void anEmptyFolderAndZonecsOwnOutputAreReplaced() throws IOException {
        Path out = work.resolve("out");
        Files.createDirectories(out);
        writeA(out);
        assertTrue(Files.exists(out.resolve("sw-b.ios")));
        Files.delete(out.resolve("sw-b.ios")); // a listed file the user deleted: nothing of theirs is lost
        OutputWriter.write(out, "site", StepKiller.version("B"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("manifest.json", "sw-c.ios", "sw-d.ios"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of("out"), siblings(work));
    }

    @Test
    void staysAwayFromStagingItCannotProveDeadAndZonecs() throws IOException {
        Path out = work.resolve("out");
        writeA(out);
        // a live run's staging: its owner file is locked (by this process here)
        Path live = work.resolve(".out.zonec-111");
        Files.createDirectories(live.resolve("out"));
        Files.writeString(live.resolve("out/x"), "x");
        Files.writeString(live.resolve("owner"), ownerText());
        // a look-alike a user made: same name pattern, another text
        Path user = work.resolve(".out.zonec-222");
        Files.createDirectories(user);
        Files.writeString(user.resolve("owner"), "mine\n");
        // a look-alike without owner file that is not empty, and a name outside the pattern
        Path noOwner = work.resolve(".out.zonec-333");
        Files.createDirectories(noOwner);
        Files.writeString(noOwner.resolve("data"), "mine\n");
        Path otherName = work.resolve(".out.zonec-backup");
        Files.createDirectories(otherName.resolve("out"));
        Files.writeString(otherName.resolve("owner"), ownerText());
        // a dead run's, which goes, and an empty one, which goes too
        Path dead = work.resolve(".out.zonec-444");
        Files.createDirectories(dead.resolve("out"));
        Files.writeString(dead.resolve("out/sw-b.ios"), "half");
        Files.writeString(dead.resolve("owner"), ownerText());
        Files.createDirectories(work.resolve(".out.zonec-555"));
        try (FileChannel channel = FileChannel.open(live.resolve("owner"), StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            OutputWriter.write(out, "site", StepKiller.version("B"));
            assertTrue(lock.isValid());
        }
        assertEquals(List.of(".out.zonec-111", ".out.zonec-222", ".out.zonec-333", ".out.zonec-backup", "out"),
                siblings(work));
        assertEquals("x", Files.readString(live.resolve("out/x")));
    }

    private static String ownerText() {
        return "zonec staging folder: removed when its run ends, or by the next zonec run that writes beside it\n";
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
