# lupdate does not expand macros, and the label tables of core and ui wrap
# QT_TRANSLATE_NOOP in one (C(code, label), L(field, text)). This writes the
# strings of those tables as plain QT_TRANSLATE_NOOP calls into a file that
# only lupdate reads, so the tables stay compact and no label is missed.

# percorsi_tr_tables(OUTPUT file TABLES source context macro [source context macro]...)
function(percorsi_tr_tables)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "OUTPUT" "TABLES")
    set(content "// Generated from the label tables for lupdate; not compiled.\n")
    set(tables ${arg_TABLES})
    while(tables)
        list(POP_FRONT tables file context macro)
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
        file(READ "${file}" text)
        # Each use of the macro: its first literal is the key, the others are labels.
        set(literal "\"[^\"]*\"")
        string(REGEX MATCHALL "[^A-Za-z0-9_]${macro}\\((${literal}[ \t\r\n,]*)+\\)" calls "${text}")
        foreach(call IN LISTS calls)
            string(REGEX MATCHALL "${literal}" strings "${call}")
            list(POP_FRONT strings)
            foreach(s IN LISTS strings)
                string(APPEND content "QT_TRANSLATE_NOOP(\"${context}\", ${s});\n")
            endforeach()
        endforeach()
    endwhile()
    file(CONFIGURE OUTPUT "${arg_OUTPUT}" CONTENT "${content}" @ONLY)
endfunction()
