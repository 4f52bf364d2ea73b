// One line of a FortiOS configuration (a CLI script, or `show` / `show full-configuration` output), for zonec's
// read-back. The read-back is a second, independent reading of what zonec wrote. The FortiOS CLI is a tree of
// `config <path>` blocks holding `edit <key>` entries of `set <field> <values>` lines, closed by `next` and `end`,
// with a few table commands (`move`, `delete`, `rename`, `clone`, `purge`) and list edits (`append`, `select`,
// `unselect`). Every statement has the same shape whatever the table, so this grammar reads the shape and the
// reader keeps the block context between lines and knows, per table, which fields it models (see
// FortiosReadBack). Lines starting with `#` are comments (the reader skips them). A line this grammar does not
// accept is reported, never guessed.
grammar FortiosLine;

line : statement? EOF ;

statement
    : CONFIG value+                                   # configLine
    | EDIT key=value                                  # editLine
    | SET field=word value*                           # setLine
    | UNSET field=word                                # unsetLine
    | APPEND field=word value+                        # appendLine
    | SELECT field=word value+                        # selectLine
    | UNSELECT field=word value+                      # unselectLine
    | NEXT                                            # nextLine
    | END                                             # endLine
    | MOVE key=value (BEFORE | AFTER) other=value     # moveLine
    | DELETE key=value                                # deleteLine
    | PURGE                                           # purgeLine
    | RENAME key=value TO other=value                 # renameLine
    | CLONE key=value TO other=value                  # cloneLine
    ;

value : word | STRING ;

word
    : ATOM | CONFIG | EDIT | SET | UNSET | APPEND | SELECT | UNSELECT | NEXT | END | MOVE | BEFORE | AFTER | DELETE
    | PURGE | RENAME | CLONE | TO
    ;

CONFIG : 'config' ; EDIT : 'edit' ; SET : 'set' ; UNSET : 'unset' ; APPEND : 'append' ; SELECT : 'select' ;
UNSELECT : 'unselect' ; NEXT : 'next' ; END : 'end' ; MOVE : 'move' ; BEFORE : 'before' ; AFTER : 'after' ;
DELETE : 'delete' ; PURGE : 'purge' ; RENAME : 'rename' ; CLONE : 'clone' ; TO : 'to' ;

// FortiOS quotes names and text in double (or single) quotes; a backslash escapes the next character
STRING : '"' ('\\' . | ~["\\\r\n])* '"' | '\'' ('\\' . | ~['\\\r\n])* '\'' ;
ATOM   : ~[ \t\r\n"']+ ;
WS     : [ \t]+ -> skip ;
