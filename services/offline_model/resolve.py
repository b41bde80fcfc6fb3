"""A clause's references resolved to the customer's own orders.

Ids must be the customer's; item words go through the item index; prices and purchase dates
pick out orders or narrow an item that several orders share; superlatives ("the cheapest")
and ordinals ("my second order") count over the customer's orders; "the second one" counts
over the list the previous reply showed. Whatever fits several orders comes back as a group
to ask about, never as a pick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from services.chat_api.tool_results import ToolOrder
from services.offline_model.catalogue import item_index
from services.offline_model.memory import Recollection
from services.offline_model.refs import Refs, Superlative

CENT = Decimal("0.01")


@dataclass
class Found:
    """What a clause's references name."""

    ids: list[int] = field(default_factory=list)
    groups: list[tuple[int, ...]] = field(default_factory=list)  # several fit: ask which
    unmatched: bool = False  # words or a price/date that fit none of the orders
    missing: list[int] = field(default_factory=list)  # ids that are not the customer's
    unresolved: bool = False  # "the other one", "the second one" with nothing to count on

    @property
    def anything(self) -> bool:
        """Names at least one order, or a group to ask about."""
        return bool(self.ids or self.groups)


class Resolver:
    """The customer's orders (None until listed) and the conversation's memory."""

    def __init__(
        self,
        orders: Sequence[ToolOrder] | None,
        recollection: Recollection,
        today: dt.date,
    ) -> None:
        """Index the orders, if known."""
        self.orders = list(orders) if orders is not None else None
        self.by_id = {o.order_id: o for o in self.orders or []}
        self.index = item_index(tuple((o.order_id, o.item) for o in self.orders or []))
        self.recollection = recollection
        self.today = today

    def ordered(self, ids: Sequence[int]) -> list[ToolOrder]:
        """The listed orders with these ids, in the customer's order."""
        wanted = set(ids)
        return [o for o in self.orders or [] if o.order_id in wanted]

    def fitting(self, refs: Refs) -> list[ToolOrder]:
        """The listed orders that fit the prices and purchase dates of `refs`."""
        return [o for o in self.orders or [] if self._fits(o, refs)]

    def _fits(self, order: ToolOrder, refs: Refs) -> bool:
        """The order fits every price and purchase date the clause gives."""
        for price in refs.prices:
            exact = price != price.to_integral_value()  # "$19.99" is exact; "$89" is about
            if abs(order.price - price) >= (CENT if exact else Decimal(1)):
                return False
        age = (self.today - order.order_date).days
        if refs.within_days is not None and not 0 <= age <= refs.within_days:
            return False
        return all(age == days for days in refs.days_ago)

    @staticmethod
    def _key(order: ToolOrder, which: Superlative) -> Decimal:
        """Where an order ranks for a superlative: smaller comes first."""
        if which is Superlative.CHEAPEST:
            return order.price
        if which is Superlative.PRICIEST:
            return -order.price
        days = Decimal(order.order_date.toordinal())
        return -days if which is Superlative.NEWEST else days

    def _pick(self, ids: Sequence[int], which: Superlative) -> list[int]:
        """The orders at one end of `ids` (several when tied)."""
        return self._nth(ids, which, 1)

    def _place(self, found: Found, ids: Sequence[int]) -> None:
        """One order is named; several are a group to ask about; none is no match."""
        if len(ids) == 1:
            found.ids.append(ids[0])
        elif ids:
            found.groups.append(tuple(ids))
        else:
            found.unmatched = True

    def resolve(self, refs: Refs, candidates: Sequence[int] = ()) -> Found:
        """The orders `refs` name; `candidates` are the orders a question just listed (an
        answer is read among them first, and its bare numbers are ids)."""
        found = Found()
        answering = bool(candidates)
        for oid in (*refs.ids, *(refs.bare if answering else ())):
            if self.orders is None or oid in self.by_id:
                found.ids.append(oid)
            else:
                found.missing.append(oid)
        if self.orders is None:
            return found
        everyone = [o.order_id for o in self.orders]
        pool = [i for i in everyone if i in set(candidates)] or everyone
        dated = bool(refs.prices or refs.days_ago or refs.within_days is not None)
        for mention in refs.mentions:
            named = list(self.index.match(mention).order_ids)
            within = [i for i in named if i in set(candidates)]
            named = within or named
            if len(named) > 1 and dated:
                fitting = [i for i in named if self._fits(self.by_id[i], refs)]
                named = fitting or named
            if len(named) > 1 and refs.superlative is not None:
                named = self._pick(named, refs.superlative)
            self._place(found, named)
        if refs.every:
            every = pool if answering else everyone
            if dated:  # "everything I bought this week"
                every = [i for i in every if self._fits(self.by_id[i], refs)]
            found.ids.extend(every)
        elif not refs.mentions and dated:
            self._place(found, [i for i in pool if self._fits(self.by_id[i], refs)])
        if refs.superlative is not None and not refs.mentions:
            if refs.ordinal is not None:  # "the second cheapest", "my 2nd most recent order"
                self._place(found, self._nth(pool, refs.superlative, refs.ordinal))
                return self._done(found)
            self._place(found, self._pick(pool, refs.superlative))
        if refs.ordinal is not None:
            self._ordinal(found, refs)
        if refs.other or refs.both:
            self._from_memory(found, refs, candidates)
        return self._done(found)

    def _done(self, found: Found) -> Found:
        found.ids = list(dict.fromkeys(found.ids))
        return found

    def _nth(self, ids: Sequence[int], which: Superlative, nth: int) -> list[int]:
        """The n-th order counted from one end ("the second cheapest"); [] past the end."""
        ranked = sorted(self.ordered(ids), key=lambda o: self._key(o, which))
        if nth < 0:
            ranked, nth = ranked[::-1], -nth
        if not 0 < nth <= len(ranked):
            return []
        chosen = ranked[nth - 1]
        tied = [o.order_id for o in ranked if self._key(o, which) == self._key(chosen, which)]
        return tied

    def _ordinal(self, found: Found, refs: Refs) -> None:
        """ "the second one" over the list just shown; "my second order" by purchase date."""
        nth = refs.ordinal or 0
        shown = self.recollection.shown
        if refs.ordinal_of_orders and not shown and self.orders:
            shown = [o.order_id for o in sorted(self.orders, key=lambda o: o.order_date)]
            shown = shown if nth > 0 else shown[::-1]
            nth = abs(nth)
        if not shown or nth == 0 or nth > len(shown):
            found.unresolved = True
            return
        found.ids.append(shown[nth - 1] if nth > 0 else shown[-1])

    def _from_memory(self, found: Found, refs: Refs, candidates: Sequence[int]) -> None:
        """ "the other one" (discussed lately, not the last subject) and "both"."""
        memory = self.recollection.memory
        if memory is None:
            found.unresolved = True
            return
        if refs.both:
            pair = list(candidates) or memory.about or memory.shown
            if len(pair) == 2:
                found.ids.extend(pair)
            else:
                found.unresolved = True
            return
        others = [i for i in memory.discussed if i not in memory.about and i in self.by_id]
        if len(others) == 1:
            found.ids.extend(others)
        elif others:
            found.groups.append(tuple(others))
        else:
            found.unresolved = True
