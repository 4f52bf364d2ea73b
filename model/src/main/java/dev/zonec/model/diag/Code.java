package dev.zonec.model.diag;

/**
 * Every diagnostic zonec can emit. Codes are stable: once published a code keeps its meaning, so CI
 * filters, waivers and docs can refer to it. Ranges: 00xx input, 01xx inventory, 02xx names and model,
 * 03xx placement, 04xx invariants, 05xx rendering and platform capabilities.
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

    ZC0301("no device joins the zones of a flow"),
    ZC0302("topology too meshed to place exactly"),

    ZC0401("no-path requirement violated"),

    ZC0501("no renderer for platform yet"),
    ZC0502("platform cannot enforce a function class"),
    ZC0503("function class enforced at port level"),
    ZC0504("name not valid on the platform"),
    ZC0505("platform cannot express the rule"),
    ZC0506("port-level acceptance is never used");

    private final String title;

    Code(String title) {
        this.title = title;
    }

    /** A short, fixed description of the code (docs, SARIF rule metadata). */
    public String title() {
        return title;
    }
}
