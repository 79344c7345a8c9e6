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

# A ring of 50 000 initiatives crashed every command that builds the graph (recursion as deep as
# the ring). Now: one cycle, through all of them, and exit status 1.
tiltak_cli_test(ring_graph 1 ARGS graph ${cases}/ring.json --lang en
  OUTPUT "Dependency cycles \\(1\\)\n  1\\. R-000001 \\(Tiltak 1\\) → R-000002 \\(Tiltak 2\\) → .* → R-050000 \\(Tiltak 50000\\) → R-000001 \\(Tiltak 1\\)\n")
tiltak_cli_test(ring_impact 1 ARGS impact ${cases}/ring.json R-000001 --slip 5
  ERRORS "dependency cycle: R-000001 \\(Tiltak 1\\) → R-000002")
tiltak_cli_test(ring_select 0 ARGS select ${cases}/ring.json --budget 1000000 --horizon 2026-2026
  --options ${cases}/greedy_options.json OUTPUT "Status: heuristikk")
tiltak_cli_test(ring_prioritise 0 ARGS prioritise ${cases}/ring.json --format json
  OUTPUT "\"id\": \"R-050000\"")

# Seven initiatives that all depend on each other have 2 365 cycles; the pair beside them was
# never reported. Now every group has its cycle, and the limit is stated.
tiltak_cli_test(tangle_lists_the_pair 1 ARGS graph ${cases}/tangle.json --lang en
  OUTPUT "Dependency cycles \\(100\\) \\(there are more: one for each group, then up to 100 in all\\)\n.*R-000008 \\(Tiltak 8\\) → R-000009 \\(Tiltak 9\\) → R-000008 \\(Tiltak 8\\)\n")
tiltak_cli_test(tangle_json 1 ARGS graph ${cases}/tangle.json --format json
  OUTPUT "\"acyclic\": false,\n    \"cycles_truncated\": true,")

# One supported date range: validate refuses what the schedule cannot hold, with the pointer.
tiltak_cli_test(validate_dates_outside 1 ARGS validate ${cases}/outside_dates.json
  OUTPUT "/initiatives/0/planned/start: outside the supported dates 1900-01-01 to 2200-12-31 \\(value: \"1899-12-31\"\\)
.*/initiatives/1/fixed_start: outside the supported dates 1900-01-01 to 2200-12-31 \\(value: \"2201-01-01\"\\)")
tiltak_cli_test(validate_huge_lag 1 ARGS validate ${cases}/huge_lag.json
  OUTPUT "/initiatives/1/dependencies/0/lag_days: must be between -109937 and 109937 \\(value: 1000000000\\)")
# Before: start = finish = 2200-12-31 for every initiative past the range, and exit status 0.
tiltak_cli_test(schedule_past_the_range 1 ARGS graph ${cases}/past_range.json
  ERRORS "/initiatives/639: R-000640 \\(Tiltak 640\\): its earliest finish would be 73 calendar_days after 2200-12-31, outside the supported dates 1900-01-01 to 2200-12-31.*and 1341 more initiatives outside the supported dates")
# Before: "portfolio finish unchanged".
tiltak_cli_test(slip_past_the_range 1 ARGS impact ${cases}/near_end.json R-000001 --slip 365
  ERRORS "/initiatives/0: R-000001 \\(Tiltak 1\\): date 2201-06-01 is outside the supported calendar 1900-2200")

# The dependants criterion over a chain of 100 000 took 58 s (one search per initiative).
tiltak_cli_test(prioritise_long_chain 0 ARGS prioritise ${cases}/long_chain.json
  --criteria ${cases}/dependants_criteria.json --format json
  OUTPUT "\"id\": \"R-000001\",
      \"title\": \"Tiltak 1\",
      \"rank\": 1,.*\"raw\": 99999.0,.*\"id\": \"R-100000\",.*\"raw\": 0.0,")
# The point is the time (58 s when quadratic, 2 s now), so an optimised build must finish in 30 s;
# under the sanitizers every step is many times slower and the default timeout applies.
if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  set_tests_properties(cli.prioritise_long_chain PROPERTIES TIMEOUT 30)
endif()

set_tests_properties(cli.ring_graph cli.ring_impact cli.ring_select cli.ring_prioritise cli.tangle_lists_the_pair cli.tangle_json cli.validate_dates_outside cli.validate_huge_lag cli.schedule_past_the_range cli.slip_past_the_range cli.prioritise_long_chain
  PROPERTIES FIXTURES_REQUIRED cli_graph_cases)

