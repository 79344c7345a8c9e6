#!/usr/bin/python3
"""The ABI compatibility check (ctest: capi.abi_compatible).

Compares the C ABI of a freshly built libtiltak_c.so with the description of the last
release's library kept in the repository (capi/abi/libtiltak_c.abi.xml, made by abidw; see
docs/c-api.md, "Versioning and the ABI"), with libabigail's abidiff. Functions may be added;
a function removed or changed in any type it uses fails the check.

abidiff's exit status is a bit set: 1 an error, 2 a usage error, 4 an ABI change, 8 an
incompatible ABI change. Added functions would count as a change, so they are left out of the
comparison (--no-added-syms); any change then left is to a function the release had.

Both sides are read the same way: only the exported interfaces (the tiltak_* functions),
and only the types of the public headers (--headers-dir: tiltak.h and the generated
version.h); the structs behind the opaque handles stay declarations, so the C++ core inside
may change freely. Reading only the exported interfaces keeps this to seconds on a library
that carries the whole core's debug information.

Usage: abi_compatible.py --baseline OLD.xml --library NEW.so --headers-dir DIR ...
                         [--abidiff abidiff]          (NEW may be an abidw XML too)
       abi_compatible.py --write-baseline OUT.xml --library NEW.so --headers-dir DIR ...
                         [--abidw abidw]              (at a release: the next baseline)
"""

import argparse
import subprocess
import sys

ERROR, USAGE_ERROR, CHANGE, INCOMPATIBLE = 1, 2, 4, 8
READING = ["--exported-interfaces-only", "--drop-private-types"]


def describe(abidw: str, library: str, headers_dirs: list[str], out: str) -> None:
    """Writes the ABI description of `library` (abidw's XML) to `out`."""
    command = [abidw, *READING, "--no-corpus-path", "--no-comp-dir-path", "--out-file", out]
    for directory in headers_dirs:
        command += ["--headers-dir", directory]
    subprocess.run(command + [library], check=True)


def compare(abidiff: str, baseline: str, library: str, headers_dirs: list[str]) -> tuple[bool, str]:
    """Whether `library` keeps every function of `baseline` unchanged, and abidiff's report."""
    command = [abidiff, "--no-added-syms", *READING]
    for directory in headers_dirs:
        command += ["--headers-dir2", directory]
    command += [baseline, library]
    run = subprocess.run(command, capture_output=True, text=True)
    report = run.stdout + run.stderr
    status = run.returncode
    if status & (ERROR | USAGE_ERROR):
        return False, f"abidiff could not compare (exit status {status}):\n{report}"
    if status & INCOMPATIBLE:
        return False, f"ABI break: a function of the release was removed or changed incompatibly:\n{report}"
    if status & CHANGE:
        return False, f"ABI change to a function of the release (only additions are allowed):\n{report}"
    return True, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--abidiff", default="abidiff")
    parser.add_argument("--abidw", default="abidw")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--baseline")
    which.add_argument("--write-baseline")
    parser.add_argument("--library", required=True)
    parser.add_argument("--headers-dir", action="append", default=[])
    args = parser.parse_args()
    if args.write_baseline:
        describe(args.abidw, args.library, args.headers_dir, args.write_baseline)
        return 0
    compatible, report = compare(args.abidiff, args.baseline, args.library, args.headers_dir)
    print(report, end="" if report.endswith("\n") or not report else "\n",
          file=sys.stdout if compatible else sys.stderr)
    if compatible:
        print(f"ABI compatible: {args.library} keeps every function of {args.baseline}")
    return 0 if compatible else 1


if __name__ == "__main__":
    sys.exit(main())
