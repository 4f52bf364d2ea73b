package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * An interface of a device and the zone it faces; {@code addresses} are the device's own addresses on it (at most one
 * per IP version, inside the zone's subnets), where rules for the device's own traffic reach it, and {@code networks}
 * the subnet each of them lies on (same order: the written prefix length, else the zone's subnet holding it).
 * {@code controlPlane} is what the device itself runs there and must keep receiving (OSPF, VRRP, ...).
 */
public record Interface(String name, String zone, Span span, List<AddressBlock> addresses, List<AddressBlock> networks,
                        List<ControlPlane> controlPlane) {
    public Interface {
        addresses = List.copyOf(addresses);
        networks = List.copyOf(networks);
        controlPlane = List.copyOf(controlPlane);
        if (networks.size() != addresses.size()) {
            throw new IllegalArgumentException("one network per address");
        }
    }

    public Interface(String name, String zone, Span span, List<AddressBlock> addresses) {
        this(name, zone, span, addresses, addresses, List.of());
    }

    public Interface(String name, String zone, Span span) {
        this(name, zone, span, List.of());
    }

    /** The device's own address here of one IP version. */
    public Optional<AddressBlock> address(IpFamily family) {
        return addresses.stream().filter(a -> a.family() == family).findFirst();
    }

    /** The subnet of {@link #address}. */
    public Optional<AddressBlock> network(IpFamily family) {
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).family() == family) {
                return Optional.of(networks.get(i));
            }
        }
        return Optional.empty();
    }
}
