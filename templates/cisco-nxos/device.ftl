<#-- Cisco NX-OS 9.3(x) and 10.x: router ACLs applied inbound, their entries unnumbered (NX-OS numbers them as they come, so
     a rule added or moved renumbers no line). The view holds values (typed, validated); this template writes the
     NX-OS syntax. Every ${...} is escaped for NX-OS, and every line is marked with what it is for (<@rule>, <@part>),
     which makes the source map. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp", "IP": "ip", "IPV6": "ipv6", "OSPF": "89", "VRRP": "112"}>
<#assign action = {"PERMIT": "permit", "DENY": "deny"}>
<#function address a>
<#switch a.form>
<#case "PREFIX"><#return a.address + "/" + a.length>
<#case "GROUP"><#return "addrgroup " + a.name>
<#default><#return "any">
</#switch>
</#function>
<#function ports p><#if p.isSingle()><#return " eq " + p.first><#elseif !p.isAll()><#return " range " + p.first + " " + p.last></#if><#return ""></#function>
<#function list acl><#return acl.v6?then("ipv6", "ip") + " access-list " + acl.name></#function>
<#function objectGroup g><#return "object-group " + g.v6?then("ipv6", "ip") + " address " + g.name></#function>
<@part name="header">
<#list view.header as line>
! ${line}
</#list>
!
</@part>
<@part name="staging">
! 1. The new ACLs under temporary names, every address written out, bound in place of the current ones
!    (ip access-group replaces an interface's ACL in one command).
</@part>
<#list view.staged as acl>
<@rule of=acl>
no ${list(acl)}
${list(acl)}
  statistics per-entry
</@rule>
<#list acl.entries as e>
<@rule of=e>
<#if e.kind == "REMARK">
  <#if e.sequence != 0>${e.sequence} </#if>remark ${e.text}
<#else>
  <#if e.sequence != 0>${e.sequence} </#if>${action[e.kind]} ${protocol[e.protocol]} ${address(e.source)}${ports(e.sourcePorts)} ${address(e.destination)}${ports(e.destinationPorts)}<#if e.established> established</#if><#list e.icmp as t> ${t}</#list><#if e.log> log</#if>
</#if>
</@rule>
</#list>
<@rule of=acl>
!
</@rule>
</#list>
<#list view.stagedInterfaces as interface>
<@rule of=interface>
interface ${interface.name}
<#list interface.acls as acl>
<#if acl.v6>
  ipv6 traffic-filter ${acl.name} in
<#else>
  ip access-group ${acl.name} in
</#if>
</#list>
!
</@rule>
</#list>
<@part name="removal">
! 2. zonec's object groups and ACLs rebuilt under their own names, which no interface uses now, then bound again.
<#list view.acls as acl>
no ${list(acl)}
</#list>
<#list view.groups as group>
no ${objectGroup(group)}
</#list>
!
</@part>
<#list view.groups as group>
<@rule of=group>
${objectGroup(group)}
<#list group.entries as entry>
  ${entry.sequence} ${address(entry.address)}
</#list>
!
</@rule>
</#list>
<#list view.acls as acl>
<@rule of=acl>
${list(acl)}
  statistics per-entry
</@rule>
<#list acl.entries as e>
<@rule of=e>
<#if e.kind == "REMARK">
  <#if e.sequence != 0>${e.sequence} </#if>remark ${e.text}
<#else>
  <#if e.sequence != 0>${e.sequence} </#if>${action[e.kind]} ${protocol[e.protocol]} ${address(e.source)}${ports(e.sourcePorts)} ${address(e.destination)}${ports(e.destinationPorts)}<#if e.established> established</#if><#list e.icmp as t> ${t}</#list><#if e.log> log</#if>
</#if>
</@rule>
</#list>
<@rule of=acl>
!
</@rule>
</#list>
<#list view.interfaces as interface>
<@rule of=interface>
interface ${interface.name}
<#list interface.acls as acl>
<#if acl.v6>
  ipv6 traffic-filter ${acl.name} in
<#else>
  ip access-group ${acl.name} in
</#if>
</#list>
!
</@rule>
</#list>
<@part name="cleanup">
! 3. The temporary ACLs dropped, and what the previous output created and this one does not.
<#list view.staged as acl>
no ${list(acl)}
</#list>
<#list view.staleBindings as binding>
interface ${binding.interfaceName}
<#if binding.v6>
  no ipv6 traffic-filter ${binding.acl} in
<#else>
  no ip access-group ${binding.acl} in
</#if>
!
</#list>
<#list view.staleAcls as acl>
no ${acl.v6?then("ipv6", "ip")} access-list ${acl.name}
</#list>
<#list view.staleGroups as group>
no object-group ${group.v6?then("ipv6", "ip")} address ${group.name}
</#list>
!
</@part>
