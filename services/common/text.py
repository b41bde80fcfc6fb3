"""The one rule for text that people send us, checked once, at the edge.

- Text must be text: a lone surrogate ("\\ud800", which JSON can carry but no encoding can
  store or send) is refused, so it can never reach PostgreSQL, a workflow or the model.
- No control characters except newline and tab: PostgreSQL refuses NUL in `text` and `jsonb`,
  and other control characters only hide things from the people who read the text later.
- In notes and reasons, which reach the admin's email and the review pages, bidirectional
  controls and zero-width characters (which can make a text read differently from what it
  says) are removed.

Every request field that carries free text (chat messages, refund reasons, reviewer and admin
notes, sign-in tokens) is typed `CleanText`, and reasons and notes `NoteText`, so a request
that breaks the rule gets a 422 naming the field.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, StrictStr
from pydantic_core import PydanticCustomError

# C0 controls except tab (\x09) and newline (\x0a), DEL, and the C1 block.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SURROGATES = re.compile(r"[\ud800-\udfff]")
# Bidirectional embeddings, overrides, isolates and marks; zero-width spaces and joiners; BOM.
INVISIBLE = re.compile(r"[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


# What a request is told about text that cannot be encoded (pydantic says "string_unicode" when
# a constrained field meets it before this rule does).
UNENCODABLE = "is not valid text: it holds a lone surrogate, which cannot be encoded"
UNENCODABLE_ERRORS = frozenset({"unencodable_text", "string_unicode"})


def reject_control_chars(value: str) -> str:
    """Return `value` (a browser's CRLF line ends read as newlines), or fail validation when it
    is not encodable text or holds a forbidden control character."""
    if SURROGATES.search(value):
        raise PydanticCustomError("unencodable_text", UNENCODABLE)
    value = value.replace("\r\n", "\n")
    if CONTROL_CHARS.search(value):
        raise PydanticCustomError(
            "control_characters",
            "must not contain control characters (only newline and tab are allowed)",
        )
    return value


def strip_invisible(value: str) -> str:
    """Remove bidirectional controls and zero-width characters (for notes and reasons)."""
    return INVISIBLE.sub("", value)


def strip_control_chars(value: str) -> str:
    """The same rule for text we did not receive from a request (e.g. an error's message that
    goes into the audit trail): forbidden characters are removed."""
    return INVISIBLE.sub("", SURROGATES.sub("", CONTROL_CHARS.sub("", value)))


# Free text from a request: a real string (no number coerced) with the rule applied.
CleanText = Annotated[StrictStr, AfterValidator(reject_control_chars)]
# A note or reason (it reaches the admin's email): the same, with invisible characters removed.
NoteText = Annotated[
    StrictStr, AfterValidator(reject_control_chars), AfterValidator(strip_invisible)
]
