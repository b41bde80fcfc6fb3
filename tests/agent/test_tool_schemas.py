"""The agent's tools: what the model is shown of each is the schema of the function's own
arguments, and a call's runtime is injected but never dumped with its arguments."""

from __future__ import annotations

import pytest
from langchain_core.tools import BaseTool, StructuredTool, tool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel

from services.chat_api.agent.tools import TOOLS


@pytest.mark.parametrize("one", TOOLS, ids=lambda t: t.name)
def test_the_model_sees_the_schema_of_the_functions_own_arguments(one: BaseTool) -> None:
    assert isinstance(one, StructuredTool) and one.coroutine is not None
    as_declared = tool(one.coroutine)
    assert convert_to_openai_tool(one) == convert_to_openai_tool(as_declared)
    assert "runtime" not in convert_to_openai_tool(one)["function"]["parameters"]["properties"]


@pytest.mark.parametrize("one", TOOLS, ids=lambda t: t.name)
def test_the_runtime_is_injected_but_not_dumped_with_the_arguments(one: BaseTool) -> None:
    schema = one.args_schema
    assert isinstance(schema, type) and issubclass(schema, BaseModel)
    assert "runtime" in schema.model_fields  # validated as given, and injected
    assert schema.model_fields["runtime"].exclude is True
