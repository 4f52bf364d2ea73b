package dev.zonec.readback;

import dev.zonec.model.site.Platform;
import dev.zonec.readback.aristaeos.AristaEosReadBack;
import dev.zonec.readback.ciscoasa.CiscoAsaReadBack;
import dev.zonec.readback.ciscoios.CiscoIosReadBack;
import dev.zonec.readback.cisconxos.CiscoNxosReadBack;
import dev.zonec.readback.fortios.FortiosReadBack;
import dev.zonec.readback.iptables.IptablesReadBack;
import dev.zonec.readback.junosfilter.JunosFilterReadBack;
import dev.zonec.readback.junossrx.JunosSrxReadBack;
import dev.zonec.readback.nftables.NftablesReadBack;
import dev.zonec.readback.panos.PaloAltoPanosReadBack;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read-back parsers zonec ships, by platform. */
public final class ReadBackRegistry {
    private final Map<Platform, ReadBack> readers = new EnumMap<>(Platform.class);

    public ReadBackRegistry(List<ReadBack> readers) {
        readers.forEach(r -> this.readers.put(r.platform(), r));
    }

    public static ReadBackRegistry standard() {
        return new ReadBackRegistry(List.of(
                new NftablesReadBack(),
                new IptablesReadBack(),
                new CiscoIosReadBack(), new CiscoNxosReadBack(), new AristaEosReadBack(),
                new CiscoAsaReadBack(),
                new PaloAltoPanosReadBack(), new FortiosReadBack(),
                new JunosSrxReadBack(), new JunosFilterReadBack()));
    }

    public Optional<ReadBack> find(Platform platform) {
        return Optional.ofNullable(readers.get(platform));
    }
}
