<#-- Linux nftables: one table of zonec's own, replaced atomically by `nft -f`; nothing else of the host is touched.
     Its forward chain judges what the host forwards, its input chain what arrives for the host itself, both only
     through the inventory's interfaces.
     The view holds values (typed, validated; comments reduced to what a quoted nft string may hold); this template
     writes the nft syntax. Every ${...} is escaped for nft, and every line is marked with what it is for (<@rule>, <@part>): the source map. -->
<#assign l4proto = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "ipv6-icmp", "OSPF": "89", "VRRP": "112"}>
<#assign icmp = {"ICMP": "icmp", "ICMP6": "icmpv6"}>
<#function port p><#return p.isSingle()?then(p.first?c, p.first + "-" + p.last)></#function>
<#macro interfaces names><#if names?size == 1>"${names[0]}"<#else>{ <#list names as n>"${n}"<#sep>, </#list> }</#if></#macro>
<#macro address a><#switch a.kind><#case "SINGLE">${a.values[0]}<#break><#case "SET">@${a.values[0]}<#break><#default>{ <#list a.values as v>${v}<#sep>, </#list> }</#switch></#macro>
<#macro match m><#switch m.kind><#case "PROTOCOL"> meta l4proto ${l4proto[m.protocol]}<#break><#case "PORTS"><#if !m.sourcePorts.isAll()> ${l4proto[m.protocol]} sport ${port(m.sourcePorts)}</#if> ${l4proto[m.protocol]} dport <#if m.ports?size == 1>${port(m.ports[0])}<#else>{ <#list m.ports as p>${port(p)}<#sep>, </#list> }</#if><#break><#case "ICMP"> ${icmp[m.protocol]} type ${m.icmpType[0]}<#list m.icmpCode as c> ${icmp[m.protocol]} code ${c}</#list><#break><#default></#switch></#macro>
<@part name="header">
#!/usr/sbin/nft -f
<#list view.header as line>
# ${line}
</#list>

</@part>
<@part name="removal">
table inet zonec
delete table inet zonec

table inet zonec {
</@part>
<#list view.sets as set>
<@rule of=set>
    set ${set.name} {
        type ${set.v6?then("ipv6_addr", "ipv4_addr")}
        flags interval
        elements = { <#list set.elements as e>${e}<#sep>, </#list> }
    }

</@rule>
</#list>
<@part name="state">
    chain forward {
        type filter hook forward priority filter; policy accept;
        iifname != { <#list view.interfaces as n>"${n}"<#sep>, </#list> } oifname != { <#list view.interfaces as n>"${n}"<#sep>, </#list> } accept comment "not through an inventory interface: left to the host"
        ct state established,related counter accept
        ct state invalid counter drop
</@part>
<#list view.rules as r>
<#assign ip = r.v6?then("ip6", "ip")>
<@rule of=r>
        iifname <@interfaces r.in/> oifname <@interfaces r.out/> ${ip} saddr <@address r.source/> ${ip} daddr <@address r.destination/><@match r.match/> counter <#if r.logPrefix?has_content>log prefix "${r.logPrefix}" </#if>accept comment "${r.comment}"
</@rule>
</#list>
<@part name="default deny">
        limit rate 10/second burst 20 packets log prefix "zonec drop: "
        counter drop comment "zonec: everything the policy does not allow"
    }

</@part>
<@part name="state">
    chain input {
        type filter hook input priority filter; policy accept;
        iifname != { <#list view.interfaces as n>"${n}"<#sep>, </#list> } accept comment "not through an inventory interface: left to the host"
        ct state established,related counter accept
</@part>
<@part name="neighbour discovery">
        meta nfproto ipv6 icmpv6 type 133 counter accept comment "router solicitation"
        meta nfproto ipv6 icmpv6 type 135 counter accept comment "neighbour solicitation"
        meta nfproto ipv6 icmpv6 type 136 counter accept comment "neighbour advertisement"
</@part>
<@part name="state">
        ct state invalid counter drop
</@part>
<#list view.input as r>
<#assign ip = r.v6?then("ip6", "ip")>
<@rule of=r>
        iifname <@interfaces r.in/> ${ip} saddr <@address r.source/> ${ip} daddr <@address r.destination/><@match r.match/> counter <#if r.logPrefix?has_content>log prefix "${r.logPrefix}" </#if>accept comment "${r.comment}"
</@rule>
</#list>
<@part name="default deny">
        limit rate 10/second burst 20 packets log prefix "zonec input drop: "
        counter drop comment "zonec: traffic to this host the policy does not allow"
    }
}
</@part>
