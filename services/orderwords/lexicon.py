"""The cue phrases the offline model knows: what a clause asks, keeps, complains about or
calls off.

Nothing here is about one shop's items: item names come from the customer's own orders
(catalogue.py), and words.py holds English words in general. Phrases are sequences of
lower-case words; `match_cue` finds the longest one at a position.
"""

from __future__ import annotations

from enum import StrEnum


class Cue(StrEnum):
    """What a word or phrase says, before the clause around it is read."""

    REFUND = "refund"  # refund, money back, reimburse, send it back
    RETURN = "return"  # return: a refund, unless it is about the return policy
    CANCEL = "cancel"
    STATUS = "status"  # done, gone through, processed, status
    LOOKUP = "lookup"  # where, track, details, tell me about
    PRICE = "price"  # how much, cost
    LIST = "list"  # what did I order, my orders
    POLICY = "policy"
    APPROVE = "approve"  # approve, confirm it for me, override
    ELIGIBLE = "eligible"  # refundable, eligible, can it be refunded
    POLITE = "polite"  # would it be possible to: a request, asked politely
    HYPOTHETICAL = "hypothetical"  # what if, would I
    # was going to, nearly, almost: an intention given up, no request
    MEANT_TO = "meant_to"
    # might, maybe, thinking of, not sure if I should: a refund not decided yet, no request
    HEDGE = "hedge"
    IF = "if"  # if, in case, unless: a condition
    IF_CONSENT = "if_consent"  # if so, if yes, if possible
    CONSENT = "consent"  # go ahead, please do
    KEEP = "keep"  # keep, fine, great, happy with
    LIKE = "like"  # like, love: keeping, unless "would like"
    FAULT = "fault"  # broke, cracked, doesn't work
    UNWANTED = "unwanted"  # don't want, don't need: a fault before an item, a "no" before refund
    NEGATION = "negation"
    CALL_OFF = "call_off"  # never mind, changed my mind
    CORRECTION = "correction"  # no wait, actually, I mean, make that
    CORRECTION_ALONE = "correction_alone"  # scratch that, no wait: calls off when nothing follows
    INSTEAD = "instead"
    INSTEAD_OF = "instead_of"
    EXCEPT = "except"
    EVERY = "every"
    BOTH = "both"
    PRONOUN = "pronoun"  # it, them, that one
    ONE_OF = "one_of"  # one of them: one of several, not saying which
    SHOWN_LIST = "shown_list"  # "on that list": the list the assistant showed, no request
    DEMONSTRATIVE = "demonstrative"  # that, this: a pronoun only where nothing else explains it
    OTHER = "other"  # the other one, the rest
    SPLIT = "split"  # but, though, however, then
    REASON = "reason"  # because, since
    NEW_REASON = "new_reason"  # wrong reason, the real reason is: a waiting refund's reason changed
    AND = "and"
    OR = "or"
    FOLLOW_UP = "follow_up"  # what about, too, as well
    ID_MARK = "id_mark"  # order, purchase, number, #
    OVER = "over"  # over $X, more than $X
    UNDER = "under"
    CURRENCY_WORD = "currency_word"  # dollars, bucks
    CHEAPEST = "cheapest"
    PRICIEST = "priciest"
    NEWEST = "newest"
    OLDEST = "oldest"
    YESTERDAY = "yesterday"
    DAY_BEFORE = "day_before"  # the day before yesterday
    TODAY = "today"
    DAYS_AGO = "days_ago"  # (N) days ago
    WEEK_AGO = "week_ago"
    BOUGHT = "bought"  # bought, ordered: makes "today" a date
    FOREIGN = "foreign"  # someone else, my friend, everyone
    ACCOUNT = "account"  # customer, user, account: foreign before a number
    GREET = "greet"
    THANKS = "thanks"
    HELP = "help"
    BYE = "bye"
    YES = "yes"
    NO = "no"
    QUESTION = "question"  # is, has, did: a refund word after one asks its status
    WOULD = "would"  # would, 'd, should: "would like" is no liking


