package dev.zonec.platform.paloalto.readback;

import dev.zonec.platform.paloalto.readback.PaloAltoPanosLineParser.MembersContext;
import dev.zonec.platform.paloalto.readback.PaloAltoPanosLineParser.ValueContext;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.LineParsing.Line;
import dev.zonec.readback.ReadValues;
import dev.zonec.platform.paloalto.readback.PanosState.Problem;
import dev.zonec.readback.zonefirewall.AddressSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Applies the lines of a PAN-OS set-format file to a {@link PanosState}, one at a time, in file order: {@code set} on
 * a list adds members, {@code delete} removes what it names, {@code move} and {@code rename} change the rule order
 * and names. A line the grammar rejects is ZC0802; where it could change forwarding (the security rule base, a zone)
 * the device cannot be proven, and an object it names is marked broken for any rule that uses it.
 */
final class PanosLines {
    /** The zone modes whose interfaces forward traffic under the security rule base. */
    private static final Set<String> FORWARDING_MODES = Set.of("layer3", "layer2", "virtual-wire");
    /** Zone settings under `network` that do not change which packets the rules allow. */
    private static final Set<String> ZONE_NOTES = Set.of("zone-protection-profile", "log-setting",
            "enable-packet-buffer-protection", "net-inspection");
    /** Rule bases that only observe or mark traffic; every other one can drop or redirect it. */
    private static final Set<String> HARMLESS_RULEBASES = Set.of("decryption", "qos");
    private static final Map<String, String> NAMESPACES = Map.of("address", "address", "address-group", "address",
            "external-list", "address", "region", "address", "service", "service", "service-group", "service",
            "application", "application", "application-group", "application", "application-filter", "application");

    private final String device;
    private final Diagnostics diagnostics;
    private final PanosState state;
    private String vsys;

    PanosLines(String device, PanosState state, Diagnostics diagnostics) {
        this.device = device;
        this.state = state;
        this.diagnostics = diagnostics;
    }

    void line(Line line) {
        if (line.text().isBlank() || line.text().strip().startsWith("#")) {
            return;
        }
        Optional<PaloAltoPanosLineParser.LineContext> parsed = LineParsing.parse(line, PaloAltoPanosLineLexer::new,
                PaloAltoPanosLineParser::new, PaloAltoPanosLineParser::line, diagnostics);
        if (parsed.isEmpty()) {
            notUnderstood(line);
            return;
        }
        PaloAltoPanosLineParser.StatementContext s = parsed.get().statement();
        if (s != null) {
            statement(s, line);
        }
    }

