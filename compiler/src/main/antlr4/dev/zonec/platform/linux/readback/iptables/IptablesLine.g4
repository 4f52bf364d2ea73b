// One line of an iptables-save / iptables-restore file (IPv4 or IPv6), for zonec's read-back. The read-back is a
// second, independent reading of what zonec wrote: it covers the subset zonec emits and the common forms around it
// (iptables-save output of hand-written rulesets: -I, -N, -P, counters, short and long option names, negation,
// the usual matches and targets). Lines are parsed one at a time; the reader keeps the table and chain context. A
// line this grammar does not accept is reported, never guessed: an unknown match or target option fails the line.
grammar IptablesLine;

line : statement? EOF ;

statement
    : TABLE                                                             # tableLine
    | CHAIN_DECL policy=word COUNTERS?                                  # chainLine
    | COMMIT                                                            # commitLine
    | COUNTERS? family=(IPV4 | IPV6)? (APPEND | INSERT) chain=word position=word? option*   # ruleLine
    | NEW_CHAIN chain=word                                              # newChainLine
    | POLICY chain=word target=word                                     # policyLine
    | FLUSH chain=word?                                                 # flushLine
    | COUNTERS? family=(IPV4 | IPV6)? DELETE chain=word option+        # deleteRuleLine
    | (DELETE | DELETE_CHAIN | REPLACE | RENAME_CHAIN) word* option*    # editLine
    ;

option
    : BANG? (SOURCE | DESTINATION) address=word                         # addressOption
    | BANG? (IN_INTERFACE | OUT_INTERFACE) name=word                    # interfaceOption
    | BANG? PROTOCOL protocol=word                                      # protocolOption
    | MATCH module=word                                                 # matchOption
    | (JUMP | GOTO) target=word                                         # jumpOption
    | BANG? FRAGMENT                                                    # fragmentOption
    | (IPV4 | IPV6)                                                     # familyOption
    | BANG? (DPORT | SPORT) ports=word                                  # portOption
    | BANG? (DPORTS | SPORTS | PORTS) ports=word                        # multiportOption
    | BANG? (SRC_RANGE | DST_RANGE) range=word                          # rangeOption
    | BANG? (ICMP_TYPE | ICMPV6_TYPE) type=word                         # icmpTypeOption
    | BANG? (CTSTATE | STATE) states=word                               # stateOption
    | COMMENT text=value                                                # commentOption
    | (LIMIT | LIMIT_BURST) word                                        # limitOption
    | BANG? SYN                                                         # synOption
    | BANG? TCP_FLAGS word word                                         # tcpFlagsOption
    | (LOG_PREFIX | NFLOG_PREFIX) value                                 # logPrefixOption
    | (LOG_LEVEL | NFLOG_GROUP | NFLOG_RANGE | NFLOG_SIZE | NFLOG_THRESHOLD | REJECT_WITH) word   # targetOption
    | (LOG_TCP_SEQUENCE | LOG_TCP_OPTIONS | LOG_IP_OPTIONS | LOG_UID | LOG_MACDECODE)            # logFlagOption
    ;

value : word | STRING ;

word : ATOM ;

// one line = one token stream; a table header and a chain declaration are single tokens (`*filter`, `:FORWARD`)
TABLE        : '*' [a-z]+ ;
CHAIN_DECL   : ':' [A-Za-z_] ~[ \t\r\n]* ;
COUNTERS     : '[' [0-9]+ ':' [0-9]+ ']' ;
COMMIT       : 'COMMIT' ;

APPEND       : '-A' | '--append' ;
INSERT       : '-I' | '--insert' ;
NEW_CHAIN    : '-N' | '--new-chain' ;
POLICY       : '-P' | '--policy' ;
FLUSH        : '-F' | '--flush' ;
DELETE       : '-D' | '--delete' ;
DELETE_CHAIN : '-X' | '--delete-chain' ;
REPLACE      : '-R' | '--replace' ;
RENAME_CHAIN : '-E' | '--rename-chain' ;

SOURCE       : '-s' | '--source' | '--src' ;
DESTINATION  : '-d' | '--destination' | '--dst' ;
IN_INTERFACE : '-i' | '--in-interface' ;
OUT_INTERFACE: '-o' | '--out-interface' ;
PROTOCOL     : '-p' | '--protocol' ;
MATCH        : '-m' | '--match' ;
JUMP         : '-j' | '--jump' ;
GOTO         : '-g' | '--goto' ;
FRAGMENT     : '-f' | '--fragment' ;
IPV4         : '-4' | '--ipv4' ;
IPV6         : '-6' | '--ipv6' ;

DPORT        : '--dport' | '--destination-port' ;
SPORT        : '--sport' | '--source-port' ;
DPORTS       : '--dports' | '--destination-ports' ;
SPORTS       : '--sports' | '--source-ports' ;
PORTS        : '--ports' ;
SRC_RANGE    : '--src-range' ;
DST_RANGE    : '--dst-range' ;
ICMP_TYPE    : '--icmp-type' ;
ICMPV6_TYPE  : '--icmpv6-type' ;
CTSTATE      : '--ctstate' ;
STATE        : '--state' ;
COMMENT      : '--comment' ;
LIMIT        : '--limit' ;
LIMIT_BURST  : '--limit-burst' ;
SYN          : '--syn' ;
TCP_FLAGS    : '--tcp-flags' ;
LOG_PREFIX   : '--log-prefix' ;
LOG_LEVEL    : '--log-level' ;
LOG_TCP_SEQUENCE : '--log-tcp-sequence' ;
LOG_TCP_OPTIONS  : '--log-tcp-options' ;
LOG_IP_OPTIONS   : '--log-ip-options' ;
LOG_UID      : '--log-uid' ;
LOG_MACDECODE: '--log-macdecode' ;
NFLOG_GROUP  : '--nflog-group' ;
NFLOG_PREFIX : '--nflog-prefix' ;
NFLOG_RANGE  : '--nflog-range' ;
NFLOG_SIZE   : '--nflog-size' ;
NFLOG_THRESHOLD : '--nflog-threshold' ;
REJECT_WITH  : '--reject-with' ;

BANG   : '!' ;
// iptables-save quotes with double quotes and backslash escapes; iptables-restore also takes single quotes
STRING : '"' ( '\\' . | ~["\\\r\n] )* '"' | '\'' ( '\\' . | ~['\\\r\n] )* '\'' ;
// names, addresses, ports (a:b), lists (a,b), ranges (a-b), rates (10/sec); IPv6 addresses may start with ':'
ATOM   : [A-Za-z0-9_./:,+@%=\-] [A-Za-z0-9_./:,+@%=\-]* ;
WS     : [ \t]+ -> skip ;
BAD    : . ;
