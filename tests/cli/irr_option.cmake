# The IRR only where it is shown (issue 19): text leaves it out unless --irr on adds its column;
# JSON has it unless --irr off, which writes null.
tiltak_cli_test(benefits_text_without_irr 0 ARGS benefits ${data}/minimal.json --lang en
  OUTPUT "Payback\n")
tiltak_cli_test(benefits_text_irr_on 0 ARGS benefits ${data}/minimal.json --lang en --irr on
  OUTPUT "Payback +IRR\n")
tiltak_cli_test(benefits_json_irr_default 0 ARGS benefits ${data}/minimal.json --format json
  OUTPUT "\"irr\": {\n *\"rates\"")
tiltak_cli_test(benefits_json_irr_off 0 ARGS benefits ${data}/minimal.json --format json --irr off
  OUTPUT "\"irr\": null")
tiltak_cli_test(benefits_irr_bad_value 2 ARGS benefits ${data}/minimal.json --irr maybe
  ERRORS "--irr")
