package dev.zonec.cli;

import dev.zonec.driver.PipelineResult;
import dev.zonec.report.TextDiagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What {@code graph}, {@code matrix} and {@code report} share: a site folder checked (not compiled), and a picture
 * written to stdout or to a file. The picture is made even when the policy has errors — a violated requirement is
 * what it should show — and the exit code then says so (1). A site that cannot be read gets its diagnostics and 1.
 */
abstract class PictureCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The site folder: *.zc policy files and inventory.yaml.")
    Path site;

    @Option(names = "--inventory", paramLabel = "FILE", description = "Inventory file (default: DIR/inventory.yaml).")
    Path inventory;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge waiver expiry as of this date (default: the current date).")
    LocalDate today;

    @Option(names = "--debug", description = "On an internal error, print the details.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    PipelineResult check() {
        SiteOptions options = new SiteOptions();
        options.site = site;
        options.inventory = inventory;
        options.today = today;
        options.debug = debug;
        return options.run(main);
    }

    /** Makes one picture of the site's view. */
    interface Drawing {
        String draw(dev.zonec.view.SiteView view) throws dev.zonec.view.Graph.LayoutException;
    }

    /** Checks the site and writes its picture: {@link #write}; a site that cannot be read gets its diagnostics. */
    int draw(Optional<Path> output, Drawing drawing) {
        PipelineResult result = check();
        if (result.site().isEmpty()) {
            return unreadable(result);
        }
        try {
            return write(drawing.draw(dev.zonec.view.SiteView.of(result)), output, result);
        } catch (dev.zonec.view.Graph.LayoutException e) {
            return usage(e.getMessage());
        }
    }

    /** Prints the diagnostics of a site that could not be read this far; 1. */
    int unreadable(PipelineResult result) {
        spec.commandLine().getOut().print(TextDiagnostics.render(result.diagnostics()));
        spec.commandLine().getOut().flush();
        return 1;
    }

    /** Writes the picture to {@code output} (all or nothing: a sibling temporary file renamed over it) or stdout. */
    int write(String picture, Optional<Path> output, PipelineResult result) {
        if (output.isPresent()) {
            Path file = main.resolve(output.get()).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                // a fresh name, created with the umask's permissions (a temporary file would be private to its owner)
                Path staging = file.resolveSibling("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".new");
                try {
                    Files.writeString(staging, picture, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
                    Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(staging);
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("zonec: cannot write `" + output.get() + "`: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
        } else {
            spec.commandLine().getOut().print(picture);
            spec.commandLine().getOut().flush();
        }
        return result.hasErrors() ? 1 : 0;
    }

    int usage(String message) {
        spec.commandLine().getErr().println("zonec: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
