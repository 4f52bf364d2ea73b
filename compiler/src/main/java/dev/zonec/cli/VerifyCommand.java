package dev.zonec.cli;

import dev.zonec.driver.OutputFolder;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.ReadBackRegistry;
import dev.zonec.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prove an existing output folder equivalent to the policy: every config is read back and, for "
                + "every pair of its interfaces, must forward exactly the packets the policy intends (a hand-edited "
                + "file is caught, with a counterexample packet).")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The output folder written by `zonec compile`.")
    Path output;

    @Mixin
    PolicyOptions options;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PipelineResult compiled = options.run(main);
        List<dev.zonec.model.diag.Diagnostic> diagnostics = new ArrayList<>(compiled.diagnostics());
        List<Verifier.DeviceResult> proofs = List.of();
        if (!compiled.hasErrors() && compiled.site().isPresent()) {
            Diagnostics found = new Diagnostics();
            Map<String, List<SourceFile>> files = OutputFolder.read(main.resolve(output), output.toString(),
                    compiled.site().get(), found);
            proofs = Verifier.verify(compiled.site().get(), files, ReadBackRegistry.standard(), found);
            diagnostics.addAll(found.sorted());
        }
        PipelineResult result = new PipelineResult(compiled.site(), compiled.ir(), compiled.invariants(), List.of(),
                proofs, diagnostics);
        spec.commandLine().getOut().print(options.format.render("verify", result, Optional.empty(), Main.version()));
        spec.commandLine().getOut().flush();
        if (options.timings) {
            Timings.print(compiled.times(), proofs, spec.commandLine().getErr());
        }
        return result.hasErrors() ? 1 : 0;
    }
}