    private void statement(PaloAltoPanosLineParser.StatementContext s, Line line) {
        if (s instanceof PaloAltoPanosLineParser.ZoneNetworkContext z) {
            zone(z, line);
        } else if (s instanceof PaloAltoPanosLineParser.ZoneSettingContext z) {
            if (local(z.location(), line) && z.setting.getText().equals("network")) {
                unprovable(line, "zone `" + text(z.name) + "`: this network setting is not understood");
            }
        } else if (s instanceof PaloAltoPanosLineParser.AddressContext a) {
            address(a, line);
        } else if (s instanceof PaloAltoPanosLineParser.AddressGroupContext g) {
            addressGroup(g, line);
        } else if (s instanceof PaloAltoPanosLineParser.ServiceContext v) {
            service(v, line);
        } else if (s instanceof PaloAltoPanosLineParser.ServiceGroupContext g) {
            Set<String> group = state.serviceGroups.in(shared(g.location())).computeIfAbsent(text(g.name), k -> new LinkedHashSet<>());
            for (PaloAltoPanosLineParser.ServiceGroupFieldContext f : g.serviceGroupField()) {
                if (f.MEMBERS() != null) {
                    group.addAll(members(f.members()));
                }
            }
        } else if (s instanceof PaloAltoPanosLineParser.ApplicationContext a) {
            application(a, line);
        } else if (s instanceof PaloAltoPanosLineParser.ApplicationGroupContext g) {
            state.applicationGroups.in(shared(g.location())).computeIfAbsent(text(g.name), k -> new LinkedHashSet<>())
                    .addAll(members(g.members()));
        } else if (s instanceof PaloAltoPanosLineParser.SecurityRuleContext r) {
            if (local(r.location(), line)) {
                rule(r, line);
            }
        } else if (s instanceof PaloAltoPanosLineParser.DefaultRuleContext d) {
            if (local(d.location(), line)) {
                defaultRule(d, line);
            }
        } else if (s instanceof PaloAltoPanosLineParser.DeleteRulesContext d) {
            if (local(d.location(), line)) {
                if (d.name == null) {
                    state.order.clear();
                    state.rules.clear();
                } else {
                    state.order.remove(text(d.name));
                    state.rules.remove(text(d.name));
                }
            }
        } else if (s instanceof PaloAltoPanosLineParser.DeleteRuleFieldContext d) {
            // a list attribute deleted before it is set again (set adds members): the rule keeps its other settings
            if (local(d.location(), line) && state.rules.containsKey(text(d.name))) {
                state.rules.get(text(d.name)).lists.remove(d.field.getText());
            }
        } else if (s instanceof PaloAltoPanosLineParser.DeleteObjectContext d) {
            deleteObject(d);
        } else if (s instanceof PaloAltoPanosLineParser.DeleteZoneContext d) {
            if (local(d.location(), line)) {
                if (d.NETWORK() == null) {
                    state.zones.remove(text(d.name));
                } else if (d.members() != null && state.zones.containsKey(text(d.name))) {
                    state.zones.get(text(d.name)).interfaces.removeAll(members(d.members()));
                }
            }
        } else if (s instanceof PaloAltoPanosLineParser.MoveRuleContext m) {
            if (local(m.location(), line)) {
                move(m, line);
            }
        } else if (s instanceof PaloAltoPanosLineParser.RenameRuleContext r) {
            if (local(r.location(), line)) {
                rename(text(r.name), text(r.newName), line);
            }
        }
        // IgnoredContext: device settings, network, profiles, tags: nothing the rule base decides with
    }

    private void zone(PaloAltoPanosLineParser.ZoneNetworkContext z, Line line) {
        if (!local(z.location(), line)) {
            return;
        }
        String name = text(z.name);
        String mode = z.zoneMode.getText();
        PanosState.Zone zone = state.zones.computeIfAbsent(name, k -> new PanosState.Zone(line));
        if (ZONE_NOTES.contains(mode)) {
            return;
        }
        if (mode.equals("tap")) {
            // a tap interface only receives copies; it forwards nothing, so its zone gets no interfaces here
            return;
        }
        if (!FORWARDING_MODES.contains(mode)) {
            unprovable(line, "zone `" + name + "` has network mode `" + mode + "`, which the read-back does not model");
            return;
        }
        if (z.members() == null) {
            return;
        }
        for (String i : members(z.members())) {
            for (Map.Entry<String, PanosState.Zone> other : state.zones.entrySet()) {
                if (!other.getKey().equals(name) && other.getValue().interfaces.contains(i)) {
                    unprovable(line, "interface `" + i + "` is in zones `" + other.getKey() + "` and `" + name
                            + "` (PAN-OS refuses that commit)");
                }
            }
            zone.interfaces.add(i);
        }
    }

    private void address(PaloAltoPanosLineParser.AddressContext a, Line line) {
        PanosState.Address address = state.addresses.in(shared(a.location())).computeIfAbsent(text(a.name),
                k -> new PanosState.Address());
        for (PaloAltoPanosLineParser.AddressFieldContext f : a.addressField()) {
            if (f instanceof PaloAltoPanosLineParser.AddressValueContext v) {
                address.problems.clear();
                address.value = Optional.empty();
                String value = text(v.value());
                String why = "";
                switch (v.kind.getText()) {
                    case "ip-netmask" -> address.value = netmask(value).map(b -> AddressSet.of(List.of(b)));
                    case "ip-range" -> address.value = value.contains("-") && !value.contains("/")
                            ? ReadValues.address(value).map(b -> AddressSet.of(List.of(b))) : Optional.empty();
                    case "ip-wildcard" -> {
                        address.value = wildcard(value).map(b -> AddressSet.of(List.of(b)));
                        why = ": a wildcard mask must be contiguous to be proven (a non-contiguous one is not guessed)";
                    }
                    default -> why = ": an FQDN is resolved by DNS while the firewall runs";
                }
                if (address.value.isEmpty()) {
                    address.problems.add(new Problem(line, "address `" + text(a.name) + "` is `" + v.kind.getText()
                            + " " + value + "`" + (why.isEmpty() ? ", which is not an address" : why)));
                }
            }
        }
    }

