# Hostile and careless input to the benefit commands and the JSON inputs (issue 14; duplicate
# keys from issue 16): errors that say where, years range-checked, sums that do not wrap.
set(hardening ${data}/hardening)

# A number beyond a double: a parse error with its line and column (was "internal error:
# [json.exception.out_of_range.406]" with no place).
tiltak_cli_test(hardening_number_overflow 1 ARGS validate ${hardening}/number-overflow.json
  OUTPUT "number-overflow.json: line 3, column 11: not valid JSON: the number 1e400 is out of range")
tiltak_cli_test(hardening_number_overflow_benefits 1 ARGS benefits ${hardening}/number-overflow.json
  ERRORS "number-overflow.json: line 3, column 11: not valid JSON: the number 1e400 is out of range")
# Latin-1 text: the encoding and the byte offset are named (was "not valid JSON: '\"Fjordvik �'").
tiltak_cli_test(hardening_not_utf8 1 ARGS validate ${hardening}/not-utf8.json
  OUTPUT "not-utf8.json: line 3, column 21: not valid JSON: not UTF-8: 0xE5 0x20 at byte offset 45 is not a well-formed UTF-8 sequence")
# A key given twice: refused with the pointer and place of the second (the last one used to win).
tiltak_cli_test(hardening_duplicate_key 1 ARGS validate ${hardening}/duplicate-key.json
  OUTPUT "duplicate-key.json: line 31, column 7: /initiatives/0/title: this key is given twice in one object")
tiltak_cli_test(hardening_duplicate_key_in_parameters 1
  ARGS benefits ${data}/minimal.json --params ${hardening}/params-duplicate.json
  ERRORS "params-duplicate.json: line 2, column 2: /based_on: this key is given twice in one object")

# Parameter-set years outside 1900-2200: 2147483647 used to hang, 202 gave every PV 0 kr.
tiltak_cli_test(hardening_params_far_year 1 ARGS benefits ${data}/minimal.json --params ${hardening}/params-far-year.json
  ERRORS "params-far-year.json: /discount_year: must be a year within 1900-2200, the years tiltak supports \\(value: 2147483647\\)")
tiltak_cli_test(hardening_params_year_202 1 ARGS benefits ${data}/minimal.json --params ${hardening}/params-year-202.json
  ERRORS "params-year-202.json: /discount_year: must be a year within 1900-2200")

# Amounts that validate accepts but whose sum leaves the exact range name the initiative (was
# "amount out of range (computed amount)").
tiltak_cli_test(hardening_amount_overflow_benefits 1 ARGS benefits ${hardening}/amount-overflow.json
  ERRORS "^/initiatives/0: initiative \"T-1\": amount out of range")
tiltak_cli_test(hardening_amount_overflow_payers 1 ARGS payers ${hardening}/amount-overflow.json
  ERRORS "^/initiatives/0: initiative \"T-1\": amount out of range")

# Monte Carlo: 50 000 000 000 000 000 kr a draw over 1 000 draws; the mean per initiative used
# to wrap around in an int64 sum of øre.
tiltak_cli_test(hardening_monte_carlo_mean_does_not_wrap 0
  ARGS uncertainty ${hardening}/monte-carlo-large.json --draws 1000 --format json
  OUTPUT "\"initiative\": \"T-2\",\n *\"mean_npv\": \"50000000000000000.00\"")

# A cash saving of citizens is not a public-budget effect: T-2's NPV with the tax-financing cost
# equals its NPV (40 % of 650 kr × (1000/1.04 + 2000.5/1.04²) = 730 889 kr), where the saving of
# a unit would carry 20 % more; and it is not in the gevinstuttak.
tiltak_cli_test(hardening_citizens_cash_no_tax_financing 0 ARGS benefits ${hardening}/citizens-cash.json
  OUTPUT "T-2 +Pårørendeapp +0 kr +730 889 kr +730 889 kr +730 889 kr")
tiltak_cli_test(hardening_citizens_cash_not_withdrawn 0 ARGS payers ${hardening}/citizens-cash.json --format json
  OUTPUT "\"budget_withdrawal\": {\n *\"withdrawal_share\": 0.5,\n *\"share_source\": \"parameter_set\",\n *\"planned_gains\": \"0.00\",\n *\"parties\": \\[\\],")
