// One line of a Cisco ASA 9.x configuration (as zonec writes it and as `show running-config` prints it), for zonec's
// read-back: a second, independent reading of what zonec wrote. It covers the subset zonec emits and the common
// forms around it: interface blocks (nameif, security-level, shutdown, management-only), network and service objects
// and object groups (network, service with or without a type, protocol, icmp-type), extended ACEs with every operand
// form (any/any4/any6, host, address and mask, IPv6 prefix, object, object-group, eq/neq/lt/gt/range, ICMP type and
// code, log, time-range, inactive), remarks, access-group in/out/global, same-security-traffic and the modular policy
// framework lines that turn ICMP inspection on. Lines are parsed one at a time with the indentation stripped; the
// reader keeps the block (interface, object, policy-map) a sub-line belongs to. A line this grammar does not accept
// is reported, never guessed. Keywords are lower case, as the ASA prints them.
grammar AsaLine;

line : statement? EOF ;

statement
    : INTERFACE name=word                                                           # interfaceOpen
    | NAMEIF name=word                                                              # nameifLine
    | SECURITY_LEVEL level=word                                                     # securityLevelLine
    | NO (NAMEIF | SECURITY_LEVEL)                                                  # noInterfaceSetting
    | NO? SHUTDOWN                                                                  # shutdownLine
    | NO? MANAGEMENT_ONLY                                                           # managementOnlyLine
    | NO? (IP | IPV6 | VLAN | SPEED | DUPLEX | MAC_ADDRESS | DESCRIPTION | NAT) .*  # harmlessSubLine
    | OBJECT NETWORK name=word                                                      # networkObjectOpen
    | OBJECT SERVICE name=word                                                      # serviceObjectOpen
    | OBJECT_GROUP NETWORK name=word                                                # networkGroupOpen
    | OBJECT_GROUP SERVICE name=word (kind=word)?                                   # serviceGroupOpen
    | OBJECT_GROUP PROTOCOL name=word                                               # protocolGroupOpen
    | OBJECT_GROUP ICMP_TYPE name=word                                              # icmpGroupOpen
    | NO (OBJECT | OBJECT_GROUP) kind=word name=word                                # noObjectLine
    | HOST address=word                                                             # hostLine
    | SUBNET address=word (mask=word)?                                              # subnetLine
    | RANGE first=word last=word                                                    # rangeLine
    | NETWORK_OBJECT networkOperand                                                 # networkObjectLine
    | GROUP_OBJECT name=word                                                        # groupObjectLine
    | (SERVICE_OBJECT | SERVICE) serviceSpec                                        # serviceObjectLine
    | PORT_OBJECT portMatch                                                         # portObjectLine
    | PROTOCOL_OBJECT protocol=word                                                 # protocolObjectLine
    | ICMP_OBJECT type=word                                                         # icmpObjectLine
    | CLEAR CONFIGURE ACCESS_LIST (name=word)?                                      # clearAclLine
    | ACCESS_LIST name=word (LINE number=word)? REMARK .*                           # remarkLine
    | ACCESS_LIST name=word (LINE number=word)? EXTENDED? action=(PERMIT | DENY)
          protocolSpec operand+ aceOption*                                          # aceLine
    | NO ACCESS_LIST name=word                                                      # noAclLine
    | ACCESS_GROUP acl=word direction=(IN | OUT) INTERFACE nameif=word
          (PER_USER_OVERRIDE | CONTROL_PLANE)?                                      # accessGroupLine
    | ACCESS_GROUP acl=word GLOBAL                                                  # globalAccessGroupLine
    | NO ACCESS_GROUP acl=word (direction=(IN | OUT) INTERFACE nameif=word | GLOBAL)
          (PER_USER_OVERRIDE | CONTROL_PLANE)?                                      # noAccessGroupLine
    | NO? SAME_SECURITY_TRAFFIC PERMIT scope=(INTER_INTERFACE | INTRA_INTERFACE)   # sameSecurityLine
    | CLASS_MAP TYPE word+                                                          # typedMapOpen
    | POLICY_MAP TYPE word+                                                         # typedMapOpen
    | CLASS_MAP name=word                                                           # classMapOpen
    | POLICY_MAP name=word                                                          # policyMapOpen
    | CLASS name=word                                                               # classLine
    | MATCH word .*                                                                 # matchLine
    | NO? INSPECT engine=word .*                                                    # inspectLine
    | NO? SERVICE_POLICY name=word (GLOBAL | INTERFACE nameif=word)                 # servicePolicyLine
    | IGNORED .*                                                                    # ignoredLine
    ;

protocolSpec
    : OBJECT_GROUP name=word                                                        # protocolGroup
    | OBJECT name=word                                                              # protocolObject
    | name=word                                                                     # protocolName
    ;

// the operands of an ACE in order (source, source port, destination, destination port or ICMP type); which is which
// depends on what the named objects are, so the reader assigns them
operand
    : (ANY | ANY4 | ANY6)                                                           # anyOperand
    | HOST address=word                                                             # hostOperand
    | OBJECT name=word                                                              # objectOperand
    | OBJECT_GROUP name=word                                                        # groupOperand
    | INTERFACE name=word                                                           # interfaceOperand
    | portMatch                                                                     # portOperand
    | value=ATOM                                                                    # valueOperand
    ;

aceOption
    : LOG (DISABLE | DEFAULT | level=ATOM)? (INTERVAL seconds=ATOM)?                # logOption
    | TIME_RANGE name=word                                                          # timeRangeOption
    | INACTIVE                                                                      # inactiveOption
    ;

