// One line of a PAN-OS configuration in `set` format (configuration-mode commands, or `show` output with
// `set cli config-output-format set`), for zonec's read-back. The read-back is a second, independent reading of
// what zonec wrote: it covers the subset zonec emits (zones, address and service objects and groups, custom ICMP
// applications, security rules) and the common forms around it (vsys and shared locations, ip-wildcard and fqdn
// addresses, source ports, application groups, negation, rule types, disabled rules, profiles, default rule
// overrides, move and rename). Every set-format line carries its whole path, so the reader needs no block context.
// A line this grammar does not accept is reported, never guessed.
grammar PaloAltoPanosLine;

line : statement? EOF ;

statement
    : SET location? ZONE name=value NETWORK zoneMode=word members?                                      # zoneNetwork
    | SET location? ZONE name=value setting=word anything*                                          # zoneSetting
    | SET location? ADDRESS name=value addressField+                                                # address
    | SET location? ADDRESS_GROUP name=value groupField+                                            # addressGroup
    | SET location? SERVICE name=value serviceField+                                                # service
    | SET location? SERVICE_GROUP name=value serviceGroupField+                                     # serviceGroup
    | SET location? APPLICATION name=value applicationField+                                        # application
    | SET location? APPLICATION_GROUP name=value MEMBERS members                                     # applicationGroup
    | SET location? RULEBASE SECURITY RULES name=value ruleField*                                   # securityRule
    | SET location? RULEBASE DEFAULT_SECURITY_RULES RULES name=value defaultRuleField+              # defaultRule
    | SET location? ignoredSection anything*                                                        # ignored
    | DELETE location? RULEBASE SECURITY RULES name=value field=(FROM | TO | SOURCE | DESTINATION | SOURCE_USER
          | CATEGORY | APPLICATION | SERVICE | TAG)                                                  # deleteRuleField
    | DELETE location? RULEBASE SECURITY RULES name=value?                                          # deleteRules
    | DELETE location? kind=objectKind name=value                                                   # deleteObject
    | DELETE location? ZONE name=value (NETWORK zoneMode=word members?)?                                # deleteZone
    | MOVE location? RULEBASE SECURITY RULES name=value (TOP | BOTTOM | (BEFORE | AFTER) other=value) # moveRule
    | RENAME location? RULEBASE SECURITY RULES name=value TO newName=value                          # renameRule
    ;

// `vsys vsys1` on a multi-vsys firewall (and in some exports), `shared` for objects every vsys sees
location : VSYS value | SHARED ;

addressField
    : kind=(IP_NETMASK | IP_RANGE | IP_WILDCARD | FQDN) value                                        # addressValue
    | (DESCRIPTION value | TAG members | DISABLE_OVERRIDE word)                                     # addressNote
    ;

groupField
    : STATIC members                                                                                # groupStatic
    | DYNAMIC FILTER value                                                                          # groupDynamic
    | (DESCRIPTION value | TAG members | DISABLE_OVERRIDE word)                                     # groupNote
    ;

serviceField
    : PROTOCOL proto=(TCP | UDP | SCTP) portField*                                                  # serviceProtocol
    | (DESCRIPTION value | TAG members | DISABLE_OVERRIDE word)                                     # serviceNote
    ;

portField
    : PORT value                                                                                    # destinationPort
    | SOURCE_PORT value                                                                             # sourcePort
    | OVERRIDE word ((TIMEOUT | HALFCLOSE_TIMEOUT | TIMEWAIT_TIMEOUT) word)*                         # portOverride
    ;

serviceGroupField : MEMBERS members | TAG members ;

// custom applications: zonec writes ICMP ones (`default ident-by-icmp-type type 3 code 4`)
applicationField
    : DEFAULT kind=(IDENT_BY_ICMP_TYPE | IDENT_BY_ICMP6_TYPE) (TYPE type=word)? (CODE code=word)?  # applicationIcmp
    | DEFAULT other=word members                                                                    # applicationOtherDefault
    | applicationProperty value                                                                     # applicationNote
    ;

