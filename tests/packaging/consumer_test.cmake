# tiltak_consumer_test(<name> SOURCE_DIR <dir> BUILD_DIR <dir> PREFIX <prefix> LANGUAGE <C|CXX>
#                      [TARGET <target>] [OPTIONS <-D...>...] [TEST_COMMAND <command>...])
# A test that configures and builds a separate project against tiltak installed in PREFIX,
# with this build's generator, compiler, build type and flags (a sanitizer build needs the
# same runtime), then runs TEST_COMMAND when given. TARGET builds that target only.
include_guard(GLOBAL)

function(tiltak_consumer_test name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "SOURCE_DIR;BUILD_DIR;PREFIX;LANGUAGE;TARGET" "OPTIONS;TEST_COMMAND")
  set(test_command)
  if(arg_TEST_COMMAND)
    set(test_command --test-command ${arg_TEST_COMMAND})
  endif()
  set(target)
  if(arg_TARGET)
    set(target --build-target ${arg_TARGET})
  endif()
  set(language ${arg_LANGUAGE})
  add_test(NAME ${name}
    COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test ${arg_SOURCE_DIR} ${arg_BUILD_DIR}
      --build-generator ${CMAKE_GENERATOR}
      --build-makeprogram ${CMAKE_MAKE_PROGRAM}
      --build-config $<CONFIG>
      ${target}
      --build-options
        -DCMAKE_PREFIX_PATH=${arg_PREFIX}
        -DCMAKE_FIND_PACKAGE_PREFER_CONFIG=ON
        -DCMAKE_BUILD_TYPE=$<CONFIG>
        -DCMAKE_${language}_COMPILER=${CMAKE_${language}_COMPILER}
        "-DCMAKE_${language}_FLAGS=${CMAKE_${language}_FLAGS}"
        "-DCMAKE_EXE_LINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
        ${arg_OPTIONS}
      ${test_command})
endfunction()
