"""Numbers inside a clause's pieces: whole numbers in digits or words ("12", "twelve", "one
thousand forty-two"), order ids after a mark ("order 1, 2 and #5"), prices ("$89", "89
dollars") and purchase-date spans ("the last 3 days", "this week"). Each reader looks at a few
pieces from one position and says how many it used, so a clause is read in one pass.
"""

from __future__ import annotations

from decimal import Decimal

from services.orderwords.lexicon import Cue
from services.orderwords.pieces import Piece
from services.orderwords.spelling import LONGEST_NUMBER, TENS, UNITS, number_word, ordinal
from services.orderwords.words import word_set

LIST_JOINERS = frozenset({Cue.AND, Cue.OR})
# Words after a number that make it a quantity, not an order id ("3 days", "1000 piece").
QUANTITY_UNITS = word_set(
    """day days week weeks month months year years hour hours minute minutes min mins time
    times item items piece pieces pc pcs x percent star stars am pm night nights pack packs
    inch inches cm mm kg lb lbs gallon gallons litre litres liter liters ml oz"""
)
NUMBER_STARTS = frozenset({*UNITS, *TENS, "a"})
# The cents said after a price in words ("forty nine ninety nine"): two words' worth, so
# "two one" or "three five" (a list of numbers) is no price.
MIN_CENTS_SAID = 10
MAX_CENTS = 99


def integer(pieces: list[Piece], i: int) -> tuple[int, int] | None:
    """A whole number at pieces[i], in digits or in words: (value, pieces used)."""
    piece = pieces[i]
    if piece.kind == "number" and piece.cue is None:
        value = piece.tokens[0].integer
        return (value, 1) if value is not None else None
    if piece.norm not in NUMBER_STARTS:
        return None
    words = [p.norm if p.cue in (None, Cue.AND) else "" for p in pieces[i : i + LONGEST_NUMBER]]
    found = number_word(words, 0)
    return found if found is not None else None


def ids_after_mark(pieces: list[Piece], i: int) -> tuple[list[int], int]:
    """The ids after an id mark at pieces[i] ("order 1, 2 and #5"): (ids, next index)."""
    ids: list[int] = []
    j = i + 1
    while j < len(pieces):
        if pieces[j].cue is Cue.ID_MARK and ids == [] and j == i + 1:  # "order #2"
            j += 1
            continue
        found = integer(pieces, j)
        if found is None:
            break
        ids.append(found[0])
        j += found[1]
        # "1, 2 and 5": a joiner, an optional mark, then the next id.
        k = j
        if k < len(pieces) and (pieces[k].norm == "," or pieces[k].cue in LIST_JOINERS):
            k += 1
            if k < len(pieces) and pieces[k].cue is Cue.ID_MARK:
                k += 1
            if k < len(pieces) and integer(pieces, k) is not None:
                j = k
                continue
        break
    return ids, j


def price_at(pieces: list[Piece], i: int) -> tuple[Decimal, int] | None:
    """A price at pieces[i]: "$89", "$ 1,199.99", "89 dollars", "19.99": (amount, pieces
    used)."""
    piece = pieces[i]
    if piece.cue is Cue.CURRENCY_WORD and piece.kind == "mark" and i + 1 < len(pieces):
        value = pieces[i + 1].tokens[0].value if pieces[i + 1].kind == "number" else None
        return (value, 2) if value is not None else None
    after = pieces[i + 1] if i + 1 < len(pieces) else None
    if piece.kind == "number" and after and after.cue is Cue.CURRENCY_WORD and after.kind == "word":
        value = piece.tokens[0].value
        return (value, 2) if value is not None else None
    if piece.kind == "number" and piece.cue is None and _in_cents(piece.norm):
        value = piece.tokens[0].value  # "the 34.99 thing": dollars and cents, never an id
        return (value, 1) if value is not None else None
    if piece.kind == "word" and piece.norm in NUMBER_STARTS:
        return _price_in_words(pieces, i)
    return None


