package dev.zonec.inventory;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.inventory.Inventory;
import dev.zonec.model.inventory.InventoryDevice;
import dev.zonec.model.inventory.InventoryInterface;
import dev.zonec.model.inventory.InventoryRoute;
import dev.zonec.model.site.ControlPlane;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.support.DidYouMean;
import dev.zonec.support.Names;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Inventory stage entry point. Reads {@code inventory.yaml} through SnakeYAML's node API (never into maps) so
 * that every value keeps its line and column, and reports every shape problem as a diagnostic.
 *
 * <pre>
 * devices:
 *   sw-core:
 *     platform: cisco-ios
 *     interfaces:
 *       Vlan20: { zone: supervisory, address: 10.20.0.2/24 }
 *   fw-sis:
 *     platform: juniper-srx
 *     routes:
 *       - safety &lt;-&gt; supervisory, site-ops
 *     interfaces: ...
 * </pre>
 */
public final class InventoryLoader {
    private static final Set<String> TOP_KEYS = Set.of("devices");
    private static final Set<String> DEVICE_KEYS = Set.of("platform", "interfaces", "routes");
    private static final String ROUTE_FORM = "a route is `ZONE <-> ZONE`, either side a comma-separated list of zones, "
            + "e.g. `safety <-> supervisory, site-ops`";
    private static final Set<String> INTERFACE_KEYS = Set.of("zone", "address", "control-plane");
    private static final String CONTROL_PLANE_FORM = "a control-plane item is a protocol, with the neighbour or server "
            + "where it has one: ospf, vrrp, hsrp, bgp NEIGHBOUR, dhcp-relay SERVER";

    private final SourceFile file;
    private final Diagnostics diagnostics;
    /** Required keys that were written misspelt ("device:platform"): their absence is not reported again. */
    private final java.util.Set<String> misspelt = new java.util.HashSet<>();

    /**
     * The char offset of each code point, or empty when the text has none outside the BMP (then they are equal):
     * a SnakeYAML mark counts code points, and counting from the start for every mark was quadratic in the
     * inventory (seconds for the 2,500 lines of a core facing 500 zones).
     */
    private final int[] charOffsets;

    private InventoryLoader(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        String text = file.text();
        if (text.codePointCount(0, text.length()) == text.length()) {
            this.charOffsets = new int[0];
        } else {
            this.charOffsets = new int[text.codePointCount(0, text.length()) + 1];
            for (int i = 0, at = 0; i < charOffsets.length; i++) {
                charOffsets[i] = at;
                at = at < text.length() ? text.offsetByCodePoints(at, 1) : at;
            }
        }
    }

    public static Inventory load(SourceFile file, Diagnostics diagnostics) {
        return new InventoryLoader(file, diagnostics).load();
    }

    /** More than a hand-written inventory ever needs; beyond them YAML is refused at the offending node. */
    static final int MAX_ALIASES = 10;
    /** A host name label's limit; the name is also the config file's name, which a file system limits too. */
    static final int MAX_DEVICE_NAME = 63;
    static final int MAX_DEPTH = 50;

