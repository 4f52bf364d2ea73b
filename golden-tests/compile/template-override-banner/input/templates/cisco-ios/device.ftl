<#-- This site's IOS template: the built-in one (templates/cisco-ios/device.ftl), with the company's banner above
     zonec's header and a description on every interface zonec binds an ACL to. zonec proves the output of this
     template exactly as it proves its own. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp", "IP": "ip", "IPV6": "ipv6", "OSPF": "89", "VRRP": "112"}>
<#assign action = {"PERMIT": "permit", "DENY": "deny"}>
<#function address a>
<#switch a.form>
<#case "HOST"><#return "host " + a.address>
<#case "MASKED"><#return a.address + " " + a.mask>
<#case "PREFIX"><#return a.address + "/" + a.length>
<#case "RANGE"><#return "range " + a.address + " " + a.last>
<#case "GROUP"><#return "object-group " + a.name>
<#default><#return "any">
</#switch>
</#function>
<#function ports p><#if p.isSingle()><#return " eq " + p.first><#elseif !p.isAll()><#return " range " + p.first + " " + p.last></#if><#return ""></#function>
<#function list acl><#return acl.v6?then("ipv6 access-list ", "ip access-list extended ") + acl.name></#function>
!
! ACME Refining - Prince Rupert terminal. Authorised changes only: change ticket and OT on-call approval required.
!
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
</@rule>
<#list acl.entries as e>
<@rule of=e>
<#if e.kind == "REMARK">
 remark ${e.text}
<#else>
 ${action[e.kind]} ${protocol[e.protocol]} ${address(e.source)}${ports(e.sourcePorts)} ${address(e.destination)}${ports(e.destinationPorts)}<#if e.established> established</#if><#list e.icmp as t> ${t}</#list><#if e.log> log</#if>
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
! 2. zonec's groups and ACLs rebuilt under their own names, which no interface uses now, then bound again.
<#list view.acls as acl>
no ${list(acl)}
</#list>
<#list view.groups as group>
no object-group network ${group.name}
</#list>
!
</@part>
<#list view.groups as group>
<@rule of=group>
object-group network ${group.name}
<#list group.entries as entry>
 ${address(entry.address)}
</#list>
!
</@rule>
</#list>
<#list view.acls as acl>
<@rule of=acl>
${list(acl)}
</@rule>
<#list acl.entries as e>
<@rule of=e>
<#if e.kind == "REMARK">
 remark ${e.text}
<#else>
 ${action[e.kind]} ${protocol[e.protocol]} ${address(e.source)}${ports(e.sourcePorts)} ${address(e.destination)}${ports(e.destinationPorts)}<#if e.established> established</#if><#list e.icmp as t> ${t}</#list><#if e.log> log</#if>
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
 description zone ${interface.zone} (zonec-managed ACLs)
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
no ${acl.v6?then("ipv6 access-list ", "ip access-list extended ")}${acl.name}
</#list>
<#list view.staleGroups as group>
no object-group network ${group.name}
</#list>
!
</@part>
<@part name="end">
end
</@part>
