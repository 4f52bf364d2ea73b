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
     * {@code config PATH} ... {@code end}: its table entries, then plain lines (the settings of a table without
     * entries, such as {@code ips global}, or {@code move} commands after the policies).
     */
    public record Block(String path, List<Entry> entries, List<String> lines) {
        public Block {
            ConfigText.line(path);
            lines.forEach(ConfigText::line);
            entries = List.copyOf(entries);
            lines = List.copyOf(lines);
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
