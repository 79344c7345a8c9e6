# Warnings for tiltak's own targets (not for consumers).
function(tiltak_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    $<$<BOOL:${TILTAK_WARNINGS_AS_ERRORS}>:-Werror>)
endfunction()
