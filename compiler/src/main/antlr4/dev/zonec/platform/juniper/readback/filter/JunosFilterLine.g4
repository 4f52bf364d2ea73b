// One command of a Junos (EX, QFX, MX) configuration in `set` form, for zonec's read-back: stateless firewall
// filters of family inet and inet6, prefix lists, and the filters bound to logical units. The reader keeps the
// candidate configuration between lines (`delete`, `deactivate`, `insert` edit it), so the file is read as the
// configuration it leaves behind. A line this grammar does not accept is reported, never guessed.
grammar JunosFilterLine;
import JunosSetCommon, JunosSetLexer;

line : (SET statement | edit)? EOF ;

statement
    : FIREWALL (FAMILY family=(INET | INET6))? FILTER name=word TERM term=word termItem      # termStatement
    | FIREWALL (FAMILY family=(INET | INET6))? FILTER name=word filterSetting                # filterSettingStatement
    | FIREWALL POLICER word*                                                                 # policerStatement
    | POLICY_OPTIONS PREFIX_LIST name=word prefix=word                                       # prefixListStatement
    | POLICY_OPTIONS ~(PREFIX_LIST | LBRACE | RBRACE | SEMI) word*                           # policyOptionsStatement
    | INTERFACES ifd=word UNIT unit=word FAMILY family=(INET | INET6) FILTER binding          # bindingStatement
    | INTERFACES ~(FILTER | LBRACE | RBRACE | SEMI)*                                         # interfaceStatement
    | ignoredHierarchy word*                                                                 # ignoredStatement
    ;

filterSetting
    : INTERFACE_SPECIFIC | PHYSICAL_INTERFACE_FILTER | DESCRIPTION word ;

termItem
    : FROM fromItem+                                                                         # termFrom
    | THEN thenItem+                                                                         # termThen
    | FILTER word                                                                            # termFilter
    ;

fromItem
    : kind=(SOURCE_ADDRESS | DESTINATION_ADDRESS | ADDRESS) value=word EXCEPT?               # addressItem
    | kind=(SOURCE_PREFIX_LIST | DESTINATION_PREFIX_LIST | PREFIX_LIST) name=word EXCEPT?    # prefixListItem
    | kind=(PROTOCOL | PROTOCOL_EXCEPT | NEXT_HEADER | NEXT_HEADER_EXCEPT | PAYLOAD_PROTOCOL
           | PAYLOAD_PROTOCOL_EXCEPT) values                                                 # protocolItem
    | kind=(SOURCE_PORT | SOURCE_PORT_EXCEPT | DESTINATION_PORT | DESTINATION_PORT_EXCEPT | PORT
           | PORT_EXCEPT) values                                                             # portItem
    | kind=(ICMP_TYPE | ICMP_TYPE_EXCEPT | ICMP_CODE | ICMP_CODE_EXCEPT) values              # icmpItem
    | TCP_ESTABLISHED                                                                        # establishedItem
    | TCP_INITIAL                                                                            # initialItem
    ;

thenItem
    : ACCEPT                                                                                 # acceptAction
    | DISCARD                                                                                # discardAction
    | REJECT ATOM?                                                                           # rejectAction
    | NEXT TERM                                                                              # nextTermAction
    | COUNT word                                                                             # countAction
    | (LOG | SYSLOG | SAMPLE)                                                                # logAction
    | POLICER word                                                                           # policerAction
    | (FORWARDING_CLASS | LOSS_PRIORITY) word                                                # classAction
    ;

binding
    : direction=(INPUT | OUTPUT) name=word                                                   # singleBinding
    | direction=(INPUT_LIST | OUTPUT_LIST) values                                            # listBinding
    ;
