// The zonec policy language: sites, services, zones with assets, conduits with allow rules,
// reachability requirements, and explicit acceptances of port-level enforcement.
// Names may be keywords (a zone called `safety` is legal), so the parser uses `ident`, never NAME.
grammar Zc;

file : statement* EOF ;

statement
    : siteDecl
    | serviceDecl
    | zoneDecl
    | conduitDecl
    | requireDecl
    | acceptDecl
    | waiverDecl
    ;

// site port-terminal "Bulk liquid terminal"
siteDecl : SITE name=ident description=STRING? ;

// service wsus tcp/8530-8531            service control modbus, enip, s7
serviceDecl : SERVICE name=ident serviceTerm (COMMA serviceTerm)* ;

serviceTerm
    : protocol (SLASH first=INT (MINUS last=INT | SLASH code=INT)?)?   # portTerm
    | serviceRef                                                     # refTerm
    ;

protocol : TCP | UDP | ICMP | ICMP6 ;

// modbus, modbus.read, wsus
serviceRef : name=ident (DOT functionClass=ident)? ;

zoneDecl : ZONE name=ident description=STRING? LBRACE zoneItem* RBRACE ;

// `transit`: the zone's network carries other zones' traffic (a WAN, backbone or core segment); nothing else does.
// An asset gives at most one address per IP version: asset broker 10.30.0.30, fd12:3456:30::30

zoneItem
    : LEVEL (INT | DECIMAL)                                         # levelItem
    | SL securityLevel                                              # slItem
    | SAFETY                                                        # safetyItem
    | TRANSIT                                                       # transitItem
    | NO_TRANSIT                                                    # noTransitItem
    | EXTERNAL                                                      # externalItem
    | SUBNET address (COMMA address)*                               # subnetItem
    | ASSET name=ident familyIndex? address (COMMA address)* description=STRING? assetAttributes?  # assetItem
    ;

securityLevel
    : INT                                                           # scalarSl
    | LBRACE (ident INT)* RBRACE                                    # vectorSl
    ;

familyIndex : LBRACK first=INT RANGE last=INT RBRACK ;

assetAttributes : LBRACE ident* RBRACE ;

// 10.1.1.11   10.1.3.64/26   10.20.0.21-10.20.0.24   2001:db8:1::/64
address
    : ADDR SLASH INT                                                # prefixAddress
    | from=ADDR MINUS to=ADDR                                       # rangeAddress
    | ADDR                                                          # singleAddress
    ;

// conduit supervisory -> tank-farm { ... }   conduit plc-control: supervisory -> tank-farm, transload { ... }
conduitDecl
    : CONDUIT (name=ident COLON)? from=zoneList ARROW to=zoneList description=STRING?
      LBRACE conduitItem* RBRACE
    ;

zoneList : ident (COMMA ident)* ;

// allow hmi[*] -> plc[*] : modbus log as hmi-polling   (`as NAME` names the rule for the configs; see docs/naming.md)
conduitItem
    : SL INT                                                        # conduitSl
    | ALLOW src=endpointList ARROW dst=endpointList COLON serviceList LOG? (AS name=ident)?   # allowRule
    ;

endpointList : endpoint (COMMA endpoint)* ;

// `device sw-core, sw-vru`: the devices themselves (their addresses on the conduit's destination zones), for their
// own traffic; every name after `device` to the end of the list is a device
endpoint
    : ANY                                                           # anyEndpoint
    | DEVICE ident (COMMA ident)*                                   # deviceEndpoint
    | ident selector?                                               # namedEndpoint
    ;

selector
    : LBRACK STAR RBRACK                                            # allMembers
    | LBRACK INT RBRACK                                             # oneMember
    | LBRACK first=INT RANGE last=INT RBRACK                        # memberRange
    ;

serviceList
    : ANY                                                           # anyService
    | serviceTerm (COMMA serviceTerm)*                              # someServices
    ;

// require no-path enterprise, vendor-remote -> tank-farm
// require via ot-dmz : enterprise -> tank-farm
// require isolated safety except supervisory, site-ops
requireDecl
    : REQUIRE NO_PATH from=zoneList ARROW to=zoneList                                   # noPathRequirement
    | REQUIRE VIA through=ident COLON from=zoneList ARROW to=zoneList                   # viaRequirement
    | REQUIRE ISOLATED zone=ident (EXCEPT allowed=zoneList)?                            # isolatedRequirement
    ;

