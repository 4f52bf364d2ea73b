package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing but one line of printable ASCII reaches a config. */
class ConfigTextTest {

    @Test
    void aLineOfPrintableAsciiPasses() {
        String line = "set security policies from-zone ot to-zone it policy p1 match source-address \"a b\" ~!@#$%^&*()";
        assertEquals(line, ConfigText.line(line));
        assertEquals("", ConfigText.line(""));
    }

    @Test
    void controlCharactersAndAnythingPastAsciiAreRefused() {
        for (String bad : List.of("a\nb", "a\rb", "a\tb", "a\u0000b", "a\u001fb", "a\u007fb", "caf\u00e9", "a\u2028b",
                "\ud83d\udd25")) {
            assertThrows(IllegalStateException.class, () -> ConfigText.line(bad), bad);
        }
    }

    @Test
    void freeTextIsReducedToOneShortPrintableLine() {
        assertEquals("tank farm north pumps", ConfigText.freeText("  tank\tfarm \u2013 north\n\npumps  ", "", ' ', 80));
        assertEquals("a_b_c", ConfigText.freeText("a\"b'c", "\"'", '_', 80));
        assertEquals("operator console of...", ConfigText.freeText("operator console of the jetty", "", '?', 23));
    }
}
