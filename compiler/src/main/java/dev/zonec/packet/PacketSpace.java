package dev.zonec.packet;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.logicng.formulas.FormulaFactory;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDConstruction;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDKernel;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDOperations;

/**
 * Sets of packet headers as BDDs (LogicNG's BuDDy port), with one variable order for the whole run.
 *
 * <p>Header fields, in variable order: IPv6 flag, protocol (8 bits), destination address (128), source address
 * (128), destination port (16), source port (16), ICMP type (8), ICMP code (8), TCP established (1). IPv4
 * addresses use the first 32 address bits; fields a packet does not have are left unconstrained everywhere, so
 * sets compare consistently.
 *
 * <p>A set is an {@code int} handle. Every handle this class returns holds a reference in the kernel, so a
 * garbage collection during a later operation cannot reclaim it; {@link #release} drops a handle no longer needed.
 */
public final class PacketSpace {
    private static final int V6 = 0;
    private static final int PROTO = 1;
    private static final int DST = PROTO + 8;
    private static final int SRC = DST + 128;
    private static final int DPORT = SRC + 128;
    private static final int SPORT = DPORT + 16;
    private static final int ICMP_TYPE = SPORT + 16;
    private static final int ICMP_CODE = ICMP_TYPE + 8;
    private static final int ESTABLISHED = ICMP_CODE + 8;
    private static final int VARIABLES = ESTABLISHED + 1;

    /** Node table sizes: a kernel grows its table only 50,000 nodes at a time, so a big device needs a big start. */
    private static final int MIN_NODES = 10_000;
    private static final int MAX_NODES = 1_000_000;
    private static final int NODES_PER_RULE = 500;
    /** Bounds each memo: every entry pins its nodes in the kernel. */
    private static final int MEMO_LIMIT = 50_000;

    private record BlockKey(int start, AddressBlock block) {}

    private record PortsKey(int start, List<PortRange> ranges) {}

    private final BDDKernel kernel;
    private final BDDConstruction bdd;
    private final BDDOperations operations;
    /** Address blocks, service terms and port lists, memoised; each memo holds one reference to each of its sets. */
    private final Map<BlockKey, Integer> blockSets = new HashMap<>();
    private final Map<Match, Integer> matchSets = new HashMap<>();
    private final Map<PortsKey, Integer> portSets = new HashMap<>();

    /** A space for an estate: a node table big enough that its rule sets rarely trigger a collection or a resize. */
    public PacketSpace() {
        this(MAX_NODES);
    }

    /**
     * A space for sets of about {@code rules} filter rules at a time. Allocating an estate-sized table costs more
     * than proving a small site's device, and every thread has its own.
     */
    public static PacketSpace forRules(long rules) {
        return new PacketSpace((int) Math.min(MAX_NODES, Math.max(MIN_NODES, rules * NODES_PER_RULE)));
    }

    private PacketSpace(int nodes) {
        this.kernel = new BDDKernel(new FormulaFactory(), VARIABLES, nodes, nodes / 5);
        this.bdd = new BDDConstruction(kernel);
        this.operations = new BDDOperations(kernel);
    }

    public int all() {
        return BDDKernel.BDD_TRUE;
    }

    public int none() {
        return BDDKernel.BDD_FALSE;
    }

    public boolean isEmpty(int set) {
        return set == BDDKernel.BDD_FALSE;
    }

    public int and(int a, int b) {
        return keep(bdd.and(a, b));
    }

    public int or(int a, int b) {
        return keep(bdd.or(a, b));
    }

    /**
     * The union of the sets, built as a balanced tree of ORs so every intermediate set stays small (OR-ing them in one
     * by one would merge each into an ever larger set). The sets stay the caller's; the result is a new reference.
     */
    public int union(List<Integer> sets) {
        if (sets.isEmpty()) {
            return none();
        }
        if (sets.size() == 1) {
            return retain(sets.get(0));
        }
        int middle = sets.size() / 2;
        int left = union(sets.subList(0, middle));
        int right = union(sets.subList(middle, sets.size()));
        int both = or(left, right);
        release(left);
        release(right);
        return both;
    }

