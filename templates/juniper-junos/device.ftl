<#-- Junos OS 20 and later (EX, QFX, MX): stateless input filters as set commands, one statement per line. The view
     holds values (typed, validated, no free text); this template writes the Junos syntax. Every ${...} is escaped for
     Junos, and every line is marked with what it is for (<@rule>, <@part>), which makes the source map. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp6", "OSPF": "89", "VRRP": "112"}>
<#function family v6><#return v6?then("inet6", "inet")></#function>
<#function ports p><#return p.isSingle()?then(p.first?c, p.first + "-" + p.last)></#function>
<#function address a><#return (a.kind == "LIST")?then("-prefix-list ", "-address ") + a.value></#function>
<@part name="header">
<#list view.header as line>
# ${line}
</#list>
</@part>
<@part name="removal">
<#list view.filters as filter>
delete firewall family ${family(filter.v6)} filter ${filter.name}
</#list>
<#list view.prefixLists as list>
delete policy-options prefix-list ${list.name}
</#list>
</@part>
<#list view.prefixLists as list>
<@rule of=list>
<#list list.prefixes as prefix>
set policy-options prefix-list ${list.name} ${prefix}
</#list>
</@rule>
</#list>
<#list view.filters as filter>
<#list filter.terms as term>
<#assign t = "set firewall family " + family(filter.v6) + " filter " + filter.name + " term " + term.name>
<@rule of=term>
<#if term.source.kind != "NONE">
${t} from source${address(term.source)}
</#if>
<#if term.destination.kind != "NONE">
${t} from destination${address(term.destination)}
</#if>
<#if term.protocol != "NONE">
${t} from ${filter.v6?then("next-header", "protocol")} ${protocol[term.protocol]}
</#if>
<#if !term.sourcePorts.isAll()>
${t} from source-port ${ports(term.sourcePorts)}
</#if>
<#if !term.destinationPorts.isAll()>
${t} from destination-port ${ports(term.destinationPorts)}
</#if>
<#if term.established>
${t} from tcp-established
</#if>
<#list term.icmpTypes as type>
${t} from icmp-type ${type}
</#list>
<#list term.icmpCodes as code>
${t} from icmp-code ${code}
</#list>
<#if term.count>
${t} then count ${term.name}
</#if>
<#if term.log>
${t} then syslog
</#if>
${t} then ${term.accept?then("accept", "discard")}
</@rule>
</#list>
</#list>
<#list view.bindings as binding>
<@rule of=binding>
set interfaces ${binding.ifd} unit ${binding.unit} family ${family(binding.v6)} filter input ${binding.filter}
</@rule>
</#list>
<@part name="stale removal">
<#list view.removals as removal>
delete ${removal}
</#list>
</@part>
