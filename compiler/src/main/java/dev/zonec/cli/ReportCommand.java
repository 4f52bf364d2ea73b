package dev.zonec.cli;

import dev.zonec.driver.PipelineResult;
import dev.zonec.view.Pictures;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML report of a site (no network needed to open it): the zone graph "
                + "(laid out by Graphviz's dot when installed), the zone-to-zone matrix, requirements with their "
                + "verdicts, findings and waivers. The same as `check --format html`.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written, the policy is clean", "1:written, the policy has errors",
                "2:usage error, or the file cannot be written"})
final class ReportCommand extends PictureCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path output;

    @Override
    public Integer call() {
        PipelineResult result = check();
        return write(Pictures.htmlReport(result, Main.version()), Optional.of(output), result);
    }
}
