package dev.zonec.render;

/**
 * One file a renderer plans for a device: its name ({@code sw-core.ios}), the template that writes it (in the
 * platform's template folder), the view record the template is fed, and the names on the device that loading the
 * file creates ({@code owns}) and deletes from an earlier output ({@code removes}), for the manifest.
 */
public record FilePlan(String name, String template, Object view, Ownership owns, Ownership removes) {

    public FilePlan(String name, String template, Object view) {
        this(name, template, view, Ownership.NONE, Ownership.NONE);
    }
}
