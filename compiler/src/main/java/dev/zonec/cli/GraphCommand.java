package dev.zonec.cli;

import dev.zonec.view.Graph;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Draw the zones and conduits: zones coloured by Purdue level with their SL-T, DMZ and safety zones "
                + "marked, conduits as labelled arrows (services, function classes, the devices that enforce them), "
                + "violated requirements in red. svg needs Graphviz's dot; dot and mermaid (which GitHub draws in "
                + "Markdown) need nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drawn, the policy is clean", "1:drawn, the policy has errors (or the site cannot be read)",
                "2:usage error, Graphviz missing for svg, or the file cannot be written"})
final class GraphCommand extends PictureCommand implements Callable<Integer> {

    enum Format { svg, dot, mermaid }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
            description = "svg, dot or mermaid (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        return draw(Optional.ofNullable(output), view -> switch (format) {
            case dot -> Graph.dot(view);
            case mermaid -> Graph.mermaid(view);
            case svg -> Graph.svg(view);
        });
    }
}
