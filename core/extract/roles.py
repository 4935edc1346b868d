"""What part of the story a figure is: total, subset, increment, cumulative, background or partial."""

from __future__ import annotations

import re
from datetime import date

from core.extract.ascii_twin import AsciiTwin, ascii_twin, compile_twin
from core.extract.clean import keyword_view, lower_kept, lowercase_twin
from core.extract.lexicons import load
from core.extract.tokens import Token
from core.extract.triggers import _trie_pattern
from core.extract.word_gate import WordGated
from core.models import Role

_EN = load("en")


def _starting_with(words: list[str] | tuple[str, ...]) -> str:
    """A look-ahead on the first letters of `words`: the regex engine then skips at once the positions none of
    them starts at, instead of trying each alternative there (case-insensitive patterns get no such shortcut)."""
    firsts = {w[0].lower() for w in words}
    if not all(c.isalpha() for c in firsts):
        raise ValueError(f"cues must start with a letter: {sorted(firsts)}")
    return "(?=[" + "".join(sorted(firsts)) + "])"


SUBSET_BEFORE: tuple[tuple[str, ...], ...] = (
    ("including",),
    ("among", "them"),
    ("among", "whom"),
    ("among", "those"),
    ("among", "the", "dead"),
    ("among", "the", "victims"),
    ("among", "the", "injured"),
    ("among", "the", "wounded"),
    ("of", "whom"),
    ("of", "them"),
    ("such", "as"),
    ("included",),
    ("include",),
)
SUBSET_AFTER = (("of", "them"), ("of", "whom"), ("of", "those"), ("of", "the"))

_CUMULATIVE = compile_twin(
    # A toll phrase ("the death toll rose to") is judged by `core.extract.tolls`: the event's own running toll
    # unless it spans many incidents, so it is no cue here.
    r"\b(?=[bstfcwheo-])(?:both sides|(?<!changed )(?<!unchanged )(?<!updated )(?<!revised )(?<!stood )(?<!remained )"
    r"since (?:the (?:start|beginning|outbreak)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b|\d)|this year(?!'s)|so far this|(?:fighting|clashes|conflict|war|hostilities|offensive"
    r"|escalation|outburst|campaign|bombardment)(?:\s+[\w'-]+){0,8}?\s+(?:has|have|had)\s+"
    r"(?:so far\s+|now\s+)?(?:left|killed|claimed)"
    # a campaign told by its length spans many incidents: "killed in the 11-day bombardment", "the two-year war"
    r"|(?<=\w)-(?:day|week|month|year)(?:-long)?\s+(?:bombardment|war|conflict|offensive|campaign|siege"
    r"|fighting|insurgency|uprising|crackdown|blockade|air campaign|bombing campaign)"
    # counted from the start of a campaign: "killed since the bombardment began", "since the invasion"
    r"|since the (?:[\w'-]+\s+){0,2}?(?:war|conflict|offensive|bombardment|fighting|hostilities|campaign|siege"
    r"|invasion|insurgency|uprising)\b)",
    re.IGNORECASE,
)
# a day or a month, not a year; or an outbreak's own start ("since the outbreak began": a lasting disaster's start)
_SINCE_A_DATE = re.compile(r"since (?:(?!the\b|(?:1[89]|20)\d\d\b)|the outbreak\b(?! of\b))", re.IGNORECASE)
_LASTING = compile_twin(rf"\b(?:{'|'.join(_EN.LASTING_DISASTERS)})\b")  # in lower-case text


_EARLIER_OPENER = re.compile(rf"^\W*(?:{'|'.join(_EN.EARLIER_INCIDENT_OPENERS)}),", re.IGNORECASE)


def opens_on_an_earlier_stretch(sentence: str) -> bool:
    """'Earlier this month, four people were killed at a nightclub nearby': told after the article's own figures,
    an earlier incident (`EARLIER_INCIDENT_OPENERS`)."""
    return _EARLIER_OPENER.match(sentence) is not None


# Another shock of a quake told after the article's own toll: "A 6.3 magnitude quake struck again on Wednesday, killing
# one person", "An aftershock on Monday injured 150 people", "a second quake hit the province": its figures are that
# shock's own, a part of the sequence, not the toll the article leads with.
_ANOTHER_SHOCK = compile_twin(
    r"(?<!and )(?<!toll from )\b(?=[aqestn])"
    r"(?:(?:quake|earthquake|tremor)s? (?:struck|hit|shook|rocked) (?:[\w-]+ ){0,3}?again"
    r"|(?:an|another|a (?:new|fresh|second|third|fourth|further|strong|powerful|major))"
    r"(?: (?:strong|powerful|major|[\d.]+[- ]magnitude|magnitude[- ][\d.]+))? (?:aftershock|quake|earthquake|tremor)"
    r"|(?:an|the|another|a strong|a powerful) aftershock)\b",
    re.IGNORECASE,
)


def tells_another_shock(sentence: str) -> bool:
    """(Not one told with the first, "the quake and a strong aftershock killed 2,000", nor a toll of them all.)"""
    if "toll" in sentence:
        return False
    return any(map(sentence.__contains__, ("quake", "shock", "tremor"))) and _ANOTHER_SHOCK.search(sentence) is not None


_NATURAL_WORDS = tuple(w for family in ("quake", "water") for w in _EN.HAZARD_FAMILIES.get(family, ()))
_NATURAL = compile_twin(rf"\b{_trie_pattern(_NATURAL_WORDS)}\b")  # a prefix tree: one letter read once, not 50 words
# Words of a war or an attack: a national toll told with them is the conflict's, over many incidents.
_CONFLICT = re.compile(
    r"\b(?:war|conflict|fighting|hostilities|offensive|airstrikes?|air strikes?|shelling|bombardment|missiles?"
    r"|militants?|gunmen|attacks?|bombings?|insurgents?|rebels?|troops|army)\b"
)


def names_natural_disaster(text: str) -> bool:
    """Does `text` (an article's title and lead) name an earthquake, a flood or a storm (lexicon `HAZARD_FAMILIES`),
    and no war or attack? Its national toll is the disaster's own, not one over many incidents."""
    lower = lower_kept(text)  # (the pipeline asks `names_lasting_disaster` of the same text)
    return _NATURAL.search(lower) is not None and _CONFLICT.search(lower) is None


