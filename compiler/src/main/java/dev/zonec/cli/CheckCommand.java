package dev.zonec.cli;

import dev.zonec.driver.PipelineResult;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a site: names, addresses, placement, invariants and platform capabilities. Writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PipelineResult result = options.run(main);
        String report = options.format.render("check", result, Optional.empty(), Main.version(), main.sourceRoot(options.site()));
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        if (options.timings) {
            Timings.print(result.times(), result.proofs(), spec.commandLine().getErr());
        }
        return result.hasErrors() ? 1 : 0;
    }
}
