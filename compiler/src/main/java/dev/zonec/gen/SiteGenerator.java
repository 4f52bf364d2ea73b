package dev.zonec.gen;

import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generator stage entry point: a deterministic synthetic industrial site of a given size, written as an ordinary
 * site folder (policy files and inventory) that {@code zonec check} passes.
 *
 * <p>Two shapes. {@link Shape#CHAIN}: a chain of hub zones (declared {@code transit}: the backbone); between each two neighbouring hubs a cell of
 * two devices in parallel (two paths, a four-node block), each device also facing its own leaf zones. Devices take all ten platforms in turn. Every zone
 * is a /24 with a few hosts and a family; flows join assets of zones in the same or a neighbouring cell (as OT flows
 * do: a cell talks to its supervisory and operations neighbours), so a flow crosses a bounded number of devices and
 * the output grows linearly with the flows. Services are an OT and IT mix without remote-control or cleartext
 * protocols, so the IEC 62443 rule pack stays clean. A few leaf zones only send (as a safety system publishing
 * through a diode does): nothing reaches them, so the no-path requirements into them hold however the rest is meshed.
 *
 * <p>{@link Shape#HUB}: the other shape of a real estate, one core firewall or L3 switch facing every zone (hundreds of
 * VLANs on one device), and the site the peers (Aerleon, Capirca, fwbuilder) are measured on: every device faces every
 * zone on one interface each, so each device is a parallel path between any two zones and every flow is placed on all
 * of them; flows join assets of random zone pairs, one conduit per ordered pair. The same services, hosts and send-only
 * zones as the chain.
 */
public final class SiteGenerator {
    /**
     * OT and IT services in a realistic mix (weights by repetition); none is remote-control or cleartext, and no two
     * share a port (S7 and MMS both use tcp/102), so no rule shadows another.
     */
    private static final List<String> SERVICES = List.of("modbus", "modbus", "modbus", "enip", "enip", "s7", "opcua",
            "opcua", "dnp3", "iec104", "bacnet", "mqtts", "https", "https", "sftp", "ntp", "syslog-tls", "dns",
            "hart-ip", "tcp/5450", "tcp/8530-8531");

    /**
     * What a send-only zone sends: TCP alone. A stateless device lets UDP replies back in by source port, which is a
     * way into the zone; a TCP reply rule passes only established segments.
     */
    private static final List<String> TCP_SERVICES = List.of("modbus", "modbus", "enip", "s7", "opcua", "dnp3",
            "iec104", "mqtts", "https", "sftp", "syslog-tls", "tcp/5450");

    /** How many leaf zones at most only send, each the target of one no-path requirement. */
    private static final int SEND_ONLY_ZONES = 5;

    /** Zone pairs drawn in a row that could take no new conduit before the sizes are judged impossible. */
    private static final int MAX_MISSES = 100_000;

    /** How the site's devices and zones hang together. */
    public enum Shape {
        /** A chain of cells of two devices in parallel, each facing a few zones: flows stay near their cell. */
        CHAIN,
        /** Every device faces every zone: flows between random zone pairs, each crossing every device. */
        HUB
    }

    /**
     * @param platforms the platforms the devices take in turn, all of them by default, in {@link Targets} order
     */
    public record Size(Shape shape, int zones, int devices, int flows, long seed, List<Target> platforms) {
        public Size {
            platforms = List.copyOf(platforms);
            if (platforms.isEmpty()) {
                throw new IllegalArgumentException("need at least one platform");
            }
            if (shape == Shape.CHAIN && (devices < 2 || zones < devices / 2 + 2 || flows < 1)) {
                throw new IllegalArgumentException("need at least 2 devices, devices/2 + 2 zones and 1 flow");
            }
            if (shape == Shape.HUB && (devices < 1 || zones < 2 || flows < 1)) {
                throw new IllegalArgumentException("need at least 1 device, 2 zones and 1 flow");
            }
        }

        /** A chain site on all ten platforms. */
        public Size(int zones, int devices, int flows, long seed) {
            this(Shape.CHAIN, zones, devices, flows, seed, Targets.standard().all());
        }
    }

    /** The files of the site: name to text. */
    public record Files(String policy, String inventory) {}

    private SiteGenerator() {}

    public static Files generate(Size size) {
        return size.shape() == Shape.HUB ? new Hub(size).build() : new Builder(size).build();
    }

    private static final class Builder {
        private final Size size;
        private final Random random;
        private final int cells;
        private final List<Zone> zones = new ArrayList<>();
        private final List<List<Zone>> zonesOfCell = new ArrayList<>();

        /** A zone, where it hangs, and its hosts. */
        private record Zone(String name, int index, int cell, int device, boolean sendOnly) {
            String subnet() {
                return SiteGenerator.subnet(index);
            }

            String host(int n) {
                return SiteGenerator.host(index, n);
            }
        }

        Builder(Size size) {
            this.size = size;
            this.random = new Random(size.seed());
            this.cells = size.devices() / 2;
        }

        Files build() {
            int hubs = cells + 1;
            for (int h = 0; h < hubs; h++) {
                zones.add(new Zone("hub" + h, zones.size(), Math.min(h, cells - 1), -1, false));
            }
            for (int c = 0; c < cells; c++) {
                zonesOfCell.add(new ArrayList<>(List.of(zones.get(c), zones.get(c + 1))));
            }
            int leaves = size.zones() - hubs;
            int sendOnlyEvery = Math.max(2, (leaves + SEND_ONLY_ZONES - 1) / SEND_ONLY_ZONES);
            for (int l = 0; l < leaves; l++) {
                int device = l % size.devices();
                int cell = Math.min(device / 2, cells - 1);
                Zone z = new Zone("z" + l, zones.size(), cell, device, l % sendOnlyEvery == sendOnlyEvery - 1);
                zones.add(z);
                zonesOfCell.get(cell).add(z);
            }
            return new Files(policy(), inventory());
        }

        private String policy() {
            StringBuilder b = new StringBuilder();
            b.append("# Generated by `zonec gen --zones ").append(size.zones()).append(" --devices ").append(size.devices())
                    .append(" --flows ").append(size.flows()).append(" --seed ").append(size.seed())
                    .append(platformsOption(size)).append("`\n");
            b.append("site synthetic-").append(size.zones()).append('-').append(size.devices()).append('-')
                    .append(size.flows()).append(" \"Synthetic industrial site\"\n\n");
            for (Zone z : zones) {
                // the hubs are the backbone segments between cells: the only zones that carry others' traffic
                b.append("zone ").append(z.name()).append(" { level 2 sl 2 ").append(z.device() < 0 ? "transit " : "")
                        .append("subnet ").append(z.subnet())
                        .append(" asset ").append(z.name()).append("-h[1..8] ").append(z.host(11)).append('-').append(z.host(18))
                        .append(" asset ").append(z.name()).append("-srv ").append(z.host(5))
                        .append(" asset ").append(z.name()).append("-eng ").append(z.host(40)).append(" }\n");
            }
            b.append('\n');
            Set<String> seen = new LinkedHashSet<>();
            int written = 0;
            int conduit = 0;
            int misses = 0;
            while (written < size.flows()) {
                if (misses > MAX_MISSES) {
                    throw new IllegalArgumentException(size.zones() + " zones cannot hold " + size.flows()
                            + " distinct flows; give more zones");
                }
                int cell = random.nextInt(cells);
                int other = Math.max(0, Math.min(cells - 1, cell + random.nextInt(3) - 1));
                List<Zone> from = zonesOfCell.get(cell);
                List<Zone> to = zonesOfCell.get(other);
                Zone a = from.get(random.nextInt(from.size()));
                Zone z = to.get(random.nextInt(to.size()));
                if (a.equals(z) || z.sendOnly()) {
                    misses++;
                    continue;
                }
                // one conduit per zone pair, holding up to 40 flows between its hosts
                int batch = Math.min(size.flows() - written, 1 + random.nextInt(40));
                StringBuilder rules = new StringBuilder();
                int added = 0;
                for (int i = 0; i < batch * 3 && added < batch; i++) {
                    String src = pick(a);
                    String dst = pick(z);
                    List<String> services = a.sendOnly() ? TCP_SERVICES : SERVICES;
                    String service = services.get(random.nextInt(services.size()));
                    if (seen.add(src + ">" + dst + ":" + service)) {
                        rules.append("  allow ").append(src).append(" -> ").append(dst).append(" : ").append(service).append('\n');
                        added++;
                    }
                }
                String name = "c" + a.name() + "-" + z.name();
                if (added == 0 || !seen.add(name)) {
                    misses++;
                    continue;
                }
                misses = 0;
                b.append("conduit ").append(name).append(": ").append(a.name()).append(" -> ").append(z.name())
                        .append(" {\n  sl 2\n").append(rules).append("}\n");
                written += added;
                conduit++;
            }
            b.append('\n');
            requirements(b);
            return b.toString();
        }

        private String pick(Zone z) {
            return SiteGenerator.pick(z.name(), random);
        }

        /**
         * A no-path requirement into each send-only zone from the hub of its cell, the zone most likely to be given a
         * conduit into it by mistake. No conduit leads into a send-only zone, so each holds.
         */
        private void requirements(StringBuilder b) {
            for (Zone z : zones) {
                if (z.sendOnly()) {
                    b.append("require no-path ").append(zones.get(z.cell()).name()).append(" -> ").append(z.name()).append('\n');
                }
            }
        }

        private String inventory() {
            StringBuilder b = new StringBuilder("devices:\n");
            List<Target> platforms = size.platforms();
            for (int d = 0; d < size.devices(); d++) {
                Target p = platforms.get(d % platforms.size());
                int cell = Math.min(d / 2, cells - 1);
                b.append("  dev").append(d).append(":\n    platform: ").append(p.id()).append("\n    interfaces:\n");
                List<Zone> faced = new ArrayList<>();
                faced.add(zones.get(cell));
                faced.add(zones.get(cell + 1));
                for (Zone z : zonesOfCell.get(cell)) {
                    if (z.device() == d) {
                        faced.add(z);
                    }
                }
                for (int i = 0; i < faced.size(); i++) {
                    b.append("      ").append(p.interfaces().sample(i)).append(": { zone: ").append(faced.get(i).name()).append(" }\n");
                }
            }
            return b.toString();
        }
    }

    /** {@code --platforms ...} when the devices do not take all ten platforms, for the generated file's first line. */
    private static String platformsOption(Size size) {
        if (size.platforms().equals(Targets.standard().all())) {
            return "";
        }
        return " --platforms " + String.join(",", size.platforms().stream().map(Target::id).toList());
    }

    /** Every device faces every zone; flows between random zone pairs. */
    private static final class Hub {
        private final Size size;
        private final Random random;
        private final List<String> zones = new ArrayList<>();
        private final Set<String> sendOnly = new LinkedHashSet<>();

        Hub(Size size) {
            this.size = size;
            this.random = new Random(size.seed());
        }

        Files build() {
            int every = Math.max(2, (size.zones() + SEND_ONLY_ZONES - 1) / SEND_ONLY_ZONES);
            for (int z = 0; z < size.zones(); z++) {
                zones.add("z" + z);
                if (z % every == every - 1) {
                    sendOnly.add("z" + z);
                }
            }
            return new Files(policy(), inventory());
        }

        private String policy() {
            StringBuilder b = new StringBuilder();
            b.append("# Generated by `zonec gen --shape hub --zones ").append(size.zones()).append(" --devices ")
                    .append(size.devices()).append(" --flows ").append(size.flows()).append(" --seed ").append(size.seed())
                    .append(platformsOption(size)).append("`\n");
            b.append("site synthetic-hub-").append(size.zones()).append('-').append(size.devices()).append('-')
                    .append(size.flows()).append(" \"Synthetic industrial site, one core facing every zone\"\n\n");
            for (int z = 0; z < zones.size(); z++) {
                String name = zones.get(z);
                b.append("zone ").append(name).append(" { level 2 sl 2 subnet ").append(subnet(z))
                        .append(" asset ").append(name).append("-h[1..8] ").append(host(z, 11)).append('-').append(host(z, 18))
                        .append(" asset ").append(name).append("-srv ").append(host(z, 5))
                        .append(" asset ").append(name).append("-eng ").append(host(z, 40)).append(" }\n");
            }
            b.append('\n');
            // one conduit per ordered zone pair, in the order its first flow was drawn
            Map<String, StringBuilder> conduits = new LinkedHashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            int written = 0;
            int misses = 0;
            while (written < size.flows()) {
                if (misses > MAX_MISSES) {
                    throw new IllegalArgumentException(size.zones() + " zones cannot hold " + size.flows()
                            + " distinct flows; give more zones");
                }
                String a = zones.get(random.nextInt(zones.size()));
                String z = zones.get(random.nextInt(zones.size()));
                if (a.equals(z) || sendOnly.contains(z)) {
                    misses++;
                    continue;
                }
                String src = pick(a, random);
                String dst = pick(z, random);
                List<String> services = sendOnly.contains(a) ? TCP_SERVICES : SERVICES;
                String service = services.get(random.nextInt(services.size()));
                if (!seen.add(src + ">" + dst + ":" + service)) {
                    misses++;
                    continue;
                }
                misses = 0;
                conduits.computeIfAbsent(a + " -> " + z, k -> new StringBuilder())
                        .append("  allow ").append(src).append(" -> ").append(dst).append(" : ").append(service).append('\n');
                written++;
            }
            conduits.forEach((pair, rules) -> b.append("conduit c").append(pair.replace(" -> ", "-")).append(": ")
                    .append(pair).append(" {\n  sl 2\n").append(rules).append("}\n"));
            b.append('\n');
            // nothing leads into a send-only zone, so a no-path requirement into each from the first zone holds
            String from = zones.stream().filter(z -> !sendOnly.contains(z)).findFirst().orElseThrow();
            for (String z : sendOnly) {
                b.append("require no-path ").append(from).append(" -> ").append(z).append('\n');
            }
            return b.toString();
        }

        private String inventory() {
            StringBuilder b = new StringBuilder("devices:\n");
            List<Target> platforms = size.platforms();
            for (int d = 0; d < size.devices(); d++) {
                Target p = platforms.get(d % platforms.size());
                b.append("  core").append(d).append(":\n    platform: ").append(p.id()).append("\n    interfaces:\n");
                for (int z = 0; z < zones.size(); z++) {
                    b.append("      ").append(p.interfaces().sample(z)).append(": { zone: ").append(zones.get(z)).append(" }\n");
                }
            }
            return b.toString();
        }
    }

    private static String subnet(int index) {
        return "10." + (index / 250) + "." + (index % 250) + ".0/24";
    }

    private static String host(int index, int n) {
        return "10." + (index / 250) + "." + (index % 250) + "." + n;
    }

    /** Hosts are single members or the server and engineering hosts; never a whole zone. */
    private static String pick(String zone, Random random) {
        int r = random.nextInt(10);
        if (r < 8) {
            return zone + "-h[" + (1 + r) + "]";
        }
        return r == 8 ? zone + "-srv" : zone + "-eng";
    }
}
