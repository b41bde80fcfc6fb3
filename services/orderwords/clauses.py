"""What a message says, read clause by clause: the types every reader of the customer's words
shares (reading.py builds them, retraction.py reads what a message takes back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from services.orderwords.lexicon import Cue
from services.orderwords.refs import Refs
from services.orderwords.retraction import NOTHING_TAKEN_BACK, Retraction


class Act(StrEnum):
    """What a clause asks the assistant to do."""

    REFUND = "refund"
    CANCEL = "cancel"
    STATUS = "status"
    LOOKUP = "lookup"
    PRICE = "price"
    LIST = "list"
    FILTER = "filter"
    POLICY = "policy"
    APPROVE = "approve"
    ELIGIBLE = "eligible"  # "is it refundable?": a question, not a request


class Stance(StrEnum):
    """What a clause says about the items it names."""

    KEEP = "keep"  # keeps, likes, calls fine: never proposed
    FAULT = "fault"  # broke, doesn't work, doesn't want it: the refund's reason


class Condition(StrEnum):
    """What an "if" clause makes of the clause before it."""

    CONSENT = "consent"  # "if so, go ahead": do it
    HYPOTHETICAL = "hypothetical"  # "if it broke": only a question


Answer = Literal["yes", "no"]


@dataclass(slots=True)
class Clause:
    """One clause of a message, read."""

    text: str  # as the customer wrote it (without a leading "because", "and")
    acts: frozenset[Act]
    refs: Refs
    negated: bool = False  # a refund said not to be wanted: "don't refund", "no refund for"
    stance: Stance | None = None
    calls_off: bool = False  # "never mind", "I changed my mind"
    correction: bool = False  # "no wait", "actually", "I mean", "make that"
    correction_alone: bool = False  # "scratch that", "no wait": calls off if nothing follows
    instead: bool = False  # "the tv instead"
    consent: bool = False  # "go ahead", "please do"
    condition: Condition | None = None
    reason: bool = False  # opened by "because", "since"
    new_reason: bool = False  # "wrong reason", "the real reason is ...": a reason replaced
    excludes: bool = False  # "except X", "not X", "instead of X", "forget about X"
    # The exception to praise with nothing said against it: "happy with all except the case".
    only_excepted: bool = False
    foreign: bool = False  # about another customer's orders
    # another person bought the item ("my husband bought a phone case on his account"): a
    # statement of someone else's order, which a later "refund that one" does not point at
    theirs: bool = False
    follow_up: bool = False  # "and the watch too", "what about the TV?"
    question: bool = False
    about_refund: bool = False  # it speaks of a refund ("has my refund gone through?")
    hypothetical: bool = False  # "would I get a refund …", "what if …": only a question
    # "i might send it back", "thinking of returning the tv": a refund not decided yet, no
    # request; the reply says so and how to ask
    hedged: bool = False
    subject: bool = False  # it opens with "it" / "they": a statement about them
    # A verb of its own no cue reads ("the belt slips", "screen has lines", "the headphones
    # crackle"): beside a refund, what is wrong with the item
    states: bool = False
    after: str = ""  # the mark before it: "," goes on with the clause before, "." does not

    @property
    def kept(self) -> bool:
        """The clause keeps, likes or calls fine the items it names."""
        return self.stance is Stance.KEEP


@dataclass(frozen=True)
class Reading:
    """A whole message, read."""

    text: str
    clauses: tuple[Clause, ...]
    answer: Answer | None = None  # the whole message is a plain yes or no
    social: frozenset[Cue] = frozenset()  # GREET, THANKS, HELP, BYE
    retraction: Retraction = field(default=NOTHING_TAKEN_BACK)  # what the message takes back
    too_long: bool = False  # more words or clauses than a message is read for: nothing read
    injected: bool = False  # words speaking as the system or an admin were skipped

    @property
    def acts(self) -> frozenset[Act]:
        """Every act of every clause."""
        return frozenset(a for c in self.clauses for a in c.acts)
