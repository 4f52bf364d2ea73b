// Rules every Junos `set`-form read-back grammar shares: the commands that edit the candidate configuration
// (delete, deactivate, activate, insert, annotate), names, value lists and hierarchies that never filter.
parser grammar JunosSetCommon;

// `delete` alone clears the whole configuration; `insert <path> before|after <keyword> <name>` reorders siblings
edit
    : DELETE word*                                                         # deleteEdit
    | DEACTIVATE word+                                                     # deactivateEdit
    | ACTIVATE word+                                                       # activateEdit
    | INSERT word+ (BEFORE | AFTER) word word                              # insertEdit
    | ANNOTATE word+                                                       # annotateEdit
    ;

// one value, or a bracketed list of them (`destination-port [ 80 443 ]`)
values : word | LBRACK word+ RBRACK ;

// hierarchies that hold no filtering: routing, management, the chassis
ignoredHierarchy
    : SYSTEM | CHASSIS | SNMP | VERSION | ROUTING_OPTIONS | PROTOCOLS | CLASS_OF_SERVICE | EVENT_OPTIONS ;

word
    : ATOM | STRING
    | SET | DELETE | DEACTIVATE | ACTIVATE | INSERT | ANNOTATE | BEFORE | AFTER
    | SECURITY | APPLICATIONS | FIREWALL | POLICY_OPTIONS | INTERFACES
    | SYSTEM | CHASSIS | SNMP | VERSION | ROUTING_OPTIONS | PROTOCOLS | CLASS_OF_SERVICE | EVENT_OPTIONS
    | ZONES | SECURITY_ZONE | FUNCTIONAL_ZONE | HOST_INBOUND_TRAFFIC | SCREEN | TCP_RST | APPLICATION_TRACKING
    | ADDRESS_BOOK | GLOBAL | ADDRESS | ADDRESS_SET | ATTACH | ZONE | RANGE_ADDRESS | TO | WILDCARD_ADDRESS | DNS_NAME
    | POLICIES | FROM_ZONE | TO_ZONE | POLICY | MATCH | SOURCE_ADDRESS | DESTINATION_ADDRESS | SOURCE_ADDRESS_EXCLUDED
    | DESTINATION_ADDRESS_EXCLUDED | DYNAMIC_APPLICATION | PERMIT | DENY | REJECT | LOG | SESSION_INIT | SESSION_CLOSE
    | COUNT | DEFAULT_POLICY | DENY_ALL | PERMIT_ALL | POLICY_REMATCH | EXTENSIVE | SCHEDULER_NAME
    | FORWARDING_OPTIONS | MODE | FLOW | ALG | IDP | UTM | IKE | IPSEC | PKI | SSH_KNOWN_HOSTS
    | APPLICATION | APPLICATION_SET | TERM | PROTOCOL | DESTINATION_PORT | SOURCE_PORT | ICMP_TYPE | ICMP_CODE
    | ICMP6_TYPE | ICMP6_CODE | INACTIVITY_TIMEOUT | APPLICATION_PROTOCOL
    | FAMILY | INET | INET6 | FILTER | FROM | THEN | EXCEPT | PREFIX_LIST | SOURCE_PREFIX_LIST | DESTINATION_PREFIX_LIST
    | PROTOCOL_EXCEPT | NEXT_HEADER | NEXT_HEADER_EXCEPT | PAYLOAD_PROTOCOL | PAYLOAD_PROTOCOL_EXCEPT | PORT
    | PORT_EXCEPT | SOURCE_PORT_EXCEPT | DESTINATION_PORT_EXCEPT | ICMP_TYPE_EXCEPT | ICMP_CODE_EXCEPT
    | TCP_ESTABLISHED | TCP_INITIAL | ACCEPT | DISCARD | NEXT | SYSLOG | SAMPLE | POLICER | FORWARDING_CLASS
    | LOSS_PRIORITY | INTERFACE_SPECIFIC | PHYSICAL_INTERFACE_FILTER | UNIT | INPUT | OUTPUT | INPUT_LIST
    | OUTPUT_LIST | DESCRIPTION
    ;
