# A decision record that stands up (issue 16; docs/governance.md): receipts read safely,
# archive messages always valid, decisions checked. Included from tests/cli/CMakeLists.txt.
set(record ${CMAKE_CURRENT_BINARY_DIR}/decision-record)
file(MAKE_DIRECTORY ${record})

# Receipts derived from the shared one for T-1 (case 2026/1234, as decided.json stores it).
file(READ ${gov}/kvittering-t1.xml receipt)
string(REPLACE "<saksaar>2026</saksaar>" "<saksaar>-7</saksaar>" negative_year "${receipt}")
file(WRITE ${record}/negative-year.xml "${negative_year}")
string(REPLACE "<sakssekvensnummer>1234</sakssekvensnummer>" "<sakssekvensnummer>999</sakssekvensnummer>"
       other_case "${receipt}")
file(WRITE ${record}/other-case.xml "${other_case}")
# The issue's attack: one internal entity referenced 20 000 times (160 KB).
string(REPEAT "&a;&a;&a;&a;&a;&a;&a;&a;" 2500 references)
string(REPLACE "<arkivmeldingKvittering " "<!DOCTYPE arkivmeldingKvittering [<!ENTITY a \"aaaaaaaa\">]>\n<arkivmeldingKvittering "
       expanding "${receipt}")
string(REPLACE "<n5mdk:noekkel>tiltak/T-1</n5mdk:noekkel>" "<n5mdk:noekkel>tiltak/T-1${references}</n5mdk:noekkel>"
       expanding "${expanding}")
file(WRITE ${record}/entity-expansion.xml "${expanding}")
string(REPLACE "<arkivmeldingKvittering " "<!DOCTYPE k SYSTEM \"file:///etc/passwd\">\n<arkivmeldingKvittering "
       external "${receipt}")
file(WRITE ${record}/external-entity.xml "${external}")

tiltak_cli_test(receipt_entity_expansion_refused 1
  ARGS archive-receipt ${gov}/decided.json ${record}/entity-expansion.xml -o never-written.json
  ERRORS "entity-expansion.xml: line 9, column [0-9]+: a document type declaration \\(<!DOCTYPE \\.\\.\\.>\\) is not accepted")
tiltak_cli_test(receipt_external_entity_refused 1
  ARGS archive-receipt ${gov}/decided.json ${record}/external-entity.xml -o never-written.json
  ERRORS "document type declaration")
tiltak_cli_test(receipt_negative_year_refused 1
  ARGS archive-receipt ${gov}/decided.json ${record}/negative-year.xml -o never-written.json
  ERRORS "negative-year.xml: line 20: mappeKvittering/saksaar must be a whole number from 1000 to 9999, not \"-7\"")
tiltak_cli_test(receipt_other_case_is_a_conflict 1
  ARGS archive-receipt ${gov}/decided.json ${record}/other-case.xml -o never-written.json
  ERRORS "<kvittering>: /initiatives/0/case_reference: the receipt for tiltak/T-1 gives 2026/999, but 2026/1234 is stored")
tiltak_cli_test(receipt_not_xml_says_where 1
  ARGS archive-receipt ${gov}/decided.json ${gov}/decided.json -o never-written.json
  ERRORS "decided.json: line 1, column 1: not well-formed XML")

# Text XML 1.0 cannot carry is refused with its pointer; an empty system name is refused.
tiltak_cli_test(archive_message_control_characters_refused 1
  ARGS archive-message ${gov}/control-characters.json T-1
  ERRORS "<portfolio>: /initiatives/0/title: U\\+0001 at byte 8 is a character XML 1.0 cannot carry")
add_test(NAME cli.archive_message_empty_system_refused
  COMMAND tiltak_cli archive-message ${gov}/decided.json T-1 --system "")
set_tests_properties(cli.archive_message_empty_system_refused PROPERTIES
  PASS_REGULAR_EXPRESSION "system: the system name is empty")

# Decisions: no negative amounts; none dated before the last one unless a late registration.
tiltak_cli_test(advance_negative_amount_refused 1
  ARGS advance ${gov}/decided.json T-1 --to paused --by council --amount -5 --date 2026-07-01 -o never-written.json
  ERRORS "\\[amount\\] beløpet kan ikke være negativt \\([^)]*5,00 kr\\)")
tiltak_cli_test(advance_before_last_decision_refused 1
  ARGS advance ${gov}/decided.json T-1 --to paused --by council --date 2026-05-15 --lang en -o never-written.json
  ERRORS "\\[date\\] dated 2026-05-15, before the last decision in the log \\(2026-06-01\\); register it as a late registration")
tiltak_cli_test(advance_late_registration 0
  ARGS advance ${gov}/decided.json T-1 --to paused --by council --date 2026-05-15 --late-registration --lang en
       -o late.json
  OUTPUT "T-1: In progress → Paused \\(the digitalisation council\\), logged as decision 3 \\(late registration\\) in late.json")
