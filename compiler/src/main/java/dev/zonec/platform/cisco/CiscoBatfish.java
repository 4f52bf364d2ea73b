package dev.zonec.platform.cisco;

import dev.zonec.model.site.Device;
import dev.zonec.platform.BatfishSupport;
import java.util.List;

/**
 * How Batfish reads the Cisco-style configurations (IOS, NX-OS, ASA, EOS): a vendor file with the format line and
 * the hostname in front, filters tested where a packet enters.
 */
class CiscoBatfish implements BatfishSupport {
    private final String format;

    CiscoBatfish(String format) {
        this.format = format;
    }

    @Override
    public Reading reading() {
        return Reading.CONFIG;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public FilterQuestion filterQuestion() {
        return FilterQuestion.AT_INGRESS;
    }

    @Override
    public List<String> header(Device device) {
        return List.of("!BATFISH_FORMAT: " + format, "hostname " + device.name());
    }
}
