"""A clause's references resolved against the customer's own orders, for any reader of the
customer's words.

Ids must be the customer's; item words go through the item index; prices and purchase dates
pick out orders or narrow an item that several orders share; superlatives ("the cheapest")
and ordinals ("my second order", "the second one" of a list just shown) count over the
customer's orders. Whatever fits several orders comes back as a group to ask about, never as
a pick. What only the conversation can say ("the other one") is the reader's own business.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Protocol

from services.orderwords.clauses import Clause
from services.orderwords.items import ItemIndex, item_index
from services.orderwords.refs import Mention, Refs, Superlative

# A round amount is said about ("the $89 one", "like 50 bucks"): it fits prices within a
# dollar, or within this share of it for larger amounts ("around 60" fits $59 but not $49.50).
ROUND_LEEWAY = Decimal("0.05")


def _leeway(price: Decimal) -> Decimal:
    """How far a price the customer wrote may be from what they paid: nothing for dollars
    and cents ("$19.99"), a dollar or 5 % for a round amount."""
    if price != price.to_integral_value():
        return Decimal(0)
    return max(Decimal(1), price * ROUND_LEEWAY)


# "last week", "a week ago": said of any day of the week before this one, however the weeks
# fall on the calendar: an order bought this many days before the week's days (5 to 13 days
# ago for one week back; an order of 2 days ago or of 3 weeks ago is not "last week's").
WEEK_EARLY = 2
WEEK_LATE = 6


def _in_week(age: int, weeks: int) -> bool:
    """Whether an order bought `age` days ago is one of `weeks` weeks ago."""
    return 7 * weeks - WEEK_EARLY <= age <= 7 * weeks + WEEK_LATE


class OwnOrder(Protocol):
    """What the words are read against: one of the customer's orders."""

    @property
    def order_id(self) -> int:
        """The order's id."""

    @property
    def item(self) -> str:
        """The item's name, as the customer sees it."""

    @property
    def price(self) -> Decimal:
        """What the customer paid."""

    @property
    def order_date(self) -> dt.date:
        """When the customer ordered it."""


@dataclass
class Found:
    """What a clause's references name."""

    ids: list[int] = field(default_factory=list)
    groups: list[tuple[int, ...]] = field(default_factory=list)  # several fit: ask which
    unmatched: bool = False  # words or a price/date that fit none of the orders
    missing: list[int] = field(default_factory=list)  # ids that are not the customer's
    unresolved: bool = False  # "the second one" with nothing to count on
    # named by words whose price fits none of the orders they fit ("the dice set i paid 17
    # for" of a $19 set): which order is meant is unsure, it is asked about
    doubted: list[int] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        """Names at least one order, or a group to ask about."""
        return bool(self.ids or self.groups)


