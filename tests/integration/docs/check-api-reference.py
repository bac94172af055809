#!/usr/bin/env python3
"""docs_api_reference: scripts/api-reference renders docs/api/openapi.yaml into one HTML page
that holds every operation of the file and every route phonefleetd serves
(phonefleetd --print-api-routes), with no reference left unresolved and well-formed markup.
"""
import html.parser
import importlib.machinery
import importlib.util
import os
import subprocess
import sys
import tempfile

import yaml

source = os.environ["PHONEFLEET_SOURCE_DIR"]
binary = os.environ["PHONEFLEET_BINARY_DIR"]
failures = []

with tempfile.TemporaryDirectory() as work:
    out = os.path.join(work, "api.html")
    script = os.path.join(source, "scripts", "api-reference")
    spec_path = os.path.join(source, "docs", "api", "openapi.yaml")
    run = subprocess.run([sys.executable, script, spec_path, out], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"scripts/api-reference failed: {run.stderr}")
    page = open(out, encoding="utf-8").read()

# The renderer's own anchor rule, so that the test looks for what the page links to.
loader = importlib.machinery.SourceFileLoader("api_reference", script)
module = importlib.util.module_from_spec(importlib.util.spec_from_loader("api_reference", loader))
loader.exec_module(module)


class Ids(html.parser.HTMLParser):
    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self):
        super().__init__()
        self.ids = set()
        self.stack = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id":
                if value in self.ids:
                    self.errors.append(f"id {value} twice")
                self.ids.add(value)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()


parser = Ids()
parser.feed(page)
failures += parser.errors[:5]
if parser.stack:
    failures.append(f"unclosed: {parser.stack}")

spec = yaml.safe_load(open(spec_path, encoding="utf-8"))
operations = 0
for path, item in spec["paths"].items():
    for method in module.METHODS:
        if method in item:
            operations += 1
            if module.anchor(method, path) not in parser.ids:
                failures.append(f"{method.upper()} {path} of openapi.yaml is not on the page")

routes = subprocess.run([os.path.join(binary, "phonefleetd"), "--print-api-routes"], capture_output=True,
                        text=True, check=True).stdout.split("\n")
served = 0
for route in filter(None, routes):
    method, path = route.split(" ", 1)
    served += 1
    if module.anchor(method.lower(), path) not in parser.ids:
        failures.append(f"{route} is served but not on the API reference page")

if "$ref" in page:
    failures.append("a $ref is left unresolved on the page")
for name in spec.get("components", {}).get("schemas", {}):
    if f"schema-{module.anchor(name)}" not in parser.ids:
        failures.append(f"schema {name} is not on the page")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"docs_api_reference: {operations} operations, {served} served routes, all on the page")
