package dev.zonec.packet;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Random matches over a few overlapping blocks, ports and protocols, every field sometimes left open. */
public final class RandomMatches {
    private static final List<String> V4 = List.of("10.0.0.1", "10.0.0.0/24", "10.0.0.0/16", "10.0.1.7",
            "10.0.0.5-10.0.0.9", "192.168.4.0/23", "0.0.0.0/0");
    private static final List<String> V6 = List.of("2001:db8::1", "2001:db8::/64", "2001:db8:1::/48", "::/0");
    private static final List<PortRange> PORTS = List.of(PortRange.single(502), PortRange.single(22),
            new PortRange(1000, 2000), new PortRange(0, 1023), new PortRange(49152, 65535), PortRange.ALL);

    private RandomMatches() {}

    public static FilterMatch random(Random r) {
        Optional<IpFamily> family = switch (r.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(IpFamily.V4);
            default -> Optional.of(IpFamily.V6);
        };
        List<String> pool = family.orElse(IpFamily.V4) == IpFamily.V4 ? V4 : V6;
        return new FilterMatch(family, blocks(r, pool), blocks(r, pool), some(r, List.of(6, 17, 1, 58), 2),
                some(r, PORTS, 2), some(r, PORTS, 3),
                r.nextInt(4) == 0 ? OptionalInt.of(r.nextInt(3) * 8) : OptionalInt.empty(),
                r.nextInt(6) == 0 ? OptionalInt.of(r.nextInt(2)) : OptionalInt.empty(),
                r.nextInt(3) == 0 ? Optional.of(r.nextBoolean()) : Optional.empty());
    }

    private static List<AddressBlock> blocks(Random r, List<String> pool) {
        return some(r, pool, 3).stream().map(RandomMatches::block).toList();
    }

    public static AddressBlock block(String text) {
        if (text.contains("-")) {
            String[] ends = text.split("-");
            return AddressBlock.ofRange(new IPAddressString(ends[0]).getAddress()
                    .spanWithRange(new IPAddressString(ends[1]).getAddress()));
        }
        return AddressBlock.of(new IPAddressString(text).getAddress());
    }

    private static <T> List<T> some(Random r, List<T> pool, int most) {
        List<T> picked = new ArrayList<>();
        int n = r.nextInt(most + 1);
        for (int i = 0; i < n; i++) {
            picked.add(pool.get(r.nextInt(pool.size())));
        }
        return picked;
    }
}
