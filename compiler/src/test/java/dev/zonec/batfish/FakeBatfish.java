package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.zonec.check.Forwarding;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import inet.ipaddr.IPAddressString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A stand-in Batfish for verifier tests, speaking the recorded API shapes: answers are the recorded answers with
 * their rows replaced. Files parse as the format their BATFISH_FORMAT line names; testFilters is answered from the
 * site's IR (what zonec itself expects), so a test changes only what it is about: a status, a warning, an
 * unreachable line, or one action ({@link #override}).
 */
final class FakeBatfish implements AutoCloseable {
    private static final Pattern FILTERS = Pattern.compile("@(in|out)\\((.*)\\)");
    /** The filters Batfish names itself: an ASA access list, SRX security policies, PAN-OS rules. */
    private static final Pattern ASA_ACL = Pattern.compile("\"zc-in-(.+)\"");
    private static final Pattern SRX_POLICIES = Pattern.compile("\"~SECURITY_POLICIES_TO~(.+)\"");
    private static final Pattern PANOS_RULES = Pattern.compile("\"~(.+)~OUTGOING_FILTER~\"");
    private static final Pattern ENTER = Pattern.compile("@enter\\(\"([^\"]+)\"\\[(.*)\\]\\)");

    private static final String TEMPLATES = Fixture.number(2).responseBody();

    /** One testFilters question as the fake understood it. */
    record Query(String device, String inZone, String outZone, Packet packet, Map<String, String> parameters) {}

    private final HttpServer server;
    private final Site site;
    private final PacketSpace space = new PacketSpace();
    private final Forwarding forwarding;
    final Map<String, String> uploaded = new TreeMap<>();
    final List<Query> queries = Collections.synchronizedList(new ArrayList<>());
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> fileStatus = new HashMap<>();
    final List<ObjectNode> parseWarnings = new ArrayList<>();
    final List<ObjectNode> initIssues = new ArrayList<>();
    final List<ObjectNode> unreachable = new ArrayList<>();
    Function<Query, Optional<String>> override = q -> Optional.empty();
    private final Map<String, ObjectNode> questions = new HashMap<>();
    private final Map<String, String> workQuestion = new HashMap<>();
    private boolean networkDeleted;

    FakeBatfish(Site site, Ir ir) throws IOException {
        this.site = site;
        this.forwarding = Forwarding.of(ir, space);
        server = LocalServers.start(this::handle);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    boolean networkDeleted() {
        return networkDeleted;
    }

    static ObjectNode row(String json) {
        return (ObjectNode) Fixture.json(json);
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getPath();
        requests.add(method + " " + path);
        if (path.equals("/v2/version")) {
            respond(x, 200, "{\"Batfish\":\"0.36.0\",\"api_version\":\"2.1.0\"}");
        } else if (path.equals("/v2/question_templates")) {
            respond(x, 200, TEMPLATES);
        } else if (method.equals("POST") && path.matches("/v2/networks/[^/]+/snapshots/[^/]+")) {
            unzip(body);
            respond(x, 201, "");
        } else if (method.equals("POST") && path.endsWith("/work")) {
            JsonNode work = Fixture.json(new String(body, StandardCharsets.UTF_8));
            workQuestion.put(work.get("id").asText(), work.path("requestParams").path("questionname").asText(""));
            respond(x, 201, "");
        } else if (method.equals("GET") && path.matches(".*/work/[^/]+")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            respond(x, 200, "{\"task\":null,\"workitem\":{\"id\":\"" + id + "\"},\"workstatuscode\":\"TERMINATEDNORMALLY\"}");
        } else if (method.equals("PUT") && path.contains("/questions/")) {
            questions.put(path.substring(path.lastIndexOf('/') + 1), (ObjectNode) Fixture.json(new String(body, StandardCharsets.UTF_8)));
            respond(x, 200, "");
        } else if (method.equals("GET") && path.endsWith("/answer")) {
            String name = path.substring(path.indexOf("/questions/") + "/questions/".length(), path.lastIndexOf('/'));
            respond(x, 200, answer(questions.get(name)).toString());
        } else if (method.equals("POST") && path.equals("/v2/networks")) {
            respond(x, 201, "");
        } else if (method.equals("DELETE")) {
            networkDeleted = true;
            respond(x, 200, "");
        } else {
            respond(x, 404, "no such resource in the fake: " + method + " " + path);
        }
    }

    private ObjectNode answer(ObjectNode question) {
        String type = question.path("class").asText();
        if (type.endsWith("FileParseStatusQuestion")) {
            return table(19, fileStatusRows());
        } else if (type.endsWith("ParseWarningQuestion")) {
            return table(64, parseWarnings);
        } else if (type.endsWith("InitIssuesQuestion")) {
            return table(59, initIssues);
        } else if (type.endsWith("FilterLineReachabilityQuestion")) {
            return table(34, unreachable);
        } else if (type.endsWith("TestFiltersQuestion")) {
            return table(39, List.of(testFilters(question.path("instance").path("variables"))));
        }
        throw new IllegalStateException("the fake does not answer " + type);
    }

    private static final Map<Integer, JsonNode> RECORDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A recorded answer with its rows replaced. */
    private static ObjectNode table(int fixture, List<ObjectNode> rows) {
        ObjectNode answer = (ObjectNode) RECORDED.computeIfAbsent(fixture, n -> Fixture.number(n).responseJson()).deepCopy();
        ObjectNode element = (ObjectNode) answer.path("answerElements").get(0);
        ArrayNode array = element.putArray("rows");
        rows.forEach(array::add);
        ((ObjectNode) element.path("summary")).put("numResults", rows.size());
        return answer;
    }

    private List<ObjectNode> fileStatusRows() {
        List<ObjectNode> rows = new ArrayList<>();
        for (Map.Entry<String, String> f : uploaded.entrySet()) {
            String path = f.getKey();
            Matcher format = Pattern.compile("(?m)^[!#]BATFISH_FORMAT: (\\S+)").matcher(f.getValue());
            String detected = path.startsWith("hosts/") ? "HOST" : format.find() ? format.group(1).toUpperCase() : "IPTABLES";
            ObjectNode row = row("{}");
            row.put("File_Name", path);
            row.put("Status", fileStatus.getOrDefault(path, "PASSED"));
            row.put("File_Format", detected);
            row.putArray("Nodes");
            rows.add(row);
        }
        return rows;
    }

    private ObjectNode testFilters(JsonNode variables) {
        Map<String, String> parameters = new TreeMap<>();
        variables.properties().forEach(e -> {
            JsonNode v = e.getValue().path("value");
            if (!v.isMissingNode()) {
                parameters.put(e.getKey(), v.isTextual() ? v.asText() : v.toString());
            }
        });
        String device = unquote(parameters.get("nodes"));
        Device d = site.devicesByName().get(device);
        String filters = parameters.get("filters");
        Matcher f = FILTERS.matcher(filters);
        Matcher asa = ASA_ACL.matcher(filters);
        Matcher srx = SRX_POLICIES.matcher(filters);
        Matcher panos = PANOS_RULES.matcher(filters);
        String in;
        String out = "";
        if (f.matches() && f.group(1).equals("in")) {
            in = zoneOf(d, f.group(2));
        } else if (asa.matches()) {
            in = asa.group(1);
        } else {
            String egress = f.matches() ? f.group(2) : srx.matches() ? srx.group(1) : panos.matches() ? panos.group(1) : "";
            if (egress.isEmpty()) {
                throw new IllegalStateException("filters " + filters);
            }
            Matcher enter = ENTER.matcher(parameters.getOrDefault("startLocation", ""));
            if (!enter.matches()) {
                throw new IllegalStateException("a zone firewall needs a start location: " + parameters);
            }
            in = zoneOf(d, enter.group(2));
            out = zoneOf(d, egress);
        }
        Packet packet = packet(variables.path("headers").path("value"));
        Query query = new Query(device, in, out, packet, parameters);
        queries.add(query);
        int one = space.packet(packet);
        boolean permits = forwarding.decidingRule(device, in, out, one).isPresent();
        space.release(one);
        String action = override.apply(query).orElse(permits ? "PERMIT" : "DENY");
        ObjectNode row = row("{\"Node\":{\"id\":\"node-" + device + "\",\"name\":\"" + device + "\"},\"Trace\":[],\"Flow\":{}}");
        row.put("Filter_Name", f.matches() ? "zc-in-" + in : unquote(filters));
        row.put("Action", action);
        row.put("Line_Content", action.equals("PERMIT") ? "permit" : "deny ip any any log");
        return row;
    }

    private static String zoneOf(Device d, String names) {
        for (String name : names.split(",")) {
            String n = unquote(name);
            for (Interface i : d.interfaces()) {
                if (i.name().equalsIgnoreCase(n)) {
                    return i.zone();
                }
            }
        }
        throw new IllegalStateException("no interface " + names + " on " + d.name());
    }

    private static Packet packet(JsonNode h) {
        String protocol = h.path("ipProtocols").path(0).asText();
        var src = new IPAddressString(h.path("srcIps").asText()).getAddress();
        var dst = new IPAddressString(h.path("dstIps").asText()).getAddress();
        return switch (protocol) {
            case "TCP", "UDP" -> new Packet(IpFamily.V4, protocol.equals("TCP") ? 6 : 17, src, dst,
                    h.path("srcPorts").asInt(), h.path("dstPorts").asInt(), 0, 0, false);
            default -> new Packet(IpFamily.V4, 1, src, dst, 0, 0, h.path("icmpTypes").asInt(), h.path("icmpCodes").asInt(), false);
        };
    }

    private static String unquote(String s) {
        return s.strip().replaceAll("^\"|\"$", "");
    }

    private void unzip(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    uploaded.put(e.getName().substring("snapshot/".length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void respond(HttpExchange x, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!text.isEmpty()) {
            x.getResponseHeaders().set("Content-Type", text.startsWith("{") || text.startsWith("[") ? "application/json" : "text/plain");
        }
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
