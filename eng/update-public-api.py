#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt in line with the code after a deliberate change of the public API.

Builds the given project(s), reads the PublicApiAnalyzers diagnostics (RS0016: a public symbol not
declared; RS0017: a declared symbol that no longer exists) and updates each project's
PublicAPI.Unshipped.txt. Review the diff: every line is a promise to users.

usage: python3 eng/update-public-api.py src/Criteria.Core [src/Criteria.Sdk ...]
"""
import os, re, subprocess, sys

added_re = re.compile(r"error RS0016: Symbol '(.+?)' is not part of the declared public API.*\[(.+?\.csproj)")
removed_re = re.compile(r"error RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found.*\[(.+?\.csproj)")

for target in sys.argv[1:] or ["Criteria.sln"]:
    for _ in range(3):  # a fix can reveal more symbols (e.g. nested types)
        out = subprocess.run(["dotnet", "build", target, "-c", "Release", "--no-incremental", "-p:TreatWarningsAsErrors=true"],
                             capture_output=True, text=True).stdout
        changes = {}
        for m in added_re.finditer(out):
            changes.setdefault(m.group(2), (set(), set()))[0].add(m.group(1))
        for m in removed_re.finditer(out):
            changes.setdefault(m.group(2), (set(), set()))[1].add(m.group(1))
        if not changes:
            break
        for project, (added, removed) in changes.items():
            path = os.path.join(os.path.dirname(project), "PublicAPI.Unshipped.txt")
            lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
            header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
            body = {l for l in lines if l and not l.startswith("#")}
            body = (body | added) - removed
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(header + sorted(body, key=str.lower)) + "\n")
            print(f"{path}: +{len(added)} -{len(removed)}")
