package dev.zonec.platform.cisco.readback;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadValues;
import java.util.List;
import java.util.Optional;

/**
 * What an address operand means in an ACL of one IP version. A contiguous wildcard is the prefix it describes (the
 * device ignores the address bits under the wildcard, and so does the prefix); a non-contiguous one matches a set
 * no list of prefixes in the packet model stands for without blowing up, and real configs almost never mean it, so
 * it makes the device unprovable instead of being guessed.
 */
final class Addresses {

    /** Every address ({@code any}), or exactly the listed blocks (possibly none: an empty group). */
    record Resolved(boolean any, List<AddressBlock> blocks) {
        Resolved {
            blocks = List.copyOf(blocks);
        }

        static Resolved all() {
            return new Resolved(true, List.of());
        }

        static Resolved of(List<AddressBlock> blocks) {
            return new Resolved(false, blocks);
        }

        boolean none() {
            return !any && blocks.isEmpty();
        }
    }

    private Addresses() {}

    static Optional<Resolved> resolve(Operand operand, IpFamily family, NetworkGroups groups, LineParsing.Line line,
                                      Problems problems) {
        if (operand instanceof Operand.Any) {
            return Optional.of(Resolved.all());
        }
        if (operand instanceof Operand.Group g) {
            return groups.resolve(family, g.name(), line, problems).map(Resolved::of);
        }
        return block(operand, family, line, problems).map(b -> Resolved.of(List.of(b)));
    }

    /** Every address of one IP version, as one block ({@code any} inside a group). */
    static AddressBlock everything(IpFamily family) {
        return ReadValues.address(family == IpFamily.V4 ? "0.0.0.0/0" : "::/0").orElseThrow();
    }

    /** One literal operand (not {@code any}, not a group) as one block of the given IP version. */
    static Optional<AddressBlock> block(Operand operand, IpFamily family, LineParsing.Line line, Problems problems) {
        Optional<AddressBlock> block;
        String written;
        if (operand instanceof Operand.Host h) {
            written = h.address();
            block = ReadValues.address(h.address()).filter(b -> b.form() == AddressBlock.Form.HOST);
        } else if (operand instanceof Operand.Prefix p) {
            written = p.text();
            block = ReadValues.address(p.text()).filter(b -> b.form() != AddressBlock.Form.RANGE);
        } else if (operand instanceof Operand.Wildcard w) {
            written = w.address() + " " + w.wildcard();
            block = ReadValues.addressWithMask(w.address(), w.wildcard(), true);
            if (block.isEmpty() && ReadValues.address(w.address()).isPresent() && ReadValues.address(w.wildcard()).isPresent()) {
                problems.unprovable(line, "wildcard `" + w.wildcard() + "` is not contiguous: the addresses it matches "
                        + "are not read back (a contiguous wildcard such as 0.0.0.255 is)");
                return Optional.empty();
            }
        } else if (operand instanceof Operand.Netmask m) {
            written = m.address() + " " + m.mask();
            block = ReadValues.addressWithMask(m.address(), m.mask(), false);
        } else if (operand instanceof Operand.Range r) {
            written = r.first() + " " + r.last();
            block = ReadValues.address(r.first() + "-" + r.last());
        } else {
            throw new IllegalArgumentException("not a literal operand: " + operand);
        }
        if (block.isEmpty()) {
            problems.unprovable(line, "`" + written + "` is not an address, prefix or range the read-back understands");
            return Optional.empty();
        }
        if (block.get().family() != family) {
            problems.unprovable(line, "`" + written + "` is not an " + (family == IpFamily.V4 ? "IPv4" : "IPv6")
                    + " address, in an " + (family == IpFamily.V4 ? "IPv4" : "IPv6") + " ACL or group");
            return Optional.empty();
        }
        return block;
    }
}
