package dev.zonec.verify;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.lower.OwnTraffic;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.LazySpace;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import dev.zonec.readback.ReadBack;
import dev.zonec.model.ir.IrRule;
import dev.zonec.platform.Target;
import dev.zonec.render.LineOrigin;
import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import dev.zonec.render.SourceMap;
import dev.zonec.platform.Targets;
import dev.zonec.support.Workers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Verify stage entry point (translation validation): every device's config is read back with an independent parser
 * and, for every pair of its interfaces, the packets it forwards must equal the packets the policy intends there
 * (from the model and the placement, not from the IR). Stateful devices are compared on new connections; stateless
 * ones on every packet, replies included. A difference is ZC0801 with a concrete packet, the config line that
 * decided it, and the policy line of the nearest flow.
 */
public final class Verifier {

    /**
     * How one device came out, how long its proof took (reported with --timings), and whether it was taken from the
     * proof cache: proven before, with the same inputs (see {@link ProofCache}).
     */
    public record DeviceResult(String device, boolean proven, long nanos, boolean cached) {
        public DeviceResult(String device, boolean proven, long nanos) {
            this(device, proven, nanos, false);
        }
    }

    /** Characters of config text proven at once when no single device has more (see {@link #verify}). */
    private static final long PROOF_BUDGET = 64L << 20;

    private Verifier() {}

