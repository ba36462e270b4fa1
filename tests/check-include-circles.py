#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No include circles between the app's modules: a module (kez-x.c with kez-x.h) may include
another's header only if that one includes nothing of it, directly or through others. A
header without a .c of its own (kez-store-private.h, kez-db-engine.h) is part of the module
it is named after. Prints each circle, with who includes whom.

usage: check-include-circles.py SOURCE_ROOT"""

import os
import re
import sys
from collections import defaultdict

INCLUDE = re.compile(r'#include "(kez-[a-z0-9-]+)\.h"')


def main():
    top = os.path.join(sys.argv[1], "src")
    paths = {}
    for folder, _, names in os.walk(top):
        for name in names:
            if name.startswith("kez-") and name.endswith((".c", ".h")):
                paths[name] = os.path.join(folder, name)
    sources = {n[:-2] for n in paths if n.endswith(".c")}

    def module(stem):
        """The module a file's stem belongs to: its own, or the one its name extends."""
        name = stem
        while name not in sources and "-" in name[4:]:
            name = name.rsplit("-", 1)[0]
        return name if name in sources else stem

    graph = defaultdict(set)
    for name, path in paths.items():
        source = module(name[:-2])
        with open(path, encoding="utf-8") as f:
            for included in INCLUDE.findall(f.read()):
                if included + ".h" in paths and module(included) != source:
                    graph[source].add(module(included))

    # Tarjan's strongly connected components: each of more than one module is a circle.
    index, low, stack, on_stack, circles = {}, {}, [], set(), []
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    for circle in circles:
        print("include circle: " + ", ".join(circle))
        for v in circle:
            print(f"  {v} includes {', '.join(sorted(w for w in graph[v] if w in circle))}")
    if not graph:
        print("no modules read under " + top)
        return 1
    return 1 if circles else 0


if __name__ == "__main__":
    sys.exit(main())