applicationProperty
    : CATEGORY | SUBCATEGORY | TECHNOLOGY | RISK | DESCRIPTION | PARENT_APP | TIMEOUT | TCP_TIMEOUT | UDP_TIMEOUT
    | ABLE_TO_TRANSFER_FILE | CONSUME_BIG_BANDWIDTH | EVASIVE_BEHAVIOR | HAS_KNOWN_VULNERABILITY | PERVASIVE_USE
    | PROHIBITED | TUNNEL_APPLICATIONS | TUNNEL_OTHER_APPLICATION | USED_BY_MALWARE | TAG | DISABLE_OVERRIDE
    ;

ruleField
    : kind=(FROM | TO | SOURCE | DESTINATION | SOURCE_USER | CATEGORY | APPLICATION | SERVICE | SOURCE_HIP
          | DESTINATION_HIP | HIP_PROFILES) members                                                 # ruleList
    | ACTION action=word                                                                            # ruleAction
    | kind=(DISABLED | NEGATE_SOURCE | NEGATE_DESTINATION) flag=word                                # ruleFlag
    | RULE_TYPE type=word                                                                           # ruleType
    | SCHEDULE value                                                                                # ruleSchedule
    | (LOG_START word | LOG_END word | LOG_SETTING value | TAG members | GROUP_TAG value | UUID value
      | DESCRIPTION value | ICMP_UNREACHABLE word | OPTION DISABLE_SERVER_RESPONSE_INSPECTION word
      | PROFILE_SETTING (GROUP members | PROFILES (profileKind members)+))                          # ruleNote
    ;

profileKind
    : VIRUS | SPYWARE | VULNERABILITY | URL_FILTERING | FILE_BLOCKING | WILDFIRE_ANALYSIS | DATA_FILTERING ;

defaultRuleField
    : ACTION action=word                                                                            # defaultAction
    | (LOG_START word | LOG_END word | LOG_SETTING value | PROFILE_SETTING GROUP members)            # defaultNote
    ;

// top-level parts of the configuration that do not decide what the security rule base forwards
ignoredSection
    : DEVICECONFIG | MGT_CONFIG | NETWORK | TAG | PROFILES | PROFILE_GROUP | LOG_SETTINGS | SCHEDULE | IMPORT
    | DISPLAY_NAME | SETTING | SERVER_PROFILE | AUTHENTICATION_PROFILE | RESPONSE_PAGE | REPORTS | REPORT_GROUP
    | EMAIL_SCHEDULER | PDF_SUMMARY_REPORT | THREATS | ADMIN_ROLE | LOCAL_USER_DATABASE | CERTIFICATE
    | CERTIFICATE_PROFILE | SSL_TLS_SERVICE_PROFILE ;

objectKind : ADDRESS | ADDRESS_GROUP | SERVICE | SERVICE_GROUP | APPLICATION | APPLICATION_GROUP | TAG ;

members : value | LBRACK value* RBRACK ;

anything : value | LBRACK | RBRACK ;

value : word | STRING ;

