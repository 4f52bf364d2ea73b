<#-- Linux iptables-restore / ip6tables-restore ruleset for one address family, in iptables-save's own form (a loaded
     file saves back line for line), loaded with --noflush: only zonec's own chains and its one jump in FORWARD are
     written; the built-in chains' policies and every other rule of the host stay as they are. The view holds values (typed,
     validated); this template writes the syntax, comments and log prefixes through quote(...), iptables-save's
     quoting. Every ${...} is escaped, and every line is marked with what it is for (<@rule>, <@part>). -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": view.v6?then("ipv6-icmp", "icmp"), "OSPF": "ospf", "VRRP": "vrrp"}>
<#function port p><#return p.isSingle()?then(p.first?c, p.first + ":" + p.last)></#function>
<#macro match r><#assign s = r.service><#if r.source.kind == "PREFIX"> -s ${r.source.address}/${r.source.length}</#if><#if r.destination.kind == "PREFIX"> -d ${r.destination.address}/${r.destination.length}</#if> -i ${r.in}<#if r.out?has_content> -o ${r.out}</#if><#if s.protocol != "NONE"> -p ${protocol[s.protocol]}</#if><#if r.source.kind == "RANGE" || r.destination.kind == "RANGE"> -m iprange<#if r.source.kind == "RANGE"> --src-range ${r.source.address}-${r.source.last}</#if><#if r.destination.kind == "RANGE"> --dst-range ${r.destination.address}-${r.destination.last}</#if></#if><#if s.protocol == "TCP" || s.protocol == "UDP"><#if s.destinationPorts?size == 1> -m ${protocol[s.protocol]}<#if !s.sourcePorts.isAll()> --sport ${port(s.sourcePorts)}</#if> --dport ${port(s.destinationPorts[0])}<#else><#if !s.sourcePorts.isAll()> -m ${protocol[s.protocol]} --sport ${port(s.sourcePorts)}</#if><#if s.destinationPorts?has_content> -m multiport --dports <#list s.destinationPorts as p>${port(p)}<#sep>,</#list></#if></#if><#elseif s.icmpType?has_content><#if s.protocol == "ICMP"> -m icmp --icmp-type<#else> -m icmp6 --icmpv6-type</#if> ${s.icmpType[0]}<#list s.icmpCode as c>/${c}</#list></#if> -m comment --comment ${quote(r.comment)}</#macro>
<@part name="header">
<#list view.header as line>
# ${comment(line)}
</#list>
</@part>
<@part name="state">
*filter
:${view.entry} - [0:0]
:${view.chain} - [0:0]
:${view.inputEntry} - [0:0]
:${view.inputChain} - [0:0]
-D INPUT -j ${view.inputEntry}
-I INPUT 1 -j ${view.inputEntry}
-D FORWARD -j ${view.entry}
-I FORWARD 1 -j ${view.entry}
<#list view.interfaces as i>
-A ${view.entry} -i ${i} -j ${view.chain}
</#list>
<#list view.interfaces as i>
-A ${view.entry} -o ${i} -j ${view.chain}
</#list>
-A ${view.chain} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A ${view.chain} -m conntrack --ctstate INVALID -j DROP
</@part>
<#list view.rules as r>
<@rule of=r>
<#if r.logPrefix?has_content>
-A ${view.chain}<@match r/> -j LOG --log-prefix ${quote(r.logPrefix)}
</#if>
-A ${view.chain}<@match r/> -j ACCEPT
</@rule>
</#list>
<@part name="default deny">
-A ${view.chain} -m limit --limit 10/sec --limit-burst 20 -j LOG --log-prefix ${quote("zonec drop: ")}
-A ${view.chain} -j DROP
</@part>
<@part name="state">
<#list view.interfaces as i>
-A ${view.inputEntry} -i ${i} -j ${view.inputChain}
</#list>
-A ${view.inputChain} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
</@part>
<#if view.v6>
<@part name="neighbour discovery">
-A ${view.inputChain} -p ipv6-icmp -m icmp6 --icmpv6-type 133 -j ACCEPT
-A ${view.inputChain} -p ipv6-icmp -m icmp6 --icmpv6-type 135 -j ACCEPT
-A ${view.inputChain} -p ipv6-icmp -m icmp6 --icmpv6-type 136 -j ACCEPT
</@part>
</#if>
<@part name="state">
-A ${view.inputChain} -m conntrack --ctstate INVALID -j DROP
</@part>
<#list view.input as r>
<@rule of=r>
<#if r.logPrefix?has_content>
-A ${view.inputChain}<@match r/> -j LOG --log-prefix ${quote(r.logPrefix)}
</#if>
-A ${view.inputChain}<@match r/> -j ACCEPT
</@rule>
</#list>
<@part name="default deny">
-A ${view.inputChain} -m limit --limit 10/sec --limit-burst 20 -j LOG --log-prefix ${quote("zonec input drop: ")}
-A ${view.inputChain} -j DROP
</@part>
<@part name="commit">
COMMIT
</@part>
