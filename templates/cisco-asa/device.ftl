<#-- Cisco ASA device config. Logic-free: the view holds every line, validated. -->
<#list view.header as line>
: ${line}
</#list>
!
<#list view.removals as command>
${command}
</#list>
!
<#list view.objects as object>
${object.command} ${object.name}
<#list object.entries as entry>
 ${entry}
</#list>
!
</#list>
<#list view.acls as acl>
<#list acl.entries as entry>
access-list ${acl.name} ${entry}
</#list>
!
</#list>
<#list view.interfaces as interface>
interface ${interface.name}
 nameif ${interface.nameif}
 security-level ${interface.securityLevel}
!
</#list>
<#list view.globals as command>
${command}
!
</#list>
<#if view.inspection?has_content>
<#list view.inspection as line>
${line}
</#list>
!
</#if>
<#list view.accessGroups as command>
${command}
</#list>
