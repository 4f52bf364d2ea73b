<#-- Fortinet FortiOS 7.x CLI script (consolidated IPv4/IPv6 policy table, FortiOS 6.4 and later). The view holds
     values (typed, validated; comments reduced to what a double-quoted FortiOS string may hold); this template writes
     the FortiOS syntax. Every ${...} is escaped for FortiOS, and every line is marked with what it is for (<@rule>,
     <@part>), which makes the source map. -->
<#assign portrange = {"TCP": "tcp-portrange", "UDP": "udp-portrange"}>
<#function ports p><#return p.isSingle()?then(p.first?c, p.first + "-" + p.last)></#function>
<#macro names list><#list list as n>"${n}"<#sep> </#list></#macro>
<@part name="header">
<#list view.header as line>
# ${line}
</#list>
</@part>
<#if view.ipsGlobal>
<@part name="inspection">

config ips global
    set exclude-signatures none
end
</@part>
</#if>
<#macro addresses list path>
<#if list?has_content>
<@part name="object">

config ${path}
</@part>
<#list list as a>
<@rule of=a>
    edit "${a.name}"
<#switch a.kind>
<#case "SUBNET">
        set type ipmask
        set subnet ${a.address} ${a.mask}
<#break>
<#case "PREFIX">
        set type ipprefix
        set ip6 ${a.address}/${a.length}
<#break>
<#default>
        set type iprange
        set start-ip ${a.address}
        set end-ip ${a.last}
</#switch>
<#if a.comment?has_content>
        set comment "${a.comment}"
</#if>
    next
</@rule>
</#list>
<@part name="object">
end
</@part>
</#if>
</#macro>
<#macro groups list path>
<#if list?has_content>
<@part name="object">

config ${path}
</@part>
<#list list as g>
<@rule of=g>
    edit "${g.name}"
        set member <@names g.members/>
<#if g.comment?has_content>
        set comment "${g.comment}"
</#if>
    next
</@rule>
</#list>
<@part name="object">
end
</@part>
</#if>
</#macro>
<@addresses view.addresses "firewall address"/>
<@addresses view.addresses6 "firewall address6"/>
<@groups view.groups "firewall addrgrp"/>
<@groups view.groups6 "firewall addrgrp6"/>
<#if view.services?has_content>
<@part name="object">

config firewall service custom
</@part>
<#list view.services as s>
<@rule of=s>
    edit "${s.name}"
<#switch s.kind>
<#case "L4">
        set protocol TCP/UDP/SCTP
        set ${portrange[s.protocol]} ${ports(s.destinationPorts)}<#if !s.sourcePorts.isAll()>:${ports(s.sourcePorts)}</#if>
<#break>
<#case "ICMP">
        set protocol ${s.protocol}
<#list s.icmpType as t>
        set icmptype ${t}
</#list>
<#list s.icmpCode as c>
        set icmpcode ${c}
</#list>
<#break>
<#default>
        set protocol IP
        set protocol-number 0
</#switch>
    next
</@rule>
</#list>
<@part name="object">
end
</@part>
</#if>
<@groups view.serviceGroups "firewall service group"/>
<#if view.applicationLists?has_content>
<@part name="object">

config application list
</@part>
<#list view.applicationLists as l>
<@rule of=l>
    edit "${l.name}"
        set comment "${l.comment}"
        set other-application-action block
        set other-application-log enable
        set unknown-application-action block
        set unknown-application-log enable
        config entries
            edit 1
                set application <#list l.applications as id>${id}<#sep> </#list>
                set action pass
            next
        end
    next
</@rule>
</#list>
<@part name="object">
end
</@part>
</#if>
<#-- the device's own traffic before the firewall policies: a forwarding policy that lets a packet reach the device's
     address on another interface never meets a moment without the local-in deny -->
<#macro localIn list moves path>
<#if list?has_content>
<@part name="local-in table">

config ${path}
</@part>
<#list list as l>
<@rule of=l>
    edit ${l.id}
        set intf "${l.intf}"
        set srcaddr <@names l.sources/>
        set dstaddr <@names l.destinations/>
        set action ${l.allow?then("accept", "deny")}
        set service <@names l.services/>
        set schedule "always"
        set comments "${l.comments}"
    next
</@rule>
</#list>
<#list moves as m>
<@rule of=m>
    move ${m.id} before ${m.before}
</@rule>
</#list>
<@part name="local-in table">
end
</@part>
</#if>
</#macro>
<@localIn view.localIn view.localInMoves "firewall local-in-policy"/>
<@localIn view.localIn6 view.localIn6Moves "firewall local-in-policy6"/>
<@part name="policy table">

config firewall policy
</@part>
<#list view.policies as p>
<@rule of=p>
    edit ${p.id}
        set name "${p.name}"
        set srcintf <@names p.sourceInterfaces/>
        set dstintf <@names p.destinationInterfaces/>
        set action ${p.allow?then("accept", "deny")}
<#if p.sources?has_content>
        set srcaddr <@names p.sources/>
</#if>
<#if p.destinations?has_content>
        set dstaddr <@names p.destinations/>
</#if>
<#if p.sources6?has_content>
        set srcaddr6 <@names p.sources6/>
</#if>
<#if p.destinations6?has_content>
        set dstaddr6 <@names p.destinations6/>
</#if>
        set schedule "always"
        set service <@names p.services/>
<#if p.allow>
<#if p.applicationList?has_content>
        set utm-status enable
        set application-list "${p.applicationList}"
<#else>
        set utm-status disable
</#if>
</#if>
        set logtraffic all
        set comments "${p.comments}"
    next
</@rule>
</#list>
<#list view.moves as m>
<@rule of=m>
    move ${m.id} before ${m.before}
</@rule>
</#list>
<@part name="policy table">
end
</@part>
<#if view.clearing?has_content>
<@part name="clearing">

# zonec: clear each policy's addresses of the other IP version (a re-applied policy that changed version would keep them)
config firewall policy
</@part>
<#list view.clearing as c>
<@rule of=c>
    edit ${c.id}
<#if c.v6>
        unset srcaddr
        unset dstaddr
<#else>
        unset srcaddr6
        unset dstaddr6
</#if>
    next
</@rule>
</#list>
<@part name="clearing">
end
</@part>
</#if>
<#if view.stale?has_content>
<@part name="removal">

# zonec: delete what the previous output created and this one does not: policies first, then the groups and the
# objects they used
</@part>
<#list view.stale as t>
<@part name="removal">
config ${t.path}
<#list t.keys as k>
    delete <#if t.quoted>"${k}"<#else>${k}</#if>
</#list>
end
</@part>
</#list>
</#if>
