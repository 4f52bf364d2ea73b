package dev.zonec.platform.paloalto.readback;

import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing.Line;
import dev.zonec.readback.zonefirewall.AddressSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a PAN-OS set-format file configures, as the lines leave it: PAN-OS resolves names at commit time, so rules
 * are built from the final state, not line by line. Objects not understood keep the line that broke them, so a rule
 * that uses one cannot be proven while an unused one costs nothing.
 */
final class PanosState {

    /** Why something cannot be reduced to packets, and the line that says so. */
    record Problem(Line line, String why) {}

    /** A zone: the interfaces it holds and where it was first set (intrazone traffic is reported there). */
    static final class Zone {
        final Set<String> interfaces = new LinkedHashSet<>();
        final Line line;

        Zone(Line line) {
            this.line = line;
        }
    }

    /** An address object: its one value (ip-netmask, ip-range, ip-wildcard) or why it has none. */
    static final class Address {
        Optional<AddressSet> value = Optional.empty();
        final List<Problem> problems = new ArrayList<>();
    }

    /** A static address group (a dynamic one is a problem: its members are decided by tags at run time). */
    static final class AddressGroup {
        final Set<String> members = new LinkedHashSet<>();
        final List<Problem> problems = new ArrayList<>();
    }

    /** A service object: one protocol with destination ports and, optionally, source ports. */
    static final class Service {
        String protocol = "";
        List<PortRange> ports = List.of();
        List<PortRange> sourcePorts = List.of();
        final List<Problem> problems = new ArrayList<>();
    }

    /** A custom application: zonec writes ICMP ones, identified by type (and code) alone. */
    static final class Application {
        boolean v6;
        OptionalInt type = OptionalInt.empty();
        OptionalInt code = OptionalInt.empty();
        boolean icmp;
        boolean otherDefault;
        final List<Problem> problems = new ArrayList<>();
    }

    /** A security rule as its lines leave it; a list never set is absent (PAN-OS requires most of them). */
    static final class Rule {
        final Line firstLine;
        Optional<Line> actionLine = Optional.empty();
        Optional<String> action = Optional.empty();
        final Map<String, Set<String>> lists = new HashMap<>();
        boolean disabled;
        boolean negateSource;
        boolean negateDestination;
        String type = "universal";
        Optional<String> schedule = Optional.empty();
        final List<Problem> problems = new ArrayList<>();

        Rule(Line firstLine) {
            this.firstLine = firstLine;
        }

        /** The line the rule's verdict is reported at: its action, or where it was created. */
        Line line() {
            return actionLine.orElse(firstLine);
        }
    }

    /** The default rules' action, when the file overrides it, and the line that does. */
    record DefaultAction(String action, Line line) {}

    /** Objects of one kind in the vsys and in `shared`: the vsys's own object wins. */
    static final class Scoped<T> {
        final Map<String, T> vsys = new HashMap<>();
        final Map<String, T> shared = new HashMap<>();

        Map<String, T> in(boolean isShared) {
            return isShared ? shared : vsys;
        }

        Optional<T> find(String name) {
            return Optional.ofNullable(vsys.getOrDefault(name, shared.get(name)));
        }

        void remove(boolean isShared, String name) {
            in(isShared).remove(name);
        }
    }

    final Map<String, Zone> zones = new LinkedHashMap<>();
    final Scoped<Address> addresses = new Scoped<>();
    final Scoped<AddressGroup> addressGroups = new Scoped<>();
    final Scoped<Service> services = new Scoped<>();
    final Scoped<Set<String>> serviceGroups = new Scoped<>();
    final Scoped<Application> applications = new Scoped<>();
    final Scoped<Set<String>> applicationGroups = new Scoped<>();
    final List<String> order = new ArrayList<>();
    final Map<String, Rule> rules = new HashMap<>();
    final Map<String, DefaultAction> defaults = new HashMap<>();
    /** Object names (by namespace: address, service, application) whose lines were not understood. */
    final Map<String, Problem> broken = new HashMap<>();
}
