package dev.zonec.model.diag;

/**
 * Every diagnostic zonec can emit. Codes are stable: once published a code keeps its meaning, so CI
 * filters, waivers and docs can refer to it. Ranges: 00xx input, 01xx inventory, 02xx names and model,
 * 03xx placement, 04xx invariants, 05xx rendering and platform capabilities, 06xx the IEC 62443 rule pack and
 * waivers, 07xx checking the output in Batfish ({@code zonec verify --batfish}).
 */
public enum Code {
    ZC0001("syntax error"),
    ZC0002("cannot read the site folder"),
    ZC0003("inventory.yaml is missing"),

    ZC0101("inventory is not well-formed YAML"),
    ZC0102("unknown inventory key"),
    ZC0103("inventory value has the wrong type"),
    ZC0104("required inventory key is missing"),
    ZC0105("unknown platform"),
    ZC0106("invalid device or interface name"),
    ZC0107("duplicate inventory key"),
    ZC0108("two inventory names for one interface"),
    ZC0109("unknown control-plane protocol"),

    ZC0201("unknown zone"),
    ZC0202("unknown asset"),
    ZC0203("unknown service"),
    ZC0204("duplicate definition"),
    ZC0205("asset address outside its zone"),
    ZC0206("zone subnets overlap"),
    ZC0207("endpoint is not in the conduit's zones"),
    ZC0208("conduit allows nothing"),
    ZC0209("invalid address"),
    ZC0210("asset family size does not match its addresses"),
    ZC0211("invalid Purdue level"),
    ZC0212("invalid security level"),
    ZC0213("invalid port or ICMP type"),
    ZC0214("family member index out of range"),
    ZC0215("wrong use of an asset family"),
    ZC0216("source and destination share no IP version"),
    ZC0217("service definitions form a cycle"),
    ZC0218("property repeated or missing"),
    ZC0219("site declaration missing or repeated"),
    ZC0220("conduit joins a zone to itself"),
    ZC0221("unknown function class"),
    ZC0222("unknown device"),
    ZC0223("unknown asset attribute"),
    ZC0224("zone has no subnet"),
    ZC0225("ICMP version does not match the endpoints"),
    ZC0226("device enforces no boundary"),
    ZC0227("waiver names a code that cannot be waived"),
    ZC0228("unknown conduit"),
    ZC0229("invalid date"),
    ZC0230("waiver lacks a justification or an owner"),
    ZC0231("DMZ or safety zone declared transit"),
    ZC0232("`no-transit` is the default"),
    ZC0233("device routes a zone it does not face"),
    ZC0234("two rules of a conduit have the same name"),
    ZC0235("interface address not a host of the zone it faces"),
    ZC0236("device target the conduit cannot reach"),
    ZC0237("device target without an address"),
    ZC0238("device as a rule's source"),
    ZC0239("zone named twice in a conduit"),

    ZC0301("no admissible path between the zones of a flow"),
    /** Retired: placement has been polynomial since transit became declared; never reported. */
    ZC0302("retired: topology too meshed to place exactly"),
    ZC0303("flow placed on many devices"),
    ZC0304("control-plane protocol that cannot be accepted as declared"),

    ZC0401("no-path requirement violated"),
    ZC0402("via requirement violated"),
    ZC0403("isolation requirement violated"),

    ZC0501("no renderer for platform yet"),
    ZC0502("platform cannot enforce a function class"),
    ZC0503("function class enforced at port level"),
    ZC0504("name not valid on the platform"),
    ZC0505("platform cannot express the rule"),
    ZC0506("port-level acceptance is never used"),
    ZC0507("site template failed"),
    ZC0508("site template overrides nothing"),
    ZC0509("device's own traffic not written for its platform"),

    ZC0801("device config is not equivalent to the policy"),
    ZC0802("config line not understood by the read-back"),
    ZC0803("device config cannot be proven"),
    ZC0804("output folder does not match its manifest"),
    ZC0805("no read-back for the platform"),

    ZC0601("level 4 or external zone joined to level 3 or below without a DMZ"),
    ZC0602("safety zone reached from level 3.5 or above, or without logging"),
    ZC0603("remote access does not end at an MFA remote-access gateway in a DMZ"),
    ZC0604("`any` across zones of different SL-T"),
    ZC0605("conduit SL-T below the zones it joins"),
    ZC0606("cleartext protocol across a boundary of an SL-T 3 zone"),
    ZC0607("same service into a DMZ from both sides"),
    ZC0608("flow from level 3 or below to level 5"),
    ZC0609("service defined but never used"),
    ZC0610("asset without any flow"),
    ZC0611("rule made redundant by earlier rules"),
    ZC0620("waiver expired"),
    ZC0621("waiver matches no finding"),

    ZC0701("generated file not fully recognised by Batfish"),
    ZC0702("Batfish warning or initialisation issue on a generated file"),
    ZC0703("Batfish's testFilters disagrees with the policy"),
    ZC0704("filter line Batfish finds unreachable"),
    ZC0705("output Batfish does not check");

    private final String title;

    Code(String title) {
        this.title = title;
    }

    /** A short, fixed description of the code (docs, SARIF rule metadata). */
    public String title() {
        return title;
    }
}
