# `tiltak report --format pdf` without Chromium (issue #17): an error naming what is missing and
# the Debian package that has it, and no file written. The PDF itself: tests/report/.
add_test(NAME cli.report_pdf_names_missing_chromium
  COMMAND ${CMAKE_COMMAND} -E env TILTAK_CHROMIUM=/no/such/chromium
          $<TARGET_FILE:tiltak_cli> report ${fjordvik} --as-of 2026-11-23 --format pdf -o -)
set_tests_properties(cli.report_pdf_names_missing_chromium PROPERTIES
  PASS_REGULAR_EXPRESSION "a PDF needs what is not installed: Chromium \\(Debian package chromium; or set TILTAK_CHROMIUM\\)"
  FAIL_REGULAR_EXPRESSION "%PDF-")
