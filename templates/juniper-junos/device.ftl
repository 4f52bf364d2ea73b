<#-- Junos set commands, one statement per line. Logic-free: the view holds every value, validated. -->
<#list view.header as line>
# ${line}
</#list>
<#list view.deletions as deletion>
delete ${deletion}
</#list>
<#list view.prefixLists as list>
<#list list.prefixes as prefix>
set policy-options prefix-list ${list.name} ${prefix}
</#list>
</#list>
<#list view.filters as filter>
<#list filter.terms as term>
<#list term.from as condition>
set firewall family ${filter.family} filter ${filter.name} term ${term.name} from ${condition}
</#list>
<#list term.then as action>
set firewall family ${filter.family} filter ${filter.name} term ${term.name} then ${action}
</#list>
</#list>
</#list>
<#list view.bindings as binding>
set interfaces ${binding.ifd} unit ${binding.unit} family ${binding.family} filter input ${binding.filter}
</#list>