portMatch
    : op=(EQ | NEQ | LT | GT) port=word
    | RANGE first=word last=word
    ;

networkOperand
    : HOST address=word                                                             # networkHost
    | OBJECT name=word                                                              # networkObjectRef
    | address=word (mask=word)?                                                     # networkAddress
    ;

// `service-object` (in a service group) and `service` (in a service object)
serviceSpec
    : OBJECT name=word                                                              # serviceRef
    | protocol=word (SOURCE source=portMatch)? (DESTINATION destination=portMatch)? # servicePorts
    | protocol=word destination=portMatch                                           # serviceLegacyPorts
    | protocol=word type=ATOM (code=ATOM)?                                          # serviceIcmp
    ;

word
    : ATOM | INTERFACE | NAMEIF | SECURITY_LEVEL | SHUTDOWN | MANAGEMENT_ONLY | NO | IP | IPV6 | VLAN | SPEED
    | DUPLEX | MAC_ADDRESS | DESCRIPTION | NAT | OBJECT | OBJECT_GROUP | NETWORK | SERVICE | PROTOCOL | ICMP_TYPE
    | HOST | SUBNET | RANGE | NETWORK_OBJECT | GROUP_OBJECT | SERVICE_OBJECT | PORT_OBJECT | PROTOCOL_OBJECT
    | ICMP_OBJECT | SOURCE | DESTINATION | CLEAR | CONFIGURE | ACCESS_LIST | ACCESS_GROUP | LINE | REMARK | EXTENDED
    | PERMIT | DENY | ANY | ANY4 | ANY6 | EQ | NEQ | LT | GT | LOG | INTERVAL | DISABLE | DEFAULT | TIME_RANGE
    | INACTIVE | IN | OUT | GLOBAL | PER_USER_OVERRIDE | CONTROL_PLANE | SAME_SECURITY_TRAFFIC | INTER_INTERFACE
    | INTRA_INTERFACE | CLASS_MAP | POLICY_MAP | TYPE | CLASS | MATCH | INSPECT | SERVICE_POLICY | IGNORED
    ;

INTERFACE : 'interface' ; NAMEIF : 'nameif' ; SECURITY_LEVEL : 'security-level' ; SHUTDOWN : 'shutdown' ;
MANAGEMENT_ONLY : 'management-only' ; NO : 'no' ; IP : 'ip' ; IPV6 : 'ipv6' ; VLAN : 'vlan' ; SPEED : 'speed' ;
DUPLEX : 'duplex' ; MAC_ADDRESS : 'mac-address' ; DESCRIPTION : 'description' ; NAT : 'nat' ;
OBJECT : 'object' ; OBJECT_GROUP : 'object-group' ; NETWORK : 'network' ; SERVICE : 'service' ;
PROTOCOL : 'protocol' ; ICMP_TYPE : 'icmp-type' ; HOST : 'host' ; SUBNET : 'subnet' ; RANGE : 'range' ;
NETWORK_OBJECT : 'network-object' ; GROUP_OBJECT : 'group-object' ; SERVICE_OBJECT : 'service-object' ;
PORT_OBJECT : 'port-object' ; PROTOCOL_OBJECT : 'protocol-object' ; ICMP_OBJECT : 'icmp-object' ;
SOURCE : 'source' ; DESTINATION : 'destination' ; CLEAR : 'clear' ; CONFIGURE : 'configure' ;
ACCESS_LIST : 'access-list' ; ACCESS_GROUP : 'access-group' ; LINE : 'line' ; REMARK : 'remark' ;
EXTENDED : 'extended' ; PERMIT : 'permit' ; DENY : 'deny' ; ANY : 'any' ; ANY4 : 'any4' ; ANY6 : 'any6' ;
EQ : 'eq' ; NEQ : 'neq' ; LT : 'lt' ; GT : 'gt' ; LOG : 'log' ; INTERVAL : 'interval' ; DISABLE : 'disable' ;
DEFAULT : 'default' ; TIME_RANGE : 'time-range' ; INACTIVE : 'inactive' ; IN : 'in' ; OUT : 'out' ;
GLOBAL : 'global' ; PER_USER_OVERRIDE : 'per-user-override' ; CONTROL_PLANE : 'control-plane' ;
SAME_SECURITY_TRAFFIC : 'same-security-traffic' ; INTER_INTERFACE : 'inter-interface' ;
INTRA_INTERFACE : 'intra-interface' ; CLASS_MAP : 'class-map' ; POLICY_MAP : 'policy-map' ; TYPE : 'type' ;
CLASS : 'class' ; MATCH : 'match' ; INSPECT : 'inspect' ; SERVICE_POLICY : 'service-policy' ;

// commands that do not decide which forwarded packets pass an ACL (management, logging, routing, NAT, ...)
IGNORED
    : 'hostname' | 'domain-name' | 'enable' | 'passwd' | 'names' | 'mtu' | 'route' | 'logging' | 'ssh' | 'http'
    | 'telnet' | 'ntp' | 'dns' | 'snmp-server' | 'timeout' | 'console' | 'pager' | 'banner' | 'clock' | 'username'
    | 'aaa' | 'ftp' | 'arp' | 'ASA' | 'end' | 'boot' | 'crypto' | 'prompt' | 'call-home' | 'dhcpd' | 'asdm'
    | 'user-identity' | 'threat-detection' | 'dynamic-access-policy-record' | 'service-module' | 'license'
    | 'failover' | 'monitor-interface' | 'icmp'
    ;

ATOM : ~[ \t\r\n]+ ;
WS   : [ \t\r]+ -> skip ;
