package dev.zonec.view;

import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.site.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The zone-to-zone matrix, as Tufin and AlgoSec users know it: a row per zone that opens connections, a column per
 * zone that accepts them (both in Purdue order, highest level first), and in each cell the services the policy allows
 * from one to the other, the devices that enforce them, findings and waivers about those flows, and the reachability
 * requirements about the pair (holds, waived, violated). As CSV, Markdown, and an HTML table (part of the report).
 */
public final class Matrix {

    private Matrix() {}

    /** One line per row zone; cells as {@link #cellText}, quoted per RFC 4180; CRLF line ends as the RFC says. */
    public static String csv(SiteView view) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("from \\ to"));
        view.zones().forEach(z -> header.add(z.name()));
        csv.append(csvLine(header));
        for (Zone from : view.zones()) {
            List<String> row = new ArrayList<>(List.of(from.name()));
            for (Zone to : view.zones()) {
                row.add(cellText(view, from, to));
            }
            csv.append(csvLine(row));
        }
        return csv.toString();
    }

    public static String markdown(SiteView view) {
        StringBuilder md = new StringBuilder("#### Zone-to-zone matrix: site ").append(view.site()).append("\n\n");
        md.append("Rows open connections to columns. Cells: services allowed, [devices that enforce them]; "
                + "`!` finding, `~` waived, `R:` requirement (holds / VIOLATED / waived).\n\n");
        md.append("| from \\ to |");
        view.zones().forEach(z -> md.append(' ').append(z.name()).append(" |"));
        md.append("\n| --- |");
        view.zones().forEach(z -> md.append(" --- |"));
        md.append('\n');
        for (Zone from : view.zones()) {
            md.append("| **").append(from.name()).append("** |");
            for (Zone to : view.zones()) {
                String text = cellText(view, from, to).replace("|", "\\|").replace("\n", "<br>");
                md.append(' ').append(from.equals(to) ? "·" : text.replace("VIOLATED", "**VIOLATED**")).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** A cell as plain text: {@code modbus, s7 [fw-core, sw1]; ! ZC0606; ~ ZC0604; R: require no-path a -> b: holds}. */
    static String cellText(SiteView view, Zone from, Zone to) {
        if (from.equals(to)) {
            return "";
        }
        SiteView.Cell cell = view.cells().get(new SiteView.Pair(from.name(), to.name()));
        if (cell == null || cell.empty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!cell.services().isEmpty()) {
            parts.add(String.join(", ", cell.services()) + (cell.devices().isEmpty() ? "" : " [" + String.join(", ", cell.devices()) + "]"));
        }
        if (!cell.findings().isEmpty()) {
            parts.add("! " + String.join(", ", codes(cell.findings())));
        }
        if (!cell.waived().isEmpty()) {
            parts.add("~ " + String.join(", ", codes(cell.waived())));
        }
        for (SiteView.Requirement r : cell.requirements()) {
            parts.add("R: " + r.text() + ": " + (r.status().equals("violated") ? "VIOLATED" : r.status()));
        }
        return String.join("; ", parts);
    }

    static Set<String> codes(List<Diagnostic> diagnostics) {
        Set<String> codes = new TreeSet<>();
        diagnostics.forEach(d -> codes.add(d.code().name()));
        return codes;
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            // a cell a spreadsheet would run as a formula starts with a quote mark
            String safe = c.matches("^[=+\\-@\t\r].*") ? "'" + c : c;
            quoted.add(safe.matches(".*[\",\r\n].*") || safe.isEmpty() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
