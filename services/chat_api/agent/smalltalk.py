"""Social moves in a customer's message (hello, thanks, help, bye) and short yes/no answers.

Typed yes/no confirming a pending refund proposal is decided by the application
(consent.py); here "yes" only answers the assistant's own offer ("Would you like me to request
one?").
"""

from __future__ import annotations

import re
from typing import Literal

Social = Literal["greet", "thanks", "help", "bye"]
Answer = Literal["yes", "no"]

YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|sure|ok|okay|please|please do|go ahead|do it|confirm|correct"
    r"|sounds good|that's right|right|absolutely|definitely|of course)\b"
    r"(?:[\s,!.]*(?:please|yes|do it|go ahead|thanks|thank you|that would be great))*[\s!.]*$",
    re.I,
)
NO = re.compile(
    r"^\s*(?:no|nope|nah|no thanks|no thank you|not now)\b[\s,!.]*\w{0,8}[\s!.]*$", re.I
)
GREETINGS = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))\b", re.I
)
THANKS = re.compile(r"\b(?:thanks|thank you|thx|cheers|appreciate it|ty)\b", re.I)
HELP = re.compile(r"\b(?:help|what can you do|how does this work|who are you)\b", re.I)
BYE = re.compile(r"\b(?:bye|goodbye|see you|that's all|that is all)\b", re.I)


def social_moves(text: str) -> frozenset[Social]:
    """Greetings, thanks, a call for help, a goodbye."""
    found: set[Social] = set()
    for name, pattern in (("greet", GREETINGS), ("thanks", THANKS), ("help", HELP), ("bye", BYE)):
        if pattern.search(text):
            found.add(name)  # type: ignore[arg-type]
    return frozenset(found)
