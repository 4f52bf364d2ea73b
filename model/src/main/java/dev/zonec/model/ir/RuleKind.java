package dev.zonec.model.ir;

/** Why a rule is on a device. */
public enum RuleKind {
    /** Lets the flow's connection be opened, in the direction of the conduit. */
    REQUEST,
    /** On a stateless platform, lets the replies of a flow back (TCP established, mirrored UDP/ICMP). */
    REPLY
}