word
    : ATOM | SET | DELETE | MOVE | RENAME | VSYS | SHARED | ZONE | NETWORK | ADDRESS | ADDRESS_GROUP | SERVICE
    | SERVICE_GROUP | APPLICATION | APPLICATION_GROUP | RULEBASE | SECURITY | RULES | DEFAULT_SECURITY_RULES
    | IP_NETMASK | IP_RANGE | IP_WILDCARD | FQDN | DESCRIPTION | TAG | DISABLE_OVERRIDE | STATIC | DYNAMIC | FILTER
    | PROTOCOL | TCP | UDP | SCTP | PORT | SOURCE_PORT | OVERRIDE | TIMEOUT | HALFCLOSE_TIMEOUT | TIMEWAIT_TIMEOUT
    | MEMBERS | DEFAULT | IDENT_BY_ICMP_TYPE | IDENT_BY_ICMP6_TYPE | TYPE | CODE | CATEGORY | SUBCATEGORY
    | TECHNOLOGY | RISK | PARENT_APP | TCP_TIMEOUT | UDP_TIMEOUT | ABLE_TO_TRANSFER_FILE | CONSUME_BIG_BANDWIDTH
    | EVASIVE_BEHAVIOR | HAS_KNOWN_VULNERABILITY | PERVASIVE_USE | PROHIBITED | TUNNEL_APPLICATIONS
    | TUNNEL_OTHER_APPLICATION | USED_BY_MALWARE | FROM | TO | SOURCE | DESTINATION | SOURCE_USER | SOURCE_HIP
    | DESTINATION_HIP | HIP_PROFILES | ACTION | DISABLED | NEGATE_SOURCE | NEGATE_DESTINATION | RULE_TYPE | SCHEDULE
    | LOG_START | LOG_END | LOG_SETTING | GROUP_TAG | UUID | ICMP_UNREACHABLE | OPTION
    | DISABLE_SERVER_RESPONSE_INSPECTION | PROFILE_SETTING | GROUP | PROFILES | VIRUS | SPYWARE | VULNERABILITY
    | URL_FILTERING | FILE_BLOCKING | WILDFIRE_ANALYSIS | DATA_FILTERING | TOP | BOTTOM | BEFORE | AFTER
    | DEVICECONFIG | MGT_CONFIG | PROFILE_GROUP | LOG_SETTINGS | IMPORT | DISPLAY_NAME | SETTING | SERVER_PROFILE
    | AUTHENTICATION_PROFILE | RESPONSE_PAGE | REPORTS | REPORT_GROUP | EMAIL_SCHEDULER | PDF_SUMMARY_REPORT
    | THREATS | ADMIN_ROLE | LOCAL_USER_DATABASE | CERTIFICATE | CERTIFICATE_PROFILE | SSL_TLS_SERVICE_PROFILE
    ;

