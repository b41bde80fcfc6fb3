"""The offline model's tokenizer: one pass over the characters of a message, no regular
expression, so reading any text costs time in proportion to its length.

A token is a word (letters and digits, with inner apostrophes: "don't", "4k", "x1"), a number
("89", "1,199.99") or one mark ("$", "#", ",", "?"; a run of the same mark is one token). Each
token keeps where it stands in the text, so a clause can be quoted back as the customer wrote
it. Text is compared in NFKC form and lower case; nothing here can raise on any `str`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

TokenKind = Literal["word", "number", "mark"]
APOSTROPHES = frozenset("'\u2019\u2018`")
DIGITS = frozenset("0123456789")
# The longest word or number worth reading; longer runs are kept whole but never matched.
LONGEST_MEANINGFUL = 40


@dataclass(slots=True)
class Token:
    """One word, number or mark of a message."""

    kind: TokenKind
    text: str  # as written
    norm: str  # lower case, apostrophes plain ("don't"); a number without its commas
    start: int
    end: int

    @property
    def value(self) -> Decimal | None:
        """A number token's value ("1,199.99" → 1199.99); None for anything else."""
        if self.kind != "number" or len(self.norm) > LONGEST_MEANINGFUL:
            return None
        try:
            return Decimal(self.norm)
        except InvalidOperation:
            return None

    @property
    def integer(self) -> int | None:
        """A whole number's value ("12" → 12); None for decimals and anything else."""
        if self.kind == "number" and "." not in self.norm and len(self.norm) <= 10:
            return int(self.norm)
        return None


def normalize(text: str) -> str:
    """The message as the model reads it: NFKC (full-width letters, ligatures), nothing else."""
    try:
        return unicodedata.normalize("NFKC", text)
    except ValueError:  # never expected; a message the normalizer refuses is read as it is
        return text


def _is_letter(ch: str) -> bool:
    """Letters of any script, and digits that are not ASCII (read as part of a word)."""
    return ch.isalnum() and ch not in DIGITS


def _word(text: str, start: int) -> int:
    """The end of the word starting at `start`: letters, digits, inner apostrophes."""
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch.isalnum() or (
            ch in APOSTROPHES and i + 1 < n and _is_letter(text[i + 1]) and i > start
        ):
            i += 1
        else:
            break
    return i


def _thousands(text: str, comma: int) -> bool:
    """A "," followed by exactly three digits: a thousands separator ("1,199"), not a list
    ("orders 11,12")."""
    group = text[comma + 1 : comma + 5]
    return (
        len(group) >= 3
        and all(ch in DIGITS for ch in group[:3])
        and (len(group) == 3 or group[3] not in DIGITS)
    )


def _number(text: str, start: int) -> int:
    """The end of the number starting at `start`: digits with inner thousands "," groups and
    "." decimals."""
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if (
            ch in DIGITS
            or (ch == "." and i + 1 < n and text[i + 1] in DIGITS)
            or (ch == "," and _thousands(text, i))
        ):
            i += 1
        else:
            break
    return i


def _number_norm(raw: str) -> str:
    """ "1,199.99" → "1199.99"; "1.199" stays a decimal; a second "." ends the value."""
    plain = raw.replace(",", "")
    head, dot, tail = plain.partition(".")
    return head + dot + tail.replace(".", "")


def tokenize(text: str, limit: int | None = None) -> list[Token]:
    """The tokens of a (normalized) message, in order; with `limit`, at most one more than
    `limit` (the caller then knows the text is longer than it reads)."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    most = n if limit is None else limit
    while i < n and len(tokens) <= most:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in DIGITS:
            end = _number(text, i)
            if end < n and _is_letter(text[end]):  # "4k", "3rd", "x1" are words
                end = _word(text, i)
                raw = text[i:end]
                tokens.append(Token("word", raw, _plain(raw), i, end))
            else:
                raw = text[i:end]
                tokens.append(Token("number", raw, _number_norm(raw), i, end))
            i = end
            continue
        if ch.isalnum():
            end = _word(text, i)
            raw = text[i:end]
            tokens.append(Token("word", raw, _plain(raw), i, end))
            i = end
            continue
        end = i + 1
        while end < n and text[end] == ch:  # "!!!" or "...": one mark
            end += 1
        tokens.append(Token("mark", text[i:end], ch, i, end))
        i = end
    return tokens


def _plain(word: str) -> str:
    """A word in lower case with plain apostrophes."""
    lowered = word.lower()
    for mark in APOSTROPHES:
        if mark in lowered:
            lowered = lowered.replace(mark, "'")
    return lowered
