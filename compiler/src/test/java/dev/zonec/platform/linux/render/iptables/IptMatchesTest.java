package dev.zonec.platform.linux.render.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonec.model.site.PortRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Port grouping and quoting details the golden files show only once. */
class IptMatchesTest {

    @Test
    void multiportGroupsHoldFifteenSlotsARangeTakingTwo() {
        List<PortRange> thirteen = singles(13);
        List<PortRange> fits = new ArrayList<>(thirteen);
        fits.add(new PortRange(2000, 2010));
        assertEquals(List.of(fits), IptMatches.chunks(fits));

        List<PortRange> over = new ArrayList<>(singles(14));
        over.add(new PortRange(2000, 2010));
        assertEquals(List.of(over.subList(0, 14), over.subList(14, 15)), IptMatches.chunks(over));
        assertEquals(List.of(singles(15)), IptMatches.chunks(singles(15)));
        assertEquals(2, IptMatches.chunks(singles(16)).size());
    }

    @Test
    void overlappingAndAdjacentPortsMergeWithoutChangingTheSet() {
        assertEquals(List.of(new PortRange(500, 512), PortRange.single(600)), IptMatches.merge(List.of(
                PortRange.single(600), new PortRange(500, 510), PortRange.single(502), PortRange.single(511),
                new PortRange(512, 512))));
        assertEquals(List.of(PortRange.ALL), IptMatches.merge(List.of(new PortRange(0, 1000), new PortRange(1001, 65535))));
    }

    @Test
    void quotesLikeIptablesSave() {
        assertEquals("zonec", SaveQuoting.quote("zonec"));
        assertEquals("\"zonec drop: \"", SaveQuoting.quote("zonec drop: "));
        assertEquals("\"a\\\"b\\\\c\\'d\"", SaveQuoting.quote("a\"b\\c'd"));
        assertEquals("\"\"", SaveQuoting.quote(""));
    }

    private static List<PortRange> singles(int count) {
        List<PortRange> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(PortRange.single(1000 + 2 * i));
        }
        return ports;
    }
}
