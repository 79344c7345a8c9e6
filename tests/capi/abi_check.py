#!/usr/bin/python3
"""The C ABI check (ctest: capi.abi).

capi/abi/tiltak.abi lists every exported function, one normalized prototype per line, in
the order they were added. The ABI is append-only, so this fails when
  * a line of tiltak.abi is missing from tiltak.h or its prototype changed,
  * tiltak.h declares a TILTAK_API function that is not yet appended to tiltak.abi,
  * libtiltak_c.so exports anything but exactly the functions of tiltak.abi
    (hidden visibility and the version script keep the C++ core private),
  * the library's SONAME is not libtiltak_c.so.<major>.

Usage: abi_check.py --header tiltak.h --abi tiltak.abi [--library libtiltak_c.so.X.Y.Z
       --major N --nm nm --readelf readelf]
       abi_check.py --header tiltak.h --print   (the normalized prototypes, to append from)
"""

import argparse
import re
import subprocess
import sys


def normalize(declaration: str) -> str:
    """One prototype on one line: whitespace collapsed, `T* name` pointer style, no TILTAK_API."""
    text = re.sub(r"\s+", " ", declaration).strip()
    text = re.sub(r"^TILTAK_API ", "", text)
    text = re.sub(r"\s*TILTAK_DEPRECATED_FOR\(\w+\)", "", text)  # a deprecation changes no ABI
    text = re.sub(r"\s*\*\s*", "*", text)              # "char ** out" -> "char**out"
    text = re.sub(r"\*(?=[A-Za-z_])", "* ", text)      # "char**out"   -> "char** out"
    text = re.sub(r"\s*([(),;])\s*", r"\1", text)       # no spaces around ( ) , ;
    text = text.replace(",", ", ")
    text = re.sub(r"\)(?=[A-Za-z_])", ") ", text)
    return text


def header_prototypes(path: str) -> list[str]:
    source = open(path, encoding="utf-8").read()
    source = re.sub(r"/\*.*?\*/", " ", source, flags=re.S)  # comments
    source = re.sub(r"//[^\n]*", " ", source)
    source = re.sub(r"^\s*#.*$", " ", source, flags=re.M)   # preprocessor lines (the TILTAK_API definition)
    return [normalize(match) for match in re.findall(r"\bTILTAK_API\b[^;{}]*;", source)]


def function_name(prototype: str) -> str:
    match = re.search(r"([A-Za-z_][A-Za-z0-9_]*)\(", prototype)
    if not match:
        raise ValueError(f"not a function prototype: {prototype}")
    return match.group(1)


def abi_lines(path: str) -> list[str]:
    lines = []
    for raw in open(path, encoding="utf-8").read().splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            lines.append(raw.strip())
    return lines


def check_header(header: list[str], abi: list[str], abi_path: str) -> list[str]:
    errors = []
    header_by_name = {function_name(p): p for p in header}
    seen = set()
    for line in abi:
        name = function_name(line)
        if name in seen:
            errors.append(f"{abi_path}: {name} is listed twice")
        seen.add(name)
        if normalize(line) != line:
            errors.append(f"{abi_path}: line is not normalized:\n    {line}\n  should read\n    {normalize(line)}")
        if name not in header_by_name:
            errors.append(f"ABI break: {name} was removed from tiltak.h; exported functions are never removed:\n"
                          f"    {line}")
        elif header_by_name[name] != normalize(line):
            errors.append(f"ABI break: the prototype of {name} changed; add a new function instead of changing it:\n"
                          f"    was: {line}\n    now: {header_by_name[name]}")
    missing = [p for p in header if function_name(p) not in seen]
    if missing:
        errors.append(f"tiltak.h declares functions that {abi_path} does not list yet; append these lines "
                      f"at its end (never in the middle):\n" + "\n".join(f"    {p}" for p in missing))
    return errors


def check_library(library: str, names: set[str], major: str, nm: str, readelf: str) -> list[str]:
    errors = []
    listing = subprocess.run([nm, "-D", "--defined-only", library], check=True, capture_output=True, text=True).stdout
    exported = set()
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            exported.add(fields[2].split("@")[0])  # "name@VERSION" when symbols are versioned
    if extra := sorted(exported - names):
        errors.append(f"{library} exports symbols that are not in tiltak.abi (hidden visibility and "
                      f"capi/abi/exports.map should keep them private):\n" + "\n".join(f"    {s}" for s in extra))
    if absent := sorted(names - exported):
        errors.append(f"{library} does not export functions listed in tiltak.abi:\n" +
                      "\n".join(f"    {s}" for s in absent))
    dynamic = subprocess.run([readelf, "-d", library], check=True, capture_output=True, text=True).stdout
    sonames = re.findall(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    if sonames != [f"libtiltak_c.so.{major}"]:
        errors.append(f"{library}: SONAME is {sonames or 'missing'}, expected libtiltak_c.so.{major}")
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--header", required=True)
    parser.add_argument("--abi")
    parser.add_argument("--print", action="store_true", help="print the header's normalized prototypes")
    parser.add_argument("--library")
    parser.add_argument("--major")
    parser.add_argument("--nm", default="nm")
    parser.add_argument("--readelf", default="readelf")
    args = parser.parse_args()

    header = header_prototypes(args.header)
    if args.print:
        print("\n".join(header))
        return 0
    if not header:
        print(f"no TILTAK_API functions found in {args.header}", file=sys.stderr)
        return 1
    abi = abi_lines(args.abi)
    errors = check_header(header, abi, args.abi)
    if args.library:
        errors += check_library(args.library, {function_name(line) for line in abi}, args.major, args.nm, args.readelf)
    for error in errors:
        print(error, file=sys.stderr)
    if not errors:
        print(f"ABI OK: {len(abi)} functions, header and library agree with {args.abi}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
