package dev.zonec.readback;

import dev.zonec.model.site.Platform;
import dev.zonec.readback.junosfilter.JunosFilterReadBack;
import dev.zonec.readback.junossrx.JunosSrxReadBack;
import dev.zonec.readback.nftables.NftablesReadBack;
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
                new JunosSrxReadBack(),
                new JunosFilterReadBack()));
    }

    public Optional<ReadBack> find(Platform platform) {
        return Optional.ofNullable(readers.get(platform));
    }
}
