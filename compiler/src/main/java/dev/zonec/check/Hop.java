package dev.zonec.check;

import dev.zonec.model.ir.IrRule;

/** One device a witness packet crosses, and the rule that let it. */
public record Hop(String device, String inZone, String outZone, IrRule rule) {}