    private void addressGroup(PaloAltoPanosLineParser.AddressGroupContext g, Line line) {
        PanosState.AddressGroup group = state.addressGroups.in(shared(g.location())).computeIfAbsent(text(g.name),
                k -> new PanosState.AddressGroup());
        for (PaloAltoPanosLineParser.GroupFieldContext f : g.groupField()) {
            if (f instanceof PaloAltoPanosLineParser.GroupStaticContext st) {
                group.members.addAll(members(st.members()));
            } else if (f instanceof PaloAltoPanosLineParser.GroupDynamicContext) {
                group.problems.add(new Problem(line, "address group `" + text(g.name)
                        + "` is dynamic: its members follow tags at run time"));
            }
        }
    }

    private void service(PaloAltoPanosLineParser.ServiceContext v, Line line) {
        PanosState.Service service = state.services.in(shared(v.location())).computeIfAbsent(text(v.name),
                k -> new PanosState.Service());
        for (PaloAltoPanosLineParser.ServiceFieldContext f : v.serviceField()) {
            if (!(f instanceof PaloAltoPanosLineParser.ServiceProtocolContext p)) {
                continue;
            }
            String protocol = p.proto.getText();
            if (!protocol.equals(service.protocol)) {
                // the protocol is a choice in PAN-OS: choosing another one replaces the ports of the old one
                service.protocol = protocol;
                service.ports = List.of();
                service.sourcePorts = List.of();
                service.problems.clear();
            }
            for (PaloAltoPanosLineParser.PortFieldContext port : p.portField()) {
                if (port instanceof PaloAltoPanosLineParser.DestinationPortContext d) {
                    service.ports = ports(text(d.value()), "service `" + text(v.name) + "`", line, service.problems);
                } else if (port instanceof PaloAltoPanosLineParser.SourcePortContext src) {
                    service.sourcePorts = ports(text(src.value()), "service `" + text(v.name) + "`", line, service.problems);
                }
            }
        }
    }

    private void application(PaloAltoPanosLineParser.ApplicationContext a, Line line) {
        PanosState.Application app = state.applications.in(shared(a.location())).computeIfAbsent(text(a.name),
                k -> new PanosState.Application());
        for (PaloAltoPanosLineParser.ApplicationFieldContext f : a.applicationField()) {
            if (f instanceof PaloAltoPanosLineParser.ApplicationIcmpContext i) {
                app.icmp = true;
                app.v6 = i.kind.getType() == PaloAltoPanosLineParser.IDENT_BY_ICMP6_TYPE;
                app.type = i.type == null ? OptionalInt.empty() : byteValue(i.type.getText());
                app.code = i.code == null ? OptionalInt.empty() : byteValue(i.code.getText());
                if (app.type.isEmpty() || (i.code != null && app.code.isEmpty())) {
                    app.problems.add(new Problem(line, "application `" + text(a.name) + "` has no valid ICMP type and code"));
                }
            } else if (f instanceof PaloAltoPanosLineParser.ApplicationOtherDefaultContext) {
                app.otherDefault = true;
            }
        }
    }