    private Inventory load() {
        if (!withinLimits()) {
            return empty();
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowRecursiveKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(16 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(file.text()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            diagnostics.report(Diagnostic.error(Code.ZC0101, "inventory is not valid YAML: " + e.getProblem())
                    .at(span(mark, 1)));
            return empty();
        } catch (YAMLException | IllegalArgumentException e) {
            // SnakeYAML signals some malformed input with IllegalArgumentException rather than YAMLException
            diagnostics.report(Diagnostic.error(Code.ZC0101, "inventory is not valid YAML: " + e.getMessage())
                    .at(new Span(file, 1, 1, 1)));
            return empty();
        }
        if (root == null) {
            diagnostics.report(Diagnostic.error(Code.ZC0104, "inventory is empty; it needs a `devices:` mapping")
                    .at(new Span(file, 1, 1, 1)));
            return empty();
        }
        Optional<MappingNode> top = mapping(root, "the inventory (a mapping with `devices:`)");
        if (top.isEmpty()) {
            return empty();
        }
        Map<String, NodeTuple> keys = keys(top.get(), TOP_KEYS, "top-level");
        NodeTuple devices = keys.get("devices");
        if (devices == null && misspelt.contains("top-level:devices")) {
            return empty();
        }
        if (devices == null) {
            diagnostics.report(Diagnostic.error(Code.ZC0104, "inventory has no `devices:` mapping").at(span(root)));
            return empty();
        }
        List<InventoryDevice> result = new ArrayList<>();
        java.util.Set<String> broken = new java.util.TreeSet<>();
        mapping(devices.getValueNode(), "a mapping of device names").ifPresent(m -> {
            for (NodeTuple t : unique(m)) {
                Optional<InventoryDevice> device = device(t);
                device.ifPresent(result::add);
                if (device.isEmpty() && t.getKeyNode() instanceof ScalarNode key) {
                    broken.add(key.getValue());
                }
            }
        });
        return new Inventory(file, result, broken);
    }

    private Optional<InventoryDevice> device(NodeTuple tuple) {
        long errorsBefore = diagnostics.errorCount();
        Optional<Ident> name = name(tuple.getKeyNode(), Names.IDENTIFIER, "device name",
                "a device name starts with a letter and has only letters, digits, `-` and `_`");
        if (name.isPresent() && name.get().text().length() > MAX_DEVICE_NAME) {
            diagnostics.report(Diagnostic.error(Code.ZC0106, "device name `" + name.get().text().substring(0, 20)
                            + "…` is " + name.get().text().length() + " characters long; the limit is " + MAX_DEVICE_NAME)
                    .at(name.get().span())
                    .help("a device name is a host name (at most 63 characters) and names its config file"));
            return Optional.empty();
        }
        Optional<MappingNode> body = mapping(tuple.getValueNode(), "the device's settings (`platform:`, `interfaces:`)");
        if (name.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> keys = keys(body.get(), DEVICE_KEYS, "device");
        Optional<Platform> platform = Optional.empty();
        Span platformSpan = name.get().span();
        NodeTuple platformKey = keys.get("platform");
        if (platformKey == null && misspelt.contains("device:platform")) {
            misspelt.remove("device:platform");
        } else if (platformKey == null) {
            diagnostics.report(Diagnostic.error(Code.ZC0104, "device `" + name.get().text() + "` has no `platform:`")
                    .at(name.get().span()).help("one of: " + String.join(", ", Targets.standard().ids())));
        } else {
            Optional<ScalarNode> value = scalar(platformKey.getValueNode(), "a platform name");
            if (value.isPresent()) {
                platformSpan = span(value.get());
                platform = Targets.standard().byId(value.get().getValue()).map(Target::platform);
                if (platform.isEmpty()) {
                    diagnostics.report(Diagnostic.error(Code.ZC0105, "unknown platform `" + value.get().getValue() + "`")
                            .at(platformSpan)
                            .helpIf(DidYouMean.help(value.get().getValue(), Targets.standard().ids()))
                            .help("known platforms: " + String.join(", ", Targets.standard().ids())));
                }
            }
        }
        List<InventoryInterface> interfaces = new ArrayList<>();
        NodeTuple interfacesKey = keys.get("interfaces");
        if (interfacesKey == null && misspelt.remove("device:interfaces")) {
            // reported as a misspelt key
        } else if (interfacesKey == null) {
            diagnostics.report(Diagnostic.error(Code.ZC0104, "device `" + name.get().text() + "` has no `interfaces:`")
                    .at(name.get().span()));
        } else {
            mapping(interfacesKey.getValueNode(), "a mapping of interface names to `{ zone: ... }`").ifPresent(m -> {
                for (NodeTuple t : unique(m)) {
                    iface(t).ifPresent(interfaces::add);
                }
            });
        }
        Optional<List<InventoryRoute>> routes = Optional.ofNullable(keys.get("routes")).map(this::routes);
        if (platform.isEmpty() || diagnostics.errorCount() > errorsBefore) {
            return Optional.empty(); // a device with an error in its entry is known by name but not used
        }
        return Optional.of(new InventoryDevice(name.get(), platform.get(), platformSpan, interfaces, routes));
    }

    /** {@code routes:} a list of {@code ZONE, ... <-> ZONE, ...} lines; one that is not of that form is reported. */
    private List<InventoryRoute> routes(NodeTuple tuple) {
        List<InventoryRoute> routes = new ArrayList<>();
        Node value = tuple.getValueNode();
        if (!(value instanceof SequenceNode list)) {
            wrongType(value, "a list of routes such as `- safety <-> supervisory, site-ops`");
            return routes;
        }
        if (list.getValue().isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0103, "`routes:` is empty, so the device would forward nothing")
                    .at(span(tuple.getKeyNode()))
                    .help("list the zone pairs the device forwards between, or leave `routes:` out: without it a device "
                            + "forwards between every two zones it faces"));
            return routes;
        }
        for (Node item : list.getValue()) {
            scalar(item, "a route such as `safety <-> supervisory, site-ops`").flatMap(this::route).ifPresent(routes::add);
        }
        return routes;
    }

    private Optional<InventoryRoute> route(ScalarNode node) {
        String text = node.getValue();
        int arrow = text.indexOf("<->");
        if (arrow < 0 || text.indexOf("<->", arrow + 3) >= 0) {
            diagnostics.report(Diagnostic.error(Code.ZC0103, "`" + Diagnostic.printable(text) + "` is not a route")
                    .at(span(node)).help(ROUTE_FORM));
            return Optional.empty();
        }
        // a plain scalar's text starts where its node does; a quoted one a character later
        int offset = node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
        boolean oneLine = node.getStartMark().getLine() == node.getEndMark().getLine();
        Optional<List<Ident>> left = zones(node, text, 0, arrow, offset, oneLine);
        Optional<List<Ident>> right = zones(node, text, arrow + 3, text.length(), offset, oneLine);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InventoryRoute(left.get(), right.get(), span(node)));
    }