_PHRASES: dict[Cue, str] = {
    Cue.REFUND: "refund|refunds|refunding|refunded|reimburse|reimbursed|reimbursement|"
    "money back|my money|cash back|sendback|chargeback|charge back|send it back|"
    "send them back|send back|give me my money|take it back|take back|repay|repayment|"
    "go back|goes back|going back|"
    "needs to go back|has to go back|send this back|ship it back|mail it back",
    Cue.RETURN: "return|returns|returning|returned",
    Cue.CANCEL: "cancel|cancels|cancelled|canceled|cancelling|canceling|cancellation",
    Cue.STATUS: "status|done|yet|processed|gone through|go through|went through|come through|"
    "gone thru|go thru|went thru|come thru|"
    "complete|completed|finished|progress|update|happened|news|pending|decided|decision|"
    "approved|rejected|declined|paid|paid back|arrived yet|how is|how's|how are",
    Cue.LOOKUP: "where|track|tracking|ship|ships|shipped|shipping|delivered|delivery|arrive|"
    "details|detail|info|information|tell me about|look up|lookup|check on|when|status of|"
    "where's|wheres|"
    "where is|when's|what day|which day|what date|on what date|when did i|how long ago|"
    "what's going on with|whats going on with|what is going on with|what's happening with|"
    "whats happening with|what is happening with",
    Cue.PRICE: "how much|cost|costs|price of|what did i pay|did i pay|i paid|set me back|"
    "what was the price|what's the price|how expensive|what did it cost|paid for",
    Cue.LIST: "what did i order|what did i buy|what have i ordered|what have i bought|"
    "what do i have|my orders|my purchases|order history|list|show me my orders|"
    "show me all my orders|show all my orders|list all my orders|list my orders|"
    "show my orders|what orders|which orders|how many orders|my order list|everything i bought|"
    "everything i ordered|what i ordered|what i bought",
    Cue.POLICY: "policy|policies|terms|how long do i have|how do refunds work|"
    "how do returns work|how does a refund work|how does the refund work|"
    "how long does a refund take|how long do refunds take|how long will a refund take|"
    "how long does it take to get a refund|do refunds go back|do refunds go to|"
    "where do refunds go|do refunds come back|do refunds show up",
    Cue.APPROVE: "approve|authorise|authorize|authorised|authorized|override|expedite|"
    "speed up|fast track|fast-track|confirm it for me|confirm this yourself|confirm it yourself|"
    "confirm for me|confirm the refund|reject|admin mode|pre - approved|preapproved|"
    "pre approved|pre - authorised|pre - authorized|pre - approve",
    Cue.ELIGIBLE: "refundable|returnable|eligible|be refunded|be returned|"
    "still have time|do i have time|is there still time|too late|am i too late|"
    "can i still|qualify|qualifies",
    Cue.POLITE: "would it be possible|would it be ok|would it be okay|would that be possible|"
    "is it possible|possible to|am i able|allowed to|would you mind|could you possibly|"
    "can you maybe|could you maybe|maybe you could|maybe you can|can you perhaps|"
    "could you perhaps|perhaps you could|perhaps you can",
    Cue.HYPOTHETICAL: "what if|would i|would it|could i have|hypothetically",
    Cue.MEANT_TO: "was going to|was gonna|were going to|had planned to|was planning to|"
    "was thinking of|was thinking about|thought about|i almost|almost|nearly|meant to",
    Cue.HEDGE: "thinking of|thinking about|considering|not sure yet|havent decided|"
    "haven't decided|might|maybe|perhaps|not sure if i should|not sure whether i should|"
    "not sure whether to|not sure if i want|not sure if i wanna|not sure if i'll|"
    "not sure if ill|not sure if i will|unsure if i should|unsure whether to|undecided|"
    "deciding whether|deciding if|still deciding|debating whether|debating if|on the fence|"
    "in two minds|torn on whether|wondering whether to|wondering if i should|"
    "whether or not to",
    Cue.IF: "if|in case|unless",
    Cue.IF_CONSENT: "if so|if yes|if possible|if you can|if that's possible|if eligible|"
    "if it's eligible|if it is eligible|if they are eligible|if they're eligible|"
    "if it's refundable|if it is refundable|if that's ok|if that works|if it qualifies|"
    "if you could|if ok|if that's the case|if it can be refunded|if it can",
    Cue.CONSENT: "go ahead|please do|do it|proceed|go for it|do that|then do it|please proceed",
    Cue.KEEP: "keep|keeping|fine|ok|okay|great|good|perfect|works|working|works fine|"
    "works great|all good|alright|all right|no problem|no problems|no issues|no issue|"
    "nothing wrong|excellent|amazing|awesome|lovely|wonderful|happy with|pleased with|"
    "satisfied with|hang on to|hold on to|staying|enjoying|enjoy|leave|leaving|leave out|skip|"
    "skipping|not including|gorgeous|beautiful|stunning|fantastic|brilliant|superb|nice|"
    "comfy|cozy|cosy|grown on me|a keeper|keeper|spot on|does the job|fits perfectly|"
    "the best|best thing|don't touch|dont touch|do not touch|hands off",
    Cue.LIKE: "like|love|loving|loved|adore|liked|luv|luvs|luving|lurve|loves|adores",
    Cue.FAULT: "broke|broken|breaks|break|cracked|crack|cracks|snapped|snap|damaged|damage|"
    "defective|faulty|dead|died|scratched|scratch|torn|ripped|leaking|leaks|leak|missing|late|"
    "wrong|dented|shattered|bent|smashed|flickers|flickering|noisy|overheats|overheating|"
    "useless|junk|rubbish|disappointed|disappointing|stained|dirty|unhappy|fake|counterfeit|"
    "malfunction|malfunctioning|glitchy|buggy|loose|stuck|burnt|melted|peeling|faded|shrunk|"
    "rusty|expired|spoiled|unusable|hate|hated|dislike|stopped working|stopped|"
    "doesn't work|does not work|don't work|do not work|didn't work|not working|isn't working|"
    "won't turn on|doesn't turn on|does not turn on|won't charge|doesn't charge|not charging|"
    "never arrived|never came|didn't arrive|hasn't arrived|has not arrived|did not arrive|"
    "fell apart|falling apart|too small|too big|too large|too tight|too short|too long|"
    "wrong size|wrong colour|wrong color|wrong item|not as described|not happy|not satisfied|"
    "no good|not good|not fine|not ok|not okay|not great|not working properly|poor quality|"
    "doesn't fit|does not fit|don't fit|won't work|can't use|cannot use|stopped charging|"
    "keeps crashing|arrived broken|arrived damaged|came broken|came damaged|crashing|crashes|"
    "crashed|disconnecting|disconnects|freezing|freezes|froze|not so much|not so great|"
    "not so good|not great|not that good|meh|rattles|rattling|squeaks|squeaky|overheated|dies|"
    "dying|drains|draining|leaked|quit|quits|fails|failed|failing|unreliable|uncomfortable|"
    "itchy|smells|stinks|wobbly|wobbles|flimsy|cracking|chipped|scuffed|warped|frayed|dull|"
    "blunt|incomplete|missing parts|won't hold a charge|doesn't hold a charge|defect|faulty|"
    "won't hold charge|doesn't hold charge|not holding charge|not holding a charge|"
    "doesn't close|won't close|doesn't open|won't open|doesn't stay|too loud|unusable|dim|"
    "faint|weak|useless|sticky|sticks|jammed|jams|clogged|blurry|grainy|pixelated|dead pixels|"
    "split|splitting|in half|came apart|broken in half|crumbly|crumbling|patchy|tarnished|"
    "tarnishing|flaky|flaking|rash|gave me a rash|break out|broke out|went green|turned green|"
    "irritated|irritation|fell off|falls off|falling off|came off|comes off|coming off",
    Cue.UNWANTED: "don't want|dont want|do not want|don't need|dont need|do not need|"
    "no longer want|no longer need|didn't want|did not want|never wanted",
    Cue.NEGATION: "not|no|never|don't|dont|do not|doesn't|does not|didn't|did not|won't|"
    "will not|without|no longer|isn't|aren't|wasn't|shouldn't|should not|nothing|wouldn't|"
    "would not|won't need|not going to|neither|nor|none of",
    Cue.CALL_OFF: "never mind|nevermind|changed my mind|change my mind|changed mine|"
    "forget it|forget that|forget about it|forget about|hold off|don't bother|dont bother|"
    "cancel that|cancel it|cancel this|cancel them|leave it|not anymore|i take it back|"
    "i take that back|take that back|forget|hold off on that|hold off on it|scrap that|"
    "scrap it|don't do it|dont do it|do not do it|just kidding|only kidding|kidding|"
    "just joking|only joking|jk|or not",
    Cue.CORRECTION: "actually|i mean|i meant|make that|make it|rather|or rather|correction|"
    "sorry|oops|my mistake|my bad|the wrong one|wrong one|that's the wrong one|"
    "thats the wrong one|got the number wrong|wrong number|the wrong number|"
    "wrong order number|typed the wrong|switch that to|switch it to|change that to|"
    "change it to|swap that for|swap it for|swap that to|swap it to|"
    "switch that for|change that for|change it for",
    Cue.CORRECTION_ALONE: "no wait|wait no|wait|scratch that|hang on|no sorry|on second thought|"
    "on second thoughts|second thoughts|on reflection|hold on|wait a sec|wait a second",
    Cue.INSTEAD: "instead",
    Cue.INSTEAD_OF: "instead of|rather than",
    Cue.EXCEPT: "except|except for|apart from|other than|aside from|excluding|besides|"
    "save for|with the exception of|but not",
    Cue.EVERY: "everything|all|every|all of them|all of it|the lot|every order|every item|"
    "all orders|all items|all my items|all my orders|all of my orders|all my purchases|"
    "anything|each|each one|every one",
    Cue.BOTH: "both|both of them|the two|them both",
    Cue.PRONOUN: "it|them|they|those|these|that one|this one|the same one|the same|its|it's|"
    "they're|their|theirs",
    Cue.SHOWN_LIST: "on that list|on the list|from the list|from that list|in the list|"
    "on your list|of the list|of that list|in that list|on this list",
    Cue.ONE_OF: "one of them|one of those|one of these|one of the two|either of them|either one|"
    "one or the other|one of the items|one of my orders",
    Cue.DEMONSTRATIVE: "that|this",
    Cue.OTHER: "the other|the other one|the rest|the others|other one|the remaining|"
    "the other order|the other item|the remaining one",
    Cue.SPLIT: "but|though|although|however|whereas|then|and then|also|plus|anyway|btw|"
    "by the way|meanwhile|oh and|and also",
    Cue.REASON: "because|since|cause|cos|coz|bc|because of|due to|as it|as they|as it's",
    Cue.NEW_REASON: "wrong reason|real reason|actual reason|correct reason|right reason|"
    "true reason|proper reason|different reason|change the reason|update the reason|"
    "edit the reason|fix the reason|not the reason|isn't the reason|wasn't the reason|"
    "reason should be|reason should say|the reason should be|the reason should say",
    Cue.AND: "and|&|+|as well as|along with",
    Cue.OR: "or|either|whichever",
    Cue.FOLLOW_UP: "what about|how about|and what about|and how about|same for|same with|"
    "the same for|the same with|do the same for|do the same with|same thing for|"
    "same again for|same goes for the|as well as that|add|"
    "also add|add on|include|throw in|"
    "too|as well|same goes for|while you're at it|while youre at it|while ur at it|"
    "whilst you're at it|while you are at it",
    Cue.ID_MARK: "order|orders|purchase|purchases|order number|order no|order id|order #|"
    "number|order nr|#",
    Cue.OVER: "over|above|more than|greater than|at least|more expensive than|pricier than",
    Cue.UNDER: "under|below|less than|cheaper than|at most|less expensive than",
    Cue.CURRENCY_WORD: "dollars|dollar|bucks|usd|$|€|£|euros|pounds",
    Cue.CHEAPEST: "cheapest|least expensive|lowest priced|lowest price|the cheaper one|"
    "cheapest one|less expensive one|cheaper",
    Cue.PRICIEST: "most expensive|priciest|dearest|highest priced|the pricier one|"
    "the more expensive one|the expensive one|most costly|pricier",
    Cue.NEWEST: "most recent|latest|newest|recent|last order|last purchase|newer one|"
    "the newer one|most recently|last thing|last item|the last one i bought|bought last|"
    "ordered last|latest thing|buy last|order last|got last|get last|purchased last",
    Cue.OLDEST: "oldest|earliest|first order|first purchase|older one|the older one|"
    "bought first|ordered first|buy first|order first|got first|get first|purchased first",
    Cue.YESTERDAY: "yesterday|yesterday's|yesterdays",
    Cue.DAY_BEFORE: "the day before yesterday|day before yesterday",
    Cue.TODAY: "today|today's|todays|this morning|this afternoon|earlier today",
    Cue.DAYS_AGO: "days ago|day ago|days back|day back|days before",
    # "got last week" is read whole, before "got last" (the newest) can take its "last"
    Cue.WEEK_AGO: "a week ago|last week|one week ago|1 week ago|last week's|last weeks|"
    "got last week|bought last week|ordered last week|purchased last week|get last week",
    Cue.BOUGHT: "bought|ordered|purchased|got|placed|from|received",
    Cue.FOREIGN: "someone else|somebody else|someone else's|another customer|another person|"
    "another user|other customers|other users|everyone|everybody|everyone's|everybody's|"
    "all customers|all users|my friend|my friend's|my wife|my wife's|my husband|"
    "my husband's|my neighbour|my neighbor|my neighbour's|my neighbor's|my mom's|my dad's|"
    "my mum's|my brother's|my sister's|my son's|my daughter's|my boss's|my colleague's|"
    "his orders|her orders|their orders|their order|his order|her order|every customer|"
    "every customer's|each customer|every user|every user's|all accounts|every account|"
    "everyone else|everyone else's|other people|other people's|someone's|somebody's|"
    "all the customers|every single customer|belonging to|belongs to|that belong to|"
    "on behalf of|their assistant|his assistant|her assistant|i'm their|i am their|"
    "im their|for a friend|for my friend",
    Cue.ACCOUNT: "customer|user|account|client|customer id|customer number|user id|"
    "account number|customer #|customer no",
    Cue.GREET: "hi|hello|hey|hiya|howdy|greetings|good morning|good afternoon|good evening|"
    "how are you|how's it going|how is it going|how do you do|what's up|whats up|sup",
    Cue.THANKS: "thanks|thank you|thx|cheers|appreciate it|ty|many thanks",
    Cue.HELP: "help|what can you do|how does this work|who are you|what do you do|"
    "talk to a human|speak to a human|talk to a person|speak to a person|real person|"
    "human agent|customer service|speak to someone|talk to someone",
    Cue.BYE: "bye|goodbye|see you|that's all|that is all|good bye",
    Cue.YES: "yes|yeah|yep|yup|sure|yea|ya|y|absolutely|definitely|of course|certainly|"
    "sounds good|that's right|correct|right|please|yes please|confirm|confirmed",
    Cue.NO: "nope|nah|no thanks|no thank you|not now|n",
    Cue.QUESTION: "is|has|have|was|were|did|does|are|will|had",
    Cue.WOULD: "would|'d|i'd|should|we'd|you'd",
}


