// One line of a Cisco IOS / IOS-XE configuration, for zonec's read-back: a second, independent reading of the
// ACL subset zonec writes (named extended and IPv6 ACLs, network object groups, interface bindings) and the
// forms usually found around it (numbered and standard ACLs, sequence numbers, wildcard masks, port operators,
// ICMP names, nested object groups). Lines are parsed one at a time; the reader keeps the mode (ACL, object
// group, interface) between lines, as the IOS CLI does. Keywords are case-insensitive, like the CLI's; names keep
// their case. A line this grammar does not accept is reported, never guessed.
grammar IosLine;

options { caseInsensitive = true; }

line : statement? EOF ;

statement
    : IP ACCESS_LIST kind=(EXTENDED | STANDARD) name                        # ipAclHeader
    | NO IP ACCESS_LIST (EXTENDED | STANDARD) name                          # ipAclDelete
    | IPV6 ACCESS_LIST name                                                 # ipv6AclHeader
    | NO IPV6 ACCESS_LIST name                                              # ipv6AclDelete
    | ACCESS_LIST number=NUMBER entry                                       # numberedEntry
    | ACCESS_LIST number=NUMBER REMARK .*?                                   # numberedRemark
    | NO ACCESS_LIST number=NUMBER                                          # numberedDelete
    | OBJECT_GROUP NETWORK name                                             # groupHeader
    | NO OBJECT_GROUP NETWORK name                                          # groupDelete
    | (SEQUENCE? seq=NUMBER)? entry                                         # aclEntry
    | seq=NUMBER? REMARK .*?                                                 # aclRemark
    | NO SEQUENCE? seq=NUMBER                                               # aclEntryDelete
    | HOST IPV4                                                             # groupHost
    | network=IPV4 mask=IPV4                                                # groupNetmask
    | network=IPV4 length=SLASH_LENGTH                                      # groupSlash
    | IPV4_PREFIX                                                           # groupPrefix
    | RANGE first=IPV4 last=IPV4                                            # groupRange
    | ANY                                                                   # groupAny
    | GROUP_OBJECT name                                                     # groupNested
    | INTERFACE .+?                                                          # interfaceHeader
    | IP ACCESS_GROUP name direction                                        # ipAccessGroup
    | NO IP ACCESS_GROUP name? direction                                    # noIpAccessGroup
    | IPV6 TRAFFIC_FILTER name direction                                    # ipv6TrafficFilter
    | NO IPV6 TRAFFIC_FILTER name? direction                                # noIpv6TrafficFilter
    | (LINE | CONTROL_PLANE) .*?                                             # otherBlock
    | (DESCRIPTION | HOSTNAME | VERSION) .*?                                 # benign
    | NO? (SHUTDOWN | SWITCHPORT)                                           # benign
    | (IP | IPV6) ADDRESS .*?                                                # benign
    | EXIT                                                                  # exitLine
    | END                                                                   # endLine
    ;

entry
    : action=(PERMIT | DENY) protocol src=address srcPorts=ports? dst=address dstPorts=ports? option*
      (SEQUENCE seqAfter=NUMBER)?                                           # extendedEntry
    | action=(PERMIT | DENY) standardSource option*                         # standardEntry
    ;

// ip, ipv6, tcp, udp, icmp, a protocol name or number: checked by the reader against the ACL's family
protocol : IP | IPV6 | NUMBER | WORD ;

address
    : ANY                                                                   # anyAddress
    | HOST host=(IPV4 | IPV6_ADDRESS)                                       # hostAddress
    | network=IPV4 wildcard=IPV4                                            # wildcardAddress
    | IPV6_PREFIX                                                           # prefixAddress
    | OBJECT_GROUP name                                                     # groupAddress
    ;

// standard ACLs match the source only; a bare address is a host (wildcard 0.0.0.0)
standardSource
    : ANY                                                                   # standardAny
    | HOST IPV4                                                             # standardHost
    | network=IPV4 wildcard=IPV4?                                           # standardWildcard
    ;

ports
    : op=(EQ | NEQ) port+
    | op=(LT | GT) port
    | op=RANGE port port
    ;

port : NUMBER | WORD ;

// established, log, an ICMP type and code or message name; anything else is refused by the reader
option : ESTABLISHED | LOG | LOG_INPUT | NUMBER | WORD ;

direction : IN | OUT ;

name
    : WORD | NUMBER | IP | IPV6 | ACCESS_LIST | EXTENDED | STANDARD | OBJECT_GROUP | NETWORK | GROUP_OBJECT
    | INTERFACE | NO | PERMIT | DENY | REMARK | SEQUENCE | HOST | ANY | RANGE | EQ | NEQ | LT | GT | IN | OUT
    | ACCESS_GROUP | TRAFFIC_FILTER | ESTABLISHED | LOG | LOG_INPUT | LINE | CONTROL_PLANE | DESCRIPTION
    | HOSTNAME | VERSION | SHUTDOWN | SWITCHPORT | ADDRESS | EXIT | END
    ;

IP : 'ip' ; IPV6 : 'ipv6' ; ACCESS_LIST : 'access-list' ; EXTENDED : 'extended' ; STANDARD : 'standard' ;
OBJECT_GROUP : 'object-group' ; NETWORK : 'network' ; GROUP_OBJECT : 'group-object' ; INTERFACE : 'interface' ;
NO : 'no' ; PERMIT : 'permit' ; DENY : 'deny' ; REMARK : 'remark' ; SEQUENCE : 'sequence' ; HOST : 'host' ;
ANY : 'any' ; RANGE : 'range' ; EQ : 'eq' ; NEQ : 'neq' ; LT : 'lt' ; GT : 'gt' ; IN : 'in' ; OUT : 'out' ;
ACCESS_GROUP : 'access-group' ; TRAFFIC_FILTER : 'traffic-filter' ; ESTABLISHED : 'established' ; LOG : 'log' ;
LOG_INPUT : 'log-input' ; LINE : 'line' ; CONTROL_PLANE : 'control-plane' ; DESCRIPTION : 'description' ;
HOSTNAME : 'hostname' ; VERSION : 'version' ; SHUTDOWN : 'shutdown' ; SWITCHPORT : 'switchport' ;
ADDRESS : 'address' ; EXIT : 'exit' ; END : 'end' ;

// addresses before NUMBER and WORD: on a tie the first rule wins; the reader validates every value
IPV4_PREFIX  : V4 '/' DIGITS ;
IPV4         : V4 ;
SLASH_LENGTH : '/' DIGITS ;
IPV6_PREFIX  : V6 '/' DIGITS ;
IPV6_ADDRESS : V6 ;
NUMBER       : DIGITS ;
WORD         : ~[ \t\r\n]+ ;
WS           : [ \t\r\n]+ -> skip ;

fragment V4     : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS ;
fragment V6     : [0-9a-f]* ':' [0-9a-f:.]* ;
fragment DIGITS : [0-9]+ ;
