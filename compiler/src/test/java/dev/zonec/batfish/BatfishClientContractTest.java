package dev.zonec.batfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.batfish.BatfishException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The client against the recorded Batfish 0.36.0 session: every exchange, 01 to 79, is replayed in the recorded
 * order by a local server that checks what the client sends (method, path, query, headers, body) and answers with
 * what the service answered. Success paths, the parse warnings of the broken snapshot and every error answer.
 */
class BatfishClientContractTest {
    private static final String NET = "fixtures_net";

    @Test
    void replaysTheWholeRecordedSession() throws Exception {
        try (ReplayServer server = new ReplayServer(Fixture.all())) {
            BatfishClient client = new BatfishClient(BatfishSettings.of(server.uri())
                    .withRetries(2, Duration.ofMillis(10)).withPollInterval(Duration.ofMillis(10))
                    .withTimeout(Duration.ofSeconds(20)));

            // 01-05: version, templates, network, upload
            BatfishClient.ServiceVersion version = client.version();
            assertEquals("0.36.0", version.batfish());
            assertEquals("2.1.0", version.api());
            QuestionTemplates templates = client.questionTemplates();
            assertEquals(75, templates.size());
            assertTrue(templates.offers("testFilters") && templates.offers("fileparsestatus"));
            client.createNetwork(NET);
            BatfishClient.NetworkInfo network = client.network(NET);
            assertEquals(NET, network.name());
            assertEquals(List.of(), network.snapshots());
            client.uploadSnapshot(NET, "clean", Fixture.number(5).zip());

            // 06-09: parse clean (polled until TERMINATEDNORMALLY), its log
            String parse = client.initSnapshot(NET, "clean");
            assertTrue(client.workLog(NET, "clean", parse).contains("Reading: \"configs/ios-rtr1.cfg\""));

            // 10-14: upload and parse broken, list snapshots
            client.uploadSnapshot(NET, "broken", Fixture.number(10).zip());
            client.initSnapshot(NET, "broken");
            assertEquals(List.of("broken", "clean"), client.snapshots(NET));

            // 15-34: the initialization questions and filterLineReachability on clean
            AnswerTable files = client.ask(NET, "clean", templates.question("fileParseStatus", "fx_fileParseStatus_clean", Map.of()));
            assertEquals(4, files.rows().size());
            assertTrue(files.rows().stream().allMatch(r -> r.path("Status").asText().equals("PASSED")));
            assertTrue(files.hasColumn("File_Format"));
            assertEquals(0, client.ask(NET, "clean", templates.question("initIssues", "fx_initIssues_clean", Map.of())).rows().size());
            assertEquals(0, client.ask(NET, "clean", templates.question("parseWarning", "fx_parseWarning_clean", Map.of())).rows().size());
            AnswerTable unreachable = client.ask(NET, "clean",
                    templates.question("filterLineReachability", "fx_filterLineReachability_clean", Map.of()));
            assertEquals(3, unreachable.rows().size());
            assertEquals("INDEPENDENTLY_UNMATCHABLE", unreachable.rows().get(0).path("Reason").asText());

            // 35-44: testFilters, tcp/502 permitted and tcp/503 denied by OT_TO_PLC on both ACL devices
            assertEquals(Map.of("ios-rtr1", "PERMIT", "eos-sw1", "PERMIT"),
                    actions(client.ask(NET, "clean", templates.question("testFilters", "fx_testFilters_tcp502_clean",
                            Map.of("headers", headers("502"))))));
            assertEquals(Map.of("ios-rtr1", "DENY", "eos-sw1", "DENY"),
                    actions(client.ask(NET, "clean", templates.question("testFilters", "fx_testFilters_tcp503_clean",
                            Map.of("headers", headers("503"))))));

            // 45-49: searchFilters
            ObjectNode dst = Fixture.json("{\"dstIps\":\"10.1.1.11\"}").deepCopy();
            AnswerTable search = client.ask(NET, "clean", templates.question("searchFilters", "fx_searchFilters_permit_clean",
                    Map.of("action", Fixture.json("\"permit\""), "headers", dst)));
            assertEquals(9, search.rows().size());

            // 50-64: the broken snapshot: one file partially recognised, one parse warning at line 17
            AnswerTable brokenFiles = client.ask(NET, "broken", templates.question("fileParseStatus", "fx_fileParseStatus_broken", Map.of()));
            assertEquals("PARTIALLY_UNRECOGNIZED", status(brokenFiles, "configs/ios-rtr1.cfg"));
            assertEquals("PASSED", status(brokenFiles, "configs/eos-sw1.cfg"));
            AnswerTable issues = client.ask(NET, "broken", templates.question("initIssues", "fx_initIssues_broken", Map.of()));
            assertEquals(1, issues.rows().size());
            assertEquals("Parse warning", issues.rows().get(0).path("Type").asText());
            assertEquals(17, issues.rows().get(0).path("Source_Lines").path(0).path("lines").path(0).asInt());
            AnswerTable warnings = client.ask(NET, "broken", templates.question("parseWarning", "fx_parseWarning_broken", Map.of()));
            JsonNode warning = warnings.rows().get(0);
            assertEquals("configs/ios-rtr1.cfg", warning.path("Filename").asText());
            assertEquals(17, warning.path("Line").asInt());
            assertEquals("This syntax is unrecognized", warning.path("Comment").asText());

            // 65-69: a differential question, answered against the reference snapshot
            AnswerTable compare = client.ask(NET, "broken", templates.question("compareFilters",
                    "fx_compareFilters_broken_vs_clean", Map.of(), Optional.of("clean")));
            assertEquals("deny ip any any log", compare.rows().get(0).path("Reference_Line_Content").asText());

            // 70-77: the error answers, each one clear line of the right kind, none of them retried
            BatfishException e70 = assertThrows(BatfishException.class, () -> client.network("no_such_network"));
            assertRejected(e70, "GET /v2/networks/no_such_network with HTTP 404: Network 'no_such_network' does not exist");
            BatfishException e71 = assertThrows(BatfishException.class,
                    () -> client.uploadSnapshot("no_such_network", "clean", Fixture.number(71).zip()));
            assertRejected(e71, "HTTP 404: Network 'no_such_network' does not exist");
            BatfishException e72 = assertThrows(BatfishException.class,
                    () -> client.answer(NET, "no_such_question", "clean", Optional.empty()));
            assertRejected(e72, "HTTP 404: Question 'no_such_question' does not exist for network: fixtures_net");
            ObjectNode badClass = Fixture.number(73).requestJson().deepCopy();
            BatfishException e73 = assertThrows(BatfishException.class,
                    () -> client.putQuestion(NET, new Question("fx_no_such_class", badClass, Optional.empty())));
            assertRejected(e73, "HTTP 400: Invalid question fixtures_net/fx_no_such_class: Could not parse JSON question");
            BatfishException e74 = assertThrows(BatfishException.class,
                    () -> client.queueWork(WorkItem.answer(NET, "clean", "no_such_question", Optional.empty())));
            assertRejected(e74, "HTTP 500: org.batfish.common.BatfishException: Failed to queue work: argument \"content\" is null");
            assertFalse(e74.getMessage().contains("\tat "), "no stack trace in the line");
            assertTrue(e74.detail().contains("WorkMgr.queueWork"), "the stack trace is kept for --debug");
            BatfishException e75 = assertThrows(BatfishException.class,
                    () -> client.workStatus(NET, UUID.randomUUID().toString()));
            assertRejected(e75, "HTTP 404: HTTP 404 Not Found");
            BatfishException e76 = assertThrows(BatfishException.class,
                    () -> client.uploadSnapshot(NET, "bad_garbage", Fixture.number(76).zip()));
            assertRejected(e76, "HTTP 400: Error uploading snapshot: org.batfish.common.BatfishException: Error initializing "
                    + "snapshot: Unexpected packaging of snapshot. There should be just one top-level folder.");
            BatfishException e77 = assertThrows(BatfishException.class,
                    () -> client.uploadSnapshot(NET, "bad_truncated", Fixture.number(77).zip()));
            assertRejected(e77, "HTTP 400: Error uploading snapshot: org.batfish.common.BatfishException: Error unzipping to output file");

            // 78-79: failed uploads created no snapshot; clean up
            assertEquals(List.of("broken", "clean"), client.snapshots(NET));
            client.deleteNetwork(NET);

            assertEquals(List.of(), server.problems());
            assertEquals(0, server.remaining(), "every recorded exchange was replayed");
            assertEquals(79, server.served());
        }
    }

    private static ObjectNode headers(String port) {
        return Fixture.json("{\"srcIps\":\"10.20.0.5\",\"dstIps\":\"10.1.1.11\",\"ipProtocols\":[\"TCP\"],\"dstPorts\":\""
                + port + "\"}").deepCopy();
    }

    /** The action of filter OT_TO_PLC per node (the ACL devices of the recording). */
    private static Map<String, String> actions(AnswerTable table) {
        Map<String, String> result = new java.util.TreeMap<>();
        for (ObjectNode row : table.rows()) {
            if (row.path("Filter_Name").asText().equals("OT_TO_PLC")) {
                result.put(row.path("Node").path("name").asText(), row.path("Action").asText());
            }
        }
        return result;
    }

    private static String status(AnswerTable table, String file) {
        return table.rows().stream().filter(r -> r.path("File_Name").asText().equals(file))
                .map(r -> r.path("Status").asText()).findFirst().orElse("missing");
    }

    private static void assertRejected(BatfishException e, String expected) {
        assertEquals(Kind.REJECTED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().length() <= 300, e.getMessage());
    }
}
