#!/usr/bin/env python3
"""Peer of bench_generation: renders the same template with Jinja2 for N devices.

Usage: jinja2_render.py TEMPLATE N
The template is in PhoneFleet's syntax; each %ITCS_Name% becomes {{ Name }}. Values per device
are made exactly as bench_generation makes them. Prints "seconds <s>" and "sha256 <first file>".
"""
import hashlib
import re
import sys
import time

import jinja2


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    count = int(sys.argv[2])
    source = re.sub(r"%ITCS_([A-Za-z0-9_]+)%", r"{{ \1 }}", text)
    env = jinja2.Environment(autoescape=False, keep_trailing_newline=True)
    template = env.from_string(source)
    shared = {
        "HTTP_OR_S": "https", "ServerIP": "pf.example.net", "KeepAlivePeriod": "60",
        "Primary_NTP": "10.0.0.1", "Language": "English", "VLANMode": "MANUAL", "VLANPriority": "5",
        "FirmwareFile": "430HD.img",
    }
    first = None
    best = None
    for _ in range(3):  # best of three, as bench_generation does
        start = time.perf_counter()
        first = render_all(template, shared, count) or first
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    print("seconds %.6f" % best)
    print("sha256 %s" % hashlib.sha256(first.encode("utf-8")).hexdigest())


def render_all(template, shared, count):
    first = None
    for i in range(count):
        values = dict(shared)
        values["mac"] = "00908F%06X" % i
        values["Line1Id"] = str(4000 + i)
        values["Line1AuthName"] = "user%d" % i
        values["Line1AuthPassword"] = "pw-%d" % i
        values["DisplayName"] = "User %d" % i
        values["VLANID"] = str(100 + i % 50)
        out = template.render(values)
        if first is None:
            first = out
    return first


if __name__ == "__main__":
    main()
