"""Order references in a stretch of a customer's message, and what they name among the
customer's orders.

`read_refs` is pure text work: marked ids ("order 2", "#2"), prices ("the $89 one"), order
dates ("yesterday", "3 days ago"), "everything", "it"/"that one", "the other one", ordinals
and the words that may name items. `resolve` then matches them against the customer's orders
(the JSON of `list_my_orders`). It never picks between two candidates: those come back as an
ambiguous group for the planner to ask about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.chat_api.agent.matching import name_hits

ID_LIST = r"\d{1,10}(?:\s*(?:,|and|&|or|\+)\s*(?:#|order\s*)?\s*\d{1,10})*"
MARKED_IDS = re.compile(
    rf"\b(?:orders?|purchases?)\s*(?:number|num|no\.?|id|#)?\s*#?\s*({ID_LIST})"
    rf"|#\s*({ID_LIST})|\bnumber\s+({ID_LIST})",
    re.I,
)
PRICE = re.compile(
    r"\$\s?(\d[\d,]*(?:\.\d{1,2})?)|\b(\d[\d,]*(?:\.\d{1,2})?)\s?(?:dollars?|bucks|usd)\b", re.I
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1,
}  # fmt: skip
DAYS_AGO = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a) days? (?:ago|back|before)\b",
    re.I,
)
YESTERDAY = re.compile(r"\b(?:the day before yesterday|yesterday)\b", re.I)
TODAY = re.compile(
    r"\b(?:bought|ordered|purchased|got|from|placed) (?:it |them )?(?:earlier )?today\b"
    r"|\btoday'?s (?:order|purchase)\b",
    re.I,
)
EVERY = re.compile(
    r"\beverything\b|\ball (?:of )?(?:my|the|them|these|those|it|orders|items|purchases)\b"
    r"|\bevery (?:order|item|one|thing|purchase)\b|\ball\b(?=\s*(?:but|except|apart|other))"
    r"|\b(?:refund|return) (?:them )?all\b",
    re.I,
)
BACK = re.compile(r"\b(?:it|them|that|this|those|these|the same|that one|this one)\b", re.I)
OTHER = re.compile(r"\b(?:the other(?: one| order| item)?|the rest)\b", re.I)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
ORDINAL = re.compile(r"\bthe (first|second|third|fourth|fifth|last) (?:one|order|item)\b", re.I)
WORD = re.compile(r"[a-z][a-z0-9']*|\d+[a-z]+[a-z0-9]*", re.I)
_GRAMMAR_WORDS = """a an the my me i i'm im want wanted would like please can could you your is
    are was were be been has have had do did does don't dont doesn't not no get got give for of
    on to and or with what which where who how why when order orders purchase purchases money
    back again hi hello hey thanks thank ok okay yes yeah yep sure just now today yesterday also
    too well plus same instructions ignore previous system prompt rules new request requested
    requesting send need needs made make there their its it's let know see show list bought buy
    ordered anything everything else because since due help sir madam hmm um refund refunds
    refunded refunding reimburse reimbursement return returns returned returning status done
    yet processed through paid complete completed finished approved approve rejected declined
    progress update happened news decided decision pending where details detail info look
    lookup tell check shipped arrive arrived delivered track about it them that this those
    these one ones other rest first second third fourth fifth last all every except but apart
    from than aside excluding besides cancel cancelled canceled mind never changed change wait
    day days ago week price cost costs much many how dollars dollar bucks usd over under above
    below more less cheaper expensive number id go ahead proceed do it's they they're item
    items thing things stuff mine some any am will shall should may might quickly asap soon
    still really very good great fine thing also in at by as so if then than into out up
    policy admin mode now urgent immediately anymore already can't won't isn didn doesn wasn
    let actually maybe hey oh customer customers user users account client"""
GRAMMAR_WORDS = frozenset(_GRAMMAR_WORDS.split())


@dataclass(frozen=True)
class Refs:
    """What a stretch of text says about which orders it means."""

    ids: tuple[int, ...] = ()  # marked: "order 2", "#2"
    bare: tuple[int, ...] = ()  # unmarked numbers: ids only as the answer to "which order?"
    words: tuple[str, ...] = ()  # words that may name items
    prices: tuple[Decimal, ...] = ()  # "the $89 one"
    days_ago: tuple[int, ...] = ()  # "yesterday" -> 1
    every: bool = False  # "everything", "all my orders"
    back: bool = False  # "it", "that one"
    other: bool = False  # "the other one"
    ordinal: int | None = None  # "the second one"

    @property
    def names_something(self) -> bool:
        """Names orders by itself, without the conversation's help."""
        return bool(self.ids or self.words or self.prices or self.days_ago or self.every)

    @property
    def empty(self) -> bool:
        """Names nothing, not even through the conversation."""
        return not (self.names_something or self.back or self.other or self.ordinal)


