package dev.zonec.model.site;

public enum IpFamily {
    V4,
    V6
}
