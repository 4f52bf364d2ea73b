package dev.zonec.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The text of one generated file, as it waits between rendering, its proof and being written. A large file is held
 * deflated: a site's files are read back one device at a time, so holding every device's text whole kept all of
 * them in the heap through every proof (the five configs of a core facing 500 zones are 150 MB of text; deflated,
 * a tenth of it). Small files, the usual case, are kept as they are.
 */
public final class FileText {
    /** Texts below this many characters are kept whole: deflating them would save little and cost each use. */
    static final int PACK_FROM = 1 << 20;
    private static final int SLICE = 1 << 16;

    private final String whole;
    private final byte[] packed;
    private final int utf8Length;
    private final int length;

    private FileText(String whole, byte[] packed, int utf8Length, int length) {
        this.whole = whole;
        this.packed = packed;
        this.utf8Length = utf8Length;
        this.length = length;
    }

    public static FileText of(String text) {
        if (text.length() < PACK_FROM) {
            return new FileText(text, new byte[0], 0, text.length());
        }
        // deflated a slice at a time, so that no second whole copy of a large text is made to deflate it
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 8);
            byte[] buffer = new byte[1 << 16];
            int utf8Length = 0;
            for (int from = 0; from < text.length(); ) {
                int to = Math.min(text.length(), from + SLICE);
                if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--; // a pair is encoded whole
                }
                byte[] slice = text.substring(from, to).getBytes(StandardCharsets.UTF_8);
                utf8Length += slice.length;
                deflater.setInput(slice);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                from = to;
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new FileText("", out.toByteArray(), utf8Length, text.length());
        } finally {
            deflater.end();
        }
    }

    /** The text; a deflated one is inflated on every call, so callers take it once per use. */
    public String string() {
        if (packed.length == 0) {
            return whole;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] utf8 = new byte[utf8Length];
            int at = 0;
            while (at < utf8.length) {
                int n = inflater.inflate(utf8, at, utf8.length - at);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("a deflated file text ended early");
                }
                at += n;
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a deflated file text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /** The text's length in chars, without inflating it. */
    public int length() {
        return length;
    }

    /** Whether the text is held deflated. */
    boolean packed() {
        return packed.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileText other && length == other.length && string().equals(other.string());
    }

    @Override
    public int hashCode() {
        return string().hashCode();
    }

    @Override
    public String toString() {
        return string();
    }
}
