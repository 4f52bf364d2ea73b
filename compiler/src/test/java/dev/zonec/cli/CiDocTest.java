package dev.zonec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.zonec.report.Json;
import dev.zonec.testing.RealTool;
import dev.zonec.testing.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/ci.md's pipelines, run as written: the GitHub workflow's steps and the GitLab job's script, read from the doc,
 * on a repository with two commits (a site on main, and a branch that opens remote access to the DMZ jump host, which
 * widens reachability). The zonec commands run for real; what only GitHub or GitLab can do is played by stand-ins
 * that check their input: the upload actions (the SARIF validates against the schema, the artefact paths exist), and
 * `gh` and `curl` (the comment they would post is the plan). Step conditions are the few the doc uses, each given a
 * meaning here; a new one fails the test until it is given one, so the doc cannot drift from what was run.
 */
class CiDocTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    @TempDir
    Path work;

    private Path repo;
    private Path bin;
    private Path zonecHome;

    @BeforeEach
    void fixture() throws Exception {
        RealTool.require("git");
        Path origin = work.resolve("origin.git");
        repo = work.resolve("repo");
        Files.createDirectories(repo);
        git(work, "init", "-q", "--bare", "-b", "main", origin.toString());
        git(repo, "init", "-q", "-b", "main");
        Trees.copy(REPO.resolve("golden-tests/diff/rule-added/old"), repo.resolve("policies/plant"));
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "the plant as it is");
        git(repo, "remote", "add", "origin", origin.toString());
        git(repo, "push", "-q", "origin", "main");
        git(repo, "checkout", "-q", "-b", "remote-support");
        Files.copy(REPO.resolve("golden-tests/diff/rule-added/new/conduits.zc"), repo.resolve("policies/plant/conduits.zc"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "commit", "-q", "-am", "remote access to the jump host");
        git(repo, "fetch", "-q", "origin");
        // zonec as the doc installs it: ZONEC_HOME/zonec, here running this build's classes
        zonecHome = work.resolve("zonec-home");
        Files.createDirectories(zonecHome);
        // the JVM flags of the ./zonec launcher: these are short runs
        script(zonecHome.resolve("zonec"), "exec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp '" + System.getProperty("java.class.path") + "' dev.zonec.cli.Main \"$@\"\n");
        // stand-ins for what only the CI service can do
        bin = work.resolve("bin");
        Files.createDirectories(bin);
        script(bin.resolve("gh"), """
                echo "$*" >> "$STANDIN_LOG/gh.log"
                body=""; edit=""
                while [ $# -gt 0 ]; do
                  case "$1" in --body-file) body="$2"; shift;; --edit-last) edit=yes;; esac; shift
                done
                if [ -n "$edit" ] && [ ! -f "$STANDIN_LOG/comment.md" ]; then echo "no comment to edit" >&2; exit 1; fi
                cp "$body" "$STANDIN_LOG/comment.md"
                """);
        script(bin.resolve("curl"), """
                echo "$*" >> "$STANDIN_LOG/curl.log"
                for a in "$@"; do case "$a" in body@*) cp "${a#body@}" "$STANDIN_LOG/comment.md";; esac; done
                """);
    }

    @Test
    void githubWorkflowAsksForTheLabelWhenReachabilityWidens() throws Exception {
        Map<String, Object> workflow = yaml("github");
        Job denied = runGithub(workflow, List.of());
        assertEquals("failure", denied.outcomes().get("Widened reachability needs the segmentation-approved label"),
                denied.toString());
        for (String step : List.of("Check the policy", "Compile and prove the configs", "Verify the output folder",
                "HTML report", "Plan of the change", "Comment the plan on the pull request")) {
            assertEquals("success", denied.outcomes().get(step), step + ": " + denied);
        }
        assertEquals("3", denied.outputs().get("plan").get("exit"));
        String comment = Files.readString(denied.log().resolve("comment.md"));
        assertTrue(comment.startsWith("### zonec plan: ⚠️ reachability widened (1 added, 0 removed)"), comment);
        assertTrue(comment.contains("| office | dmz | rdp | `tcp 10.10.16.1:49152 -> 10.35.0.20:3389` | fw-edge |"), comment);
        assertTrue(comment.contains("origin/main:policies/plant"), comment);
        assertTrue(Files.readString(denied.log().resolve("gh.log")).contains("pr comment 7"), "commented on PR 7");

        // with the label the gate is skipped, and it was the only step that failed
        assertEquals(List.of("Widened reachability needs the segmentation-approved label"), denied.outcomes().entrySet()
                .stream().filter(e -> e.getValue().equals("failure")).map(Map.Entry::getKey).toList());
        assertFalse(condition(gate(workflow)).test(new State(false, denied.outputs(), List.of("segmentation-approved"))),
                "the label lets the change through");
    }

    @SuppressWarnings("unchecked")
    private static String gate(Map<String, Object> workflow) {
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("zonec");
        return ((List<Map<String, Object>>) job.get("steps")).stream()
                .filter(s -> "Widened reachability needs the segmentation-approved label".equals(s.get("name")))
                .map(s -> (String) s.get("if")).findFirst().orElseThrow();
    }

    @Test
    void gitlabJobAsksForTheLabelWhenReachabilityWidens() throws Exception {
        Map<String, Object> job = yaml("gitlab");
        @SuppressWarnings("unchecked")
        Map<String, Object> zonec = (Map<String, Object>) job.get("zonec");
        List<Object> script = (List<Object>) zonec.get("script");
        Run approved = runGitlab(zonec, script, "segmentation-approved,ot", true);
        assertEquals(0, approved.exit(), approved.output());
        String comment = Files.readString(approved.log().resolve("comment.md"));
        assertTrue(comment.startsWith("### zonec plan: ⚠️ reachability widened"), comment);
        assertTrue(Files.readString(approved.log().resolve("curl.log")).contains("/projects/1/merge_requests/7/notes"));
        // without the label, the last part of the script (plan, comment, gate) fails the job
        Run denied = runGitlab(zonec, script.subList(script.size() - 1, script.size()), "", false);
        assertEquals(1, denied.exit(), denied.output());
        assertTrue(denied.output().contains("an OT security owner must add the segmentation-approved label"), denied.output());
        // the artefacts the job keeps
        @SuppressWarnings("unchecked")
        Map<String, Object> artifacts = (Map<String, Object>) zonec.get("artifacts");
        for (Object path : (List<?>) artifacts.get("paths")) {
            assertTrue(Files.exists(repo.resolve(path.toString())), path.toString());
        }
        @SuppressWarnings("unchecked")
        String junit = ((Map<String, Object>) artifacts.get("reports")).get("junit").toString();
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(repo.resolve(junit).toFile());
        assertTrue(xml.getElementsByTagName("testcase").getLength() >= 3, "a JUnit report with cases");
    }

    // ---- GitHub ----

    record Job(Map<String, String> outcomes, Map<String, Map<String, String>> outputs, Path log, String transcript) {
        boolean failed() {
            return outcomes.containsValue("failure");
        }
    }

    @SuppressWarnings("unchecked")
    private Job runGithub(Map<String, Object> workflow, List<String> labels) throws Exception {
        Path log = Files.createTempDirectory(work, "github-");
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) workflow.get("env")).forEach((k, v) -> env.put(k, v.toString()));
        env.put("ZONEC_HOME", zonecHome.toString());
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("zonec");
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, Map<String, String>> outputs = new HashMap<>();
        List<String> path = new ArrayList<>();
        StringBuilder transcript = new StringBuilder();
        boolean failed = false;
        clean();
        for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
            String name = (String) step.getOrDefault("name", step.get("uses"));
            String condition = (String) step.get("if");
            boolean run = condition == null ? !failed : condition(condition).test(new State(failed, outputs, labels));
            if (!run) {
                outcomes.put(name, "skipped");
                continue;
            }
            boolean ok;
            if (step.containsKey("uses")) {
                ok = uses((String) step.get("uses"), (Map<String, Object>) step.getOrDefault("with", Map.of()));
            } else {
                Map<String, String> stepEnv = new LinkedHashMap<>(env);
                ((Map<String, Object>) step.getOrDefault("env", Map.of())).forEach((k, v) -> stepEnv.put(k, expand(v.toString(), labels)));
                Path output = Files.createTempFile(log, "output-", "");
                Path githubPath = Files.createTempFile(log, "path-", "");
                stepEnv.put("GITHUB_OUTPUT", output.toString());
                stepEnv.put("GITHUB_PATH", githubPath.toString());
                stepEnv.put("STANDIN_LOG", log.toString());
                stepEnv.put("PATH", String.join(":", path) + (path.isEmpty() ? "" : ":") + bin + ":" + System.getenv("PATH"));
                Run r = bash(List.of("--noprofile", "--norc", "-eo", "pipefail"), expand((String) step.get("run"), labels), stepEnv);
                transcript.append("## ").append(name).append(" (exit ").append(r.exit()).append(")\n").append(r.output());
                ok = r.exit() == 0;
                Map<String, String> out = new HashMap<>();
                for (String line : Files.readAllLines(output)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        out.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
                if (step.containsKey("id")) {
                    outputs.put((String) step.get("id"), out);
                }
                Files.readAllLines(githubPath).stream().filter(l -> !l.isBlank()).forEach(p -> path.add(0, p));
            }
            outcomes.put(name, ok ? "success" : "failure");
            failed |= !ok;
        }
        return new Job(outcomes, outputs, log, transcript.toString());
    }

    record State(boolean failed, Map<String, Map<String, String>> outputs, List<String> labels) {
        String plan() {
            return outputs.getOrDefault("plan", Map.of()).getOrDefault("exit", "");
        }
    }

    /** The step conditions docs/ci.md uses, and what each means. */
    private static Predicate<State> condition(String condition) {
        return switch (condition.strip()) {
            case "always()" -> s -> true;
            case "always() && steps.plan.outputs.exit != ''" -> s -> !s.plan().isEmpty();
            case "always() && steps.plan.outputs.exit == '3' && !contains(github.event.pull_request.labels.*.name, 'segmentation-approved')" ->
                    s -> s.plan().equals("3") && !s.labels().contains("segmentation-approved");
            case "always() && (steps.plan.outputs.exit == '1' || steps.plan.outputs.exit == '2')" ->
                    s -> s.plan().equals("1") || s.plan().equals("2");
            default -> throw new AssertionError("docs/ci.md uses a step condition this test does not know: " + condition);
        };
    }

    /** What the actions the workflow uses are given, checked as the action would need it. */
    private boolean uses(String action, Map<String, Object> with) throws Exception {
        switch (action) {
            case "actions/checkout@v4" -> assertEquals(0, with.get("fetch-depth"), "the plan needs the base branch's history");
            case "actions/setup-java@v4" -> assertEquals("17", with.get("java-version").toString());
            case "github/codeql-action/upload-sarif@v3" -> {
                JsonNode sarif = Json.MAPPER.readTree(repo.resolve(with.get("sarif_file").toString()).toFile());
                JsonSchema schema;
                try (InputStream in = CiDocTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
                    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
                }
                assertEquals(java.util.Set.of(), schema.validate(sarif), "the SARIF code scanning gets");
                for (JsonNode artifact : sarif.findValues("artifactLocation")) {
                    assertTrue(artifact.get("uri").asText().startsWith("policies/plant/"), artifact.toString());
                }
            }
            case "actions/upload-artifact@v4" -> {
                for (String p : with.get("path").toString().strip().split("\n")) {
                    assertTrue(Files.exists(repo.resolve(p.strip())), "artefact path " + p);
                }
                assertTrue(Files.exists(repo.resolve("build/configs/manifest.json")));
            }
            default -> fail("docs/ci.md uses an action this test does not stand in for: " + action);
        }
        return true;
    }

    /** ${{ expressions }} of the pull-request event; an unknown one fails the test. */
    private String expand(String text, List<String> labels) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "github.base_ref" -> "main";
                case "github.sha" -> "0123456789abcdef0123456789abcdef01234567";
                case "github.token" -> "fake-token";
                case "github.event.pull_request.number" -> "7";
                default -> throw new AssertionError("docs/ci.md uses an expression this test does not know: " + m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- GitLab ----

    record Run(int exit, String output, Path log) {}

    @SuppressWarnings("unchecked")
    private Run runGitlab(Map<String, Object> job, List<Object> lines, String labels, boolean fresh) throws Exception {
        Path log = Files.createTempDirectory(work, "gitlab-");
        if (fresh) {
            clean();
        }
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) job.get("variables")).forEach((k, v) -> env.put(k, v.toString()));
        env.put("ZONEC_HOME", zonecHome.toString());
        env.put("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main");
        env.put("CI_MERGE_REQUEST_LABELS", labels);
        env.put("CI_API_V4_URL", "https://gitlab.example.invalid/api/v4");
        env.put("CI_PROJECT_ID", "1");
        env.put("CI_MERGE_REQUEST_IID", "7");
        env.put("ZONEC_GITLAB_TOKEN", "fake-token");
        env.put("STANDIN_LOG", log.toString());
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        String script = "export PATH=\"$ZONEC_HOME:$PATH\"\n"
                + String.join("\n", lines.stream().map(Object::toString).toList());
        Run r = bash(List.of("--noprofile", "--norc", "-eo", "pipefail"), script, env);
        return new Run(r.exit(), r.output(), log);
    }

    // ---- shared ----

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String which) throws IOException {
        String doc = Files.readString(REPO.resolve("docs/ci.md"));
        Matcher m = Pattern.compile("<!-- ci-doc: " + which + " -->\n```yaml\n(.*?)\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/ci.md has the " + which + " block");
        return (Map<String, Object>) new Yaml().load(m.group(1));
    }

    /** Removes what an earlier run of a pipeline wrote, as a fresh CI checkout would not have it. */
    private void clean() throws Exception {
        git(repo, "clean", "-q", "-fdx");
    }

    private Run bash(List<String> flags, String script, Map<String, String> env) throws Exception {
        Path file = Files.createTempFile(work, "step-", ".sh");
        Files.writeString(file, script);
        List<String> command = new ArrayList<>(List.of("bash"));
        command.addAll(flags);
        command.add(file.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("a step took more than 10 minutes:\n" + script);
        }
        return new Run(p.exitValue(), output, work);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\nset -eu\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=zonec test", "-c",
                "user.email=test@zonec.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
    }
}
