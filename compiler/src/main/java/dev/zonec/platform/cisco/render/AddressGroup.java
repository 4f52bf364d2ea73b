package dev.zonec.platform.cisco.render;

import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import java.util.List;

/**
 * A named definition that holds one endpoint's addresses of one IP version, as a platform writes it once and refers
 * to it from ACL entries: {@code object-group network zc-plc} (IOS), {@code object-group ip address zc-plc}
 * (NX-OS), {@code object network zc-ews} (ASA).
 *
 * @param command  the command that opens the definition, without the name
 * @param name     the platform name, derived from the endpoint's policy name
 * @param endpoint where the addresses come from (its span is where a bad name is reported)
 * @param entries  the lines inside the definition, in platform syntax
 */
public record AddressGroup(String command, String name, Endpoint endpoint, IpFamily family, List<String> entries) {
    public AddressGroup {
        entries = List.copyOf(entries);
    }
}
