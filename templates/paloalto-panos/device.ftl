<#-- PAN-OS configuration-mode commands (PAN-OS 10.1 and later, single virtual system firewall: vsys1), one attribute
     per set line, as PAN-OS prints set format. The view holds values (typed, validated; free text reduced to what a
     double-quoted PAN-OS string may hold); this template writes the PAN-OS syntax. Every ${...} is escaped for
     PAN-OS, and every line is marked with what it is for (<@rule>, <@part>), which makes the source map. Only zonec's
     own objects and rules (names starting zc-, rules tagged zonec) are deleted, set and moved; zones, interfaces and
     every other rule and object stay. Nothing takes effect before `commit`. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp"}>
<#assign logging = {"BOTH": ["log-start yes", "log-end yes"], "END": ["log-start no", "log-end yes"]}>
<#assign lists = ["from", "to", "source", "destination", "source-user", "category", "application", "service", "tag"]>
<#assign objects = {"ADDRESS_GROUP": "address-group", "SERVICE_GROUP": "service-group", "ADDRESS": "address", "SERVICE": "service", "APPLICATION": "application"}>
<#function ports p><#return p.isSingle()?then(p.first?c, p.first + "-" + p.last)></#function>
<#function list names><#return (names?size == 1)?then(names[0], "[ " + names?join(" ") + " ]")></#function>
<@part name="removal">
<#list view.staleRules as stale>
delete rulebase security rules ${stale}
</#list>
<#list view.rules as security>
<#list lists as field>
delete rulebase security rules ${security.name} ${field}
</#list>
</#list>
<#list view.addressGroups as group>
delete address-group ${group.name}
</#list>
<#list view.serviceGroups as group>
delete service-group ${group.name}
</#list>
</@part>
<@part name="tag">
set tag ${view.tag.name} comments "${view.tag.comments}"
</@part>
<#list view.addresses as address>
<@rule of=address>
set address ${address.name} ${address.range?then("ip-range", "ip-netmask")} ${address.value}
<#if address.description?has_content>
set address ${address.name} description "${address.description}"
</#if>
</@rule>
</#list>
<#list view.addressGroups as group>
<@rule of=group>
set address-group ${group.name} static ${list(group.members)}
<#if group.description?has_content>
set address-group ${group.name} description "${group.description}"
</#if>
</@rule>
</#list>
<#list view.services as service>
<@rule of=service>
set service ${service.name} protocol ${protocol[service.protocol]} port ${ports(service.destinationPorts)}
<#if !service.sourcePorts.isAll()>
set service ${service.name} protocol ${protocol[service.protocol]} source-port ${ports(service.sourcePorts)}
</#if>
</@rule>
</#list>
<#list view.serviceGroups as group>
<@rule of=group>
set service-group ${group.name} members ${list(group.members)}
</@rule>
</#list>
<#list view.applications as app>
<@rule of=app>
set application ${app.name} category networking
set application ${app.name} subcategory ip-protocol
set application ${app.name} technology network-protocol
set application ${app.name} risk ${app.risk}
set application ${app.name} description "${app.description}"
set application ${app.name} default ${app.v6?then("ident-by-icmp6-type", "ident-by-icmp-type")} type ${app.type}<#list app.code as c> code ${c}</#list>
</@rule>
</#list>
<#list view.rules as security>
<#assign r = "set rulebase security rules " + security.name>
<@rule of=security>
${r} from ${list(security.from)}
${r} to ${list(security.to)}
${r} source ${list(security.sources)}
${r} destination ${list(security.destinations)}
${r} source-user any
${r} category any
${r} application ${list(security.applications)}
${r} service ${list(security.services)}
${r} action ${security.allow?then("allow", "deny")}
<#list logging[security.logging] as l>
${r} ${l}
</#list>
${r} tag ${security.tag}
${r} description "${security.description}"
</@rule>
</#list>
<@part name="order">
<#list view.moves as move>
move rulebase security rules ${move.name} <#if move.after?has_content>after ${move.after}<#else>top</#if>
</#list>
</@part>
<@part name="stale removal">
<#list view.removals as stale>
delete ${objects[stale.kind]} ${stale.name}
</#list>
</@part>
