// Tokens of one Junos configuration command in `set` form (`set ...`, `delete ...`, `deactivate ...`, `insert ...`),
// shared by the Junos read-back grammars (SrxLine, JunosFilterLine). Keywords are tokens so that the grammars can
// say where each statement sits; names and values that happen to spell a keyword are still accepted where a name
// is expected (rule `word` in JunosSetCommon). Braces and semicolons are tokens of their own, so a line of the
// curly-brace form never parses as a `set` command.
lexer grammar JunosSetLexer;

// commands
SET : 'set' ; DELETE : 'delete' ; DEACTIVATE : 'deactivate' ; ACTIVATE : 'activate' ; INSERT : 'insert' ;
ANNOTATE : 'annotate' ; BEFORE : 'before' ; AFTER : 'after' ;

// hierarchies read back
SECURITY : 'security' ; APPLICATIONS : 'applications' ; FIREWALL : 'firewall' ; POLICY_OPTIONS : 'policy-options' ;
INTERFACES : 'interfaces' ;

// hierarchies that cannot change what a device forwards between its interfaces
SYSTEM : 'system' ; CHASSIS : 'chassis' ; SNMP : 'snmp' ; VERSION : 'version' ; ROUTING_OPTIONS : 'routing-options' ;
PROTOCOLS : 'protocols' ; CLASS_OF_SERVICE : 'class-of-service' ; EVENT_OPTIONS : 'event-options' ;

// security zones, address books, policies
ZONES : 'zones' ; SECURITY_ZONE : 'security-zone' ; FUNCTIONAL_ZONE : 'functional-zone' ;
HOST_INBOUND_TRAFFIC : 'host-inbound-traffic' ; SCREEN : 'screen' ; TCP_RST : 'tcp-rst' ;
APPLICATION_TRACKING : 'application-tracking' ;
ADDRESS_BOOK : 'address-book' ; GLOBAL : 'global' ; ADDRESS : 'address' ; ADDRESS_SET : 'address-set' ;
ATTACH : 'attach' ; ZONE : 'zone' ; RANGE_ADDRESS : 'range-address' ; TO : 'to' ;
WILDCARD_ADDRESS : 'wildcard-address' ; DNS_NAME : 'dns-name' ;
POLICIES : 'policies' ; FROM_ZONE : 'from-zone' ; TO_ZONE : 'to-zone' ; POLICY : 'policy' ; MATCH : 'match' ;
SOURCE_ADDRESS : 'source-address' ; DESTINATION_ADDRESS : 'destination-address' ;
SOURCE_ADDRESS_EXCLUDED : 'source-address-excluded' ; DESTINATION_ADDRESS_EXCLUDED : 'destination-address-excluded' ;
DYNAMIC_APPLICATION : 'dynamic-application' ; PERMIT : 'permit' ; DENY : 'deny' ; REJECT : 'reject' ;
LOG : 'log' ; SESSION_INIT : 'session-init' ; SESSION_CLOSE : 'session-close' ; COUNT : 'count' ;
DEFAULT_POLICY : 'default-policy' ; DENY_ALL : 'deny-all' ; PERMIT_ALL : 'permit-all' ;
POLICY_REMATCH : 'policy-rematch' ; EXTENSIVE : 'extensive' ; SCHEDULER_NAME : 'scheduler-name' ;
FORWARDING_OPTIONS : 'forwarding-options' ; MODE : 'mode' ;
FLOW : 'flow' ; ALG : 'alg' ; IDP : 'idp' ; UTM : 'utm' ; IKE : 'ike' ; IPSEC : 'ipsec' ; PKI : 'pki' ;
SSH_KNOWN_HOSTS : 'ssh-known-hosts' ;

// applications
APPLICATION : 'application' ; APPLICATION_SET : 'application-set' ; TERM : 'term' ; PROTOCOL : 'protocol' ;
DESTINATION_PORT : 'destination-port' ; SOURCE_PORT : 'source-port' ; ICMP_TYPE : 'icmp-type' ;
ICMP_CODE : 'icmp-code' ; ICMP6_TYPE : 'icmp6-type' ; ICMP6_CODE : 'icmp6-code' ;
INACTIVITY_TIMEOUT : 'inactivity-timeout' ; APPLICATION_PROTOCOL : 'application-protocol' ;

// firewall filters and prefix lists
FAMILY : 'family' ; INET : 'inet' ; INET6 : 'inet6' ; FILTER : 'filter' ; FROM : 'from' ; THEN : 'then' ;
EXCEPT : 'except' ; PREFIX_LIST : 'prefix-list' ; SOURCE_PREFIX_LIST : 'source-prefix-list' ;
DESTINATION_PREFIX_LIST : 'destination-prefix-list' ; PROTOCOL_EXCEPT : 'protocol-except' ;
NEXT_HEADER : 'next-header' ; NEXT_HEADER_EXCEPT : 'next-header-except' ; PAYLOAD_PROTOCOL : 'payload-protocol' ;
PAYLOAD_PROTOCOL_EXCEPT : 'payload-protocol-except' ; PORT : 'port' ; PORT_EXCEPT : 'port-except' ;
SOURCE_PORT_EXCEPT : 'source-port-except' ; DESTINATION_PORT_EXCEPT : 'destination-port-except' ;
ICMP_TYPE_EXCEPT : 'icmp-type-except' ; ICMP_CODE_EXCEPT : 'icmp-code-except' ;
TCP_ESTABLISHED : 'tcp-established' ; TCP_INITIAL : 'tcp-initial' ;
ACCEPT : 'accept' ; DISCARD : 'discard' ; NEXT : 'next' ; SYSLOG : 'syslog' ; SAMPLE : 'sample' ;
POLICER : 'policer' ; FORWARDING_CLASS : 'forwarding-class' ; LOSS_PRIORITY : 'loss-priority' ;
INTERFACE_SPECIFIC : 'interface-specific' ; PHYSICAL_INTERFACE_FILTER : 'physical-interface-filter' ;
UNIT : 'unit' ; INPUT : 'input' ; OUTPUT : 'output' ; INPUT_LIST : 'input-list' ; OUTPUT_LIST : 'output-list' ;
DESCRIPTION : 'description' ;

LBRACK : '[' ; RBRACK : ']' ; LBRACE : '{' ; RBRACE : '}' ; SEMI : ';' ;
// a quoted value (descriptions); Junos escapes a quote inside it with a backslash
STRING : '"' ( '\\' . | ~["\\\r\n] )* '"' ;
// names, addresses, prefixes, ports, interface names: anything up to the next space, quote, bracket or brace
ATOM   : ~[ \t\r\n"[\]{};]+ ;
WS     : [ \t\r\n]+ -> skip ;