def _numbers(group: str) -> list[int]:
    """The integers in a matched id list ("1, 2 and #5")."""
    return [int(d) for d in re.findall(r"\d{1,10}", group)]


def read_refs(text: str) -> Refs:
    """The order references in a stretch of text (pure)."""
    ids: list[int] = []
    used = [False] * len(text)

    def take(m: re.Match[str]) -> None:
        """Mark the match's characters as used, so they are no bare number."""
        for i in range(m.start(), m.end()):
            used[i] = True

    for m in MARKED_IDS.finditer(text):
        ids.extend(_numbers(next(g for g in m.groups() if g)))
        take(m)
    prices: list[Decimal] = []
    for m in PRICE.finditer(text):
        before = text[max(0, m.start() - 14) : m.start()].lower()
        if not re.search(r"(?:over|above|than|least|under|below)\s*$", before):
            prices.append(Decimal((m.group(1) or m.group(2)).replace(",", "")))
        take(m)
    days: list[int] = []
    for m in DAYS_AGO.finditer(text):
        n = m.group(1).lower()
        days.append(int(n) if n.isdigit() else NUMBER_WORDS[n])
        take(m)
    for m in YESTERDAY.finditer(text):
        days.append(2 if "before" in m.group(0).lower() else 1)
    if TODAY.search(text):
        days.append(0)
    bare = [
        int(m.group(0))
        for m in re.finditer(r"(?<![\w$.,])\d{1,10}(?![\w.,]\d|\w)", text)
        if not used[m.start()]
    ]
    ordinal_m = ORDINAL.search(text)
    words = [
        w
        for w in (re.sub(r"'(?:s|d|ll|ve|re|m|t)$", "", w.lower()) for w in WORD.findall(text))
        if w not in GRAMMAR_WORDS and len(w) > 1 and not w.isdigit()
    ]
    return Refs(
        ids=tuple(dict.fromkeys(ids)),
        bare=tuple(dict.fromkeys(bare)),
        words=tuple(dict.fromkeys(words)),
        prices=tuple(prices),
        days_ago=tuple(dict.fromkeys(days)),
        every=bool(EVERY.search(text)),
        back=bool(BACK.search(text)),
        other=bool(OTHER.search(text)),
        ordinal=ORDINALS[ordinal_m.group(1).lower()] if ordinal_m else None,
    )


@dataclass(frozen=True)
class Resolved:
    """What references name among the customer's orders."""

    ids: list[int] = field(default_factory=list)
    ambiguous: list[list[int]] = field(default_factory=list)  # ask: which of these?
    unmatched: bool = False  # they named something that is not among the orders

    @property
    def clear(self) -> bool:
        """Names orders and nothing doubtful."""
        return bool(self.ids) and not self.ambiguous and not self.unmatched


def _age(order: dict[str, Any], today: dt.date) -> int:
    """How many days ago the order was placed."""
    return (today - dt.date.fromisoformat(str(order["order_date"])[:10])).days


def _fits(order: dict[str, Any], refs: Refs, today: dt.date) -> bool:
    """True when the order fits every price and date the references give."""
    price = Decimal(str(order["price"]))
    return all(abs(price - p) < 1 for p in refs.prices) and all(
        _age(order, today) == d for d in refs.days_ago
    )


def resolve(refs: Refs, orders: Sequence[dict[str, Any]], today: dt.date) -> Resolved:
    """The orders that `refs` name; ambiguous groups when a reference fits several."""
    by_id = {int(o["order_id"]): o for o in orders}
    chosen: list[int] = list(refs.ids)
    ambiguous: list[list[int]] = []
    unmatched = False
    if refs.every:
        chosen.extend(by_id)
    hits = name_hits(refs.words, [(oid, str(o["item"])) for oid, o in by_id.items()])
    strong = [h for h in hits if h.strong] or hits
    for hit in strong:
        narrowed = set(hit.order_ids)
        for other in hits:
            if other is not hit and other.order_ids & narrowed:
                narrowed &= other.order_ids
        if len(narrowed) > 1:
            # The price or date may tell them apart; a contradicting one is ignored.
            fitting = {oid for oid in narrowed if _fits(by_id[oid], refs, today)}
            narrowed = fitting or narrowed
        if len(narrowed) == 1:
            chosen.extend(narrowed)
        else:
            ambiguous.append(sorted(narrowed))
    if not hits and not refs.every and (refs.prices or refs.days_ago):
        matching = [oid for oid, o in by_id.items() if _fits(o, refs, today)]
        if len(matching) == 1:
            chosen.extend(matching)
        elif matching:
            ambiguous.append(matching)
        else:
            unmatched = True
    if not hits and refs.words and not chosen and not ambiguous:
        unmatched = True
    return Resolved(list(dict.fromkeys(chosen)), ambiguous, unmatched)
