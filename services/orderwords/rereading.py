"""Second looks at a message's clauses, once each clause is read: what a clause means only
beside its neighbours. Each rule looks at two clauses side by side, so one pass is linear in
the number of clauses.

- "everything is fine except the watch": the exception to praise is the item with the problem.
- "don't refund anything except the phone case": refusing all but one asks for that one.
- "if the watch can be refunded, go for it": a refund on a condition the refund itself checks
  ("if it is still within the return window, refund it", "if it's under 30 days") is a request.
- "the most expensive one except the laptop": the superlative leaves the exception out.
- "refund the signed first edition, it's not actually signed": no exclusion, a complaint.
"""

from __future__ import annotations

from dataclasses import replace

from services.orderwords.clauses import Act, Clause, Condition, Stance
from services.orderwords.lexicon import Cue
from services.orderwords.pieces import Piece, RawClause

# Words that make an "if" a question of eligibility, which the refund itself checks.
ELIGIBILITY_WORDS = frozenset(
    {"eligible", "refundable", "returnable", "window", "policy", "allowed", "possible", "time"}
)


def _exceptions_to_praise(raws: list[RawClause], clauses: tuple[Clause, ...], k: int) -> None:
    """ "everything is fine except the watch": the watch has the problem; it is not left out."""
    before, clause = clauses[k - 1], clauses[k]
    if raws[k].opener is Cue.EXCEPT and before.kept and not before.acts:
        # "except the phone case" says which item, not what is wrong with it: no reason
        clause.only_excepted = clause.stance is not Stance.FAULT
        clause.excludes, clause.stance = False, Stance.FAULT


def _all_but_one(raws: list[RawClause], clauses: tuple[Clause, ...], k: int) -> None:
    """ "don't refund anything except the phone case", "refund nothing but the case": the
    exception is the request, and the refusal before it says nothing more."""
    before, clause = clauses[k - 1], clauses[k]
    pieces = raws[k - 1].pieces
    refused_all = before.refs.every or (pieces and pieces[-1].norm in ("nothing", "none"))
    if raws[k].opener is not Cue.EXCEPT or not (before.negated and refused_all):
        return
    if before.acts or not clause.refs.mentions:
        return
    before.negated, before.refs = False, replace(before.refs, every=False)
    clause.excludes, clause.acts = False, frozenset({Act.REFUND})


# Words of a span of time: an "if" about the order's age ("if the dac is still under 30
# days") asks what the refund itself checks, like one about the return window.
SPANS = frozenset({"day", "days", "week", "weeks", "month", "months"})


def of_age(pieces: list[Piece]) -> bool:
    """ "under 30 days", "within 2 weeks", "less than a month": a span of the order's age."""
    return any(p.norm in SPANS for p in pieces) and any(
        p.cue is Cue.UNDER or p.norm == "within" for p in pieces
    )


def _eligible_if(pieces: list[Piece]) -> bool:
    """An "if" about whether the refund is allowed ("if the watch can be refunded", "if it
    is still within the return window", "if it's still under 30 days")."""
    return of_age(pieces) or any(
        p.cue is Cue.ELIGIBLE or p.norm in ELIGIBILITY_WORDS for p in pieces
    )


def _refund_if_allowed(raws: list[RawClause], clauses: tuple[Clause, ...], k: int) -> None:
    """ "if the watch can be refunded, go for it": the "if" clause asks for the refund."""
    before, clause = clauses[k - 1], clauses[k]
    if raws[k - 1].opener is not Cue.IF or before.condition is not Condition.HYPOTHETICAL:
        return
    if not (before.refs.mentions or before.refs.ids) or not _eligible_if(raws[k - 1].pieces):
        return
    agrees = clause.consent and not clause.acts
    asks = clause.acts == frozenset({Act.REFUND}) and clause.refs.pronoun
    if agrees or asks:
        before.condition, before.acts = None, frozenset({Act.REFUND})
        if asks:  # "..., refund it please": the request is the clause before
            clause.acts, clause.refs = frozenset(), replace(clause.refs, pronoun=False)


def _superlative_but(raws: list[RawClause], clauses: tuple[Clause, ...], k: int) -> None:
    """ "refund the most expensive one except the laptop": the superlative compares the
    orders left once the exception is out; the exception stays left out."""
    before, clause = clauses[k - 1], clauses[k]
    if raws[k].opener is not Cue.EXCEPT or before.refs.superlative is None:
        return
    if before.refs.mentions or not clause.refs.mentions:
        return
    out = (*before.refs.excluded_mentions, *clause.refs.mentions)
    before.refs = replace(before.refs, excluded_mentions=out)


DETERMINERS = frozenset({"the", "my", "a", "an", "that", "this", "those", "these", "our", "your"})
# How a statement about a thing opens: "it's not actually signed", "they are not genuine".
STATEMENT_OPENERS = frozenset({"it's", "its", "it", "they're", "theyre", "they"})


def _said_of_the_request(raws: list[RawClause], clauses: tuple[Clause, ...], k: int) -> None:
    """ "refund the signed first edition, it's not actually signed": a statement about the
    item just asked for, that names it again after its "not", leaves nothing out (no request
    is corrected into itself); it says what is wrong with the item."""
    before, clause = clauses[k - 1], clauses[k]
    if not (clause.excludes and clause.refs.excluded_mentions) or clause.refs.mentions:
        return
    pieces = raws[k].pieces
    if not pieces or pieces[0].norm not in STATEMENT_OPENERS:
        return
    negation = next((j for j, p in enumerate(pieces) if p.cue is Cue.NEGATION), len(pieces) - 1)
    if negation + 1 >= len(pieces) or pieces[negation + 1].norm in DETERMINERS:
        return  # "it's not the laptop that's broken, it's the tv": the laptop is left out
    if not (before.acts & {Act.REFUND, Act.CANCEL}) or not before.refs.mentions:
        return
    asked = {w for m in before.refs.mentions for w in m.words}
    if all(set(m.words) <= asked for m in clause.refs.excluded_mentions):
        clause.excludes, clause.stance = False, Stance.FAULT
        clause.refs = replace(clause.refs, excluded_mentions=())


RULES = (
    _exceptions_to_praise,
    _all_but_one,
    _refund_if_allowed,
    _superlative_but,
    _said_of_the_request,
)


def reread(raws: list[RawClause], clauses: tuple[Clause, ...]) -> None:
    """Apply every rule to each pair of neighbouring clauses (in place)."""
    for k in range(1, len(clauses)):
        for rule in RULES:
            rule(raws, clauses, k)
