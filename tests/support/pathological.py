"""Messages built to be slow to read: repeated spaces, words and marks, long tokens, unicode,
lone surrogates, and the message that froze an earlier offline model ("order" followed by
spaces). Each is as long as the chat allows. The parse-time bench and the tests share them."""

from __future__ import annotations

from hypothesis import strategies as st

from services.chat_api.routes.chat import MAX_MESSAGE_CHARS
from services.orderwords.words import word_set

# Every code point, lone surrogates included (hypothesis leaves them out by default), and
# runs of the words the model knows, so that random text also hits its cue phrases.
CHARACTERS = st.characters() | st.characters(categories=["Cs"])
KNOWN_WORDS = sorted(
    word_set(
        """refund return cancel order # $ 2 three it them not no wait the laptop tv watch fine
        broke if so go ahead except everything cheapest second other , . ? ! and or but
        because yes"""
    )
)
RANDOM_MESSAGES = st.text(CHARACTERS, min_size=1, max_size=MAX_MESSAGE_CHARS) | st.lists(
    st.sampled_from(KNOWN_WORDS), min_size=1, max_size=400
).map(lambda words: " ".join(words)[:MAX_MESSAGE_CHARS])


def _fill(unit: str, size: int) -> str:
    """`unit` repeated up to exactly `size` characters."""
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def pathological(size: int = MAX_MESSAGE_CHARS) -> dict[str, str]:
    """Named messages of `size` characters, each hard in its own way."""
    return {
        "order + spaces": "order" + " " * (size - 5),
        "spaces": " " * size,
        "newlines and tabs": _fill("\n\t ", size),
        "one long word": "a" * size,
        "one long number": "9" * size,
        "digits with dots": _fill("1.", size),
        "digits with commas": _fill("1,", size),
        "a cue repeated": _fill("refund ", size),
        "order ids repeated": _fill("order 1, ", size),
        "id marks repeated": _fill("# ", size),
        "dollars repeated": _fill("$", size),
        "ands repeated": _fill("refund the laptop and ", size),
        "negations repeated": _fill("not ", size),
        "conditions repeated": _fill("if so ", size),
        "corrections repeated": _fill("no wait, ", size),
        "number words": _fill("one thousand forty-two ", size),
        "typos of cues": _fill("refnud cancle eligable retrun ", size),
        "near item words": _fill("hedphones labtop wacth televison ", size),
        "hyphen chains": _fill("t-shirt-", size),
        "apostrophe chains": _fill("don't'", size),
        "punctuation runs": _fill("!?.,;:", size),
        "one mark": "," * size,
        "a word and a comma": _fill("a,", size),
        "a pronoun and a comma": _fill("it,", size),
        "a request and a comma": _fill("refund the tv, ", size),
        "dollars and digits": _fill("$1", size),
        "letters and dots": _fill("x.", size),
        "unicode letters": _fill("日本語のテキスト", size),
        "emoji": _fill("😀🔥", size),
        "combining marks": _fill("e\u0301", size),
        "full-width letters": _fill("ｒｅｆｕｎｄ ", size),
        "lone surrogates": _fill("\ud800", size),
        # each "please" between a request and words opening a sentence asks whether a verb
        # follows before any mark: asked by scanning, that was quadratic (32 ms)
        "pleases after a request": "refund " + _fill("my please ", size - 7),
        "a real request, repeated": _fill(
            "my laptop is fine but the watch strap snapped, refund it please. ", size
        ),
    }