    /** As {@link #union}, for sets the caller owns: each of them is released. */
    public int anyOf(List<Integer> sets) {
        int result = union(sets);
        sets.forEach(this::release);
        return result;
    }

    public int not(int a) {
        return keep(bdd.not(a));
    }

    /** a without b. */
    public int minus(int a, int b) {
        int notB = not(b);
        int result = and(a, notB);
        release(notB);
        return result;
    }

    /** Is a a subset of b? BDDs are canonical, so a is a subset exactly when a AND b is a itself (no negation). */
    public boolean subsetOf(int a, int b) {
        int both = and(a, b);
        boolean subset = both == a;
        release(both);
        return subset;
    }

    /** Another reference to the same set, to be released on its own. */
    public int retain(int set) {
        return keep(set);
    }

    public void release(int set) {
        if (set != BDDKernel.BDD_TRUE && set != BDDKernel.BDD_FALSE) {
            kernel.delRef(set);
        }
    }

    public int family(IpFamily family) {
        return keep(family == IpFamily.V6 ? bdd.ithVar(V6) : bdd.nithVar(V6));
    }

    public int established(boolean established) {
        return keep(established ? bdd.ithVar(ESTABLISHED) : bdd.nithVar(ESTABLISHED));
    }

    public int protocol(int number) {
        return field(PROTO, 8, number, number);
    }

    public int sources(Collection<AddressBlock> blocks) {
        return addresses(SRC, blocks);
    }

    public int destinations(Collection<AddressBlock> blocks) {
        return addresses(DST, blocks);
    }

    /** Packets of one family between the given endpoints' addresses of that family. */
    public int between(IpFamily family, Collection<Endpoint> sources, Collection<Endpoint> destinations) {
        int f = family(family);
        int s = sources(sources.stream().flatMap(e -> e.addresses(family).stream()).toList());
        int d = destinations(destinations.stream().flatMap(e -> e.addresses(family).stream()).toList());
        int sd = and(s, d);
        int result = and(f, sd);
        release(s);
        release(d);
        release(sd);
        release(f);
        return result;
    }

    /** The headers one service term matches. */
    public int match(Match match) {
        return keep(memoised(matchSets, match, this::matchSet));
    }

    /** Built once per service term: a port range costs an AND per bit, and a site has few distinct terms. */
    private int matchSet(Match match) {
        if (match instanceof Match.L4 l4) {
            int proto = protocol(l4.protocol().number());
            int sport = field(SPORT, 16, l4.sourcePorts().first(), l4.sourcePorts().last());
            int dport = field(DPORT, 16, l4.destinationPorts().first(), l4.destinationPorts().last());
            int result = allOf(proto, sport, dport);
            if (l4.established()) {
                int est = established(true);
                int withEst = and(result, est);
                release(est);
                release(result);
                result = withEst;
            }
            return result;
        }
        if (match instanceof Match.Icmp icmp) {
            int proto = protocol(icmp.protocol().number());
            int type = icmp.type().isPresent() ? field(ICMP_TYPE, 8, icmp.type().getAsInt(), icmp.type().getAsInt()) : all();
            int code = icmp.code().isPresent() ? field(ICMP_CODE, 8, icmp.code().getAsInt(), icmp.code().getAsInt()) : all();
            return allOf(proto, type, code);
        }
        return all();
    }

    /** The headers a read-back rule matches: every constraint of the match at once (an empty one matches all). */
    public int filterMatch(FilterMatch m) {
        int result = all();
        if (m.family().isPresent()) {
            result = intersect(result, family(m.family().get()));
        }
        if (!m.sources().isEmpty()) {
            result = intersect(result, sources(m.sources()));
        }
        if (!m.destinations().isEmpty()) {
            result = intersect(result, destinations(m.destinations()));
        }
        if (!m.protocols().isEmpty()) {
            result = intersect(result, anyOf(m.protocols().stream().map(this::protocol).toList()));
        }
        if (!m.sourcePorts().isEmpty()) {
            result = intersect(result, ports(SPORT, m.sourcePorts()));
        }
        if (!m.destinationPorts().isEmpty()) {
            result = intersect(result, ports(DPORT, m.destinationPorts()));
        }
        if (m.icmpType().isPresent()) {
            result = intersect(result, field(ICMP_TYPE, 8, m.icmpType().getAsInt(), m.icmpType().getAsInt()));
        }
        if (m.icmpCode().isPresent()) {
            result = intersect(result, field(ICMP_CODE, 8, m.icmpCode().getAsInt(), m.icmpCode().getAsInt()));
        }
        if (m.established().isPresent()) {
            result = intersect(result, established(m.established().get()));
        }
        return result;
    }

