package dev.zonec.cli;

import dev.zonec.batfish.BatfishClient;
import dev.zonec.batfish.BatfishException;
import dev.zonec.batfish.BatfishSettings;
import dev.zonec.batfish.BatfishVerifier;
import dev.zonec.batfish.GeneratedFile;
import dev.zonec.batfish.OutputFolder;
import dev.zonec.batfish.VerifyReport;
import dev.zonec.batfish.VerifyResult;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.PriorManifest;
import dev.zonec.render.RenderedConfig;
import dev.zonec.render.SourceMap;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Targets;
import dev.zonec.verify.Verifier;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.report.Reports;
import dev.zonec.support.Workers;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code zonec verify OUT --policy DIR}: prove a compiled output folder equivalent to the policy (translation
 * validation: every file read back by zonec's own independent parsers, a hand edit is caught with a counterexample
 * packet). With {@code --batfish URL} the folder is instead checked from outside: read by a Batfish service (its own
 * vendor parsers) and its filters tested against the policy. Exit codes: 0 clean, 1 findings, 2 usage, an unusable
 * output folder, or a Batfish service that is unreachable, too slow or answers something unexpected (one line on
 * stderr; {@code --debug} adds the details).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a compiled output folder. Without --batfish: read every file back and prove it forwards "
                + "exactly what the policy intends between every pair of interfaces (a hand edit is caught with a "
                + "counterexample packet). With --batfish: every file is read by a Batfish service, every allowed flow "
                + "and a sample of denied flows are tested on each device's filters, and unreachable filter lines are "
                + "reported.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean (warnings allowed)", "1:findings",
                "2:usage error, unusable output folder, or Batfish unreachable, too slow or answering unexpectedly"})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The output folder zonec compile wrote.")
    Path out;

    @Option(names = "--policy", required = true, paramLabel = "DIR",
            description = "The site folder OUT was compiled from: *.zc policy files and inventory.yaml.")
    Path policy;

    @Option(names = "--inventory", paramLabel = "FILE", description = "Inventory file (default: DIR/inventory.yaml).")
    Path inventory;

    @Option(names = "--batfish", paramLabel = "URL",
            description = "The Batfish service's v2 API, e.g. http://localhost:9996.")
    String batfish;

    @Option(names = "--batfish-api-key", paramLabel = "KEY",
            description = "Sent as X-Batfish-Apikey (default: pybatfish's default key).")
    String apiKey;

    @Option(names = "--batfish-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "The longest wait for one answer or one Batfish work item (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Reports format;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge waiver expiry as of this date (default: the current date).")
    LocalDate today;

    @Option(names = "--debug", description = "On a service or internal error, print the details.")
    boolean debug;

    @Option(names = "--timings", description = "Print how long each stage and each device's proof took (to stderr).")
    boolean timings;

    @Option(names = "--threads", paramLabel = "N",
            description = "Prove up to N devices at once (default: one per core); the report is identical for any N.")
    Integer threads;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        if (batfish == null) {
            return withoutBatfish();
        }
        Optional<URI> service = service(batfish);
        if (service.isEmpty()) {
            return usage("--batfish `" + batfish + "` is not an http:// or https:// address (e.g. http://localhost:9996)");
        }
        if (timeout < 1) {
            return usage("--batfish-timeout must be at least 1 second");
        }
        PipelineResult result = policyResult();
        if (result.hasErrors() || result.site().isEmpty() || result.ir().isEmpty()) {
            print(format.render("verify", result, Optional.empty(), Main.version(), main.sourceRoot(policy)));
            return 1;
        }
        Site site = result.site().get();
        Ir ir = result.ir().get();
        List<GeneratedFile> files;
        try {
            files = OutputFolder.read(main.resolve(out), display(out), site, result.configs());
        } catch (OutputFolder.UnusableException e) {
            return usage(e.getMessage());
        }
        BatfishSettings settings = BatfishSettings.of(service.get()).withTimeout(Duration.ofSeconds(timeout));
        if (apiKey != null) {
            settings = settings.withApiKey(apiKey);
        }
        VerifyResult verified;
        try {
            verified = BatfishVerifier.verify(new BatfishClient(settings), site, ir, files, result.diagnostics());
        } catch (BatfishException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("zonec: " + e.getMessage());
            if (debug && !e.detail().isEmpty()) {
                err.println(e.detail());
            }
            err.flush();
            return 2;
        }
        print(VerifyReport.render(format, verified, site, Main.version()));
        return verified.hasErrors() ? 1 : 0;
    }

    /** Translation validation of the folder as it is now, hand edits included. */
    private int withoutBatfish() {
        PipelineResult compiled = policyResult();
        List<Diagnostic> diagnostics = new ArrayList<>(compiled.diagnostics());
        List<Verifier.DeviceResult> proofs = List.of();
        if (!compiled.hasErrors() && compiled.site().isPresent()) {
            Diagnostics found = new Diagnostics();
            Map<String, List<SourceFile>> files = dev.zonec.driver.OutputFolder.read(main.resolve(out), display(out),
                    compiled.site().get(), found);
            proofs = Verifier.verify(compiled.site().get(), files, unedited(files, compiled), Targets.standard(), found,
                    threads != null ? Math.max(1, threads) : Workers.available());
            diagnostics.addAll(found.sorted());
        }
        PipelineResult result = new PipelineResult(compiled.site(), compiled.ir(), compiled.invariants(), List.of(),
                proofs, diagnostics);
        print(format.render("verify", result, Optional.empty(), Main.version(), main.sourceRoot(policy)));
        if (timings) {
            Timings.print(compiled.times(), proofs, spec.commandLine().getErr());
        }
        return result.hasErrors() ? 1 : 0;
    }

    /**
     * The source maps of the folder's files that are still exactly what the policy compiles to (a hand-edited file
     * has none: its lines are no longer the template's), by the path findings show.
     */
    private static Map<String, SourceMap> unedited(Map<String, List<SourceFile>> files, PipelineResult compiled) {
        Map<String, SourceMap> maps = new java.util.HashMap<>();
        for (RenderedConfig config : compiled.configs()) {
            for (SourceFile onDisk : files.getOrDefault(config.device(), List.of())) {
                config.files().stream().filter(f -> f.name().equals(onDisk.sitePath()) && f.text().equals(onDisk.text()))
                        .findFirst().ifPresent(f -> maps.put(onDisk.displayPath(), f.map()));
            }
        }
        return maps;
    }

    private PipelineResult policyResult() {
        SiteOptions options = new SiteOptions();
        options.site = policy;
        options.inventory = inventory;
        options.format = format;
        options.today = today;
        options.debug = debug;
        options.threads = threads;
        // a file of a second load deletes what the output before it left: compiled again as a load onto what the
        // folder's manifest says (its own names and removals), the policy gives the same file
        return options.run(main, false, Optional.empty(), PriorManifest.read(main.resolve(out)));
    }

    private static Optional<URI> service(String text) {
        try {
            URI uri = new URI(text);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && uri.getRawQuery() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The folder as the user typed it, without a trailing slash (how findings name its files). */
    private static String display(Path folder) {
        String s = folder.toString();
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private void print(String report) {
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("zonec: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
