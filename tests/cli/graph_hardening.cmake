# Hostile dependency graphs and dates (issue 14; docs/scheduling.md, docs/prioritisation.md):
# the documents are written by tests/support/graph_cases.py before the tests that read them.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(NOT Python3_Interpreter_FOUND)
  return()
endif()
set(cases ${CMAKE_CURRENT_BINARY_DIR}/graph-cases)
add_test(NAME cli.graph_hardening_cases
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/support/graph_cases.py ${cases} 50000)
set_tests_properties(cli.graph_hardening_cases PROPERTIES FIXTURES_SETUP cli_graph_cases)
set(graph_hardening_tests)
macro(graph_hardening_test name)
  tiltak_cli_test(${name} ${ARGN})
  list(APPEND graph_hardening_tests cli.${name})
endmacro()

# A ring of 50 000 initiatives crashed every command that builds the graph (recursion as deep as
# the ring). Now: one cycle, through all of them, and exit status 1.
graph_hardening_test(ring_graph 1 ARGS graph ${cases}/ring.json --lang en
  OUTPUT "Dependency cycles \\(1\\)\n  1\\. R-000001 \\(Tiltak 1\\) → R-000002 \\(Tiltak 2\\) → .* → R-050000 \\(Tiltak 50000\\) → R-000001 \\(Tiltak 1\\)\n")
graph_hardening_test(ring_impact 1 ARGS impact ${cases}/ring.json R-000001 --slip 5
  ERRORS "dependency cycle: R-000001 \\(Tiltak 1\\) → R-000002")
graph_hardening_test(ring_select 1 ARGS select ${cases}/ring.json --budget 1000000
  ERRORS "dependency cycle: R-000001 \\(Tiltak 1\\) → R-000002")
graph_hardening_test(ring_prioritise 0 ARGS prioritise ${cases}/ring.json --format json
  OUTPUT "\"id\": \"R-050000\"")

# Seven initiatives that all depend on each other have 2 365 cycles; the pair beside them was
# never reported. Now every group has its cycle, and the limit is stated.
graph_hardening_test(tangle_lists_the_pair 1 ARGS graph ${cases}/tangle.json --lang en
  OUTPUT "Dependency cycles \\(100\\) \\(there are more: one for each group, then up to 100 in all\\)\n.*R-000008 \\(Tiltak 8\\) → R-000009 \\(Tiltak 9\\) → R-000008 \\(Tiltak 8\\)\n")
graph_hardening_test(tangle_json 1 ARGS graph ${cases}/tangle.json --format json
  OUTPUT "\"acyclic\": false,\n    \"cycles_truncated\": true,")

# One supported date range: validate refuses what the schedule cannot hold, with the pointer.
graph_hardening_test(validate_dates_outside 1 ARGS validate ${cases}/outside_dates.json
  OUTPUT "/initiatives/0/planned/start: \"1899-12-31\": outside the supported dates 1900-01-01 to 2200-12-31.*/initiatives/1/fixed_start: \"2201-01-01\": outside the supported dates")
graph_hardening_test(validate_huge_lag 1 ARGS validate ${cases}/huge_lag.json
  OUTPUT "/initiatives/1/dependencies/0/lag_days: 1000000000: must be between -109937 and 109937")
# Before: start = finish = 2200-12-31 for every initiative past the range, and exit status 0.
graph_hardening_test(schedule_past_the_range 1 ARGS graph ${cases}/past_range.json
  ERRORS "/initiatives/639: \"R-000640\": R-000640 \\(Tiltak 640\\): its earliest finish would be 74 calendar_days after 2200-12-31, outside the supported dates 1900-01-01 to 2200-12-31.*and 1341 more initiatives outside the supported dates")
# Before: "portfolio finish unchanged".
graph_hardening_test(slip_past_the_range 1 ARGS impact ${cases}/near_end.json R-000001 --slip 365
  ERRORS "R-000001 \\(Tiltak 1\\): date 2201-06-01 is outside the supported calendar 1900-2200")

# The dependants criterion over a chain of 100 000 took 58 s (one search per initiative).
graph_hardening_test(prioritise_long_chain 0 ARGS prioritise ${cases}/long_chain.json --format json
  OUTPUT "\"id\": \"R-000001\"")
set_tests_properties(cli.prioritise_long_chain PROPERTIES TIMEOUT 30)

set_tests_properties(${graph_hardening_tests} PROPERTIES FIXTURES_REQUIRED cli_graph_cases)

# The generated 100 000-initiative portfolio ended on 2200-12-31 for 35 605 initiatives (its
# true finish: the year 8477). Now its chains are short enough to stay in the range.
tiltak_cli_test(generate_large 0 ARGS generate --size 100000 --seed 1 -o generated-large.json
  OUTPUT "wrote 100000 initiatives")
tiltak_cli_test(generated_large_schedule 1 ARGS graph generated-large.json --lang en
  OUTPUT "Portfolio: 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9] – 2[01][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\n")
set_tests_properties(cli.generate_large PROPERTIES FIXTURES_SETUP cli_generated_large)
set_tests_properties(cli.generated_large_schedule PROPERTIES FIXTURES_REQUIRED cli_generated_large)
