"""The offline model's small intent grammar: what a message asks (intent), which orders it
names (ids or item words) and whether it leans on the conversation so far (follow-ups).

A message is read as intents × order references × follow-up context, not matched against
whole sentences: "refund order 1 and 5", "I want my money back for #2, it broke" and
"and what about the TV?" all come out of the same few rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from services.chat_api.agent.matching import WORD

# What a message can ask for about orders; social moves are separate.
OrderIntent = Literal["list", "lookup", "refund", "status", "approve"]
Social = Literal["greet", "thanks", "help", "bye"]

# Order references: "#4", "order 4", "orders 1 and 5", "order no. 4", "order number 4, 5".
ID_LIST = r"\d{1,10}(?:\s*(?:,|and|&|or|\+)\s*#?\s*\d{1,10})*"
ORDER_IDS = re.compile(
    rf"\b(?:orders?|purchases?)\s*(?:number|num|nos?\.?|#)?\s*#?\s*({ID_LIST})", re.I
)
HASH_IDS = re.compile(rf"#\s*({ID_LIST})")
# Bare numbers count only in short follow-ups ("and 5?"), never "$89.99" or "4K".
BARE_NUMBER = re.compile(r"(?<![$.\d\w])(\d{1,10})(?![.\d]*\d|\w)")
DIGITS = re.compile(r"\d{1,10}")

REFUND_WORDS = frozenset(
    {"refund", "refunds", "reimburse", "reimbursement", "return", "returns", "moneyback"}
)
# Asking how a refund is doing rather than asking for one.
STATUS_WORDS = frozenset(
    {
        "status", "done", "yet", "processed", "through", "paid", "complete", "completed",
        "finished", "approved", "rejected", "declined", "progress", "update", "happened",
        "news", "refunded", "arrived", "received", "decided", "decision", "pending",
    }
)  # fmt: skip
APPROVE_WORDS = frozenset({"approve", "authorize", "authorise", "reject", "deny", "override"})
LIST_PATTERNS = re.compile(
    r"what (?:did|have|do) i (?:order|buy|bought|purchase|get|ordered|own)"
    r"|\bmy (?:orders|purchases|stuff|items)\b|\border history\b|\ball (?:my )?orders\b"
    r"|\blist\b|\bshow (?:me )?(?:my |all )?orders\b|\bwhat orders\b|\bwhich orders\b",
    re.I,
)
LOOKUP_WORDS = frozenset(
    {"where", "status", "details", "detail", "info", "lookup", "look", "when", "much", "about",
     "tell", "check", "shipped", "arrive", "delivered", "track"}
)  # fmt: skip
# Lookup words that ask about an order only when an order is really named ("tell me a joke").
VAGUE_LOOKUP_WORDS = frozenset({"when", "much", "about", "tell", "check", "info"})
ELLIPSIS = re.compile(
    r"^\s*(?:and|also|plus|what about|how about|same for|and what about|and how about)\b"
    r"|\b(?:too|as well|also)\s*[?.!]*\s*$",
    re.I,
)
BACK_REFERENCE = frozenset({"it", "that", "them", "those", "this", "these", "same", "one"})
GREETINGS = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))\b", re.I
)
THANKS = re.compile(r"\b(?:thanks|thank you|thx|cheers|appreciate it|ty)\b", re.I)
HELP = re.compile(r"\b(?:help|what can you do|how does this work|who are you)\b", re.I)
BYE = re.compile(r"\b(?:bye|goodbye|see you|that's all|that is all)\b", re.I)
REASON_SPLIT = re.compile(
    r",|;|:|\.\s|\s-+\s|\s—\s|\bbecause\b|\bsince\b|\bas\b|\bcause\b|\bdue to\b|\bit's\b"
    r"|\bit is\b|\bthey're\b|\bthey are\b|\bit\b(?= (?:broke|doesn't|does not|won't|stopped))"
    r"|\bthey\b(?= (?:broke|don't|do not|won't|stopped))",
    re.I,
)
# Words of the grammar itself: what is left may name an item.
_FUNCTION_WORDS = """a an the my me i im want wanted would like please can could you your is are
    was were be been has have had do did does get got give for of on to and or with what which
    where who how why when order orders purchase purchases money back again hi hello hey thanks
    thank ok okay yes no not any some all just now today also too well plus same instructions
    ignore previous system prompt rules new request requested requesting send need needs made
    make ll ve re there their its let know see show list bought buy ordered anything else
    because since due help yeah yep sure sir madam hmm um"""
GRAMMAR_WORDS = (
    REFUND_WORDS | STATUS_WORDS | APPROVE_WORDS | LOOKUP_WORDS | BACK_REFERENCE
    | frozenset(_FUNCTION_WORDS.split())
)  # fmt: skip


@dataclass(frozen=True)
class Parsed:
    """One customer message, read by the grammar."""

    text: str
    intent: OrderIntent | None
    social: frozenset[Social]
    order_ids: tuple[int, ...]
    # Words that may name items ("headphones", "tv"); resolved against the customer's orders.
    item_words: tuple[str, ...]
    follow_up: bool  # "and what about the TV?", "refund it", "is it done?"
    reason: str | None
    # Only vague words ("tell", "about") made it a lookup: unnamed orders mean "not understood".
    vague: bool = False

    @property
    def names_orders(self) -> bool:
        return bool(self.order_ids or self.item_words)


def _ids(text: str, elliptic: bool) -> tuple[int, ...]:
    found: list[int] = []
    for pattern in (ORDER_IDS, HASH_IDS):
        for m in pattern.finditer(text):
            found.extend(int(d) for d in DIGITS.findall(m.group(1)))
    if not found and elliptic:
        found.extend(int(m.group(1)) for m in BARE_NUMBER.finditer(text))
    return tuple(dict.fromkeys(found))


def _intent(text: str, tokens: set[str]) -> OrderIntent | None:
    lowered = text.lower()
    refund_said = bool(tokens & REFUND_WORDS) or "money back" in lowered
    if tokens & APPROVE_WORDS:
        return "approve"
    if refund_said and (tokens & STATUS_WORDS or re.search(r"\b(?:where|how)\b", lowered)):
        return "status"
    if "refunded" in tokens:
        return "status"
    if refund_said or re.search(r"\bsend (?:it|them)? ?back\b", lowered):
        return "refund"
    if LIST_PATTERNS.search(text):
        return "list"
    if tokens & LOOKUP_WORDS:
        return "lookup"
    return None


def _reason(text: str) -> str | None:
    parts = REASON_SPLIT.split(text, maxsplit=1)
    if len(parts) < 2:
        return None
    tail = parts[1].strip(" ,.;:!?-—")
    # "it broke" reads better than "broke" when the split ate the subject.
    head = REASON_SPLIT.search(text)
    if head and head.group(0).strip().lower() in ("it", "they", "it's", "they're"):
        tail = f"{head.group(0).strip()} {tail}"
    significant = [w for w in WORD.findall(tail.lower()) if w not in GRAMMAR_WORDS]
    return tail[:300] if significant else None


def parse(text: str) -> Parsed:
    tokens_list = WORD.findall(text.lower())
    tokens = set(tokens_list)
    elliptic = bool(ELLIPSIS.search(text))
    intent = _intent(text, tokens)
    if elliptic and intent == "lookup" and tokens & LOOKUP_WORDS <= {"about", "tell"}:
        intent = None  # "and what about the TV?": the previous intent carries over
    order_ids = _ids(text, elliptic or intent is not None)
    social: set[Social] = set()
    if GREETINGS.search(text):
        social.add("greet")
    if THANKS.search(text):
        social.add("thanks")
    if HELP.search(text):
        social.add("help")
    if BYE.search(text):
        social.add("bye")
    reason = _reason(text) if intent == "refund" else None
    reason_words = set(WORD.findall(reason.lower())) if reason else set()
    item_words = tuple(
        w
        for w in dict.fromkeys(tokens_list)
        if w not in GRAMMAR_WORDS and not w.isdigit() and len(w) > 1 and w not in reason_words
    )
    back = bool(tokens & BACK_REFERENCE) or bool(re.search(r"\bmy refunds?\b", text, re.I))
    vague = intent == "lookup" and tokens & LOOKUP_WORDS <= VAGUE_LOOKUP_WORDS
    return Parsed(
        vague=vague,
        text=text,
        intent=intent,
        social=frozenset(social),
        order_ids=order_ids,
        item_words=item_words,
        follow_up=elliptic or (back and not order_ids),
        reason=reason,
    )
