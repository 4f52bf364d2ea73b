package dev.zonec.render;

/**
 * One file a renderer plans for a device: its name ({@code sw-core.ios}), the template that writes it (in the
 * platform's template folder) and the view record the template is fed.
 */
public record FilePlan(String name, String template, Object view) {}
