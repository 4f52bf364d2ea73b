package dev.zonec.resolve;

import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The built-in services of {@code catalogue.yaml}: IT and OT protocols a policy can name without defining. */
public final class ServiceCatalogue {

    /** One built-in service. */
    public record Entry(String name, String description, List<Match> matches, Set<String> functionClasses,
                        Set<ServiceTag> tags) {
        public Entry {
            matches = List.copyOf(matches);
            functionClasses = Set.copyOf(functionClasses);
            tags = Set.copyOf(tags);
        }
    }

    private static final Pattern TERM = Pattern.compile("(tcp|udp|icmp|icmp6)/(\\d+)");
    private static final ServiceCatalogue BUILT_IN = load();

    private final Map<String, Entry> entries;

    private ServiceCatalogue(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static ServiceCatalogue builtIn() {
        return BUILT_IN;
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    public Set<String> names() {
        return entries.keySet();
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static ServiceCatalogue load() {
        try (InputStream in = ServiceCatalogue.class.getResourceAsStream("catalogue.yaml")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.yaml is missing from the jar");
            }
            Map<String, Map<String, Object>> raw = new Yaml(new LoaderOptions()).load(in);
            Map<String, Entry> entries = new LinkedHashMap<>();
            raw.forEach((name, body) -> {
                List<Match> matches = ((List<String>) body.get("terms")).stream().map(ServiceCatalogue::term).toList();
                Set<String> functions = new TreeSet<>((List<String>) body.getOrDefault("functions", List.of()));
                Set<ServiceTag> tags = new TreeSet<>();
                for (String tag : (List<String>) body.getOrDefault("tags", List.of())) {
                    tags.add(ServiceTag.byWord(tag).orElseThrow(() -> new IllegalStateException("catalogue tag " + tag)));
                }
                entries.put(name, new Entry(name, (String) body.get("description"), matches, functions, tags));
            });
            return new ServiceCatalogue(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Match term(String text) {
        Matcher m = TERM.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("catalogue term " + text);
        }
        int number = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "tcp" -> Match.L4.toPorts(Protocol.TCP, PortRange.single(number));
            case "udp" -> Match.L4.toPorts(Protocol.UDP, PortRange.single(number));
            case "icmp" -> new Match.Icmp(Protocol.ICMP, OptionalInt.of(number), OptionalInt.empty());
            default -> new Match.Icmp(Protocol.ICMP6, OptionalInt.of(number), OptionalInt.empty());
        };
    }
}
