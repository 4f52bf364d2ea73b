package dev.zonec.render;

/** One file a renderer writes for a device, e.g. {@code sw-core.ios}. */
public record OutputFile(String name, String text) {}
