"""One name per concept: no two public classes anywhere in the project (services, workflows,
activities, tests) share a name, so a name in a traceback, a log line or a review names one
thing. Classes are found with the AST of every module; a class defined inside a function is
local to it and not counted."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.support.processes import REPO_ROOT

PACKAGES = ("activities", "services", "tests", "workflows")


def modules(root: Path) -> list[Path]:
    """Every Python module of the project's packages."""
    return sorted(p for package in PACKAGES for p in (root / package).rglob("*.py"))


def public_classes(tree: ast.Module) -> list[str]:
    """The public classes a module defines: at its top level and inside those classes."""
    found: list[str] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.ClassDef):
            if not node.name.startswith("_"):
                found.append(node.name)
            pending.extend(node.body)
        elif isinstance(node, ast.If | ast.Try):  # `if TYPE_CHECKING:` and the like
            pending.extend(node.body)
    return found


def classes_by_name(root: Path) -> dict[str, list[str]]:
    """Each public class name, with the modules that define a class of that name."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in modules(root):
        for name in public_classes(ast.parse(path.read_text(), filename=str(path))):
            where[name].append(str(path.relative_to(root)))
    return where


def test_no_two_public_classes_share_a_name():
    where = classes_by_name(REPO_ROOT)
    assert len(where) > 150, "the scan found the project's classes"
    assert {name: paths for name, paths in where.items() if len(paths) > 1} == {}


def test_the_scan_finds_a_duplicate(tmp_path: Path):
    for folder, source in (
        ("services", "class Turn:\n    class Inner: ...\n\ndef f():\n    class Local: ...\n"),
        ("tests", "class Turn: ...\nclass _Private: ...\nclass Inner: ...\nclass Local: ...\n"),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "m.py").write_text(source)
    where = classes_by_name(tmp_path)
    assert where["Turn"] == ["services/m.py", "tests/m.py"]
    assert where["Inner"] == ["services/m.py", "tests/m.py"]
    assert where["Local"] == ["tests/m.py"] and "_Private" not in where
