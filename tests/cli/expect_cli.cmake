# Runs the tiltak tool once and checks its exit status and output.
#   cmake -DTILTAK=<exe> -DARGS=<arguments joined by "::"> -DEXIT=<status> [-DOUTPUT=<regex>]
#         [-DERRORS=<regex>] [-DWORKDIR=<dir>] -P expect_cli.cmake
string(REPLACE "::" ";" ARGS "${ARGS}")
execute_process(COMMAND ${TILTAK} ${ARGS}
  WORKING_DIRECTORY ${WORKDIR}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL EXIT)
  message(FATAL_ERROR "tiltak ${ARGS}: exit status ${status}, expected ${EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED OUTPUT AND NOT out MATCHES "${OUTPUT}")
  message(FATAL_ERROR "tiltak ${ARGS}: stdout does not match '${OUTPUT}':\n${out}")
endif()
if(DEFINED ERRORS AND NOT err MATCHES "${ERRORS}")
  message(FATAL_ERROR "tiltak ${ARGS}: stderr does not match '${ERRORS}':\n${err}")
endif()
