package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import dev.zonec.platform.cisco.Nameifs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Cisco ASA 9.x configuration back (routed mode, single context): interfaces with their {@code nameif},
 * security level and state; objects and object groups; extended ACLs; {@code access-group} bindings;
 * {@code same-security-traffic}; and whether ICMP is inspected. {@link AsaFilter} then builds the stages, including
 * the ASA's behaviour on an interface without an access-group (higher to lower security level only).
 *
 * <p>Lines are read in order, as the ASA applies them when the file is pasted: {@code clear configure access-list}
 * and {@code no object-group} remove what came before, an {@code access-group} needs its ACL and its {@code nameif}
 * to exist already. A line starting with a space belongs to the block (interface, object, policy-map) opened by the
 * last line that did not.
 */
public final class CiscoAsaReadBack implements ReadBack {


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        return read(device, files, Map.of(), diagnostics);
    }

    /**
     * zonec never writes an interface's {@code nameif} or security level: they are the operator's one-time setup
     * (docs/platforms/cisco-asa.md). The inventory's interfaces ({@code zones}) are read as set up that way before
     * the files, each with the name the inventory gives it ({@link Nameifs}). Their security levels are not zonec's
     * to know, so they are read in the way that hides nothing: one level for all, with traffic between interfaces of
     * one level permitted (then the ACLs alone decide, and an interface without zonec's ACL passes everything, as it
     * may on the device). A file that configures an interface or the same-level rule overrides this.
     */
    @Override
    public PacketFilter read(String device, List<SourceFile> files, Map<String, String> zones,
                             Diagnostics diagnostics) {
        Reader reader = new Reader(device, diagnostics);
        for (Map.Entry<String, String> named : Nameifs.of(zones).entrySet()) {
            AsaConfig.Iface iface = reader.config.interfaces.computeIfAbsent(named.getKey(), AsaConfig.Iface::new);
            iface.nameif = Optional.of(named.getValue());
            iface.levelSet = true;
            reader.config.sameSecurityInter = true;
        }
        for (SourceFile file : files) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                reader.line(new LineParsing.Line(file, i + 1, lines[i]));
            }
        }
        return new AsaFilter(device, reader.config, diagnostics).build();
    }

    private enum Block {
        NONE,
        INTERFACE,
        OBJECT,
        CLASS_MAP,
        POLICY_MAP,
        /** A block whose lines do not decide forwarding (a typed inspection map, crypto, ...). */
        IGNORED,
        /** A block whose opening line was not understood: its lines are not either. */
        UNKNOWN
    }

    /** The block context between lines. */
    private static final class Reader {
        /** First words of top-level commands that can change what the ASA forwards. */
        private static final Set<String> FORWARDING = Set.of("access-list", "access-group", "object", "object-group",
                "same-security-traffic", "interface", "firewall", "shun", "nameif", "security-level");
        private static final Pattern ACL_NAME = Pattern.compile("^access-list\\s+(\\S+)");
        private static final String REFUSED_HELP = "the ASA refuses this line as written, so the device would not run "
                + "what the file says; define names before the lines that use them, as zonec writes them";

        private final String device;
        private final Diagnostics diagnostics;
        private final AsaConfig config = new AsaConfig();
        private Block block = Block.NONE;
        private AsaConfig.Iface iface;
        private AsaObjects.Definition object;
        private String map = "";
        private String mapClass = "";

        Reader(String device, Diagnostics diagnostics) {
            this.device = device;
            this.diagnostics = diagnostics;
        }

        void line(LineParsing.Line line) {
            String text = line.text().stripTrailing();
            String stripped = text.strip();
            // `!` separates blocks and `:` starts a comment in ASA configuration files
            if (stripped.isEmpty() || stripped.startsWith("!") || stripped.startsWith(":")) {
                if (!stripped.isEmpty() && !text.startsWith(" ")) {
                    block = Block.NONE;
                }
                return;
            }
            boolean sub = Character.isWhitespace(text.charAt(0));
            if (sub && (block == Block.IGNORED)) {
                return;
            }
            if (!sub && management(line, stripped)) {
                block = Block.NONE;
                return;
            }
            Optional<AsaLineParser.LineContext> parsed = LineParsing.parse(line, AsaLineLexer::new, AsaLineParser::new,
                    AsaLineParser::line, diagnostics);
            if (parsed.isEmpty()) {
                notUnderstood(line, stripped, sub);
                return;
            }
            AsaLineParser.StatementContext s = parsed.get().statement();
            if (sub) {
                subLine(s, line, stripped);
            } else {
                block = Block.NONE;
                topLine(s, line, stripped);
            }
        }

        private void topLine(AsaLineParser.StatementContext s, LineParsing.Line line, String text) {
            if (s instanceof AsaLineParser.InterfaceOpenContext i) {
                iface = config.interfaces.computeIfAbsent(i.name.getText(), AsaConfig.Iface::new);
                block = Block.INTERFACE;
            } else if (s instanceof AsaLineParser.NetworkObjectOpenContext o) {
                open(o.name.getText(), AsaObjects.Kind.NETWORK_OBJECT, "", line);
            } else if (s instanceof AsaLineParser.ServiceObjectOpenContext o) {
                open(o.name.getText(), AsaObjects.Kind.SERVICE_OBJECT, "", line);
            } else if (s instanceof AsaLineParser.NetworkGroupOpenContext o) {
                open(o.name.getText(), AsaObjects.Kind.NETWORK_GROUP, "", line);
            } else if (s instanceof AsaLineParser.ServiceGroupOpenContext o) {
                serviceGroup(o, line);
            } else if (s instanceof AsaLineParser.ProtocolGroupOpenContext o) {
                open(o.name.getText(), AsaObjects.Kind.PROTOCOL_GROUP, "", line);
            } else if (s instanceof AsaLineParser.IcmpGroupOpenContext o) {
                open(o.name.getText(), AsaObjects.Kind.ICMP_GROUP, "", line);
            } else if (s instanceof AsaLineParser.NoObjectLineContext n) {
                config.objects.remove(n.name.getText());
            } else if (s instanceof AsaLineParser.ClearAclLineContext c) {
                if (c.name == null) {
                    List.copyOf(config.acls.keySet()).forEach(config::clearAcl);
                } else {
                    config.clearAcl(c.name.getText());
                }
            } else if (s instanceof AsaLineParser.NoAclLineContext n) {
                config.clearAcl(n.name.getText());
            } else if (s instanceof AsaLineParser.RemarkLineContext r) {
                entry(r.name.getText(), r.number, new AsaConfig.Entry(Optional.empty(), line, Optional.empty()));
            } else if (s instanceof AsaLineParser.AceLineContext a) {
                entry(a.name.getText(), a.number, new AsaConfig.Entry(Optional.of(a), line, Optional.empty()));
            } else if (s instanceof AsaLineParser.AccessGroupLineContext g) {
                accessGroup(g, line);
            } else if (s instanceof AsaLineParser.GlobalAccessGroupLineContext g) {
                if (requireAcl(g.acl.getText(), line)) {
                    config.global = Optional.of(new AsaConfig.Binding(g.acl.getText(), line));
                }
            } else if (s instanceof AsaLineParser.NoAccessGroupLineContext n) {
                if (n.GLOBAL() != null) {
                    config.global = Optional.empty();
                } else {
                    (n.IN() != null ? config.inbound : config.outbound).remove(n.nameif.getText());
                }
            } else if (s instanceof AsaLineParser.SameSecurityLineContext ss) {
                if (ss.INTER_INTERFACE() != null) {
                    config.sameSecurityInter = ss.NO() == null;
                }
                // intra-interface lets traffic leave where it came in: no pair of two interfaces is concerned
            } else if (s instanceof AsaLineParser.ClassMapOpenContext c) {
                map = c.name.getText();
                config.classMatches.computeIfAbsent(map, k -> new java.util.HashSet<>());
                block = Block.CLASS_MAP;
            } else if (s instanceof AsaLineParser.PolicyMapOpenContext p) {
                map = p.name.getText();
                mapClass = "";
                config.icmpInspection.computeIfAbsent(map, k -> new java.util.HashMap<>());
                block = Block.POLICY_MAP;
            } else if (s instanceof AsaLineParser.TypedMapOpenContext || s instanceof AsaLineParser.IgnoredLineContext
                    || s instanceof AsaLineParser.HarmlessSubLineContext) {
                block = Block.IGNORED;
            } else if (s instanceof AsaLineParser.ServicePolicyLineContext sp) {
                if (sp.GLOBAL() != null) {
                    String name = sp.name.getText();
                    config.globalPolicy = sp.NO() == null ? Optional.of(name)
                            : config.globalPolicy.filter(p -> !p.equals(name));
                }
                // an interface service policy covers one interface only: it does not make ICMP inspected everywhere
            } else {
                unknown(line, text, "not a command the read-back expects outside a block");
            }
        }

        private void subLine(AsaLineParser.StatementContext s, LineParsing.Line line, String text) {
            switch (block) {
                case INTERFACE -> interfaceLine(s, line, text);
                case OBJECT -> objectLine(s, line, text);
                case CLASS_MAP -> {
                    if (s instanceof AsaLineParser.MatchLineContext m) {
                        config.classMatches.get(map).add(m.word().getText());
                    } else {
                        LineParsing.unknown(line, "not understood in a class-map", diagnostics);
                    }
                }
                case POLICY_MAP -> policyLine(s, line);
                case UNKNOWN -> LineParsing.unknown(line, "inside a block that was not understood, not read",
                        diagnostics);
                default -> LineParsing.unknown(line, "indented outside a block, not understood", diagnostics);
            }
        }

        private void interfaceLine(AsaLineParser.StatementContext s, LineParsing.Line line, String text) {
            if (s instanceof AsaLineParser.NameifLineContext n) {
                Optional<AsaConfig.Iface> taken = config.byNameif(n.name.getText()).filter(other -> other != iface);
                if (taken.isPresent()) {
                    LineParsing.unprovable(device, line, "interface name `" + n.name.getText() + "` is already the "
                            + "nameif of " + taken.get().name, REFUSED_HELP, diagnostics);
                    return;
                }
                iface.nameif = Optional.of(n.name.getText());
                if (!iface.levelSet) {
                    // the ASA sets the level when the name is given: 100 for "inside", 0 for any other name
                    iface.level = n.name.getText().equals("inside") ? 100 : 0;
                    iface.levelLine = Optional.of(line);
                }
            } else if (s instanceof AsaLineParser.SecurityLevelLineContext l) {
                String v = l.level.getText();
                if (!v.matches("[0-9]{1,3}") || Integer.parseInt(v) > 100) {
                    LineParsing.unprovable(device, line, "security level `" + v + "` is not 0-100", REFUSED_HELP,
                            diagnostics);
                    return;
                }
                iface.level = Integer.parseInt(v);
                iface.levelSet = true;
                iface.levelLine = Optional.of(line);
            } else if (s instanceof AsaLineParser.NoInterfaceSettingContext n) {
                if (n.NAMEIF() != null) {
                    iface.nameif = Optional.empty();
                } else {
                    iface.level = 0;
                    iface.levelSet = true;
                    iface.levelLine = Optional.of(line);
                }
            } else if (s instanceof AsaLineParser.ShutdownLineContext d) {
                iface.shutdown = d.NO() == null;
            } else if (s instanceof AsaLineParser.ManagementOnlyLineContext m) {
                iface.managementOnly = m.NO() == null;
            } else if (!(s instanceof AsaLineParser.HarmlessSubLineContext)) {
                unknown(line, text, "not an interface setting the read-back expects");
            }
        }

        private void objectLine(AsaLineParser.StatementContext s, LineParsing.Line line, String text) {
            try {
                new ObjectLines(object).read(s);
            } catch (dev.zonec.readback.NotModelled e) {
                LineParsing.unknown(line, "not understood in " + object.kind.command + " (" + e.getMessage() + ")",
                        diagnostics);
                object.problems.add("line " + line.number() + ": " + e.getMessage());
            }
        }

        private void policyLine(AsaLineParser.StatementContext s, LineParsing.Line line) {
            if (s instanceof AsaLineParser.ClassLineContext c) {
                mapClass = c.name.getText();
                config.icmpInspection.get(map).putIfAbsent(mapClass, false);
            } else if (s instanceof AsaLineParser.InspectLineContext i && !mapClass.isEmpty()) {
                // `inspect icmp error` is another engine (it rewrites ICMP errors for NAT), not ICMP inspection
                boolean icmp = i.engine.getText().equals("icmp") && i.getChildCount() == (i.NO() == null ? 2 : 3);
                if (icmp) {
                    config.icmpInspection.get(map).put(mapClass, i.NO() == null);
                }
            } else {
                LineParsing.unknown(line, "not read (a policy-map action other than inspection)", diagnostics);
            }
        }

        private void open(String name, AsaObjects.Kind kind, String portProtocol, LineParsing.Line line) {
            object = config.objects.open(name, kind, portProtocol, line);
            block = Block.OBJECT;
        }

        private void serviceGroup(AsaLineParser.ServiceGroupOpenContext o, LineParsing.Line line) {
            if (o.kind == null) {
                open(o.name.getText(), AsaObjects.Kind.SERVICE_GROUP, "", line);
                return;
            }
            String kind = o.kind.getText();
            if (!Set.of("tcp", "udp", "tcp-udp").contains(kind)) {
                unknown(line, line.text(), "a service group of protocol `" + kind + "` is not read");
                return;
            }
            open(o.name.getText(), AsaObjects.Kind.PORT_GROUP, kind, line);
        }

        private void entry(String acl, AsaLineParser.WordContext number, AsaConfig.Entry entry) {
            List<AsaConfig.Entry> entries = config.acl(acl);
            int at = entries.size();
            if (number != null) {
                String n = number.getText();
                // `line N` inserts before the Nth line (remarks count); beyond the end it appends
                at = n.matches("[0-9]{1,6}") ? Math.min(Math.max(Integer.parseInt(n), 1) - 1, entries.size()) : at;
            }
            entries.add(at, entry);
        }

        private void accessGroup(AsaLineParser.AccessGroupLineContext g, LineParsing.Line line) {
            if (g.CONTROL_PLANE() != null) {
                return; // traffic to the ASA itself, not through it
            }
            String nameif = g.nameif.getText();
            if (config.byNameif(nameif).isEmpty()) {
                LineParsing.unprovable(device, line, "no interface is named `" + nameif + "` (nameif) before this "
                        + "line, so the ASA refuses it", REFUSED_HELP, diagnostics);
                return;
            }
            if (requireAcl(g.acl.getText(), line)) {
                (g.IN() != null ? config.inbound : config.outbound).put(nameif,
                        new AsaConfig.Binding(g.acl.getText(), line));
            }
        }

        private boolean requireAcl(String acl, LineParsing.Line line) {
            if (!config.acls.containsKey(acl)) {
                LineParsing.unprovable(device, line, "access-list `" + acl + "` does not exist before this line, so "
                        + "the ASA refuses it", REFUSED_HELP, diagnostics);
                return false;
            }
            return true;
        }

        /**
         * A management-access line ({@code [no] ssh|http|icmp ...}, {@code http server enable [PORT]}): read here, as the
         * line grammar reads the other settings of these commands as decided elsewhere. False for those settings.
         */
        private boolean management(LineParsing.Line line, String text) {
            List<String> words = List.of(text.split("\\s+"));
            boolean no = words.get(0).equals("no");
            int at = no ? 1 : 0;
            if (words.size() <= at || !ManagementLine.COMMANDS.contains(words.get(at))) {
                return false;
            }
            String command = words.get(at);
            List<String> args = words.subList(at + 1, words.size());
            if (command.equals("http") && args.size() >= 2 && args.get(0).equals("server")
                    && args.get(1).equals("enable")) {
                OptionalInt port = args.size() == 3 ? AsaNames.number(args.get(2), 65535) : OptionalInt.of(443);
                if (port.isEmpty() || args.size() > 3) {
                    LineParsing.unprovable(device, line, "the HTTPS server's port was not understood", diagnostics);
                    return true;
                }
                config.httpPort = no ? 443 : port.getAsInt();
                return true;
            }
            Optional<ManagementLine> parsed;
            try {
                parsed = ManagementLine.parse(command, args, line);
            } catch (dev.zonec.readback.NotModelled e) {
                LineParsing.unprovable(device, line, "a `" + command + "` line was not understood (" + e.getMessage()
                        + ")", diagnostics);
                return true;
            }
            if (parsed.isEmpty()) {
                return false;
            }
            ManagementLine m = parsed.get();
            if (config.byNameif(m.nameif()).isEmpty()) {
                LineParsing.unprovable(device, line, "no interface is named `" + m.nameif() + "` (nameif) before this "
                        + "line, so the ASA refuses it", REFUSED_HELP, diagnostics);
                return true;
            }
            if (no) {
                config.management.removeIf(other -> other.key().equals(m.key()));
            } else if (config.management.stream().noneMatch(other -> other.key().equals(m.key()))) {
                config.management.add(m);
            }
            return true;
        }

        /** A line the grammar refused (already a ZC0802 warning): does it matter? */
        private void notUnderstood(LineParsing.Line line, String text, boolean sub) {
            if (!sub) {
                block = Block.UNKNOWN;
                Matcher acl = ACL_NAME.matcher(text);
                if (acl.find()) {
                    config.acl(acl.group(1)).add(new AsaConfig.Entry(Optional.empty(), line,
                            Optional.of("a line of access-list `" + acl.group(1) + "` was not understood")));
                } else if (FORWARDING.contains(firstWord(text))) {
                    LineParsing.unprovable(device, line, "a `" + firstWord(text) + "` command was not understood",
                            diagnostics);
                }
                return;
            }
            if (block == Block.OBJECT) {
                object.problems.add("line " + line.number() + " was not understood");
            } else if (block == Block.INTERFACE && Set.of("nameif", "security-level").contains(firstWord(text))) {
                LineParsing.unprovable(device, line, "an interface setting was not understood", diagnostics);
            }
        }

        /** A line the grammar accepted in a place it does not belong. */
        private void unknown(LineParsing.Line line, String text, String why) {
            LineParsing.unknown(line, why, diagnostics);
            notUnderstood(line, text.strip(), Character.isWhitespace(line.text().charAt(0)));
        }

        private static String firstWord(String text) {
            return text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        }
    }
}
