package dev.zonec.readback;

import dev.zonec.model.site.Platform;
import dev.zonec.platform.cisco.readback.eos.AristaEosReadBack;
import dev.zonec.platform.cisco.readback.asa.CiscoAsaReadBack;
import dev.zonec.platform.cisco.readback.ios.CiscoIosReadBack;
import dev.zonec.platform.cisco.readback.nxos.CiscoNxosReadBack;
import dev.zonec.platform.fortinet.readback.FortiosReadBack;
import dev.zonec.platform.linux.readback.iptables.IptablesReadBack;
import dev.zonec.platform.juniper.readback.filter.JunosFilterReadBack;
import dev.zonec.platform.juniper.readback.srx.JunosSrxReadBack;
import dev.zonec.platform.linux.readback.nftables.NftablesReadBack;
import dev.zonec.platform.paloalto.readback.PaloAltoPanosReadBack;
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
