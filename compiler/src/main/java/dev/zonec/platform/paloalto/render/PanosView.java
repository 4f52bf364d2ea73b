package dev.zonec.platform.paloalto.render;

import dev.zonec.render.ConfigText;
import java.util.List;

/**
 * What the paloalto-panos template prints: PAN-OS configuration-mode {@code set}/{@code delete} commands, one
 * attribute per {@code set} line, as {@code show} prints a configuration in set format (and as Batfish's PAN-OS
 * grammar reads it). Every string is one validated fragment of one line; free text arrives already reduced and is
 * printed only inside double quotes. Optional attributes are lists, empty when absent.
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

    /**
     * {@code set address NAME TYPE VALUE}, TYPE {@code ip-netmask} or {@code ip-range}, then a line per note
     * ({@code description "..."}).
     */
    public record Address(String name, String type, String value, List<String> notes) {
        public Address {
            ConfigText.line(name);
            ConfigText.line(type);
            ConfigText.line(value);
            notes.forEach(ConfigText::line);
            notes = List.copyOf(notes);
        }
    }

    /** An address group ({@code static MEMBERS}) or service group ({@code members MEMBERS}), and its notes. */
    public record Group(String name, String members, List<String> notes) {
        public Group {
            ConfigText.line(name);
            ConfigText.line(members);
            notes.forEach(ConfigText::line);
            notes = List.copyOf(notes);
        }
    }

    /** {@code set service NAME protocol PROTOCOL PORTS}, one line per PORTS ({@code port 502}, {@code source-port 1024}). */
    public record Service(String name, String protocol, List<String> ports) {
        public Service {
            ConfigText.line(name);
            ConfigText.line(protocol);
            ports.forEach(ConfigText::line);
            ports = List.copyOf(ports);
        }
    }

    /**
     * A custom application identified by ICMP type: its attributes ({@code category networking}, ...), description
     * and identification ({@code ident-by-icmp-type type 3 code 4}).
     */
    public record Application(String name, List<String> attributes, String description, String ident) {
        public Application {
            ConfigText.line(name);
            attributes.forEach(ConfigText::line);
            ConfigText.line(description);
            ConfigText.line(ident);
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * One security rule; list fields are one name or {@code [ a b ]}; {@code logging} the logging attributes
     * ({@code log-start no}, {@code log-end yes}), one line each.
     */
    public record Rule(String name, String from, String to, String source, String destination, String application,
                       String service, String action, List<String> logging, String tag, String description) {
        public Rule {
            for (String s : List.of(name, from, to, source, destination, application, service, action, tag,
                    description)) {
                ConfigText.line(s);
            }
            logging.forEach(ConfigText::line);
            logging = List.copyOf(logging);
        }
    }
}
