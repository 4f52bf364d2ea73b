package dev.zonec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The docs name every diagnostic code the compiler can emit. */
class DocsTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    @Test
    void everyCodeIsDocumented() throws IOException {
        String docs = Files.readString(REPO.resolve("docs/diagnostics.md"));
        for (Code code : Code.values()) {
            assertTrue(docs.contains("| " + code.name() + " |"), code + " is missing from docs/diagnostics.md");
        }
    }
}
