package dev.zonec.platform.paloalto.render;

import dev.zonec.render.ConfigText;
import java.util.List;

/**
 * What the paloalto-panos template prints: PAN-OS configuration-mode {@code set}/{@code delete} commands. Every
 * string is one validated fragment of one line; free text arrives already reduced and is printed only inside double
 * quotes. Optional parts ({@code description "..."}) are pre-rendered, empty when absent.
 */
public record PanosView(List<String> deletes, List<Zone> zones, Tag tag, List<Address> addresses,
                        List<Group> addressGroups, List<Service> services, List<Group> serviceGroups,
                        List<Application> applications, List<Rule> rules) {

    public PanosView {
        deletes.forEach(ConfigText::line);
        deletes = List.copyOf(deletes);
        zones = List.copyOf(zones);
        addresses = List.copyOf(addresses);
        addressGroups = List.copyOf(addressGroups);
        services = List.copyOf(services);
        serviceGroups = List.copyOf(serviceGroups);
        applications = List.copyOf(applications);
        rules = List.copyOf(rules);
    }

    /** {@code set zone NAME network layer3 INTERFACES}. */
    public record Zone(String name, String interfaces) {
        public Zone {
            ConfigText.line(name);
            ConfigText.line(interfaces);
        }
    }

    /** {@code set tag NAME comments "COMMENTS"}: marks every rule zonec wrote. */
    public record Tag(String name, String comments) {
        public Tag {
            ConfigText.line(name);
            ConfigText.line(comments);
        }
    }

    /** {@code set address NAME TYPE VALUE[ description "..."]}, TYPE {@code ip-netmask} or {@code ip-range}. */
    public record Address(String name, String type, String value, String description) {
        public Address {
            ConfigText.line(name);
            ConfigText.line(type);
            ConfigText.line(value);
            ConfigText.line(description);
        }
    }

    /** An address group ({@code static MEMBERS}) or service group ({@code members MEMBERS}). */
    public record Group(String name, String members, String description) {
        public Group {
            ConfigText.line(name);
            ConfigText.line(members);
            ConfigText.line(description);
        }
    }

    /** {@code set service NAME protocol PROTOCOL PORTS}, PORTS e.g. {@code port 502}. */
    public record Service(String name, String protocol, String ports) {
        public Service {
            ConfigText.line(name);
            ConfigText.line(protocol);
            ConfigText.line(ports);
        }
    }

    /** A custom application identified by ICMP type: its attributes, description and identification. */
    public record Application(String name, String attributes, String description, String ident) {
        public Application {
            ConfigText.line(name);
            ConfigText.line(attributes);
            ConfigText.line(description);
            ConfigText.line(ident);
        }
    }

    /** One security rule; list fields are one name or {@code [ a b ]}. */
    public record Rule(String name, String from, String to, String source, String destination, String application,
                       String service, String action, String logging, String tag, String description) {
        public Rule {
            for (String s : List.of(name, from, to, source, destination, application, service, action, logging, tag,
                    description)) {
                ConfigText.line(s);
            }
        }
    }
}
