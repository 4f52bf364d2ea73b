package dev.zonec.driver;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's bytes decoded as UTF-8, with U+FFFD for every malformed sequence and the character offsets where those
 * are, so a diagnostic can point at the first bad byte. A leading byte-order mark is dropped.
 */
record Utf8Text(String text, List<Integer> malformed) {

    static Utf8Text decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<Integer> malformed = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformed.add(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            malformed.replaceAll(i -> i - 1);
        }
        return new Utf8Text(text, List.copyOf(malformed));
    }
}