    /** The zone names between {@code from} and {@code to} of a route's text, each with its own place where known. */
    private Optional<List<Ident>> zones(ScalarNode node, String text, int from, int to, int offset, boolean oneLine) {
        List<Ident> names = new ArrayList<>();
        int start = from;
        for (int comma = text.indexOf(',', from); start <= to; comma = text.indexOf(',', start)) {
            int end = comma < 0 || comma > to ? to : comma;
            String raw = text.substring(start, end);
            String name = raw.strip();
            int column = start + (raw.length() - raw.stripLeading().length());
            Span at = span(node);
            if (oneLine && !name.isEmpty()) {
                int line = node.getStartMark().getLine() + 1;
                int at0 = node.getStartMark().getColumn() + offset + column;
                String written = file.line(line);
                // only where the name stands in the file as it does in the value (no escapes before it)
                if (written.startsWith(name, at0)) {
                    at = new Span(file, line, at0 + 1, name.length());
                }
            }
            if (!Names.IDENTIFIER.matcher(name).matches()) {
                diagnostics.report(Diagnostic.error(Code.ZC0103, name.isEmpty() ? "a route names an empty zone"
                                : "`" + Diagnostic.printable(name) + "` is not a zone name")
                        .at(at).help(ROUTE_FORM));
                return Optional.empty();
            }
            names.add(new Ident(name, at));
            start = end + 1;
        }
        return Optional.of(names);
    }