SET : 'set' ; DELETE : 'delete' ; MOVE : 'move' ; RENAME : 'rename' ; VSYS : 'vsys' ; SHARED : 'shared' ;
ZONE : 'zone' ; NETWORK : 'network' ; ADDRESS : 'address' ; ADDRESS_GROUP : 'address-group' ;
SERVICE : 'service' ; SERVICE_GROUP : 'service-group' ; APPLICATION : 'application' ;
APPLICATION_GROUP : 'application-group' ; RULEBASE : 'rulebase' ; SECURITY : 'security' ; RULES : 'rules' ;
DEFAULT_SECURITY_RULES : 'default-security-rules' ; IP_NETMASK : 'ip-netmask' ; IP_RANGE : 'ip-range' ;
IP_WILDCARD : 'ip-wildcard' ; FQDN : 'fqdn' ; DESCRIPTION : 'description' ; TAG : 'tag' ;
DISABLE_OVERRIDE : 'disable-override' ; STATIC : 'static' ; DYNAMIC : 'dynamic' ; FILTER : 'filter' ;
PROTOCOL : 'protocol' ; TCP : 'tcp' ; UDP : 'udp' ; SCTP : 'sctp' ; PORT : 'port' ; SOURCE_PORT : 'source-port' ;
OVERRIDE : 'override' ; TIMEOUT : 'timeout' ; HALFCLOSE_TIMEOUT : 'halfclose-timeout' ;
TIMEWAIT_TIMEOUT : 'timewait-timeout' ; MEMBERS : 'members' ; DEFAULT : 'default' ;
IDENT_BY_ICMP_TYPE : 'ident-by-icmp-type' ; IDENT_BY_ICMP6_TYPE : 'ident-by-icmp6-type' ; TYPE : 'type' ;
CODE : 'code' ; CATEGORY : 'category' ; SUBCATEGORY : 'subcategory' ; TECHNOLOGY : 'technology' ; RISK : 'risk' ;
PARENT_APP : 'parent-app' ; TCP_TIMEOUT : 'tcp-timeout' ; UDP_TIMEOUT : 'udp-timeout' ;
ABLE_TO_TRANSFER_FILE : 'able-to-transfer-file' ; CONSUME_BIG_BANDWIDTH : 'consume-big-bandwidth' ;
EVASIVE_BEHAVIOR : 'evasive-behavior' ; HAS_KNOWN_VULNERABILITY : 'has-known-vulnerability' ;
PERVASIVE_USE : 'pervasive-use' ; PROHIBITED : 'prohibited' ; TUNNEL_APPLICATIONS : 'tunnel-applications' ;
TUNNEL_OTHER_APPLICATION : 'tunnel-other-application' ; USED_BY_MALWARE : 'used-by-malware' ;
FROM : 'from' ; TO : 'to' ; SOURCE : 'source' ; DESTINATION : 'destination' ; SOURCE_USER : 'source-user' ;
SOURCE_HIP : 'source-hip' ; DESTINATION_HIP : 'destination-hip' ; HIP_PROFILES : 'hip-profiles' ;
ACTION : 'action' ; DISABLED : 'disabled' ; NEGATE_SOURCE : 'negate-source' ;
NEGATE_DESTINATION : 'negate-destination' ; RULE_TYPE : 'rule-type' ; SCHEDULE : 'schedule' ;
LOG_START : 'log-start' ; LOG_END : 'log-end' ; LOG_SETTING : 'log-setting' ; GROUP_TAG : 'group-tag' ;
UUID : 'uuid' ; ICMP_UNREACHABLE : 'icmp-unreachable' ; OPTION : 'option' ;
DISABLE_SERVER_RESPONSE_INSPECTION : 'disable-server-response-inspection' ; PROFILE_SETTING : 'profile-setting' ;
GROUP : 'group' ; PROFILES : 'profiles' ; VIRUS : 'virus' ; SPYWARE : 'spyware' ; VULNERABILITY : 'vulnerability' ;
URL_FILTERING : 'url-filtering' ; FILE_BLOCKING : 'file-blocking' ; WILDFIRE_ANALYSIS : 'wildfire-analysis' ;
DATA_FILTERING : 'data-filtering' ; TOP : 'top' ; BOTTOM : 'bottom' ; BEFORE : 'before' ; AFTER : 'after' ;
DEVICECONFIG : 'deviceconfig' ; MGT_CONFIG : 'mgt-config' ; PROFILE_GROUP : 'profile-group' ;
LOG_SETTINGS : 'log-settings' ; IMPORT : 'import' ; DISPLAY_NAME : 'display-name' ; SETTING : 'setting' ;
SERVER_PROFILE : 'server-profile' ; AUTHENTICATION_PROFILE : 'authentication-profile' ;
RESPONSE_PAGE : 'response-page' ; REPORTS : 'reports' ; REPORT_GROUP : 'report-group' ;
EMAIL_SCHEDULER : 'email-scheduler' ; PDF_SUMMARY_REPORT : 'pdf-summary-report' ; THREATS : 'threats' ;
ADMIN_ROLE : 'admin-role' ; LOCAL_USER_DATABASE : 'local-user-database' ; CERTIFICATE : 'certificate' ;
CERTIFICATE_PROFILE : 'certificate-profile' ; SSL_TLS_SERVICE_PROFILE : 'ssl-tls-service-profile' ;

LBRACK : '[' ; RBRACK : ']' ;
STRING : '"' ~["\r\n]* '"' | '\'' ~['\r\n]* '\'' ;
ATOM   : ~[ \t\r\n"'[\]]+ ;
WS     : [ \t]+ -> skip ;
