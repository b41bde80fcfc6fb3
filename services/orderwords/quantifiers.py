"""Words of quantity that name no order: "all" as "completely" ("all black"), "every" and
"all" of time ("every time", "all the time", "at all"), "every" of a thing that is none of the
customer's items ("on every input"), and the words that make a
superlative a comparison of two ("the cheaper one")."""

from __future__ import annotations

from collections.abc import Sequence

from services.orderwords.lexicon import Cue
from services.orderwords.pieces import Piece

# Words that make a superlative compare two orders the conversation named ("the cheaper one").
COMPARATIVES = frozenset({"cheaper", "pricier", "more", "less", "newer", "older", "dearer"})
# A rank's word in its plain degree ("the expensive one"), and the words making it the most.
POSITIVES = frozenset({"expensive", "costly"})
MOSTS = frozenset({"most", "least"})
# Words of time after "every", "each", "all the" ("every time"): no order meant.
TIMES = frozenset({"time", "times", "day", "days", "night", "morning", "week", "single", "while"})
# Words after which "all" says "completely" ("all black"), not "every order".
ALL_AS_ADVERB = frozenset(
    {"black", "white", "blank", "wet", "dirty", "dusty", "muddy", "bent", "blurry", "fuzzy",
     "wrong", "over", "messed", "mixed", "gone", "sticky", "faded", "crooked", "grey", "gray"}
)  # fmt: skip


# Words after "after all" that make it "after every ...": "after all of them arrived".
AFTER_ALL_OF = frozenset({"of", "my", "the", "these", "those", "your", "our", "orders", "items"})

# Verbs of being and arriving that "all" may follow as "completely": "it's all crumbly",
# and their plural forms ("the paints r all dried up", "they're all faded").
BEING = frozenset(
    {"is", "was", "it's", "its", "came", "arrived", "got", "looks", "went", "are", "were", "r",
     "they're", "theyre", "look", "seem", "seems"}
)  # fmt: skip


def all_as_adverb(pieces: Sequence[Piece], i: int) -> bool:
    """ "all" as an adverb before a word that describes ("all black", "all scratched"), or
    "every" / "all" of time ("every time", "all the time", "at all")."""
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    after = pieces[i + 2] if i + 2 < len(pieces) else None
    if i > 0 and pieces[i - 1].norm == "at":
        return True  # "doesn't work at all"
    if nxt is not None and nxt.norm in TIMES:
        return True  # "every time", "each day"
    if nxt is not None and nxt.norm == "the" and after is not None and after.norm in TIMES:
        return True  # "all the time"
    of_a_thing = nxt is not None and nxt.kind == "word" and nxt.content and not nxt.item
    if pieces[i].norm in ("every", "each") and of_a_thing:
        return True  # "it hisses on every input", "each song skips": no order meant
    if pieces[i].norm != "all":
        return False
    if i > 0 and pieces[i - 1].norm == "after" and (nxt is None or nxt.norm not in AFTER_ALL_OF):
        return True  # "i do want it refunded after all": the idiom, not every order
    if nxt is None:
        return False
    if nxt.cue is Cue.FAULT or nxt.norm in ALL_AS_ADVERB:
        return True
    # "it's all crumbly", "the screen was all fuzzy", "it came all scratched": "all" between
    # a verb of being and a describing word that names nothing
    before = pieces[i - 1].norm if i > 0 else ""
    return before in BEING and nxt.kind == "word" and nxt.content and not nxt.item
