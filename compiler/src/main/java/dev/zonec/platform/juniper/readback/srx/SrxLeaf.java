package dev.zonec.platform.juniper.readback.srx;

import org.antlr.v4.runtime.ParserRuleContext;

/** What one leaf of an SRX configuration means to the read-back. */
sealed interface SrxLeaf {

    /**
     * A statement the grammar understood: the whole command, the item of it this leaf holds (the statement itself
     * when it has no items), and the one value of a bracketed list this leaf stands for (empty otherwise).
     */
    record Known(ParserRuleContext statement, ParserRuleContext item, String value) implements SrxLeaf {}

    /** A line the grammar rejected, at the path its words name. */
    record Unknown() implements SrxLeaf {}
}
