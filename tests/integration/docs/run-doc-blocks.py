#!/usr/bin/env python3
"""Runs every ```sh block of a Markdown document, in order, in one bash: the test that the
commands the manual shows work as shown (docs_user_guide, and the operations guide in
tests/integration/packaging/install-test.sh).

Usage: run-doc-blocks.py DOC.md [--prelude FILE] [--set TEXT=VALUE]... [--min-blocks N]

--set replaces TEXT in every block before it runs: the manual names an example host
(phonefleet.example.com) or a value only the reader has (<fingerprint>), the test its own.
--prelude is sourced first (functions and variables the environment needs, never shown).
Blocks fenced as ```text or ```console are illustrations and are not run. The run stops at the
first failing command and names the block's line in DOC.md.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def blocks(path):
    out = []
    fence = None
    start = 0
    lines = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            stripped = line.rstrip("\n")
            if fence is None:
                m = re.match(r"^(\s*)```(\w*)\s*$", stripped)
                if m:
                    fence = m.group(2)
                    start = number
                    lines = []
            elif re.match(r"^\s*```\s*$", stripped):
                if fence == "sh":
                    out.append((start, "\n".join(lines)))
                fence = None
            else:
                lines.append(stripped)
    if fence is not None:
        sys.exit(f"{path}:{start}: a ``` block is not closed")
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("doc")
    parser.add_argument("--prelude")
    parser.add_argument("--set", action="append", default=[], metavar="TEXT=VALUE")
    parser.add_argument("--min-blocks", type=int, default=1)
    args = parser.parse_args()
    found = blocks(args.doc)
    if len(found) < args.min_blocks:
        sys.exit(f"{args.doc}: {len(found)} sh blocks, expected at least {args.min_blocks}")
    replacements = []
    for item in args.set:
        text, _, value = item.partition("=")
        replacements.append((text, value))
    name = os.path.basename(args.doc)
    script = ["set -eEuo pipefail",
              'trap \'echo "run-doc-blocks: failed: $DOC_BLOCK (exit $?): $BASH_COMMAND" >&2\' ERR']
    if args.prelude:
        script.append(f"source {sh_quote(args.prelude)}")
    for start, text in found:
        for old, new in replacements:
            text = text.replace(old, new)
        script.append(f"DOC_BLOCK={sh_quote(f'{name}:{start}')}")
        script.append(f"echo {sh_quote(f'== {name}:{start}')}")
        script.append(text)
    script.append(f"echo {sh_quote(f'run-doc-blocks: {len(found)} blocks of {name} ran')}")
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f:
        f.write("\n".join(script) + "\n")
        path = f.name
    try:
        return subprocess.call(["bash", path])
    finally:
        os.unlink(path)


def sh_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    sys.exit(main())
