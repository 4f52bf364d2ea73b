package dev.zonec.model.diag;

import java.util.Locale;

public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case word the printer and JSON use: {@code error}, {@code warning}, {@code note}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
