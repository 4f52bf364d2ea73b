// One line of a Cisco NX-OS configuration, for zonec's read-back: a second, independent reading of the router-ACL
// subset zonec writes (sequenced IPv4/IPv6 ACLs in prefix notation, address object groups used as `addrgroup`,
// interface bindings) and the forms usually found around it (host and wildcard addresses, port operators, ICMP
// names, `statistics per-entry`). Lines are parsed one at a time; the reader keeps the mode (ACL, object group,
// interface) between lines. Keywords are case-insensitive; names keep their case. A line this grammar does not
// accept is reported, never guessed.
grammar NxosLine;

options { caseInsensitive = true; }

line : statement? EOF ;

statement
    : IP ACCESS_LIST name                                                   # ipAclHeader
    | NO IP ACCESS_LIST name                                                # ipAclDelete
    | IPV6 ACCESS_LIST name                                                 # ipv6AclHeader
    | NO IPV6 ACCESS_LIST name                                              # ipv6AclDelete
    | OBJECT_GROUP family=(IP | IPV6) ADDRESS name                          # groupHeader
    | NO OBJECT_GROUP family=(IP | IPV6) ADDRESS name                       # groupDelete
    | seq=NUMBER? entry                                                     # aclEntry
    | seq=NUMBER? REMARK .*?                                                 # aclRemark
    | NO seq=NUMBER                                                         # entryDelete
    | seq=NUMBER? member                                                    # groupMember
    | STATISTICS PER_ENTRY                                                  # benign
    | FRAGMENTS .*?                                                          # fragmentsLine
    | INTERFACE .+?                                                          # interfaceHeader
    | IP ACCESS_GROUP name direction                                        # ipAccessGroup
    | NO IP ACCESS_GROUP name direction                                     # noIpAccessGroup
    | IPV6 TRAFFIC_FILTER name direction                                    # ipv6TrafficFilter
    | NO IPV6 TRAFFIC_FILTER name direction                                 # noIpv6TrafficFilter
    | (LINE | CONTROL_PLANE) .*?                                             # otherBlock
    | (DESCRIPTION | HOSTNAME | VERSION) .*?                                 # benign
    | NO? (SHUTDOWN | SWITCHPORT)                                           # benign
    | (IP | IPV6) ADDRESS .*?                                                # benign
    | EXIT                                                                  # exitLine
    | END                                                                   # endLine
    ;

entry
    : action=(PERMIT | DENY) protocol src=address srcPorts=ports? dst=address dstPorts=ports? option* ;

// ip, ipv6, tcp, udp, icmp (ICMPv6 in an IPv6 ACL), a protocol name or number: checked by the reader
protocol : IP | IPV6 | NUMBER | WORD ;

address
    : ANY                                                                   # anyAddress
    | HOST host=(IPV4 | IPV6_ADDRESS)                                       # hostAddress
    | network=IPV4 wildcard=IPV4                                            # wildcardAddress
    | (IPV4_PREFIX | IPV6_PREFIX)                                           # prefixAddress
    | ADDRGROUP name                                                        # groupAddress
    ;

// object-group ip address / ipv6 address entries
member
    : HOST host=(IPV4 | IPV6_ADDRESS)                                       # memberHost
    | network=IPV4 wildcard=IPV4                                            # memberWildcard
    | (IPV4_PREFIX | IPV6_PREFIX)                                           # memberPrefix
    ;

ports
    : op=(EQ | NEQ | LT | GT) port
    | op=RANGE port port
    ;

port : NUMBER | WORD ;

// established, log, an ICMP type and code or message name; anything else is refused by the reader
option : ESTABLISHED | LOG | NUMBER | WORD ;

direction : IN | OUT ;

name
    : WORD | NUMBER | IP | IPV6 | ACCESS_LIST | OBJECT_GROUP | ADDRESS | ADDRGROUP | INTERFACE | NO | PERMIT | DENY
    | REMARK | HOST | ANY | RANGE | EQ | NEQ | LT | GT | IN | OUT | ACCESS_GROUP | TRAFFIC_FILTER | ESTABLISHED | LOG
    | STATISTICS | PER_ENTRY | FRAGMENTS | LINE | CONTROL_PLANE | DESCRIPTION | HOSTNAME | VERSION | SHUTDOWN
    | SWITCHPORT | EXIT | END
    ;

IP : 'ip' ; IPV6 : 'ipv6' ; ACCESS_LIST : 'access-list' ; OBJECT_GROUP : 'object-group' ; ADDRESS : 'address' ;
ADDRGROUP : 'addrgroup' ; INTERFACE : 'interface' ; NO : 'no' ; PERMIT : 'permit' ; DENY : 'deny' ;
REMARK : 'remark' ; HOST : 'host' ; ANY : 'any' ; RANGE : 'range' ; EQ : 'eq' ; NEQ : 'neq' ; LT : 'lt' ;
GT : 'gt' ; IN : 'in' ; OUT : 'out' ; ACCESS_GROUP : 'access-group' ; TRAFFIC_FILTER : 'traffic-filter' ;
ESTABLISHED : 'established' ; LOG : 'log' ; STATISTICS : 'statistics' ; PER_ENTRY : 'per-entry' ;
FRAGMENTS : 'fragments' ; LINE : 'line' ; CONTROL_PLANE : 'control-plane' ; DESCRIPTION : 'description' ;
HOSTNAME : 'hostname' ; VERSION : 'version' ; SHUTDOWN : 'shutdown' ; SWITCHPORT : 'switchport' ; EXIT : 'exit' ;
END : 'end' ;

// addresses before NUMBER and WORD: on a tie the first rule wins; the reader validates every value
IPV4_PREFIX  : V4 '/' DIGITS ;
IPV4         : V4 ;
IPV6_PREFIX  : V6 '/' DIGITS ;
IPV6_ADDRESS : V6 ;
NUMBER       : DIGITS ;
WORD         : ~[ \t\r\n]+ ;
WS           : [ \t\r\n]+ -> skip ;

fragment V4     : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS ;
fragment V6     : [0-9a-f]* ':' [0-9a-f:.]* ;
fragment DIGITS : [0-9]+ ;
