"""A clause's references resolved to the customer's own orders, as the offline model reads
them: the shared reading of services/orderwords/orders.py (ids, items, prices, dates,
superlatives, ordinals), plus what only the conversation says: "the second one" counts over
the list the previous reply showed, "the other one" and "both" over the orders discussed
lately. Whatever fits several orders comes back as a group to ask about, never as a pick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from services.chat_api.tool_results import ToolOrder
from services.offline_model.memory import Recollection
from services.orderwords.orders import Found, OrderBook
from services.orderwords.refs import Refs

__all__ = ["Found", "Resolver"]


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
        self.book = OrderBook(self.orders or [], today)
        self.index = self.book.index
        self.recollection = recollection

    def ordered(self, ids: Sequence[int]) -> list[ToolOrder]:
        """The listed orders with these ids, in the customer's order."""
        wanted = set(ids)
        return [o for o in self.orders or [] if o.order_id in wanted]

    def fitting(self, refs: Refs) -> list[ToolOrder]:
        """The listed orders that fit the prices and purchase dates of `refs`."""
        return [o for o in self.orders or [] if self.book.fits(o, refs)]

    def resolve(
        self, refs: Refs, candidates: Sequence[int] = (), kept: Sequence[int] = ()
    ) -> Found:
        """The orders `refs` name; `candidates` are the orders a question just listed (an
        answer is read among them first, and its bare numbers are ids); `kept`, the orders
        the message keeps or leaves out so far (not "the other one")."""
        if self.orders is None:  # not listed yet: ids are taken as given
            ids = [*refs.ids, *(refs.bare if candidates else ())]
            return Found(ids=list(dict.fromkeys(ids)))
        found = self.book.resolve(refs, candidates, self._counted_over(refs))
        # "both" with words of its own ("both the tv and the watch", "both brushes") names
        # those, never the two orders talked about before
        by_memory = refs.other or (refs.both and not refs.mentions)
        if by_memory and not (refs.superlative and refs.ordinal):
            self._from_memory(found, refs, candidates, kept)
            found.ids = list(dict.fromkeys(found.ids))
        return found

    def _counted_over(self, refs: Refs) -> list[int]:
        """The list an ordinal counts over: the previous reply's, or, for "the first one i
        asked about" when that reply showed fewer than two, the orders discussed lately in
        the order the conversation named them (its memory keeps the latest first)."""
        shown = self.recollection.shown
        memory = self.recollection.memory
        if not refs.ordinal_of_mentioned or len(shown) > 1 or memory is None:
            return shown
        named = [i for i in reversed(memory.discussed) if i in self.by_id]
        return named if len(named) > 1 else shown

    def _from_memory(
        self, found: Found, refs: Refs, candidates: Sequence[int], kept: Sequence[int]
    ) -> None:
        """ "the other one" (discussed lately, not the last subject; of the last subjects,
        the one the message does not keep: "the amp is fine, refund the other one") and
        "both"."""
        memory = self.recollection.memory
        if memory is None:
            found.unresolved = True
            return
        unkept = [i for i in memory.about if i not in kept and i in self.by_id]
        if refs.other and not refs.both and set(kept) & set(memory.about) and len(unkept) == 1:
            found.ids.extend(unkept)
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
