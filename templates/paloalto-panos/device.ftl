<#-- PAN-OS configuration-mode commands (PAN-OS 10.1 and later, single virtual system firewall: vsys1), one
     attribute per set line. Logic-free: the view holds every fragment, validated; free text only ever between
     double quotes. -->
<#list view.deletes as delete>
delete ${delete}
</#list>
<#list view.zones as zone>
set zone ${zone.name} network layer3 ${zone.interfaces}
</#list>
set tag ${view.tag.name} comments "${view.tag.comments}"
<#list view.addresses as address>
set address ${address.name} ${address.type} ${address.value}
<#list address.notes as note>
set address ${address.name} ${note}
</#list>
</#list>
<#list view.addressGroups as group>
set address-group ${group.name} static ${group.members}
<#list group.notes as note>
set address-group ${group.name} ${note}
</#list>
</#list>
<#list view.services as service>
<#list service.ports as ports>
set service ${service.name} protocol ${service.protocol} ${ports}
</#list>
</#list>
<#list view.serviceGroups as group>
set service-group ${group.name} members ${group.members}
</#list>
<#list view.applications as app>
<#list app.attributes as attribute>
set application ${app.name} ${attribute}
</#list>
set application ${app.name} description "${app.description}"
set application ${app.name} default ${app.ident}
</#list>
<#list view.rules as rule>
set rulebase security rules ${rule.name} from ${rule.from}
set rulebase security rules ${rule.name} to ${rule.to}
set rulebase security rules ${rule.name} source ${rule.source}
set rulebase security rules ${rule.name} destination ${rule.destination}
set rulebase security rules ${rule.name} source-user any
set rulebase security rules ${rule.name} category any
set rulebase security rules ${rule.name} application ${rule.application}
set rulebase security rules ${rule.name} service ${rule.service}
set rulebase security rules ${rule.name} action ${rule.action}
<#list rule.logging as logging>
set rulebase security rules ${rule.name} ${logging}
</#list>
set rulebase security rules ${rule.name} tag ${rule.tag}
set rulebase security rules ${rule.name} description "${rule.description}"
</#list>
