package dev.zonec.render;

import dev.zonec.support.Sha256;

/**
 * One file a renderer writes for a device, e.g. {@code sw-core.ios}, with the SHA-256 of its text for the manifest
 * (taken where the file is rendered, so on the thread that rendered it), the source map of its lines, the names on the
 * device that loading it creates ({@code owns}) and the names of an earlier zonec output it deletes
 * ({@code removes}).
 */
public record OutputFile(String name, FileText content, String sha256, SourceMap map, Ownership owns,
                         Ownership removes) {

    public OutputFile(String name, String text, SourceMap map, Ownership owns, Ownership removes) {
        this(name, FileText.of(text), Sha256.hex(text), map, owns, removes);
    }

    public OutputFile(String name, String text, SourceMap map) {
        this(name, text, map, Ownership.NONE, Ownership.NONE);
    }

    /** A file whose lines nothing is known about (tests, files read back from disk). */
    public OutputFile(String name, String text) {
        this(name, text, SourceMap.NONE);
    }

    /** The file's text (a large one is inflated on every call: take it once per use, see {@link FileText}). */
    public String text() {
        return content.string();
    }

    /** The text's length in chars, without inflating it. */
    public int length() {
        return content.length();
    }

    /** A file whose lines nothing is known about, with what loading it creates and deletes (tests). */
    public OutputFile(String name, String text, Ownership owns, Ownership removes) {
        this(name, text, SourceMap.NONE, owns, removes);
    }
}
