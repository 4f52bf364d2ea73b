<#-- FortiOS 7.x CLI script. Logic-free: the view holds every line, validated. -->
<#list view.header as line>
# ${line}
</#list>
<#list view.blocks as block>

<#list block.comments as comment>
# ${comment}
</#list>
config ${block.path}
<#list block.entries as entry>
    edit ${entry.key}
<#list entry.settings as setting>
        ${setting}
</#list>
    next
</#list>
<#list block.lines as line>
    ${line}
</#list>
end
</#list>