    private Optional<InventoryInterface> iface(NodeTuple tuple) {
        Optional<Ident> name = name(tuple.getKeyNode(), Names.INTERFACE, "interface name",
                "an interface name has letters, digits and `/ . _ : -`, at most 64 characters");
        Optional<MappingNode> body = mapping(tuple.getValueNode(), "`{ zone: ZONE }`");
        if (name.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> keys = keys(body.get(), INTERFACE_KEYS, "interface");
        NodeTuple zoneKey = keys.get("zone");
        if (zoneKey == null && misspelt.remove("interface:zone")) {
            return Optional.empty();
        }
        if (zoneKey == null) {
            diagnostics.report(Diagnostic.error(Code.ZC0104, "interface `" + name.get().text() + "` has no `zone:`")
                    .at(name.get().span()));
            return Optional.empty();
        }
        List<Ident> addresses = keys.containsKey("address") ? addresses(keys.get("address").getValueNode()) : List.of();
        List<InventoryInterface.ControlPlaneEntry> controlPlane = keys.containsKey("control-plane")
                ? controlPlane(keys.get("control-plane").getValueNode()) : List.of();
        return scalar(zoneKey.getValueNode(), "a zone name")
                .map(z -> new InventoryInterface(name.get(), new Ident(z.getValue(), span(z)), addresses, controlPlane));
    }

    /**
     * {@code control-plane:} a list of what the device runs on the interface ({@code [ospf, bgp 10.32.0.1]}), or one
     * item; a protocol zonec does not know is ZC0109 at its word. The argument is checked by resolve.
     */
    private List<InventoryInterface.ControlPlaneEntry> controlPlane(Node value) {
        List<Node> items = value instanceof SequenceNode list ? list.getValue() : List.of(value);
        List<InventoryInterface.ControlPlaneEntry> entries = new ArrayList<>();
        for (Node item : items) {
            Optional<ScalarNode> scalar = scalar(item, "a control-plane protocol such as `ospf`");
            if (scalar.isEmpty()) {
                continue;
            }
            String text = scalar.get().getValue();
            String[] words = text.strip().split("\\s+", -1);
            Span whole = span(scalar.get());
            Span wordSpan = wordSpan(scalar.get(), text, words[0]).orElse(whole);
            Optional<ControlPlane.Protocol> protocol = ControlPlane.Protocol.of(words[0]);
            if (protocol.isEmpty()) {
                String word = words[0].toLowerCase(java.util.Locale.ROOT);
                Diagnostic.Builder d = Diagnostic.error(Code.ZC0109, "unknown control-plane protocol `"
                                + Diagnostic.printable(words[0]) + "`").at(wordSpan)
                        .helpIf(DidYouMean.help(word, ControlPlane.Protocol.words()));
                if (word.equals("nd") || word.equals("ipv6-nd") || word.equals("ra") || word.equals("rs")) {
                    d.help("IPv6 neighbour and router discovery needs no declaration: every IPv6 filter zonec writes "
                            + "keeps it");
                }
                diagnostics.report(d.help("known: " + String.join(", ", ControlPlane.Protocol.words())));
                continue;
            }
            if (words.length > 2 || (words.length == 2) != protocol.get().takesPeer()) {
                diagnostics.report(Diagnostic.error(Code.ZC0103, "`" + Diagnostic.printable(text)
                                + "` is not a control-plane item").at(whole)
                        .help(protocol.get().takesPeer() ? "`" + protocol.get().word() + "` names one address: `"
                                + protocol.get().word() + (protocol.get() == ControlPlane.Protocol.BGP
                                ? " NEIGHBOUR`, e.g. `bgp 10.32.0.1`" : " SERVER`, e.g. `dhcp-relay 10.30.0.8`")
                                : "`" + protocol.get().word() + "` takes nothing after it")
                        .help(CONTROL_PLANE_FORM));
                continue;
            }
            Optional<Ident> argument = words.length == 2
                    ? Optional.of(new Ident(words[1], wordSpan(scalar.get(), text, words[1]).orElse(whole)))
                    : Optional.empty();
            entries.add(new InventoryInterface.ControlPlaneEntry(new Ident(protocol.get().word(), wordSpan), argument,
                    whole));
        }
        return entries;
    }

    /** Where a word of a one-line plain or quoted scalar stands in the file, when it stands there as in the value. */
    private Optional<Span> wordSpan(ScalarNode node, String text, String word) {
        if (node.getStartMark() == null || node.getStartMark().getLine() != node.getEndMark().getLine()) {
            return Optional.empty();
        }
        int offset = node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
        int line = node.getStartMark().getLine() + 1;
        int at0 = node.getStartMark().getColumn() + offset + text.indexOf(word);
        String written = file.line(line);
        if (word.isEmpty() || text.indexOf(word) < 0 || !written.startsWith(word, at0)) {
            return Optional.empty();
        }
        return Optional.of(new Span(file, line, at0 + 1, word.length()));
    }

    /** {@code address:} one {@code ADDRESS/LENGTH}, or a list of them (one per IP version); checked by resolve. */
    private List<Ident> addresses(Node value) {
        List<Node> items = value instanceof SequenceNode list ? list.getValue() : List.of(value);
        List<Ident> addresses = new ArrayList<>();
        for (Node item : items) {
            scalar(item, "an interface address such as `10.20.0.2/24`")
                    .ifPresent(s -> addresses.add(new Ident(s.getValue(), span(s))));
        }
        return addresses;
    }

    /**
     * Walks the YAML events before building any node: an alias past {@link #MAX_ALIASES} (a "billion laughs" file
     * expands exponentially) or a collection nested past {@link #MAX_DEPTH} is ZC0101 at that node. A syntax error
     * is left to the composer, which reports it.
     */
    private boolean withinLimits() {
        int aliases = 0;
        int depth = 0;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(16 * 1024 * 1024);
            for (org.yaml.snakeyaml.events.Event event : new Yaml(options).parse(new StringReader(file.text()))) {
                if (event instanceof org.yaml.snakeyaml.events.AliasEvent && ++aliases > MAX_ALIASES) {
                    diagnostics.report(Diagnostic.error(Code.ZC0101, "inventory uses more than " + MAX_ALIASES
                                    + " aliases; zonec refuses YAML that expands this way")
                            .at(span(event.getStartMark(), 1))
                            .help("write the devices out: an inventory needs no anchors and aliases"));
                    return false;
                }
                if (event instanceof org.yaml.snakeyaml.events.CollectionStartEvent && ++depth > MAX_DEPTH) {
                    diagnostics.report(Diagnostic.error(Code.ZC0101, "inventory is nested more than " + MAX_DEPTH
                                    + " levels deep")
                            .at(span(event.getStartMark(), 1))
                            .help("an inventory is four levels deep: devices, device, interfaces, interface"));
                    return false;
                }
                if (event instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                    depth--;
                }
                Optional<String> badTag = badTag(event);
                if (badTag.isPresent()) {
                    // SnakeYAML's composer would throw an IllegalArgumentException here, not a YAMLException
                    diagnostics.report(Diagnostic.error(Code.ZC0101, "inventory is not valid YAML: " + badTag.get())
                            .at(span(event.getStartMark(), 1))
                            .help("an inventory needs no tags (`!name`)"));
                    return false;
                }
            }
        } catch (YAMLException | IllegalArgumentException e) {
            return true; // reported by the composer with its location
        }
        return true;
    }

