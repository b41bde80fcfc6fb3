"""English words in general, for reading any shop's customers: the function words that never
name an item, everyday names for kinds of goods (synonyms), and the words of item names that
describe rather than name. None of it is written for one shop's items.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a text written as one string (a word list easy to read and edit)."""
    return frozenset(text.split())


# Words that never name an item: the grammar's own and common English function words.
FUNCTION_WORDS = word_set(
    """a an the my me i i'm im i've ive i'll ill mine myself itself themselves yourself you your
    yours we us our he she him
    her they them it its is are was were be been being am has have had do did does doing can
    could would should will shall may might must want wanted wants need needs needed like get
    got getting give gave given for of on to in at by as so if then than into out up off with
    from about over under again just now still really very quite too also only even please pls
    plz kindly thanks thank what which who whom whose where when why how there here this that
    these those some any all each every both either neither none nothing something anything
    everything one ones thing things stuff item items product products order orders purchase
    purchases bought buy buying ordered purchased money back refund refunds cash day days week
    weeks month months ago today yesterday tomorrow time asap soon later sir madam mate guys
    hi hello hey ok okay yes no yeah oh um hmm well lol pls instructions ignore previous
    system prompt rules new request requested mode admin manager store shop customer customers
    service assistant bot agent you're it's that's there's let let's know see show tell said
    say saying sent send make made going go gone come came take took put still anymore already
    maybe perhaps probably actually definitely absolutely certainly honestly basically
    literally mind changed change wait sorry hope hoping think thought feel felt guess seem
    seems lot much many more most less least few bit little own same other another else ever
    never not don't dont doesn't didn't won't can't cant isn't wasn't aren't haven't hasn't
    wouldn't couldn't shouldn't i'd id we'd you'd thing's one's number no. nr id please.
    cheers because since cause cos while until after before during though although but and or
    nor yet however whereas whether unless agreed agree ok'd okayed allowed permission
    authorised authorized authority staff team human person someone anyone everyone somebody
    nobody email call message chat reply answer question help issue problem problems issues
    way ways thing reason reasons uh uhh um umm er erm ah ahh hm huh eh kk btw tbh idk u ur
    ya yall ive id pls plz thx ty tho rn we'll we're we've weve you'll you've they'll they've
    around roughly approximately approx circa whatever whichever whatsoever
    they're he's she's he'll she'll it'll that'll who's what's"""
)

# Everyday names for kinds of goods: each group's words name the same kind of thing.
SYNONYM_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "tv television telly tele",
        "headphone headphones earphone earphones earbud earbuds headset headsets earpiece",
        "laptop notebook ultrabook",
        "phone mobile cellphone smartphone handset",
        "sofa couch settee",
        "fridge refrigerator",
        "jumper sweater pullover",
        "trainer trainers sneaker sneakers",
        "bike bicycle cycle",
        "trousers pants slacks",
        "jacket coat",
        "mug cup",
        "bin trash garbage",
        "hoover vacuum",
        "speaker speakers loudspeaker",
        "tap faucet",
        "cooker stove",
        "pram stroller buggy",
        "nappy nappies diaper diapers",
        "torch flashlight",
        "rucksack backpack",
        "holdall duffel",
        "specs glasses spectacles",
        "sunglasses shades",
        "case cover",
        "monitor screen display",
        "charger adapter",
        "couch sofa",
        "blanket throw",
        "duvet comforter quilt",
        "bag handbag purse",
        "wallet billfold",
        "boot boots",
        "kettle boiler",
        "printer printers",
        "tablet ipad",
        "console gamepad",
        "camera cam",
        "watch smartwatch wristwatch timepiece",
        "perfume parfum fragrance cologne scent",
    )
)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in SYNONYM_GROUPS:
    for _word in _group:
        SYNONYMS[_word] = SYNONYMS.get(_word, frozenset()) | _group

# What kinds of goods are for, in the words customers use when they name an item by where it
# is worn or what it does ("the thing on my wrist", "the stuff for my eyes", "the thing that
# makes coffee"): each line's words before the colon stand for the kinds after it. A kind is
# an item's last naming word, or that word joined to the one before it ("hairdryer" for a
# "Hair Dryer"); these words name an order only in such a phrase (refs.py: `Mention.by_use`),
# and when several of the customer's items fit, each of them does (the customer is asked).
USE_GROUPS = (
    "ear: headphone earphone earbud headset earmuff earplug earring hearingaid airpod",
    "wrist: watch smartwatch wristwatch bracelet bangle wristband fitnesstracker",
    "eye: glasses sunglasses goggles eyeshadow eyeshadowpalette mascara eyeliner eyecream",
    "face: serum moisturiser moisturizer cleanser toner foundation primer sunscreen facemask",
    "skin: serum moisturiser moisturizer lotion cleanser sunscreen bodylotion",
    "hair: hairdryer blowdryer straightener curler hairbrush hairclipper flatiron curlingiron",
    "head: helmet hat cap beanie headband",
    "neck: necklace scarf pendant choker",
    "foot feet: shoe boot sock slipper sandal trainer sneaker insole",
    "hand: glove mitten",
    "finger: ring",
    "tooth teeth: toothbrush flosser waterflosser toothpaste mouthguard",
    "lip: lipstick lipgloss lipbalm",
    "coffee: espresso espressomachine espressomaker coffeemachine coffeemaker percolator "
    "cafetiere frenchpress mokapot",
    "tea: kettle teapot infuser",
    "music: headphone earphone earbud headset speaker soundbar turntable",
    "step: watch smartwatch fitnesstracker pedometer",
    "toast: toaster",
    "smoothie: blender",
    "juice: juicer",
    "photo picture: camera",
    "typing: keyboard",
)
USES: dict[str, frozenset[str]] = {}  # kind → the words of its uses
for _line in USE_GROUPS:
    _uses, _kinds = _line.split(":")
    for _kind in _kinds.split():
        USES[_kind] = USES.get(_kind, frozenset()) | frozenset(_uses.split())

# Words of item names that describe rather than name ("Pro", "Wireless", "Series 5"): they
# narrow a choice but never name an item alone when another word could.
DESCRIPTORS = word_set(
    """pro max plus mini ultra lite series edition new premium deluxe classic original smart
    wireless digital portable electric standard large small medium big extra xl xxl set pack
    kit the and of for with in by model version gen generation black white grey gray silver
    gold blue red green pink"""
)