def _variants(phrase: str) -> list[str]:
    """The other ways customers write a listed phrase: without the apostrophe of a "n't"
    ("dont fit", "doesnt work"), and a "the ... one" in the plural ("the older ones")."""
    forms = [phrase, phrase.replace("n't", "nt")] if "n't" in phrase else [phrase]
    plurals = [f"{f}s" for f in forms if f.startswith("the ") and f.endswith(" one")]
    return forms[1:] + plurals


# Every cue phrase by its words, and for each first word the phrase lengths, longest first.
# The listed phrases first, each keeping the first cue it is listed under; then their
# variants, which never take a phrase listed elsewhere.
PHRASES: dict[tuple[str, ...], Cue] = {}
LENGTHS: dict[str, tuple[int, ...]] = {}
_LISTED = [(cue, phrase) for cue, spec in _PHRASES.items() for phrase in spec.split("|")]
for _cue, _phrase in [*_LISTED, *((c, v) for c, p in _LISTED for v in _variants(p))]:
    _words = tuple(_phrase.split())
    PHRASES.setdefault(_words, _cue)
    LENGTHS[_words[0]] = tuple(sorted({*LENGTHS.get(_words[0], ()), len(_words)}))[::-1]


def match_cue(words: list[str], at: int) -> tuple[Cue, int] | None:
    """The longest cue phrase starting at `words[at]`: (cue, how many words), or None."""
    for length in LENGTHS.get(words[at], ()):
        cue = PHRASES.get(tuple(words[at : at + length]))
        if cue is not None:
            return cue, length
    return None
