<#-- Juniper SRX (Junos OS) security configuration in set format, for `load set`. Logic-free: the view holds every
     name and statement, validated; this template only writes each hierarchy prefix. -->
<#list view.header as line>
# ${line}
</#list>
delete security policies
delete security address-book global
delete applications
<#list view.zones as zone>
<#list zone.statements as statement>
set security zones security-zone ${zone.name} ${statement}
</#list>
</#list>
<#list view.addresses as address>
<#list address.statements as statement>
set security address-book global address ${address.name} ${statement}
</#list>
</#list>
<#list view.addressSets as addressSet>
<#list addressSet.statements as statement>
set security address-book global address-set ${addressSet.name} ${statement}
</#list>
</#list>
<#list view.applications as application>
<#list application.statements as statement>
set applications application ${application.name} ${statement}
</#list>
</#list>
<#list view.applicationSets as applicationSet>
<#list applicationSet.statements as statement>
set applications application-set ${applicationSet.name} ${statement}
</#list>
</#list>
<#list view.policies as policy>
<#list policy.statements as statement>
set security policies from-zone ${policy.from} to-zone ${policy.to} policy ${policy.name} ${statement}
</#list>
</#list>
<#list view.globalPolicies as policy>
<#list policy.statements as statement>
set security policies global policy ${policy.name} ${statement}
</#list>
</#list>
set security policies default-policy deny-all
set security policies policy-rematch
