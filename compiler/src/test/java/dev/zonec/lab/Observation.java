package dev.zonec.lab;

/** What the kernel did with one probe, how long it took to tell, and socat's words when it was an error. */
record Observation(Verdict verdict, long millis, String detail) {}
