package dev.zonec.platform.linux.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.render.StableNames;

/**
 * The kernel log prefix of a logged rule, shared by nftables and iptables: {@code zc <conduit>/<rule>: }, the rule
 * cited as remarks cite it, so a SIEM correlates log lines by a key that survives policy edits. Cut to the
 * platform's limit with a hash ({@link StableNames#fit}) where the citation is too long.
 */
public final class LogPrefix {
    private static final String HEAD = "zc ";
    private static final String TAIL = ": ";

    private LogPrefix() {}

    /** The prefix, at most {@code max} characters. */
    public static String of(IrRule rule, int max) {
        return HEAD + StableNames.fit(StableNames.citation(rule.flow()), '-', max - HEAD.length() - TAIL.length()) + TAIL;
    }
}
