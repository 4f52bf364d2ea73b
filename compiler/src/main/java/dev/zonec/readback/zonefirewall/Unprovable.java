package dev.zonec.readback.zonefirewall;

import dev.zonec.readback.LineParsing.Line;

/**
 * Thrown while a rule is reduced to packets when it (or an object it uses) cannot be: the reader catches it per
 * rule and reports ZC0803 at {@link #line()}, so one bad rule does not hide the problems of the others.
 */
public final class Unprovable extends RuntimeException {
    private final transient Line line;

    public Unprovable(Line line, String why) {
        super(why, null, false, false);
        this.line = line;
    }

    public Line line() {
        return line;
    }

    public String why() {
        return getMessage();
    }
}