    private void rule(PaloAltoPanosLineParser.SecurityRuleContext r, Line line) {
        String name = text(r.name);
        PanosState.Rule rule = state.rules.get(name);
        if (rule == null) {
            rule = new PanosState.Rule(line);
            state.rules.put(name, rule);
            state.order.add(name);
        }
        for (PaloAltoPanosLineParser.RuleFieldContext f : r.ruleField()) {
            if (f instanceof PaloAltoPanosLineParser.RuleListContext l) {
                rule.lists.computeIfAbsent(l.kind.getText(), k -> new LinkedHashSet<>()).addAll(members(l.members()));
            } else if (f instanceof PaloAltoPanosLineParser.RuleActionContext a) {
                rule.action = Optional.of(a.action.getText());
                rule.actionLine = Optional.of(line);
            } else if (f instanceof PaloAltoPanosLineParser.RuleFlagContext flag) {
                Optional<Boolean> yes = yesNo(flag.flag.getText());
                if (yes.isEmpty()) {
                    rule.problems.add(new Problem(line, "rule `" + name + "`: `" + flag.kind.getText() + " "
                            + flag.flag.getText() + "` is neither yes nor no"));
                    continue;
                }
                switch (flag.kind.getText()) {
                    case "disabled" -> rule.disabled = yes.get();
                    case "negate-source" -> rule.negateSource = yes.get();
                    default -> rule.negateDestination = yes.get();
                }
            } else if (f instanceof PaloAltoPanosLineParser.RuleTypeContext t) {
                rule.type = t.type.getText();
                if (!Set.of("universal", "intrazone", "interzone").contains(rule.type)) {
                    rule.problems.add(new Problem(line, "rule `" + name + "` has rule type `" + rule.type + "`"));
                }
            } else if (f instanceof PaloAltoPanosLineParser.RuleScheduleContext sc) {
                rule.schedule = Optional.of(text(sc.value()));
            }
        }
    }

    private void defaultRule(PaloAltoPanosLineParser.DefaultRuleContext d, Line line) {
        String name = text(d.name);
        for (PaloAltoPanosLineParser.DefaultRuleFieldContext f : d.defaultRuleField()) {
            if (f instanceof PaloAltoPanosLineParser.DefaultActionContext a) {
                if (!name.equals("intrazone-default") && !name.equals("interzone-default")) {
                    unprovable(line, "default rule `" + name + "` is not one PAN-OS has");
                    return;
                }
                state.defaults.put(name, new PanosState.DefaultAction(a.action.getText(), line));
            }
        }
    }

    private void deleteObject(PaloAltoPanosLineParser.DeleteObjectContext d) {
        boolean shared = shared(d.location());
        String name = text(d.name);
        switch (d.kind.getText()) {
            case "address" -> state.addresses.remove(shared, name);
            case "address-group" -> state.addressGroups.remove(shared, name);
            case "service" -> state.services.remove(shared, name);
            case "service-group" -> state.serviceGroups.remove(shared, name);
            case "application" -> state.applications.remove(shared, name);
            case "application-group" -> state.applicationGroups.remove(shared, name);
            default -> { }
        }
    }

    private void move(PaloAltoPanosLineParser.MoveRuleContext m, Line line) {
        String name = text(m.name);
        if (!state.order.remove(name)) {
            unprovable(line, "`move` names rule `" + name + "`, which does not exist here");
            return;
        }
        if (m.TOP() != null) {
            state.order.add(0, name);
        } else if (m.BOTTOM() != null) {
            state.order.add(name);
        } else {
            int at = state.order.indexOf(text(m.other));
            if (at < 0) {
                unprovable(line, "`move` places rule `" + name + "` next to `" + text(m.other) + "`, which does not exist here");
                state.order.add(name);
                return;
            }
            state.order.add(m.AFTER() != null ? at + 1 : at, name);
        }
    }

    private void rename(String from, String to, Line line) {
        int at = state.order.indexOf(from);
        if (at < 0 || state.rules.containsKey(to)) {
            unprovable(line, "`rename` of rule `" + from + "` to `" + to + "` cannot apply here");
            return;
        }
        state.order.set(at, to);
        state.rules.put(to, state.rules.remove(from));
    }