# Localised throughout: no English frame around Norwegian names.
tiltak_cli_test(advance_norwegian_frame 0
  ARGS advance ${gov}/decided.json T-1 --to paused --by council --date 2026-07-01 -o paused-nb.json
  OUTPUT "^T-1: Under gjennomføring → Satt på vent \\(digitaliseringsrådet\\), ført som vedtak 3 i paused-nb.json\n$")
tiltak_cli_test(advance_danish_dry_run 0
  ARGS advance ${gov}/decided.json T-1 --to paused --by council --date 2026-07-01 --dry-run --lang da
  OUTPUT "^T-1: Under gennemførelse → Sat i bero af digitaliseringsrådet: tilladt\n")

# The chain anchored in the archive: the message for decision 2 of decided.json carries its hash
# and the head; held against it, the log with decision 2 cut (and the stage put back to match)
# is a cut tail, which the file alone cannot show.
file(MAKE_DIRECTORY ${record}/archived)
tiltak_cli_test(archive_message_carries_the_anchor 0
  ARGS archive-message ${gov}/decided.json T-1 --decision 2 -o ${record}/archived/vedtak-2.xml)
set_tests_properties(cli.archive_message_carries_the_anchor PROPERTIES FIXTURES_SETUP archived_decision)
tiltak_cli_test(log_verify_against_the_archive 0
  ARGS log verify ${gov}/decided.json --archived ${record}/archived --lang en
  OUTPUT "decided.json: decision log intact \\(2 entries; acknowledged by the archive up to decision 2\\)")
tiltak_cli_test(log_verify_cut_tail_without_anchor 0 ARGS log verify ${gov}/decided-cut.json --lang en
  OUTPUT "decision log intact \\(1 entries; none acknowledged by the archive; nothing outside the file vouches for decisions 1–1\\)")
tiltak_cli_test(log_verify_cut_tail_found 1
  ARGS log verify ${gov}/decided-cut.json --archived ${record}/archived --lang en
  OUTPUT "decided-cut.json: /decisions: \\[cut_tail\\] the archive acknowledged decision 2, but the log ends at decision 1: decisions were removed\n")
tiltak_cli_test(log_verify_cut_tail_json 1
  ARGS log verify ${gov}/decided-cut.json --archived ${record}/archived --format json
  OUTPUT "\"intact\": false,.*\"acknowledged\": 0,\n  \"recorded\": 0,\n  \"language\": \"nb\",\n  \"findings\": \\[\n    {\n      \"kind\": \"cut_tail\",\n      \"pointer\": \"/decisions\"")
set_tests_properties(cli.log_verify_against_the_archive cli.log_verify_cut_tail_found cli.log_verify_cut_tail_json
  PROPERTIES FIXTURES_REQUIRED archived_decision)

# A stage with no decision behind it: log verify finds it, advance refuses, check reports it.
tiltak_cli_test(log_verify_stage_without_decision 1 ARGS log verify ${gov}/decided-stage-edited.json --lang en
  OUTPUT "/initiatives/0/stage: \\[stage_without_decision\\] T-1 is Completed, but its last decision \\(2\\) moved it to In progress: no decision is behind the stage")
tiltak_cli_test(advance_refused_on_a_broken_record 1
  ARGS advance ${gov}/decided-stage-edited.json T-2 --to anchored --by secretariat --date 2026-07-01 -o never-written.json
  ERRORS "\\[stage_without_decision\\] T-1 står som Fullført, men siste vedtak \\(2\\) flyttet det til Under gjennomføring")
tiltak_cli_test(check_reports_a_broken_record 1 ARGS check ${gov}/decided-stage-edited.json --as-of 2026-06-15 --lang en
  OUTPUT "\\[decision-log\\] T-1 is Completed, but its last decision \\(2\\)")

# A document on the decision message: its SHA-256 as computed here, independently.
file(SHA256 ${gov}/kvittering-t1.xml document_sha256)
file(SIZE ${gov}/kvittering-t1.xml document_size)
tiltak_cli_test(archive_message_with_document 0
  ARGS archive-message ${gov}/decided.json T-1 --decision 2 --document ${gov}/kvittering-t1.xml --document-title Saksframlegg
  OUTPUT "<antallFiler>1</antallFiler>.*<dokumentbeskrivelse>.*<tittel>Saksframlegg</tittel>.*<n5mdk:kode>H</n5mdk:kode>.*<filnavn>kvittering-t1.xml</filnavn>.*<sjekksum>${document_sha256}</sjekksum>\n *<sjekksumAlgoritme>SHA256</sjekksumAlgoritme>\n *<filstoerrelse>${document_size}</filstoerrelse>")