// waive ZC0604 on conduit security-logging "why" owner "who" expires 2027-06-30
waiverDecl
    : WAIVE code=NAME ON waiverTarget justification=STRING OWNER owner=STRING EXPIRES DATE
    ;

waiverTarget
    : CONDUIT ident                                                 # conduitTarget
    | DEVICE ident                                                  # deviceTarget
    | ZONE ident                                                    # zoneTarget
    | FLOW src=flowEnd ARROW dst=flowEnd                            # flowTarget
    ;

flowEnd : ANY | ident ;

// accept port-level modbus.read on sw-core, sw-vru "why this is acceptable"
acceptDecl : ACCEPT PORT_LEVEL serviceRef (COMMA serviceRef)* ON ident (COMMA ident)* justification=STRING ;

ident
    : NAME
    | SITE | SERVICE | ZONE | LEVEL | SL | SAFETY | TRANSIT | NO_TRANSIT | SUBNET | ASSET | CONDUIT | ALLOW
    | LOG | REQUIRE | NO_PATH | ACCEPT | PORT_LEVEL | ON | TCP | UDP | ICMP | ICMP6
    | EXTERNAL | VIA | ISOLATED | EXCEPT | WAIVE | OWNER | EXPIRES | DEVICE | FLOW | AS
    ;

// ---- lexer ----

SITE       : 'site' ;
SERVICE    : 'service' ;
ZONE       : 'zone' ;
LEVEL      : 'level' ;
SL         : 'sl' ;
SAFETY     : 'safety' ;
TRANSIT    : 'transit' ;
NO_TRANSIT : 'no-transit' ;
SUBNET     : 'subnet' ;
ASSET      : 'asset' ;
CONDUIT    : 'conduit' ;
ALLOW      : 'allow' ;
LOG        : 'log' ;
ANY        : 'any' ;
REQUIRE    : 'require' ;
NO_PATH    : 'no-path' ;
ACCEPT     : 'accept' ;
PORT_LEVEL : 'port-level' ;
ON         : 'on' ;
TCP        : 'tcp' ;
UDP        : 'udp' ;
ICMP       : 'icmp' ;
ICMP6      : 'icmp6' ;
EXTERNAL   : 'external' ;
VIA        : 'via' ;
ISOLATED   : 'isolated' ;
EXCEPT     : 'except' ;
WAIVE      : 'waive' ;
OWNER      : 'owner' ;
EXPIRES    : 'expires' ;
DEVICE     : 'device' ;
FLOW       : 'flow' ;
AS         : 'as' ;

ARROW  : '->' ;
RANGE  : '..' ;
LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
COMMA  : ',' ;
COLON  : ':' ;
SLASH  : '/' ;
MINUS  : '-' ;
DOT    : '.' ;
STAR   : '*' ;

// An address is validated by the resolver (IPAddress); the lexer only finds its extent.
// IPv6 needs at least two colons so that `a:b` (a name and a colon) never lexes as an address.
ADDR
    : DIGIT+ '.' DIGIT+ '.' DIGIT+ '.' DIGIT+
    | HEX* ':' HEX* ':' (HEX | ':')* ('.' DIGIT+ '.' DIGIT+ '.' DIGIT+)?
    ;

DATE    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
DECIMAL : DIGIT+ '.' DIGIT+ ;
INT     : DIGIT+ ;

// Names never end in '-' so that `ews->plc` lexes as ews, ->, plc.
NAME : [a-zA-Z] ([a-zA-Z0-9_-]* [a-zA-Z0-9_])? ;

// One line, no raw control characters; \" and \\ are the only escapes.
STRING : '"' (~["\\\r\n\t] | '\\' ["\\])* '"' ;

COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\r\n]+ -> skip ;

// Anything else is one bad character; the parser reports it with its position.
BAD_CHAR : . ;

fragment DIGIT : [0-9] ;
fragment HEX   : [0-9a-fA-F] ;
