package dev.zonec.platform.paloalto;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.paloalto.readback.PaloAltoPanosReadBack;
import dev.zonec.platform.paloalto.render.PaloAltoPanosRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Palo Alto Networks PAN-OS 10.1 and later: stateful zone-pair security rules, App-ID for the OT function classes. */
public final class PaloAltoPanos extends BaseTarget {
    public static final Platform PLATFORM = new Platform("paloalto-panos", new Capabilities(true,
            FilterScope.ZONE_PAIR, true, true, 1023, NameRule.of("[A-Za-z0-9][A-Za-z0-9._-]*", 63,
            "any", "application-default", "default"), inspection(), Capabilities.OwnTraffic.SECURITY_RULES));
    /** Layer 3 interfaces: ethernetSLOT/PORT, aeN, vlan, tunnel, loopback, each with an optional .SUBINTERFACE. */
    public static final Pattern INTERFACE = Pattern.compile(
            "(ethernet[1-9][0-9]*/[1-9][0-9]*|ae[1-9][0-9]*|vlan|tunnel|loopback)(\\.[1-9][0-9]{0,3})?");
    private static final InterfaceNaming INTERFACES = InterfaceNaming.checked(INTERFACE,
            "PAN-OS layer 3 interfaces are ethernetSLOT/PORT, aeN, vlan, tunnel or "
                    + "loopback, with an optional .SUBINTERFACE such as ethernet1/1.20",
            n -> "ethernet1/" + (n + 1));
    private static final Pattern ETHERNET = Pattern.compile("ethernet[0-9]+/[0-9]+");

    public PaloAltoPanos() {
        super(PLATFORM, INTERFACES, new PaloAltoPanosRenderer(), new PaloAltoPanosReadBack(), new BatfishSupport() {
            @Override
            public Reading reading() {
                return Reading.CONFIG;
            }

            @Override
            public String format() {
                return "palo_alto";
            }

            /**
             * Batfish applies a PAN-OS firewall's security rules to the original flow, before NAT, in a filter of its
             * own per egress interface, {@code ~<interface>~OUTGOING_FILTER~} (PaloAltoConfiguration), outside the
             * plain outgoing filter {@code @out} names; it picks the rules by the zone the packet entered from.
             */
            @Override
            public FilterQuestion filterQuestion(Device device, Interface ingress, Interface egress, Site site) {
                return new FilterQuestion(new Filter.Named("~" + egress.name() + "~OUTGOING_FILTER~"),
                        interfaceNames(device, ingress, site));
            }

            /** The zones name interfaces the file does not define: Batfish needs them to exist, as layer 3. */
            @Override
            public List<String> header(Device device) {
                List<String> lines = new ArrayList<>();
                lines.add("#BATFISH_FORMAT: " + format());
                lines.add("set deviceconfig system hostname " + device.name());
                for (Interface i : device.interfaces()) {
                    if (ETHERNET.matcher(i.name()).matches()) {
                        lines.add("set network interface ethernet " + i.name() + " layer3");
                    }
                }
                // zone membership is the operator's one-time setup, not zonec's file: the snapshot has it as set up
                for (Interface i : device.interfaces()) {
                    lines.add("set zone " + i.zone() + " network layer3 " + i.name());
                }
                return lines;
            }
        });
    }

    /** The App-IDs of {@code inspection.yaml} beside this class, by function class. */
    private static Map<String, List<String>> inspection() {
        try (InputStream in = PaloAltoPanos.class.getResourceAsStream("inspection.yaml")) {
            if (in == null) {
                throw new IllegalStateException("inspection.yaml is missing from the jar");
            }
            Map<String, List<String>> table = new Yaml(new LoaderOptions()).load(in);
            return table == null ? Map.of() : table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
