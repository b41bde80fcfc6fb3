"""The one rule for text that people send us: no control characters except newline and tab.

PostgreSQL refuses NUL in `text` and `jsonb`, and other control characters only hide things
from the people who read the text later. Every request field that carries free text (refund
reasons, chat messages, reviewer and admin notes, names) is typed `CleanText`, so the rule is
checked once, at the edge, and a request that breaks it gets a 422 naming the field.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, StrictStr
from pydantic_core import PydanticCustomError

# C0 controls except tab (\x09) and newline (\x0a), DEL, and the C1 block.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def reject_control_chars(value: str) -> str:
    """Return `value` (a browser's CRLF line ends read as newlines), or fail validation when it
    holds a forbidden control character."""
    value = value.replace("\r\n", "\n")
    if CONTROL_CHARS.search(value):
        raise PydanticCustomError(
            "control_characters",
            "must not contain control characters (only newline and tab are allowed)",
        )
    return value


def strip_control_chars(value: str) -> str:
    """The same rule for text we did not receive from a request (e.g. an error's message that
    goes into the audit trail): forbidden characters are removed."""
    return CONTROL_CHARS.sub("", value)


# Free text from a request: a real string (no number coerced) with the rule applied.
CleanText = Annotated[StrictStr, AfterValidator(reject_control_chars)]