class OrderBook:
    """The customer's orders, indexed for reading references against them."""

    def __init__(self, orders: Sequence[OwnOrder], today: dt.date) -> None:
        """Index the orders (in the customer's order: by order id)."""
        self.orders = list(orders)
        self.by_id = {o.order_id: o for o in self.orders}
        self.index = item_index(tuple((o.order_id, o.item) for o in self.orders))
        self.today = today

    def without_owned_things(self, refs: Refs) -> Refs:
        """The references without the words that speak of a thing of the customer's own an
        item is used with ("doesn't fit my car" beside a Car Battery: items.py)."""
        owned = [m for m in refs.mentions if self.index.owned_thing(m)]
        if not owned:
            return refs
        return replace(refs, mentions=tuple(m for m in refs.mentions if m not in owned))

    def without_other_things(self, refs: Refs) -> Refs:
        """The references of a request without the phrases that name another kind of thing
        than the item whose word they hold ("refund the phone case" beside an order named
        just "Phone": items.py); asked for alone, they name nothing, and the request asks."""
        other = [m for m in refs.mentions if self.index.ends_in_another_thing(m)]
        if not other:
            return refs
        return replace(refs, mentions=tuple(m for m in refs.mentions if m not in other))

    def ordered(self, ids: Sequence[int]) -> list[OwnOrder]:
        """The orders with these ids, in the customer's order."""
        wanted = set(ids)
        return [o for o in self.orders if o.order_id in wanted]

    def fitting(self, refs: Refs) -> list[OwnOrder]:
        """The orders that fit the prices and purchase dates of `refs`."""
        return [o for o in self.orders if self.fits(o, refs)]

    def fits(self, order: OwnOrder, refs: Refs) -> bool:
        """The order fits every price, price limit and purchase date the clause gives."""
        for price in refs.prices:
            if abs(order.price - price) > _leeway(price):
                return False
        limit = refs.limit
        if limit is not None and (order.price > limit.amount) != limit.above:
            return False
        age = (self.today - order.order_date).days
        if refs.within_days is not None and not 0 <= age <= refs.within_days:
            return False
        when = order.order_date
        if refs.dates and not any(
            (month, day) == (when.month, when.day) and year in (None, when.year)
            for month, day, year in refs.dates
        ):
            return False
        if not all(_in_week(age, weeks) for weeks in refs.weeks_ago):
            return False
        return all(age == days for days in refs.days_ago)

    @staticmethod
    def _key(order: OwnOrder, which: Superlative) -> Decimal:
        """Where an order ranks for a superlative: smaller comes first."""
        if which is Superlative.CHEAPEST:
            return order.price
        if which is Superlative.PRICIEST:
            return -order.price
        days = Decimal(order.order_date.toordinal())
        return -days if which is Superlative.NEWEST else days

    def nth(self, ids: Sequence[int], which: Superlative, nth: int) -> list[int]:
        """The n-th order counted from one end ("the second cheapest"), with the orders tied
        with it; [] past the end."""
        ranked = sorted(self.ordered(ids), key=lambda o: self._key(o, which))
        if nth < 0:
            ranked, nth = ranked[::-1], -nth
        if not 0 < nth <= len(ranked):
            return []
        chosen = ranked[nth - 1]
        return [o.order_id for o in ranked if self._key(o, which) == self._key(chosen, which)]

    def ends(self, ids: Sequence[int], which: Superlative, count: int) -> tuple[list[int], bool]:
        """The `count` orders at one end ("my two cheapest"): (them, True), or, when an
        order tied with the last of them is left out, (every order that might be meant,
        False): which ones is asked, never picked."""
        ranked = sorted(self.ordered(ids), key=lambda o: self._key(o, which))
        if len(ranked) <= count:
            return [o.order_id for o in ranked], len(ranked) == count
        edge = self._key(ranked[count - 1], which)
        if self._key(ranked[count], which) == edge:
            return [o.order_id for o in ranked if self._key(o, which) <= edge], False
        return [o.order_id for o in ranked[:count]], True

    def place_ends(self, found: Found, ids: Sequence[int], which: Superlative, count: int) -> None:
        """Several orders named at once by their rank: all of them, or a group to ask about."""
        chosen, clear = self.ends(ids, which, count)
        if clear:
            found.ids.extend(chosen)
        else:
            self.place(found, chosen)

    def beside(self, anchor: int, which: Superlative, step: int) -> list[int]:
        """The orders next to `anchor` in a ranking ("the next one down" of the priciest:
        step 1; "the one before that" by purchase date: the next one back), with the orders
        tied with them; [] when the anchor shares its place or is at the end."""
        if anchor not in self.by_id:
            return []
        here = self._key(self.by_id[anchor], which)
        keys = {o.order_id: self._key(o, which) for o in self.orders}
        if sum(1 for key in keys.values() if key == here) > 1:
            return []
        beyond = [k for k in keys.values() if (k > here if step > 0 else k < here)]
        if not beyond:
            return []
        target = min(beyond) if step > 0 else max(beyond)
        return [oid for oid, key in keys.items() if key == target]

    def counted_from(
        self, refs: Refs, ranked: tuple[Superlative, int] | None, about: Collection[int]
    ) -> list[int]:
        """What "the next one down" (the next of `ranked`, the ranking that named an order)
        or "the one before that" (bought just before the one order `about`) names; [] when
        there is nothing to count from."""
        if refs.next_in_rank:
            return self.beside(ranked[1], ranked[0], 1) if ranked is not None else []
        if len(about) != 1:
            return []
        return self.beside(next(iter(about)), Superlative.NEWEST, -refs.neighbour)

    @staticmethod
    def place(found: Found, ids: Sequence[int]) -> None:
        """One order is named; several are a group to ask about; none is no match."""
        if len(ids) == 1:
            found.ids.append(ids[0])
        elif ids:
            found.groups.append(tuple(ids))
        else:
            found.unmatched = True

    def resolve(
        self,
        refs: Refs,
        candidates: Sequence[int] = (),
        shown: Sequence[int] = (),
        bare_ids: bool = True,
    ) -> Found:
        """The orders `refs` name. `candidates` are the orders a question just listed (an
        answer is read among them first, and its bare numbers are ids, unless `bare_ids` is
        False); `shown` is the list the reply before showed, for "the second one". A bare
        number also picks, of several orders some words fit, the one whose name holds it."""
        refs = self.without_owned_things(refs)
        ranked = refs.superlative is not None and not (refs.every or refs.both)
        if ranked and refs.mentions and all(m.used_with for m in refs.mentions):
            # "the last one i bought has a wobble in the wheels": the superlative names the
            # order; the words after a preposition say what of it is wrong
            refs = replace(refs, mentions=())
        found = Found()
        answering = bool(candidates)
        for oid in (*refs.ids, *(refs.bare if answering and bare_ids else ())):
            (found.ids if oid in self.by_id else found.missing).append(oid)
        everyone = [o.order_id for o in self.orders]
        pool = [i for i in everyone if i in set(candidates)] or everyone
        dated = bool(refs.prices or refs.days_ago or refs.weeks_ago or refs.dates or refs.limit)
        dated = dated or refs.within_days is not None
        if refs.superlative is not None and len(refs.mentions) > 1:
            # "the cheaper of the kettle and the toaster": the superlative picks among them
            among = [i for m in refs.mentions for i in self.index.match(m).order_ids]
            self.place(found, self.nth(list(dict.fromkeys(among)), refs.superlative, 1))
            refs = replace(refs, mentions=(), superlative=None)
        if (refs.every or refs.both) and refs.mentions:
            # "all my earrings", "every cable": all the orders of that kind, not every order;
            # "both brushes": the two of that kind
            kinds = [self.index.match(m, kind=True).order_ids for m in refs.mentions]
            of_kind = [i for i in pool if any(i in kind for kind in kinds)]
            if all(kinds) and (refs.every or len(of_kind) == 2):
                if refs.superlative is not None and refs.count == 1:
                    # "the cheaper of the two pen things", "the newest of all my cables": the
                    # superlative picks one of them
                    self.place(found, self.nth(of_kind, refs.superlative, refs.ordinal or 1))
                else:
                    found.ids.extend(of_kind)
                refs = replace(refs, mentions=(), every=False, both=False, superlative=None)
        listed = self._named_alone_in_lists(refs.mentions)
        for n, mention in enumerate(refs.mentions):
            named = list(self.index.match(mention).order_ids)
            named = [i for i in named if i in set(candidates)] or named
            if len(named) > 1 and n in listed:
                # "refund the controller and the dock": the things a list names are different
                # orders, so "the controller" is not the Controller Charging Dock listed by it
                named = [i for i in named if i not in listed[n]] or named
            if len(named) > 1 and refs.bare:
                named = self.index.numbered(named, refs.bare) or named
            if len(named) > 1 and dated:
                named = [i for i in named if self.fits(self.by_id[i], refs)] or named
            if named and dated and not any(self.fits(self.by_id[i], refs) for i in named):
                # "the tv I bought today" beside a laptop bought today and a tv two days ago:
                # the words and the date (or the price) name different orders; ask which
                fitting = [i for i in pool if i in named or self.fits(self.by_id[i], refs)]
                if refs.prices and fitting == named:
                    # a price no order of these words was bought at: maybe another's order
                    found.doubted.extend(named)
                named = fitting
            if len(named) > 1 and refs.superlative is not None:
                # "the cheapest wetsuit" of two wetsuits ranks them; "the cheapest guitar"
                # beside Guitar Strings does not say whether the strings count: asked, never
                # ranked among the guitars by the last word of their names
                kind = [i for i in self.index.match(mention, kind=True).order_ids if i in named]
                if len(kind) == len(named):
                    named = self.nth(named, refs.superlative, refs.ordinal or 1)
            self.place(found, named)
        if refs.every:
            every = pool if answering else everyone
            if dated:  # "everything I bought this week"
                every = [i for i in every if self.fits(self.by_id[i], refs)]
            found.ids.extend(every)
        elif not refs.mentions and dated:
            self.place(found, [i for i in pool if self.fits(self.by_id[i], refs)])
        if refs.superlative is not None and not refs.mentions:
            # "the cheapest", "the second cheapest", "my 2nd most recent order"; "... except
            # the laptop" compares the rest
            out = {i for m in refs.excluded_mentions for i in self.index.match(m).order_ids}
            rest = [i for i in pool if i not in out]
            if refs.count > 1:
                self.place_ends(found, rest, refs.superlative, refs.count)
            else:
                self.place(found, self.nth(rest, refs.superlative, refs.ordinal or 1))
        elif refs.ordinal is not None:
            self._ordinal(found, refs, shown)
        found.ids = list(dict.fromkeys(found.ids))
        # "my cat hates the cat tree": "cat" says no more than "cat tree" beside it.
        alone = set(found.ids)
        found.groups = [g for g in found.groups if not alone & set(g)]
        return found

    def _named_alone_in_lists(self, mentions: Sequence[Mention]) -> dict[int, set[int]]:
        """For each mention listed with others by "and" / "or" (by its position), the
        orders the others of its list name alone, each by its own words."""
        lists: list[list[int]] = []
        for n, mention in enumerate(mentions):
            if mention.listed and lists and lists[-1][-1] == n - 1:
                lists[-1].append(n)
            else:
                lists.append([n])
        fits = [self.index.match(m).order_ids for m in mentions]
        found: dict[int, set[int]] = {}
        for members in (m for m in lists if len(m) > 1):
            named = {fits[n][0] for n in members if len(fits[n]) == 1}
            for n in members:  # a mention fitting several names none alone itself
                found[n] = named - set(fits[n]) if len(fits[n]) == 1 else named
        return found

    def _ordinal(self, found: Found, refs: Refs, shown: Sequence[int]) -> None:
        """ "the second one" over the list just shown; "my second order" by purchase date."""
        nth = refs.ordinal or 0
        listed = list(shown)
        if refs.ordinal_of_orders and refs.count > 1 and nth in (1, -1):
            # "my last two orders", "the first 2 things I bought": counted by purchase date
            which = Superlative.NEWEST if nth < 0 else Superlative.OLDEST
            self.place_ends(found, [o.order_id for o in self.orders], which, refs.count)
            return
        if listed and not refs.ordinal_of_orders and refs.count > 1 and nth in (1, -1):
            # "refund the first two" of the list just shown
            if refs.count > len(listed):
                found.unresolved = True
                return
            found.ids.extend(listed[: refs.count] if nth > 0 else listed[-refs.count :])
            return
        if refs.ordinal_of_orders and not listed:
            listed = [o.order_id for o in sorted(self.orders, key=lambda o: o.order_date)]
            listed = listed if nth > 0 else listed[::-1]
            nth = abs(nth)
        if not listed or nth == 0 or nth > len(listed):
            found.unresolved = True
            return
        found.ids.append(listed[nth - 1] if nth > 0 else listed[-1])


