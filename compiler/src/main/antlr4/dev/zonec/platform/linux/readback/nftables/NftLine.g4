// One line of an nftables ruleset file (`nft -f` input), for zonec's read-back. The read-back is a second,
// independent reading of what zonec wrote: it covers the subset zonec emits and the common forms around it.
// Lines are parsed one at a time; the reader keeps the table/set/chain context between lines. A line this grammar
// does not accept is reported, never guessed.
grammar NftLine;

line : statement? EOF ;

statement
    : TABLE family=word name=word LBRACE?                                  # tableLine
    | (DELETE | FLUSH) TABLE family=word name=word                         # dropTableLine
    | SET name=word LBRACE                                                 # setOpen
    | TYPE word                                                            # setTypeLine
    | FLAGS word (COMMA word)*                                             # flagsLine
    | ELEMENTS EQ LBRACE element (COMMA element)* COMMA? RBRACE            # elementsLine
    | CHAIN name=word LBRACE                                               # chainOpen
    | TYPE FILTER HOOK hook=word PRIORITY priority=word SEMI POLICY policy=verdict SEMI?   # chainTypeLine
    | RBRACE                                                               # closeLine
    | expression* verdict comment?                                         # ruleLine
    | expression+ comment?                                                 # statementLine
    ;

expression
    : (IIFNAME | OIFNAME) NEQ? names=nameSet                               # interfaceMatch
    | (IP | IP6) (SADDR | DADDR) addressSet                                # addressMatch
    | (TCP | UDP) (SPORT | DPORT) portSet                                  # portMatch
    | META L4PROTO word                                                    # protocolMatch
    | META NFPROTO word                                                    # familyMatch
    | (ICMP | ICMPV6) TYPE word                                            # icmpTypeMatch
    | (ICMP | ICMPV6) CODE word                                            # icmpCodeMatch
    | CT STATE word (COMMA word)*                                          # stateMatch
    | LIMIT RATE word (BURST word PACKETS)?                                # limitStatement
    | LOG (PREFIX STRING)?                                                 # logStatement
    | COUNTER                                                              # counterStatement
    ;

verdict : ACCEPT | DROP | REJECT ;

comment : COMMENT STRING ;

nameSet : STRING | LBRACE STRING (COMMA STRING)* RBRACE ;

addressSet : element | AT word | LBRACE element (COMMA element)* COMMA? RBRACE ;

portSet : word | LBRACE word (COMMA word)* COMMA? RBRACE ;

// an address, prefix or range: validated by the reader with IPAddress
element : word ;

word
    : ATOM | TABLE | DELETE | FLUSH | SET | TYPE | FLAGS | ELEMENTS | CHAIN | FILTER | HOOK | PRIORITY | POLICY
    | IIFNAME | OIFNAME | IP | IP6 | SADDR | DADDR | TCP | UDP | SPORT | DPORT | META | L4PROTO | NFPROTO | ICMP | ICMPV6
    | CODE | CT | STATE | LIMIT | RATE | BURST | PACKETS | LOG | PREFIX | COUNTER | ACCEPT | DROP | REJECT | COMMENT
    ;

TABLE : 'table' ; DELETE : 'delete' ; FLUSH : 'flush' ; SET : 'set' ; TYPE : 'type' ; FLAGS : 'flags' ;
ELEMENTS : 'elements' ; CHAIN : 'chain' ; FILTER : 'filter' ; HOOK : 'hook' ; PRIORITY : 'priority' ;
POLICY : 'policy' ; IIFNAME : 'iifname' ; OIFNAME : 'oifname' ; IP : 'ip' ; IP6 : 'ip6' ; SADDR : 'saddr' ;
DADDR : 'daddr' ; TCP : 'tcp' ; UDP : 'udp' ; SPORT : 'sport' ; DPORT : 'dport' ; META : 'meta' ;
L4PROTO : 'l4proto' ; NFPROTO : 'nfproto' ; ICMP : 'icmp' ; ICMPV6 : 'icmpv6' ; CODE : 'code' ; CT : 'ct' ; STATE : 'state' ;
LIMIT : 'limit' ; RATE : 'rate' ; BURST : 'burst' ; PACKETS : 'packets' ; LOG : 'log' ; PREFIX : 'prefix' ;
COUNTER : 'counter' ; ACCEPT : 'accept' ; DROP : 'drop' ; REJECT : 'reject' ; COMMENT : 'comment' ;

NEQ : '!=' ; LBRACE : '{' ; RBRACE : '}' ; COMMA : ',' ; SEMI : ';' ; EQ : '=' ; AT : '@' ;
STRING : '"' ~["\r\n]* '"' ;
ATOM   : [A-Za-z0-9_./:\-]+ ;
LINE_COMMENT : '#' ~[\r\n]* -> skip ;
WS     : [ \t]+ -> skip ;
BAD    : . ;
