package dev.zonec.platform.cisco.render.eos;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.platform.cisco.render.AclAddress;
import dev.zonec.platform.cisco.render.IngressAclRenderer;
import dev.zonec.platform.cisco.render.AclPlanner;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.ingress.NeighborDiscovery;
import dev.zonec.render.ingress.PrefixBlocks;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/**
 * Arista EOS 4.2x: named IPv4 and IPv6 ACLs with sequence numbers, applied inbound on each interface
 * ({@code ip access-group NAME in}, {@code ipv6 access-group NAME in}). EOS ACLs are stateless, so the lowering has
 * already added the reply rules (TCP {@code established} from the service port, mirrored UDP, ICMP reply types).
 * EOS interface ACLs cannot reference address groups (field-sets belong to traffic-policies, a different feature
 * on some hardware only), so every endpoint is written out block by block. The template
 * {@code templates/arista-eos/device.ftl} writes the syntax.
 */
public final class AristaEosRenderer extends IngressAclRenderer {
    /**
     * Characters a remark must not carry: '?' opens context help when a config is pasted into the CLI, '|' pipes
     * output, '!' and '#' start comments.
     */
    private static final String REMARK_FORBIDDEN = "?|!#";
    /** Entries unnumbered (0): EOS numbers them as they come, so a rule added or moved renumbers no line of the file. */
    private static final AclPlanner.Dialect DIALECT = new AclPlanner.Dialect(new EosAddressStyle(), 0,
            REMARK_FORBIDDEN, '_', "neighbor discovery, before the final deny",
            NeighborDiscovery.matches().stream().map(m -> List.of(Integer.toString(m.type().getAsInt()))).toList(),
            false);

    /** A host, or a prefix; a range becomes the prefixes covering it. Never a group. */
    private static final class EosAddressStyle implements AddressStyle {
        @Override
        public Optional<List<AclAddress>> inline(List<AddressBlock> blocks, IpFamily family) {
            return Optional.of(blocks.stream().flatMap(b -> b.prefixBlocks().stream()).map(EosAddressStyle::of).toList());
        }

        @Override
        public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
            throw new IllegalStateException("EOS interface ACLs take no address groups");
        }

        private static AclAddress of(IPAddress block) {
            return PrefixBlocks.isHost(block) ? AclAddress.host(PrefixBlocks.address(block))
                    : AclAddress.prefix(PrefixBlocks.address(block), block.getPrefixLength());
        }
    }

    public AristaEosRenderer() {
        super(DIALECT, ".eos", new ConfigEscape("arista-eos", REMARK_FORBIDDEN, '_'));
    }

    /**
     * The file is loaded in a configuration session: EOS copies the running configuration into the session, the file
     * deletes and re-creates each of zonec's ACLs there, and the commit applies the result to the running
     * configuration at once, so an ACL is never missing from its interfaces.
     */
    @Override
    protected List<String> header(DeviceIr device, Site site) {
        String deviceName = device.device().name();
        return List.of(
                "zonec: " + deviceName + " (arista-eos), site " + site.name() + ". Target: EOS 4.2x.",
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Stateless ACLs applied inbound; each ends in an explicit logged deny.",
                "Apply in one step: configure session zonec-" + deviceName + ", paste this file,",
                "show session-config diffs, commit timer 00:05:00, then configure session zonec-" + deviceName
                        + " commit.");
    }
}