def by_when_only(refs: Refs) -> bool:
    """ "the one from last week", "the one i got 3 days ago": words that name orders only by
    when they were bought, with no item, id or price."""
    dated = bool(refs.days_ago or refs.weeks_ago or refs.dates or refs.within_days is not None)
    return dated and not (refs.mentions or refs.ids or refs.prices or refs.limit)


def narrowed(
    group: Sequence[int], left_out: Collection[int], named_before: Collection[int]
) -> tuple[int, ...]:
    """Several orders fit some words ("the bed"): the ones that are still meant. An order the
    customer keeps or leaves out is not meant ("the dog bed is fine, refund the bed"); of the
    rest, the one the customer named before in the same message is ("I bought a Heated Cat
    Bed ... a refund for the bed"). Several left: all of them, to ask which."""
    rest = [i for i in group if i not in left_out] or list(group)
    if len(rest) > 1:
        earlier = [i for i in rest if i in named_before]
        rest = earlier if len(earlier) == 1 else rest
    return tuple(rest)


def left_out_anywhere(clauses: Sequence[Clause], index: ItemIndex) -> frozenset[int]:
    """The orders a message says are not meant, wherever it says so: "not the X", "except
    the X" and items kept, each named alone ("my cat loves the cat tree" leaves out the cat
    tree, not the cat bed). Of several orders a request's words fit, these are not the one
    meant even when they are left out after the words ("refund my suitcase, the big one
    not the carry-on")."""
    out: set[int] = set()
    for clause in clauses:
        refs = clause.refs
        mentions = list(refs.excluded_mentions)
        if (clause.excludes or clause.kept) and not clause.acts:
            mentions.extend(refs.mentions)
        for mention in mentions:
            fits = index.match(mention).order_ids
            if len(fits) == 1:  # words fitting several leave out none of them: which?
                out.update(fits)
        out.update(refs.excluded_ids)
    return frozenset(out)
