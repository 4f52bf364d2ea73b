package dev.zonec.resolve;

import dev.zonec.model.ast.AddressLiteral;
import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.Statement.ZoneDecl;
import dev.zonec.model.ast.Text;
import dev.zonec.model.ast.ZoneItem;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Asset;
import dev.zonec.model.site.AssetAttribute;
import dev.zonec.model.site.AssetFamily;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Level;
import dev.zonec.model.site.SecurityLevel;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.support.DidYouMean;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds zones, their assets and asset families, and declares them all in the namespace. */
final class ZoneResolver {
    private final Diagnostics diagnostics;
    private final Namespace namespace;
    private final AddressParser addresses;

    final List<Zone> zones = new ArrayList<>();
    final List<Asset> assets = new ArrayList<>();
    final List<AssetFamily> families = new ArrayList<>();
    /** Where each zone's subnets are written, in the order of {@link Zone#subnets()}. */
    private final java.util.Map<String, List<dev.zonec.model.source.Span>> subnetSpans = new java.util.HashMap<>();

    ZoneResolver(Diagnostics diagnostics, Namespace namespace) {
        this.diagnostics = diagnostics;
        this.namespace = namespace;
        this.addresses = new AddressParser(diagnostics);
    }

    void resolve(List<ZoneDecl> decls) {
        for (ZoneDecl decl : decls) {
            Optional<Zone> resolved = zone(decl);
            if (resolved.isEmpty()) {
                // the zone's own error is reported; its name and its assets' names must not cascade
                namespace.declareBroken(decl.name().text(), decl.name().span());
                decl.items().stream().filter(ZoneItem.Asset.class::isInstance).map(ZoneItem.Asset.class::cast)
                        .forEach(a -> namespace.declareBroken(a.name().text(), a.name().span()));
            }
            resolved.ifPresent(zone -> {
                if (namespace.declare(zone.name(), decl.name().span(), new Namespace.ZoneDef(zone))) {
                    zones.add(zone);
                    decl.items().stream()
                            .filter(ZoneItem.Asset.class::isInstance)
                            .map(ZoneItem.Asset.class::cast)
                            .forEach(a -> asset(zone, a));
                }
            });
        }
        checkOverlaps();
    }

