package dev.zonec.readback;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.PortRange;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Optional;

/** Values every read-back needs to turn text into: addresses (hosts, prefixes, ranges) and ports. */
public final class ReadValues {

    private ReadValues() {}

    /** {@code 10.1.1.11}, {@code 10.1.3.64/26}, {@code 10.20.0.21-10.20.0.24} (IPv4 or IPv6). */
    public static Optional<AddressBlock> address(String text) {
        int dash = text.indexOf('-');
        if (dash > 0 && text.indexOf('/') < 0) {
            Optional<IPAddress> from = single(text.substring(0, dash));
            Optional<IPAddress> to = single(text.substring(dash + 1));
            if (from.isEmpty() || to.isEmpty() || from.get().isIPv4() != to.get().isIPv4()
                    || from.get().compareTo(to.get()) > 0) {
                return Optional.empty();
            }
            return Optional.of(AddressBlock.ofRange(from.get().spanWithRange(to.get())));
        }
        IPAddressString s = new IPAddressString(text);
        IPAddress a = s.getAddress();
        if (a == null) {
            return Optional.empty();
        }
        if (a.getNetworkPrefixLength() != null && a.getNetworkPrefixLength() < a.getBitCount()) {
            return Optional.of(AddressBlock.of(a.toPrefixBlock()));
        }
        return Optional.of(AddressBlock.of(a.withoutPrefixLength()));
    }

    /** An address and a netmask ({@code 10.1.0.0 255.255.0.0}) or a Cisco wildcard ({@code 10.1.0.0 0.0.255.255}). */
    public static Optional<AddressBlock> addressWithMask(String address, String mask, boolean wildcard) {
        Optional<IPAddress> a = single(address);
        Optional<IPAddress> m = single(mask);
        if (a.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        // a wildcard is the bitwise complement of a netmask (0.0.0.255 for /24), not its bit reversal; a
        // non-contiguous one (0.0.255.0) has no prefix length and is refused rather than guessed
        Integer length = m.get().getBlockMaskPrefixLength(!wildcard);
        if (length == null) {
            return Optional.empty();
        }
        return Optional.of(AddressBlock.of(a.get().setPrefixLength(length, false).toPrefixBlock()));
    }

    /** {@code 502} or {@code 8530-8531} (also {@code 8530:8531}). */
    public static Optional<PortRange> ports(String text) {
        String[] parts = text.split("[-:]", -1);
        try {
            int first = Integer.parseInt(parts[0]);
            int last = parts.length > 1 ? Integer.parseInt(parts[1]) : first;
            if (parts.length > 2 || first < 0 || last > 65535 || first > last) {
                return Optional.empty();
            }
            return Optional.of(new PortRange(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }


    private static Optional<IPAddress> single(String text) {
        IPAddress a = new IPAddressString(text).getAddress();
        return a == null || a.isMultiple() ? Optional.empty() : Optional.of(a.withoutPrefixLength());
    }
}
