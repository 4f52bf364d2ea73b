package dev.zonec.batfish;

import java.util.Objects;

/**
 * The Batfish service could not give zonec an answer: it is unreachable, too slow, refused a request, answered
 * something zonec cannot read, or failed a work item. {@link #getMessage()} is one line a pipeline log can show as
 * is; {@link #detail()} holds what a person debugging needs (a response body, a work log), printed only on request.
 */
public final class BatfishException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for tests and for choosing words; every kind ends a verify run with exit code 2. */
    public enum Kind {
        /** No connection could be made. */
        UNREACHABLE,
        /** A response, or a work item, did not come within the time allowed. */
        TIMEOUT,
        /** The service answered with an HTTP error status. */
        REJECTED,
        /** The service answered, but not in the shape the v2 API documents. */
        UNEXPECTED,
        /** A work item (parsing the snapshot, answering a question) ended without success. */
        FAILED
    }

    private final Kind kind;
    private final String detail;

    public BatfishException(Kind kind, String message, String detail) {
        super(oneLine(message));
        this.kind = Objects.requireNonNull(kind);
        this.detail = Objects.requireNonNull(detail);
    }

    public BatfishException(Kind kind, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.kind = Objects.requireNonNull(kind);
        this.detail = cause.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** Longer text for {@code --debug}: a response body, a work log; empty when there is nothing more to say. */
    public String detail() {
        return detail;
    }

    /** The first non-blank line of {@code text}, whitespace collapsed, cut to a length a log line can hold. */
    static String oneLine(String text) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String collapsed = first.replaceAll("\\s+", " ");
        return collapsed.length() <= 300 ? collapsed : collapsed.substring(0, 297) + "...";
    }
}
