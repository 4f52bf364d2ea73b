package dev.zonec.cli;

import dev.zonec.view.Html;
import dev.zonec.view.Matrix;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "The zone-to-zone matrix: rows open connections to columns; each cell has the services allowed, the "
                + "devices that enforce them, findings and waivers about them, and the reachability requirements about "
                + "the pair. html is one self-contained file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written, the policy is clean", "1:written, the policy has errors (or the site cannot be read)",
                "2:usage error, or the file cannot be written"})
final class MatrixCommand extends PictureCommand implements Callable<Integer> {

    enum Format { html, md, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html, md or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        return draw(Optional.ofNullable(output), view -> switch (format) {
            case html -> Html.matrixPage(view);
            case md -> Matrix.markdown(view);
            case csv -> Matrix.csv(view);
        });
    }
}
