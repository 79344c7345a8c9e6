# tiltak systems: the IT-system register (issue 23), on tests/data/systems.json as of 2026-10-01.
# Hand-computed: T-3 decommissions S-OMSORG, which T-1 replaces, so T-3 waits for T-1;
# S-OMSORG's contract ends 2026-11-30 and T-1 goes live 2026-12-31, 31 days late; T-3 goes live
# 2027-03-31, so S-OMSORG's 480 000.00 a year is u-hjem's gain from 2028.
set(register ${data}/systems.json)
tiltak_cli_test(systems_derived_dependency 0 ARGS systems ${register} --as-of 2026-10-01 --format json
  OUTPUT "\"derived_dependencies\": \\[\n    {\n      \"dependent\": \"T-3\",\n      \"prerequisite\": \"T-1\",\n      \"system\": \"S-OMSORG\",\n      \"type\": \"finish_to_start\"\n    }\n  \\]")
tiltak_cli_test(systems_missed_deadline 0 ARGS systems ${register} --as-of 2026-10-01 --format json
  OUTPUT "\"deadlines\": \\[\n    {\n      \"system\": \"S-OMSORG\",\n      \"replacement\": \"T-1\",\n      \"deadline\": \"2026-11-30\",\n      \"forecast\": \"2026-12-31\",\n      \"missed\": true,\n      \"days_late\": 31,\n      \"pointer\": \"/systems/0/contracts/0/end\"")
tiltak_cli_test(systems_decommissioning_gain 0 ARGS systems ${register} --as-of 2026-10-01 --format json
  OUTPUT "\"gains\": \\[\n    {\n      \"system\": \"S-OMSORG\",\n      \"initiative\": \"T-3\",\n      \"unit\": \"u-hjem\",\n      \"go_live\": \"2027-03-31\",\n      \"first_year\": 2028,\n      \"yearly\": \"480000.00\"\n    }\n  \\]")
tiltak_cli_test(systems_gaps_with_pointers 0 ARGS systems ${register} --as-of 2026-10-01 --lang en
  OUTPUT "System register.*S-OMSORG Gammelt omsorgssystem +Own +In operation .*!.*\\[system-contract-security\\] System S-OMSORG Gammelt omsorgssystem: contract 2019/77 lacks security requirements[^\n]*\n +/systems/0/contracts/0\n.*\\[system-risk-assessment\\] System S-SAK Sak og arkiv: no risk assessment in the last quarter[^\n]*\n +/systems/2/risk_assessed\n.*T-3 waits for T-1 \\(S-OMSORG\\).*missed \\(31 days late\\)\n +/systems/0/contracts/0/end.*S-OMSORG \\(T-3\\): NOK 480,000 a year for u-hjem from 2028")
tiltak_cli_test(systems_bad_horizon 2 ARGS systems ${register} --horizon -1 ERRORS "--horizon must be a number from 0 to 3650")
# tiltak check reports the rules over systems too, each with its pointer.
tiltak_cli_test(check_systems 1 ARGS check ${register} --as-of 2026-10-01 --lang en --format json
  OUTPUT "\"subject_kind\": \"system\",\n      \"subject\": \"S-OMSORG\",\n      \"rule\": \"system-contract-security\",\n      \"severity\": \"warning\",\n      \"pointer\": \"/systems/0/contracts/0\"")
