"""The customer's words, read the same way by everyone who reads them: the offline model (to
decide what to do) and the application's own checks (grounding.py, consent.py: whether a
proposal rests on what the customer said, and which proposals a typed yes names).

Pure text utilities, linear in the text's length and independent of any model's decisions:
tokens.py (a tokenizer without regular expressions), spelling.py (stems, typos, number words),
words.py (English words in general), lexicon.py (cue phrases: refund, keep, fine, not, never
mind, ...), pieces.py (cue phrases found, clauses cut), numbers.py and refs.py (order ids,
prices, dates, superlatives, ordinals), reading.py (each clause's acts, stance, negation and
retraction) and items.py (which of the customer's own items some words name).
"""
