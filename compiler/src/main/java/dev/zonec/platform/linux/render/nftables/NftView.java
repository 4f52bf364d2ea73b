package dev.zonec.platform.linux.render.nftables;

import dev.zonec.render.ConfigText;
import java.util.List;

/** What the nftables template prints; every string is one validated line fragment. */
public record NftView(List<String> header, List<NamedSet> sets, List<String> rules) {
    public NftView {
        header.forEach(ConfigText::line);
        rules.forEach(ConfigText::line);
        header = List.copyOf(header);
        sets = List.copyOf(sets);
        rules = List.copyOf(rules);
    }

    /** {@code set NAME { type TYPE; flags interval; elements = { ELEMENTS } }}. */
    public record NamedSet(String name, String type, String elements) {
        public NamedSet {
            ConfigText.line(name);
            ConfigText.line(type);
            ConfigText.line(elements);
        }
    }
}
