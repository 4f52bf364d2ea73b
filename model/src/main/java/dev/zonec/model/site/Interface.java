package dev.zonec.model.site;

import dev.zonec.model.source.Span;

public record Interface(String name, String zone, Span span) {}