def _price_in_words(pieces: list[Piece], i: int) -> tuple[Decimal, int] | None:
    """A price said in words: a number before a currency word ("forty nine dollars"), or a
    number and then its cents, ten to ninety-nine ("three hundred forty nine ninety nine",
    "twelve fifty"; "the twelve fifty one" is the one at $12.50), as prices are said aloud;
    not before a unit ("two fifty ml bottles")."""
    whole = integer(pieces, i)
    if whole is None:
        return None
    j = i + whole[1]
    after = pieces[j] if j < len(pieces) else None
    if after is None or after.kind != "word":
        return None
    if after.cue is Cue.CURRENCY_WORD:
        return Decimal(whole[0]), whole[1] + 1
    cents = integer(pieces, j) if after.norm in NUMBER_STARTS and after.norm != "a" else None
    if cents is None or not MIN_CENTS_SAID <= cents[0] <= MAX_CENTS:
        return None
    end = j + cents[1]
    if cents[1] > 1 and pieces[end - 1].norm == "one":
        cents, end = (cents[0] - 1, cents[1] - 1), end - 1  # "the twelve fifty one": $12.50
    unit = pieces[end] if end < len(pieces) else None
    if unit is not None and (unit.norm in QUANTITY_UNITS or unit.kind == "number"):
        return None
    return Decimal(whole[0]) + Decimal(cents[0]) / 100, end - i


def _in_cents(norm: str) -> bool:
    """A number written with exactly two decimals ("19.99", "49.50"): an amount of money."""
    whole, dot, cents = norm.partition(".")
    return bool(dot and whole and len(cents) == 2)


SPAN_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 31, "months": 31}


def within(pieces: list[Piece], i: int) -> tuple[int, int] | None:
    """ "last 3 days", "past two weeks", "this week": (days, next index), or None."""
    norm = pieces[i].norm
    nxt = pieces[i + 1].norm if i + 1 < len(pieces) else ""
    if norm == "this" and nxt in SPAN_UNITS:
        return SPAN_UNITS[nxt], i + 2
    if norm not in ("last", "past") or i + 1 >= len(pieces):
        return None
    found = integer(pieces, i + 1)
    count, used = found if found is not None else (1, 0)
    unit = pieces[i + 1 + used].norm if i + 1 + used < len(pieces) else ""
    if unit not in SPAN_UNITS:
        return None
    return count * SPAN_UNITS[unit], i + 2 + used


MONTHS = {
    name: n
    for n, names in enumerate(
        (
            "jan january", "feb february", "mar march", "apr april", "may", "jun june",
            "jul july", "aug august", "sep sept september", "oct october", "nov november",
            "dec december",
        ),
        1,
    )
    for name in names.split()
}  # fmt: skip
Date = tuple[int, int, int | None]  # month, day, year (None: any year)


def _day(piece: Piece) -> int | None:
    """A day of the month: "22", "22nd"."""
    value = piece.tokens[0].integer if piece.kind == "number" else ordinal(piece.norm)
    return value if value is not None and 1 <= value <= 31 else None


def date_at(pieces: list[Piece], i: int) -> tuple[Date, int] | None:
    """A calendar date at pieces[i]: "Nov 22", "November 22nd", "22 Nov", "22nd of November",
    "2026-11-22": ((month, day, year), pieces used), or None."""
    here = pieces[i]
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if here.norm in MONTHS and nxt is not None and (day := _day(nxt)) is not None:
        return (MONTHS[here.norm], day, None), 2
    day = _day(here)
    if day is not None and nxt is not None:
        if nxt.norm in MONTHS:
            return (MONTHS[nxt.norm], day, None), 2
        after = pieces[i + 2] if i + 2 < len(pieces) else None
        if nxt.norm == "of" and after is not None and after.norm in MONTHS:
            return (MONTHS[after.norm], day, None), 3
    return _iso(pieces, i)


def _iso(pieces: list[Piece], i: int) -> tuple[Date, int] | None:
    """ "2026-11-22" (read as 2026, "-", 11, "-", 22)."""
    parts = pieces[i : i + 5]
    if len(parts) < 5 or [p.norm for p in parts[1::2]] != ["-", "-"]:
        return None
    values = [p.tokens[0].integer if p.kind == "number" else None for p in parts[::2]]
    year, month, day = values
    if year is None or month is None or day is None or len(parts[0].norm) != 4:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return (month, day, year), 5
