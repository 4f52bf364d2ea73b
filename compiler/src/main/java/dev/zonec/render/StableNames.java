package dev.zonec.render;

import dev.zonec.model.site.Conduit;
import dev.zonec.model.site.FlowKey;
import dev.zonec.model.site.Site;
import dev.zonec.support.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How every name, remark and log prefix zonec writes for a rule is derived from what the rule is — its conduit,
 * its name ({@code as NAME} or derived from its content), the zones of the flow and the IP version — and never from
 * where it stands in the policy, so that inserting, deleting or moving one rule changes only that rule's lines, and
 * renaming a conduit only its rules' lines (docs/naming.md).
 *
 * <p>A name longer than the platform allows keeps its first characters and ends in {@code -} and the first 7 hex
 * digits of the SHA-256 of the whole name: still derived from what it is alone.
 */
public final class StableNames {
    /** Hex digits of the hash that ends a shortened name. */
    public static final int HASH_DIGITS = 7;

    private final Map<String, Conduit> conduits = new HashMap<>();

    public StableNames(Site site) {
        site.conduits().forEach(c -> conduits.put(c.name(), c));
    }

    /** A conduit's name as a name part: an unnamed conduit {@code a,b->c} reads {@code a-b-to-c}. */
    public static String conduit(String name) {
        return name.replace("->", "-to-").replace(',', '-');
    }

    /** What a remark, comment or description cites: {@code hmi-control/hmi-polling}. */
    public static String citation(FlowKey flow) {
        return conduit(flow.conduit()) + "/" + flow.rule();
    }

    /**
     * The zones that tell the flows of one rule apart: the source zone when the rule's conduit has several, then the
     * destination zone when it has several. A property of the conduit, not of the rule's current endpoints, so adding
     * a destination in another zone to a rule leaves its existing flows' names alone. A flow to a device itself ends in
     * the device's name: one rule reaching several devices is one flow per device.
     */
    public List<String> flowParts(FlowKey flow) {
        Conduit c = conduits.get(flow.conduit());
        List<String> parts = new ArrayList<>(2);
        if (c == null || c.from().size() > 1) {
            parts.add(flow.sourceZone());
        }
        if (c == null || c.to().size() > 1) {
            parts.add(flow.destinationZone());
        }
        flow.device().ifPresent(parts::add);
        return parts;
    }

    /** {@code parts} joined by {@code separator}, shortened to {@code limit} characters by {@link #fit}. */
    public static String join(List<String> parts, char separator, int limit) {
        return fit(String.join(String.valueOf(separator), parts), separator, limit);
    }

    /**
     * {@code name} when it has at most {@code limit} characters; otherwise its first characters (ending on a whole
     * word where that keeps at least half of them), {@code separator}, and the first {@link #HASH_DIGITS} hex digits of
     * its SHA-256: at most {@code limit} characters in all.
     */
    public static String fit(String name, char separator, int limit) {
        if (name.length() <= limit) {
            return name;
        }
        if (limit < HASH_DIGITS + 2) {
            throw new IllegalArgumentException("no room for a hash in " + limit + " characters");
        }
        String head = name.substring(0, limit - HASH_DIGITS - 1);
        // end on a whole word where that keeps most of the name: `zc-vru-vendor-maintenance`, not `...-maintenance.v`
        int cut = head.length();
        while (cut > 0 && Character.isLetterOrDigit(name.charAt(cut))) {
            cut--;
        }
        if (cut >= head.length() / 2) {
            head = head.substring(0, cut);
        }
        while (!head.isEmpty() && !Character.isLetterOrDigit(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + separator + hash(name);
    }

    /** The first {@link #HASH_DIGITS} hex digits of the SHA-256 of {@code text}. */
    public static String hash(String text) {
        return Sha256.hex(text).substring(0, HASH_DIGITS);
    }
}
