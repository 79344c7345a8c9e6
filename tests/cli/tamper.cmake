# The tamper suite from the tiltak tool, on a JSON document and an SQLite store (tamper.sh).
# The attacker is a Python script; Debian's interpreter is the one the build found.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
  add_test(NAME cli.tamper_suite
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tamper.sh $<TARGET_FILE:tiltak_cli> ${gov}/decided.json
            ${Python3_EXECUTABLE} ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(cli.tamper_suite PROPERTIES PASS_REGULAR_EXPRESSION "tamper suite: passed")
endif()
