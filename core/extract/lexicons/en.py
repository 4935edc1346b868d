"""English lexicon: the words the extractor reads, as data only (see `__init__`).

Sections: tolls (how a running count is reported), sources (who gave a figure), vague quantities, metric
triggers (which words make a number a count of killed, wounded, ...), qualifiers. Another language is another
module with the same names.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------
# Tolls: "the death toll from the quake has risen to 114", "authorities lowered the toll to 38".

# Nouns that name a running count, with the metric the count is of ("toll" alone is a death toll).
TOLL_HEADS = {
    "toll": "killed",
    "tally": "killed",
    "count": "killed",
    "total": "",  # "four more bodies were found, bringing the total to 57": the metric of the figure before it
}
# Labels a figure stands under ("Killed: 12", "Injured: 40" on live pages and fact boxes), with their metric.
FIGURE_LABELS = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
    "injured": "wounded", "wounded": "wounded", "injuries": "wounded", "hurt": "wounded",
}  # fmt: skip
# After "that" / "this", nouns that take up the figure told before: "By Wednesday, that number had climbed to 2,300".
ANAPHORIC_TOLL_HEADS = ("number", "figure")
# A clause's subject that takes up the toll told before, with a verb of change only: "Initially, officials put the
# death toll at 12. It has since risen to 15." ("It was 15" is no toll.)
ANAPHORIC_TOLL_SUBJECTS = ("it",)
CHANGE_TOLL_VERBS = (
    "rose", "risen", "climbed", "jumped", "increased", "grew", "grown", "soared", "surged", "mounted", "reached",
    "hit", "revised", "raised", "lowered", "dropped", "fell", "fallen", "declined", "decreased", "topped", "passed",
    "surpassed", "crossed", "exceeded", "neared", "went", "gone", "updated", "doubled", "tripled",
)  # fmt: skip
# Words before a toll head that say which metric it counts; absent, the head's own metric applies.
TOLL_MODIFIERS = {
    "death": "killed",
    "fatality": "killed",
    "casualty": "killed",
    "body": "killed",
    "injury": "wounded",
    "injured": "wounded",  # "the injured toll rose to 96"
    "wounded": "wounded",
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
    "shot": "shot",  # "the number of people shot rose to eight": those shot, the dead among them
}
# Counted words whose count is of what the figure told before counts when that is those shot: after "Eight people
# were shot", "the number of victims rose to nine" counts those shot (elsewhere the victims are the dead).
COUNTED_AS_TOLD_BEFORE = ("victims",)
# Counts a toll phrase may join to the dead, making it neither figure: "the number of dead and missing".
COMBINED_WITH = ("missing", "unaccounted", "disappeared")
COUNTED_PEOPLE = ("people", "persons", "those", "victims")
# A count told by a relative clause after its people: "the number of people who died (in the fire) rose to 80",
# "the number of those who were injured". The clause's verb, its metric; the words that open the clause.
COUNTED_IN_RELATIVE = {
    "died": "killed", "perished": "killed", "killed": "killed", "injured": "wounded", "wounded": "wounded",
    "hurt": "wounded",
}  # fmt: skip
RELATIVE_WORDS = ("who", "that", "were", "was", "have", "has", "had", "been", "are")
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
    "stays": None, "stayed": None, "stay": None,  # "toll stays at 26 after earlier count of 27"
    "is": None, "was": None, "are": None,
    "went up": None, "goes up": None, "gone up": None,
    "shot up": None, "shoots up": None,  # "the toll shot up to 72" (not the binder's "shot")
    "doubled": None, "doubles": None, "tripled": None, "triples": None,
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
    # infinitives, after a modal of projection ("the toll could top 100", "is expected to exceed 50")
    "top": "more_than", "surpass": "more_than", "cross": "more_than", "exceed": "more_than",
    "pass": "more_than",  # nosec B105: the toll verb "pass" ("could pass 100"), not a password
    "increase": None, "grow": None, "mount": None, "soar": None, "approach": "nearly", "near": "nearly",
    # progressive forms, as live pages write them: "the toll is approaching 2,000", "is now standing at 40"
    "rising": None, "climbing": None, "mounting": None, "soaring": None, "increasing": None, "growing": None,
    "reaching": None, "hitting": None, "standing": None,
    "topping": "more_than", "passing": "more_than", "surpassing": "more_than", "crossing": "more_than",
    "exceeding": "more_than", "nearing": "nearly", "approaching": "nearly",
    # told as believed or estimated: "the death toll is believed to be around 300", "was estimated at about 2,000"
    "be": None, "estimated": None,
    # past a mark: "the toll rose past 900", "climbed above 1,000"
    "rose past": "more_than", "risen past": "more_than", "climbed past": "more_than", "went past": "more_than",
    "rose above": "more_than", "risen above": "more_than", "climbed above": "more_than",
    "rising past": "more_than", "climbing past": "more_than", "rising above": "more_than",
}  # fmt: skip
# Plural nouns that state a toll as a clause's subject: "Deaths have climbed to nearly 1,300", "Injuries rose to
# 300" (not "the number of deaths", which `COUNTED_WORDS` reads).
TOLL_SUBJECTS = {"deaths": "killed", "fatalities": "killed", "injuries": "wounded"}
# Words allowed between the toll phrase and its verb, or the verb and its number.
TOLL_AUXILIARIES = (
    "has", "have", "had", "now", "further", "again", "officially", "since", "already", "been", "was", "is",
    "then", "later", "sharply", "steadily", "so", "far", "reportedly",
    "could", "may", "might", "would", "will", "expected", "feared", "likely", "set", "to", "be",
    "believed", "thought", "said",
)  # fmt: skip
# A toll the text expects, fears or projects, not one it reports: "officials fear the toll could rise to 100",
# "the number of dead is expected to exceed 50". Read in the toll statement and just before it; such a figure is
# kept out of the headline while the text gives a reported one.
TOLL_PROJECTION = (
    "could", "may", "might", "would", "will", "expected", "expect", "expects", "feared", "fear", "fears",
    "likely", "projected", "predicted", "forecast", "warned", "warn", "warns", "poised", "threatens",
)  # fmt: skip
TOLL_PREPOSITIONS = ("to", "at", "of")
# Words of a place's side or part written with its container between commas: "in Itaewon, central Seoul, rose to"
TOLL_PLACE_SIDES = ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                    "southeastern", "southwestern", "downtown", "coastal", "rural")  # fmt: skip
# A time phrase between a toll verb and its preposition: "rose overnight to 80", "climbed on Tuesday morning to".
TOLL_TIME_WORDS = (
    "overnight", "on", "over", "the", "weekend", "by", "late", "early", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "today",
    "yesterday", "tonight", "again", "further", "sharply", "steadily", "later", "in", "past", "last", "this",
    "day", "days", "hours", "week", "quickly", "rapidly", "dramatically",
)  # fmt: skip
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
# Verbs that correct a toll without saying which way: "officials revised the death toll to 23". After a larger
# figure of the same text, the correction is a downward one.
TOLL_CORRECTION_VERBS = ("revised", "revises", "revising", "corrected", "corrects", "correcting", "amended", "adjusted")
TOLL_UPWARD = ("up", "upward", "upwards", "raised", "higher", "rose", "risen", "increased")
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
# Words that open an aside between commas giving the figure a toll replaced: "the death toll, initially put at 12,
# rose to 15", "the toll, which had stood at 9, was revised to 8".
EARLIER_ASIDE_OPENERS = ("initially", "previously", "earlier", "originally", "first", "which", "once", "up", "down")
# Before a toll phrase, words that make it the figure something is compared with or replaced: "an increase from
# the official death count of 64", "far higher than the toll of 64". Determiners may sit between.
EARLIER_BEFORE_TOLL = ("from", "than", "compared with", "compared to")
TOLL_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "this", "that")
# Words that make the figures of their clause ones the text presents as superseded by a later figure:
# "police initially said two people died", "Saudi officials previously said 769 were killed".
EARLIER_CLAUSE_CUES = (
    "initial", "initially", "at first", "first reported", "earlier report", "earlier reports",
    "previously reported", "previously said", "previously put", "previously gave", "had earlier said",
    "early report", "early reports", "originally", "previous report", "previous reports", "previous update",
    "earlier update", "earlier estimate", "earlier estimates", "earlier figure", "earlier figures",
    "had earlier reported", "earlier reported", "last update", "earlier version", "previous version",
    "incorrectly", "erroneously", "mistakenly", "wrongly", "earlier saying", "earlier said", "earlier put",
    "earlier gave", "previously saying", "having earlier", "earlier citing", "previously citing", "initially citing",
    "earlier cited", "previously cited",
    # the past perfect of a toll given, in a report of the current one: "after some officials had put the toll at 27"
    "had put the toll", "had put the death toll",
)  # fmt: skip
# Right after a toll's figure, words that say its source took it back: "officials had put the toll at 81 before
# revising it" (81 is a replaced figure).
EARLIER_AFTER_TOLL = ("before revising", "before lowering", "before correcting", "before raising", "before updating")
# A line that opens the older version of an updated story or live page: "EARLIER: ...", "Original story: ...",
# "PREVIOUS STORY: ...". Everything from that line on is the story as it stood before the update above it.
EARLIER_SECTION_HEADS = (
    "earlier", "previously", "original story", "original report", "original post", "earlier story",
    "previous story", "earlier report", "previous report", "previous update", "earlier update",
)  # fmt: skip
# Words that tell a figure as later news than the figures before it: "By Tuesday, 18 people had died", "18 have now
# died", "according to the latest figures", "officials have since confirmed 412 deaths", "as of Tuesday evening".
# Such a figure, when larger, is the article's latest toll (a smaller one is a part or a stale line).
LATER_NEWS_CUES = (
    "now", "since", "later", "latest", "as of", "at last count", "at the last count", "updated figures",
    "new figures", "revised figures", "most recent", "by the end of the day",
)  # fmt: skip
LATER_NEWS_BY = (  # "by" + one of these: "By Tuesday", "by nightfall", "by Sunday evening"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "nightfall", "midday", "noon",
    "midnight", "evening", "morning", "afternoon", "tonight", "then", "late", "early", "dawn", "daybreak",
)  # fmt: skip
# Participles without -ed or -ing that open a phrase between the counted people and their verb: "Fourteen people
# were swept away by the floodwaters and died".
IRREGULAR_PARTICIPLES = ("swept", "caught", "thrown", "blown", "stuck", "held", "hidden", "driven", "ridden")
# Live pages: an entry opens with its time ("14.05 BST", "Updated at 22:14", "7:10 a.m.:"); when the times fall
# down the page, the newest entry is on top and the entries below it are older.
LIVE_ENTRY_WORDS = ("updated", "update", "posted", "published")
TIME_ZONES = (
    "bst", "gmt", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst", "pdt", "utc", "ist", "jst",
    "msk", "ast", "pkt", "wib", "local time",
)  # fmt: skip
# After the current figure, a participle that revises it and names the figure it replaces: "125 people died,
# revising down an earlier figure of 174". The earlier-figure cue there colours only its own part.
REVISION_PARTICIPLES = (
    "revising", "lowering", "raising", "updating", "correcting", "reducing", "cutting", "after", "having",
)  # fmt: skip
# A clause that concedes a figure before the text's own ("while officials previously said 769, an AP count shows
# 999") and the words that end an earlier cue's reach ("... -- far fewer than the 500 originally described").
CONCESSIVE_WORDS = ("while", "although", "though", "whereas")
# Words opening a clause that may name its own source: "Three people died, as hospital officials said 20 were hurt".
SOURCE_CLAUSE_WORDS = ("as",)
CONTRAST_WORDS = ("but", "yet", "not")  # "..., not 5 as previously reported": the cue's own part
CLAUSE_JOINERS = ("and", "but")
# After a joiner with no comma, words that open a later statement ending an earlier cue's reach: "police initially
# reported 4 dead but later said 3 had died" (3 is the later figure).
LATER_CLAUSE_OPENERS = ("later", "now", "then", "subsequently", "since")
# Words before "since" that make it the date of the toll's last revision, not the period it counts: "the
# official toll of 769 has not changed since September 26".
TOLL_STABLE_SINCE = ("changed", "unchanged", "updated", "revised", "stood", "remained")
# "N and counting": a running toll, still rising.
STILL_RISING = ("and counting",)
# Words that give a figure as the whole incident's, over figures for one town, one hospital or one group: "In all, 24
# people died", "Across the region, the quake killed 150".
WHOLE_SCOPE = (
    "in all", "in total", "overall", "altogether", "all told", "across the region", "across the province",
    "across the state", "across the city", "combined",
)  # fmt: skip
# A toll over many incidents: a war's, a year's, a country's to date. A toll without these is the event's.
MANY_INCIDENTS = (
    "this year", "this month", "this week", "last year", "since january", "since february", "since march",
    "since april", "since may", "since june", "since july", "since august", "since september", "since october",
    "since november", "since december", "since the start", "since the beginning", "since the outbreak",
    "since the war", "since the conflict", "nationwide", "both sides", "war", "conflict", "fighting",
    "hostilities", "offensive", "bombardment", "campaign", "pandemic", "insurgency", "uprising", "crackdown",
    "protests",
)  # fmt: skip
# A rate, over many incidents: "Each year, about 400 people are injured in fireworks accidents". A count told so is
# cumulative. (Not "this season": a monsoon's floods are one event, counted over the season.)
RATE_CUES = (
    "each year", "every year", "per year", "each month", "every month", "per month", "each week", "every week",
    "per week", "each day", "every day", "per day", "annually", "on average",
)  # fmt: skip
# A sentence opening on an earlier stretch of time, after the article has told its incident's figures: "Earlier
# this month, four people were killed at a nightclub nearby" tells an earlier incident.
EARLIER_INCIDENT_OPENERS = (
    "earlier this week", "earlier this month", "earlier in the week", "earlier in the month", "last week",
    "last month", "a week ago", "two weeks ago", "three weeks ago", "a month ago", "weeks earlier",
    "a week earlier", "two weeks earlier", "a month earlier", "months earlier", "a year earlier", "years earlier",
    "last year", "a year ago", "the previous week", "the previous month", "the previous year",
    "a day earlier", "the day before", "the previous day", "days earlier", "weeks ago", "months ago", "years ago",
    "a few weeks ago", "a few months ago",
    *(f"{n} {unit} {when}" for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "several") for unit in ("months", "years") for when in ("ago", "earlier")),
)  # fmt: skip
# Disasters that last for weeks: "in the floods since June" counts that one disaster's own toll from the day it
# began, not a toll over many incidents ("since March" elsewhere is a running toll of many).
LASTING_DISASTERS = (
    "flood", "floods", "flooding", "monsoon", "rains", "downpours", "wildfire", "wildfires", "bushfires",
    "heatwave", "heat wave", "drought",
)  # fmt: skip
# A count over a stretch of many incidents: "Over three weeks of protests, 240 people have been injured", "in two days
# of clashes". The stretch ("N days of") and the incidents it holds; a count told so is cumulative.
PERIOD_UNITS = ("days", "weeks", "months", "years", "nights")
PERIOD_INCIDENTS = (
    "protests", "protest", "unrest", "clashes", "fighting", "violence", "riots", "rioting", "demonstrations",
    "shelling", "attacks", "strikes", "airstrikes", "raids", "bombardment", "bombing", "war", "hostilities",
)  # fmt: skip

# A toll told over several incidents: "died in three stampedes", "killed in two separate blasts". The count words and
# the incidents; the figure sums them, the sites' figures told after it ("including 35 in Ibadan") are their own.
SEVERAL_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple")
SEVERAL_INCIDENTS = (
    "stampedes", "crushes", "blasts", "explosions", "attacks", "fires", "crashes", "accidents", "landslides",
    "floods", "storms", "bombings", "incidents", "collapses", "earthquakes", "quakes", "airstrikes", "mudslides",
    "tornadoes", "boat accidents", "shipwrecks", "capsizings", "derailments", "ambushes", "raids", "massacres",
)  # fmt: skip
# Of those, the attacks that strike several sites at once: told of one day, their toll is one attack's whole ("25
# people were killed in two blasts in Kabul on Friday"), not a toll to date over incidents.
ONE_DAYS_STRIKES = ("blasts", "explosions", "attacks", "bombings", "airstrikes", "suicide bombings")
# Words that date a clause to one day: a weekday, "yesterday", "on March 22".
ONE_DAY_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    "this morning", "this afternoon", "this evening",
)  # fmt: skip

# Before a toll phrase, words that make it a country's toll, not an incident's: "bringing the national death toll to".
# (A demonym does too: "the overall Palestinian death toll".)
NATIONAL_TOLL = ("national", "nationwide", "country's", "country’s", "nation's", "nation’s", "countrywide")

# Words right before a town that make it where the hurt were taken, not where the incident happened: "rushed to
# hospital in Nairobi", "airlifted to Kigali".
DESTINATION_BEFORE_PLACE = ("hospital in", "hospitals in", "flown to", "airlifted to", "evacuated to")

# Verbs right after a country or capital that make it the attacker, not the scene: "Russia launched a missile
# attack on Ukrainian cities, killing 31", "Moscow fired 40 missiles".
ATTACKER_VERBS = (
    "launched", "fired", "struck", "attacked", "bombed", "shelled", "pounded", "targeted", "unleashed", "hit",
    "has launched", "has fired", "has struck", "has attacked", "had launched", "had fired",
)  # fmt: skip

# Words right before a town that make it somebody's home, not a scene: "a boy from Banks in Lancashire was
# arrested", "a native of Bradford". Read only when a figure's own sentence names no place and an earlier one's
# is carried to it.
HOME_BEFORE_PLACE = ("from", "native of", "who lives in", "who lived in")

# Words right before a town that make it where the source spoke, not where the figure's people died: "the governor
# said in Jakarta that 20 had died", "told reporters in Kyiv".
SPEECH_BEFORE_PLACE = (
    "said in", "says in", "said from", "announced in", "speaking in", "speaking from", "spoke in",
    "told reporters in", "told journalists in", "told a news conference in", "told a press conference in",
    "told a briefing in", "speaking to reporters in", "speaking to journalists in", "at a news conference in",
    "at a press conference in", "at a briefing in",
)  # fmt: skip

# The word before the last name of a list of places ("in Kyiv, Lviv and Odesa"): the figure is the list's, not one
# city's.
LIST_CONJUNCTIONS = ("and", "or", "&")

# ---------------------------------------------------------------------------------------------------------
# Sources: who the article says gave a figure ("the mayor said", "according to the health ministry",
# "said Ana Ruiz, a spokeswoman for the regional government").

# Nouns that make a phrase a source: "the police", "health officials", "the state news agency".
SOURCE_NOUNS = (
    "police", "officials", "official", "authorities", "authority", "investigators", "witnesses", "prosecutors",
    "prosecutor", "deputies", "officers", "doctors", "medics", "rescuers", "rescue workers", "residents",
    "source", "sources", "diplomats", "diplomat", "reports", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "coroner", "medical examiner",
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
# gunshot wounds" may tell of the dead). Without the injury ("rescued alive") no one is counted hurt.
FOUND_HURT_PARTICIPLES = ("rescued", "pulled", "found", "freed", "extracted", "dug", "brought", "left", "survived")
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

# Metric nouns heading the counted phrase: "51 deaths", "two fatalities", "claimed 30,000 lives".
METRIC_NOUNS: dict[str, str] = {
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "fatality": "killed",
    "lives": "killed",
    "bodies": "killed",
    "dead": "killed",
    "injuries": "wounded",
    "injured": "wounded",
    "wounded": "wounded",
    "arrests": "arrested",
}

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
# "Those injured were named as ...", "Killed were ...". The list's names are counted (core.extract.singulars).
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
    "slain", "murder", "perish", "gunned", "lives", "body", "bodies", "remains of", "missing", "unaccounted", "displac",
    "evacuat", "homeless", "arrest", "detain", "custody", "toll", "tally", "number of victims", "total count",
    "death count", "body count", "official count", "that number", "this number", "that figure", "this figure",
    "destroy", "damag", "condition", "casualt",
    "struck", "grazed", "bullet", "gunfire", "medical", "himself", "herself", "suicide", "own life", "double",
    "triple", "quadruple", "quintuple", "survived", "survivors", "burns", "inhalation", "drown", "electrocut",
    "treatment",  # "250 people sought treatment", "22 were receiving treatment" (care phrases with no other stem)
    "hit in ", "hit by ", "hitting",  # "a girl was hit in the thigh by a ricochet" (not "hit" alone: "the storm hit")
    "striking",  # "fired into a crowd, striking nine people"
    "lost ",  # "We have lost 14 of our citizens" (LOSS_VERBS)
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
