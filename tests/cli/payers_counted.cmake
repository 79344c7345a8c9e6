# tiltak payers counts the committed initiatives only unless --counted names more (#22).
tiltak_cli_test(payers_counts_committed_by_default 0 ARGS payers ${fjordvik} --format json
  OUTPUT "\"counted\": \\[\n    \"committed\"\n  \\],.*\"withdrawal_share\": 0.5,\n    \"share_source\": \"parameter_set\"")
tiltak_cli_test(payers_counted_pipeline 0 ARGS payers ${fjordvik} --counted committed,pipeline --withdrawal-share 1 --format json
  OUTPUT "\"counted\": \\[\n    \"committed\",\n    \"pipeline\"\n  \\],.*\"withdrawal_share\": 1.0,\n    \"share_source\": \"options\"")
tiltak_cli_test(payers_counted_text 0 ARGS payers ${fjordvik} --lang en
  OUTPUT "Counted: committed\n.*50 % of the planned cash-releasing gains.*Outside the scheme.*below the minimum project cost.*Withdrawn in all \\(initiatives within the scheme\\): NOK 0\n")
tiltak_cli_test(payers_bad_counted 2 ARGS payers ${fjordvik} --counted decided
  ERRORS "--counted takes a comma-separated list of committed, pipeline, paused, dropped, not \"decided\"")
tiltak_cli_test(payers_bad_withdrawal_share 2 ARGS payers ${fjordvik} --withdrawal-share 1.5
  ERRORS "--withdrawal-share must be a number from 0 to 1, not \"1.5\"")
