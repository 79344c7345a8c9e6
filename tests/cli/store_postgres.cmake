# The portfolio store on PostgreSQL from the tiltak tool (docs/store.md), on the server
# scripts/test.sh starts (TILTAK_TEST_POSTGRES); skipped without one, except under CI, where
# store.postgres_server_given fails so that the PostgreSQL tests cannot silently not run.
foreach(script store_workflow concurrent_advance)
  add_test(NAME cli.store_postgres_${script}
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/store_postgres.sh ${script} $<TARGET_FILE:tiltak_cli>
            ${PROJECT_SOURCE_DIR}/examples/fjordvik.json ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(cli.store_postgres_${script} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
add_test(NAME store.postgres_server_given
  COMMAND bash -c [[
if [ "${CI:-}" = true ] && [ -z "${TILTAK_TEST_POSTGRES:-}" ]; then
  echo "CI=true but TILTAK_TEST_POSTGRES is not set: the PostgreSQL store tests would be skipped." \
       "Run scripts/test.sh, which starts a server (scripts/postgres-test-server.sh)."
  exit 1
fi]])
