package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void aLargeTextIsHeldDeflatedAndComesBackTheSame() {
        StringBuilder b = new StringBuilder();
        Random random = new Random(7);
        while (b.length() < FileText.PACK_FROM + 1000) {
            // set lines like a Junos filter's, with a remark outside ASCII and one outside the BMP now and then
            b.append("set firewall family inet filter zc-in-z").append(random.nextInt(500))
                    .append(" term t").append(random.nextInt(1 << 20))
                    .append(random.nextInt(50) == 0 ? " description \"Förderpumpe 🛢\"" : "").append('\n');
        }
        String text = b.toString();
        FileText held = FileText.of(text);
        assertTrue(held.packed());
        assertEquals(text.length(), held.length());
        assertEquals(text, held.string());
        assertEquals(FileText.of(text), held);
    }

    /** The text is deflated in slices of 65,536 chars: a pair of surrogates across a slice's end stays one character. */
    @Test
    void aCharacterOutsideTheBmpAcrossASliceEndComesBackWhole() {
        String text = "a".repeat((1 << 16) - 1) + "🛢" + "b".repeat(FileText.PACK_FROM);
        FileText held = FileText.of(text);
        assertTrue(held.packed());
        assertEquals(text, held.string());
    }

    @Test
    void aSmallTextIsKeptAsItIs() {
        FileText held = FileText.of("hostname sw1\n");
        assertFalse(held.packed());
        assertEquals("hostname sw1\n", held.string());
        assertEquals(13, held.length());
    }
}
