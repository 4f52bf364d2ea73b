package dev.zonec.render;

import dev.zonec.support.Sha256;

/**
 * One file a renderer writes for a device, e.g. {@code sw-core.ios}, with the SHA-256 of its text for the manifest
 * (taken where the file is rendered, so on the thread that rendered it) and the source map of its lines.
 */
public record OutputFile(String name, String text, String sha256, SourceMap map) {

    public OutputFile(String name, String text, SourceMap map) {
        this(name, text, Sha256.hex(text), map);
    }

    /** A file whose lines nothing is known about (tests, files read back from disk). */
    public OutputFile(String name, String text) {
        this(name, text, SourceMap.NONE);
    }
}
