<#-- Cisco IOS / IOS-XE device config. Logic-free: the view holds every line, validated. -->
<#list view.header as line>
! ${line}
</#list>
!
<#list view.acls as acl>
no ${acl.command} ${acl.name}
</#list>
<#list view.objectGroups as group>
no ${group.command} ${group.name}
</#list>
!
<#list view.objectGroups as group>
${group.command} ${group.name}
<#list group.entries as entry>
 ${entry}
</#list>
!
</#list>
<#list view.acls as acl>
${acl.command} ${acl.name}
<#list acl.entries as entry>
 ${entry}
</#list>
!
</#list>
<#list view.interfaces as interface>
interface ${interface.name}
<#list interface.commands as command>
 ${command}
</#list>
!
</#list>
end