    private int ports(int start, List<PortRange> ranges) {
        return keep(memoised(portSets, new PortsKey(start, ranges), k -> portSet(k.start(), k.ranges())));
    }

    private int portSet(int start, List<PortRange> ranges) {
        return anyOf(ranges.stream().map(r -> field(start, 16, r.first(), r.last())).toList());
    }

    /** a AND b, releasing both. */
    private int intersect(int a, int b) {
        int result = and(a, b);
        release(a);
        release(b);
        return result;
    }

    /** The headers an IR rule permits (its direction and zones are the caller's business). */
    public int rule(IrRule rule) {
        int between = between(rule.family(), rule.sources(), rule.destinations());
        int services = anyOf(rule.matches().stream().map(this::match).toList());
        int result = and(between, services);
        release(between);
        release(services);
        return result;
    }

    /**
     * One packet of a non-empty set, chosen to read naturally where the set allows: an ephemeral source port
     * and host addresses that are not a network's first address. Fields still open take their lowest value.
     */
    public Packet example(int set) {
        if (isEmpty(set)) {
            throw new IllegalArgumentException("no packet in an empty set");
        }
        int chosen = keep(set);
        int[] preferences = {
            field(SPORT, 16, 49152, 65535),
            keep(bdd.ithVar(SRC + 31)),
            keep(bdd.ithVar(DST + 31)),
        };
        for (int preference : preferences) {
            int narrower = and(chosen, preference);
            release(preference);
            if (isEmpty(narrower)) {
                release(narrower);
            } else {
                release(chosen);
                chosen = narrower;
            }
        }
        Packet packet = firstOf(chosen);
        release(chosen);
        return packet;
    }

    private Packet firstOf(int set) {
        boolean[] bits = new boolean[VARIABLES];
        int node = operations.satOne(set);
        kernel.addRef(node, null);
        int cube = node;
        while (node != BDDKernel.BDD_TRUE && node != BDDKernel.BDD_FALSE) {
            int variable = bdd.bddVar(node);
            int low = bdd.bddLow(node);
            if (low == BDDKernel.BDD_FALSE) {
                bits[variable] = true;
                node = bdd.bddHigh(node);
            } else {
                node = low;
            }
        }
        kernel.delRef(cube);
        IpFamily family = bits[V6] ? IpFamily.V6 : IpFamily.V4;
        return new Packet(family, (int) value(bits, PROTO, 8), address(bits, SRC, family), address(bits, DST, family),
                (int) value(bits, SPORT, 16), (int) value(bits, DPORT, 16), (int) value(bits, ICMP_TYPE, 8),
                (int) value(bits, ICMP_CODE, 8), bits[ESTABLISHED]);
    }

    /** The set holding exactly one packet (for tracing a witness hop by hop). */
    public int packet(Packet p) {
        return allOf(family(p.family()), protocol(p.protocol()),
                addresses(SRC, List.of(AddressBlock.of(p.source()))),
                addresses(DST, List.of(AddressBlock.of(p.destination()))),
                field(SPORT, 16, p.sourcePort(), p.sourcePort()), field(DPORT, 16, p.destinationPort(), p.destinationPort()),
                field(ICMP_TYPE, 8, p.icmpType(), p.icmpType()), field(ICMP_CODE, 8, p.icmpCode(), p.icmpCode()),
                established(p.established()));
    }

