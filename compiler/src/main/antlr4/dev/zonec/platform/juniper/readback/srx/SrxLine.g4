// One command of a Juniper SRX configuration in `set` form, for zonec's read-back: security zones and their
// interfaces, address books, applications and application sets, security policies, the default policy. The reader
// keeps the candidate configuration between lines (`delete`, `deactivate`, `insert` edit it), so the file is read
// as the configuration it leaves behind. A line this grammar does not accept is reported, never guessed.
grammar SrxLine;
import JunosSetCommon, JunosSetLexer;

line : (SET statement | edit)? EOF ;

statement
    : SECURITY ZONES SECURITY_ZONE zone=word ADDRESS_BOOK bookItem                     # zoneBookStatement
    | SECURITY ZONES SECURITY_ZONE zone=word zoneItem                                  # zoneStatement
    | SECURITY ADDRESS_BOOK book=word bookItem                                         # bookStatement
    | SECURITY POLICIES context POLICY name=word policyItem                             # policyStatement
    | SECURITY POLICIES DEFAULT_POLICY action=(DENY_ALL | PERMIT_ALL)                   # defaultPolicyStatement
    | SECURITY POLICIES POLICY_REMATCH EXTENSIVE?                                      # rematchStatement
    | SECURITY FORWARDING_OPTIONS FAMILY INET6 MODE flowMode=word                         # inet6ModeStatement
    | APPLICATIONS APPLICATION name=word DESCRIPTION word                              # applicationDescription
    | APPLICATIONS APPLICATION name=word (TERM term=word)? applicationItem+            # applicationStatement
    | APPLICATIONS APPLICATION_SET name=word setMember                                 # applicationSetStatement
    | SECURITY ZONES FUNCTIONAL_ZONE word+                                             # functionalZoneStatement
    | SECURITY (SCREEN | FLOW | ALG | IDP | UTM | IKE | IPSEC | PKI | SSH_KNOWN_HOSTS | APPLICATION_TRACKING | LOG)
      word*                                                                            # securityServiceStatement
    | INTERFACES ~(FILTER | LBRACE | RBRACE | SEMI)*                                   # interfaceStatement
    | (FIREWALL | POLICY_OPTIONS) word*                                                # unboundStatement
    | ignoredHierarchy word*                                                           # ignoredStatement
    ;

zoneItem
    : INTERFACES ifl=word word*                                                        # zoneInterface
    | DESCRIPTION word                                                                 # zoneDescription
    | (HOST_INBOUND_TRAFFIC | SCREEN | TCP_RST | APPLICATION_TRACKING) word*            # zoneSetting
    ;

bookItem
    : ADDRESS name=word DESCRIPTION word                                               # addressDescription
    | ADDRESS name=word RANGE_ADDRESS low=word TO high=word                            # addressRange
    | ADDRESS name=word WILDCARD_ADDRESS value=word                                    # addressWildcard
    | ADDRESS name=word DNS_NAME word+                                                 # addressDns
    | ADDRESS name=word prefix=word                                                    # addressPrefix
    | ADDRESS_SET name=word ADDRESS member=word                                        # setAddress
    | ADDRESS_SET name=word ADDRESS_SET member=word                                    # setNested
    | ADDRESS_SET name=word DESCRIPTION word                                           # setDescription
    | ATTACH ZONE zone=word                                                            # bookAttach
    | DESCRIPTION word                                                                 # bookDescription
    ;

context
    : FROM_ZONE from=word TO_ZONE to=word                                              # zonePairContext
    | GLOBAL                                                                           # globalContext
    ;

policyItem
    : MATCH matchItem+                                                                 # policyMatch
    | THEN thenItem+                                                                   # policyThen
    | DESCRIPTION word                                                                 # policyDescription
    | SCHEDULER_NAME word                                                              # policyScheduler
    ;

matchItem
    : SOURCE_ADDRESS values                                                            # matchSource
    | DESTINATION_ADDRESS values                                                       # matchDestination
    | APPLICATION values                                                               # matchApplication
    | SOURCE_ADDRESS_EXCLUDED                                                          # matchSourceExcluded
    | DESTINATION_ADDRESS_EXCLUDED                                                     # matchDestinationExcluded
    | FROM_ZONE values                                                                 # matchFromZone
    | TO_ZONE values                                                                   # matchToZone
    | DYNAMIC_APPLICATION values                                                       # matchDynamicApplication
    ;

thenItem
    : PERMIT                                                                           # thenPermit
    | DENY                                                                             # thenDeny
    | REJECT                                                                           # thenReject
    | LOG (SESSION_INIT | SESSION_CLOSE)*                                              # thenLog
    | COUNT                                                                            # thenCount
    ;

applicationItem
    : PROTOCOL word                                                                    # appProtocol
    | DESTINATION_PORT word                                                            # appDestinationPort
    | SOURCE_PORT word                                                                 # appSourcePort
    | ICMP_TYPE word                                                                   # appIcmpType
    | ICMP_CODE word                                                                   # appIcmpCode
    | ICMP6_TYPE word                                                                  # appIcmp6Type
    | ICMP6_CODE word                                                                  # appIcmp6Code
    | INACTIVITY_TIMEOUT word                                                          # appTimeout
    | (APPLICATION_PROTOCOL | ALG) word                                                # appAlg
    ;

setMember
    : APPLICATION name=word                                                            # memberApplication
    | APPLICATION_SET name=word                                                        # memberSet
    | DESCRIPTION word                                                                 # memberDescription
    ;
