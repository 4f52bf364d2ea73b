package dev.zonec.batfish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.model.site.Device;
import dev.zonec.report.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The compiled output laid out as a Batfish snapshot: one top-level folder ({@code snapshot/}) holding vendor files
 * under {@code configs/} (each with the header {@link PlatformSupport} gives it), and for platforms Batfish reads through
 * its host model a host file under {@code hosts/} naming the ruleset under {@code iptables/} (Batfish's host file
 * names it {@code iptablesFile}). Files Batfish cannot read are not uploaded but listed, with the target's reason, so
 * a report says what was not checked instead of passing it silently.
 */
public record SnapshotPackage(List<PackagedFile> files, Map<String, String> hostFiles, List<NotChecked> notChecked) {

    /** The top-level folder Batfish requires in the zip. */
    static final String ROOT = "snapshot/";

    /** An output file Batfish does not read, and why. */
    public record NotChecked(Device device, String file, String reason) {}

    public SnapshotPackage {
        files = List.copyOf(files);
        hostFiles = Map.copyOf(hostFiles);
        notChecked = List.copyOf(notChecked);
    }

    public static SnapshotPackage of(List<GeneratedFile> generated) {
        List<PackagedFile> files = new ArrayList<>();
        Map<String, String> hosts = new TreeMap<>();
        List<NotChecked> notChecked = new ArrayList<>();
        for (GeneratedFile f : generated) {
            PlatformSupport support = PlatformSupport.of(f.device().platform());
            switch (support.reading()) {
                case CONFIG -> files.add(new PackagedFile("configs/" + f.name(), f, support.header(f.device())));
                case HOST -> {
                    Optional<String> notRead = support.support().notRead(f.name());
                    if (notRead.isPresent()) {
                        notChecked.add(new NotChecked(f.device(), f.name(), notRead.get()));
                    } else {
                        String path = "iptables/" + f.name();
                        files.add(new PackagedFile(path, f, List.of()));
                        hosts.put("hosts/" + f.device().name() + ".json", hostFile(f.device(), path));
                    }
                }
                case NOT_READ -> notChecked.add(new NotChecked(f.device(), f.name(),
                        "Batfish has no " + f.device().platform().id() + " parser"));
            }
        }
        return new SnapshotPackage(files, hosts, notChecked);
    }

    /** {@code {"hostname": ..., "iptablesFile": ..., "hostInterfaces": {}}}: Batfish's host file format. */
    private static String hostFile(Device device, String iptablesPath) {
        ObjectNode host = Json.MAPPER.createObjectNode();
        host.put("hostname", device.name());
        host.put("iptablesFile", iptablesPath);
        host.putObject("hostInterfaces");
        return Json.pretty(host);
    }

    /** The uploaded file Batfish names {@code path} (as in {@code configs/sw-core.ios}). */
    public Optional<PackagedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** For a host file path ({@code hosts/gw-cctv.json}), the iptables ruleset it names. */
    public Optional<PackagedFile> hostOf(String path) {
        if (!hostFiles.containsKey(path)) {
            return Optional.empty();
        }
        String device = path.substring("hosts/".length(), path.length() - ".json".length());
        return files.stream().filter(f -> f.file().device().name().equals(device)).findFirst();
    }

    /** The first uploaded file of a device (Batfish names nodes after devices). */
    public Optional<PackagedFile> fileOf(String device) {
        return files.stream().filter(f -> f.file().device().name().equals(device)).findFirst();
    }

    /** Devices whose filters Batfish is asked about (vendor configurations, not iptables hosts), sorted. */
    public List<String> flowTestedDevices() {
        TreeSet<String> names = new TreeSet<>();
        files.stream().filter(f -> PlatformSupport.of(f.file().device().platform()).flowTested())
                .forEach(f -> names.add(f.file().device().name()));
        return List.copyOf(names);
    }

    /** The zip to upload: deterministic (sorted entries, fixed times), folders included. */
    public byte[] zip() {
        Map<String, String> entries = new TreeMap<>(hostFiles);
        files.forEach(f -> entries.put(f.path(), f.text()));
        TreeSet<String> folders = new TreeSet<>();
        folders.add(ROOT);
        entries.keySet().forEach(p -> folders.add(ROOT + p.substring(0, p.indexOf('/') + 1)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String folder : folders) {
                zip.putNextEntry(entry(folder));
                zip.closeEntry();
            }
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(entry(ROOT + e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0)); // the zip epoch: same output, same bytes
        return entry;
    }
}
