<#-- Cisco ASA 9.x, routed mode: objects, unified extended ACLs (IPv4 and IPv6) applied inbound by interface name,
     as a load onto a running ASA: each ACL is swapped through a temporary one (access-group replaces an interface's
     ACL in one command), and what the previous output left is removed. Interface settings are never written.
     The policy's rules to the ASA itself are management lines (ssh, http, icmp), added after the ACLs.
     The view holds values (typed, validated); this template writes the ASA syntax. Every ${...} is escaped for the
     ASA, and every line is marked with what it is for (<@rule>, <@part>), which makes the source map. -->
<#assign protocol = {"TCP": "tcp", "UDP": "udp", "ICMP": "icmp", "ICMP6": "icmp6", "IP": "ip", "IPV6": "ip"}>
<#assign action = {"PERMIT": "permit", "DENY": "deny"}>
<#function address a>
<#switch a.form>
<#case "GROUP"><#return a.object?then("object ", "object-group ") + a.name>
<#case "HOST"><#return "host " + a.address>
<#case "MASKED"><#return a.address + " " + a.mask>
<#case "PREFIX"><#return a.address + "/" + a.length>
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
<#assign removal = {"OBJECT_NETWORK": "no object network ", "GROUP_NETWORK": "no object-group network ", "GROUP_SERVICE": "no object-group service "}>
<#function ports p><#if p.isSingle()><#return " eq " + p.first><#elseif !p.isAll()><#return " range " + p.first + " " + p.last></#if><#return ""></#function>
<@part name="header">
<#list view.header as line>
: ${line}
</#list>
!
</@part>
<@part name="staging">
: 1. The new ACLs under temporary names, every address and service written out, bound in place of the current
:    ones (access-group replaces the ACL an interface applies in one command).
</@part>
<#list view.staged as acl>
<@rule of=acl>
clear configure access-list ${acl.name}
</@rule>
<@aclLines acl=acl/>
</#list>
<#list view.stagedGroups as group>
<@rule of=group>
access-group ${group.acl.name} in interface ${group.nameif}
</@rule>
</#list>
<@part name="removal">
!
: 2. zonec's objects and ACLs rebuilt under their own names, which no interface uses now, then bound again.
<#list view.acls as acl>
clear configure access-list ${acl.name}
</#list>
<#list view.rebuilt as object>
${removal[object.kind]}${object.name}
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
<@aclLines acl=acl/>
</#list>
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
<#if view.management?has_content>
<@part name="management">
!
: Management access for the policy's rules to this ASA itself, at the address of the interface each arrives on
: (added; the ASA's other ssh, http and icmp lines are not zonec's and stay as they are).
</@part>
<#list view.management as line>
<@rule of=line>
${line.command} ${line.text}
</@rule>
</#list>
</#if>
<#-- the temporary ACLs are cleared last: Batfish 0.36 reads a file that ends in a removal of an object as unfinished -->
<@part name="cleanup">
!
: 3. What the previous output created and this one does not, and the temporary ACLs, cleared.
<#list view.staleBindings as binding>
no access-group ${binding.acl} in interface ${binding.nameif}
</#list>
<#list view.staleAcls as acl>
clear configure access-list ${acl}
</#list>
<#list view.staleObjects as object>
${removal[object.kind]}${object.name}
</#list>
<#list view.staleLines as line>
no ${line.command} ${line.text}
</#list>
<#list view.staged as acl>
clear configure access-list ${acl.name}
</#list>
!
</@part>
<#macro aclLines acl>
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
</#macro>
