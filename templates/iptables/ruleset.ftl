<#-- Linux iptables-restore / ip6tables-restore ruleset for one address family. Logic-free: the view holds every
     line, validated. Loading replaces the whole filter table; the lines are in iptables-save's own form. -->
<#list view.header as line>
# ${line}
</#list>
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:${view.chain} - [0:0]
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -m conntrack --ctstate INVALID -j DROP
-A FORWARD -j ${view.chain}
-A FORWARD ${view.dropLog}
-A FORWARD -j DROP
<#list view.rules as rule>
-A ${view.chain} ${rule}
</#list>
COMMIT
