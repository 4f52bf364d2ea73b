<#-- A customised IOS template with a mistake: meant to log attempts from anywhere, it writes the source of every
     logged entry as `any`, which turns the logged permit of the engineering workstation into a permit from anywhere.
     The proof must catch it, and point at the policy rule the widened line was written for. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp", "IP": "ip", "IPV6": "ipv6"}>
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
<@part name="removal">
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
 ${action[e.kind]} ${protocol[e.protocol]} <#if e.log>any<#else>${address(e.source)}</#if>${ports(e.sourcePorts)} ${address(e.destination)}${ports(e.destinationPorts)}<#if e.established> established</#if><#list e.icmp as t> ${t}</#list><#if e.log> log</#if>
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
<@part name="end">
end
</@part>
