"""The offline model's small grammar: what one customer message asks (intent), which orders
it names and which it rules out (references), why (reason), and whether it is a yes/no answer.

A message is read as intents × order references × follow-up context, not matched against
whole sentences. It is first cut into the request and the reason ("refund my headphones |
they broke after 3 days"), so words of the reason never become order ids or intents. Negation
is scoped: "don't refund the laptop" rules the laptop out, "never mind" rules everything out,
"everything except the phone case" names the others. Only marked numbers ("order 2", "#2")
are order ids; bare numbers are kept aside for the planner, which uses them only as the
answer to its own "which order?" question. This module is pure: text in, a `Reading` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from services.chat_api.agent.references import Refs, read_refs
from services.chat_api.agent.smalltalk import NO, YES, Answer, Social, social_moves

Intent = Literal[
    "refund", "cancel", "status", "lookup", "list", "price", "filter", "policy", "approve"
]  # fmt: skip

# Where the reason starts: "because …", "since …", ", it …", "they broke …".
REASON_CUE = re.compile(
    r"\b(?:because|since|cause|cos|as|due to)\b(?! well)"
    r"|[,;.:!-]\s*(?=(?:it|they|its|it's|they're|the \w+ (?:is|are|was|were))\b)"
    r"|\b(?=(?:it|they) (?:is|are|was|were|broke|stopped|doesn't|does|don't|do|won't|didn't"
    r"|arrived|came|never|has|have|had|keeps|kept|isn't|wasn't|aren't|just)\b)"
    r"|\b(?=it's\b|they're\b)",
    re.I,
)
# Phrases that call the whole request off ("never mind", "I changed my mind").
CALL_OFF = re.compile(
    r"\bnever ?mind\b|\bchanged? (?:my|of) mind\b|\bcancel (?:that|it|this|them)\b"
    r"|\bforget (?:it|that|about it)\b|\bscratch that\b|\bhold off\b|\bdon'?t bother\b"
    r"|\bno refunds?\b|\b(?:don'?t|do not) (?:do|want|need) (?:that|it|this|anything|any)\b"
    r"|\b(?:don'?t|do not|no longer) (?:want|need) (?:a|any|my|the) refund",
    re.I,
)
# Words that negate what follows them in a clause ("don't refund X", "not the laptop").
NEGATION = re.compile(
    r"\b(?:don'?t|do not|does not|doesn'?t|did not|didn'?t|not|never|no longer|without)\b", re.I
)
# A negated stretch counts only when it names the refund itself or starts at an order.
NEGATED_ACTION = re.compile(
    r"\b(?:refund|reimburse|return|money|process|request|submit|charge|cancel)", re.I
)
NEGATED_REF = re.compile(r"^\s*(?:the|my|order|orders|#|that|this|those|these|any)\b", re.I)
EXCEPT = re.compile(
    r"\b(?:except(?: for)?|apart from|other than|aside from|excluding|besides|but not|but)\b",
    re.I,
)
CLAUSE_SPLIT = re.compile(
    r"(?<!\bno)[.;!?]+(?=\s|$)\s*|,(?!\d)\s*|\s+-+\s+|\s+—\s+|\bbut\b|\bthen\b", re.I
)

REFUND = re.compile(
    r"\brefund|\breimburse|\bmoney back\b|\bmy money\b|\bcharge ?back\b"
    r"|\breturn(?!s? polic)(?:ing|ed)?\b|\bsend (?:\w+ ){0,3}back\b"
    r"|\bgive (?:me )?(?:\w+ ){0,3}back\b",
    re.I,
)
STATUS = re.compile(
    r"\b(?:status|done|yet|processed|through|paid|complete|completed|finished|approved|rejected"
    r"|declined|progress|update|happened|news|refunded|decided|decision|pending|gone)\b",
    re.I,
)
APPROVE = re.compile(
    r"\b(?:approve|authori[sz]e|override|reject|expedite|speed (?:it |this )?up|fast.track)\b",
    re.I,
)
POLICY = re.compile(
    r"\bpolic(?:y|ies)\b|\bhow (?:long|many days) (?:do|have|can)\b|\bterms\b"
    r"|\bhow (?:do|does) (?:the )?(?:refunds?|returns?) work"
    r"|\bhow long (?:does|do|will) (?:a |the )?(?:refunds?|returns?) take",
    re.I,
)
# A refund asked about, not asked for: answered with the order's state and an offer.
HYPOTHETICAL = re.compile(
    r"\brefundable\b|\bif\b|\bwould i\b|\bcould i\b|\bwhat if\b|\beligible\b"
    r"|\bam i able\b|\bcan (?:the|my|this|that|it|order)\b[^?]*\bbe refunded",
    re.I,
)
CANCEL = re.compile(r"\bcancel(?:l?ing|l?ed)?\b", re.I)
HOW_MUCH = re.compile(
    r"\bhow much\b|\bwhat (?:did|does|was|is) (?:\w+ ){0,3}(?:cost|price)|\bprice of\b", re.I
)
LIST = re.compile(
    r"what (?:did|have|do) i (?:order|buy|bought|purchase|get|ordered|own)"
    r"|\bmy (?:orders|purchases|stuff|items)\b|\border history\b|\ball (?:my )?orders\b"
    r"|\blist\b|\bshow (?:me )?(?:my |all )?orders\b|\bwhat orders\b|\bwhich orders\b",
    re.I,
)
LOOKUP = re.compile(
    r"\b(?:where|details?|info|information|look ?up|when|tell me about|check|shipped|arrive"
    r"|delivered|track|status of|(?:information|info|details) (?:on|about))\b",
    re.I,
)
FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|plus|what about|how about|same for|and what about|and how about|oh and)\b"
    r"|\b(?:too|as well|also)\s*[?.!]*\s*$",
    re.I,
)
FOREIGN = re.compile(
    r"\b(?:customer|user|account|client)\s*(?:id|number|no\.?)?\s*#?\s*\d+"
    r"|\b(?:someone|somebody) else|\banother (?:customer|user|person)|\bother (?:customers|users)"
    r"|\beveryone|\ball (?:the )?(?:customers|users)|\bmy (?:friend|wife|husband|neighbou?r)",
    re.I,
)
# "refund the laptop, no wait, the tv": what follows the last correction replaces the rest.
CORRECTION = re.compile(
    r"\b(?:no,? wait|wait,? no|actually|i mean|sorry|make that|rather|instead)\b[\s,]*", re.I
)
PRICE_FILTER = re.compile(
    r"\b(over|above|more than|greater than|at least|under|below|less than|cheaper than)"
    r"\s*\$?\s*(\d[\d,]*(?:\.\d{1,2})?)",
    re.I,
)


@dataclass(frozen=True)
class Reading:
    """One customer message, read by the grammar."""

    text: str
    intent: Intent | None
    refs: Refs  # what the request names
    reason_refs: Refs  # what the reason names ("… because my headphones broke")
    excluded: Refs = field(default_factory=Refs)  # "except X", "not X", "don't refund X"
    called_off: bool = False  # "never mind", "I changed my mind", "I don't want a refund"
    negated_refund: bool = False  # some refund in the message was negated
    reason: str | None = None
    social: frozenset[Social] = frozenset()
    answer: Answer | None = None
    follow_up: bool = False  # "and the watch too", "what about the other one?"
    foreign: bool = False  # names another customer's account ("refund customer 2's orders")
    either: bool = False  # "the watch or the headphones": one of them, not both
    price_filter: tuple[str, Decimal] | None = None  # ("over", 1000)

    @property
    def short(self) -> bool:
        """A few words only: an answer to a question rather than a request."""
        return len(self.text.split()) <= 4


def _clean(text: str) -> str:
    """Typographic apostrophes as plain ones, outer spaces dropped."""
    return text.replace("\u2019", "'").replace("\u2018", "'").strip()


def split_reason(text: str) -> tuple[str, str | None]:
    """(request, reason): the reason is what follows "because", "since", ", it …"."""
    for m in REASON_CUE.finditer(text):
        if m.start() == 0 and not m.group(0).strip():
            continue
        request = text[: m.start()].strip(" ,;:.-")
        if not re.search(r"[a-z0-9]", request, re.I):
            continue
        reason = text[m.end() :].strip(" ,;:.!?-—")
        return request, reason if re.search(r"[a-z]{3}", reason, re.I) else None
    return text, None


def _negated_scopes(request: str) -> tuple[list[str], list[str], bool]:
    """Split the request into positive and negated stretches; True if a refund was negated."""
    positive: list[str] = []
    negated: list[str] = []
    refund_negated = False
    for clause in CLAUSE_SPLIT.split(request):
        if not clause or not clause.strip():
            continue
        m = NEGATION.search(clause)
        if m is None:
            positive.append(clause)
            continue
        before, after = clause[: m.start()], clause[m.end() :]
        names_action = bool(NEGATED_ACTION.search(after))
        if names_action or NEGATED_REF.search(after):
            positive.append(before)
            negated.append(after)
            refund_negated = refund_negated or names_action or bool(REFUND.search(request))
        else:
            positive.append(clause)  # "they don't work": a description, not a negation
    return positive, negated, refund_negated


def _except(text: str) -> tuple[str, str]:
    """("refund everything", "the phone case") from "refund everything except the phone case"."""
    every = re.search(r"\b(?:everything|every|all)\b", text, re.I)
    if every is None:
        return text, ""
    m = EXCEPT.search(text, every.end())
    if m is None:
        return text, ""
    return text[: m.start()], text[m.end() :]


def _intent(request: str, refs: Refs) -> Intent | None:
    """What the request asks for, checked from the most specific cue to the least."""
    if POLICY.search(request):
        return "policy"
    if APPROVE.search(request):
        return "approve"
    refund = bool(REFUND.search(request))
    if refund and (STATUS.search(request) or re.search(r"\b(?:where|how) is\b", request, re.I)):
        return "status"
    if refund:
        return "status" if HYPOTHETICAL.search(request) else "refund"
    if CANCEL.search(request):
        return "cancel"
    if PRICE_FILTER.search(request):
        return "filter"
    if HOW_MUCH.search(request):
        return "price"
    if LIST.search(request) and not refs.names_something:
        return "list"
    if re.search(r"\bstatus of\b", request, re.I):
        return "lookup"
    if STATUS.search(request) and (refs.back or not refs.names_something or refs.ids):
        return "status"
    if LOOKUP.search(request):
        return "lookup"
    if LIST.search(request):
        return "list"
    return None


def _reason_text(request: str, reason: str | None, positive: list[str]) -> str | None:
    """The customer's reason: after its cue, or the clause that describes a fault."""
    if reason:
        return reason[:300]
    # "The TV I bought 5 days ago is broken, I want my money back": the clause that asks for
    # nothing is the reason.
    described = [
        c.strip()
        for c in positive
        if len(c.split()) >= 3 and not REFUND.search(c) and not CALL_OFF.search(c)
    ]
    return described[0][:300] if described and len(positive) > 1 else None


