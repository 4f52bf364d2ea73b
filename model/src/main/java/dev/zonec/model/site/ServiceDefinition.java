package dev.zonec.model.site;

import dev.zonec.model.source.Span;

/** A service the policy defines ({@code service NAME ...}), and whether any allow rule uses it (directly or in a group). */
public record ServiceDefinition(String name, boolean used, Span span) {}
