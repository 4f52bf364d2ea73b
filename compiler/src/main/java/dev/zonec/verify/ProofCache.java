package dev.zonec.verify;

import dev.zonec.model.site.Device;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proofs remembered by content ({@code zonec compile --proof-cache DIR}): a device whose proof inputs are the same as
 * those of a device proven before is not proven again. The key is the SHA-256 of everything the proof of one device
 * reads: the zonec build that proves (the bytes of its jar), the device (platform, capabilities, interfaces, routes),
 * the flows the policy places on it (with their zones, endpoints, addresses and services) and the name and text of
 * every file written for it. Where things are in the policy (spans, a flow's number in policy order) is left out: it
 * only names the policy line of a difference, and only a proof with no diagnostic at all is remembered. So after a
 * one-rule change only the devices whose files or placed flows changed are proven again; moving a rule to another
 * line proves nothing again.
 *
 * <p>An entry is an empty-named marker file {@code DIR/ab/abcdef...} written once, atomically (a temporary file
 * renamed into place), so runs may share a cache. The cache is trusted as zonec's own: whoever can write to it can
 * make zonec skip a proof, so it belongs where the output folder does (a CI cache, the user's own folder).
 */
public final class ProofCache {

    /** Bumped whenever what a key covers changes, so that older entries are never taken for newer ones. */
    private static final String FORMAT = "zonec proof cache 1";

    private final Path dir;
    private final byte[] code;
    /** Flow digests by the identity of the site's flow (the same objects for every device). */
    private final Map<dev.zonec.model.site.Flow, byte[]> flows = new java.util.IdentityHashMap<>();

    private ProofCache(Path dir, byte[] code) {
        this.dir = dir;
        this.code = code;
    }

    /** The cache in {@code dir} (made on the first proof remembered), for the zonec build this class came from. */
    public static ProofCache at(Path dir) {
        return new ProofCache(dir, codeIdentity());
    }

    /** The key of one device's proof; empty when something it reads cannot be put into a key (then it is proven). */
    Optional<String> key(Device device, List<Intent.Placed> placed, List<SourceFile> files) {
        MessageDigest digest = sha256();
        Feed feed = new Feed(digest);
        feed.text(FORMAT);
        digest.update(code);
        try {
            feed.value(device);
            feed.text("placed " + placed.size());
            for (Intent.Placed p : placed) {
                digest.update(flowDigest(p.flow()));
                feed.text(p.family() + " " + p.in() + " " + p.out() + " " + p.reply());
            }
        } catch (RuntimeException e) {
            // a value the encoding does not know, or cannot read: the device is proven, not looked up
            return Optional.empty();
        }
        feed.text("files");
        for (SourceFile f : files) {
            feed.text(f.displayPath());
            feed.text(f.text());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * A flow's content, encoded once per run: a flow is placed on every device of its path, and encoding it again
     * for each of them cost more than the proofs saved.
     */
    private byte[] flowDigest(dev.zonec.model.site.Flow flow) {
        synchronized (flows) {
            byte[] known = flows.get(flow);
            if (known != null) {
                return known;
            }
        }
        MessageDigest digest = sha256();
        new Feed(digest).value(flow);
        byte[] made = digest.digest();
        synchronized (flows) {
            flows.put(flow, made);
        }
        return made;
    }

    /** Whether a device with this key was proven (with no diagnostic) before. */
    boolean proven(String key) {
        return Files.isRegularFile(entry(key));
    }

    /**
     * Remembers a proof. A cache that cannot be written costs only the next run's time, so a failure to write is
     * not an error of the compile.
     */
    void remember(String key) {
        Path entry = entry(key);
        try {
            Files.createDirectories(entry.getParent());
            Path temporary = Files.createTempFile(entry.getParent(), ".proof", ".tmp");
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // proven again next time
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The zonec build: the SHA-256 of the jar this class was loaded from, or, when run from a folder of classes (the
     * build's own tests), the names, sizes and times of its class files.
     */
    private static byte[] codeIdentity() {
        MessageDigest digest = sha256();
        try {
            Path source = Path.of(ProofCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(source)) {
                try (var in = Files.newInputStream(source)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            } else {
                try (Stream<Path> classes = Files.walk(source)) {
                    for (Path p : classes.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update((source.relativize(p) + " " + Files.size(p) + " "
                                + Files.getLastModifiedTime(p).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            // no identity for the code: a key no other run can produce, so nothing is taken from the cache
            digest.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            digest.update(Double.toString(Math.random()).getBytes(StandardCharsets.UTF_8));
        }
        return digest.digest();
    }

    /**
     * Feeds a value of the site model into a digest: records component by component, lists in order, sets and maps
     * sorted by their elements' own encodings, so that equal values give equal bytes in every run. Spans, and a
     * flow's number, are left out (see the class comment). Anything it does not know is refused rather than guessed.
     */
    private static final class Feed {
        private final MessageDigest digest;

        Feed(MessageDigest digest) {
            this.digest = digest;
        }

        void text(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }

        void value(Object o) {
            text(encode(o));
        }

        /** A self-delimiting text for {@code o}. */
        private static String encode(Object o) {
            StringBuilder b = new StringBuilder();
            encode(o, b);
            return b.toString();
        }

        private static void encode(Object o, StringBuilder b) {
            if (o == null) {
                b.append('N');
            } else if (o instanceof String s) {
                b.append('"').append(s.length()).append(':').append(s);
            } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
                b.append(o.getClass().getSimpleName()).append('=').append(o).append(';');
            } else if (o instanceof Enum<?> e) {
                b.append(e.getDeclaringClass().getName()).append('.').append(e.name()).append(';');
            } else if (o instanceof Optional<?> opt) {
                b.append("O(");
                opt.ifPresent(v -> encode(v, b));
                b.append(')');
            } else if (o instanceof OptionalInt opt) {
                b.append("OI(").append(opt.isPresent() ? Integer.toString(opt.getAsInt()) : "").append(')');
            } else if (o instanceof List<?> list) {
                b.append("L").append(list.size()).append('[');
                list.forEach(v -> encode(v, b));
                b.append(']');
            } else if (o instanceof Set<?> || o instanceof Collection<?>) {
                sorted("S", ((Collection<?>) o).stream().map(Feed::encode).toList(), b);
            } else if (o instanceof Map<?, ?> map) {
                sorted("M", map.entrySet().stream().map(e -> encode(e.getKey()) + encode(e.getValue())).toList(), b);
            } else if (o instanceof java.util.regex.Pattern p) {
                b.append("P(").append(p.flags()).append(',');
                encode(p.pattern(), b);
                b.append(')');
            } else if (o.getClass().getName().startsWith("inet.ipaddr.")) {
                // IPAddress values: their canonical text is the value
                b.append(o.getClass().getSimpleName()).append('(');
                encode(o.toString(), b);
                b.append(')');
            } else if (o instanceof Record r) {
                b.append(r.getClass().getName()).append('{');
                for (Component c : COMPONENTS.get(r.getClass())) {
                    b.append(c.name()).append('=');
                    try {
                        encode(c.accessor().invoke(r), b);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalArgumentException("cannot read " + c.name(), e);
                    }
                }
                b.append('}');
            } else {
                throw new IllegalArgumentException("no content encoding for " + o.getClass().getName());
            }
        }

        /** A record component the encoding reads, with its accessor made accessible once per class. */
        private record Component(String name, java.lang.reflect.Method accessor) {}

        private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
            @Override
            protected List<Component> computeValue(Class<?> type) {
                List<Component> components = new ArrayList<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    if (Span.class.isAssignableFrom(c.getType()) || SourceFile.class.isAssignableFrom(c.getType())
                            || (type == dev.zonec.model.site.Flow.class && c.getName().equals("id"))) {
                        continue;
                    }
                    java.lang.reflect.Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    components.add(new Component(c.getName(), accessor));
                }
                return List.copyOf(components);
            }
        };

        private static void sorted(String tag, List<String> encodings, StringBuilder b) {
            List<String> sorted = new ArrayList<>(encodings);
            sorted.sort(null);
            b.append(tag).append(sorted.size()).append('[');
            sorted.forEach(b::append);
            b.append(']');
        }
    }
}