    /** Why the tag of a node (`!x`) is not one SnakeYAML can build, if it is not. */
    private static Optional<String> badTag(org.yaml.snakeyaml.events.Event event) {
        String tag = event instanceof org.yaml.snakeyaml.events.ScalarEvent s ? s.getTag()
                : event instanceof org.yaml.snakeyaml.events.CollectionStartEvent c ? c.getTag() : null;
        if (tag == null) {
            return Optional.empty();
        }
        try {
            new Tag(tag);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** The keys of a mapping, reporting unknown and repeated ones. */
    private Map<String, NodeTuple> keys(MappingNode node, Set<String> allowed, String where) {
        Map<String, NodeTuple> result = new HashMap<>();
        for (NodeTuple t : unique(node)) {
            Optional<ScalarNode> key = scalar(t.getKeyNode(), "a key");
            if (key.isEmpty()) {
                continue;
            }
            String k = key.get().getValue();
            if (!allowed.contains(k)) {
                DidYouMean.closest(k, allowed).ifPresent(c -> misspelt.add(where + ":" + c));
                diagnostics.report(Diagnostic.error(Code.ZC0102, "unknown " + where + " key `" + k + "`")
                        .at(span(key.get()))
                        .helpIf(DidYouMean.help(k, allowed))
                        .help("allowed here: " + String.join(", ", allowed.stream().sorted().toList())));
                continue;
            }
            result.put(k, t);
        }
        return result;
    }

    /** The tuples of a mapping, without the repeats of a key (each repeat is reported). */
    private List<NodeTuple> unique(MappingNode node) {
        Map<String, Node> seen = new HashMap<>();
        List<NodeTuple> result = new ArrayList<>();
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                Node first = seen.putIfAbsent(key.getValue(), key);
                if (first != null) {
                    diagnostics.report(Diagnostic.error(Code.ZC0107, "`" + key.getValue() + "` appears twice")
                            .at(span(key)).label(span(first), "first here"));
                    continue;
                }
            }
            result.add(t);
        }
        return result;
    }

