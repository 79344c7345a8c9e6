# Builds a C program with `cc $(pkg-config --cflags --libs tiltak_c)` against an installed
# prefix, seeing only the prefix's .pc files (PKG_CONFIG_LIBDIR), so nothing may require CBC's
# or another package's; checks that tiltak.pc gives the same flags; runs the program with
# ARGUMENT and prints what it printed. Arguments: PKG_CONFIG PREFIX LIBDIR CC FLAGS SOURCE
# OUTPUT ARGUMENT.
set(ENV{PKG_CONFIG_LIBDIR} "${PREFIX}/${LIBDIR}/pkgconfig")
unset(ENV{PKG_CONFIG_PATH})

function(pkg_config_flags module out)
  execute_process(COMMAND ${PKG_CONFIG} --cflags --libs ${module}
    OUTPUT_VARIABLE flags ERROR_VARIABLE errors RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags --libs ${module} failed: ${errors}")
  endif()
  set(${out} "${flags}" PARENT_SCOPE)
endfunction()

pkg_config_flags(tiltak_c c_flags)
pkg_config_flags(tiltak legacy_flags)
if(NOT c_flags STREQUAL legacy_flags)
  message(FATAL_ERROR "tiltak.pc gives '${legacy_flags}', tiltak_c.pc '${c_flags}'")
endif()
if(c_flags MATCHES "coin|cbc|boost|stdc\\+\\+")
  message(FATAL_ERROR "tiltak_c.pc names a dependency of the C++ core: ${c_flags}")
endif()

separate_arguments(c_flags UNIX_COMMAND "${c_flags}")
separate_arguments(extra_flags UNIX_COMMAND "${FLAGS}")
execute_process(
  COMMAND ${CC} -std=c99 ${extra_flags} ${SOURCE} -o ${OUTPUT} ${c_flags} "-Wl,-rpath,${PREFIX}/${LIBDIR}"
  RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "compiling ${SOURCE} failed: ${errors}")
endif()
execute_process(COMMAND ${OUTPUT} ${ARGUMENT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${OUTPUT} exited with ${status}")
endif()
