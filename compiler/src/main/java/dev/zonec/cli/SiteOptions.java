package dev.zonec.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The site folder as the command's first parameter: {@code zonec check DIR}. */
final class SiteOptions extends RunOptions {

    @Parameters(index = "0", paramLabel = "DIR", description = "The site folder: *.zc policy files and inventory.yaml.")
    Path site;

    @Override
    Path site() {
        return site;
    }
}