    private Optional<Zone> zone(ZoneDecl decl) {
        String name = decl.name().text();
        Optional<Level> level = single(decl, ZoneItem.Level.class, "level", true).flatMap(l -> {
            Optional<Level> parsed = Level.parse(l.value());
            if (parsed.isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.ZC0211, "`" + l.value() + "` is not a Purdue level")
                        .at(l.span()).help("levels are 0, 1, 2, 3, 3.5 (IT/OT DMZ), 4 and 5"));
            }
            return parsed;
        });
        Optional<SecurityLevel> sl = single(decl, ZoneItem.SecurityLevel.class, "sl", true).flatMap(this::securityLevel);
        Optional<ZoneItem.Safety> safety = single(decl, ZoneItem.Safety.class, "safety", false);
        boolean transit = transit(decl, level, safety);
        boolean external = single(decl, ZoneItem.External.class, "external", false).isPresent();
        List<AddressBlock> subnets = new ArrayList<>();
        List<dev.zonec.model.source.Span> spans = new ArrayList<>();
        boolean subnetsOk = true;
        for (ZoneItem item : decl.items()) {
            if (item instanceof ZoneItem.Subnet s) {
                for (AddressLiteral literal : s.addresses()) {
                    Optional<AddressBlock> block = addresses.parse(literal);
                    block.ifPresent(subnets::add);
                    block.ifPresent(b -> spans.add(literal.span()));
                    subnetsOk &= block.isPresent();
                }
            }
        }
        subnetSpans.putIfAbsent(name, spans);
        if (subnets.isEmpty() && subnetsOk) {
            diagnostics.report(Diagnostic.error(Code.ZC0224, "zone `" + name + "` has no subnet")
                    .at(decl.name().span()).help("add `subnet 10.x.y.0/24` (IPv4 or IPv6) inside the zone"));
        }
        if (level.isEmpty() || sl.isEmpty() || !subnetsOk || subnets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Zone(name, decl.description().map(Text::value), level.get(), sl.get(), safety.isPresent(),
                transit, external, subnets, decl.name().span()));
    }

    /**
     * Whether the zone says {@code transit}. A DMZ is where the two sides meet on a host, never a way through, and a
     * safety zone carries nothing but the SIS's own traffic: neither may be transit. {@code no-transit} is what every
     * zone is unless it says otherwise, so it is accepted (old policies keep compiling) with a warning to remove it.
     */
    private boolean transit(ZoneDecl decl, Optional<Level> level, Optional<ZoneItem.Safety> safety) {
        Optional<ZoneItem.Transit> transit = single(decl, ZoneItem.Transit.class, "transit", false);
        Optional<ZoneItem.NoTransit> noTransit = single(decl, ZoneItem.NoTransit.class, "no-transit", false);
        String zone = "zone `" + decl.name().text() + "`";
        noTransit.ifPresent(n -> {
            if (transit.isPresent()) {
                diagnostics.report(Diagnostic.error(Code.ZC0218, zone + " says both `transit` and `no-transit`")
                        .at(n.span()).label(transit.get().span(), "`transit` here")
                        .help("keep `transit` if the zone's network carries other zones' traffic, else neither"));
            } else {
                diagnostics.report(Diagnostic.warning(Code.ZC0232, "`no-transit` is the default: no zone carries other "
                                + "zones' traffic unless it says `transit`")
                        .at(n.span()).help("remove `no-transit`; it changes nothing"));
            }
        });
        if (transit.isEmpty()) {
            return false;
        }
        Span at = transit.get().span();
        if (level.isPresent() && level.get().equals(Level.DMZ)) {
            diagnostics.report(Diagnostic.error(Code.ZC0231, zone + " is a DMZ (level 3.5) and cannot be transit")
                    .at(at)
                    .help("a DMZ is where both sides meet on a host (a mirror, a jump host), never a way through: remove "
                            + "`transit`, and let flows end on a DMZ host or cross a core segment that is transit"));
            return false;
        }
        if (safety.isPresent()) {
            diagnostics.report(Diagnostic.error(Code.ZC0231, zone + " is a safety zone and cannot be transit")
                    .at(at).label(safety.get().span(), "a safety zone")
                    .help("a safety instrumented system's network carries only its own traffic (IEC 61511): remove "
                            + "`transit`, and route other zones' flows around it"));
            return false;
        }
        return true;
    }

    /** The one item of a kind; reports a repeat, and a missing item when required. */
    private <T extends ZoneItem> Optional<T> single(ZoneDecl decl, Class<T> kind, String word, boolean required) {
        List<T> found = decl.items().stream().filter(kind::isInstance).map(kind::cast).toList();
        if (found.size() > 1) {
            diagnostics.report(Diagnostic.error(Code.ZC0218, "zone `" + decl.name().text() + "` gives `" + word + "` twice")
                    .at(found.get(1).span()).label(found.get(0).span(), "first given here"));
        }
        if (found.isEmpty() && required) {
            diagnostics.report(Diagnostic.error(Code.ZC0218, "zone `" + decl.name().text() + "` has no `" + word + "`")
                    .at(decl.name().span())
                    .help(word.equals("level") ? "add its Purdue level, e.g. `level 2`"
                            : "add its target security level, e.g. `sl 2` or `sl { iac 2 uc 2 si 2 dc 1 rdf 2 tre 1 ra 2 }`"));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private Optional<SecurityLevel> securityLevel(ZoneItem.SecurityLevel sl) {
        if (sl.scalar().isPresent()) {
            int v = sl.scalar().getAsInt();
            if (v < 0 || v > 4) {
                diagnostics.report(Diagnostic.error(Code.ZC0212, "security level " + v + " is outside 0-4").at(sl.span()));
                return Optional.empty();
            }
            return Optional.of(SecurityLevel.uniform(v));
        }
        int[] values = new int[7];
        Arrays.fill(values, -1);
        boolean ok = true;
        for (ZoneItem.FrValue fr : sl.vector()) {
            int index = SecurityLevel.REQUIREMENTS.indexOf(fr.requirement().text());
            if (index < 0) {
                diagnostics.report(Diagnostic.error(Code.ZC0212, "unknown foundational requirement `" + fr.requirement().text() + "`")
                        .at(fr.span())
                        .helpIf(DidYouMean.help(fr.requirement().text(), SecurityLevel.REQUIREMENTS))
                        .help("the seven FRs are " + String.join(", ", SecurityLevel.REQUIREMENTS)));
                ok = false;
            } else if (values[index] >= 0) {
                diagnostics.report(Diagnostic.error(Code.ZC0212, "`" + fr.requirement().text() + "` is given twice").at(fr.span()));
                ok = false;
            } else if (fr.value() < 0 || fr.value() > 4) {
                diagnostics.report(Diagnostic.error(Code.ZC0212, "security level " + fr.value() + " is outside 0-4").at(fr.span()));
                ok = false;
            } else {
                values[index] = fr.value();
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if (values[i] < 0 && ok) {
                missing.add(SecurityLevel.REQUIREMENTS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0212, "security level vector lacks " + String.join(", ", missing))
                    .at(sl.span()).help("give all seven: iac uc si dc rdf tre ra, or a single `sl N`"));
            return Optional.empty();
        }
        return ok ? Optional.of(SecurityLevel.of(values)) : Optional.empty();
    }

    private void asset(Zone zone, ZoneItem.Asset item) {
        Optional<List<AddressBlock>> parsed = assetAddresses(zone, item);
        Set<AssetAttribute> attributes = attributes(item.attributes());
        if (parsed.isEmpty()) {
            namespace.declareBroken(item.name().text(), item.name().span());
            return;
        }
        List<AddressBlock> blocks = parsed.get();
        Optional<String> description = item.description().map(Text::value);
        String name = item.name().text();
        if (item.family().isEmpty()) {
            Asset asset = new Asset(name, zone.name(), blocks, Optional.empty(), description, attributes, item.span());
            if (namespace.declare(name, item.name().span(), new Namespace.AssetDef(asset))) {
                assets.add(asset);
            }
            return;
        }
        ZoneItem.FamilyRange range = item.family().get();
        if (range.first() > range.last()) {
            diagnostics.report(Diagnostic.error(Code.ZC0214, "family index range [" + range.first() + ".." + range.last() + "] runs backwards")
                    .at(range.span()));
            namespace.declareBroken(name, item.name().span());
            return;
        }
        BigInteger members = BigInteger.valueOf((long) range.last() - range.first() + 1);
        boolean sized = true;
        for (int i = 0; i < blocks.size(); i++) {
            BigInteger count = blocks.get(i).range().getCount();
            if (!members.equals(count)) {
                AddressLiteral literal = item.addresses().get(i);
                diagnostics.report(Diagnostic.error(Code.ZC0210, "family `" + name + "` has " + members + " members but `"
                                + literal.text() + "` holds " + count + " addresses")
                        .at(literal.span())
                        .help("give exactly one address per member, e.g. a range of " + members + " addresses"
                                + (blocks.size() > 1 ? " for each IP version" : "")));
                sized = false;
            }
        }
        if (!sized) {
            namespace.declareBroken(name, item.name().span());
            return;
        }
        // member k takes the k-th address of each IP version's range
        List<IPAddress> next = new ArrayList<>(blocks.stream().map(AddressBlock::lower).toList());
        List<Asset> memberAssets = new ArrayList<>();
        for (int i = range.first(); i <= range.last(); i++) {
            memberAssets.add(new Asset(name + i, zone.name(), next.stream().map(AddressBlock::of).toList(), Optional.of(name),
                    description, attributes, item.span()));
            next.replaceAll(a -> a.increment(1));
        }
        AssetFamily family = new AssetFamily(name, zone.name(), range.first(), memberAssets, item.span());
        if (namespace.declare(name, item.name().span(), new Namespace.FamilyDef(family))) {
            families.add(family);
            for (Asset member : memberAssets) {
                if (namespace.declare(member.name(), item.name().span(), new Namespace.AssetDef(member))) {
                    assets.add(member);
                }
            }
        }
    }

    /** The asset's blocks, at most one per IP version, each in the zone; empty when any is wrong (reported). */
    private Optional<List<AddressBlock>> assetAddresses(Zone zone, ZoneItem.Asset item) {
        List<AddressBlock> blocks = new ArrayList<>();
        List<AddressLiteral> written = new ArrayList<>();
        boolean ok = true;
        for (AddressLiteral literal : item.addresses()) {
            Optional<AddressBlock> block = addresses.parse(literal);
            if (block.isEmpty() || !inZone(zone, block.get(), literal, item)) {
                ok = false;
                continue;
            }
            Optional<AddressBlock> same = blocks.stream().filter(b -> b.family() == block.get().family()).findFirst();
            if (same.isPresent()) {
                diagnostics.report(Diagnostic.error(Code.ZC0218, "asset `" + item.name().text() + "` gives two "
                                + (block.get().family() == IpFamily.V4 ? "IPv4" : "IPv6") + " addresses")
                        .at(literal.span())
                        .label(written.get(blocks.indexOf(same.get())).span(), "first given here")
                        .help("an asset has one address, prefix or range per IP version; a host with two addresses "
                                + "of one version is two assets"));
                ok = false;
                continue;
            }
            blocks.add(block.get());
            written.add(literal);
        }
        return ok ? Optional.of(blocks) : Optional.empty();
    }

    private boolean inZone(Zone zone, AddressBlock address, AddressLiteral literal, ZoneItem.Asset item) {
        if (zone.subnets().stream().anyMatch(s -> s.contains(address))) {
            return true;
        }
        diagnostics.report(Diagnostic.error(Code.ZC0205, "asset `" + item.name().text() + "` (" + address
                        + ") is outside zone `" + zone.name() + "`")
                .at(literal.span())
                .label(zone.span(), "zone `" + zone.name() + "` has " + zone.subnets().stream().map(AddressBlock::text).toList())
                .help("an asset's addresses lie within one subnet of its zone"));
        return false;
    }

    private Set<AssetAttribute> attributes(List<Ident> words) {
        Set<AssetAttribute> result = EnumSet.noneOf(AssetAttribute.class);
        List<String> known = Arrays.stream(AssetAttribute.values()).map(AssetAttribute::word).toList();
        for (Ident word : words) {
            Optional<AssetAttribute> attribute = AssetAttribute.byWord(word.text());
            if (attribute.isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.ZC0223, "unknown asset attribute `" + word.text() + "`")
                        .at(word.span())
                        .helpIf(DidYouMean.help(word.text(), known))
                        .help("attributes are: " + String.join(", ", known)));
            } else {
                result.add(attribute.get());
            }
        }
        return result;
    }

    /**
     * Zone subnets may not overlap, within or across zones: sort by start, then one sweep. A subnet that covers
     * others (`0.0.0.0/0`) is reported once, at itself, naming the first it covers and how many more.
     */
    private void checkOverlaps() {
        record Owned(AddressBlock block, Zone zone, dev.zonec.model.source.Span span) {}
        List<Owned> all = new ArrayList<>();
        zones.forEach(z -> {
            List<dev.zonec.model.source.Span> spans = subnetSpans.get(z.name());
            for (int i = 0; i < z.subnets().size(); i++) {
                all.add(new Owned(z.subnets().get(i), z, spans.get(i)));
            }
        });
        all.sort(Comparator.comparing(Owned::block));
        java.util.Map<Owned, List<Owned>> covered = new java.util.LinkedHashMap<>();
        Owned widest = null;
        for (Owned o : all) {
            if (widest != null && widest.block().overlaps(o.block())) {
                if (widest.block().contains(o.block())) {
                    covered.computeIfAbsent(widest, w -> new ArrayList<>()).add(o);
                } else {
                    covered.computeIfAbsent(o, w -> new ArrayList<>()).add(widest);
                }
            }
            if (widest == null || widest.block().family() != o.block().family()
                    || o.block().upper().compareTo(widest.block().upper()) > 0) {
                widest = o;
            }
        }
        covered.forEach((big, others) -> {
            // one overlap: the subnet written later is the mistake; a subnet covering several (0.0.0.0/0) is one
            // mistake, reported once at itself
            Owned at = big;
            Owned other = others.get(0);
            if (others.size() == 1 && other.span().compareTo(big.span()) > 0) {
                at = other;
                other = big;
            }
            String more = others.size() > 1 ? " and " + (others.size() - 1) + " more subnet" + (others.size() > 2 ? "s" : "")
                    : "";
            diagnostics.report(Diagnostic.error(Code.ZC0206, "subnet " + at.block() + " of zone `" + at.zone().name()
                            + "` overlaps " + other.block() + " of zone `" + other.zone().name() + "`" + more)
                    .at(at.span())
                    .label(other.span(), "subnet of zone `" + other.zone().name() + "`")
                    .help("each address belongs to exactly one zone"));
        });
    }
}
