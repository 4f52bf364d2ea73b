package dev.zonec.lab;

/** Why a probe is in the matrix. */
enum ProbeKind {
    /** A service term of a flow the policy allows, between the flow's representative hosts. */
    FLOW("flow"),
    /** The same service opened the other way round: a stateful router must not let it in. */
    REVERSE("reverse"),
    /** The flow's hosts, a port next to the allowed ones that no flow allows. */
    OTHER_PORT("other port"),
    /** Two zones no flow connects at all. */
    NO_FLOW("no flow"),
    /**
     * A router's own address from a host of the zone it is in, on a service no rule allows there: nothing but the
     * router's own input side stands between them.
     */
    TO_DEVICE("to device");

    private final String label;

    ProbeKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
