package dev.zonec.platform.fortinet.render;

import dev.zonec.render.ConfigText;
import java.util.List;

/** What the fortinet-fortios template prints; every string is one validated line fragment. */
public record FortiosView(List<String> header, List<Block> blocks) {

    public FortiosView {
        header.forEach(ConfigText::line);
        header = List.copyOf(header);
        blocks = List.copyOf(blocks);
    }

    /**
     * {@code config PATH} ... {@code end}, after its comment lines ({@code # ...}, usually none): its table entries,
     * then plain lines (the settings of a table without entries, such as {@code ips global}, or {@code move} commands
     * after the policies).
     */
    public record Block(List<String> comments, String path, List<Entry> entries, List<String> lines) {
        public Block {
            comments.forEach(ConfigText::line);
            ConfigText.line(path);
            lines.forEach(ConfigText::line);
            comments = List.copyOf(comments);
            entries = List.copyOf(entries);
            lines = List.copyOf(lines);
        }

        public Block(String path, List<Entry> entries, List<String> lines) {
            this(List.of(), path, entries, lines);
        }
    }

    /** {@code edit KEY}, its settings, {@code next}. */
    public record Entry(String key, List<String> settings) {
        public Entry {
            ConfigText.line(key);
            settings.forEach(ConfigText::line);
            settings = List.copyOf(settings);
        }
    }
}
