package dev.zonec.model.diag;

import dev.zonec.model.source.Span;
import java.time.LocalDate;

/** Why a finding does not count: the waiver that accepted it (justification, owner, expiry, where it is written). */
public record Suppression(String justification, String owner, LocalDate expires, Span span) {}
