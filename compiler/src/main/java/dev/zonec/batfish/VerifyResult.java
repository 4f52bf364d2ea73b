package dev.zonec.batfish;

import dev.zonec.model.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a verify run found and what it covered.
 *
 * @param batfish        the service's version, as it reports it
 * @param files          files uploaded; {@code recognised} of them fully recognised, {@code onlyGaps} of them with no
 *                       unrecognised line but known Batfish gaps
 * @param permitsTested  allowed-flow packets asked about; {@code deniesTested} sampled denied ones
 * @param disagreements  tests where Batfish's action differed from zonec's (or no filter applied)
 * @param filterDevices  devices whose filters were tested and searched for unreachable lines
 * @param notChecked     output files or devices Batfish did not check, each with the reason
 * @param cleanup        why the network zonec created could not be deleted, if it could not
 */
public record VerifyResult(String batfish, List<Diagnostic> diagnostics, int files, int recognised, int onlyGaps,
                           int permitsTested,
                           int deniesTested, int disagreements, List<String> filterDevices, List<String> notChecked,
                           Optional<String> cleanup) {
    public VerifyResult {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.ORDER);
        diagnostics = List.copyOf(sorted);
        filterDevices = List.copyOf(filterDevices);
        notChecked = List.copyOf(notChecked);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** A short account of what was checked, one line per aspect, for the text report. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("batfish " + batfish + ": " + recognised + " of " + files + " file" + (files == 1 ? "" : "s")
                + " fully recognised" + (onlyGaps == 0 ? "" : ", " + onlyGaps + " more with known Batfish gaps only"));
        lines.add("testFilters: " + permitsTested + " allowed and " + deniesTested + " denied packet"
                + (permitsTested + deniesTested == 1 ? "" : "s") + " on " + filterDevices.size() + " device"
                + (filterDevices.size() == 1 ? "" : "s") + ", " + disagreements + " disagreement"
                + (disagreements == 1 ? "" : "s"));
        lines.add("filterLineReachability: " + (filterDevices.isEmpty() ? "no device" : String.join(", ", filterDevices)));
        notChecked.forEach(n -> lines.add("not checked: " + n));
        cleanup.ifPresent(c -> lines.add("note: " + c));
        return lines;
    }
}