    private Optional<Ident> name(Node node, java.util.regex.Pattern pattern, String what, String rule) {
        Optional<ScalarNode> scalar = scalar(node, "a " + what);
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String value = scalar.get().getValue();
        if (!pattern.matcher(value).matches()) {
            diagnostics.report(Diagnostic.error(Code.ZC0106, "invalid " + what + " `" + Diagnostic.printable(value) + "`")
                    .at(span(scalar.get())).help(rule));
            return Optional.empty();
        }
        return Optional.of(new Ident(value, span(scalar.get())));
    }

    private Optional<MappingNode> mapping(Node node, String expected) {
        if (node instanceof MappingNode m) {
            return Optional.of(m);
        }
        wrongType(node, expected);
        return Optional.empty();
    }

    private Optional<ScalarNode> scalar(Node node, String expected) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return Optional.of(s);
        }
        wrongType(node, expected);
        return Optional.empty();
    }

    private void wrongType(Node node, String expected) {
        diagnostics.report(Diagnostic.error(Code.ZC0103, "expected " + expected + ", found " + describe(node))
                .at(span(node)));
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            return Tag.NULL.equals(s.getTag()) ? "nothing" : "the value `" + Diagnostic.printable(s.getValue()) + "`";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return "a list";
    }

    /** A scalar on one line is underlined as written, quotes and escapes included; anything else at its start. */
    private Span span(Node node) {
        Mark start = node.getStartMark();
        Mark end = node.getEndMark();
        if (node instanceof ScalarNode && start != null && end != null && start.getLine() == end.getLine()
                && end.getIndex() > start.getIndex()) {
            int from = offset(start);
            return file.spanAt(from, offset(end) - from);
        }
        return span(start, 1);
    }

    private Span span(Mark mark, int length) {
        return mark == null ? new Span(file, 1, 1, 1) : file.spanAt(offset(mark), length);
    }

    /** A SnakeYAML mark counts code points from the start of the text; this is its offset in chars. */
    private int offset(Mark mark) {
        int index = Math.max(0, mark.getIndex());
        return charOffsets.length == 0 ? Math.min(index, file.text().length())
                : charOffsets[Math.min(index, charOffsets.length - 1)];
    }

    private Inventory empty() {
        return new Inventory(file, List.of());
    }
}