def names_lasting_disaster(text: str) -> bool:
    """Does `text` (an article's title and lead) name a disaster that lasts for weeks (floods, a wildfire)?"""
    lower = lower_kept(text)
    # a plain look for the words first: far cheaper than the pattern over a whole lead
    return any(map(lower.__contains__, _EN.LASTING_DISASTERS)) and _LASTING.search(lower) is not None


_SPEAKERS_ON = re.compile(r"\b(?:officials|authorities) on $", re.IGNORECASE)


def _speakers_sides_of_a_disaster(sentence: str, at: int) -> bool:
    """'At least 45 people have died in the floods, officials on both sides of the front line said': the sides are
    the speakers', and a flood or a quake across a front line is one disaster (not so for attacks told of both
    sides: those are many incidents)."""
    if not sentence.startswith("both sides", at) or _SPEAKERS_ON.search(sentence, 0, at) is None:
        return False
    lower = sentence.lower()
    return _NATURAL.search(lower) is not None and _CONFLICT.search(lower) is None


def _cumulative_cue(sentence: str, lasting: bool) -> bool:
    """A cue of a count over many incidents. 'More than 1,000 people have died in the floods since June': a date
    the toll runs from is one lasting disaster's own start, when the sentence (or, with `lasting`, the article's
    lead) names such a disaster."""
    cues = [m.start() for m in _CUMULATIVE.finditer(sentence) if not _speakers_sides_of_a_disaster(sentence, m.start())]
    if not cues:
        return False
    if not all(_SINCE_A_DATE.match(sentence, at) for at in cues):
        return True
    return not lasting and _LASTING.search(sentence) is None


# A count over a city's incidents or over past weeks: "12 people were shot across the city over the weekend",
# "shot citywide", "Over the past month, nine people have been shot in the neighborhood". (A pattern of its own,
# tried only when one of its words is there.)
_CITY_OR_PAST = re.compile(
    # (not where the hurt are treated: "many of them remain in hospitals across the city")
    r"(?<!hospitals )(?<!hospital )(?<!clinics )(?<!morgues )\bacross the city\b"
    r"|\bcity-?wide\b|\b(?:over|in|during) the (?:past|last) (?:[a-z-]+ )?"
    r"(?:weeks?|months?|years?|weekends?)\b",
    re.IGNORECASE,
)
_CITY_OR_PAST_WORDS = ("city", "the past", "the last")


def _city_or_past(sentence: str, lasting: bool = False) -> bool:
    """With `lasting` (or a lasting disaster named in the sentence), the past week or weekend is that disaster's
    own stretch, not a count over many incidents: "the heatwave had caused 659 deaths over the past week"."""
    lower = sentence.lower()
    if not any(map(lower.__contains__, _CITY_OR_PAST_WORDS)):  # a C loop over the words, no Python step each
        return False
    return any(
        not (m.group().lower().endswith(_OWN_STRETCH) and (lasting or _LASTING.search(lower) is not None))
        for m in _CITY_OR_PAST.finditer(sentence)
    )


_OWN_STRETCH = ("week", "weeks", "weekend", "weekends")


