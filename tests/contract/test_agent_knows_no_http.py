"""The agent package knows nothing of HTTP: none of its modules imports FastAPI, Starlette or
the chat API's HTTP layer (app, routes, deps, errors, limits, schemas, state, middleware). It
raises its own errors; errors.py says what they answer. Imports are read with the AST."""

from __future__ import annotations

import ast

from tests.support.processes import REPO_ROOT

AGENT = REPO_ROOT / "services" / "chat_api" / "agent"
HTTP_LAYER = (
    "fastapi",
    "starlette",
    *(
        f"services.chat_api.{m}"
        for m in ("app", "routes", "deps", "errors", "limits", "schemas", "state", "middleware")
    ),
)


def imported(source: str) -> set[str]:
    """Every module a module imports, anywhere in it (under TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def is_http(module: str) -> bool:
    return any(module == layer or module.startswith(layer + ".") for layer in HTTP_LAYER)


def test_no_agent_module_imports_the_http_layer():
    modules = sorted(AGENT.glob("*.py"))
    assert len(modules) > 15, modules
    found = {
        path.name: sorted(m for m in imported(path.read_text()) if is_http(m)) for path in modules
    }
    assert {name: ms for name, ms in found.items() if ms} == {}


def test_the_check_sees_an_http_import():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from services.chat_api.state import AppState\n"
        "from fastapi import HTTPException\nimport starlette.responses\n"
        "from services.chat_api.refunds import RefundService\n"
    )
    assert sorted(m for m in imported(source) if is_http(m)) == [
        "fastapi",
        "fastapi.HTTPException",
        "services.chat_api.state",
        "services.chat_api.state.AppState",
        "starlette.responses",
    ]
