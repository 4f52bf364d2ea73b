package dev.zonec.render;

import dev.zonec.model.site.Platform;

/** One generated device configuration, ready to write as {@code fileName}. */
public record RenderedConfig(String device, Platform platform, String fileName, String text, int ruleCount) {}
