package dev.zonec.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The site folder given as {@code --policy DIR}, for commands whose first parameter is something else. */
final class PolicyOptions extends RunOptions {

    @Option(names = "--policy", required = true, paramLabel = "DIR",
            description = "The site folder the output was compiled from: *.zc policy files and inventory.yaml.")
    Path site;

    @Override
    Path site() {
        return site;
    }
}
