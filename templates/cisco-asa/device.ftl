<#-- Cisco ASA 9.x, routed mode: objects, unified extended ACLs (IPv4 and IPv6) applied inbound by interface name.
     The view holds values (typed, validated); this template writes the ASA syntax. Every ${...} is escaped for the
     ASA, and every line is marked with what it is for (<@rule>, <@part>), which makes the source map. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp6", "IP": "ip", "IPV6": "ip"}>
<#assign action = {"PERMIT": "permit", "DENY": "deny"}>
<#function address a>
<#switch a.form>
<#case "GROUP"><#return a.object?then("object ", "object-group ") + a.name>
<#default><#return "any">
</#switch>
</#function>
<#function object a>
<#switch a.form>
<#case "HOST"><#return "host " + a.address>
<#case "RANGE"><#return "range " + a.address + " " + a.last>
<#case "MASKED"><#return "subnet " + a.address + " " + a.mask>
<#case "PREFIX"><#return "subnet " + a.address + "/" + a.length>
<#default><#return "">
</#switch>
</#function>
<#function member a>
<#switch a.form>
<#case "HOST"><#return "host " + a.address>
<#case "MASKED"><#return a.address + " " + a.mask>
<#case "PREFIX"><#return a.address + "/" + a.length>
<#default><#return "">
</#switch>
</#function>
<#function ports p><#if p.isSingle()><#return " eq " + p.first><#elseif !p.isAll()><#return " range " + p.first + " " + p.last></#if><#return ""></#function>
<@part name="header">
<#list view.header as line>
: ${line}
</#list>
!
</@part>
<@part name="removal">
<#list view.acls as acl>
clear configure access-list ${acl.name}
</#list>
<#-- object groups keep old members when written again: remove them first (the ACLs using them are gone) -->
<#list view.services as service>
no object-group service ${service.name}
</#list>
<#list view.addresses as group>
<#if !group.object>
no object-group network ${group.name}
</#if>
</#list>
!
</@part>
<#list view.addresses as group>
<@rule of=group>
<#if group.object>
object network ${group.name}
<#list group.entries as entry>
 ${object(entry.address)}
</#list>
<#if group.description?has_content>
 description ${group.description}
</#if>
<#else>
object-group network ${group.name}
<#if group.description?has_content>
 description ${group.description}
</#if>
<#list group.entries as entry>
 network-object ${member(entry.address)}
</#list>
</#if>
!
</@rule>
</#list>
<#list view.services as service>
<@rule of=service>
object-group service ${service.name}
<#list service.objects as o>
 service-object ${protocol[o.protocol]}<#if !o.sourcePorts.isAll()> source${ports(o.sourcePorts)}</#if><#if !o.destinationPorts.isAll()> destination${ports(o.destinationPorts)}</#if>
</#list>
!
</@rule>
</#list>
<#list view.acls as acl>
<#list acl.entries as e>
<@rule of=e>
<#if e.kind == "REMARK">
access-list ${acl.name} remark ${e.text}
<#else>
access-list ${acl.name} extended ${action[e.kind]} <#if e.service?has_content>object-group ${e.service}<#else>${protocol[e.protocol]}</#if> ${address(e.source)}${ports(e.sourcePorts)} ${address(e.destination)}${ports(e.destinationPorts)}<#list e.icmp as t> ${t}</#list><#if e.log> log</#if>
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
 nameif ${interface.nameif}
 security-level ${interface.securityLevel}
!
</@rule>
</#list>
<#if view.sameSecurityLevel>
<@part name="interface">
same-security-traffic permit inter-interface
!
</@part>
</#if>
<#if view.inspectIcmp>
<@part name="inspection">
policy-map global_policy
 class inspection_default
  inspect icmp
!
</@part>
</#if>
<#list view.accessGroups as group>
<@rule of=group>
access-group ${group.acl.name} in interface ${group.nameif}
</@rule>
</#list>
