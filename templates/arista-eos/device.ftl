<#-- Arista EOS 4.2x: stateless ACLs applied inbound, their entries unnumbered (EOS numbers them as they come, so
     a rule added or moved renumbers no line). The view holds values (typed, validated); this template writes the
     EOS syntax. Every ${...} is escaped for EOS, and every line is marked with what it is for (<@rule>, <@part>),
     which makes the source map. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmpv6", "IP": "ip", "IPV6": "ipv6", "OSPF": "89", "VRRP": "112"}>
<#assign action = {"PERMIT": "permit", "DENY": "deny"}>
<#function address a>
<#switch a.form>
<#case "HOST"><#return "host " + a.address>
<#case "PREFIX"><#return a.address + "/" + a.length>
<#default><#return "any">
</#switch>
</#function>
<#function ports p><#if p.isSingle()><#return " eq " + p.first><#elseif !p.isAll()><#return " range " + p.first + " " + p.last></#if><#return ""></#function>
<#function list acl><#return acl.v6?then("ipv6", "ip") + " access-list " + acl.name></#function>
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
!
</@part>
<#list view.acls as acl>
<@rule of=acl>
${list(acl)}
   counters per-entry
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
   <#if acl.v6>ipv6<#else>ip</#if> access-group ${acl.name} in
</#list>
!
</@rule>
</#list>
<@part name="cleanup">
<#list view.staleBindings as binding>
interface ${binding.interfaceName}
   no <#if binding.v6>ipv6<#else>ip</#if> access-group ${binding.acl} in
!
</#list>
<#list view.staleAcls as acl>
no ${acl.v6?then("ipv6", "ip")} access-list ${acl.name}
</#list>
!
</@part>