def parse(text: str) -> Reading:
    """Read one customer message."""
    text = _clean(text)
    social = social_moves(text)
    answer: Answer | None = None
    if YES.match(text):
        answer = "yes"
    elif NO.match(text) and not REFUND.search(text):
        answer = "no"
    request, reason = split_reason(text)
    called_off = bool(CALL_OFF.search(request))
    corrections = list(CORRECTION.finditer(request))
    if corrections and not called_off:
        after = request[corrections[-1].end() :]
        if not read_refs(after).empty:
            keeps_intent = bool(REFUND.search(after)) or not REFUND.search(request)
            request = after if keeps_intent else f"refund {after}"
    scope, except_text = _except(request)
    positive, negated, refund_negated = _negated_scopes(scope)
    refs = read_refs(" , ".join(positive))
    excluded = read_refs(" , ".join([*negated, except_text]))
    reason_refs = read_refs(reason or "")
    intent = _intent(request, refs)
    if intent is None and (refund_negated or called_off):
        intent = "refund"
    if intent == "cancel" and (called_off or not (refs.names_something or refs.ids)):
        called_off, intent = True, "refund"  # "cancel that": calls off, is no cancellation
    filt = PRICE_FILTER.search(request)
    price_filter = None
    if filt:
        word = filt.group(1).lower()
        direction = "over" if word in ("over", "above", "more than", "greater than") else "under"
        if word == "at least":
            direction = "over"
        price_filter = (direction, Decimal(filt.group(2).replace(",", "")))
    return Reading(
        text=text,
        intent=intent,
        refs=refs,
        reason_refs=reason_refs,
        excluded=excluded,
        called_off=called_off,
        negated_refund=refund_negated or called_off,
        reason=_reason_text(request, reason, positive) if intent == "refund" else None,
        social=social,
        answer=answer,
        follow_up=bool(FOLLOW_UP.search(text)),
        price_filter=price_filter,
        foreign=bool(FOREIGN.search(request)),
        either=bool(re.search(r"\bor\b", request, re.I)),
    )
