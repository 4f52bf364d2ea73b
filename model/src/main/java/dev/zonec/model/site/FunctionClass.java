package dev.zonec.model.site;

/** An OT protocol function class such as {@code modbus.read}: enforceable only by protocol inspection. */
public record FunctionClass(String protocol, String name) implements Comparable<FunctionClass> {

    public String display() {
        return protocol + "." + name;
    }

    @Override
    public int compareTo(FunctionClass o) {
        return display().compareTo(o.display());
    }

    @Override
    public String toString() {
        return display();
    }
}
