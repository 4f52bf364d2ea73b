<#-- Juniper SRX (Junos OS 20.1 and later) security configuration in set format, for `load set`. The view holds
     values (typed, validated; descriptions reduced to what a quoted Junos string may hold); this template writes the
     Junos syntax. Only zonec's own objects and policies (names starting zc-) are deleted and set; zones, their
     interfaces and every other statement stay. Every ${...} is escaped for Junos, and every line is marked with what it is for (<@rule>,
     <@part>), which makes the source map. -->
<#assign kind = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp6"}>
<#function ports p><#return p.isSingle()?then(p.first?c, p.first + "-" + p.last)></#function>
<@part name="header">
<#list view.header as line>
# ${line}
</#list>
</@part>
<@part name="removal">
<#list view.deletions as deletion>
delete ${deletion}
</#list>
</@part>
<#list view.addresses as address>
<@rule of=address>
<#if address.range>
set security address-book global address ${address.name} range-address ${address.first} to ${address.last}
<#else>
set security address-book global address ${address.name} ${address.value}
</#if>
<#if address.description?has_content>
set security address-book global address ${address.name} description "${address.description}"
</#if>
</@rule>
</#list>
<#list view.addressSets as set>
<@rule of=set>
<#list set.members as member>
set security address-book global address-set ${set.name} address ${member}
</#list>
<#if set.description?has_content>
set security address-book global address-set ${set.name} description "${set.description}"
</#if>
</@rule>
</#list>
<#list view.applications as app>
<@rule of=app>
<#if app.protocol == "TCP" || app.protocol == "UDP">
set applications application ${app.name} protocol ${kind[app.protocol]} destination-port ${ports(app.destinationPorts)}<#if !app.sourcePorts.isAll()> source-port ${ports(app.sourcePorts)}</#if>
<#else>
set applications application ${app.name} term t1 protocol ${kind[app.protocol]}<#list app.icmpType as t> ${kind[app.protocol]}-type ${t}</#list><#list app.icmpCode as c> ${kind[app.protocol]}-code ${c}</#list>
</#if>
</@rule>
</#list>
<#list view.applicationSets as set>
<@rule of=set>
<#list set.members as member>
set applications application-set ${set.name} application ${member}
</#list>
</@rule>
</#list>
<#macro policy p prefix>
<#if p.description?has_content>
${prefix} description "${p.description}"
</#if>
<#list p.sources as s>
${prefix} match source-address ${s}
</#list>
<#list p.destinations as s>
${prefix} match destination-address ${s}
</#list>
<#list p.applications as a>
${prefix} match application ${a}
</#list>
<#list p.fromZones as z>
${prefix} match from-zone ${z}
</#list>
<#list p.toZones as z>
${prefix} match to-zone ${z}
</#list>
${prefix} then ${p.permit?then("permit", "deny")}
<#if p.logInit>
${prefix} then log session-init
</#if>
<#if p.logClose>
${prefix} then log session-close
</#if>
${prefix} then count
</#macro>
<#list view.policies as p>
<@rule of=p>
<@policy p "set security policies from-zone " + p.from + " to-zone " + p.to + " policy " + p.name/>
</@rule>
</#list>
<#list view.globalPolicies as p>
<@rule of=p>
<@policy p "set security policies global policy " + p.name/>
</@rule>
</#list>
<@part name="stale removal">
<#list view.removals as removal>
delete ${removal}
</#list>
</@part>
