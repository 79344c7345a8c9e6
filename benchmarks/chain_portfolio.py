#!/usr/bin/python3
"""Write a portfolio whose initiatives form one dependency chain: the generated portfolio of
--size initiatives (seed 42) with every initiative depending (finish to start) on the one
before and on nothing else. `tiltak prioritise` on it counts 99 999 transitive dependants for
the first initiative (docs/benchmarks.md, "Analyses at scale").

  /usr/bin/python3 benchmarks/chain_portfolio.py --tiltak build/release/bin/tiltak -o /tmp/chain.json
"""

import argparse
import json
import subprocess
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiltak", required=True, help="the tiltak executable")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile(suffix=".json") as generated:
        subprocess.run([args.tiltak, "generate", "--size", str(args.size), "--seed", "42", "-o", generated.name],
                       check=True, capture_output=True)
        with open(generated.name, encoding="utf-8") as file:
            document = json.load(file)
    previous = None
    for initiative in document["initiatives"]:
        initiative["dependencies"] = ([] if previous is None
                                     else [{"initiative": previous, "type": "finish_to_start"}])
        previous = initiative["id"]
    with open(args.output, "w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False)


if __name__ == "__main__":
    main()
