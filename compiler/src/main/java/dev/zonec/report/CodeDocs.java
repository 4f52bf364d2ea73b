package dev.zonec.report;

import dev.zonec.model.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the user documentation says about each diagnostic code, for reports that carry help with them (SARIF rule
 * help): the rows of the code tables in docs/checks.md and docs/diagnostics.md (copied into the jar at build time, so
 * the help cannot drift from the docs), the notes of checks.md that name the code, and the address of the table on
 * the project's documentation site.
 */
public final class CodeDocs {

    /** One code as documented. {@code page} is the doc file, {@code anchor} the heading of its table. */
    public record Entry(Code code, String severity, String meaning, List<String> serves, List<String> notes,
                        String page, String anchor) {
        public Entry {
            serves = List.copyOf(serves);
            notes = List.copyOf(notes);
        }
    }

    private static final CodeDocs INSTANCE = load();

    private final Map<Code, Entry> entries;
    private final String baseUrl;

    private CodeDocs(Map<Code, Entry> entries, String baseUrl) {
        this.entries = entries;
        this.baseUrl = baseUrl;
    }

    public static CodeDocs get() {
        return INSTANCE;
    }

    /** Where the documentation is published (no trailing slash). */
    public String baseUrl() {
        return baseUrl;
    }

    public Optional<Entry> of(Code code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** The documentation page's address with the anchor of the code's table. */
    public Optional<String> helpUri(Code code) {
        return of(code).map(e -> baseUrl + "/" + e.page() + "#" + e.anchor());
    }

    /** Help as Markdown: meaning, what the finding serves, the notes, and where to read more. */
    public Optional<String> markdown(Code code) {
        return of(code).map(e -> {
            StringBuilder md = new StringBuilder("**" + code.name() + "** (" + e.severity() + "): " + e.meaning() + "\n");
            if (!e.serves().isEmpty()) {
                md.append("\nServes: ").append(String.join("; ", e.serves())).append("\n");
            }
            e.notes().forEach(n -> md.append("\n").append(n).append("\n"));
            md.append("\nSee [").append(e.page()).append("](").append(helpUri(code).orElseThrow()).append(").\n");
            return md.toString();
        });
    }

    /** Help as plain text, the same content. */
    public Optional<String> text(Code code) {
        return of(code).map(e -> {
            StringBuilder t = new StringBuilder(code.name() + " (" + e.severity() + "): " + e.meaning() + ".");
            if (!e.serves().isEmpty()) {
                t.append(" Serves: ").append(String.join("; ", e.serves())).append(".");
            }
            e.notes().forEach(n -> t.append(" ").append(n.replace("`", "")));
            t.append(" See ").append(helpUri(code).orElseThrow());
            return t.toString();
        });
    }

    private static CodeDocs load() {
        Map<Code, Entry> entries = new EnumMap<>(Code.class);
        List<String> checks = lines("/docs/checks.md");
        List<String> notes = notes(checks);
        // checks.md first: its rows also say which requirement a finding serves
        for (String[] row : rows(checks)) {
            code(row[0]).ifPresent(c -> entries.put(c, new Entry(c, row[1], row[2],
                    List.of(row[3].split("; ")), notesOf(c, notes), "checks.md", "codes")));
        }
        for (String[] row : rows(lines("/docs/diagnostics.md"))) {
            code(row[0]).ifPresent(c -> entries.putIfAbsent(c, new Entry(c, row[1], row[2], List.of(), List.of(),
                    "diagnostics.md", "diagnostic-codes")));
        }
        Properties properties = new Properties();
        try (InputStream in = CodeDocs.class.getResourceAsStream("docs.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("zonec's jar lacks dev/zonec/report/docs.properties", e);
        }
        return new CodeDocs(entries, properties.getProperty("docs.url").replaceAll("/+$", ""));
    }

    /** The table rows of a page whose first cell is a code: cells trimmed, without the outer bars. */
    private static List<String[]> rows(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("| ZC")) {
                String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split(" \\| ");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The bullet notes of checks.md, each joined onto one line. */
    private static List<String> notes(List<String> lines) {
        List<String> notes = new ArrayList<>();
        boolean inNotes = false;
        for (String line : lines) {
            if (line.startsWith("Notes on the rule pack")) {
                inNotes = true;
            } else if (inNotes && line.startsWith("- ")) {
                notes.add(line.substring(2).strip());
            } else if (inNotes && line.startsWith("  ") && !notes.isEmpty()) {
                notes.set(notes.size() - 1, notes.get(notes.size() - 1) + " " + line.strip());
            } else if (inNotes && line.startsWith("#")) {
                inNotes = false;
            }
        }
        return notes;
    }

    private static List<String> notesOf(Code code, List<String> notes) {
        return notes.stream().filter(n -> n.contains(code.name())).toList();
    }

    private static Optional<Code> code(String cell) {
        try {
            return Optional.of(Code.valueOf(cell));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CodeDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("zonec's jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
