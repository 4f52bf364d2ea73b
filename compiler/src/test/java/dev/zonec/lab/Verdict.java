package dev.zonec.lab;

/** What a probe found. The policy only ever expects OPEN or CLOSED; ERROR is a probe that could not tell. */
enum Verdict {
    /** The data came back: the connection (TCP) or the exchange (UDP) went through every router both ways. */
    OPEN,
    /** Nothing came back within the probe's time: a router dropped it. */
    CLOSED,
    /**
     * The probe ended otherwise: refused (a packet got through to a port nobody listens on), unreachable, or a local
     * error. Never equal to what the policy expects, so it always fails the test, with socat's message.
     */
    ERROR
}
