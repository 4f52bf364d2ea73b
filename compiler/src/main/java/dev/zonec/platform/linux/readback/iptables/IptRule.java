package dev.zonec.platform.linux.readback.iptables;

import dev.zonec.readback.LineParsing;
import java.util.List;

/**
 * One rule of a chain as read: the packets it applies to (a disjunction of guards, usually one; {@code --ports}
 * makes two) except those of any of its exceptions (a negation a guard cannot hold, such as {@code ! -o eth0}), and
 * what it does with them.
 *
 * @param target the chain a JUMP or GOTO continues in; empty for the other kinds
 */
record IptRule(List<Guard> guards, List<Guard> exceptions, Kind kind, String target, LineParsing.Line line) {

    IptRule {
        guards = List.copyOf(guards);
        exceptions = List.copyOf(exceptions);
    }

    enum Kind {
        ACCEPT,
        DROP,
        RETURN,
        JUMP,
        GOTO,
        /** LOG, NFLOG, no target: the packet goes on to the next rule. */
        CONTINUE
    }
}
