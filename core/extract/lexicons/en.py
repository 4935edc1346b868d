"""English lexicon: how tolls are reported and who reports them. Data only (see `__init__`)."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------
# Tolls: "the death toll from the quake has risen to 114", "authorities lowered the toll to 38".

# Nouns that name a running count, with the metric the count is of ("toll" alone is a death toll).
TOLL_HEADS = {
    "toll": "killed",
    "tally": "killed",
    "count": "killed",
}
# Words before a toll head that say which metric it counts; absent, the head's own metric applies.
TOLL_MODIFIERS = {
    "death": "killed",
    "fatality": "killed",
    "casualty": "killed",
    "body": "killed",
    "injury": "wounded",
    "confirmed": None,
    "official": None,
    "overall": None,
    "final": None,
    "latest": None,
    "provisional": None,
    "total": None,
}
# "the number of people killed", "the number of deaths": the counted word decides the metric.
COUNTED_WORDS = {
    "killed": "killed",
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "victims": "killed",
    "injured": "wounded",
    "wounded": "wounded",
    "hurt": "wounded",
    "injuries": "wounded",
}
COUNTED_PEOPLE = ("people", "persons", "those", "victims")
# "the number of dead", "the number of confirmed dead"
COUNTED_ADJECTIVES = ("confirmed", "known", "reported", "official")

# Verbs (and verb phrases) that give a toll its current value: "rose to", "stands at", "remained".
# The qualifier the verb itself implies (None: the number's own wording decides).
TOLL_VERBS: dict[str, str | None] = {
    "rose": None, "rises": None, "risen": None, "rise": None,
    "climbed": None, "climbs": None, "climb": None,
    "jumped": None, "jumps": None, "jump": None,
    "increased": None, "increases": None,
    "grew": None, "grown": None, "grows": None,
    "soared": None, "soars": None, "surged": None, "surges": None, "spiked": None,
    "mounted": None, "mounts": None,
    "reached": None, "reaches": None, "reach": None,
    "hit": None, "hits": None,
    "stands": None, "stood": None, "stand": None,
    "remained": None, "remains": None, "remain": None,
    "is": None, "was": None, "are": None,
    "went up": None, "goes up": None, "gone up": None,
    "revised": None, "revised up": None, "revised down": None, "revised upward": None, "revised downward": None,
    "raised": None, "lowered": None, "updated": None, "put": None, "set": None, "placed": None,
    "dropped": None, "fell": None, "fallen": None, "declined": None, "decreased": None,
    "topped": "more_than", "tops": "more_than",
    "passed": "more_than", "passes": "more_than",
    "surpassed": "more_than", "surpasses": "more_than",
    "crossed": "more_than", "crosses": "more_than",
    "exceeded": "more_than", "exceeds": "more_than",
    "neared": "nearly", "nears": "nearly",
    "approached": "nearly", "approaches": "nearly",
}  # fmt: skip
# Words allowed between the toll phrase and its verb, or the verb and its number.
TOLL_AUXILIARIES = (
    "has", "have", "had", "now", "further", "again", "officially", "since", "already", "been", "was", "is",
    "then", "later", "sharply", "steadily", "so", "far", "reportedly",
)  # fmt: skip
TOLL_PREPOSITIONS = ("to", "at", "of")
# Someone changing a toll: "authorities raised the death toll to", "raising the toll to", "brought the number of
# dead to".
TOLL_ACTION_VERBS = (
    "raised", "raising", "raises", "raise",
    "lowered", "lowering", "lowers", "lower",
    "revised", "revising", "revises", "revise",
    "put", "puts", "putting",
    "brought", "bringing", "brings", "bring",
    "took", "taking", "takes", "take",
    "pushed", "pushing", "pushes", "push",
    "increased", "increasing",
    "updated", "updating",
    "set", "sets", "setting",
    "placed", "places", "placing",
    "cut", "cutting", "reduced", "reducing",
)  # fmt: skip
# Words that make a toll statement a downward revision: "lowered the toll to 38", "revised down to", "down from".
TOLL_DOWNWARD = (
    "lowered", "lowering", "lowers", "lower", "down", "downward", "downwards", "dropped", "drops", "fell",
    "fallen", "falls", "declined", "decreased", "cut", "cutting", "reduced", "reducing",
)  # fmt: skip
# After the current value, the figure it replaces: "to 2,189 from an earlier count of 1,941", "up from 90".
EARLIER_LINKS = ("from", "up from", "down from")
EARLIER_FILLERS = (
    "an", "a", "the", "earlier", "previous", "initial", "prior", "original", "first", "count", "toll", "figure",
    "tally", "number", "estimate", "of", "death",
)  # fmt: skip
# Sentences that present a figure as what the toll used to be: "the previous figure had been 42".
EARLIER_CUES = (
    "previous figure", "previous toll", "previous count", "previous tally", "previously stood",
    "had previously", "earlier toll", "earlier count", "earlier figure", "earlier tally", "had stood at",
    "previous death toll", "prior toll",
)  # fmt: skip
# "N and counting": a running toll, still rising.
STILL_RISING = ("and counting",)
# A toll over many incidents: a war's, a year's, a country's to date. A toll without these is the event's.
MANY_INCIDENTS = (
    "this year", "this month", "this week", "last year", "since january", "since february", "since march",
    "since april", "since may", "since june", "since july", "since august", "since september", "since october",
    "since november", "since december", "since the start", "since the beginning", "since the outbreak",
    "since the war", "since the conflict", "nationwide", "both sides", "war", "conflict", "fighting",
    "hostilities", "offensive", "bombardment", "campaign", "pandemic", "insurgency", "uprising", "crackdown",
    "protests",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------------------
# Sources: who the article says gave a figure ("the mayor said", "according to the health ministry",
# "said Ana Ruiz, a spokeswoman for the regional government").

# Nouns that make a phrase a source: "the police", "health officials", "the state news agency".
SOURCE_NOUNS = (
    "police", "officials", "official", "authorities", "authority", "investigators", "witnesses", "prosecutors",
    "prosecutor", "deputies", "officers", "doctors", "medics", "rescuers", "rescue workers", "residents",
    "sources", "reports", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "coroner", "medical examiner",
    "media", "ministry", "office", "department", "agency", "government", "army", "military", "hospital",
    "hospitals", "service", "services", "brigade", "firefighters", "paramedics", "mayor", "governor", "minister",
    "president", "premier", "chief", "head", "director", "commissioner", "prefect", "prefecture", "council",
    "administration", "television", "tv", "broadcaster", "news agency", "radio", "newspaper", "red cross",
    "red crescent", "civil defence", "civil defense", "civil protection", "emergency services", "ambulance service",
    "fire brigade", "fire department", "health workers", "responders", "volunteers", "officer", "sheriff",
    "inspector", "superintendent", "commander", "general", "colonel", "captain", "lieutenant", "state media",
    "state tv", "state television", "wire service", "report", "statement", "count", "tally", "figures",
)  # fmt: skip
# Verbs that say a source gave the figure; the toll verbs ("raised the toll to") count too.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "announced", "announces",
    "confirmed", "confirms", "stated", "states", "claimed", "claims", "added", "tweeted", "wrote", "posted",
    "estimated", "estimates", "cited", "counted", "recorded", "registered", "raised", "lowered", "revised",
    "updated", "shows", "showed", "put",
)  # fmt: skip
# A figure "shows" only from a count or report: "an AP count shows", not "video shows".
SHOWING_SOURCES = ("count", "tally", "figures", "report", "data", "statement")
# Words that are never a source on their own (pronouns, time words the speech verb is followed by).
NOT_SOURCES = (
    "he", "she", "it", "they", "we", "i", "the", "this", "that", "there", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "on", "in",
    "last", "late", "early", "previously", "initially", "also", "then",
)  # fmt: skip
PRONOUNS = ("it", "he", "she", "they")
# Words a sentence begins with that are not part of the source: "But police said".
LEADING_WORDS = ("but", "and", "also", "however", "meanwhile", "earlier", "later", "separately", "then", "as")

# ---------------------------------------------------------------------------------------------------------
# Vague quantities, coded the way ACLED codes them (the figure a vague word stands for when one is needed),
# with the band the word allows: (coded value, low, high). Claims keep qualifier "vague": never a precise figure.
VAGUE_QUANTITIES = {
    "dozens": (12, 12, 99),
    "scores": (20, 20, 199),
    "hundreds": (100, 100, 999),
    "thousands": (1000, 1000, 9999),
    "millions": (1_000_000, 1_000_000, 9_999_999),
}
VAGUE_OF_QUANTITIES = {
    "tens of thousands": (10_000, 10_000, 99_999),
    "hundreds of thousands": (100_000, 100_000, 999_999),
    "tens of millions": (10_000_000, 10_000_000, 99_999_999),
}
# "5,300-plus", "5,300+": at least the number.
PLUS_SUFFIXES = ("plus",)
