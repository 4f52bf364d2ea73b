package dev.zonec.platform.juniper;

import dev.zonec.model.site.Device;
import dev.zonec.platform.BatfishSupport;
import java.util.ArrayList;
import java.util.List;

/** How Batfish reads Junos {@code set} files (filters and SRX alike): flat Juniper format, the host name in front. */
class JunosBatfish implements BatfishSupport {

    @Override
    public Reading reading() {
        return Reading.CONFIG;
    }

    @Override
    public String format() {
        return "flat_juniper";
    }

    @Override
    public List<String> header(Device device) {
        List<String> lines = new ArrayList<>();
        lines.add("#BATFISH_FORMAT: " + format());
        lines.add("set system host-name " + device.name());
        return lines;
    }
}
