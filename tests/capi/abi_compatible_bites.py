#!/usr/bin/python3
"""The ABI compatibility check bites (ctest: capi.abi_compatible_bites).

Takes the release's ABI description (capi/abi/libtiltak_c.abi.xml) as the old library and
copies of it as the new one: unchanged, which must pass; with one function removed, and with
one parameter's type changed, which must both fail. abi_compatible.compare() is the same
function the real check (capi.abi_compatible) uses.

Usage: abi_compatible_bites.py --abidiff abidiff --baseline OLD.xml --scratch DIR
"""

import argparse
import pathlib
import re
import sys

from abi_compatible import compare

REMOVED = "tiltak_portfolio_summary"
CHANGED = "tiltak_portfolio_initiative_count"  # its size_t* out_count becomes another type


def function_decl(xml: str, name: str) -> re.Match:
    match = re.search(rf"<function-decl name='{name}'.*?</function-decl>\n", xml, flags=re.S)
    if not match:
        raise SystemExit(f"the baseline does not describe {name}")
    return match


def without_function(xml: str, name: str) -> str:
    """The description with `name` gone: its declaration and its ELF symbol."""
    decl = function_decl(xml, name)
    xml = xml[:decl.start()] + xml[decl.end():]
    return re.sub(rf"\s*<elf-symbol name='{name}'[^>]*/>", "", xml, count=1)


def with_parameter_retyped(xml: str, name: str) -> str:
    """The description with the last parameter of `name` given the type of its return value."""
    decl = function_decl(xml, name)
    text = decl.group(0)
    parameters = re.findall(r"<parameter type-id='([^']+)'", text)
    returned = re.search(r"<return type-id='([^']+)'", text)
    if not parameters or not returned or parameters[-1] == returned.group(1):
        raise SystemExit(f"cannot retype a parameter of {name}")
    last = text.rfind(f"<parameter type-id='{parameters[-1]}'")
    changed = text[:last] + text[last:].replace(parameters[-1], returned.group(1), 1)
    return xml[:decl.start()] + changed + xml[decl.end():]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--abidiff", default="abidiff")
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--scratch", required=True)
    args = parser.parse_args()
    scratch = pathlib.Path(args.scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    baseline = pathlib.Path(args.baseline).read_text(encoding="utf-8")

    cases = [("unchanged", baseline, True),
             (f"{REMOVED} removed", without_function(baseline, REMOVED), False),
             (f"a parameter of {CHANGED} retyped", with_parameter_retyped(baseline, CHANGED), False)]
    failures = 0
    for index, (what, xml, should_pass) in enumerate(cases):
        path = scratch / f"case_{index}.abi.xml"
        path.write_text(xml, encoding="utf-8")
        passed, report = compare(args.abidiff, args.baseline, str(path), [])
        named = should_pass or REMOVED in report or CHANGED in report
        if passed != should_pass or not named:
            failures += 1
            print(f"FAIL: {what}: the check {'passed' if passed else 'failed'}\n{report}", file=sys.stderr)
        else:
            print(f"ok: {what}: the check {'passes' if passed else 'fails, naming the function'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
