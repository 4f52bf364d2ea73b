package dev.zonec.batfish;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.packet.Packet;
import java.util.Optional;

/**
 * One packet Batfish is asked about with testFilters: on {@code device}, entering from {@code inZone} by
 * {@code ingress} and leaving to {@code outZone} by {@code egress}. zonec expects {@code permit}: true for an
 * example packet of an allowed flow ({@code rule} is the rule that allows it), false for a sampled packet the emitted
 * rules deny.
 */
public record FlowTest(Device device, String inZone, String outZone, Interface ingress, Interface egress,
                       Packet packet, boolean permit, Optional<IrRule> rule) {

    /** {@code permit tcp 10.30.0.5:49152 -> 10.1.1.11:502 on sw-core (supervisory -> tank-farm)}. */
    public String describe() {
        return (permit ? "allowed " : "denied ") + packet.describe() + " on `" + device.name() + "` (" + inZone + " -> "
                + outZone + ")";
    }
}
