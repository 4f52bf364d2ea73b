package dev.zonec.lab;

/** A static route in one namespace: {@code destination} (a zone's subnet) via the neighbour's link address. */
record Route(String namespace, String destination, String gateway) {}
