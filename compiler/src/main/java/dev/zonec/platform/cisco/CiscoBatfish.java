package dev.zonec.platform.cisco;

import dev.zonec.model.site.Device;
import dev.zonec.platform.BatfishSupport;
import java.util.List;

/**
 * How Batfish reads the Cisco-style configurations (IOS, NX-OS, ASA, EOS): a vendor file with the format line and
 * the hostname in front, filters tested where a packet enters (on ASA, the access list by name).
 */
class CiscoBatfish implements BatfishSupport {
    private final String format;
    private final List<KnownGap> gaps;

    CiscoBatfish(String format, List<KnownGap> gaps) {
        this.format = format;
        this.gaps = List.copyOf(gaps);
    }

    @Override
    public Reading reading() {
        return Reading.CONFIG;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<String> header(Device device) {
        return List.of("!BATFISH_FORMAT: " + format, "hostname " + device.name());
    }

    @Override
    public List<KnownGap> knownGaps() {
        return gaps;
    }

    /** zonec removes an object before it redefines it; Batfish reads the definition that follows. */
    static KnownGap removal(String line, String what) {
        return KnownGap.unrecognized(line, "removes the " + what + " before zonec redefines it; Batfish's grammar "
                + "has no such removal and reads the definition that follows");
    }

    /** The same for an IPv6 access list, which Batfish's testFilters questions (IPv4 packets) never reach. */
    static KnownGap ipv6ListRemoval() {
        return KnownGap.unrecognized("no ipv6 access-list \\S+", "removes the IPv6 access list before zonec "
                + "redefines it; Batfish's grammar has no such removal, and zonec asks Batfish about IPv4 packets only");
    }
}
