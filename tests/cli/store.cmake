# The portfolio store from the tiltak tool (docs/store.md).
foreach(script concurrent_advance store_workflow report_since_revision)
  add_test(NAME cli.store_${script}
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/${script}.sh $<TARGET_FILE:tiltak_cli>
            ${PROJECT_SOURCE_DIR}/examples/fjordvik.json ${CMAKE_CURRENT_BINARY_DIR})
endforeach()
