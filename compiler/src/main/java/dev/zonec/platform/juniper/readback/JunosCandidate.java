package dev.zonec.platform.juniper.readback;

import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration a file of Junos {@code set} commands leaves behind, built the way the CLI builds the candidate
 * configuration when it loads such a file ({@code load set}): command by command. zonec's files start with
 * {@code delete} lines that clear the hierarchies they own, and hand-edited files reorder with {@code insert} or
 * switch statements off with {@code deactivate}; reading the lines one by one and keeping all of them would read
 * a policy that the file itself deleted.
 *
 * <p>The configuration is kept as a list of leaves in creation order. Junos evaluates security policies and filter
 * terms in the order they were created, so the order of a policy or term is the position of its first leaf.
 *
 * @param <T> what the reading platform makes of a leaf
 */
public final class JunosCandidate<T> {

    /**
     * One leaf statement. {@code path} is the statement as {@code delete} and {@code deactivate} address it (every
     * word, the value included); {@code key} is what a later {@code set} of the same statement replaces: the path
     * itself for a member of a list (a second {@code source-address} adds one), the path without its value for a
     * single-valued statement (a second {@code then deny} replaces {@code then permit}).
     */
    public record Leaf<T>(List<String> path, List<String> key, LineParsing.Line line, T meaning) {
        public Leaf {
            path = List.copyOf(path);
            key = List.copyOf(key);
        }
    }

    /** By key, in creation order: a map keeps a replaced leaf where it was, and a file of n sets reads in O(n). */
    private final Map<List<String>, Leaf<T>> leaves = new LinkedHashMap<>();
    private final Set<List<String>> inactive = new LinkedHashSet<>();

    /** {@code set}: a new leaf goes last; one with the key of an existing leaf replaces it where it is. */
    public void set(Leaf<T> leaf) {
        leaves.put(leaf.key(), leaf);
    }

    /** {@code delete PATH}: everything at or below the path; {@code delete} alone clears the configuration. */
    public void delete(List<String> prefix) {
        leaves.values().removeIf(l -> startsWith(l.path(), prefix));
        inactive.removeIf(p -> startsWith(p, prefix));
    }

    /** {@code deactivate PATH}: the statements stay in the file but the device ignores them. */
    public void deactivate(List<String> prefix) {
        inactive.add(List.copyOf(prefix));
    }

    public void activate(List<String> prefix) {
        inactive.remove(prefix);
    }

    /**
     * {@code insert PATH before|after KEYWORD NAME}: moves the named sibling (a policy, a term) next to another.
     *
     * @return false when either statement does not exist (the CLI refuses the command and nothing changes)
     */
    public boolean insert(List<String> item, boolean before, String keyword, String name) {
        if (item.size() < 2 || !item.get(item.size() - 2).equals(keyword)) {
            return false;
        }
        List<String> container = item.subList(0, item.size() - 1);
        List<String> anchor = new ArrayList<>(container);
        anchor.add(name);
        List<Leaf<T>> order = new ArrayList<>(leaves.values());
        if (anchor.equals(item) || firstIndex(order, item) < 0 || firstIndex(order, anchor) < 0) {
            return false;
        }
        List<Leaf<T>> moved = new ArrayList<>();
        order.removeIf(l -> startsWith(l.path(), item) && moved.add(l));
        order.addAll(before ? firstIndex(order, anchor) : afterSibling(order, container, anchor), moved);
        leaves.clear();
        order.forEach(this::set);
        return true;
    }

    /** The statements the device acts on, in creation order: every leaf not below a deactivated path. */
    public List<Leaf<T>> active() {
        return leaves.values().stream().filter(l -> inactive.stream().noneMatch(p -> startsWith(l.path(), p))).toList();
    }

    public static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static <T> int firstIndex(List<Leaf<T>> leaves, List<String> prefix) {
        for (int i = 0; i < leaves.size(); i++) {
            if (startsWith(leaves.get(i).path(), prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** Where a sibling placed right after {@code anchor} goes: before the first leaf of the sibling that follows. */
    private static <T> int afterSibling(List<Leaf<T>> leaves, List<String> container, List<String> anchor) {
        int first = firstIndex(leaves, anchor);
        int depth = anchor.size();
        int last = first;
        for (int i = first; i < leaves.size(); i++) {
            List<String> path = leaves.get(i).path();
            if (startsWith(path, anchor)) {
                last = i;
            } else if (startsWith(path, container) && path.size() >= depth && firstIndex(leaves, path.subList(0, depth)) == i) {
                return i;
            }
        }
        return last + 1;
    }
}
