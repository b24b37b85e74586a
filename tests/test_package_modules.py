"""The package's modules define each module-level name once: a second definition silently replaces the
first for every rule that reads it (two rules once shared a PARTICIPLE_TAGS that way)."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

import eventcoder

MODULES = sorted(Path(eventcoder.__file__).parent.rglob("*.py"))


def _defined_names(tree: ast.Module) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                # names bound by the statement, not those read inside a subscript ("_BY_FRAME[THREAT] = ...")
                elements = target.elts if isinstance(target, ast.Tuple) else [target]
                counts.update(e.id for e in elements if isinstance(e, ast.Name))
    return counts


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_package_module_defines_each_name_once(path):
    twice = sorted(name for name, n in _defined_names(ast.parse(path.read_text(encoding="utf-8"))).items() if n > 1)
    assert not twice, f"{path.name} defines {', '.join(twice)} more than once"


def test_package_duplicate_check_finds_a_second_definition():
    assert _defined_names(ast.parse("A = 1\nB, A = 2, 3\ndef f(): pass\n"))["A"] == 2
