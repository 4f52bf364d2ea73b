package dev.zonec.batfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Severity;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Platform;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.platform.BatfishSupport.KnownGap;
import dev.zonec.platform.BatfishSupport.KnownIssue;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Batfish 0.36.0's own answers, recorded against a live service ({@code src/test/resources/batfish-live}, README
 * there), replayed through zonec's judgement: the known-gap lists hold exactly what Batfish warned about, the files
 * Batfish only partly read keep their packets out of the count, and the question shapes are the ones Batfish answered.
 */
class BatfishLiveContractTest {

    /** The platform of an output file, by the extension zonec gives it. */
    private static final Map<String, String> PLATFORMS = Map.of("ios", "cisco-ios", "nxos", "cisco-nxos",
            "eos", "arista-eos", "asa", "cisco-asa", "srx", "juniper-srx", "junos", "juniper-junos",
            "panos", "paloalto-panos", "fortios", "fortinet-fortios", "iptables", "iptables");

    /** One recorded snapshot: the files as uploaded, and Batfish's answers to them. */
    record Recording(Path dir, String snapshot, String answers) {

        static Recording of(String dir) {
            return new Recording(root().resolve(dir), "snapshot", "");
        }

        /** The same folder's other snapshot and its answers ({@code variant-snapshot/}, {@code variant-*.json}). */
        Recording variant() {
            return new Recording(dir, "variant-snapshot", "variant-");
        }

        /** Uploaded path ({@code configs/sw-core.ios}) to text. */
        Map<String, String> files() {
            Map<String, String> files = new TreeMap<>();
            Path base = dir.resolve(snapshot);
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.put(base.relativize(p).toString().replace('\\', '/'),
                        read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }

        AnswerTable answer(String question) {
            return AnswerTable.parse(question, Fixture.json(read(dir.resolve(answers + question + ".json")))).orElseThrow();
        }

        List<Rows.FileStatus> statuses() throws BatfishException {
            return Rows.fileStatus(answer("fileParseStatus"));
        }

        List<Rows.ParseWarning> warnings() throws BatfishException {
            return Rows.parseWarnings(answer("parseWarning"));
        }

        List<Rows.InitIssue> issues() throws BatfishException {
            return Files.isRegularFile(dir.resolve(answers + "initIssues.json"))
                    ? Rows.initIssues(answer("initIssues")) : List.of();
        }

        /**
         * The snapshot as zonec's packaging laid it out: each vendor file split into the header zonec put in front
         * and the output file, which starts at zonec's own first comment ({@code ! zonec:}, {@code # zonec:},
         * {@code : zonec:}); a PAN-OS file, which has none, after the packaging's PAN-OS lines.
         */
        SnapshotPackage packaged() {
            List<PackagedFile> files = new ArrayList<>();
            Map<String, String> hosts = new TreeMap<>();
            files().forEach((path, text) -> {
                if (path.startsWith("hosts/")) {
                    hosts.put(path, text);
                    return;
                }
                String name = path.substring(path.indexOf('/') + 1);
                String device = name.substring(0, name.lastIndexOf('.'));
                List<String> lines = List.of(text.split("\n", -1));
                int header = header(lines);
                String output = String.join("\n", lines.subList(header, lines.size()));
                files.add(new PackagedFile(path, new GeneratedFile(device(device, name), new SourceFile(name, "OUT/" + name,
                        output)), lines.subList(0, header)));
            });
            return new SnapshotPackage(files, hosts, List.of());
        }
    }

