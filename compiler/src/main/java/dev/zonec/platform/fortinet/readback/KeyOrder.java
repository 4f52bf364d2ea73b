package dev.zonec.platform.fortinet.readback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a table in list order, with every edit in constant time: zonec writes one {@code move} per policy to pin
 * the order, and a list would scan the table for each of them (quadratic in the policies of a device). A doubly
 * linked list of keys, indexed by key, around one sentinel.
 */
final class KeyOrder {
    private static final class Node {
        private String key;
        private Node previous = this;
        private Node next = this;

        Node(String key) {
            this.key = key;
        }
    }

    private final Node sentinel = new Node("");
    private final Map<String, Node> nodes = new HashMap<>();

    boolean contains(String key) {
        return nodes.containsKey(key);
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** Appends a key that is not here yet. */
    void add(String key) {
        Node node = new Node(key);
        if (nodes.putIfAbsent(key, node) != null) {
            throw new IllegalStateException("key already in the table: " + key);
        }
        insertBefore(sentinel, node);
    }

    void remove(String key) {
        Node node = nodes.remove(key);
        if (node != null) {
            unlink(node);
        }
    }

    /** Moves {@code key} next to {@code other} (after it, or before): both must be here and differ. */
    void move(String key, String other, boolean after) {
        Node node = nodes.get(key);
        Node anchor = nodes.get(other);
        if (node == null || anchor == null || node == anchor) {
            throw new IllegalStateException("cannot move " + key + " next to " + other);
        }
        unlink(node);
        insertBefore(after ? anchor.next : anchor, node);
    }

    /** Gives the entry at {@code key} the new key {@code other}, in the same place; {@code other} must be new. */
    void rename(String key, String other) {
        Node node = nodes.get(key);
        if (node == null || nodes.containsKey(other)) {
            throw new IllegalStateException("cannot rename " + key + " to " + other);
        }
        nodes.remove(key);
        node.key = other;
        nodes.put(other, node);
    }

    void clear() {
        nodes.clear();
        sentinel.next = sentinel;
        sentinel.previous = sentinel;
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>(nodes.size());
        for (Node n = sentinel.next; n != sentinel; n = n.next) {
            keys.add(n.key);
        }
        return keys;
    }

    private static void insertBefore(Node at, Node node) {
        node.previous = at.previous;
        node.next = at;
        at.previous.next = node;
        at.previous = node;
    }

    private static void unlink(Node node) {
        node.previous.next = node.next;
        node.next.previous = node.previous;
    }
}
