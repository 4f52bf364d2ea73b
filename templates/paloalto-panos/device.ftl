<#-- PAN-OS configuration-mode commands (PAN-OS 10.1 and later, single virtual system firewall: vsys1).
     Logic-free: the view holds every fragment, validated; free text only ever between double quotes. -->
<#list view.deletes as delete>
delete ${delete}
</#list>
<#list view.zones as zone>
set zone ${zone.name} network layer3 ${zone.interfaces}
</#list>
set tag ${view.tag.name} comments "${view.tag.comments}"
<#list view.addresses as address>
set address ${address.name} ${address.type} ${address.value}${address.description}
</#list>
<#list view.addressGroups as group>
set address-group ${group.name} static ${group.members}${group.description}
</#list>
<#list view.services as service>
set service ${service.name} protocol ${service.protocol} ${service.ports}
</#list>
<#list view.serviceGroups as group>
set service-group ${group.name} members ${group.members}
</#list>
<#list view.applications as app>
set application ${app.name} ${app.attributes}
set application ${app.name} description "${app.description}"
set application ${app.name} default ${app.ident}
</#list>
<#list view.rules as rule>
set rulebase security rules ${rule.name} from ${rule.from} to ${rule.to} source ${rule.source} destination ${rule.destination}
set rulebase security rules ${rule.name} source-user any category any application ${rule.application} service ${rule.service}
set rulebase security rules ${rule.name} action ${rule.action} ${rule.logging} tag ${rule.tag}
set rulebase security rules ${rule.name} description "${rule.description}"
</#list>
