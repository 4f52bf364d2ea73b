package dev.zonec.render.ingress;

import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * An endpoint's addresses as the CIDR blocks ACL entries take: ranges are split into the smallest list of prefixes
 * covering exactly the range, never widened.
 */
public final class PrefixBlocks {

    private PrefixBlocks() {}

    public static List<IPAddress> prefixes(Endpoint endpoint, IpFamily family) {
        return endpoint.addresses(family).stream().flatMap(b -> b.prefixBlocks().stream()).toList();
    }

    /** True when the block is one host ({@code /32} or {@code /128}). */
    public static boolean isHost(IPAddress block) {
        return block.getPrefixLength() == null || block.getPrefixLength() == block.getBitCount();
    }

    /** {@code 10.1.1.64/28}, and hosts with their full length: {@code 10.1.1.11/32}, {@code 2001:db8::1/128}. */
    public static String cidr(IPAddress block) {
        int length = block.getPrefixLength() == null ? block.getBitCount() : block.getPrefixLength();
        return block.getLower().withoutPrefixLength().toCanonicalString() + "/" + length;
    }

    /** The address without a length, for {@code host A} forms. */
    public static String address(IPAddress block) {
        return block.getLower().withoutPrefixLength().toCanonicalString();
    }
}
