"""English lexicon: the words the extractor reads, as data only (see `__init__`).

Sections: tolls (how a running count is reported), sources (who gave a figure), vague quantities, metric
triggers (which words make a number a count of killed, wounded, ...), qualifiers. Another language is another
module with the same names.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------
# Tolls: "the death toll from the quake has risen to 114", "authorities lowered the toll to 38": in `en_tolls` (a
# seam of this lexicon, re-exported here).
from core.extract.lexicons.en_tolls import ANAPHORIC_TOLL_HEADS as ANAPHORIC_TOLL_HEADS
from core.extract.lexicons.en_tolls import ANAPHORIC_TOLL_SUBJECTS as ANAPHORIC_TOLL_SUBJECTS
from core.extract.lexicons.en_tolls import ATTACKER_VERBS as ATTACKER_VERBS
from core.extract.lexicons.en_tolls import CHANGE_TOLL_VERBS as CHANGE_TOLL_VERBS
from core.extract.lexicons.en_tolls import CLAUSE_JOINERS as CLAUSE_JOINERS
from core.extract.lexicons.en_tolls import COMBINED_WITH as COMBINED_WITH
from core.extract.lexicons.en_tolls import CONCESSIVE_WORDS as CONCESSIVE_WORDS
from core.extract.lexicons.en_tolls import CONTRAST_WORDS as CONTRAST_WORDS
from core.extract.lexicons.en_tolls import CORRECTED_TOLL_ADJECTIVES as CORRECTED_TOLL_ADJECTIVES
from core.extract.lexicons.en_tolls import COUNTED_ADJECTIVES as COUNTED_ADJECTIVES
from core.extract.lexicons.en_tolls import COUNTED_AS_TOLD_BEFORE as COUNTED_AS_TOLD_BEFORE
from core.extract.lexicons.en_tolls import COUNTED_IN_RELATIVE as COUNTED_IN_RELATIVE
from core.extract.lexicons.en_tolls import COUNTED_PEOPLE as COUNTED_PEOPLE
from core.extract.lexicons.en_tolls import COUNTED_WORDS as COUNTED_WORDS
from core.extract.lexicons.en_tolls import DESTINATION_BEFORE_PLACE as DESTINATION_BEFORE_PLACE
from core.extract.lexicons.en_tolls import EARLIER_AFTER_TOLL as EARLIER_AFTER_TOLL
from core.extract.lexicons.en_tolls import EARLIER_ASIDE_OPENERS as EARLIER_ASIDE_OPENERS
from core.extract.lexicons.en_tolls import EARLIER_BEFORE_TOLL as EARLIER_BEFORE_TOLL
from core.extract.lexicons.en_tolls import EARLIER_CLAUSE_CUES as EARLIER_CLAUSE_CUES
from core.extract.lexicons.en_tolls import EARLIER_CUES as EARLIER_CUES
from core.extract.lexicons.en_tolls import EARLIER_FILLERS as EARLIER_FILLERS
from core.extract.lexicons.en_tolls import EARLIER_INCIDENT_OPENERS as EARLIER_INCIDENT_OPENERS
from core.extract.lexicons.en_tolls import EARLIER_LINKS as EARLIER_LINKS
from core.extract.lexicons.en_tolls import EARLIER_SECTION_HEADS as EARLIER_SECTION_HEADS
from core.extract.lexicons.en_tolls import FIGURE_LABELS as FIGURE_LABELS
from core.extract.lexicons.en_tolls import HOME_BEFORE_PLACE as HOME_BEFORE_PLACE
from core.extract.lexicons.en_tolls import INFINITIVE_OPENERS as INFINITIVE_OPENERS
from core.extract.lexicons.en_tolls import IRREGULAR_PARTICIPLES as IRREGULAR_PARTICIPLES
from core.extract.lexicons.en_tolls import LASTING_DISASTERS as LASTING_DISASTERS
from core.extract.lexicons.en_tolls import LATER_CLAUSE_OPENERS as LATER_CLAUSE_OPENERS
from core.extract.lexicons.en_tolls import LATER_NEWS_BY as LATER_NEWS_BY
from core.extract.lexicons.en_tolls import LATER_NEWS_CUES as LATER_NEWS_CUES
from core.extract.lexicons.en_tolls import LIST_CONJUNCTIONS as LIST_CONJUNCTIONS
from core.extract.lexicons.en_tolls import LIVE_ENTRY_WORDS as LIVE_ENTRY_WORDS
from core.extract.lexicons.en_tolls import MANY_INCIDENTS as MANY_INCIDENTS
from core.extract.lexicons.en_tolls import NATIONAL_TOLL as NATIONAL_TOLL
from core.extract.lexicons.en_tolls import NOT_RATE_AFTER as NOT_RATE_AFTER
from core.extract.lexicons.en_tolls import ONE_DAY_WORDS as ONE_DAY_WORDS
from core.extract.lexicons.en_tolls import ONE_DAYS_STRIKES as ONE_DAYS_STRIKES
from core.extract.lexicons.en_tolls import OTHER_INCIDENTS_SINCE as OTHER_INCIDENTS_SINCE
from core.extract.lexicons.en_tolls import PERIOD_INCIDENTS as PERIOD_INCIDENTS
from core.extract.lexicons.en_tolls import PERIOD_UNITS as PERIOD_UNITS
from core.extract.lexicons.en_tolls import RATE_AFTER_COUNT as RATE_AFTER_COUNT
from core.extract.lexicons.en_tolls import RATE_CUES as RATE_CUES
from core.extract.lexicons.en_tolls import RELATIVE_WORDS as RELATIVE_WORDS
from core.extract.lexicons.en_tolls import REVISION_PARTICIPLES as REVISION_PARTICIPLES
from core.extract.lexicons.en_tolls import ROUND_UP_COUNTS as ROUND_UP_COUNTS
from core.extract.lexicons.en_tolls import ROUND_UP_KINDS as ROUND_UP_KINDS
from core.extract.lexicons.en_tolls import ROUND_UP_NOUN as ROUND_UP_NOUN
from core.extract.lexicons.en_tolls import ROUND_UP_OPENER_KINDS as ROUND_UP_OPENER_KINDS
from core.extract.lexicons.en_tolls import ROUND_UP_OPENERS as ROUND_UP_OPENERS
from core.extract.lexicons.en_tolls import ROUND_UP_PLACE_LINKS as ROUND_UP_PLACE_LINKS
from core.extract.lexicons.en_tolls import ROUND_UP_RUNS as ROUND_UP_RUNS
from core.extract.lexicons.en_tolls import SEVERAL_COUNTS as SEVERAL_COUNTS
from core.extract.lexicons.en_tolls import SEVERAL_INCIDENTS as SEVERAL_INCIDENTS
from core.extract.lexicons.en_tolls import SOURCE_CLAUSE_WORDS as SOURCE_CLAUSE_WORDS
from core.extract.lexicons.en_tolls import SPEECH_BEFORE_PLACE as SPEECH_BEFORE_PLACE
from core.extract.lexicons.en_tolls import STILL_RISING as STILL_RISING
from core.extract.lexicons.en_tolls import TIME_ZONES as TIME_ZONES
from core.extract.lexicons.en_tolls import TOLL_ACTION_VERBS as TOLL_ACTION_VERBS
from core.extract.lexicons.en_tolls import TOLL_AUXILIARIES as TOLL_AUXILIARIES
from core.extract.lexicons.en_tolls import TOLL_CORRECTION_VERBS as TOLL_CORRECTION_VERBS
from core.extract.lexicons.en_tolls import TOLL_DETERMINERS as TOLL_DETERMINERS
from core.extract.lexicons.en_tolls import TOLL_DOWNWARD as TOLL_DOWNWARD
from core.extract.lexicons.en_tolls import TOLL_HEADS as TOLL_HEADS
from core.extract.lexicons.en_tolls import TOLL_MODIFIERS as TOLL_MODIFIERS
from core.extract.lexicons.en_tolls import TOLL_PLACE_SIDES as TOLL_PLACE_SIDES
from core.extract.lexicons.en_tolls import TOLL_PREPOSITIONS as TOLL_PREPOSITIONS
from core.extract.lexicons.en_tolls import TOLL_PROJECTION as TOLL_PROJECTION
from core.extract.lexicons.en_tolls import TOLL_SET_INCIDENTS as TOLL_SET_INCIDENTS
from core.extract.lexicons.en_tolls import TOLL_STABLE_SINCE as TOLL_STABLE_SINCE
from core.extract.lexicons.en_tolls import TOLL_SUBJECTS as TOLL_SUBJECTS
from core.extract.lexicons.en_tolls import TOLL_TIME_WORDS as TOLL_TIME_WORDS
from core.extract.lexicons.en_tolls import TOLL_UPWARD as TOLL_UPWARD
from core.extract.lexicons.en_tolls import TOLL_VERBS as TOLL_VERBS
from core.extract.lexicons.en_tolls import WHOLE_SCOPE as WHOLE_SCOPE

# ---------------------------------------------------------------------------------------------------------
# Sources: who the article says gave a figure ("the mayor said", "according to the health ministry",
# "said Ana Ruiz, a spokeswoman for the regional government").

# Nouns that make a phrase a source: "the police", "health officials", "the state news agency".
SOURCE_NOUNS = (
    "police", "officials", "official", "authorities", "authority", "investigators", "witnesses", "prosecutors",
    "prosecutor", "deputies", "officers", "doctors", "medics", "rescuers", "rescue workers", "residents",
    "source", "sources", "diplomats", "diplomat", "reports", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "coroner", "medical examiner", "organisers", "organizers", "activists",
    "media", "ministry", "office", "department", "agency", "government", "army", "military", "hospital",
    "hospitals", "service", "services", "brigade", "firefighters", "paramedics", "mayor", "governor", "minister",
    "president", "premier", "chief", "head", "director", "commissioner", "prefect", "prefecture", "council",
    "administration", "television", "tv", "broadcaster", "news agency", "radio", "newspaper", "red cross",
    "red crescent", "civil defence", "civil defense", "civil protection", "emergency services", "ambulance service",
    "fire brigade", "fire department", "health workers", "responders", "volunteers", "officer", "sheriff",
    "inspector", "superintendent", "commander", "general", "colonel", "captain", "lieutenant", "state media",
    "state tv", "state television", "wire service", "report", "statement", "count", "tally", "figures",
    "study", "survey", "analysis", "researchers", "census", "ngo", "charity", "monitor", "observatory",
    "coast guard", "coastguard",
)  # fmt: skip
# Verbs that say a source gave the figure; the toll verbs ("raised the toll to") count too.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "announced", "announces",
    "confirmed", "confirms", "stated", "states", "claimed", "claims", "added", "tweeted", "wrote", "posted",
    "estimated", "estimates", "cited", "counted", "recorded", "registered", "raised", "lowered", "revised",
    "updated", "shows", "showed", "put", "quoted",
)  # fmt: skip
# Sources who are not the authorities counting the harm: "Police said 12 people were injured, while organisers put
# the number at 20", "officials said 85 died; residents say at least 120": the official figure told beside theirs
# is the headline, theirs an alternative (`core.competing_claimants`).
UNOFFICIAL_SOURCES = (
    "organisers", "organizers", "residents", "witnesses", "activists", "protesters", "relatives", "locals",
    "villagers", "families", "opposition", "union", "unions", "survivors", "neighbours", "neighbors",
    # an armed side counting the dead against the government ("Rebels said more than 50 were killed, but ...")
    "rebels", "rebel", "insurgents", "insurgent", "dissidents",
)  # fmt: skip
# Words before a source, like "according to": "at least 14 people were killed, per the health ministry".
SOURCE_PREPOSITIONS = ("per",)
# A sentence that only says where the figure told before it came from: "The toll rose to 40. That is according to
# the health ministry." (openings, then the source), "The figures were released by the interior ministry."
# (after a figure noun, then the source), "... according to figures released by the health ministry".
SOURCE_OF_FIGURE_BEFORE = ("that is according to", "that's according to", "this is according to",
                           "that was according to", "that's the figure given by", "that is the figure given by")
FIGURE_GIVEN_BY = ("given by", "released by", "provided by", "issued by", "published by", "compiled by",
                   "comes from", "come from", "came from", "by", "confirmed by", "announced by", "reported by")
# Before a source an outlet cites: "Reuters reported, citing local officials" (the officials gave the figure).
CITING = ("citing", "quoting")
# A figure "shows" only from a count or report: "an AP count shows", not "video shows".
SHOWING_SOURCES = ("count", "tally", "figures", "report", "data", "statement")
# Words that are never a source on their own (pronouns, time words the speech verb is followed by), nor open one: a
# relative pronoun opens a clause about something else ("killed in the blast, which witnesses said shook the
# district": the witnesses did not give the toll). ("who" stays out: "WHO said".)
NOT_SOURCES = (
    "he", "she", "it", "they", "we", "i", "the", "this", "that", "there", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "on", "in",
    "last", "late", "early", "previously", "initially", "also", "then", "which", "whom", "whose", "where",
)  # fmt: skip
PRONOUNS = ("it", "he", "she", "they")
# When a source spoke, run into its name: "Police Sunday said" is the police's (optionally after "on", "early",
# "late", and before a part of the day).
SPEECH_TIMES = (
    "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
SPEECH_TIME_PARTS = ("morning", "afternoon", "evening", "night")
# Verbs of someone reaching care, told before how they were hurt: "a man arrived at the hospital with a gunshot
# wound", "a teen showed up at an emergency room suffering from a gunshot wound".
ARRIVAL_VERBS = ("arrived", "showed", "walked", "went", "drove", "turned", "came", "checked")
# Words that may open a sentence capitalised and are never a person's name: "Others died", "Many died".
NOT_A_NAME = (
    "others", "many", "some", "several", "few", "all", "most", "everyone", "everybody", "someone", "somebody",
    "anyone", "anybody", "nobody", "none", "both", "each", "either", "neither", "dozens", "scores", "hundreds",
    "thousands", "millions", "people", "victims", "residents", "patients", "children", "civilians", "soldiers",
    "troops", "passengers", "workers", "miners", "migrants", "more", "fewer", "nearly", "almost", "also", "later",
    "then", "he", "she", "they", "who", "which", "what", "it", "this", "that", "these", "those", "there", "police",
)  # fmt: skip
# Words a sentence begins with that are not part of the source: "But police said".
LEADING_WORDS = (
    "but", "and", "also", "however", "meanwhile", "earlier", "later", "separately", "then", "as", "while", "whereas",
    "although", "though", "when", "after", "previous", "initial", "early", "first",
)  # fmt: skip

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

# ---------------------------------------------------------------------------------------------------------
# Metric triggers: which words make a number a count of killed, wounded, missing, displaced, arrested.
# Phrases are tuples of lower-cased tokens, matched longest first. "shot" is an internal metric ("four people
# were shot") from which killed/wounded are derived.

SHOT = "shot"

# After the counted noun phrase (and any auxiliaries): "nine people [were] killed", "four others wounded".
POST_TRIGGERS: dict[tuple[str, ...], str] = {
    ("killed",): "killed",
    ("dead",): "killed",
    ("died",): "killed",
    ("die",): "killed",
    ("dies",): "killed",
    ("slain",): "killed",
    ("murdered",): "killed",
    ("perished",): "killed",
    ("succumbed",): "killed",
    # the dead of an attack as the press of the region counts them: "six soldiers were martyred"
    ("martyred",): "killed",
    # the object of "cost": "the landslide cost nine people their lives"
    ("their", "lives"): "killed",
    ("executed",): "killed",
    ("shot", "dead"): "killed",
    ("shot", "and", "killed"): "killed",
    ("shot", "to", "death"): "killed",
    ("stabbed", "to", "death"): "killed",
    ("beaten", "to", "death"): "killed",
    ("burned", "to", "death"): "killed",
    ("charred", "to", "death"): "killed",  # "25 passengers were charred to death" (bus and tanker fires)
    # disasters: floods, sinkings, crushes, fires, fallen cables
    ("drowned",): "killed",
    ("burnt", "to", "death"): "killed",
    ("crushed", "to", "death"): "killed",
    ("trampled", "to", "death"): "killed",
    ("electrocuted",): "killed",
    ("fatally", "shot"): "killed",
    ("fatally", "wounded"): "killed",
    ("fatally", "injured"): "killed",
    ("fatally", "stabbed"): "killed",
    ("fatally",): "killed",
    ("gunned", "down"): "killed",
    ("lost", "their", "lives"): "killed",
    ("lost", "their", "life"): "killed",
    ("lost", "his", "life"): "killed",
    ("lost", "her", "life"): "killed",
    ("mortally", "wounded"): "killed",
    ("mortally", "injured"): "killed",
    ("pronounced", "dead"): "killed",
    ("pronounced", "deceased"): "killed",
    ("declared", "dead"): "killed",
    ("declared", "deceased"): "killed",
    ("found", "dead"): "killed",
    # "Two men were found shot to death in a car": found, then how they died
    ("found", "shot", "to", "death"): "killed",
    ("found", "shot", "dead"): "killed",
    ("found", "fatally", "shot"): "killed",
    ("found", "stabbed", "to", "death"): "killed",
    ("found", "beaten", "to", "death"): "killed",
    ("found", "slain"): "killed",
    ("found", "murdered"): "killed",
    ("found", "shot"): "shot",
    ("found", "injured"): "wounded",
    ("found", "wounded"): "wounded",
    ("discovered", "dead"): "killed",
    ("discovered", "shot", "to", "death"): "killed",
    ("pulled", "out", "dead"): "killed",
    ("recovered", "dead"): "killed",
    ("confirmed", "dead"): "killed",
    ("as", "dead"): "killed",  # "were confirmed as dead", "are listed as dead"
    ("as", "killed"): "killed",
    ("as", "injured"): "wounded",
    ("as", "wounded"): "wounded",
    ("wounded",): "wounded",
    ("injured",): "wounded",
    ("hurt",): "wounded",
    ("hospitalized",): "wounded",
    ("hospitalised",): "wounded",
    # "81 people were in hospital" after a blast (the auxiliary skipped): those in care, the injured count wire copy
    # gives ("still in hospital" is a part of it: `binder._still_in_hospital`)
    ("in", "hospital"): "wounded",
    ("in", "hospitals"): "wounded",
    ("in", "the", "hospital"): "wounded",  # US usage: "two people are in the hospital"
    ("shot", "and", "wounded"): "wounded",
    ("shot", "and", "injured"): "wounded",
    ("left", "injured"): "wounded",
    ("rescued", "injured"): "wounded",  # "12 others were rescued injured"
    ("left", "wounded"): "wounded",
    ("sustained", "injuries"): "wounded",
    ("suffered", "injuries"): "wounded",
    ("sustained", "gunshot", "wounds"): "shot",
    ("suffered", "gunshot", "wounds"): "shot",
    ("suffered", "wounds"): "wounded",
    ("suffering", "from", "stab", "wounds"): "wounded",
    ("suffering", "from", "gunshot", "wounds"): "shot",
    ("suffering", "gunshot", "wounds"): "shot",
    ("suffered", "a", "gunshot", "wound"): "shot",
    ("sustained", "a", "gunshot", "wound"): "shot",
    # one hurt told by the wound's noun, no numeral: "One other student suffered a graze wound"
    ("suffered", "a", "graze", "wound"): "shot",
    ("sustained", "a", "graze", "wound"): "shot",
    ("suffered", "a", "bullet", "graze"): "shot",
    ("suffered", "a", "stab", "wound"): "wounded",
    ("sustained", "a", "stab", "wound"): "wounded",
    ("suffered", "a", "minor", "injury"): "wounded",
    ("suffered", "a", "serious", "injury"): "wounded",
    ("suffering", "from", "a", "gunshot", "wound"): "shot",
    ("suffering", "a", "gunshot", "wound"): "shot",
    ("treated", "for", "a", "gunshot", "wound"): "shot",
    ("stabbed",): "wounded",
    ("sustained", "wounds"): "wounded",
    ("suffered", "non-life-threatening", "injuries"): "wounded",
    ("suffered", "minor", "injuries"): "wounded",
    ("suffered", "serious", "injuries"): "wounded",
    ("sustained", "serious", "injuries"): "wounded",
    ("sustained", "minor", "injuries"): "wounded",
    ("treated", "for", "injuries"): "wounded",
    # after "had" (an auxiliary, skipped): "another 30 had minor injuries"
    ("minor", "injuries"): "wounded",
    ("serious", "injuries"): "wounded",
    ("slight", "injuries"): "wounded",
    ("treated", "and", "released"): "wounded",  # "30 were treated and released": hurt, sent home the same day
    ("treated", "and", "discharged"): "wounded",
    ("treated", "for", "gunshot", "wounds"): "shot",
    # fires and blasts: burns and smoke are the injuries ("Fourteen others suffered smoke inhalation")
    ("suffered", "burns"): "wounded",
    ("sustained", "burns"): "wounded",
    ("treated", "for", "burns"): "wounded",
    ("suffered", "smoke", "inhalation"): "wounded",
    ("treated", "for", "smoke", "inhalation"): "wounded",
    ("in", "critical", "condition"): "wounded",
    ("in", "serious", "condition"): "wounded",
    ("in", "stable", "condition"): "wounded",
    # on the operating table: "A wounded man was in surgery", "two others were undergoing surgery"
    ("in", "surgery"): "wounded",
    ("undergoing", "surgery"): "wounded",
    # those who lived through their harm: "the 13 who survived their wounds", "four survived their injuries"
    ("survived", "their", "wounds"): "wounded",
    ("survived", "their", "injuries"): "wounded",
    ("survived", "his", "wounds"): "wounded",
    ("survived", "her", "wounds"): "wounded",
    ("survived", "his", "injuries"): "wounded",
    ("survived", "her", "injuries"): "wounded",
    ("shot",): "shot",
    ("struck", "by", "gunfire"): "shot",
    ("hit", "by", "gunfire"): "shot",
    ("struck",): "shot",
    ("hit", "in", "the"): "shot",
    ("struck", "in", "the"): "shot",
    ("grazed",): "shot",
    ("missing",): "missing",
    ("unaccounted", "for"): "missing",
    ("displaced",): "displaced",
    ("evacuated",): "displaced",
    ("homeless",): "displaced",
    ("left", "homeless"): "displaced",
    ("arrested",): "arrested",
    ("detained",): "arrested",
    ("taken", "into", "custody"): "arrested",
}

# A verb of harm or care, then within INJURY_SPAN_WORDS words an injury noun, read as one post-trigger: "sustained
# various injuries", "suffered various degrees of injuries", "are receiving treatment for their injuries". A word
# of INJURY_SPAN_NEGATIONS in between undoes it ("suffered no injuries").
# ("nursing injuries": West African papers' word for the hurt, "12 others are nursing various injuries")
INJURY_SPAN_VERBS = ("sustained", "sustaining", "suffered", "suffering", "receiving", "treated", "nursing")
INJURY_SPAN_NOUNS = ("injuries", "injury", "wounds", "burns")
INJURY_SPAN_NEGATIONS = ("no", "not", "without", "any", "fatal", "life-ending")
INJURY_SPAN_WORDS = 4
# Ailments that are no injury of the event: care for them counts no one hurt ("Some 30 firefighters were taken to
# hospital suffering from exhaustion", "28 volunteers were hospitalised with heatstroke during the clean-up").
NOT_INJURIES = (
    "exhaustion", "dehydration", "heatstroke", "sunstroke", "stroke", "stress", "anxiety", "illness", "illnesses",
    "fatigue", "fever", "diarrhoea", "diarrhea", "cholera", "checks", "check-ups", "observation", "precaution",
    "trauma", "shock", "panic",  # "taken to hospital for psychological trauma", "treated for shock"
)  # fmt: skip
# Participles after which "with" and an injury say the people were hurt: "Two crew members were rescued with
# injuries", "five were pulled from the rubble with serious injuries" (not a gunshot wound: "all four were found with
# gunshot wounds" may tell of the dead). Without the injury ("rescued alive") no one is counted hurt. Those who got
# out by themselves as well: "two miners walked out of the shaft with light injuries", "three escaped with burns".
FOUND_HURT_PARTICIPLES = (
    "rescued", "pulled", "found", "freed", "extracted", "dug", "brought", "left", "survived", "escaped", "walked",
    "emerged", "crawled", "managed",
)  # fmt: skip
FOUND_HURT_SPAN = 8  # words from the participle to "with": "pulled from the tail section of the jet with"
# A verb of care before the number, the injury after its people: "Paramedics treated 46 people for injuries", "doctors
# were treating 30 patients for burns". The injury is read as INJURY_SPAN_WORDS reads it, from "for".
CARE_VERBS_BEFORE = ("treated", "treating", "treats", "treat")
# Where the injured were carried, not how many were hurt: "Rescue teams evacuated 14 injured people by helicopter",
# "Around 15 injured passengers were airlifted to a military hospital". A part of the injured, not their count.
MOVED_VERBS = (
    "evacuated", "evacuating", "airlifted", "airlifting", "flown", "flew", "ferried", "ferrying", "transferred",
    "transferring", "moved", "helicoptered", "medevaced", "relocated", "carried", "carrying",
    # or brought out: "Rescuers pulled 45 injured people from the rubble" (those reached, not all hurt)
    "pulled", "rescued", "freed", "extracted", "dug", "saved",
)  # fmt: skip
# Aid given to injured people, before "to" or "for" and their number: "gave first aid to 500 injured people", "sent
# supplies for 10,000 injured": those helped (or the aid's reach), a part of the injured or no count at all.
AID_TO_THE_HURT = ("aid", "help", "care", "assistance", "supplies", "kits", "beds", "medicines", "enough")

# Those who needed care: the injured figure many authorities give ("117 people applied for medical care"). Read as
# wounded; a hospital count beside one is a part of it, not a figure to add ("91 sought medical treatment, and 52
# have been hospitalized").
CARE_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("sought", "medical", "treatment"),
    ("sought", "medical", "care"),
    ("sought", "medical", "help"),
    ("sought", "medical", "attention"),
    ("sought", "treatment"),
    ("applied", "for", "medical", "care"),
    ("applied", "for", "medical", "help"),
    ("applied", "for", "medical", "assistance"),
    ("received", "medical", "treatment"),
    ("received", "medical", "care"),
    ("needed", "medical", "treatment"),
    ("needed", "medical", "attention"),
    ("needed", "hospital", "treatment"),
    ("required", "medical", "treatment"),
    ("required", "medical", "attention"),
    ("required", "hospital", "treatment"),
    ("required", "treatment"),
    ("needed", "treatment"),
    ("received", "treatment"),
    ("receiving", "treatment"),  # "Another 22 people were receiving treatment in hospital"
    ("receiving", "medical", "treatment"),
    ("receiving", "hospital", "treatment"),
    ("receiving", "medical", "care"),
    ("needed", "hospital", "care"),
    ("required", "hospital", "care"),
    ("treated", "in", "hospital"),
    ("treated", "in", "hospitals"),
    ("treated", "at", "the", "scene"),  # "Eleven people were treated at the scene" (news-dev: the stated injured)
    ("treated", "on", "the", "scene"),
    ("treated", "for", "wounds"),
    ("admitted", "with", "injuries"),
    ("admitted", "with", "wounds"),
    ("admitted", "to", "hospital"),
    ("admitted", "to", "hospitals"),
    ("admitted", "to", "the", "hospital"),
)

# Fire that hit whoever stood by ("hit by stray bullets"): those it hit are the hurt, not a count of the shot from
# which the dead are taken, unless the same sentence tells a death. (Not "caught in the crossfire": local news tells
# so of a bystander whose death it gives in another sentence, "an innocent bystander caught in the crossfire".)
STRAY_FIRE = ("stray",)

# Metric nouns heading the counted phrase: "51 deaths", "two fatalities", "claimed 30,000 lives".
METRIC_NOUNS: dict[str, str] = {
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "fatality": "killed",
    "lives": "killed",
    "bodies": "killed",
    "dead": "killed",
    "martyrs": "killed",  # "the attack left 12 martyrs": the dead, as the region's press counts them
    "injuries": "wounded",
    "injured": "wounded",
    "wounded": "wounded",
    "arrests": "arrested",
}

# Words of trying, threatening or planning before "to" and a harm verb: "tried to kill three people", "charged with
# attempting to kill two", "threatened to kill four hostages", "a plot to kill 20": nobody was harmed by them.
ATTEMPTED_BEFORE_TO: frozenset[str] = frozenset({
    "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "threaten", "threatens",
    "threatened", "threatening", "threat", "threats", "plot", "plots", "plotted", "plotting", "plan", "plans",
    "planned", "planning", "conspiracy", "conspiring", "conspired",
})  # fmt: skip
# (Not "intended", "wanted", "sought": "may not have intended to kill him, but he did so" tells a death.)

# Directly before the number: "killing nine", "wounding at least four", "the death toll rose to 12".
PRE_TRIGGERS: dict[tuple[str, ...], str] = {
    ("killing",): "killed",
    ("killed",): "killed",
    ("kills",): "killed",
    ("kill",): "killed",
    ("murdering",): "killed",
    ("murdered",): "killed",
    ("massacred",): "killed",
    ("shot", "and", "killed"): "killed",
    ("fatally", "shot"): "killed",
    ("fatally", "shooting"): "killed",
    ("shooting", "dead"): "killed",
    ("shooting", "to", "death"): "killed",
    ("shot", "to", "death"): "killed",
    ("stabbing", "to", "death"): "killed",
    ("beating", "to", "death"): "killed",
    ("shot", "dead"): "killed",
    ("deaths", "of"): "killed",
    ("death", "of"): "killed",
    ("bodies", "of"): "killed",
    ("remains", "of"): "killed",  # "the remains of 79 people have been found"
    ("lives", "of"): "killed",
    ("death", "toll", "of"): "killed",
    ("death", "toll", "to"): "killed",
    ("death", "toll", "at"): "killed",
    ("wounding",): "wounded",
    ("wound",): "wounded",
    ("injure",): "wounded",
    ("wounded",): "wounded",
    ("wounds",): "wounded",
    ("injuring",): "wounded",
    ("injured",): "wounded",
    ("injures",): "wounded",
    ("hurting",): "wounded",
    ("hurt",): "wounded",
    ("shot", "and", "wounded"): "wounded",
    ("shot", "and", "injured"): "wounded",
    ("shooting",): "shot",
    ("hitting",): "shot",
    ("striking",): "shot",  # "fired into a crowd, striking nine people"
    ("shot",): "shot",
    ("shoots",): "shot",
    ("arrested",): "arrested",
    ("arresting",): "arrested",
    ("detained",): "arrested",
    ("detaining",): "arrested",
    ("displaced",): "displaced",
    ("displacing",): "displaced",
    ("evacuated",): "displaced",
}

# Read like PRE_TRIGGERS before a number only, never before a name or "a man": "the blast caused injuries to 27
# people", but "no signs of injuries to Tyanna" tells of no one hurt.
COUNT_PRE_TRIGGERS: dict[tuple[str, ...], str] = {
    ("injuries", "to"): "wounded",
    # admissions told as the injured figure: "Hospitals admitted 798 people", "hospitals have treated 300" (one
    # hospital's share is told apart: `core.extract.roles`)
    **{
        ("hospitals", *verb): "wounded"
        for verb in (
            ("admitted",), ("have", "admitted"), ("had", "admitted"), ("received",), ("have", "received"),
            ("had", "received"), ("treated",), ("have", "treated"), ("had", "treated"), ("are", "treating"),
            ("were", "treating"),
        )
    },
}

# Words allowed between a "toll" noun and its number: "the death toll has risen to 12".
TOLL_NOUNS = frozenset({"toll", "tally", "count"})
TOLL_LINKS = frozenset(
    [
        "rose",
        "rises",
        "risen",
        "climbs",
        "jumps",
        "reaches",
        "hits",
        "grows",
        "climbed",
        "jumped",
        "increased",
        "reached",
        "stands",
        "stood",
        "is",
        "was",
        "at",
        "to",
        "of",
        "has",
        "had",
        "now",
        "hit",
        "grew",
    ]
)
TOLL_METRIC = {"death": "killed", "casualty": "killed", "injury": "wounded", "fatality": "killed"}

# Verbs before a count of things: "destroyed 1,165 houses" -> metric "houses destroyed".
DAMAGE_VERBS = {"destroyed": "destroyed", "damaged": "damaged", "destroying": "destroyed", "damaging": "damaged"}
DAMAGE_NOUNS = frozenset(
    [
        "houses",
        "homes",
        "buildings",
        "apartments",
        "vehicles",
        "cars",
        "schools",
        "hospitals",
        "shops",
        "structures",
        "bridges",
    ]
)

# The people a figure counts and who did it: in `en_people` (a seam of this lexicon, re-exported here).
from core.extract.lexicons.en_people import ARMED_PARTICIPLES as ARMED_PARTICIPLES  # noqa: E402
from core.extract.lexicons.en_people import ASSAILANT_NOUNS as ASSAILANT_NOUNS  # noqa: E402
from core.extract.lexicons.en_people import COMBATANT_NOUNS as COMBATANT_NOUNS  # noqa: E402
from core.extract.lexicons.en_people import FEMALE_PERSON_NOUNS as FEMALE_PERSON_NOUNS  # noqa: E402
from core.extract.lexicons.en_people import MALE_PERSON_NOUNS as MALE_PERSON_NOUNS  # noqa: E402
from core.extract.lexicons.en_people import PERPETRATOR_NOUNS as PERPETRATOR_NOUNS  # noqa: E402
from core.extract.lexicons.en_people import PERSON_NOUNS as PERSON_NOUNS  # noqa: E402
from core.extract.lexicons.en_people import SAME_PERSON_ROLES as SAME_PERSON_ROLES  # noqa: E402
from core.extract.lexicons.en_people import SCHOOL_GRADE_NOUNS as SCHOOL_GRADE_NOUNS  # noqa: E402

# Where the people counted were, between their noun and its verb: "181 people aboard (the jet) died", "the
# 40 passengers on board were killed". A determiner after it opens the vehicle's name, skipped up to the verb.
# Or where they were below it: "Seven people on the ground suffered injuries" (a plane down on houses), "Three
# people inside the house died".
PEOPLE_WHERE = (("aboard",), ("on", "board"), ("onboard",), ("on", "the", "ground"), ("inside",))

# "All but two of the 181 people aboard died": everyone of the second number but the first.
ALL_BUT = ("all", "but")

# Deaths told after the toll as more of them, on a later day or in hospital: "Nine more died on Saturday", "two
# more died overnight", "three more have since died". Such a sentence adds to the toll before it.
LATER_DEATH_VERBS = ("died", "have died", "has died", "succumbed", "perished")
LATER_DEATH_TIMES = (
    "later", "overnight", "since", "the next day", "the following day", "in hospital", "at the hospital",
    "at hospitals", "in hospitals", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "at a hospital", "in a hospital", "on the way to", "en route to",
)  # fmt: skip

# Deaths feared or presumed, not confirmed: "twelve people are feared dead", "58 missing, presumed dead", "five
# may have died". Read just after the figure; such a figure, like a projected toll, is kept out of the headline
# while the text gives a confirmed one.
UNCONFIRMED_DEATHS = (
    "feared dead", "feared killed", "feared drowned", "feared to be dead", "feared to have died", "presumed dead",
    "presumed to be dead", "presumed to have died", "believed dead", "believed to be dead", "believed to have died",
    "may have died", "might have died", "may have been killed", "might have been killed", "likely dead",
    "probably dead",
)  # fmt: skip
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "spurious liquor", "illicit liquor", "toxic liquor", "bootleg liquor", "tainted liquor", "hooch", "moonshine",
    "methanol", "toxic alcohol", "tainted alcohol", "bootleg alcohol", "adulterated alcohol", "illicit alcohol",
    "spurious alcohol", "illicit arrack", "food poisoning", "contaminated food", "poisoned food", "tainted food",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "poisoned beer", "contaminated beer", "tainted beer", "home-brewed beer", "homemade beer", "beer poisoning",
    "alcohol poisoning", "mass poisoning", "poisoned drink", "contaminated drink", "contaminated water", "cholera",
    "typhoid", "dysentery",
)  # fmt: skip
HURT_STEMS = ("injur", "wound", "hurt", "burn", "maimed")
# The hurt whose lives are feared for: "30 of those treated for burns might not survive". Read just after the
# figure: a part of the injured (those in grave condition), not their total, and no death yet.
FEARED_FOR_LIVES = (
    "might not survive", "may not survive", "could not survive", "are not expected to survive",
    "were not expected to survive", "not expected to survive", "unlikely to survive", "may yet die", "might yet die",
    "could yet die", "may still die", "might still die",
)  # fmt: skip
# A report the text says was wrong: "early reports that she had died were wrong", "rumours that two guards were
# killed proved false". What such a report told is no figure at all (not even an earlier one).
# A figure told as rumour, no authority's count: "rumours on social media spoke of dozens of dead". Like an earlier
# figure it yields to a count or a zero the authorities state (`core.extract.earlier_reports._rumoured`).
# (Not "social media" alone: "a feud on social media prompted a shooting that killed two" is no rumour.)
RUMOUR_CUES = (
    "rumour", "rumor", "unconfirmed reports", "unverified reports", "unverified videos", "circulating online",
    "circulated online", "social media posts", "posts on social media", "videos on social media",
    "social media users", "claims on social media", "claimed on social media",
)  # fmt: skip
REFUTED_REPORT_NOUNS = ("reports", "report", "rumours", "rumors", "rumour", "rumor", "claims", "claim", "accounts")
REFUTED_VERBS = (
    "was", "were", "is", "are", "had been", "have been", "has been", "proved", "proved to be", "turned out to be",
    "appear to have been", "appeared to be",
)  # fmt: skip
REFUTED_WORDS = (
    "wrong", "false", "incorrect", "untrue", "mistaken", "erroneous", "premature", "inaccurate", "unfounded",
)  # fmt: skip
# Those who lived, of a number of people: "only two of the 181 people aboard survived" (179 dead), "none of the 40
# passengers survived" (40 dead).
SURVIVAL_VERBS = ("survived",)

# Everyone a vehicle carried, dead: "a plane carrying 61 people crashed, killing everyone on board" (61 dead). The
# load is the number after a carrying word; the dead are everyone (`ALL_ABOARD_WORDS`, then a `PEOPLE_WHERE`
# phrase) after a killing word or before a death verb, or "no survivors".
CARRYING_WORDS = ("carrying", "with", "transporting")
ALL_ABOARD_WORDS = ("everyone", "everybody", "all")
ALL_ABOARD_KILLING = ("killing",)
ALL_ABOARD_DEATH = (("were", "killed"), ("was", "killed"), ("died",), ("perished",), ("were", "dead"), ("was", "dead"))
NO_SURVIVORS = (
    ("no", "survivors"), ("none", "survived"), ("no", "one", "survived"), ("nobody", "survived"),
    ("none", "of", "them", "survived"),
)  # fmt: skip
# Hope given up for a number of people: "there is no hope left for the 17 men trapped below", "no more hope for the
# 29 miners": they are presumed dead (a derived killed claim). "no", then at most two fillers, "hope", at most three
# fillers, "for (the)" and the count of people.
NO_HOPE_WORD = "hope"
NO_HOPE_FILLERS = (
    "more", "longer", "any", "left", "remains", "remaining", "anymore", "now", "of", "finding", "survivors",
)  # fmt: skip
# Everyone, told of a load named before: "The bus was carrying 32 pilgrims. All of them were killed."
ALL_OF_THE_LOAD = (("of", "them"),)
# Words that tell a share's metric only right after "of them" / "of whom" / "of which": "45 casualties, eight of them
# fatal" (not "fatal" after a count itself: "two fatal shootings", "Saturday's fatal crash").
# The share is of the people harmed named just before it, not of incidents: "two shootings in two months, one of
# them fatal" counts shootings.
SHARE_POST_TRIGGERS = {"fatal": "killed"}
SHARE_OF = ("them", "whom", "which", "those")
SHARE_WHOLES = ("casualties", "injuries", "victims", "wounded", "injured", "hurt")
# Who a list of names after them names, by their harm: "The dead were identified as Ann Roe, 34, and Bo Diaz, 27",
# "Those injured were named as ...", "Killed were ...". The list's names are counted (core.extract.counted_phrasings).
NAMED_HARMED_HEADS: dict[tuple[str, ...], str] = {
    ("the", "dead"): "killed", ("the", "deceased"): "killed", ("those", "killed"): "killed",
    ("those", "who", "died"): "killed", ("the", "victims", "who", "died"): "killed", ("the", "slain"): "killed",
    ("killed",): "killed", ("the", "wounded"): "wounded", ("the", "injured"): "wounded",
    ("those", "wounded"): "wounded", ("those", "injured"): "wounded", ("those", "hurt"): "wounded",
    ("wounded",): "wounded", ("injured",): "wounded",
}
# Between such a head and the names: "were identified as", "have been named as", "were".
NAMED_HARMED_LINKS = (
    ("were", "identified", "as"), ("have", "been", "identified", "as"), ("were", "named", "as"),
    ("have", "been", "named", "as"), ("were",),
)
# The head as a verb's object, the names after "as": "Police identified the slain men as Ann Roe and Bo Diaz".
NAMED_HARMED_VERBS = ("identified", "named")
NAMED_HARMED_OBJECT_LINK = ("as",)
# Titles before a name, with or without an abbreviation's full stop: "Sgt. Bo Diaz", "Police Officer Ann Roe".
NAMED_HARMED_TITLES = frozenset(
    [
        *("sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "cpl", "corporal", "det", "detective", "officer"),
        *("deputy", "trooper", "police", "dr", "mr", "mrs", "ms", "pvt", "private", "spc", "specialist", "agent"),
    ]
)
# The rest of a group counted after "Of the 120 on board, 40 died": "the rest were injured" is 80 hurt.
REST_WORDS = (("the", "rest"), ("the", "remainder"), ("the", "others"), ("all", "the", "others"))
REST_HARM = {"injured": "wounded", "wounded": "wounded", "hurt": "wounded", "killed": "killed", "died": "killed"}
# Deaths told as a community's loss: "We have lost 14 of our citizens", "the town lost nine of its residents". Only
# with "of" + one of these + a word for people after the number ("lost 3 of its last 4 games", "lost 14 homes" are
# no deaths).
LOSS_VERBS = ("lost",)
LOSS_OWNERS = ("our", "their", "its", "his", "her", "my", "your")

# Modals of such a fear, read through to the verb: "five may have died" ("could have died" is a counterfactual).
FEARED_MODALS = ("may", "might")

# Words that may sit between a noun phrase and its trigger: "were", "have been", "reportedly".
AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "also",
        "listed",
        "reportedly",
        "reported",
        "feared",
        "believed",
        "thought",
        "known",
        "later",
        "all",
        "each",
        "both",
        "who",
        "that",
        "which",
        "critically",
        "seriously",
        "severely",
        "badly",
        "slightly",
        "lightly",
        "moderately",
        "gravely",
        "mortally",
        "allegedly",
        "initially",
        "eventually",
        "ultimately",
        "subsequently",
        "since",
        "then",
        "already",
        "now",
        "apparently",
        "just",
        "confirmed",
        "officially",
        "either",
        "believed",
        "thought",
        "feared",
        "said",
        "to",
        "got",
        "remain",
        "remained",
        "remains",
        "still",
    ]
)

# Stems of the words above: a sentence with none of them cannot hold a harm claim (a cheap prefilter).
TRIGGER_STEMS = (
    "kill", "dead", "die", "death", "deceas", "fatal", "wound", "injur", "hurt", "hospital", "shot", "shoot",
    "slain", "murder", "perish", "martyr", "gunned", "lives", "body", "bodies", "remains of", "missing", "unaccounted",
    "displac",
    "evacuat", "homeless", "arrest", "detain", "custody", "toll", "tally", "number of victims", "total count",
    "death count", "body count", "official count", "that number", "this number", "that figure", "this figure",
    "destroy", "damag", "condition", "casualt",
    "struck", "grazed", "bullet", "gunfire", "medical", "himself", "herself", "suicide", "own life", "double",
    "triple", "quadruple", "quintuple", "survived", "survivors", "burns", "inhalation", "drown", "electrocut",
    "no hope", "no more hope", "no longer any hope",  # "no hope left for the 17 men trapped" (`NO_HOPE_WORD`)
    "treatment",  # "250 people sought treatment", "22 were receiving treatment" (care phrases with no other stem)
    "hit in ", "hit by ", "hitting",  # "a girl was hit in the thigh by a ricochet" (not "hit" alone: "the storm hit")
    "striking",  # "fired into a crowd, striking nine people"
    "lost ",  # "We have lost 14 of our citizens" (LOSS_VERBS)
    "life of",  # "the crash claimed the life of a girl" (the nominal death "the life of" + one person)
)  # fmt: skip

# ---------------------------------------------------------------------------------------------------------
# Qualifiers before a number and the bound they imply (core.models.Qualifier values).
QUALIFIER_PHRASES = (
    ("no fewer than", "at_least"),
    ("not less than", "at_least"),
    ("a minimum of", "at_least"),
    ("at least", "at_least"),
    ("in excess of", "more_than"),
    ("more than", "more_than"),
    ("upwards of", "more_than"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("just under", "nearly"),
    ("close to", "nearly"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("as many as", "up_to"),
    ("up to", "up_to"),
    ("no more than", "up_to"),
    ("not more than", "up_to"),
    ("at most", "up_to"),
    ("an estimated", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("around", "about"),
    ("about", "about"),
    ("some", "about"),
    ("estimated", "about"),
    # hedges: "maybe 100 wounded", "perhaps 30 dead" give a figure the writer only guesses at
    ("maybe", "about"),
    ("perhaps", "about"),
    ("possibly", "about"),
)

# Kinds of disaster a headline names, by family: two reports whose headlines name only families the other's do
# not are two events however their places and dates agree ("Jeju Air crash" and "ferry sinking" in one country).
# A family lists every word that may name the same occurrence (an explosion starts a fire; a quake, a tsunami;
# "opened fire" is a shooting's).
HAZARD_FAMILIES = {
    "quake": ("earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "tsunami", "aftershock"),
    "water": (
        "flood", "floods", "flooding", "flash", "monsoon", "landslide", "landslides", "mudslide", "mudslides", "rain",
        "rains", "storm", "storms", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones",
        "tornado", "tornadoes", "dam", "avalanche", "avalanches", "snowstorm", "blizzard", "thunderstorm",
        "thunderstorms", "deluge", "downpour", "downpours", "torrential", "mudflow",
        "mudflows", "levee", "levees", "dike", "dyke", "rainstorm", "rainstorms", "rainfall", "inundation",
    ),
    # deaths by the weather itself: lightning, heat, cold (a storm's lightning or cold is its storm's event)
    "weather": (
        "lightning", "heatwave", "heatwaves", "heat wave", "heat waves", "heatstroke", "heat stroke", "cold wave",
        "cold snap", "hypothermia", "storm", "storms", "thunderstorm", "thunderstorms", "snowstorm", "blizzard",
        "extreme heat", "frostbite", "sunstroke", "=lightning strike", "=lightning strikes", "heat", "scorching",
        "hailstorm", "temperatures soar",
    ),
    "fire": (
        "fire", "fires", "blaze", "wildfire", "wildfires", "inferno", "explosion", "explosions", "blast", "blasts",
        "bushfire", "bushfires", "arson", "flames", "burned",
    ),
    "air": (
        "plane", "jet", "airliner", "flight", "aircraft", "helicopter", "planes", "jets", "airliners", "helicopters",
        "air crash", "air disaster", "plane crash",
    ),
    "rail": (
        "train", "rail", "railway", "derailment", "derailed", "derails", "trains", "railroad", "derail", "tram",
        "trams", "subway",
    ),
    "road": (
        "bus", "buses", "minibus", "truck", "lorry", "tanker", "highway", "ravine", "gorge", "plunges", "plunged",
        "road accident", "traffic accident", "car crash", "head-on", "pile-up", "pileup", "motorway", "expressway",
        "minivan",
    ),
    "ship": (
        "ferry", "ship", "boat", "vessel", "sinking", "sank", "sinks", "capsized", "capsizes", "shipwreck", "capsize",
        "shipwrecks", "boats", "ferries", "vessels",
    ),
    "attack": (
        "attack", "attacks", "bombing", "bombings", "bomb", "bomber", "bombers", "blast", "blasts", "explosion",
        "explosions", "shooting", "gunmen", "gunman", "strike", "strikes", "airstrike", "airstrikes", "missile",
        "missiles", "shelling", "massacre", "terror", "terrorist", "gunfire", "open fire", "opens fire",
        "opened fire", "opening fire", "ambush", "ambushes", "ambushed", "rifle fire", "gun fire", "sniper fire",
        "shot", "shootings", "shooter", "shooters", "gunfight", "stabbing", "stabbings", "bombs", "riot", "riots",
        "rampage", "grenade", "massacred", "mass shooting",
    ),
    "crowd": ("stampede", "crush", "crowd", "stampedes", "riot", "riots", "crowds"),
    "collapse": ("collapse", "collapses", "collapsed", "collapsing", "cave-in", "caved in"),
    "mine": (
        "miners", "colliery", "goldmine", "coalmine", "coal mine", "gold mine", "mine collapse", "mine blast",
        "mine explosion", "mine disaster", "mine accident", "mine fire", "mine flood", "coal mines", "gold mines",
        "copper mine", "copper mines", "iron mine", "iron ore mine", "jade mine", "jade mines", "diamond mine",
        "tin mine", "silver mine", "salt mine", "zinc mine", "lithium mine", "mine shaft", "mineshaft", "mining",
        # a named mine in a headline ("Fire at ArcelorMittal mine in Kazakhstan kills 32", "Blast at Turkish mine
        # kills 41"): the pronoun never stands before these
        "mine in", "mine kills", "mine killed", "mine leaves", "at mine",
    ),
    "volcano": (
        "volcano", "volcanoes", "volcanic", "eruption", "eruptions", "lava", "lahar",
        "lahars", "pyroclastic",
    ),
}  # fmt: skip

# Openings of a sentence that reports another incident than the article's ("Separately, three people were
# killed in Khan Younis"): its place is not the article's main place.
SEPARATE_INCIDENT = ("separately", "elsewhere", "in a separate", "in another", "in other news", "meanwhile, in")
# Groups whose hurt, told beside a disaster's toll of people, are a share of the injured, not their count: "Ten
# police officers were hurt in the blasts", "25 foreigners were wounded", "Three Ukrainian citizens were injured".
# (Not those a disaster strikes as a whole: pilgrims at a crush, workers at a factory fire, a plane's crew.)
# Survivors and the rescued are counted, never as the hurt (binder._survivors_counted): the nouns heading such a
# count ("three survivors are in hospital") and the words of rescue right after a count's noun ("three women
# pulled from the wreckage were in critical condition"); a word of harm before the noun keeps its count ("nine
# wounded survivors")
SURVIVOR_NOUNS = ("survivor", "survivors")
RESCUE_AFTER = ("rescued", "pulled", "saved", "plucked", "dug")

# The last word of a capitalised name that makes it a place's or a building's, no person's: "St Francis Catholic
# Church and 58 others" counts 58 (combine.one_and_others), not the church as one more
# (not the words that are also surnames: Park, Hall, Temple, Street, Camp; nor a place of care: "one was taken to
# St Mary's Hospital and two others to ..." stands for the one taken there)
PLACE_NAME_HEADS = (
    "church", "cathedral", "chapel", "mosque", "synagogue", "school", "college", "university", "academy", "stadium",
    "mall", "avenue", "station", "hotel", "county",
)  # fmt: skip

GROUP_NOUNS = (
    "officers", "policemen", "police", "soldiers", "troops", "servicemen", "personnel", "firefighters", "firemen",
    "rescuers", "medics", "paramedics", "volunteers", "journalists", "foreigners", "citizens", "nationals",
    "expatriates", "guards", "marines",
)  # fmt: skip
# Such groups named in two words whose head alone is no group ("two crew members" are a plane's own): read in the
# words right after the count, "Eighteen U.S. service members were injured".
GROUP_PHRASES = ("service members", "servicemembers", "security personnel")

# Words that open one site's share of an attack on several, by its order: "The first bomb killed 10 ... the second
# killed 15", "One blast killed 10 and the other killed 15". Value: the site's rank (the other, last: after the first).
SITE_ORDINALS = {"first": 1, "one": 1, "second": 2, "other": 2, "third": 3, "fourth": 4, "fifth": 5, "last": 9}
# What such an ordinal may name: the strike itself or its site ("the second bomb", "the first blast").
SITE_NOUNS = (
    "bomb", "blast", "explosion", "attack", "bomber", "suicide bomber", "car bomb", "device", "strike", "missile",
    "site", "assault",
)  # fmt: skip

# Date words: a headline counting years since an event ('Ten years on', 'marks five years since', 'the 20th
# anniversary'): the report looks back at it (`core.extract.look_back`); {n} is the count, in figures or a word
YEARS_ON = (
    "{n} years after", "{n} years since", "{n} years on", "{n} years ago today", "{n} year after", "{n} year since",
    "{n} year on", "{n} year ago today", "{n} anniversary", "{n}-year anniversary", "{n} year anniversary",
    "{n} years ago", "{n} year ago",
)
YEAR_COUNTS = {
    "a": 1, "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4, "five": 5,
    "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8, "nine": 9, "ninth": 9,
    "ten": 10, "tenth": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "fifteenth": 15, "twenty": 20,
    "twentieth": 20, "twenty-five": 25, "twenty-fifth": 25, "thirty": 30, "thirtieth": 30, "forty": 40,
    "fiftieth": 50, "fifty": 50,
}

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("last", "in", "past", "this past")
PAST_MONTH_AFTER = ()
NAMED_TIME_SINCE = ("since",)
# Words opening a clause set against the one before it ("Rebels said more than 50 were killed, but the government
# said 14 died"): each clause's figure is its own speaker's (`core.extract.clause_claimants`)
CLAIMANT_BREAKS = ("but", "while", "whereas", "although", "though", "however")
