# The year the report's present values are in (issue 17): by default the --as-of date's year,
# another with --discount-year, a year outside the supported range refused.
tiltak_cli_test(report_discount_year_default 0
  ARGS report ${fjordvik} --as-of 2026-11-23 --format md -o -
  OUTPUT "Netto nåverdi i 2026-kroner")
tiltak_cli_test(report_discount_year_chosen 0
  ARGS report ${fjordvik} --as-of 2026-11-23 --discount-year 2024 --format json -o -
  OUTPUT "\"discount_year\": 2024")
tiltak_cli_test(report_discount_year_out_of_range 2
  ARGS report ${fjordvik} --as-of 2026-11-23 --discount-year 3000
  ERRORS "--discount-year must be a number from 1900 to 2200, not \"3000\"")
