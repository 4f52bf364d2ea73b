package dev.zonec.platform.fortinet.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * zonec's FortiOS policy IDs, derived from each policy's name (itself derived from the conduit, the rule's name and
 * the flow: docs/naming.md), so that inserting, deleting or moving a rule never renumbers another policy, and log
 * correlation by policy ID survives policy edits.
 *
 * <p>The range is {@value #FIRST} to {@value #DENY}: far above the IDs FortiOS hands out itself (it numbers new
 * policies upwards from 1), below FortiManager's reserved IDs (1071741825 and up, so a FortiManager can still import
 * the device), and topped by zonec's deny at {@value #DENY}, the highest ID zonec uses: FortiOS gives a policy made
 * afterwards in the GUI or with {@code edit 0} an ID above every existing one, so never one inside the range. An ID
 * is {@value #FIRST} plus the first 8 bytes of the SHA-256 of the name, modulo the range; two names of one device
 * that land on one ID are settled in name order, the later one taking the next hash of {@code name#1},
 * {@code name#2}, ... — a rare case, and it depends only on the two names, never on rule order.
 */
final class FortiosIds {
    static final int FIRST = 1_000_000_000;
    static final int DENY = 1_069_999_999;

    private FortiosIds() {}

    /** The ID of each policy name; the names are distinct. */
    static Map<String, Integer> assign(List<String> names) {
        Map<String, Integer> ids = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        taken.add(DENY);
        for (String name : new TreeSet<>(names)) {
            int id = id(name);
            for (int k = 1; !taken.add(id); k++) {
                id = id(name + "#" + k);
            }
            ids.put(name, id);
        }
        return ids;
    }

    /** Whether {@code id} lies in the range zonec uses. */
    static boolean ours(long id) {
        return id >= FIRST && id <= DENY;
    }

    private static int id(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
            return FIRST + (int) Math.floorMod(value, (long) DENY - FIRST);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