    /** The intersection of the sets, releasing each of them. */
    private int allOf(int... sets) {
        int result = all();
        for (int set : sets) {
            int next = and(result, set);
            release(result);
            release(set);
            result = next;
        }
        return result;
    }

    private int addresses(int start, Collection<AddressBlock> blocks) {
        // each block retained: building a later one may empty the memo, which would release an earlier one
        return anyOf(blocks.stream().map(block -> retain(blockSet(start, block))).toList());
    }

    /**
     * The set of one address block in one address field, memoised: the same hosts appear in many rules, and a block
     * costs one AND per prefix bit. The memo's own reference is its only one; the caller must not release it.
     */
    private int blockSet(int start, AddressBlock block) {
        return memoised(blockSets, new BlockKey(start, block), this::blockCubes);
    }

    private int blockCubes(BlockKey key) {
        return anyOf(key.block().prefixBlocks().stream().map(prefix -> prefixCube(key.start(), prefix)).toList());
    }

    /** The packets whose address field at {@code start} lies in one prefix: a cube of its prefix bits. */
    private int prefixCube(int start, IPAddress prefix) {
        byte[] bytes = prefix.getBytes();
        int length = prefix.getPrefixLength() == null ? prefix.getBitCount() : prefix.getPrefixLength();
        int cube = all();
        for (int bit = length - 1; bit >= 0; bit--) {
            boolean set = (bytes[bit / 8] >> (7 - bit % 8) & 1) != 0;
            cube = withVariable(set ? bdd.ithVar(start + bit) : bdd.nithVar(start + bit), cube);
        }
        return cube;
    }

    /**
     * The memo's set for {@code key}, built on a miss (the memo keeps the builder's reference). A full memo is emptied
     * first; sets handed out earlier stay valid as long as their holders keep their own references.
     */
    private <K> int memoised(Map<K, Integer> memo, K key, Function<K, Integer> build) {
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        if (memo.size() >= MEMO_LIMIT) {
            memo.values().forEach(this::release);
            memo.clear();
        }
        int set = build.apply(key);
        memo.put(key, set);
        return set;
    }

    /** How many garbage collections the kernel has run (for tests). */
    int collections() {
        return kernel.statistics().gbcollectnum();
    }

    /** Values lo..hi of a field of {@code width} bits starting at variable {@code start}, MSB first. */
    private int field(int start, int width, long lo, long hi) {
        long size = 1L << width;
        if (lo == 0 && hi == size - 1) {
            return BDDKernel.BDD_TRUE;
        }
        long half = size >> 1;
        if (hi < half) {
            return withVariable(bdd.nithVar(start), field(start + 1, width - 1, lo, hi));
        }
        if (lo >= half) {
            return withVariable(bdd.ithVar(start), field(start + 1, width - 1, lo - half, hi - half));
        }
        int left = field(start + 1, width - 1, lo, half - 1);
        int low = keep(bdd.and(bdd.nithVar(start), left));
        release(left);
        int right = field(start + 1, width - 1, 0, hi - half);
        int high = keep(bdd.and(bdd.ithVar(start), right));
        release(right);
        int result = keep(bdd.or(low, high));
        release(low);
        release(high);
        return result;
    }

    /** literal AND rest, releasing rest (variables are never freed by the kernel). */
    private int withVariable(int literal, int rest) {
        int result = keep(bdd.and(literal, rest));
        release(rest);
        return result;
    }

    private int keep(int node) {
        kernel.addRef(node, null);
        return node;
    }

    private static long value(boolean[] bits, int start, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = v << 1 | (bits[start + i] ? 1 : 0);
        }
        return v;
    }

    private static IPAddress address(boolean[] bits, int start, IpFamily family) {
        int width = family == IpFamily.V4 ? 32 : 128;
        byte[] bytes = new byte[width / 8];
        for (int i = 0; i < width; i++) {
            if (bits[start + i]) {
                bytes[i / 8] |= (byte) (1 << (7 - i % 8));
            }
        }
        return family == IpFamily.V4 ? new IPv4Address(bytes) : new IPv6Address(bytes);
    }
}
