#!/bin/sh
# The tool's files as a hostile or careless user meets them: what -o writes to, what is read.
#   files_test.sh TILTAK CASE DATA_DIR EXAMPLE
# Every case runs in a fresh directory; a command that would block forever is cut off by
# timeout, so a regression fails instead of hanging the suite.
set -u
tiltak=$1 case=$2 data=$3 example=$4
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() { echo "FAIL ($case): $*" >&2; exit 1; }
# run EXPECTED-STATUS COMMAND...: runs the tool (at most 20 s), keeping stdout and stderr.
run() {
  expected=$1; shift
  timeout 20 "$tiltak" "$@" >out.txt 2>err.txt
  status=$?
  [ "$status" = "$expected" ] || fail "tiltak $*: exit $status, expected $expected; stderr: $(cat err.txt)"
}
expect_error() { grep -q -- "$1" err.txt || fail "stderr lacks '$1': $(cat err.txt)"; }
mode_of() { stat -c %a "$1"; }

case $case in
report_to_fifo)
  mkfifo pipe
  timeout 20 cat pipe >received.json &
  run 0 report "$example" --format json --as-of 2026-11-23 -o pipe
  wait
  [ -p pipe ] || fail "the FIFO was replaced"
  grep -q '"tiltak_report"' received.json || fail "the reader got no report"
  ;;
report_to_dev_null)
  run 0 report "$example" --format json --as-of 2026-11-23 -o /dev/null
  [ -c /dev/null ] || fail "/dev/null is no longer a character device"
  ;;
report_through_symlink)
  mkdir real && echo old >real/report.json && ln -s real/report.json link.json
  run 0 report "$example" --format json --as-of 2026-11-23 -o link.json
  [ -L link.json ] || fail "the symbolic link was replaced"
  grep -q '"tiltak_report"' real/report.json || fail "the link's target was not written"
  ;;
new_file_gets_umask_mode)
  umask 022
  run 0 report "$example" --format md --as-of 2026-11-23 -o new.md
  [ "$(mode_of new.md)" = 644 ] || fail "a new file under umask 022 has mode $(mode_of new.md)"
  ;;
saved_portfolio_keeps_mode)
  umask 077
  cp "$data/minimal.json" portfolio.json && chmod 0644 portfolio.json
  run 0 import-csv "$data/csv/import-minimal.csv" --into portfolio.json
  [ "$(mode_of portfolio.json)" = 644 ] || fail "a 0644 portfolio has mode $(mode_of portfolio.json) after saving"
  grep -q "imported 2 initiatives into portfolio.json" out.txt || fail "nothing was imported: $(cat out.txt)"
  ;;
stale_temporary_file_removed)
  echo partial >report.html.tmp.AbC123
  run 0 report "$example" --as-of 2026-11-23 -o report.html
  [ ! -e report.html.tmp.AbC123 ] || fail "the stale temporary file is still there"
  ;;
hard_link_refused)
  echo old >a.json && ln a.json b.json
  run 1 report "$example" --format json --as-of 2026-11-23 -o a.json
  expect_error "a.json: the file has 2 hard links"
  [ "$(cat b.json)" = old ] && [ "$(cat a.json)" = old ] || fail "a hard-linked file was changed"
  ;;
check_dev_zero)
  run 1 check /dev/zero
  expect_error "/dev/zero: cannot read a character device"
  ;;
check_rules_dev_zero)
  run 1 check "$example" --rules /dev/zero
  expect_error "/dev/zero: cannot read a character device"
  ;;
check_fifo)
  mkfifo pipe
  run 1 check pipe
  expect_error "pipe: cannot read a FIFO (named pipe)"
  ;;
check_directory)
  mkdir portfolio
  run 1 check portfolio
  expect_error "portfolio: cannot read a directory"
  ;;
validate_too_large)
  truncate -s 3G big.json
  run 1 validate big.json
  grep -q "big.json: the input is 3221225472 bytes, larger than the limit of 2147483648 bytes" out.txt ||
    fail "no size error: $(cat out.txt)"
  ;;
validate_stdin)
  timeout 20 "$tiltak" validate - <"$data/minimal.json" >out.txt 2>err.txt || fail "exit $?: $(cat err.txt)"
  grep -q "^-: valid (2 initiatives" out.txt || fail "$(cat out.txt)"
  ;;
csv_set_to_stdout_refused)
  run 2 report "$example" --format csv -o -
  expect_error "writes one file per table: name a directory with -o DIR (not standard output)"
  [ ! -e ./- ] || fail "a directory named - was created"
  ;;
since_after_as_of_refused)
  run 0 report "$example" --format json --as-of 2026-12-01 -o later.json
  run 1 report "$example" --format json --as-of 2026-11-01 --since later.json
  expect_error 'later.json: /as_of: the previous report is dated after this report.s as-of date 2026-11-01'
  ;;
csv_set_gets_umask_mode)
  # Every file of the CSV set, new ones by the umask, an existing one keeping its mode.
  umask 002
  mkdir tables && echo old >tables/risks.csv && chmod 0640 tables/risks.csv
  run 0 report "$example" --format csv --as-of 2026-11-23 -o tables
  for file in tables/*.csv; do
    if [ "$file" = tables/risks.csv ]; then want=640; else want=664; fi
    [ "$(mode_of "$file")" = "$want" ] || fail "$file has mode $(mode_of "$file"), expected $want"
  done
  [ "$(ls tables | wc -l)" -gt 10 ] || fail "the CSV set is incomplete: $(ls tables)"
  ;;
report_keeps_existing_mode)
  umask 077
  echo old >report.html && chmod 0664 report.html
  run 0 report "$example" --as-of 2026-11-23 -o report.html
  [ "$(mode_of report.html)" = 664 ] || fail "a 0664 report has mode $(mode_of report.html) after writing"
  grep -q "<!DOCTYPE html>" report.html || fail "the report was not written"
  ;;
*) fail "unknown case" ;;
esac
