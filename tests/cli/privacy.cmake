# Hidden names (issue 17): `tiltak report --hide-names` shows people by role and unit, and no
# person's name or id (Fjordvik's ids are "p-<name>") reaches the JSON, HTML or Markdown.
# Included from CMakeLists.txt it registers the tests; run with -P it is the check itself:
#   cmake -DTILTAK=<exe> -DPORTFOLIO=<fjordvik.json> -DFORMAT=<json|html|md> -P privacy.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  execute_process(COMMAND ${TILTAK} report ${PORTFOLIO} --hide-names --format ${FORMAT} --as-of 2026-11-23 -o -
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "tiltak report --hide-names --format ${FORMAT}: exit status ${status}\n${err}")
  endif()
  string(TOLOWER "${out}" lower)
  string(REGEX REPLACE "[ \t\r\n]+" " " lower "${lower}")
  # An id starts a word ("p-bente-skogheim"); CSS such as "@top-left" is no id.
  string(REGEX MATCH "(^|[^a-z0-9])p-[a-z].*" tail "${lower}")
  if(tail)
    string(LENGTH "${lower}" length)
    string(LENGTH "${tail}" tail_length)
    math(EXPR at "${length} - ${tail_length}")
    string(SUBSTRING "${tail}" 0 60 excerpt)
    message(FATAL_ERROR "--hide-names --format ${FORMAT} shows a person id at ${at}: ${excerpt}")
  endif()
  file(READ ${PORTFOLIO} document)
  string(JSON count LENGTH "${document}" organisation people)
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    string(JSON name GET "${document}" organisation people ${i} name)
    string(TOLOWER "${name}" name)
    string(FIND "${lower}" "${name}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "--hide-names --format ${FORMAT} shows the name ${name} at ${at}")
    endif()
  endforeach()
  return()
endif()

foreach(format json html md)
  add_test(NAME cli.privacy_hidden_names_${format}
           COMMAND ${CMAKE_COMMAND} -DTILTAK=$<TARGET_FILE:tiltak_cli> -DPORTFOLIO=${fjordvik} -DFORMAT=${format}
                   -P ${CMAKE_CURRENT_LIST_FILE})
endforeach()
# The people are there, by role and unit: a benefit owner (an id before) and an initiative owner.
tiltak_cli_test(privacy_hidden_names_roles_and_units 0
  ARGS report ${fjordvik} --hide-names --format json --as-of 2026-11-23 -o -
  OUTPUT "\"owner\": \"Eier \\(Barnehagekontoret\\)\".*\"owner\": \"Gevinsteier \\(Servicetorget og dokumentsenteret\\)\"")
# Shown, the ids are there: the checks above are not vacuous.
tiltak_cli_test(privacy_names_shown 0 ARGS report ${fjordvik} --format json --as-of 2026-11-23 -o -
  OUTPUT "\"owner\": \"p-bente-skogheim\"")