    /**
     * @param files the generated files of each device, in manifest order; a device without files is not verified
     */
    public static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files, Targets targets,
                                            Diagnostics diagnostics) {
        return verify(site, files, targets, diagnostics, 1);
    }

    /**
     * As above, devices proven on up to {@code threads} threads, each with its own BDD kernel; diagnostics and
     * results come out in device order whatever the number.
     */
    public static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files, Targets targets,
                                            Diagnostics diagnostics, int threads) {
        return verify(site, files, Map.of(), targets, diagnostics, threads);
    }

    /**
     * As above, with the source maps of files that are exactly what the render stage wrote (by file path): a
     * counterexample on a line a template wrote for an allow rule then also points at that rule.
     */
    public static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files, Map<String, SourceMap> maps,
                                            Targets targets, Diagnostics diagnostics, int threads) {
        return verify(site, files, maps, targets, diagnostics, threads, Pairs.INDEXED, Optional.empty());
    }

    /**
     * As above; a device whose proof inputs are those of a device the cache holds as proven is not proven again, and a
     * device proven with no diagnostic is remembered there (a source map only names lines in diagnostics).
     */
    public static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files, Map<String, SourceMap> maps,
                                            Targets targets, Diagnostics diagnostics, int threads,
                                            Optional<ProofCache> cache) {
        return verify(site, files, maps, targets, diagnostics, threads, Pairs.INDEXED, cache);
    }

    /**
     * As above, for the configs the render stage just made: a device's text is taken (inflated, when it is held
     * deflated) only when its proof starts, and let go when it ends, so that the proofs do not hold every device's
     * text at once.
     */
    public static List<DeviceResult> verify(Site site, List<RenderedConfig> configs, Targets targets,
                                            Diagnostics diagnostics, int threads, Optional<ProofCache> cache) {
        Map<String, DeviceFiles> files = new LinkedHashMap<>();
        Map<String, SourceMap> maps = new LinkedHashMap<>();
        for (RenderedConfig c : configs) {
            files.put(c.device(), new DeviceFiles(c.files().stream().mapToLong(OutputFile::length).sum(),
                    () -> c.files().stream().map(f -> new SourceFile(f.name(), f.text())).toList()));
            c.files().forEach(f -> maps.put(f.name(), f.map()));
        }
        return prove(site, files, maps, targets, diagnostics, threads, Pairs.INDEXED, cache);
    }

    /** A device's files, taken when its proof starts; {@code size} in chars, without taking them. */
    private record DeviceFiles(long size, Supplier<List<SourceFile>> files) {
        static Map<String, DeviceFiles> of(Map<String, List<SourceFile>> files) {
            Map<String, DeviceFiles> result = new LinkedHashMap<>();
            files.forEach((device, list) -> result.put(device, new DeviceFiles(
                    list.stream().mapToLong(f -> f.text().length()).sum(), () -> list)));
            return result;
        }
    }

    /** Which interface pairs a device's proof compares one by one. */
    enum Pairs {
        /**
         * The pairs a stage, a rule or the intent tells apart, and one of the rest per ingress for all of them (they
         * are forwarded the same packets and intended the same: see {@link PairIndex}).
         */
        INDEXED,
        /** Every ordered pair: the reference the indexed proof is tested against. */
        EVERY
    }

    static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files, Targets targets,
                                     Diagnostics diagnostics, int threads, Pairs pairs) {
        return verify(site, files, Map.of(), targets, diagnostics, threads, pairs, Optional.empty());
    }

    static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files, Targets targets,
                                     Diagnostics diagnostics, int threads, Pairs pairs, Optional<ProofCache> cache) {
        return verify(site, files, Map.of(), targets, diagnostics, threads, pairs, cache);
    }

    private static List<DeviceResult> verify(Site site, Map<String, List<SourceFile>> files,
                                             Map<String, SourceMap> maps, Targets targets, Diagnostics diagnostics,
                                             int threads, Pairs pairs, Optional<ProofCache> cache) {
        return prove(site, DeviceFiles.of(files), maps, targets, diagnostics, threads, pairs, cache);
    }

    private static List<DeviceResult> prove(Site site, Map<String, DeviceFiles> files,
                                            Map<String, SourceMap> maps, Targets targets, Diagnostics diagnostics,
                                            int threads, Pairs pairs, Optional<ProofCache> cache) {
        Map<String, List<Intent.Placed>> placements = Intent.placements(site);
        List<Device> devices = site.devices().stream().filter(d -> files.containsKey(d.name())).toList();
        int largest = placements.values().stream().mapToInt(List::size).max().orElse(0);
        // a device's text and its read-back are most of what a proof holds: the two largest configs of a site (a core's
        // Junos filter and its SRX policies, 68 and 43 million characters on a 500-zone hub) are not read back at once
        ToLongFunction<Device> size = d -> files.get(d.name()).size();
        long budget = Math.max(PROOF_BUDGET, devices.stream().mapToLong(size).max().orElse(0));
        List<DeviceOutcome> outcomes = Workers.map(devices, threads, size, budget,
                () -> new Prover(placements, targets, maps, largest, pairs),
                (prover, device) -> {
                    List<SourceFile> deviceFiles = files.get(device.name()).files().get();
                    Optional<String> key = cache.flatMap(c -> c.key(device,
                            placements.getOrDefault(device.name(), List.of()), deviceFiles));
                    if (key.isPresent() && cache.get().proven(key.get())) {
                        return new DeviceOutcome(new DeviceResult(device.name(), true, 0, true), new Diagnostics());
                    }
                    DeviceOutcome outcome = prover.prove(device, deviceFiles);
                    if (key.isPresent() && outcome.result().proven() && outcome.diagnostics().sorted().isEmpty()) {
                        cache.get().remember(key.get());
                    }
                    return outcome;
                });
        List<DeviceResult> results = new ArrayList<>();
        for (DeviceOutcome outcome : outcomes) {
            outcome.diagnostics().sorted().forEach(diagnostics::report);
            results.add(outcome.result());
        }
        return results;
    }

    private record DeviceOutcome(DeviceResult result, Diagnostics diagnostics) {}

    /**
     * One thread's BDD side of the proofs, made on first need: most interface pairs are proven by cubes alone, and a
     * kernel's tables cost time and memory (start-up, for a small site; tens of MiB per thread for an estate).
     */
    private static final class Bdds {
        private final LazySpace lazy;
        private int fresh;
        private int discovery;

        /** @param largest the most flow placements on one device, to size the kernel */
        Bdds(int largest) {
            this.lazy = new LazySpace(largest);
        }

        PacketSpace space() {
            if (!lazy.made()) {
                fresh = lazy.get().established(false);
                discovery = linkScopedDiscovery(lazy.get());
            }
            return lazy.get();
        }

        /** New connections: packets that are not segments of an established TCP connection. */
        int fresh() {
            space();
            return fresh;
        }

        /** See {@link #linkScopedDiscovery}. */
        int discovery() {
            space();
            return discovery;
        }
    }

    /** What one thread proves devices with: its own packet space, and the intent built in it. */
    private static final class Prover {
        private final Targets targets;
        private final Map<String, SourceMap> maps;
        private final Bdds bdds;
        private final Intent intent;
        /** Address blocks cut into prefixes for cubes, for every device this thread proves. */
        private final Map<AddressBlock, List<HeaderCube.Prefix>> prefixes = new HashMap<>();

        private final Pairs pairs;

        /** @param largest the most flow placements on one device, to size the BDD kernel */
        Prover(Map<String, List<Intent.Placed>> placements, Targets targets, Map<String, SourceMap> maps, int largest,
               Pairs pairs) {
            this.pairs = pairs;
            this.maps = maps;
            this.bdds = new Bdds(largest);
            this.targets = targets;
            this.intent = new Intent(placements, bdds::space, prefixes);
        }

        DeviceOutcome prove(Device device, List<SourceFile> deviceFiles) {
            long start = System.nanoTime();
            Diagnostics own = new Diagnostics();
            Optional<ReadBack> reader = targets.find(device.platform()).map(Target::readBack);
            if (reader.isEmpty()) {
                own.report(Diagnostic.warning(Code.ZC0805, "`" + device.name() + "` is not proven: zonec has no read-back "
                        + "for " + device.platform().id()).at(device.span()).build());
                return new DeviceOutcome(new DeviceResult(device.name(), false, System.nanoTime() - start), own);
            }
            java.util.Map<String, String> zones = new java.util.LinkedHashMap<>();
            device.interfaces().forEach(i -> zones.put(i.name(), i.zone()));
            PacketFilter filter = reader.get().read(device.name(), deviceFiles, zones, own);
            if (!own.hasErrors()) {
                new DeviceCheck(device, filter, deviceFiles, maps, intent, bdds, prefixes, own, pairs).run();
            }
            return new DeviceOutcome(new DeviceResult(device.name(), !own.hasErrors(), System.nanoTime() - start), own);
        }
    }

    /**
     * ICMPv6 router and neighbour discovery (RFC 4861 types 133-137: router solicitation and advertisement,
     * neighbour solicitation and advertisement, redirect) cannot cross a router: every receiver must discard such a
     * message unless its hop limit is still 255, that is unless no router forwarded it (RFC 4861 sections 6.1.1,
     * 6.1.2, 7.1.1, 7.1.2 and 8.1). Device filters do mention these messages: IPv6 ACLs permit them so that the
     * device and its neighbours keep resolving each other (IOS does so implicitly, NX-OS and EOS configs write it
     * out), but what a filter does with them says nothing about what crosses between zones, and the policy has no
     * such packets. They are left out of the comparison on both sides, and nothing else is.
     */
    private static int linkScopedDiscovery(PacketSpace space) {
        return space.anyOf(HeaderCube.LINK_SCOPED_DISCOVERY.stream().map(space::filterMatch).toList());
    }

    /**
     * Unions of the sets of consecutive places of a list, kept as a segment tree, so that whether a set meets the
     * sets of every place but a few is asked of (few + 1) × log(places) unions instead of of every place.
     */
    private static final class Unions {
        private final PacketSpace space;
        private final int size;
        /** Leaves at size ... 2 size - 1, each inner node the union of its two children; 0 unused. */
        private final int[] tree;

        Unions(PacketSpace space, List<Integer> sets) {
            this.space = space;
            this.size = sets.size();
            this.tree = new int[2 * size];
            for (int k = 0; k < size; k++) {
                tree[size + k] = space.retain(sets.get(k));
            }
            for (int k = size - 1; k >= 1; k--) {
                tree[k] = space.or(tree[2 * k], tree[2 * k + 1]);
            }
        }

        /** Whether {@code set} meets none of the sets but those at {@code excluded}. */
        boolean disjointFromAllBut(int set, java.util.SortedSet<Integer> excluded) {
            int from = 0;
            for (int x : excluded) {
                if (!disjoint(set, from, x)) {
                    return false;
                }
                from = x + 1;
            }
            return disjoint(set, from, size);
        }

        /** Whether {@code set} meets none of the sets at places {@code from} (inclusive) to {@code to} (exclusive). */
        private boolean disjoint(int set, int from, int to) {
            for (int l = from + size, r = to + size; l < r; l >>= 1, r >>= 1) {
                if ((l & 1) == 1 && meets(set, tree[l++])) {
                    return false;
                }
                if ((r & 1) == 1 && meets(set, tree[--r])) {
                    return false;
                }
            }
            return true;
        }

        private boolean meets(int a, int b) {
            int both = space.and(a, b);
            boolean meets = !space.isEmpty(both);
            space.release(both);
            return meets;
        }

        void release() {
            for (int k = 1; k < tree.length; k++) {
                space.release(tree[k]);
            }
        }
    }

    /** The comparison of one device, pair of interfaces by pair; the first difference per pair is reported. */
    private static final class DeviceCheck {
        private final Device device;
        private final PacketFilter filter;
        private final Map<String, SourceFile> files = new HashMap<>();
        private final Map<String, SourceMap> maps;
        private final Intent intent;
        private final Bdds bdds;
        private final Map<AddressBlock, List<HeaderCube.Prefix>> prefixes;
        private final Diagnostics diagnostics;
        /** Cube sets with what the comparison does not judge left out, by the identity of the set they came from. */
        private final Map<Set<HeaderCube>, Set<HeaderCube>> judgedCubes = new IdentityHashMap<>();

        private final Pairs pairs;
        /** Whether a zone-pair firewall's own traffic is proven apart from what it forwards ({@link #proveHost}). */
        private boolean host;
        private static final int NOT_BUILT = -1;
        /** {@link #own()}, once built. */
        private int own = NOT_BUILT;
        /** {@link #governed()}, once built. */
        private int governed = NOT_BUILT;

        DeviceCheck(Device device, PacketFilter filter, List<SourceFile> files, Map<String, SourceMap> maps,
                    Intent intent, Bdds bdds, Map<AddressBlock, List<HeaderCube.Prefix>> prefixes,
                    Diagnostics diagnostics, Pairs pairs) {
            this.pairs = pairs;
            this.device = device;
            this.maps = maps;
            this.filter = filter;
            files.forEach(f -> this.files.put(f.displayPath(), f));
            this.intent = intent;
            this.bdds = bdds;
            this.prefixes = prefixes;
            this.diagnostics = diagnostics;
        }

        private PacketSpace space() {
            return bdds.space();
        }

        /** Whether the read-back's unreachable rules and repeated stages are left out ({@link PairIndex}). */
        private boolean shortcuts() {
            return pairs == Pairs.INDEXED;
        }

        void run() {
            boolean stateful = device.platform().capabilities().stateful();
            if (stateful && !filter.stateful()) {
                Diagnostic.Builder d = Diagnostic.error(Code.ZC0801, "`" + device.name() + "` (" + device.platform().id()
                        + ") does not let replies of established connections back: its config has no stateful accept")
                        .help("zonec writes no reply rules for stateful platforms; restore the connection-tracking accept");
                firstFile().ifPresent(f -> d.at(new Span(f, 1, 1, 1)));
                diagnostics.report(d);
                return;
            }
            boolean ingress = device.platform().capabilities().scope() == FilterScope.INGRESS;
            Capabilities.OwnTraffic kind = device.platform().capabilities().ownTraffic();
            host = (kind == Capabilities.OwnTraffic.SECURITY_RULES || kind == Capabilities.OwnTraffic.HOST_ZONE
                    || kind == Capabilities.OwnTraffic.MANAGEMENT_LINES || kind == Capabilities.OwnTraffic.LOCAL_IN)
                    && device.interfaces().stream().anyMatch(i -> !i.addresses().isEmpty());
            List<Interface> interfaces = device.interfaces();
            Map<String, Integer> order = new HashMap<>();
            interfaces.forEach(i -> order.put(i.name(), order.size()));
            FilterSets sets = new FilterSets(bdds::space, filter, order.keySet(), prefixes, stateful, shortcuts());
            try {
                for (Interface a : interfaces) {
                    if (pairs == Pairs.EVERY) {
                        for (Interface b : interfaces) {
                            if (!b.equals(a)) {
                                prove(sets, a, b, ingress, stateful, true);
                            }
                        }
                        continue;
                    }
                    // egresses whose rules or intent from a may differ from the rest's, in inventory order; every
                    // other egress gets the same stages and rules and the same intent, so one of them is proven for all
                    java.util.SortedSet<Integer> distinct = new java.util.TreeSet<>();
                    sets.distinctEgresses(a.name()).forEach(name -> {
                        Integer at = order.get(name);
                        if (at != null) {
                            distinct.add(at);
                        }
                    });
                    if (!ingress) {
                        for (String zone : intent.egressZones(device, a.zone())) {
                            device.interfacesFacing(zone).forEach(i -> distinct.add(order.get(i.name())));
                        }
                    }
                    for (int at : distinct) {
                        Interface b = interfaces.get(at);
                        if (!b.equals(a)) {
                            prove(sets, a, b, ingress, stateful, true);
                        }
                    }
                    Optional<Interface> rest = firstOther(interfaces, a, distinct);
                    if (rest.isPresent() && !prove(sets, a, rest.get(), ingress, stateful, false)) {
                        // the rest differ from the policy alike: each is reported, as a pair by pair proof would
                        for (Interface b : interfaces) {
                            if (!b.equals(a) && !distinct.contains(order.get(b.name()))) {
                                prove(sets, a, b, ingress, stateful, true);
                            }
                        }
                    }
                }
                if (device.platform().capabilities().ownTraffic() == Capabilities.OwnTraffic.INPUT_CHAIN) {
                    proveInput(order.keySet(), stateful);
                }
                if (host) {
                    proveHost(sets, interfaces, stateful);
                }
            } finally {
                // the kernel's garbage collection and resizing cost grows with what is still referenced
                sets.release();
                if (own != NOT_BUILT) {
                    space().release(own);
                }
                if (governed != NOT_BUILT) {
                    space().release(governed);
                }
                intent.forget(device);
            }
        }

        /**
         * An input chain (a Linux router's) judges what each interface delivers to the device itself, apart from
         * what it forwards: held, interface by interface, to the flows addressed to the device from that interface's
         * zone and the control plane declared on the interface. The device is one more egress, {@link IrRule#DEVICE}.
         */
        private void proveInput(java.util.Set<String> names, boolean stateful) {
            Interface self = new Interface(IrRule.DEVICE, IrRule.DEVICE, device.span());
            List<String> egresses = new ArrayList<>(names);
            egresses.add(IrRule.DEVICE);
            FilterSets local = new FilterSets(bdds::space, new PacketFilter(filter.device(), filter.stateful(),
                    filter.local()), egresses, prefixes, stateful, shortcuts());
            try {
                for (Interface a : device.interfaces()) {
                    prove(local, a, self, false, stateful, true);
                }
            } finally {
                local.release();
            }
        }

        /**
         * What a zone-pair device accepts itself, compared with the policy's device-bound rules: from each interface,
         * the packets addressed to each of the device's inventory addresses pass the forwarding stages as if they left
         * by the address's interface (unless the platform leaves the ingress interface's own address to its local
         * stages alone) and every local stage; the policy intends exactly its flows to the device accepted from the
         * ingress interface's zone. A to-device permit widened or dropped is a counterexample like any other.
         */
        private void proveHost(FilterSets sets, List<Interface> interfaces, boolean stateful) {
            List<Interface> addressed = interfaces.stream().filter(i -> !i.addresses().isEmpty()).toList();
            if (addressed.isEmpty()) {
                return;
            }
            Map<String, Integer> order = new HashMap<>();
            interfaces.forEach(i -> order.put(i.name(), order.size()));
            Map<String, Integer> place = new HashMap<>();
            addressed.forEach(i -> place.put(i.name(), place.size()));
            FilterSets localSets = new FilterSets(bdds::space, new PacketFilter(device.name(), stateful,
                    filter.host().stages()), order.keySet(), prefixes, stateful, shortcuts());
            // per addressed interface, the packets to its addresses whose acceptance the policy governs, made once
            List<Integer> to = new ArrayList<>();
            for (Interface i : addressed) {
                int scope = managementLines() ? governedByLines(i) : governed();
                to.add(space().and(addressedTo(i.addresses()), scope));
                if (managementLines()) {
                    space().release(scope);
                }
            }
            Unions unions = new Unions(space(), to);
            try {
                for (Interface a : interfaces) {
                    if (pairs == Pairs.EVERY) {
                        for (int k = 0; k < addressed.size(); k++) {
                            proveHost(sets, localSets, a, addressed.get(k), to.get(k), stateful, true);
                        }
                        continue;
                    }
                    // addresses whose forwarding or local stages from a may differ from the rest's, and a's own; the
                    // rest get the same stages and rules from a, and the same intent: proven at once (verification.md)
                    java.util.SortedSet<Integer> distinct = new java.util.TreeSet<>();
                    for (Set<String> names : List.of(sets.distinctEgresses(a.name()),
                            localSets.distinctEgresses(a.name()), Set.of(a.name()))) {
                        names.stream().map(place::get).filter(java.util.Objects::nonNull).forEach(distinct::add);
                    }
                    for (int k : distinct) {
                        proveHost(sets, localSets, a, addressed.get(k), to.get(k), stateful, true);
                    }
                    Optional<Integer> rest = java.util.stream.IntStream.range(0, addressed.size())
                            .filter(k -> !distinct.contains(k)).boxed().findFirst();
                    if (rest.isPresent() && !sameOnTheRest(sets, localSets, a, addressed.get(rest.get()), unions,
                            distinct, stateful)) {
                        for (int k = 0; k < addressed.size(); k++) {
                            if (!distinct.contains(k)) {
                                proveHost(sets, localSets, a, addressed.get(k), to.get(k), stateful, true);
                            }
                        }
                    }
                }
            } finally {
                unions.release();
                to.forEach(space()::release);
                localSets.release();
            }
        }

        /**
         * Whether what the device accepts from {@code a} at the addresses of every addressed interface but the
         * {@code distinct} equals what the policy intends there, asked through one of them, {@code rest}: forwarded
         * and accepted alike for all of them, so the two sides differ at one address exactly where they differ on
         * the union of them all.
         */
        private boolean sameOnTheRest(FilterSets sets, FilterSets localSets, Interface a, Interface rest,
                                      Unions unions, java.util.SortedSet<Integer> distinct, boolean stateful) {
            PacketSpace space = space();
            int forwarded = forwardedToHost(sets, a, rest);
            int accepted = localSets.permitted(a.name(), rest.name());
            int actual = comparable(space.and(forwarded, accepted), stateful);
            int expected = managementLines() ? space.none() // rest is not a: see proveHost below
                    : comparable(space.retain(intent.expected(device, a, IrRule.DEVICE)), stateful);
            int more = space.minus(actual, expected);
            int less = space.minus(expected, actual);
            int differ = space.or(more, less);
            boolean same = unions.disjointFromAllBut(differ, distinct);
            for (int set : List.of(forwarded, accepted, actual, expected, more, less, differ)) {
                space.release(set);
            }
            return same;
        }

        private boolean managementLines() {
            return device.platform().capabilities().ownTraffic() == Capabilities.OwnTraffic.MANAGEMENT_LINES;
        }

        /** What the forwarding stages pass from {@code a} to the device at an address of {@code i}. */
        private int forwardedToHost(FilterSets sets, Interface a, Interface i) {
            return filter.host().arrivalAddressOnly() && !a.equals(i) ? space().none()
                    : filter.host().ownAddressUnfiltered() && a.equals(i) ? space().all()
                    : sets.permitted(a.name(), i.name());
        }

        /**
         * Compares what the device accepts from {@code a} at the addresses of {@code i} ({@code to}) with what the
         * policy intends there; a difference is reported when {@code report}, else only answered.
         */
        private boolean proveHost(FilterSets sets, FilterSets localSets, Interface a, Interface i, int to,
                                  boolean stateful, boolean report) {
            PacketSpace space = space();
            int forwarded = forwardedToHost(sets, a, i);
            int accepted = localSets.permitted(a.name(), i.name());
            int both = space.and(forwarded, accepted);
            int actual = comparable(space.and(both, to), stateful);
            // management lines answer only at the arrival interface's address (the lowering warns where a rule's
            // zone has several such interfaces, ZC0509)
            int expected = managementLines() && !a.equals(i) ? space.none()
                    : comparable(space.and(intent.expected(device, a, IrRule.DEVICE), to), stateful);
            boolean equal = actual == expected;
            if (!equal && report) {
                compareHost(sets, localSets, a, i, forwarded, actual, expected);
            }
            for (int set : List.of(forwarded, accepted, both, actual, expected)) {
                space.release(set);
            }
            return equal;
        }

        private void compareHost(FilterSets sets, FilterSets localSets, Interface a, Interface i, int forwarded,
                                  int actual, int expected) {
            for (boolean permitsTooMuch : List.of(true, false)) {
                int diff = permitsTooMuch ? space().minus(actual, expected) : space().minus(expected, actual);
                if (!space().isEmpty(diff)) {
                    Packet p = space().example(diff);
                    FilterRule.Action action = permitsTooMuch ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
                    int one = space().packet(p);
                    int inForwarded = space().and(one, forwarded);
                    // the stage that decided it: the zone pair when it denies the packet or is what permits it,
                    // else the policies of the device itself
                    boolean byForwarding = permitsTooMuch != space().isEmpty(inForwarded)
                            && !(filter.host().ownAddressUnfiltered() && a.equals(i));
                    space().release(one);
                    space().release(inForwarded);
                    Optional<FilterRule> by = byForwarding ? sets.decidingRule(a.name(), i.name(), p, action)
                            : localSets.decidingRule(a.name(), i.name(), p, action)
                            .or(() -> sets.decidingRule(a.name(), i.name(), p, action));
                    reportHost(p, a, i, permitsTooMuch, by);
                }
                space().release(diff);
            }
        }

        private void reportHost(Packet p, Interface a, Interface i, boolean permitsTooMuch, Optional<FilterRule> by) {
            String where = "from " + a.name() + " (" + a.zone() + ") to `" + device.name() + "` itself at its address on "
                    + i.name() + " (" + i.zone() + ")";
            String message = "`" + device.name() + "` " + (permitsTooMuch ? "accepts " : "refuses ") + p.describe() + " "
                    + where + (permitsTooMuch ? ", which the policy does not allow" : ", which the policy allows");
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0801, message);
            place(d, by, nearest(a, new Interface(i.name(), IrRule.DEVICE, i.span()), p), permitsTooMuch);
            if (!permitsTooMuch && controlPlane(a, p)) {
                d.help("zonec writes no control-plane rules for " + device.platform().id() + " yet, and its final deny, "
                        + "above the operator's rules, refuses this declared control plane at the device's own "
                        + "address: the session would fail on the device (docs/own-traffic.md)");
            } else {
                d.help(permitsTooMuch ? "the config lets more reach the device than the policy: regenerate it with `zonec compile`, or change the policy"
                        : "the config lets less reach the device than the policy: regenerate it with `zonec compile`");
            }
            diagnostics.report(d);
        }

        /** Whether a packet to the device is the inventory's declared control plane rather than a device-bound rule's. */
        private boolean controlPlane(Interface a, Packet p) {
            int one = space().packet(p);
            try {
                for (Intent.Contribution c : intent.contributions(device, a, IrRule.DEVICE)) {
                    int hit = space().and(intent.packets(c), one);
                    boolean in = !space().isEmpty(hit);
                    space().release(hit);
                    if (in) {
                        return c.flow().isEmpty();
                    }
                }
                return false;
            } finally {
                space().release(one);
            }
        }

        /**
         * The packets to the device whose acceptance the policy governs: all of them, except on a platform that governs
         * only the services its device-bound rules name (SRX: its policies to junos-host deny what no device-bound rule
         * allows of those services, and leave the rest, the control plane among it, to host-inbound-traffic; FortiOS:
         * its local-in deny likewise, the rest falling to the interfaces' allowaccess).
         */
        private int governed() {
            if (governed == NOT_BUILT) {
                Capabilities.OwnTraffic kind = device.platform().capabilities().ownTraffic();
                if (kind != Capabilities.OwnTraffic.HOST_ZONE && kind != Capabilities.OwnTraffic.LOCAL_IN) {
                    governed = space().all();
                } else {
                    List<Integer> services = new ArrayList<>();
                    for (dev.zonec.model.site.Flow f : intent.toDevice(device)) {
                        for (dev.zonec.model.site.ServiceUse use : f.services()) {
                            for (dev.zonec.model.site.Match m : use.matches()) {
                                services.add(space().filterMatch(dev.zonec.packet.Terms.of(m,
                                        dev.zonec.model.filter.FilterMatch.any())));
                            }
                        }
                    }
                    governed = space().anyOf(services);
                }
            }
            return governed;
        }

        /**
         * The packets to the device at its address on {@code i} whose acceptance the file governs on a platform of
         * management lines (ASA): SSH and the HTTPS server (no line, no access), and ICMPv4 where the policy lets some
         * reach the device on {@code i} or the file has an ICMP line for {@code i} (the first one makes the device deny
         * every ICMP message no line permits there; without one it accepts every ICMP message, which is the
         * operator's). Owned by the caller.
         */
        private int governedByLines(Interface i) {
            FilterMatch tcp = FilterMatch.any().withProtocols(List.of(6));
            int ssh = space().filterMatch(tcp.withDestinationPorts(List.of(PortRange.single(OwnTraffic.SSH))));
            int https = space().filterMatch(tcp.withDestinationPorts(List.of(PortRange.single(OwnTraffic.HTTPS))));
            int icmp = space().filterMatch(FilterMatch.any().withFamily(dev.zonec.model.site.IpFamily.V4)
                    .withProtocols(List.of(1)));
            int intended = space().and(intent.expected(device, i, IrRule.DEVICE), icmp);
            boolean icmpGoverned = !space().isEmpty(intended) || filter.host().stages().stream()
                    .flatMap(stage -> stage.rules().stream())
                    .anyMatch(r -> r.inInterfaces().contains(i.name()) && r.match().protocols().contains(1));
            space().release(intended);
            int result = space().anyOf(icmpGoverned ? List.of(ssh, https, icmp) : List.of(ssh, https));
            if (!icmpGoverned) {
                space().release(icmp);
            }
            return result;
        }

        /** The device's own addresses, which it never forwards, on a device whose own traffic is proven apart. */
        private int own() {
            if (own == NOT_BUILT) {
                own = addressedTo(device.interfaces().stream().flatMap(i -> i.addresses().stream()).toList());
            }
            return own;
        }

        /** Packets addressed to one of {@code blocks}, each of its own IP version. */
        private int addressedTo(List<AddressBlock> blocks) {
            List<Integer> sets = new ArrayList<>();
            for (dev.zonec.model.site.IpFamily family : dev.zonec.model.site.IpFamily.values()) {
                List<AddressBlock> mine = blocks.stream().filter(b -> b.family() == family).toList();
                if (!mine.isEmpty()) {
                    sets.add(space().filterMatch(dev.zonec.model.filter.FilterMatch.any().withFamily(family)
                            .withDestinations(mine)));
                }
            }
            return space().anyOf(sets);
        }

        /** The first interface in inventory order that is neither {@code a} nor one of {@code distinct}: it costs those. */
        private static Optional<Interface> firstOther(List<Interface> interfaces, Interface a,
                                                      java.util.SortedSet<Integer> distinct) {
            for (int at = 0; at < interfaces.size(); at++) {
                if (!distinct.contains(at) && !interfaces.get(at).equals(a)) {
                    return Optional.of(interfaces.get(at));
                }
            }
            return Optional.empty();
        }

        /**
         * Compares what the config forwards from {@code a} to {@code b} with what the policy intends there; a difference
         * is reported when {@code report}, else only answered.
         */
        private boolean prove(FilterSets sets, Interface a, Interface b, boolean ingress, boolean stateful,
                              boolean report) {
            // an ingress ACL cannot tell egresses apart, not even another interface facing the same zone:
            // it is held to everything placed from its zone there too; a zone-pair filter passes nothing
            // within a zone
            boolean nothingIntended = a.zone().equals(b.zone()) && !ingress;
            if (sameCubes(sets, a, b, nothingIntended, stateful)) {
                return true;
            }
            int expected = nothingIntended ? space().none()
                    : space().retain(intent.expected(device, a, b.zone()));
            int actual = comparable(sets.permitted(a.name(), b.name()), stateful);
            expected = comparable(expected, stateful);
            if (host) {
                // addressed to the device itself: not forwarded, proven apart (proveHost)
                int forwardedOnly = space().minus(actual, own());
                int intendedOnly = space().minus(expected, own());
                space().release(actual);
                space().release(expected);
                actual = forwardedOnly;
                expected = intendedOnly;
            }
            boolean equal = actual == expected;
            if (!equal && report) {
                compare(sets, a, b, actual, expected);
            }
            space().release(actual);
            space().release(expected);
            return equal;
        }

        /**
         * Whether both sides cut into the same cubes, which proves them equal without a BDD (see {@link HeaderCube}).
         * What {@link #comparable} leaves out is left out of the cubes too: a cube of established segments on a
         * stateful device, or of link-scoped discovery, lies wholly in what it leaves out. False means only "not
         * shown this way": the BDDs decide.
         */
        private boolean sameCubes(FilterSets sets, Interface a, Interface b, boolean nothingIntended,
                                  boolean stateful) {
            Optional<Set<HeaderCube>> actual = sets.permittedCubes(a.name(), b.name());
            if (actual.isEmpty()) {
                return false;
            }
            Optional<Set<HeaderCube>> expected = nothingIntended ? Optional.of(Set.of())
                    : intent.expectedCubes(device, a, b.zone());
            return expected.isPresent() && judged(expected.get(), stateful).equals(judged(actual.get(), stateful));
        }

        private Set<HeaderCube> judged(Set<HeaderCube> cubes, boolean stateful) {
            return judgedCubes.computeIfAbsent(cubes, all -> HeaderCube.judged(all, stateful));
        }

        /** The part of a set the comparison judges (new connections only on a stateful device), releasing the set. */
        private int comparable(int set, boolean stateful) {
            int judged = set;
            if (stateful) {
                judged = space().and(set, bdds.fresh());
                space().release(set);
            }
            int result = space().minus(judged, bdds.discovery());
            space().release(judged);
            return result;
        }

        private void compare(FilterSets sets, Interface a, Interface b, int actual, int expected) {
            if (actual == expected) {
                return; // BDDs are canonical: one node is one set, and the usual case costs nothing
            }
            int extra = space().minus(actual, expected);
            if (!space().isEmpty(extra)) {
                Packet p = space().example(extra);
                Optional<FilterRule> by = sets.decidingRule(a.name(), b.name(), p, FilterRule.Action.PERMIT);
                report(p, a, b, true, by);
            }
            int missing = space().minus(expected, actual);
            if (!space().isEmpty(missing)) {
                Packet p = space().example(missing);
                Optional<FilterRule> by = sets.decidingRule(a.name(), b.name(), p, FilterRule.Action.DENY);
                report(p, a, b, false, by);
            }
            space().release(extra);
            space().release(missing);
        }

        private void report(Packet p, Interface a, Interface b, boolean permitsTooMuch, Optional<FilterRule> by) {
            String where = "from " + a.name() + " (" + a.zone() + ") to "
                    + (b.zone().equals(IrRule.DEVICE) ? "the device itself" : b.name() + " (" + b.zone() + ")");
            String message = "`" + device.name() + "` " + (permitsTooMuch ? "permits " : "denies ") + p.describe() + " "
                    + where + (permitsTooMuch ? ", which the policy does not allow" : ", which the policy allows");
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0801, message);
            place(d, by, nearest(a, b, p), permitsTooMuch);
            d.help(permitsTooMuch ? "the config is wider than the policy: regenerate it with `zonec compile`, or change the policy"
                    : "the config is narrower than the policy: regenerate it with `zonec compile`");
            diagnostics.report(d);
        }

        /**
         * Where a counterexample is shown: at the config line that decided it, labelled with the nearest policy line
         * (and the rule the source map says the line was written for, when that is another); else at the policy line.
         */
        private void place(Diagnostic.Builder d, Optional<FilterRule> by, Optional<Span> policyLine,
                           boolean permitsTooMuch) {
            Optional<Span> configLine = by.flatMap(this::span);
            if (configLine.isPresent()) {
                d.at(configLine.get());
                policyLine.ifPresent(s -> d.label(s, policyLabel(s, permitsTooMuch)));
                // the source map: the allow rule the template wrote this line for, when that is another rule
                by.flatMap(r -> Optional.ofNullable(maps.get(r.file())).map(m -> m.line(r.line())))
                        .filter(o -> o.kind() == LineOrigin.Kind.RULE).flatMap(o -> o.rules().stream().findFirst())
                        .map(IrRule::origin).filter(o -> policyLine.map(nearest -> !nearest.equals(o)).orElse(true))
                        .ifPresent(o -> d.label(o, "the rule this line was written for"));
            } else if (policyLine.isPresent()) {
                d.at(policyLine.get());
                firstFile().ifPresent(f -> d.label(new Span(f, 1, 1, 1),
                        "no rule of this file permits it (it falls to the default)"));
            } else {
                firstFile().ifPresent(f -> d.at(new Span(f, 1, 1, 1)));
            }
        }

        /**
         * The policy line (or inventory line, for the control plane) whose packets are closest to the counterexample:
         * one that holds it, else a flow to the same destination, else the first.
         */
        /**
         * What a counterexample's policy line is: an allow rule of the policy, or an interface's control-plane
         * declaration in the inventory (any line that is not in a policy file).
         */
        private static String policyLabel(Span line, boolean permitsTooMuch) {
            boolean rule = line.file().displayPath().endsWith(".zc");
            if (permitsTooMuch) {
                return rule ? "nearest policy rule" : "nearest control-plane declaration";
            }
            return rule ? "the policy rule that allows it" : "the control-plane declaration that allows it";
        }

        private Optional<Span> nearest(Interface a, Interface b, Packet p) {
            int one = space().packet(p);
            try {
                List<Intent.Contribution> all = new ArrayList<>(intent.contributions(device, a, b.zone()));
                if (!b.zone().equals(IrRule.DEVICE)) {
                    all.addAll(intent.contributions(device, b, a.zone()));
                }
                for (Intent.Contribution c : all) {
                    int hit = space().and(intent.packets(c), one);
                    boolean exact = !space().isEmpty(hit);
                    space().release(hit);
                    if (exact) {
                        return Optional.of(c.origin());
                    }
                }
                AddressBlock dst = AddressBlock.of(p.destination());
                return all.stream().filter(c -> c.flow().isPresent())
                        .filter(c -> c.flow().get().destinations().stream()
                                .anyMatch(e -> e.addresses().stream().anyMatch(x -> x.contains(dst))))
                        .findFirst()
                        .or(() -> all.stream().findFirst())
                        .map(Intent.Contribution::origin);
            } finally {
                space().release(one);
            }
        }

        private Optional<Span> span(FilterRule rule) {
            SourceFile f = files.get(rule.file());
            if (f == null) {
                return Optional.empty();
            }
            String text = f.line(rule.line());
            int indent = text.length() - text.stripLeading().length();
            return Optional.of(new Span(f, rule.line(), indent + 1, Math.max(1, text.strip().length())));
        }

        private Optional<SourceFile> firstFile() {
            return files.values().stream().sorted(java.util.Comparator.comparing(SourceFile::displayPath)).findFirst();
        }
    }
}
