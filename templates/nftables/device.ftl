#!/usr/sbin/nft -f
<#-- Linux nftables ruleset. Logic-free: the view holds every line, validated. -->
<#list view.header as line>
# ${line}
</#list>

table inet zonec
delete table inet zonec

table inet zonec {
<#list view.sets as set>
    set ${set.name} {
        type ${set.type}
        flags interval
        elements = { ${set.elements} }
    }

</#list>
    chain forward {
        type filter hook forward priority filter; policy drop;
        ct state established,related accept
        ct state invalid drop
<#list view.rules as rule>
        ${rule}
</#list>
        limit rate 10/second burst 20 packets log prefix "zonec drop: " drop
    }
}
