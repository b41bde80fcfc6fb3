"""Words as the customer may spell them: plural and singular, small typos, number words.

`stem` folds a word to one form for comparison (possessive and plural endings dropped),
`near` finds the known words within a small edit distance (transpositions count as one edit),
and `number_word` reads "three" or "twenty one" as a number. Every function here costs time in
proportion to its input only (edit distances are computed with a cut-off, by rapidfuzz).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

# Below this length a word must be spelt exactly; from here one typo, from LONG_WORD two.
FUZZY_MIN_LENGTH = 4
LONG_WORD = 8
LONGEST_WORD = 30  # no item or cue is longer; longer tokens are never matched
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "last": -1,
}  # fmt: skip
# Plurals that are not the word plus "s" (or whose singular is the same word).
KEEP_AS_IS = frozenset({"series", "glasses", "species", "news", "lens", "chess", "shades"})


def stem(word: str) -> str:
    """One form of a word for comparison: "headphones" → "headphone", "boxes" → "box",
    "batteries" → "battery", "friend's" → "friend"."""
    if word.endswith(("'s", "s'")):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if word in KEEP_AS_IS or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """ "strings", "boxes", "batteries": a plural noun, as far as its ending tells."""
    return word.endswith("s") and not word.endswith("'s") and stem(word) != word


def allowed_edits(word: str) -> int:
    """How many typos a word of this length may carry and still be recognised."""
    if len(word) < FUZZY_MIN_LENGTH:
        return 0
    return 2 if len(word) >= LONG_WORD else 1


def _first_letters_fit(a: str, b: str) -> bool:
    """Typos rarely hit the first letter; a swap of the first two letters still counts."""
    return a[0] == b[0] or (len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0])


# Spellings by ear: one sound written two ways ("hedfones" for "headphones").
MIN_BY_EAR = 5  # shorter words sound like too many others
SOUNDS = (("ph", "f"), ("ck", "k"), ("ea", "e"), ("ou", "u"), ("ee", "i"), ("y", "i"))


def by_ear(word: str) -> str:
    """The word with its sounds written one way and its doubled letters single (linear)."""
    for written, sound in SOUNDS:
        word = word.replace(written, sound)
    return "".join(ch for i, ch in enumerate(word) if i == 0 or word[i - 1] != ch)


def near(word: str, known: Sequence[str]) -> list[str]:
    """The known words closest to `word` within its allowed typos (all at the best distance),
    or [] when none is close; failing that, the ones it sounds like ("hedfones"). Exact
    equality is the caller's first check."""
    if len(word) > LONGEST_WORD or not word:
        return []
    close = _near(word, known)
    if close or len(word) < MIN_BY_EAR:
        return close
    heard = by_ear(word)
    return [c for c in known if len(c) >= MIN_BY_EAR and by_ear(c) == heard] or _near_by_ear(
        heard, known
    )


def _near_by_ear(heard: str, known: Sequence[str]) -> list[str]:
    """The known words whose sound is one typo from this one's."""
    found = []
    for candidate in known:
        if len(candidate) < MIN_BY_EAR or not _first_letters_fit(heard, candidate):
            continue
        if OSA.distance(heard, by_ear(candidate), score_cutoff=1) <= 1:
            found.append(candidate)
    return found


def _near(word: str, known: Sequence[str]) -> list[str]:
    """The known words closest to `word` within its allowed typos (all at the best
    distance), or []."""
    best: list[str] = []
    best_distance = allowed_edits(word) + 1
    for candidate in known:
        if not candidate or not _first_letters_fit(word, candidate):
            continue
        limit = min(allowed_edits(word), allowed_edits(candidate))
        if limit == 0 or abs(len(candidate) - len(word)) > limit:
            continue
        distance = OSA.distance(word, candidate, score_cutoff=limit)
        if distance > limit:
            continue
        if distance < best_distance:
            best, best_distance = [candidate], distance
        elif distance == best_distance:
            best.append(candidate)
    return best


SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}
LONGEST_NUMBER = 16  # words in a number written out ("two million three hundred thousand …")


def number_word(words: Sequence[str], at: int) -> tuple[int, int] | None:
    """A number written in words at `words[at]` ("three", "forty-two" read as "forty", "-",
    "two", "one thousand forty-two", "a hundred and five"): (value, words used), or None.
    "one and two" is two numbers: "and" joins only after "hundred" or "thousand"."""
    total = current = 0
    used = 0  # words of the number read so far (a trailing "and" or "-" is not kept)
    last = ""  # the kind of the last number word: unit, tens, hundred or scale
    i = at
    end = min(len(words), at + LONGEST_NUMBER)
    while i < end:
        word = words[i]
        if word in TENS and last in ("", "hundred", "scale"):
            current, last = current + TENS[word], "tens"
        elif word in UNITS and (
            last in ("", "hundred", "scale") or (last == "tens" and 0 < UNITS[word] < 10)
        ):
            current, last = current + UNITS[word], "unit"
        elif word == "hundred" and last in ("unit", "a"):
            current, last = (current or 1) * 100, "hundred"
        elif word in SCALES and last in ("unit", "tens", "hundred", "a"):
            total, current, last = total + (current or 1) * SCALES[word], 0, "scale"
        elif word == "a" and i == at:
            last = "a"
            i += 1
            continue
        elif (word == "and" and last in ("hundred", "scale")) or (word == "-" and last == "tens"):
            i += 1
            continue
        else:
            break
        i += 1
        used = i - at
    if not used:
        return None
    return total + current, used


def ordinal(word: str) -> int | None:
    """ "second" → 2, "3rd" → 3, "last" → -1; None for any other word."""
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    head, tail = word[:-2], word[-2:]
    if tail in ("st", "nd", "rd", "th") and head.isascii() and head.isdigit() and len(head) <= 3:
        return int(head) or None
    return None


def unique(values: Iterable[int]) -> tuple[int, ...]:
    """The values in their first order, each once."""
    return tuple(dict.fromkeys(values))
