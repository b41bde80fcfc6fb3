"""The tokenizer: words, numbers and marks in one pass, with their places in the text."""

from __future__ import annotations

from decimal import Decimal

from services.orderwords.tokens import normalize, tokenize


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.norm) for t in tokenize(normalize(text))]


def test_words_numbers_and_marks():
    assert kinds("Refund order #2, it's BROKEN!!") == [
        ("word", "refund"),
        ("word", "order"),
        ("mark", "#"),
        ("number", "2"),
        ("mark", ","),
        ("word", "it's"),
        ("word", "broken"),
        ("mark", "!"),
    ]


def test_prices_keep_their_value_and_model_codes_stay_words():
    tokens = tokenize("the $1,199.99 4K TV and the X1")
    assert [t.value for t in tokens if t.kind == "number"] == [Decimal("1199.99")]
    assert [t.norm for t in tokens if t.kind == "word"] == ["the", "4k", "tv", "and", "the", "x1"]


def test_each_token_knows_where_it_stands():
    text = "my  laptop is fine"
    assert [text[t.start : t.end] for t in tokenize(text)] == ["my", "laptop", "is", "fine"]


def test_typographic_apostrophes_and_full_width_letters_read_plainly():
    assert kinds("don\u2019t") == [("word", "don't")]
    assert kinds(normalize("ｒｅｆｕｎｄ")) == [("word", "refund")]


def test_any_text_tokenizes_without_raising():
    for text in ("\ud800", "\x00", "e\u0301", "😀😀", "'''", "1,,2..3", "-" * 50):
        tokenize(normalize(text))  # reaching here is the test: no exception
    assert [t.norm for t in tokenize("1,,2")] == ["1", ",", "2"]
