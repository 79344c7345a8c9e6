# Files the tool writes and reads (docs/architecture.md, "Files"): devices, FIFOs, symbolic
# and hard links, modes, stale temporary files, size limits; the cases run by files_test.sh.
foreach(case report_to_fifo report_through_symlink new_file_gets_umask_mode saved_portfolio_keeps_mode
             stale_temporary_file_removed hard_link_refused check_dev_zero check_rules_dev_zero check_fifo
             check_directory validate_too_large validate_stdin csv_set_to_stdout_refused since_after_as_of_refused
             report_to_dev_null csv_set_gets_umask_mode report_keeps_existing_mode)
  add_test(NAME cli.files.${case}
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/files_test.sh $<TARGET_FILE:tiltak_cli> ${case} ${data} ${fjordvik})
endforeach()
# The real /dev/null is written only once writing to a FIFO and through a link has been
# shown to leave them in place: a regression must not replace the machine's /dev/null.
set_tests_properties(cli.files.report_to_fifo cli.files.report_through_symlink PROPERTIES FIXTURES_SETUP in_place_writes)
set_tests_properties(cli.files.report_to_dev_null PROPERTIES FIXTURES_REQUIRED in_place_writes)

tiltak_cli_test(files_markdown_to_stdout 0 ARGS report ${fjordvik} --format md --as-of 2026-11-23 -o -
  OUTPUT "^# ")
# A saved portfolio to standard output: the document there, the command's message on stderr.
tiltak_cli_test(files_import_csv_to_stdout 0 ARGS import-csv ${data}/csv/import-minimal.csv --into ${data}/minimal.json -o -
  OUTPUT "^{\n  \"schema_version\": 1,.*\"T-11\"" ERRORS "^imported 2 initiatives into -\n$")