# A count over a stretch of many incidents: "Over three weeks of protests, 240 people have been injured".
_PERIOD_OF_INCIDENTS = re.compile(
    r"\b(?:over|in|during|after|across|throughout|for)\s+(?:the\s+(?:past|last|first)\s+)?[\w-]+\s+"
    rf"(?:{'|'.join(_EN.PERIOD_UNITS)})\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_EN.PERIOD_INCIDENTS)})\b",
    re.IGNORECASE,
)
_RATE = compile_twin(rf"\b{_starting_with(_EN.RATE_CUES)}(?:{'|'.join(_EN.RATE_CUES)})\b", re.IGNORECASE)
# "doubled to about 700 a day", "30 deaths a week": a count with its rate right after it (a word between at most)
_RATE_AFTER_COUNT = re.compile(
    rf"\d\s+(?:[a-z]+\s+)?(?:{'|'.join(_EN.RATE_AFTER_COUNT)})\b(?!\s+(?:{'|'.join(_EN.NOT_RATE_AFTER)})\b)(?!-)",
    re.IGNORECASE,
)
_RATE_AFTER_WORDS = tuple(f" {w}" for w in _EN.RATE_AFTER_COUNT)  # what every _RATE_AFTER_COUNT match holds
_PERIOD_UNIT = compile_twin(
    rf"{_starting_with(_EN.PERIOD_UNITS)}(?:{'|'.join(_EN.PERIOD_UNITS)}) of ", re.IGNORECASE
)  # a cheap look first
_BACKGROUND = compile_twin(
    # the look-ahead holds every alternative's first letter (or the text's start): a quick no elsewhere
    r"\b(?=[abcdefgilnstuwy]|^)"
    r"(?:in the (?:early |late |mid-?)?(?:19|20)?\d0s|decades? ago|years? ago|last year|last month"
    r"|(?<!an )unrelated(?! (?:incident|shooting|attack))|earlier this year"
    r"|non[- ]?gunshot\b"  # "A fourth person suffered a non-gunshot injury": hurt, not by the gunfire counted
    r"|war (?:that|which|in)|the war\b|a war\b|world war|genocide"
    r"|^\s*in (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"
    r"(?:19|20)\d\d,"  # a story told from a year on: "In 1999, a quake of the same size killed ..."
    r"|(?:follows|followed|comes after|came after|weeks after|days after|similar to)"
    r" (?:a|another) (?:shooting|attack)"
    # "The shooting comes a week after a man was killed two blocks away": an earlier incident
    r"|(?:comes|came|follows|followed) (?:just |only |nearly |about |less than |more than )?(?:(?:a|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+) )?(?:days?|weeks?|months?|years?) after\b"
    # news told beside a place's mourning: "The shooting came as the region mourned the 12 people killed at ..."
    r"|(?:comes|came) (?:just |only )?as (?:the|a|an|its) (?:[\w-]+ ){1,3}?(?:still )?(?:mourns|mourned|grieves"
    r"|grieved|reels|reeled|(?:is|was) (?:still )?(?:mourning|grieving|reeling))\b"
    # one of a series, the earlier told after it with its toll: "It was the second mass shooting in four days, after
    # five people were killed at a nightclub" (not "the second deadly shooting ...": that one counts the news's dead)
    # ("the city's second", "its third")
    r"|^\s*(?:it|this|that) (?:was|is) (?:the (?:[\w-]+'s? )?|its )(?:second|third|fourth|fifth|sixth|latest) "
    r"(?:(?!deadly|fatal)[^.;]){0,80}?"
    r"\bafter (?:[\w-]+ ){0,6}?(?:killed|died|dead|injured|wounded|shot)\b"
    # another incident of the same kind: "Twelve people died in a similar crash on the same road in March"
    r"|\b(?:(?:a|an|another) similar (?:[\w-]+ )?(?:crash|attack|blast|bombing|explosion|fire|collapse|stampede"
    r"|crush|accident|incident|disaster|shooting|derailment|landslide|flood|quake|earthquake|strike|sinking|blaze"
    r"|bomb|storm|cyclone|typhoon|hurricane|tornado)"
    # or several: "Similar blasts at a chemical plant killed 78 people"
    r"|similar (?:[\w-]+ )?(?:crashes|attacks|blasts|bombings|explosions|fires|collapses|stampedes|accidents"
    r"|incidents|disasters|shootings|derailments|landslides|floods|quakes|earthquakes|strikes|sinkings|blazes"
    r"|storms|cyclones|typhoons|hurricanes|tornadoes))"
    # the older incident a comparison names, with its own toll: "the deadliest fire since the Tazreen factory blaze,
    # which killed 112 people", "since the 2019 bombing, in which 40 soldiers were killed" (the event's own toll before
    # the comparison is a clause of its own: `_COMPARISON`)
    r"|since (?:the|a|an) [^.;,]{3,60}?, (?:in which|which|when|that) (?:[\w-]+ ){0,3}?(?:killed|left|claimed|injured"
    r"|wounded|died)"
    # or with no comma, right after the ranking: "the deadliest attack in Britain since the 7/7 bombings killed 52"
    r"|(?:deadliest|worst|bloodiest)\b[^.;]{0,80}?\bsince (?:the|a|an) [^.;,]{3,60}? (?:killed|left|claimed)"
    # or an older incident told by a bare plural, its place's commas and all, up to its own verb: "the deadliest blast
    # in the region since explosions at an army depot in Bata, Equatorial Guinea, killed 107" (no figure on the way:
    # "the deadliest day since protests began, with 40 killed" tells the day's own dead)
    r"|(?:deadliest|worst|bloodiest)\b[^.;]{0,80}?\bsince (?!records\b)[a-z]+s [^.;\d]{3,80}? (?:killed|left|claimed))",
    re.IGNORECASE,
)
_PARTIAL = compile_twin(
    r"\b(?:a|the) (?:second|third|fourth|later|subsequent)\b(?: (?:rocket|missile|shell|strike|blast|explosion"
    r"|bomb|attack|volley|round)| hit| struck| landed| exploded)|\banother (?:rocket|missile|shell|strike|blast"
    r"|explosion|bomb|residential area|building|neighbo(?:u)?rhood)",
    re.IGNORECASE,
)
# One place or one hospital of several: "In the town of Alba alone, 40 died", "one hospital said it had received 22
# bodies"; the areas one side holds: "in government-held Syria", "in areas controlled by the rebels", "the parts of
# the north that the government does not control". (A pattern of its own, tried only when one of its words is there.)
_PART_OF_WHOLE = compile_twin(
    r"(?<=\w )alone,|\bone (?:of the )?hospitals?\b|\b(?:another|a second|a third) hospital\b"
    r"|\b(?:government|opposition|rebel|regime|militant|insurgent|separatist|army|kurdish)[- ](?:held|controlled)\b"
    r"|\bareas? (?:held|controlled) by\b|\b(?:does|do|did) not control\b"
    # a neighbouring area's share: "In neighbouring Syria, 326 died", "in the neighbouring province, 2,000 were hurt"
    r"|\bin (?:(?:the|a) neighbou?ring (?:province|state|country|district|county|region|prefecture|governorate"
    r"|city|town|village)|neighbou?ring [a-z]+)\b"
    # one place of several: "In one village, 70 injured people waited for help"
    r"|\bin one (?:village|town|district|neighbou?rhood|province|city|camp|street|building)\b"
    # one hospital's burns unit: "nine were being treated at the burn unit of the city's medical college hospital"
    r"|\bburns? (?:unit|ward|cent(?:re|er)|institute) (?:of|at) (?:the )?[\w' -]{0,40}?hospital\b"
    r"|\bhospital's burns? (?:unit|ward|cent(?:re|er))",
    re.IGNORECASE,
)
_PART_OF_WHOLE_WORDS = ("alone,", "hospital", "held", "control", "neighbo", " wards", "in one ")
# a cheap look before `_ONE_HOSPITAL`
_CARE_VERB_STEMS = ("receiv", "admit", "treat", "took in", "taken in", "our hospital", "this hospital")
# One hospital's own count: "The city's main hospital received 40 injured", "a field hospital treated over 300",
# "the main hospital said it had admitted 25 wounded", "its wards had treated 40": a share of the injured, not
# their total (where they were taken, "were taken to the main hospital", is no such count).
_ONE_HOSPITAL = compile_twin(
    r"\b(?:(?:main|largest|biggest|central|regional|general|university|military|district|provincial|teaching"
    r"|city|field|children's)\s+hospital(?:\s+(?:that|which))?|hospital's\s+(?:wards|doctors|staff)|its\s+wards)"
    r"(?:\s+(?:said|says|reported)(?:\s+(?:it|they))?)?(?:\s+(?:had|has|have|was|is|were))?"
    r"\s+(?:received|admitted|treated|treating|receiving|admitting|taken\s+in|took\s+in)\b"
    r"|\b(?:treated|cared\s+for|seen)\s+(?:at|in)\s+(?:a|the)\s+field\s+hospital\b"
    r"|\b(?:in|at)\s+(?:our|this)\s+hospital\b",  # a doctor's own: "We have 40 wounded in our hospital"
    re.IGNORECASE,
)


