package dev.zonec.cli;

import dev.zonec.driver.OutputWriter;
import dev.zonec.driver.PipelineResult;
import dev.zonec.verify.ProofCache;
import dev.zonec.driver.PriorManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Check a site and write one configuration per device plus manifest.json to OUT. "
                + "Each file loads onto a device that holds the output OUT had before, and removes what that output "
                + "created and this one no longer does. On any error OUT is left as it was.")
final class CompileCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The output folder.")
    Path output;

    @Option(names = "--no-verify", description = "Skip proving each config equivalent to the policy (translation validation).")
    boolean noVerify;

    @Option(names = "--proof-cache", paramLabel = "DIR",
            description = "Remember proofs in DIR by content, and prove again only the devices whose files or placed "
                    + "flows changed since a proof there (docs/verification.md).")
    Path proofCache;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        PipelineResult result = options.run(main, !noVerify,
                Optional.ofNullable(proofCache).map(main::resolve).map(ProofCache::at),
                PriorManifest.read(main.resolve(output)));
        Optional<String> wrote = Optional.empty();
        if (!result.hasErrors()) {
            try {
                OutputWriter.write(main.resolve(output), output.toString(), result.site().orElseThrow().name(), result.configs(),
                        OutputWriter.NO_STEPS);
            } catch (OutputWriter.NotAnOutputFolderException e) {
                spec.commandLine().getErr().println("zonec: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                spec.commandLine().getErr().println("zonec: cannot write `" + output + "`: " + e.getMessage());
                return 2;
            }
            wrote = Optional.of(output.toString());
        }
        String report = options.format.render("compile", result, wrote, Main.version(), main.sourceRoot(options.site()));
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        if (options.timings) {
            Timings.print(result.times(), result.proofs(), spec.commandLine().getErr());
        }
        return result.hasErrors() ? 1 : 0;
    }
}