    /** A line the grammar rejected (already ZC0802): decide from its words what it could have changed. */
    private void notUnderstood(Line line) {
        List<String> words = words(line.text());
        int i = 0;
        if (i < words.size() && Set.of("set", "delete", "edit", "move", "rename").contains(words.get(i))) {
            i++;
        }
        if (i + 1 < words.size() && words.get(i).equals("vsys")) {
            i += 2;
        } else if (i < words.size() && words.get(i).equals("shared")) {
            i++;
        }
        if (i >= words.size()) {
            return;
        }
        String section = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        boolean destinationNat = words.contains("destination-translation")
                || words.contains("dynamic-destination-translation");
        if (section.equals("rulebase") && next.equals("nat") && !destinationNat) {
            // security rules match pre-NAT addresses and post-NAT zones; translating sources changes neither (PAN-OS
            // Administrator's Guide, "NAT Policy Overview"), so a NAT rule without a destination translation is noted
            return;
        }
        if (section.equals("rulebase") && !HARMLESS_RULEBASES.contains(next)) {
            unprovable(line, "a line of the `" + next + "` rule base was not understood");
        } else if (section.equals("zone")) {
            unprovable(line, "a line of zone `" + next + "` was not understood");
        } else if (NAMESPACES.containsKey(section)) {
            state.broken.putIfAbsent(NAMESPACES.get(section) + ":" + next, new Problem(line,
                    section + " `" + next + "` has a line the read-back does not understand"));
        }
    }

    /** Lines of another vsys than the first one named: one rule base per file is what the read-back models. */
    private boolean local(PaloAltoPanosLineParser.LocationContext location, Line line) {
        if (location == null || location.VSYS() == null) {
            if (location != null && location.SHARED() != null) {
                unprovable(line, "zones and rules under `shared` exist only on Panorama");
                return false;
            }
            return true;
        }
        String name = text(location.value());
        if (vsys == null) {
            vsys = name;
        } else if (!vsys.equals(name)) {
            unprovable(line, "the file configures more than one vsys (`" + vsys + "` and `" + name
                    + "`); the read-back models one rule base");
            return false;
        }
        return true;
    }

    private static boolean shared(PaloAltoPanosLineParser.LocationContext location) {
        return location != null && location.SHARED() != null;
    }

    private void unprovable(Line line, String why) {
        LineParsing.unprovable(device, line, why, diagnostics);
    }

    /** `10.1.1.0/24`, `10.1.1.5` (a host); PAN-OS matches a netmask with host bits set as its whole network. */
    private static Optional<AddressBlock> netmask(String text) {
        return text.contains("-") ? Optional.empty() : ReadValues.address(text);
    }

    /** `10.1.2.0/0.0.0.255`: a one in the mask is a bit that may take any value. */
    private static Optional<AddressBlock> wildcard(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !text.substring(slash + 1).contains(".")) {
            return Optional.empty();
        }
        return ReadValues.addressWithMask(text.substring(0, slash), text.substring(slash + 1), true);
    }

    /** `80`, `80,443`, `8000-8080,9000`. */
    private static List<PortRange> ports(String text, String what, Line line, List<Problem> problems) {
        List<PortRange> ports = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Optional<PortRange> range = part.contains(":") ? Optional.empty() : ReadValues.ports(part);
            if (range.isEmpty()) {
                problems.add(new Problem(line, what + ": `" + part + "` is not a port or port range"));
                return List.of();
            }
            ports.add(range.get());
        }
        return ports;
    }

    private static OptionalInt byteValue(String text) {
        try {
            int v = Integer.parseInt(text);
            return v >= 0 && v <= 255 ? OptionalInt.of(v) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Boolean> yesNo(String text) {
        return text.equals("yes") ? Optional.of(true) : text.equals("no") ? Optional.of(false) : Optional.empty();
    }

    static List<String> members(MembersContext m) {
        return m.value().stream().map(PanosLines::text).toList();
    }

    static String text(ValueContext v) {
        String t = v.getText();
        return v.STRING() != null ? t.substring(1, t.length() - 1) : t;
    }

    /** The words of a line, a quoted name counting as one word (for lines the grammar rejected). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : text.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
