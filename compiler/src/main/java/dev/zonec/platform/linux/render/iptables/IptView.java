package dev.zonec.platform.linux.render.iptables;

import dev.zonec.render.ConfigText;
import java.util.List;

/**
 * What the iptables-restore template prints for one address family; every string is one validated line or line
 * fragment. {@code chain} is zonec's own chain, {@code rules} its {@code -A} lines, {@code dropLog} the rate-limited
 * LOG rule that precedes the final DROP.
 */
public record IptView(List<String> header, String chain, List<String> rules, String dropLog) {
    public IptView {
        header.forEach(ConfigText::line);
        ConfigText.line(chain);
        rules.forEach(ConfigText::line);
        ConfigText.line(dropLog);
        header = List.copyOf(header);
        rules = List.copyOf(rules);
    }
}
