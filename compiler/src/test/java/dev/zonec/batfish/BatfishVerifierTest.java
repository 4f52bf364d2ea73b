package dev.zonec.batfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.OutputWriter;
import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.diag.Severity;
import dev.zonec.model.site.Site;
import dev.zonec.platform.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier on the compiled port terminal against {@link FakeBatfish}: the snapshot it uploads, the questions it
 * asks, and how each kind of Batfish finding becomes a zonec diagnostic at the right line.
 */
class BatfishVerifierTest {
    static final Path PORT_TERMINAL = Path.of(System.getProperty("zonec.repo", "..")).resolve("policies/port-terminal");

    @TempDir
    Path work;

    record Compiled(PipelineResult result, Site site, List<GeneratedFile> files) {
        GeneratedFile file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        }

        /** The 1-based line of the output file holding {@code text}, first occurrence. */
        int line(String name, String text) {
            GeneratedFile f = file(name);
            for (int i = 1; i <= f.source().lineCount(); i++) {
                if (f.source().line(i).contains(text)) {
                    return i;
                }
            }
            throw new AssertionError(text + " not in " + name);
        }

        /**
         * The first line containing {@code text} after the line {@code after}: an IOS file holds each ACL's entries
         * twice, under the temporary name it binds first and under the ACL's own name.
         */
        int line(String name, String after, String text) {
            GeneratedFile f = file(name);
            int start = 1;
            while (start <= f.source().lineCount() && !f.source().line(start).equals(after)) {
                start++;
            }
            for (int i = start; i <= f.source().lineCount(); i++) {
                if (f.source().line(i).contains(text)) {
                    return i;
                }
            }
            throw new AssertionError(text + " not after " + after + " in " + name);
        }
    }

    /** The port terminal compiled once for the class (compiling takes seconds); tests only read it. */
    @TempDir
    static Path shared;
    private static Compiled compiled;

    @BeforeAll
    static void compileOnce() throws Exception {
        compiled = compile(shared);
    }

    Compiled compile() {
        return compiled;
    }

    static Compiled compile(Path work) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = SiteLoader.load(PORT_TERMINAL, "port-terminal", Optional.empty(), diagnostics);
        PipelineResult result = Pipeline.run(source, Targets.standard(), LocalDate.of(2026, 6, 1));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        Site site = result.site().orElseThrow();
        OutputWriter.write(work.resolve("out"), site.name(), result.configs());
        return new Compiled(result, site, OutputFolder.read(work.resolve("out"), "out", site, result.configs()));
    }

    static VerifyResult verify(FakeBatfish fake, Compiled c) throws BatfishException {
        return BatfishVerifier.verify(client(fake), c.site(), c.result().ir().orElseThrow(), c.files(),
                c.result().diagnostics());
    }

    static BatfishClient client(FakeBatfish fake) {
        return new BatfishClient(BatfishSettings.of(fake.uri()).withPollInterval(Duration.ofMillis(5))
                .withRetries(0, Duration.ZERO).withTimeout(Duration.ofSeconds(20)));
    }

    static List<Diagnostic> of(VerifyResult r, Code code) {
        return r.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    @Test
    void theCleanPortTerminalHasNoFindingsAndSaysWhatItDidNotCheck() throws Exception {
        Compiled c = compile();
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            VerifyResult r = verify(fake, c);
            assertFalse(r.hasErrors(), r.diagnostics().toString());
            assertEquals(r.files(), r.recognised());

            // the snapshot: headers on vendor files, iptables as a host file, nothing Batfish cannot read
            assertTrue(fake.uploaded.get("configs/sw-core.ios").startsWith("!BATFISH_FORMAT: cisco_ios\nhostname sw-core\n! zonec: sw-core"));
            assertTrue(fake.uploaded.get("configs/fw-sis.srx").contains("\nset interfaces ge-0/0/2 unit 0 family inet\n"));
            assertTrue(fake.uploaded.get("configs/fw-dmz-ot.fortios").contains("config system interface\n    edit \"port1\""));
            assertTrue(fake.uploaded.get("configs/fw-dmz-ot.fortios").contains("    edit \"port3\"\n        set vdom \"root\""));
            assertTrue(fake.uploaded.get("configs/fw-dmz-ot.fortios").contains("config firewall address\n    edit \"all\"\n"
                    + "        set subnet 0.0.0.0 0.0.0.0\n"), "FortiOS's factory-default address the deny policy names");
            assertTrue(fake.uploaded.get("configs/fw-edge.panos").contains("set deviceconfig system hostname fw-edge\n"));
            assertTrue(fake.uploaded.get("hosts/gw-cctv.json").contains("\"iptablesFile\": \"iptables/gw-cctv.iptables\""));
            assertTrue(fake.uploaded.containsKey("iptables/gw-cctv.iptables"));
            assertFalse(fake.uploaded.keySet().stream().anyMatch(p -> p.contains("gw-iot") || p.contains("ip6tables")));
            assertTrue(fake.networkDeleted(), "the run's network is deleted afterwards");

            // every question in its platform's shape: zone firewalls start at the ingress interface and name the
            // filter Batfish keeps their policy in; ACL devices filter where packets enter (ASA: the ACL by name)
            assertEquals(r.permitsTested() + r.deniesTested(), fake.queries.size());
            assertTrue(r.permitsTested() > 50 && r.deniesTested() > 10, r.summary().toString());
            java.util.Map<String, String> shapes = java.util.Map.of("sw-core", "@in\\(\"Vlan[0-9]+\"\\)",
                    "sw-vru", "@in\\(\"Vlan[0-9]+\"\\)", "fw-ot-core", "\"zc-in-[a-z-]+\"",
                    "fw-sis", "\"~SECURITY_POLICIES_TO~ge-0/0/[0-9]+\\.0\"",
                    "fw-edge", "\"~ethernet1/[0-9]+~OUTGOING_FILTER~\"", "fw-dmz-ot", "@out\\(\"port[0-9]+\"\\)");
            for (FakeBatfish.Query q : fake.queries) {
                boolean zoneFirewall = List.of("fw-sis", "fw-dmz-ot", "fw-edge").contains(q.device());
                assertEquals(zoneFirewall, q.parameters().containsKey("startLocation"), q.toString());
                assertTrue(q.parameters().get("filters").matches(shapes.get(q.device())), q.toString());
            }
            assertEquals(List.of("fw-dmz-ot", "fw-edge", "fw-ot-core", "fw-sis", "sw-core", "sw-vru"), r.filterDevices());

            // not checked, and said so
            List<String> notChecked = of(r, Code.ZC0705).stream().map(Diagnostic::message).toList();
            assertTrue(notChecked.stream().anyMatch(m -> m.startsWith("`gw-iot.nft` (`gw-iot`, nftables) is not checked")), notChecked.toString());
            assertTrue(notChecked.stream().anyMatch(m -> m.startsWith("`gw-cctv.ip6tables`")), notChecked.toString());
            assertTrue(notChecked.stream().anyMatch(m -> m.startsWith("the filters of `gw-cctv` (iptables)")), notChecked.toString());
        }
    }

    @Test
    void aParseWarningIsAnErrorAtTheOutputLineBatfishNames() throws Exception {
        Compiled c = compile();
        int line = c.line("sw-core.ios", "permit tcp object-group zc-hmi object-group zc-tank-plc eq 502");
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            fake.fileStatus.put("configs/sw-core.ios", "PARTIALLY_UNRECOGNIZED");
            fake.parseWarnings.add(FakeBatfish.row("{\"Filename\":\"configs/sw-core.ios\",\"Line\":" + (line + 2)
                    + ",\"Text\":\"permit tcp object-group zc-hmi object-group zc-tank-plc eq 502\","
                    + "\"Parser_Context\":\"[extended_access_list_stanza]\",\"Comment\":\"This syntax is unrecognized\"}"));
            VerifyResult r = verify(fake, c);
            Diagnostic warning = of(r, Code.ZC0702).get(0);
            assertEquals(Severity.ERROR, warning.severity());
            assertEquals("out/sw-core.ios", warning.primary().orElseThrow().file().displayPath());
            assertEquals(line, warning.primary().orElseThrow().line(), "Batfish's line minus the two header lines");
            assertTrue(warning.message().endsWith(": This syntax is unrecognized"), warning.message());
            assertTrue(warning.help().get(0).contains("line " + (line + 2) + " of configs/sw-core.ios"), warning.help().toString());
            Diagnostic file = of(r, Code.ZC0701).get(0);
            assertEquals(Severity.ERROR, file.severity());
            assertTrue(file.message().contains("status PARTIALLY_UNRECOGNIZED"), file.message());
            assertTrue(r.hasErrors());

            // Batfish's model of sw-core is not its file: no packet is asked about there, and the report says so
            assertTrue(fake.queries.stream().noneMatch(q -> q.device().equals("sw-core")), fake.queries.toString());
            assertFalse(r.filterDevices().contains("sw-core"), r.filterDevices().toString());
            Diagnostic notChecked = of(r, Code.ZC0705).stream().filter(d -> d.message().startsWith("the filters of `sw-core`"))
                    .findFirst().orElseThrow();
            assertEquals(Severity.WARNING, notChecked.severity());
            assertTrue(notChecked.message().contains("Batfish did not fully recognise `sw-core.ios` (status "
                    + "PARTIALLY_UNRECOGNIZED, 1 line it could not read)"), notChecked.message());
            assertTrue(r.notChecked().stream().anyMatch(n -> n.startsWith("sw-core flows (")), r.notChecked().toString());
        }
    }

    @Test
    void aKnownGapIsANoteAndOnlyKnownGapsKeepTheFilePassing() throws Exception {
        Compiled c = compile();
        int header = PlatformSupport.of(c.file("fw-dmz-ot.fortios").device().platform())
                .header(c.file("fw-dmz-ot.fortios").device()).size();
        List<Integer> schedules = lines(c, "fw-dmz-ot.fortios", "set schedule \"always\"");
        int clearing = c.line("fw-dmz-ot.fortios", "unset dstaddr6");
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            fake.fileStatus.put("configs/fw-dmz-ot.fortios", "PARTIALLY_UNRECOGNIZED");
            for (int l : schedules.subList(0, 3)) {
                fake.parseWarnings.add(warning("configs/fw-dmz-ot.fortios", l + header));
            }
            fake.parseWarnings.add(warning("configs/fw-dmz-ot.fortios", clearing + header));
            VerifyResult r = verify(fake, c);
            assertFalse(r.hasErrors(), r.diagnostics().toString());
            List<Diagnostic> notes = of(r, Code.ZC0702);
            assertEquals(2, notes.size(), "one note per gap: " + notes);
            assertTrue(notes.stream().allMatch(d -> d.severity() == Severity.NOTE), notes.toString());
            Diagnostic schedule = notes.stream().filter(d -> d.message().contains("schedule")).findFirst().orElseThrow();
            assertEquals("Batfish warns on `set schedule \"always\"` and 2 more lines of this shape in "
                    + "`fw-dmz-ot.fortios`: This syntax is unrecognized (a known Batfish gap)", schedule.message());
            assertEquals(schedules.get(0), schedule.primary().orElseThrow().line());
            assertEquals(Severity.NOTE, of(r, Code.ZC0701).get(0).severity());
            assertEquals(1, r.onlyGaps());
            assertTrue(fake.queries.stream().anyMatch(q -> q.device().equals("fw-dmz-ot")), "gaps only: still tested");
        }
    }

    @Test
    void aGapLineShapeOutsideItsScopeIsAnError() throws Exception {
        Compiled c = compile();
        int header = PlatformSupport.of(c.file("fw-dmz-ot.fortios").device().platform())
                .header(c.file("fw-dmz-ot.fortios").device()).size();
        int next = c.line("fw-dmz-ot.fortios", "    next"); // in the address block, not in the clearing block
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            fake.fileStatus.put("configs/fw-dmz-ot.fortios", "PARTIALLY_UNRECOGNIZED");
            fake.parseWarnings.add(warning("configs/fw-dmz-ot.fortios", next + header));
            VerifyResult r = verify(fake, c);
            Diagnostic d = of(r, Code.ZC0702).get(0);
            assertEquals(Severity.ERROR, d.severity());
            assertEquals(next, d.primary().orElseThrow().line());
            assertTrue(fake.queries.stream().noneMatch(q -> q.device().equals("fw-dmz-ot")));
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode warning(String file, int line) {
        return FakeBatfish.row("{\"Filename\":\"" + file + "\",\"Line\":" + line
                + ",\"Text\":\"x\",\"Parser_Context\":\"\",\"Comment\":\"This syntax is unrecognized\"}");
    }

    /** The 1-based lines of an output file holding {@code text}. */
    private static List<Integer> lines(Compiled c, String name, String text) {
        GeneratedFile f = c.file(name);
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 1; i <= f.source().lineCount(); i++) {
            if (f.source().line(i).contains(text)) {
                found.add(i);
            }
        }
        return found;
    }

    @Test
    void anAllowedFlowBatfishDeniesIsAnErrorAtThePolicyRule() throws Exception {
        Compiled c = compile();
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            fake.override = q -> q.device().equals("sw-core") && q.packet().destinationPort() == 502
                    && q.packet().source().toCanonicalString().equals("10.20.0.21") ? Optional.of("DENY") : Optional.empty();
            VerifyResult r = verify(fake, c);
            List<Diagnostic> disagreements = of(r, Code.ZC0703);
            assertFalse(disagreements.isEmpty());
            Diagnostic d = disagreements.get(0);
            assertEquals(Severity.ERROR, d.severity());
            assertTrue(d.message().startsWith("Batfish denies the allowed tcp 10.20.0.21:49152 -> "), d.message());
            assertTrue(d.message().endsWith("on `sw-core` (supervisory -> tank-farm), which the policy allows"), d.message());
            assertEquals("conduits.zc", d.primary().orElseThrow().file().sitePath());
            assertEquals(9, d.primary().orElseThrow().line());
            assertTrue(d.help().get(0).startsWith("Batfish: filter `zc-in-supervisory` on `sw-core`: DENY at `deny ip any any log`"), d.help().toString());
            assertEquals(r.disagreements(), disagreements.size());
        }
    }

    @Test
    void anUnreachableLineIsAnErrorWithThePolicyLineItCameFrom() throws Exception {
        Compiled c = compile();
        String text = "permit tcp host 10.30.0.10 host 10.1.3.11 eq 502";
        int line = c.line("sw-core.ios", "ip access-list extended zc-in-ot-core", text);
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            fake.unreachable.add(FakeBatfish.row("{\"Sources\":[\"sw-core: zc-in-supervisory\"],\"Unreachable_Line\":\""
                    + text + "\",\"Unreachable_Line_Action\":\"PERMIT\",\"Blocking_Lines\":[\"permit tcp host 10.30.0.10 "
                    + "object-group zc-tank-plc eq 502\"],\"Different_Action\":false,\"Reason\":\"BLOCKING_LINES\"}"));
            fake.unreachable.add(FakeBatfish.row("{\"Sources\":[\"fw-dmz-ot: interface~port1~OUTGOING_FILTER\"],"
                    + "\"Unreachable_Line\":\"ExprAclLine{action=PERMIT}\",\"Blocking_Lines\":[],\"Reason\":\"INDEPENDENTLY_UNMATCHABLE\"}"));
            VerifyResult r = verify(fake, c);
            List<Diagnostic> found = of(r, Code.ZC0704);
            Diagnostic d = found.stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
            assertEquals(line, d.primary().orElseThrow().line());
            assertEquals("out/sw-core.ios", d.primary().orElseThrow().file().displayPath());
            assertEquals(15, d.labels().get(0).span().line(), "the remark cites scada/historian-read, on conduits.zc:15");
            assertTrue(d.help().get(0).startsWith("Batfish: blocked by `permit tcp host 10.30.0.10"), d.help().toString());
            assertTrue(found.stream().anyMatch(x -> x.severity() == Severity.NOTE
                    && x.message().contains("Batfish builds this filter itself")), found.toString());
            assertValidSarif(VerifyReport.render(dev.zonec.report.Reports.sarif, r, c.site(), "test"));
        }
    }

    /** SARIF from verify validates against the published 2.1.0 schema, every result located. */
    static void assertValidSarif(String sarif) throws IOException {
        com.fasterxml.jackson.databind.JsonNode report = Fixture.json(sarif);
        com.networknt.schema.JsonSchema schema;
        try (java.io.InputStream in = BatfishVerifierTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V4)
                    .getSchema(in);
        }
        assertEquals(java.util.Set.of(), schema.validate(report));
        for (com.fasterxml.jackson.databind.JsonNode result : report.path("runs").path(0).path("results")) {
            assertTrue(result.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt() >= 1,
                    result.toString());
        }
    }

    @Test
    void anInitIssueWithoutALineIsReportedAtTheDevice() throws Exception {
        Compiled c = compile();
        try (FakeBatfish fake = new FakeBatfish(c.site(), c.result().ir().orElseThrow())) {
            fake.initIssues.add(FakeBatfish.row("{\"Nodes\":[\"fw-ot-core\"],\"Source_Lines\":[],\"Type\":\"Convert warning (redflag)\","
                    + "\"Details\":\"Unknown interface\",\"Line_Text\":null,\"Parser_Context\":null}"));
            fake.parseWarnings.add(FakeBatfish.row("{\"Filename\":\"configs/sw-vru.eos\",\"Line\":2,\"Text\":\"hostname sw-vru\","
                    + "\"Parser_Context\":\"\",\"Comment\":\"This syntax is unrecognized\"}"));
            VerifyResult r = verify(fake, c);
            List<Diagnostic> issues = of(r, Code.ZC0702);
            assertTrue(issues.stream().anyMatch(d -> d.message().equals(
                    "Batfish reports a convert warning (redflag) for `fw-ot-core`: Unknown interface")
                    && d.primary().orElseThrow().file().sitePath().equals("inventory.yaml")), issues.toString());
            assertTrue(issues.stream().anyMatch(d -> d.message().contains("on the line zonec adds for Batfish: `hostname sw-vru`")),
                    issues.toString());
        }
    }

    @Test
    void theLocatorFindsTheLineAndPolicyRuleBehindBatfishsWords() throws Exception {
        Compiled c = compile();
        OriginLocator locator = new OriginLocator();
        // IOS: the ACL line itself, its remark above
        assertLocated(locator.locate(c.file("sw-core.ios"), "permit tcp host 10.30.0.10 host 10.1.3.11 eq 502", "zc-in-ot-core"),
                c.line("sw-core.ios", "ip access-list extended zc-in-ot-core", " permit tcp host 10.30.0.10 host 10.1.3.11 eq 502"),
                15);
        // EOS: looked for in the named ACL first
        assertLocated(locator.locate(c.file("sw-vru.eos"), "permit tcp host 10.1.4.11 eq 44818 host 10.30.0.5 established",
                "zc-in-vapour-recovery"), c.line("sw-vru.eos", "permit tcp host 10.1.4.11 eq 44818 host 10.30.0.5 established"), 14);
        // SRX: a policy name; its description line holds the origin
        assertLocated(locator.locate(c.file("fw-sis.srx"), "zc-sis-status-sis-read"),
                c.line("fw-sis.srx", "policy zc-sis-status-sis-read description"), 31);
        // FortiOS: "<id> named <name>", the origin in the edit block's comments
        assertLocated(locator.locate(c.file("fw-dmz-ot.fortios"), idNamed(c, "zc-remote-engineering.jump-rdp")),
                c.line("fw-dmz-ot.fortios", "set name \"zc-remote-engineering.jump-rdp\""), 69);
        // PAN-OS: a rule name
        assertLocated(locator.locate(c.file("fw-edge.panos"), "zc-vendor-access-vendor-portal"),
                c.line("fw-edge.panos", "set rulebase security rules zc-vendor-access-vendor-portal from"), 64);
        // Batfish's own lines and keywords are not placed
        assertTrue(locator.locate(c.file("fw-dmz-ot.fortios"), "line:0").line().isEmpty());
        assertTrue(locator.locate(c.file("fw-sis.srx"), "permit").line().isEmpty());
    }

    /** Batfish's words for a FortiOS policy: {@code <id> named <name>}, the ID as the file gives it. */
    private static String idNamed(Compiled c, String name) {
        List<String> lines = c.file("fw-dmz-ot.fortios").source().text().lines().toList();
        int at = lines.indexOf("        set name \"" + name + "\"");
        return lines.get(at - 1).strip().substring("edit ".length()) + " named " + name;
    }

    private static void assertLocated(OriginLocator.Located located, int line, int policyLine) {
        assertEquals(line, located.line().orElseThrow().line());
        assertEquals(policyLine, located.policy().orElseThrow().line());
        assertEquals("conduits.zc", located.policy().orElseThrow().file().sitePath());
    }

    @Test
    void anOutputFolderChangedAfterCompilingIsRefused() throws Exception {
        Compiled c = compile(work);
        Path file = work.resolve("out/sw-core.ios");
        Files.writeString(file, Files.readString(file) + "! edited by hand\n");
        OutputFolder.UnusableException e = assertThrows(OutputFolder.UnusableException.class,
                () -> OutputFolder.read(work.resolve("out"), "out", c.site(), c.result().configs()));
        assertTrue(e.getMessage().contains("`out/sw-core.ios` was changed after compiling"), e.getMessage());
    }

    @Test
    void theSnapshotZipIsDeterministic() throws IOException, Exception {
        Compiled c = compile();
        SnapshotPackage p = SnapshotPackage.of(c.files());
        assertTrue(java.util.Arrays.equals(p.zip(), SnapshotPackage.of(c.files()).zip()));
    }
}