    private static int header(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("[!#:] zonec: .*")) {
                return i;
            }
        }
        int i = 0;
        while (lines.get(i).matches("#BATFISH_FORMAT: palo_alto|set deviceconfig system hostname .*"
                + "|set network interface ethernet .*")) {
            i++;
        }
        return i;
    }

    static Device device(String name, String file) {
        Platform platform = target(file).platform();
        return new Device(name, platform, List.of(), new Span(new SourceFile("inventory.yaml", "inventory.yaml",
                name + ":\n"), 1, 1, name.length()));
    }

    static Target target(String file) {
        String id = PLATFORMS.get(file.substring(file.lastIndexOf('.') + 1));
        return Targets.standard().byId(id).orElseThrow(() -> new AssertionError("no platform for " + file));
    }

    private static Path root() {
        try {
            return Path.of(BatfishLiveContractTest.class.getResource("/batfish-live").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every recording with a snapshot and answers, under every folder. */
    private static List<Recording> all() throws IOException {
        List<Recording> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root())) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                Recording r = new Recording(d, "snapshot", "");
                all.add(r);
                if (Files.isDirectory(d.resolve("variant-snapshot"))) {
                    all.add(r.variant());
                }
            }
        }
        return all;
    }

    @Test
    void everyKnownGapIsOneBatfishReallyWarnedAbout() throws Exception {
        List<String> unseen = new ArrayList<>();
        for (Target t : Targets.standard().all()) {
            for (KnownGap gap : t.batfish().knownGaps()) {
                if (!seen(gap, t)) {
                    unseen.add(t.id() + ": " + gap.line().pattern() + " / " + gap.warning().pattern());
                }
            }
            for (KnownIssue issue : t.batfish().knownIssues()) {
                if (!seen(issue, t)) {
                    unseen.add(t.id() + ": " + issue.type().pattern() + " / " + issue.details().pattern());
                }
            }
        }
        assertEquals(List.of(), unseen, "known gaps with no recorded Batfish warning behind them");
    }

    private static boolean seen(KnownGap gap, Target t) throws Exception {
        for (Recording r : all()) {
            SnapshotPackage snapshot = r.packaged();
            for (Rows.ParseWarning w : r.warnings()) {
                Optional<PackagedFile> file = snapshot.file(w.file());
                if (file.isPresent() && file.get().file().device().platform().equals(t.platform())
                        && gap.holds(file.get().file().source(), w.line() - file.get().header().size(), w.comment())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean seen(KnownIssue issue, Target t) throws Exception {
        for (Recording r : all()) {
            SnapshotPackage snapshot = r.packaged();
            for (Rows.InitIssue i : r.issues()) {
                boolean mine = i.nodes().stream().anyMatch(n -> snapshot.fileOf(n)
                        .filter(f -> f.file().device().platform().equals(t.platform())).isPresent());
                if (mine && issue.holds(i.type(), i.details())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** zonec 6131ad1's port terminal: FortiOS lost its policy table, PAN-OS its rules; the rest only known gaps. */
    @Test
    void theFirstLiveRunIsJudgedAsBatfishReadIt() throws Exception {
        Recording r = Recording.of("port-terminal-6131ad1");
        ParseCheck.Result result = ParseCheck.judge(r.packaged(), r.statuses(), r.warnings(), r.issues());
        assertEquals(Map.of("fw-dmz-ot", "Batfish did not fully recognise `fw-dmz-ot.fortios` (status "
                        + "PARTIALLY_UNRECOGNIZED, 224 lines it could not read)",
                "fw-edge", "Batfish did not fully recognise `fw-edge.panos` (status PARTIALLY_UNRECOGNIZED, 20 lines "
                        + "it could not read)"), result.unread());
        assertEquals(4, result.onlyGaps(), "IOS, EOS, ASA and SRX: known gaps only");
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.stream().allMatch(d -> d.primary().orElseThrow().file().sitePath().matches(
                "fw-dmz-ot.fortios|fw-edge.panos")), errors.toString());
        Diagnostic firstUnset = errors.stream().filter(d -> d.code() == Code.ZC0702).findFirst().orElseThrow();
        assertEquals("fw-dmz-ot.fortios", firstUnset.primary().orElseThrow().file().sitePath());
        assertEquals("unset dstaddr6", firstUnset.primary().orElseThrow().file()
                .line(firstUnset.primary().orElseThrow().line()).strip(), "Batfish names the second unset first");
        List<Diagnostic> gapNotes = result.diagnostics().stream()
                .filter(d -> d.code() == Code.ZC0702 && d.severity() == Severity.NOTE).toList();
        assertTrue(gapNotes.stream().anyMatch(d -> d.message().equals("Batfish warns on `clear configure "
                + "access-list zc-in-cctv` and 3 more lines of this shape in `fw-ot-core.asa`: This syntax is unrecognized "
                + "(a known Batfish gap)")),
                gapNotes.toString());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.NOTE
                && d.message().contains("convert warning (redflag) for `gw-cctv`")), "iptables: a known issue");
    }

    /** zonec's port terminal now: every file read as written, the only unread lines known gaps, every question answered. */
    @Test
    void thePortTerminalIsReadAsWrittenNow() throws Exception {
        Recording r = Recording.of("port-terminal-read-as-written");
        ParseCheck.Result result = ParseCheck.judge(r.packaged(), r.statuses(), r.warnings(), r.issues());
        assertEquals(Map.of(), result.unread());
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError).toList());
        assertEquals(7, result.files());
        assertEquals(2, result.recognised());
        assertEquals(5, result.onlyGaps());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith("Batfish warns on "
                + "`unset dstaddr6` and ") && d.message().endsWith("in `fw-dmz-ot.fortios`: This syntax is unrecognized (a "
                + "known Batfish gap)")),
                "the FortiOS clearing block: " + result.diagnostics());
        JsonNode asked = Fixture.json(read(r.dir().resolve("testFilters.json")));
        assertTrue(asked.size() > 50, "the recorded questions");
        Map<String, String> shapes = Map.of("fortinet-fortios", "@out\\(\"[^\"]+\"\\)", "paloalto-panos",
                "\"~[^~]+~OUTGOING_FILTER~\"", "juniper-srx", "\"~SECURITY_POLICIES_TO~[^\"]+\"",
                "cisco-asa", "\"zc-in-[^\"]+\"", "cisco-ios", "@in\\(.+\\)", "arista-eos", "@in\\(.+\\)");
        SnapshotPackage snapshot = r.packaged();
        for (JsonNode q : asked) {
            String node = q.get("vars").get("nodes").asText().replace("\"", "");
            String platform = snapshot.fileOf(node).orElseThrow().file().device().platform().id();
            assertTrue(q.get("vars").get("filters").asText().matches(shapes.get(platform)), q.toString());
            assertTrue(q.get("rows").size() >= 1, "Batfish applied the filter zonec named: " + q);
        }
    }

    /**
     * The same packaging replayed through the whole verifier, Batfish's parse answers as recorded: the two devices
     * Batfish did not read as written are never asked about, their packets are counted as not checked, and nothing
     * else is confirmed or denied on their behalf.
     */
    @Test
    void aPartlyRecognisedFileHasItsPacketsReportedNotChecked() throws Exception {
        Recording r = Recording.of("port-terminal-6131ad1");
        BatfishVerifierTest.Compiled c = BatfishVerifierTest.compile(java.nio.file.Files.createTempDirectory("zc-live"));
        List<GeneratedFile> files = new ArrayList<>();
        Map<String, Integer> shift = new TreeMap<>();
        for (PackagedFile p : r.packaged().files()) {
            Device current = c.site().devicesByName().get(p.file().device().name());
            files.add(new GeneratedFile(current, p.file().source()));
            int header = PlatformSupport.of(current.platform()).header(current).size();
            shift.put(p.path(), header - p.header().size());
        }
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            for (Rows.FileStatus s : r.statuses()) {
                fake.fileStatus.put(s.file(), s.status());
            }
            for (ObjectNode w : r.answer("parseWarning").rows()) {
                ObjectNode rebased = w.deepCopy();
                rebased.put("Line", w.path("Line").asInt() + shift.getOrDefault(w.path("Filename").asText(), 0));
                fake.parseWarnings.add(rebased);
            }
            for (ObjectNode issue : r.answer("initIssues").rows()) {
                ObjectNode rebased = issue.deepCopy();
                for (JsonNode source : rebased.path("Source_Lines")) {
                    int by = shift.getOrDefault(source.path("filename").asText(), 0);
                    List<Integer> recorded = new ArrayList<>();
                    source.path("lines").forEach(l -> recorded.add(l.asInt()));
                    com.fasterxml.jackson.databind.node.ArrayNode lines = ((ObjectNode) source).putArray("lines");
                    recorded.forEach(l -> lines.add(l + by));
                }
                fake.initIssues.add(rebased);
            }
            VerifyResult v = BatfishVerifier.verify(BatfishVerifierTest.client(fake), c.site(),
                    c.result().ir().orElseThrow(), files, c.result().diagnostics());
            for (String device : List.of("fw-dmz-ot", "fw-edge")) {
                assertTrue(fake.queries.stream().noneMatch(q -> q.device().equals(device)), device + " was asked about");
                assertFalse(v.filterDevices().contains(device), v.filterDevices().toString());
                Diagnostic d = v.diagnostics().stream().filter(x -> x.code() == Code.ZC0705
                        && x.message().startsWith("the filters of `" + device + "` are not checked by Batfish")).findFirst()
                        .orElseThrow(() -> new AssertionError(device + ": no ZC0705 in " + v.diagnostics()));
                assertEquals(Severity.WARNING, d.severity());
                assertTrue(v.notChecked().stream().anyMatch(n -> n.startsWith(device + " flows (Batfish did not fully "
                        + "recognise " + device + ".")), v.notChecked().toString());
            }
            assertEquals(List.of("fw-ot-core", "fw-sis", "sw-core", "sw-vru"), v.filterDevices());
            assertEquals(0, v.disagreements());
            assertTrue(v.hasErrors(), "the unread lines themselves are findings");
        }
    }

    /**
     * The question shapes: asked zonec 6131ad1's way ({@code @in}/{@code @out}), Batfish applied no filter on ASA, SRX
     * and PAN-OS, and zonec called that a disagreement; asked by the filter each target names now, Batfish answered
     * with the policy's action. The packets are the recorded ones, on the port terminal's devices.
     */
    @Test
    void theQuestionEachTargetAsksIsTheOneBatfishAnswered() throws Exception {
        Recording r = Recording.of("port-terminal-6131ad1");
        JsonNode asked = Fixture.json(read(r.dir().resolve("testFilters.json")));
        JsonNode byName = Fixture.json(read(r.dir().resolve("testFilters-byname-and-variant.json")));
        BatfishVerifierTest.Compiled c = BatfishVerifierTest.compile(java.nio.file.Files.createTempDirectory("zc-live"));
        OriginLocator locator = new OriginLocator();
        SnapshotPackage snapshot = SnapshotPackage.of(c.files());
        record Case(String old, String now, String device, String in, String out) {}
        List<Case> cases = List.of(
                new Case("asa-ntp-sup-to-ops", "asa-ntp-byname", "fw-ot-core", "supervisory", "site-ops"),
                new Case("asa-ntp-124", "asa-ntp-124-byname", "fw-ot-core", "supervisory", "site-ops"),
                new Case("srx-ews-sisews-rdp", "srx-rdp-secpol", "fw-sis", "supervisory", "safety"),
                new Case("srx-ews-sisews-3390", "srx-3390-secpol", "fw-sis", "supervisory", "safety"),
                new Case("forti-hist-repl", "v-forti-hist-repl", "fw-dmz-ot", "site-ops", "ot-dmz"),
                new Case("forti-hist-5451", "v-forti-hist-5451", "fw-dmz-ot", "site-ops", "ot-dmz"));
        for (Case k : cases) {
            FlowTest test = test(c, k.device(), k.in(), k.out(), asked.get(k.old()));
            Map<String, JsonNode> parameters = FlowCheck.parameters(test, c.site());
            JsonNode vars = byName.get(k.now()).get("vars");
            assertEquals(unquoted(vars.get("filters").asText()), unquoted(parameters.get("filters").asText()), k.now());
            assertEquals(unquoted(vars.path("startLocation").asText("")),
                    unquoted(parameters.containsKey("startLocation") ? parameters.get("startLocation").asText() : ""),
                    k.now());
            Optional<Diagnostic> now = FlowCheck.judge(test, rows(byName.get(k.now())), parameters, locator, snapshot);
            assertTrue(now.isEmpty(), k.now() + ": " + now);
            if (!k.device().equals("fw-dmz-ot")) {
                Optional<Diagnostic> then = FlowCheck.judge(test, rows(asked.get(k.old())), parameters, locator, snapshot);
                assertTrue(then.orElseThrow().message().startsWith("Batfish applies no filter to the "), k.old());
            }
        }
    }

    /** A FlowTest for a recorded packet: on {@code device}, from the interface facing {@code in} to {@code out}. */
    private static FlowTest test(BatfishVerifierTest.Compiled c, String device, String in, String out, JsonNode recorded) {
        Device d = c.site().devicesByName().get(device);
        JsonNode h = recorded.get("vars").get("headers");
        var src = new inet.ipaddr.IPAddressString(h.get("srcIps").asText()).getAddress();
        var dst = new inet.ipaddr.IPAddressString(h.get("dstIps").asText()).getAddress();
        int protocol = h.get("ipProtocols").get(0).asText().equals("TCP") ? 6 : 17;
        dev.zonec.packet.Packet packet = new dev.zonec.packet.Packet(dev.zonec.model.site.IpFamily.V4, protocol, src, dst,
                h.get("srcPorts").asInt(), h.get("dstPorts").asInt(), 0, 0, false);
        boolean permit = recorded.get("expected").asText().equals("PERMIT");
        return new FlowTest(d, in, out, d.interfacesFacing(in).get(0), d.interfacesFacing(out).get(0), packet, permit,
                Optional.empty());
    }

    private static List<Rows.FilterResult> rows(JsonNode recorded) throws BatfishException {
        List<AnswerTable.Column> columns = Stream.of("Node", "Filter_Name", "Flow", "Action", "Line_Content", "Trace")
                .map(n -> new AnswerTable.Column(n, "")).toList();
        List<ObjectNode> rows = new ArrayList<>();
        recorded.get("rows").forEach(row -> rows.add((ObjectNode) row));
        return Rows.filterResults(new AnswerTable("testFilters", columns, rows));
    }

    private static String unquoted(String specifier) {
        return specifier.replace("\"", "");
    }
}
