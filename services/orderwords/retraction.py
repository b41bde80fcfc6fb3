"""What a message takes back: requests withdrawn by a call-off, and orders replaced by a
correction. Read once over a message's clauses, left to right, by every reader of the words.

- A call-off ("never mind", "hold off on that", "I take it back") withdraws every request
  before it; so does a lone correction or negation with nothing after it that names orders
  ("refund the tv. scratch that", "refund the amp. on second thought, don't").
- A correction ("I meant", "no wait", "make it", "X instead", "not A, B") followed by orders
  replaces the orders of the request before it ("refund the drumsticks, sorry, I meant the
  tuner"); a "not A" after a request replaces it only when A is what it asked for ("refund
  the tv, not the tv, the watch"), else it only leaves A out ("refund the sleeping bag, not
  the pad. the zip is broken"); when the message has no request before it, it replaces the
  previous message's ("make it the piano instead"). A follow-up ("the watch too") replaces nothing,
  nor does a correction of the reason ("sorry, wrong reason. the strap snapped").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the clauses hold a Retraction: the types meet only for the type checker
    from services.orderwords.clauses import Clause


@dataclass(frozen=True)
class Retraction:
    """What a message takes back."""

    withdrawn_before: int = 0  # the requests of clauses before this index are withdrawn
    replaced: frozenset[int] = frozenset()  # clauses whose orders a correction replaced
    replaces_previous: bool = False  # a correction of the previous message's request

    def withdrawn(self, index: int) -> bool:
        """Whether the clause at `index` is taken back (withdrawn or replaced)."""
        return index < self.withdrawn_before or index in self.replaced


NOTHING_TAKEN_BACK = Retraction()


def _names(clause: Clause) -> bool:
    """The clause names orders it asks about (not ones it keeps or leaves out); "the next
    one down" names one counted from an order named before."""
    refs = clause.refs
    counted = bool(refs.neighbour or refs.next_in_rank)
    return (refs.explicit or counted) and not clause.excludes and not clause.kept


def _after_its_item(clauses: Sequence[Clause], k: int, requests: list[int]) -> bool:
    """ "it's the monitor I meant": a correction said after the item it is about (a clause
    naming it with no verb, just before), naming nothing itself."""
    clause = clauses[k]
    if not clause.correction or clause.refs.explicit or not requests or requests[-1] != k - 1:
        return False
    before = clauses[k - 1]
    return not before.acts and not before.kept and not before.excludes


def _keeps_one(clause: Clause) -> bool:
    """The clause keeps or leaves out an order it names ("leave the watch"): a "wait" or "no"
    before it takes back only that order."""
    return (clause.kept or clause.excludes) and clause.refs.explicit


def _answers_own_question(clauses: Sequence[Clause], k: int) -> bool:
    """ "refund the watch. the laptop? absolutely not": a "no" that answers the customer's own
    question about an item just before it, not one that takes the request back."""
    before = clauses[k - 1] if k > 0 else None
    return before is not None and before.question and before.refs.explicit and not before.acts


def of_the_kept(clauses: Sequence[Clause], k: int) -> bool:
    """ "the laptop is fine now so forget about that one": a call-off that points at the item
    the clause before keeps, not at the request."""
    refs = clauses[k].refs
    before = clauses[k - 1] if k > 0 else None
    pointing = refs.pronoun or refs.demonstrative
    return pointing and before is not None and _keeps_one(before)


def _corrects(clause: Clause) -> bool:
    """The clause says the request before it was wrong."""
    refs = clause.refs
    leaves_out = clause.excludes and bool(refs.excluded_ids or refs.excluded_mentions)
    return _replaces(clause) or leaves_out


def _replaces(clause: Clause) -> bool:
    """The clause says outright that what came before was wrong ("I meant", "no wait")."""
    return clause.correction or clause.correction_alone or clause.instead


def _left_out_words(clause: Clause) -> frozenset[str | int]:
    """The words and ids of what a clause leaves out ("not the pad" → {"pad"})."""
    refs = clause.refs
    return frozenset([*refs.excluded_ids, *(w for m in refs.excluded_mentions for w in m.words)])


def _same_order(request: Clause, left_out: frozenset[str | int]) -> bool:
    """Whether what a clause leaves out is what the request named ("refund the tv... not the
    tv, the watch"), by a shared word or id: else it only leaves another item out ("refund
    the sleeping bag, not the pad")."""
    refs = request.refs
    said = {*refs.ids, *refs.bare, *(w for m in refs.mentions for w in m.words)}
    return bool(said & left_out)


def retractions(clauses: Sequence[Clause]) -> Retraction:
    """What the message's clauses take back (one pass, and one backward pass for "does
    anything follow")."""
    if not clauses:
        return NOTHING_TAKEN_BACK
    # For each clause, whether a later one names orders or asks something.
    follows = [False] * (len(clauses) + 1)
    for k in range(len(clauses) - 1, -1, -1):
        later = clauses[k]
        follows[k] = follows[k + 1] or _names(later) or bool(later.acts) or _keeps_one(later)
    withdrawn = 0
    replaced: set[int] = set()
    requests: list[int] = []  # clauses naming orders, since the last withdrawal
    correcting = False
    outright = False  # the correction was said outright, not only by leaving an item out
    left_out: frozenset[str | int] = frozenset()  # what a correction by leaving out left out
    replaces_previous = False
    for k, clause in enumerate(clauses):
        if clause.calls_off and not clause.refs.explicit and not of_the_kept(clauses, k):
            withdrawn, requests, correcting = k, [], False
            continue
        if (
            clause.correction_alone
            and not follows[k + 1]
            and not _names(clause)
            and not _answers_own_question(clauses, k)
        ):
            withdrawn, requests, correcting = k, [], False
            continue
        if _after_its_item(clauses, k, requests):
            # "it's the monitor I meant": the item just before is the replacement
            earlier = [r for r in requests[:-1] if r not in replaced]
            if earlier:
                replaced.add(earlier[-1])
            else:
                replaces_previous = True
            continue
        if clause.new_reason:  # "sorry, wrong reason: the strap snapped": not a wrong order
            correcting = outright = False
            left_out = frozenset()
            continue
        if _corrects(clause) and not clause.follow_up:
            correcting, outright = True, outright or _replaces(clause)
            left_out = left_out | _left_out_words(clause)
        if not _names(clause):
            continue
        if correcting:
            earlier = [r for r in requests if r not in replaced]
            if earlier and (outright or _same_order(clauses[earlier[-1]], left_out)):
                replaced.add(earlier[-1])
            elif not requests and outright:
                replaces_previous = True
            correcting = outright = False
            left_out = frozenset()
        requests.append(k)
    return Retraction(withdrawn, frozenset(replaced), replaces_previous)
