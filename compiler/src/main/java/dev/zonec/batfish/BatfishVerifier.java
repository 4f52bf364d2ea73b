package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.Span;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.BatfishSupport.Reading;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Entry point of {@code zonec verify --batfish}: an outside reading of the compiled output by Batfish's own vendor
 * parsers. It uploads the output as a snapshot into a network of its own, asks fileParseStatus, initIssues and
 * parseWarning (every file read fully, nothing warned about but known gaps), filterLineReachability (no unreachable
 * line), and testFilters for every allowed flow placed on each device and a sample of denied ones (Batfish's action
 * must be zonec's), then deletes the network. Only devices whose file Batfish read as written are asked about; the
 * packets of the others are reported as not checked, never counted as confirmations. Findings are zonec diagnostics quoting Batfish; a service that cannot be reached,
 * is too slow or answers something unexpected ends the run with a {@link BatfishException}.
 */
public final class BatfishVerifier {
    static final String SNAPSHOT = "zonec";

    private final BatfishClient client;
    private final Site site;
    private final Ir ir;
    private final SnapshotPackage snapshot;
    private final OriginLocator locator;
    private final String network;
    private final List<Diagnostic> found = new ArrayList<>();

    private BatfishVerifier(BatfishClient client, Site site, Ir ir, List<GeneratedFile> files) {
        this.client = client;
        this.site = site;
        this.ir = ir;
        this.snapshot = SnapshotPackage.of(files);
        this.locator = new OriginLocator();
        this.network = networkName(site.name());
    }

    /**
     * @param files  the output folder's files ({@link OutputFolder#read})
     * @param policy the diagnostics zonec's own checks reported on the site (to recognise a rule already reported
     *               as redundant)
     */
    public static VerifyResult verify(BatfishClient client, Site site, Ir ir, List<GeneratedFile> files,
                                      List<Diagnostic> policy) throws BatfishException {
        return new BatfishVerifier(client, site, ir, files).run(policy);
    }

    private VerifyResult run(List<Diagnostic> policy) throws BatfishException {
        BatfishClient.ServiceVersion version = client.version();
        QuestionTemplates templates = client.questionTemplates();
        client.createNetwork(network);
        Optional<String> cleanup = Optional.empty();
        VerifyResult result;
        try {
            result = check(version, templates, policy);
        } finally {
            try {
                client.deleteNetwork(network);
            } catch (BatfishException e) {
                cleanup = Optional.of("could not delete Batfish network `" + network + "`: " + e.getMessage());
            }
        }
        return new VerifyResult(result.batfish(), result.diagnostics(), result.files(), result.recognised(),
                result.onlyGaps(), result.permitsTested(), result.deniesTested(), result.disagreements(), result.filterDevices(),
                result.notChecked(), cleanup);
    }

    private VerifyResult check(BatfishClient.ServiceVersion version, QuestionTemplates templates, List<Diagnostic> policy)
            throws BatfishException {
        client.uploadSnapshot(network, SNAPSHOT, snapshot.zip());
        client.initSnapshot(network, SNAPSHOT);

        ParseCheck.Result parse = ParseCheck.judge(snapshot, Rows.fileStatus(ask(templates, "fileParseStatus", Map.of())),
                Rows.parseWarnings(ask(templates, "parseWarning", Map.of())),
                Rows.initIssues(ask(templates, "initIssues", Map.of())));
        found.addAll(parse.diagnostics());

        List<String> devices = snapshot.flowTestedDevices().stream().filter(d -> !parse.unread().containsKey(d)).toList();
        if (!devices.isEmpty()) {
            Map<String, JsonNode> reach = Map.of("nodes", TextNode.valueOf(Specifiers.names(devices)),
                    "ignoreComposites", BooleanNode.TRUE);
            found.addAll(ReachabilityCheck.judge(
                    Rows.unreachableLines(ask(templates, "filterLineReachability", reach)), snapshot, locator,
                    redundant(policy)));
        }

        FlowSampler.Sample sample = FlowSampler.sample(ir, Set.copyOf(devices));
        int disagreements = 0;
        int n = 0;
        for (FlowTest test : sample.tests()) {
            Map<String, JsonNode> asked = FlowCheck.parameters(test, site);
            AnswerTable answer = client.ask(network, SNAPSHOT,
                    templates.question("testFilters", "zonec_testFilters_" + ++n, asked));
            Optional<Diagnostic> d = FlowCheck.judge(test, Rows.filterResults(answer), asked, locator, snapshot);
            if (d.isPresent()) {
                disagreements++;
                found.add(d.get());
            }
        }
        List<String> notChecked = new ArrayList<>(unread(parse.unread()));
        notChecked.addAll(notChecked(sample));
        int permits = (int) sample.tests().stream().filter(FlowTest::permit).count();
        return new VerifyResult(version.batfish(), found, parse.files(), parse.recognised(), parse.onlyGaps(), permits,
                sample.tests().size() - permits, disagreements, devices, notChecked, Optional.empty());
    }

    /**
     * The flow-tested devices whose file Batfish did not read as written: their packets are counted and reported as
     * not checked (ZC0705), never asked about, so neither a confirmation nor a disagreement rests on a model that is
     * not the file.
     */
    private List<String> unread(Map<String, String> unread) {
        List<String> lines = new ArrayList<>();
        Set<String> tested = Set.copyOf(snapshot.flowTestedDevices());
        Map<String, String> mine = new TreeMap<>(unread);
        mine.keySet().retainAll(tested);
        if (mine.isEmpty()) {
            return lines;
        }
        FlowSampler.Sample skipped = FlowSampler.sample(ir, mine.keySet());
        mine.forEach((device, why) -> {
            long permits = skipped.tests().stream().filter(t -> t.device().name().equals(device) && t.permit()).count();
            long denies = skipped.tests().stream().filter(t -> t.device().name().equals(device) && !t.permit()).count();
            String packets = permits + " allowed and " + denies + " denied packet" + (permits + denies == 1 ? "" : "s");
            found.add(Diagnostic.warning(Code.ZC0705, "the filters of `" + device + "` are not checked by Batfish: "
                            + why + ", so its answers there are no evidence either way")
                    .at(site.devicesByName().get(device).span())
                    .help(packets + " on this device were not asked about; the findings on its file say what "
                            + "Batfish could not read")
                    .build());
            lines.add(device + " flows (" + why.replace("`", "") + "; " + packets + ")");
        });
        return lines;
    }

    private AnswerTable ask(QuestionTemplates templates, String question, Map<String, JsonNode> values)
            throws BatfishException {
        return client.ask(network, SNAPSHOT, templates.question(question, "zonec_" + question, values));
    }

    /** ZC0705 for everything Batfish does not check, and the same as lines for the summary. */
    private List<String> notChecked(FlowSampler.Sample sample) {
        Set<String> lines = new LinkedHashSet<>();
        for (SnapshotPackage.NotChecked n : snapshot.notChecked()) {
            found.add(Diagnostic.warning(Code.ZC0705, "`" + n.file() + "` (`" + n.device().name() + "`, "
                    + n.device().platform().id() + ") is not checked by Batfish: " + n.reason())
                    .at(n.device().span()).help(PlatformSupport.of(n.device().platform()).support().ownChecks()).build());
            lines.add(n.file() + " (" + n.reason() + ")");
        }
        snapshot.files().stream()
                .filter(f -> PlatformSupport.of(f.file().device().platform()).reading() == Reading.HOST)
                .map(f -> f.file().device()).distinct().forEach(d -> {
                    BatfishSupport support = PlatformSupport.of(d.platform()).support();
                    found.add(Diagnostic.warning(Code.ZC0705, "the filters of `" + d.name() + "` (" + d.platform().id()
                            + ") are not tested by Batfish: it parses the ruleset only").at(d.span())
                            .help(support.parsedOnly())
                            .help(support.ownChecks()).build());
                    lines.add(d.name() + " flows (" + d.platform().id() + ": parsed only)");
                });
        sample.ipv6Rules().forEach((device, count) -> {
            found.add(Diagnostic.warning(Code.ZC0705, count + " IPv6 rule" + (count == 1 ? "" : "s") + " on `" + device
                    + "` " + (count == 1 ? "is" : "are") + " not tested by Batfish: its testFilters flows are IPv4")
                    .at(site.devicesByName().get(device).span()).build());
            lines.add(device + " IPv6 rules (" + count + ")");
        });
        sample.leftOut().forEach((device, count) -> {
            found.add(Diagnostic.note(Code.ZC0705, count + " sampled packet" + (count == 1 ? "" : "s") + " on `" + device
                    + "` " + (count == 1 ? "was" : "were") + " not asked about (at most " + FlowSampler.MAX_PERMITS
                    + " allowed and " + FlowSampler.MAX_DENIES + " denied per device)")
                    .at(site.devicesByName().get(device).span()).build());
            lines.add(device + " packets over the limit (" + count + ")");
        });
        return List.copyOf(lines);
    }

    private static Set<Span> redundant(List<Diagnostic> policy) {
        return policy.stream().filter(d -> d.code() == Code.ZC0611).flatMap(d -> d.primary().stream())
                .collect(Collectors.toSet());
    }

    /** A network of zonec's own per run, so runs never share state: {@code zonec_<site>_<8 hex>}. */
    static String networkName(String site) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return "zonec_" + site.replaceAll("[^A-Za-z0-9_-]", "_") + "_" + HexFormat.of().formatHex(random);
    }
}
