package dev.zonec.platform.cisco.readback;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.readback.LineParsing;
import java.util.List;
import java.util.Optional;

/**
 * One permit or deny entry of a Cisco-family ACL, as written, before any of it is interpreted.
 *
 * @param protocol the protocol word ({@code ip}, {@code tcp}, {@code 17}, ...); empty for an entry of a standard
 *                 ACL, which matches the source address only
 * @param options  what follows the destination: {@code established}, {@code log}, an ICMP type and code or name,
 *                 or anything else the grammar let through (which the reader refuses)
 */
public record AclEntry(FilterRule.Action action, Optional<String> protocol, Operand source,
                       Optional<PortMatch> sourcePorts, Operand destination, Optional<PortMatch> destinationPorts,
                       List<String> options, LineParsing.Line line) {

    public AclEntry {
        options = List.copyOf(options);
    }

    /** An entry of a standard ACL: source address only. */
    public static AclEntry standard(FilterRule.Action action, Operand source, List<String> options,
                                    LineParsing.Line line) {
        return new AclEntry(action, Optional.empty(), source, Optional.empty(), new Operand.Any(), Optional.empty(),
                options, line);
    }

    public boolean isStandard() {
        return protocol.isEmpty();
    }
}