def _part_of_whole(sentence: str) -> bool:
    lower = sentence.lower()
    if not any(map(lower.__contains__, _PART_OF_WHOLE_WORDS)):
        return False
    if _PART_OF_WHOLE.search(sentence):
        return True
    return (
        ("hospital" in lower or " wards" in lower)
        and any(map(lower.__contains__, _CARE_VERB_STEMS))
        and bool(_ONE_HOSPITAL.search(sentence))
    )


_YEAR = compile_twin(r"(?:19|20)(?<![/\w-]\d\d)\d\d(?![/\w-])")  # not inside a link or path: ".../2023/09/04/..."
# A round count written without a separator is no year: "over 2000 people killed", "nearly 1900 dead".
_COUNT_NOT_YEAR = re.compile(
    r"(?:\b(?:over|than|nearly|almost|least|about|around|some|approximately|roughly|estimated|rose\s+to"
    r"|risen\s+to|climbed\s+to|reached|passed|topped|exceeded|surpassed)\s+)$"
    r"|^\s+(?:people|persons|civilians|residents|bodies|victims|casualties|deaths|fatalities)\b",
    re.IGNORECASE,
)


def _is_year(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[max(0, m.start() - 20) : m.start()]
    after = sentence[m.end() : m.end() + 20]
    return not (_COUNT_NOT_YEAR.search(before) or _COUNT_NOT_YEAR.match(after))


# A year written as part of a day's date ("June 3, 2019", "3 June 2019"): a day told, not a past year recalled.
_DAY_BEFORE_YEAR = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?,?\s+[A-Z][a-z]+\.?|\b[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+$"
)


def names_a_past_year(sentence: str) -> bool:
    """The sentence names a year as a year on its own (not a count, not a day's date): 'the 2015 earthquake',
    'in April 2015', a timeline's '2015 - ...'."""
    return any(
        _is_year(sentence, m) and not _DAY_BEFORE_YEAR.search(sentence, max(0, m.start() - 20), m.start())
        for m in _YEAR.finditer(sentence)
    )


# A period that runs up to the article's own year ("from September 2017 to February 2018") is no past story.
_PERIOD_TO_NOW = re.compile(
    r"\b(?:from|between)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s+(?:to|until|till|through|and)\s+(?:[a-z]+\s+)?"
    r"(?P<until>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A toll scoped to one incident: "the death toll from Monday's explosion has risen to", "bringing the number
# killed in the attack to". That is the incident's latest total, not a toll over many incidents.
_INCIDENT_NOUNS = (
    r"(?:blast|shooting|attack|fire|crash|explosion|strike|airstrike|bombing|collapse|stampede|accident|derailment"
    r"|ambush|massacre|raid|stabbing|rampage|incident|disaster|tragedy|landslide|earthquake|quake|flood|storm"
    r"|sinking|shelling|shipwreck|capsizing|blaze|inferno|standoff|siege)"
)
_INCIDENT_TOLL = compile_twin(
    r"\b(?:(?:death|casualty|injury|fatality) toll|number (?:of (?:people |those |victims |persons )?)?"
    r"(?:killed|dead|injured|wounded|hurt|deaths|fatalities|casualties|injuries))"
    r"\s+(?:from|in|of|after|following|at)\s+(?:[\w'-]+\s+){0,5}?" + _INCIDENT_NOUNS + r"\b",
    re.IGNORECASE,
)
# "So far", "to date": a running count, the event's own ("four people have been confirmed dead so far") unless the
# clause names many incidents ("so far 120 people have been killed in the unrest").
_SO_FAR = compile_twin(r"\b(?=[st])(?:so far|to date|thus far)\b", re.IGNORECASE)
_MANY_CONTEXT = re.compile(
    r"\b(?=[cdefhinopruwy])(?:unrest|protests?|riots?|demonstrations|uprising|insurgency|pandemic|epidemic|crackdown|year|war|conflict"
    r"|fighting|hostilities|offensive|campaign|nationwide)\b",
    re.IGNORECASE,
)
# Cues that a toll spans many incidents even when it names one kind of event.
_MANY_INCIDENTS = re.compile(
    r"\b(?=[abcefhinostvw])(?:so far|to date|thus far|both sides|this year|this month|this week|nationwide|across"
    r"|(?:conflict|war|fighting|hostilities|offensive|escalation|campaign|bombardment|clashes|violence|attacks"
    r"|strikes|shootings|bombings|explosions|blasts|incidents)\b"
    r"|since (?:the (?:start|beginning|outbreak)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d))",
    re.IGNORECASE,
)


def _phrase_ends_at(tokens: list[Token], end: int, phrase: tuple[str, ...]) -> bool:
    start = end - len(phrase)
    return start >= 0 and tuple(t.low for t in tokens[start:end]) == phrase


_SUBSET_LAST_WORDS = frozenset(p[-1] for p in SUBSET_BEFORE)


# "Of the injured, 23 ...", "Among those wounded, 12 ...": the group named before a comma, at the clause's start
_HURT_GROUPS = frozenset(("injured", "wounded", "hurt", "victims", "casualties", "survivors", "dead", "patients"))


_GROUP_PHRASE = 10  # words of the group before the comma: "Among the wounded still being treated in hospital,"


def _of_the_hurt_before(tokens: list[Token], comma: int) -> bool:
    for start in range(comma - 3, max(-1, comma - 3 - _GROUP_PHRASE), -1):
        if start > 0 and tokens[start - 1].low not in (",", ";", ".", ":", "and", "but"):
            continue
        return (
            tokens[start].low in ("of", "among")
            and tokens[start + 1].low in ("the", "those")
            and tokens[start + 2].low in _HURT_GROUPS
        )
    return False


def has_subset_cue(tokens: list[Token], qual_first: int, last: int, floor: int) -> bool:
    """'including four women', 'among them 16 women', 'two of them children', within the clause."""
    for back in range(qual_first, max(floor, qual_first - 4) - 1, -1):
        if (
            back > 0
            and tokens[back - 1].low in _SUBSET_LAST_WORDS
            and any(_phrase_ends_at(tokens, back, p) for p in SUBSET_BEFORE)
        ):
            return True
        if back - 1 >= 0 and tokens[back - 1].low in (",", ";", ".", "and"):
            if back == qual_first and tokens[back - 1].low == "," and _of_the_hurt_before(tokens, back - 1):
                return True  # "Of the injured, 23 were in critical condition"
            break
    after = tuple(t.low for t in tokens[last : last + 2])
    return after in SUBSET_AFTER[:3]


_RISE_VERBS = frozenset(
    ("rose", "risen", "climbed", "jumped", "increased", "grew", "grown", "soared", "surged", "mounted", "went", "gone")
)


def is_increment(tokens: list[Token], qual_first: int, last: int, earlier_claims_in_sentence: bool) -> bool:
    """'two more civilians', '51 more fighters', 'another three', 'an additional two', 'rose by 12'."""
    before = tokens[qual_first - 1].low if qual_first > 0 else ""
    after = tokens[last].low if last < len(tokens) else ""
    if before in ("another", "additional", "further"):
        return True
    if before == "by" and qual_first > 1 and tokens[qual_first - 2].low in _RISE_VERBS:
        return True  # "the number of dead rose by 12 (to 56)": the rise, not the toll
    return after in ("more", "additional", "new") and not earlier_claims_in_sentence


# Strong clause breaks: a cue after one of these does not colour the figures before it.
# A comparison with an older event ("... as the city suffered the worst attack since the 2004 bombings") starts a
# clause of its own: its year makes that part background, not the figures before it. So does a comparison over a
# period ("..., the deadliest attack in the capital this year", "in the worst such disaster in decades", "the
# latest in a series of crashes on the road this year"): the period ranks the event, it does not sum its toll.
_COMPARISON = (
    r"|,?\s+(?=(?:as\s[^.;,]{0,50}?|making it\s|marking\s|in\s)?(?:the|its|[\w-]+'s)\s+(?:single\s+)?"
    r"(?:worst|deadliest|bloodiest|biggest|largest|highest|most\s[\w-]+|latest\s+in\s+a)\b[^.;]{0,80}?"
    r"\b(?:since|this (?:year|month)|in (?:recent\s+)?(?:years|decades|a decade|a century|memory)|on record)\b)"
)
# A breakdown told after the whole: "At least 45 people died, with 16 deaths on the government-held bank and 29 in
# occupied areas". Its own words (a side's areas, one hospital) make its parts partial, not the whole before it.
# The breakdown's figure may be qualified: ", with more than 16 deaths in ...", ", with about 40 in ...".
_BREAKDOWN_QUALIFIERS = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") for phrase, _ in sorted(_EN.QUALIFIER_PHRASES, key=lambda q: -len(q[0]))
)
_BREAKDOWN = rf",\s+with\s+(?:(?:{_BREAKDOWN_QUALIFIERS})\s+)?(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
_BREAKDOWN += r"|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
_BREAKDOWN_OPENING = re.compile(_BREAKDOWN, re.IGNORECASE)
_CLAUSE_BREAK = compile_twin(
    r";|,\s+(?:adding|while|whereas|but|raising|bringing|taking|pushing)\b|\s-\s|" + _BREAKDOWN + _COMPARISON
)
# The comparison's look-ahead, tried at every space, is half the pattern's time; it needs one of these words: a
# sentence without any is read by the pattern without it (the same breaks).
_COMPARISON_WORDS = ("worst", "deadliest", "bloodiest", "biggest", "largest", "highest", "most", "latest")
_CLAUSE_BREAK_PLAIN = compile_twin(_CLAUSE_BREAK.pattern.removesuffix(_COMPARISON))


def breakdowns_share_roles(roles: list[tuple[int, int, Role, str]]) -> list[tuple[int, int, Role, str]]:
    """A breakdown clause (", with 16 deaths in ...") with nothing special of its own takes the role of the clause it
    breaks down: "Another strike hit the market, with 12 killed" is that other strike's share throughout."""
    out: list[tuple[int, int, Role, str]] = []
    for a, b, role, clause in roles:
        if out and role is Role.TOTAL and _BREAKDOWN_OPENING.match(clause):
            role = out[-1][2]
        out.append((a, b, role, clause))
    return out


# Another, earlier event told in passing inside the report of this one, with its own toll: by the time since it
# ("..., a week after a bridge collapse in Genoa killed 43", "weeks after a highway collapse there killed 48", "days
# after the blast that killed 12") or by those still mourning it ("in a city still mourning the 12 people shot dead
# last week", "still reeling from the shooting that killed 5 ... when"). Such a clause opens mid-sentence; its end
# is the sentence's, or "when" after the mourning. The time must name an incident with a toll verb of its own ("a
# week after he was released" is no other event).
_PLACE_NOUNS = r"(?:city|town|village|community|country|nation|state|region|county|island|suburb|neighbou?rhood)"
_TIME_SINCE = (
    r"(?:(?:just\s+|only\s+|nearly\s+|about\s+|barely\s+|less\s+than\s+|more\s+than\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)(?:\s+to\s+the\s+day)?|days|weeks|months|years|decades)\s+after\s"
    # or its anniversary: "..., on the anniversary of a 1985 quake that killed thousands"
    r"|on\s+the\s+(?:[\w-]+\s+){0,2}?anniversary\s+of\s)"
)
_MOURNING = (
    r"(?:(?:in|with|as)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){1,2}|(?:a|an|the)\s+(?:[\w-]+\s+)?" + _PLACE_NOUNS
    + r"\s+)?still\s+(?:mourning|reeling)\b"
)
# a place told by its mourning, in apposition ("Elmwood, a town still mourning 9 people shot dead"): what it mourns is
# older than the news, even with no harm told before
_A_PLACE_STILL = compile_twin(r"(?:a|an|the|its)\s+(?:[\w-]+\s+)?" + _PLACE_NOUNS + r"\s+still\s")
# two patterns, each tried only when its cue word is in the sentence (" after " is common, "mourning" is not)
_TIME_SINCE_BREAK = compile_twin(rf"(?<=\w),?\s+(?={_TIME_SINCE}(?:a|an|the|another)\s)")
_MOURNING_BREAK = compile_twin(rf",?\s+(?={_MOURNING})")
_MOURNING_WORDS = ("mourning", "reeling")
# the clause before a time-since clause tells a harm of its own: else the earlier event is the report's subject
_COMES_AFTER = compile_twin(r"\b(?:comes|came|follows|followed)(?:\s+just|\s+only)?(?:\s+[\w-]+)?$", re.IGNORECASE)
_OWN_HARM_BEFORE = compile_twin(
    r"\b(?:kill|die|dead|death|injur|wound|shot|hurt|left|missing)"
    # or damage of its own, a new incident ("Fire destroyed a dormitory on Sunday, days after a fire killed 17")
    r"|\b(?:destroyed|gutted|razed|tore\s+through|swept\s+through|broke\s+out|burned\s+down)\b",
    re.IGNORECASE,
)
_AFTER_MOURNING = compile_twin(r"\s+(?=when\s)")  # "still reeling from ... when a gunman opened fire ..."
# the harm told last before a time-since clause is a death with no incident of its own ("A second victim has died,
# days after the shooting that killed one man"): a later death of the incident the clause tells, the report's own
_LAST_HARM = compile_twin(r"\b(?:kill|dead|death|injur|wound|shot|hurt|left|missing|died|dies|succumbed|passed away)")
_LATER_DEATH = compile_twin(r"(?:died|dies|succumbed|passed away)(?!\s+(?:in|when|after|as)\s+(?:a|an)\s)")
_OTHER_EVENT_CLAUSE = compile_twin(
    rf"^(?:,\s*|\s+)(?:{_TIME_SINCE}(?:a|an|the|another)\s[^.;,]{{0,60}}?\b(?:killed|left|claimed|injured"
    rf"|wounded|killing|leaving)\b|{_MOURNING})",
    re.IGNORECASE,
)
OTHER_EVENT_WORDS = (" after ", "mourning", "reeling", "anniversary")  # a cheap look before the patterns


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the strong clauses of a sentence."""
    breaks = _CLAUSE_BREAK if any(map(sentence.__contains__, _COMPARISON_WORDS)) else _CLAUSE_BREAK_PLAIN
    starts = [m.start() for m in breaks.finditer(sentence)]
    if any(map(sentence.__contains__, OTHER_EVENT_WORDS)):
        starts = sorted({*starts, *_other_event_breaks(sentence)})
    spans, cursor = [], 0
    for start in starts:
        spans.append((cursor, start))
        cursor = start
    spans.append((cursor, len(sentence)))
    return spans


def _other_event_breaks(sentence: str) -> list[int]:
    """Where a clause about another, earlier event opens (and, after "still mourning/reeling", where it ends)."""
    since = " after " in sentence or "anniversary" in sentence
    found = [(m, False) for m in _TIME_SINCE_BREAK.finditer(sentence)] if since else []
    if any(map(sentence.__contains__, _MOURNING_WORDS)):
        found = sorted([*found, *((m, True) for m in _MOURNING_BREAK.finditer(sentence))], key=lambda f: f[0].start())
    out = []
    for m, mourning in found:
        own_harm = _OWN_HARM_BEFORE.search(sentence, 0, m.start()) is not None
        if not mourning and (
            not own_harm or _COMES_AFTER.search(sentence, 0, m.start()) or _a_later_death_before(sentence, m.start())
        ):
            # "ALLEN - A week after a gunman killed eight people, three remain in hospital": a follow-up's own;
            # "The shooting comes three months after ...": the whole sentence is background already (`_BACKGROUND`)
            continue
        if not _OTHER_EVENT_CLAUSE.match(sentence[m.start() :]):
            continue
        if mourning:
            end = _AFTER_MOURNING.search(sentence, m.end())
            if not own_harm and end is None and not _a_place_still(sentence, m):
                continue  # "A small town is still reeling after five people were shot": what it reels from is the news
            out.append(m.start())
            if end is not None:
                out.append(end.start())
        else:
            out.append(m.start())
    return out


def _a_place_still(sentence: str, brk: re.Match[str]) -> bool:
    """Does the mourning clause opening at `brk` tell a place by it, in apposition ("Elmwood, a town still mourning
    9 people shot dead"), not as a predicate ("the town is still reeling", "with the town still reeling") nor as the
    scene of the news ("a vigil in a city still mourning the 9 people")?"""
    return "," in brk.group(0) and _A_PLACE_STILL.match(sentence, brk.end()) is not None


def _a_later_death_before(sentence: str, end: int) -> bool:
    """Is the harm told last before `end` a death with no incident of its own ("A second victim died on Monday, ...",
    not "Four workers died in an explosion ...")?"""
    harms = [m.start() for m in _LAST_HARM.finditer(sentence, 0, end)]
    return bool(harms) and _LATER_DEATH.match(sentence, harms[-1], end) is not None


def other_event_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the clauses of a sentence that tell another, earlier event in passing (see `_OTHER_EVENT_CLAUSE`):
    a place named there is that event's, not the place of the sentence's other figures."""
    if not any(map(sentence.__contains__, OTHER_EVENT_WORDS)):
        return []
    return [(a, b) for a, b in clause_spans(sentence) if _OTHER_EVENT_CLAUSE.match(sentence[a:b])]


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
# A story told from a month on, with no day: "In March, a suicide bomber killed 20 people at a mosque".
_MONTH_STORY = re.compile(
    r"^[\s;:,-]*(?:in|last) (" + "|".join(_MONTHS) + r")\b(?!\s+\d)"
    # another incident brought in with its month: "A bombing in March wounded 36 people in the same street"
    r"|\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?" + _INCIDENT_NOUNS[:-1] + r"|bomb|bomber|gunman|attacker)"
    + r"\s+in\s+(" + "|".join(_MONTHS)
    + r")\b(?!\s+\d)",
    re.IGNORECASE,
)
_MONTHS_BACK = 2  # a month this far before the article's (or after it: last year's) is an older story


def _older_month_story(sentence: str, reference: date | None) -> bool:
    """'In August, floods killed 19 people in the same district', told in June: another, older incident. The
    month before the article's may still be its own incident's ('In May, ...' in a report of May 31 on June 2)."""
    if reference is None:
        return False
    lower = sentence.lower()
    if not any(month[:3] in lower for month in _MONTHS):  # a cheap look before the pattern's scan
        return False
    m = _MONTH_STORY.search(sentence)
    if m is None:
        return False
    month = _MONTHS.index((m.group(1) or m.group(2)).lower()) + 1
    return (reference.month - month) % 12 >= _MONTHS_BACK


def _lower_twin(pattern: AsciiTwin) -> AsciiTwin:
    """The case-sensitive twin of a case-insensitive pattern in lower case, to run on `keyword_view`: the same
    matches, faster (`lowercase_twin`)."""
    return ascii_twin(lowercase_twin(re.compile(pattern.pattern, pattern.flags)))


# the long case-insensitive patterns every clause is read with (a third faster on the clause's keyword view)
_BACKGROUND_LOWER, _PERIOD_UNIT_LOWER = map(_lower_twin, (_BACKGROUND, _PERIOD_UNIT))
# every _PARTIAL match spells one of these words ("a second rocket", "another shell")
_PARTIAL_LOWER = WordGated(_lower_twin(_PARTIAL), ("second", "third", "fourth", "later", "subsequent", "another"))
# What every match holds in the lower-cased view (keyword_view): a unit and ' of ' (all _PERIOD_UNIT_LOWER matches);
# ' far' or 'date' (_SO_FAR's 'so far', 'thus far', 'to date'); one of the rate cues (_RATE). A plain look for them
# spares a scan of the clause.
_PERIOD_UNIT_PHRASES = tuple(f"{unit} of " for unit in _EN.PERIOD_UNITS)
_SO_FAR_WORDS = (" far", "date")
_OTHERS_SINCE = compile_twin(
    rf"\bother\s+(?:\w+\s+)?(?:{'|'.join(_EN.OTHER_INCIDENTS_SINCE)})\b", re.IGNORECASE
)  # "other massacres", "other prison riots"
_RATE_WORDS = tuple(_EN.RATE_CUES)  # _RATE's words themselves


def counts_a_rate(clause: str, view: str | None = None) -> bool:
    """'Deaths have doubled to about 700 a day': the clause counts a rate (its count with 'a day' right after it),
    no incident's toll, even in a toll's words ('the number of deaths ... has doubled to')."""
    view = keyword_view(clause) if view is None else view
    return _holds_any(view, _RATE_AFTER_WORDS) and _RATE_AFTER_COUNT.search(clause) is not None


def _holds_any(view: str | None, words: tuple[str, ...]) -> bool:
    """May a pattern whose every match holds one of `words` match the clause? (Always, without a view.)"""
    return view is None or any(map(view.__contains__, words))


def _found(pattern: AsciiTwin, lower_twin: AsciiTwin | WordGated, sentence: str, view: str | None) -> bool:
    """Does `pattern` find anything in the sentence? Read with its lower-case twin when the view allows."""
    return (pattern.search(sentence) if view is None else lower_twin.search(view)) is not None


# "showing he had been investigated for child abuse in 2020": a year in a pluperfect clause that tells no harm dates
# a deed of someone's past, not the figure's incident ("who had been convicted of killing 3 people in 2015" does).
_PLUPERFECT_TO_YEAR = re.compile(
    r"\bhad\s+(?:(?:earlier|previously|already|once)\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b[^.;:]{0,60}$", re.IGNORECASE
)
_HARM_STEMS = re.compile(
    r"kill|dead|death|die|injur|wound|shot|shoot|hurt|fatal|murder|massacr|bomb|attack|stab|victim", re.IGNORECASE
)
_CLAUSE_AFTER_YEAR = re.compile(r"[^.;:]*")


def _dates_a_harmless_deed(sentence: str, year: re.Match[str]) -> bool:
    """Is `year` told in a pluperfect clause that names no harm, before or after it?"""
    if "had " not in sentence:
        return False
    before = _PLUPERFECT_TO_YEAR.search(sentence, max(0, year.start() - 100), year.start())
    if before is None or _HARM_STEMS.search(before.group()):
        return False
    after = _CLAUSE_AFTER_YEAR.match(sentence, year.end())
    return after is None or not _HARM_STEMS.search(after.group())


def sentence_role(
    sentence: str, reference_year: int | None, reference: date | None = None, lasting: bool = False
) -> Role:
    """A role implied by the clause as a whole (TOTAL when nothing special is said). `reference` is the article's
    date, when known: a story told from an older month is background. `lasting`: the article is about a disaster
    that lasts for weeks (`names_lasting_disaster`)."""
    view = keyword_view(sentence)
    if _found(_PARTIAL, _PARTIAL_LOWER, sentence, view) or _part_of_whole(sentence):
        return Role.PARTIAL
    if (
        _found(_BACKGROUND, _BACKGROUND_LOWER, sentence, view)
        or _older_month_story(sentence, reference)
        or _OTHER_EVENT_CLAUSE.match(sentence)
    ):
        return Role.BACKGROUND
    if reference_year is not None:
        past = [
            m.start() for m in _YEAR.finditer(sentence)
            if int(m.group()) < reference_year and _is_year(sentence, m) and not _dates_a_harmless_deed(sentence, m)
        ]  # fmt: skip
        if past:
            spans = [m.span() for m in _PERIOD_TO_NOW.finditer(sentence) if int(m.group("until")) >= reference_year]
            if any(not any(a <= at < b for a, b in spans) for at in past):
                return Role.BACKGROUND
    if (_cumulative_cue(sentence, lasting) or _city_or_past(sentence, lasting)) and not is_incident_update(sentence):
        return Role.CUMULATIVE
    if (
        _holds_any(view, _PERIOD_UNIT_PHRASES)
        and _found(_PERIOD_UNIT, _PERIOD_UNIT_LOWER, sentence, view)
        and _PERIOD_OF_INCIDENTS.search(sentence)
    ):
        return Role.CUMULATIVE  # "over three weeks of protests, 240 people have been injured"
    if _holds_any(view, _RATE_WORDS) and _RATE.search(sentence):
        return Role.CUMULATIVE  # "each year, about 400 people are injured in fireworks accidents"
    if counts_a_rate(sentence, view):
        return Role.CUMULATIVE  # "deaths in the capital doubled to about 700 a day"
    if _holds_any(view, ("since",)) and _holds_any(view, ("other ",)) and _OTHERS_SINCE.search(sentence):
        return Role.CUMULATIVE  # "since then, other massacres raised the number of deaths to more than 300"
    if _holds_any(view, _SO_FAR_WORDS) and _SO_FAR.search(sentence) and _MANY_CONTEXT.search(sentence):
        return Role.CUMULATIVE  # "so far 120 people have been killed in the unrest"; "so far" alone is a running toll
    return Role.TOTAL


# Another incident told in passing: "In a separate incident in Brno, a fire injured two people". Its figures are
# that incident's own totals, never the article's main incident.
# (strikes, raids, bombings and accidents too: "In a separate strike on Monday, 12 were wounded")
_SEPARATE_NOUNS = (
    r"(?:incident|shooting|attack|crash|fire|explosion|blast|stabbing|(?:air ?)?strike|raid|bombing|accident"
    r"|collision|ambush)"
)
_SEPARATE = compile_twin(
    r"\b(?=[isu])(?:in an? (?:separate|unrelated|different|second|other) (?:case|" + _SEPARATE_NOUNS[3:]
    + r"|separate(?:ly)?,|in another (?:incident|shooting|attack|case)"
    r"|(?:separate|unrelated) " + _SEPARATE_NOUNS + r")",
    re.IGNORECASE,
)
# Every _SEPARATE match spells one of these ("in another incident": "other"), as written in lower-cased ASCII text
# (in a non-ASCII text the case-insensitive pattern also reads 'ſ' as 's' and 'ı' as 'i').
_SEPARATE_IN_LOWER_ASCII = WordGated(_SEPARATE, ("separate", "unrelated", "different", "second", "other"))


# A round-up of several incidents: "Seven wounded in weekend shootings", "Three killed in shootings on the South
# and West sides", "four shot in two shootings overnight". Its figure sums incidents; the story's own incident is
# one of them (a mass shooting is one incident: "in the mass shooting", "shootings at two mosques" stay whole).
_ROUNDUP = re.compile(
    r"\b(?:in|from|during|after)\s+(?:(?:the|a|two|three|four|five|six|several|multiple|separate|unrelated|weekend"
    r"|overnight|violent|spate\s+of|string\s+of|series\s+of|rash\s+of|wave\s+of|\d+)\s+){0,3}"
    r"(?:shootings|stabbings|homicides)\b(?!\s+(?:at|in)\s+(?:two|three|four|several|multiple)\b)"
    r"(?!\s+at\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:a|an|the|at)\b)",  # one gunman's two sites
    re.IGNORECASE,
)


_SEVERAL_INCIDENTS = compile_twin(
    rf"^[^,;:]{{0,40}}?\b(?:in|from|during|after|across)\s+(?:the\s+)?(?:{'|'.join(_EN.SEVERAL_COUNTS)}|\d+)\s+"
    rf"(?:separate\s+|different\s+|deadly\s+|apparently\s+unrelated\s+)?(?:{'|'.join(_EN.SEVERAL_INCIDENTS)})\b",
    re.IGNORECASE,
)


def over_several_incidents(after_figure: str) -> bool:
    """'67 people have died in three stampedes': the text right after the figure tells it over several incidents,
    a toll of them all (not the toll of one, which a shooting round-up is: `is_separate_incident`)."""
    return _SEVERAL_INCIDENTS.match(after_figure) is not None


_ONE_DAYS_STRIKES = compile_twin(
    rf"^[^,;:]{{0,40}}?\b(?:in|from|during|after|across)\s+(?:the\s+)?(?:{'|'.join(_EN.SEVERAL_COUNTS)}|\d+)\s+"
    rf"(?:{'|'.join(_EN.ONE_DAYS_STRIKES)})\b",
    re.IGNORECASE,
)
_ONE_DAY = compile_twin(
    rf"\b(?:{'|'.join(_EN.ONE_DAY_WORDS)})\b|\bon\s+(?:{'|'.join(_MONTHS)})\.?\s+\d{{1,2}}\b",
    re.IGNORECASE,
)


def one_days_strikes(after_figure: str, sentence: str) -> bool:
    """'At least 25 people were killed in two blasts in Kabul on Friday': the toll of attacks on several sites told
    of one day is the whole of one attack, not a toll over several incidents (`over_several_incidents`)."""
    return _ONE_DAYS_STRIKES.match(after_figure) is not None and _ONE_DAY.search(sentence) is not None


_TWO_INCIDENTS = re.compile(
    rf"^[^,;:]{{0,40}}?\b(?:in|from|during|after)\s+(?:the\s+)?two\s+(?:deadly\s+)?"
    rf"(?P<noun>{'|'.join(_EN.SEVERAL_INCIDENTS)})\b"
)


def _singular(noun: str) -> str:
    """'landslides' -> 'landslide', 'crashes' -> 'crash', 'tornadoes' -> 'tornado' (the lexicon's plurals)."""
    return noun[:-2] if noun.endswith(("shes", "ches", "xes", "sses", "oes")) else noun[:-1]


def a_second_following_the_first(after_figure: str, sentence: str, text: str) -> bool:
    """'At least 146 people were killed in two landslides on Sunday ... those who died in the second landslide had
    rushed to help people buried by the first': two incidents of one day, the second told by its order after the
    first, are one disaster, and the figure its whole (not a toll over several incidents). All lower case."""
    m = _TWO_INCIDENTS.match(after_figure)
    if m is None or _ONE_DAY.search(sentence) is None:
        return False
    return re.search(rf"\bsecond\s+{re.escape(_singular(m.group('noun')))}\b", text) is not None


def is_separate_incident(lower: str) -> bool:
    """Does the sentence (`lower`: lower-cased) tell another incident in passing, or a round-up of several?"""
    separate = _SEPARATE_IN_LOWER_ASCII if lower.isascii() else _SEPARATE
    return bool(separate.search(lower)) or ("ings" in lower and bool(_ROUNDUP.search(lower)))


# A clause that carries a running toll on: ", bringing the number of injured to 55". Its figure sums the incidents
# told before it, the article's own among them, so a separate incident's sentence does not make it another's.
_RUNNING_TOLL_CLAUSE = re.compile(
    rf"^\s*,\s+(?:{'|'.join(w for w in _EN.TOLL_ACTION_VERBS if w.endswith('ing'))})\b", re.IGNORECASE
)


def carries_toll_on(clause: str) -> bool:
    return bool(_RUNNING_TOLL_CLAUSE.match(clause))


def is_incident_update(clause: str) -> bool:
    """'the death toll from the blast has risen to five': one incident's latest total, not a running toll."""
    return bool(_INCIDENT_TOLL.search(clause)) and not _MANY_INCIDENTS.search(clause)
