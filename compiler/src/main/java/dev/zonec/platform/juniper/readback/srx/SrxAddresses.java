package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosPrefixes;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The address books of an SRX: the global book, named books attached to zones, and the books defined inside a zone
 * ({@code security zones security-zone Z address-book}). Addresses and address sets share one namespace per book;
 * sets nest. A policy's name is looked up in its zone's books first, then in the global book.
 */
final class SrxAddresses {
    static final String GLOBAL = "global";

    /** An address: one block, or why it has none the read-back can use (a DNS name, a non-contiguous wildcard). */
    private record Address(Optional<AddressBlock> block, String problem, LineParsing.Line line) {}

    private record Member(String name, LineParsing.Line line) {}

    static final class Book {
        final Map<String, Address> addresses = new HashMap<>();
        final Map<String, List<Member>> sets = new HashMap<>();
        final Set<String> zones = new HashSet<>();
    }

    private final Map<String, Book> books = new LinkedHashMap<>();
    private final Unprovable unprovable;

    SrxAddresses(Unprovable unprovable) {
        this.unprovable = unprovable;
    }

    static String zoneBook(String zone) {
        return "zone " + zone;
    }

    /** One address book statement, taken from its parse tree when its leaf is made. */
    interface Entry {
        void into(Book book, LineParsing.Line line);
    }

    /** What an address book statement adds: an address, a set member, a zone the book is attached to, or nothing. */
    static Entry entry(SrxLineParser.BookItemContext item) {
        if (item instanceof SrxLineParser.AddressPrefixContext a) {
            String name = name(a.name);
            String text = JunosWords.unquote(a.prefix.getText());
            return (book, line) -> book.addresses.put(name, new Address(JunosPrefixes.prefix(text),
                    "`" + text + "` is not an address or prefix", line));
        }
        if (item instanceof SrxLineParser.AddressRangeContext r) {
            String name = name(r.name);
            String low = r.low.getText();
            String high = r.high.getText();
            return (book, line) -> book.addresses.put(name, new Address(JunosPrefixes.range(low, high),
                    "`" + low + " to " + high + "` is not an address range", line));
        }
        if (item instanceof SrxLineParser.AddressWildcardContext w) {
            // a wildcard address matches the bits its mask sets: a prefix when the mask is contiguous
            String name = name(w.name);
            String value = w.value.getText();
            return (book, line) -> book.addresses.put(name, new Address(JunosPrefixes.prefix(value),
                    "wildcard address `" + value + "` has a non-contiguous mask", line));
        }
        if (item instanceof SrxLineParser.AddressDnsContext d) {
            String name = name(d.name);
            return (book, line) -> book.addresses.put(name, new Address(Optional.empty(),
                    "address `" + name + "` is a DNS name, resolved on the device", line));
        }
        if (item instanceof SrxLineParser.SetAddressContext m) {
            return member(name(m.name), name(m.member));
        }
        if (item instanceof SrxLineParser.SetNestedContext m) {
            return member(name(m.name), name(m.member));
        }
        if (item instanceof SrxLineParser.BookAttachContext a) {
            String zone = name(a.zone);
            return (book, line) -> book.zones.add(zone);
        }
        return (book, line) -> { };
    }

    private static Entry member(String set, String member) {
        return (book, line) -> book.sets.computeIfAbsent(set, k -> new ArrayList<>()).add(new Member(member, line));
    }

    void read(String bookName, Entry entry, LineParsing.Line line) {
        entry.into(books.computeIfAbsent(bookName, k -> new Book()), line);
    }

    /**
     * The blocks a policy's address name stands for, looked up from {@code zone} (empty: a global policy, which
     * sees the global book only); empty when it cannot be known (reported).
     */
    Optional<List<AddressBlock>> resolve(String name, Optional<String> zone, LineParsing.Line line) {
        List<Book> visible = new ArrayList<>();
        zone.ifPresent(z -> {
            Optional.ofNullable(books.get(zoneBook(z))).ifPresent(visible::add);
            books.forEach((n, b) -> {
                if (b.zones.contains(z)) {
                    visible.add(b);
                }
            });
        });
        Optional.ofNullable(books.get(GLOBAL)).ifPresent(visible::add);
        for (Book book : visible) {
            if (book.addresses.containsKey(name) || book.sets.containsKey(name)) {
                return expand(book, name, new HashSet<>(), line);
            }
        }
        unprovable.at(line, "address `" + name + "` is not defined in an address book the policy sees");
        return Optional.empty();
    }

    private Optional<List<AddressBlock>> expand(Book book, String name, Set<String> seen, LineParsing.Line line) {
        if (!seen.add(name)) {
            unprovable.at(line, "address set `" + name + "` contains itself");
            return Optional.empty();
        }
        Address address = book.addresses.get(name);
        if (address != null) {
            if (address.block().isEmpty()) {
                unprovable.at(address.line(), address.problem());
                return Optional.empty();
            }
            return Optional.of(List.of(address.block().get()));
        }
        List<Member> members = book.sets.get(name);
        if (members == null) {
            unprovable.at(line, "address `" + name + "` is not defined in the address book that holds its set");
            return Optional.empty();
        }
        List<AddressBlock> blocks = new ArrayList<>();
        for (Member m : members) {
            Optional<List<AddressBlock>> inner = expand(book, m.name(), seen, m.line());
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            blocks.addAll(inner.get());
        }
        seen.remove(name);
        return Optional.of(blocks);
    }

    private static String name(SrxLineParser.WordContext word) {
        return JunosWords.unquote(word.getText());
    }
}
