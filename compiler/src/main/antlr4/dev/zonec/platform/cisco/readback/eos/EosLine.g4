// One line of an Arista EOS configuration, for zonec's read-back: a second, independent reading of the ACL subset
// zonec writes (sequenced IPv4/IPv6 ACLs with `host` and prefix addresses, interface bindings) and the forms
// usually found around it (standard ACLs, wildcard masks, port operators, ICMP names, `statistics per-entry`, the
// control-plane ACL). Lines are parsed one at a time; the reader keeps the mode (ACL, interface) between lines.
// Keywords are case-insensitive; names keep their case. A line this grammar does not accept is reported, never
// guessed.
grammar EosLine;

options { caseInsensitive = true; }

line : statement? EOF ;

statement
    : IP ACCESS_LIST STANDARD? name                                         # ipAclHeader
    | NO IP ACCESS_LIST STANDARD? name                                      # ipAclDelete
    | IPV6 ACCESS_LIST STANDARD? name                                       # ipv6AclHeader
    | NO IPV6 ACCESS_LIST STANDARD? name                                    # ipv6AclDelete
    | seq=NUMBER? entry                                                     # aclEntry
    | seq=NUMBER? REMARK .*?                                                 # aclRemark
    | NO seq=NUMBER                                                         # entryDelete
    | (STATISTICS | COUNTERS) PER_ENTRY                                     # benign
    | FRAGMENT_RULES                                                        # fragmentRules
    | INTERFACE .+?                                                          # interfaceHeader
    | (IP | IPV6) ACCESS_GROUP name direction                               # accessGroup
    | NO (IP | IPV6) ACCESS_GROUP name? direction                           # noAccessGroup
    | (SYSTEM? CONTROL_PLANE | MANAGEMENT) .*?                               # otherBlock
    | (DESCRIPTION | HOSTNAME) .*?                                           # benign
    | NO? (SHUTDOWN | SWITCHPORT)                                           # benign
    | (IP | IPV6) ADDRESS .*?                                                # benign
    | EXIT                                                                  # exitLine
    | END                                                                   # endLine
    ;

entry
    : action=(PERMIT | DENY) protocol src=address srcPorts=ports? dst=address dstPorts=ports? option*  # extendedEntry
    | action=(PERMIT | DENY) source=address option*                                                    # standardEntry
    ;

// ip, ipv6, tcp, udp, icmp, icmpv6, a protocol name or number: checked by the reader against the ACL's family
protocol : IP | IPV6 | NUMBER | WORD ;

address
    : ANY                                                                   # anyAddress
    | HOST host=(IPV4 | IPV6_ADDRESS)                                       # hostAddress
    | network=IPV4 wildcard=IPV4                                            # wildcardAddress
    | (IPV4_PREFIX | IPV6_PREFIX)                                           # prefixAddress
    ;

ports
    : op=(EQ | NEQ) port+
    | op=(LT | GT) port
    | op=RANGE port port
    ;

port : NUMBER | WORD ;

// established, log, an ICMP type and code or message name; anything else is refused by the reader
option : ESTABLISHED | LOG | NUMBER | WORD ;

direction : IN | OUT ;

name
    : WORD | NUMBER | IP | IPV6 | ACCESS_LIST | STANDARD | INTERFACE | NO | PERMIT | DENY | REMARK | HOST | ANY
    | RANGE | EQ | NEQ | LT | GT | IN | OUT | ACCESS_GROUP | ESTABLISHED | LOG | STATISTICS | COUNTERS | PER_ENTRY
    | FRAGMENT_RULES | SYSTEM | CONTROL_PLANE | MANAGEMENT | DESCRIPTION | HOSTNAME | SHUTDOWN | SWITCHPORT
    | ADDRESS | EXIT | END
    ;

IP : 'ip' ; IPV6 : 'ipv6' ; ACCESS_LIST : 'access-list' ; STANDARD : 'standard' ; INTERFACE : 'interface' ;
NO : 'no' ; PERMIT : 'permit' ; DENY : 'deny' ; REMARK : 'remark' ; HOST : 'host' ; ANY : 'any' ;
RANGE : 'range' ; EQ : 'eq' ; NEQ : 'neq' ; LT : 'lt' ; GT : 'gt' ; IN : 'in' ; OUT : 'out' ;
ACCESS_GROUP : 'access-group' ; ESTABLISHED : 'established' ; LOG : 'log' ; STATISTICS : 'statistics' ;
COUNTERS : 'counters' ; PER_ENTRY : 'per-entry' ; FRAGMENT_RULES : 'fragment-rules' ; SYSTEM : 'system' ;
CONTROL_PLANE : 'control-plane' ; MANAGEMENT : 'management' ; DESCRIPTION : 'description' ;
HOSTNAME : 'hostname' ; SHUTDOWN : 'shutdown' ; SWITCHPORT : 'switchport' ; ADDRESS : 'address' ;
EXIT : 'exit' ; END : 'end' ;

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
