"""English lexicon, continued: how a running count is reported (data only; `en` re-exports these names).

"the death toll from the quake has risen to 114", "authorities lowered the toll to 38": toll heads and verbs,
revisions up and down, earlier and later figures, live pages, national and period tolls, and the words around a
toll's place (a destination, a home town, a speaker before it).
"""

from __future__ import annotations

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
# Between "the" and such a noun, words that set the figure told before right: "(the toll had risen to 48,) but later
# said the correct number was 41", "the actual figure is 17". The figure they give corrects the one before.
CORRECTED_TOLL_ADJECTIVES = ("correct", "actual", "real", "true", "accurate", "right", "exact")
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
    # the other metrics' tolls: "the number of people missing rose to 40", "... displaced has climbed to 12,000"
    "missing": "missing",
    "displaced": "displaced",
    "arrested": "arrested",
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
    "hurt": "wounded", "dead": "killed",  # "the number of people who are dead (or presumed dead) has risen to 79"
}  # fmt: skip
RELATIVE_WORDS = ("who", "that", "were", "was", "have", "has", "had", "been", "are", "now", "confirmed")
# An infinitive may open the clause as "who" does: "the number of people known to have died", "the number of those
# confirmed to have been killed". The words before its "to".
INFINITIVE_OPENERS = ("known", "confirmed", "believed", "thought", "reported", "feared", "presumed", "said")
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
# A rate told right after its count: "deaths in the capital doubled to about 700 a day" is no toll; but for the words
# that make the phrase a time ("a day after the blast", "a week earlier").
RATE_AFTER_COUNT = ("a day", "a week", "a month", "a year")
NOT_RATE_AFTER = ("after", "earlier", "later", "before", "ago", "since", "of", "in", "on", "when", "and")
# Other incidents since the event, counted with it: "Since then, other massacres in the country's jails raised the
# number of violent deaths to more than 300". A wider set's toll (cumulative), not the event's: "since" and "other"
# before one of these.
OTHER_INCIDENTS_SINCE = (
    "massacres", "riots", "killings", "attacks", "clashes", "shootings", "bombings", "blasts", "uprisings", "fights",
    "incidents", "outbreaks", "disasters", "storms", "floods", "quakes", "earthquakes", "fires", "crashes",
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
# The one incident a toll phrase set by a figure before it names ("brought to 12 the number of people killed in the
# flash floods"): a toll of its own whatever the subject of "brought" is (not "... the number of people shot in the
# city in a span of 80 hours", a count of many incidents).
TOLL_SET_INCIDENTS = (
    "shooting", "attack", "bombing", "blast", "explosion", "fire", "blaze", "inferno", "crash", "collision", "pileup",
    "derailment", "collapse", "stampede", "crush", "sinking", "capsizing", "shipwreck", "landslide", "landslides",
    "mudslide", "mudslides", "flood", "floods", "flooding", "earthquake", "quake", "tsunami", "storm", "cyclone",
    "hurricane", "typhoon", "tornado", "avalanche", "eruption", "massacre", "ambush", "rampage", "disaster", "tragedy",
    "accident", "airstrike", "strike", "raid", "riot", "heatwave", "wildfire", "wildfires",
)  # fmt: skip
LASTING_DISASTERS = (
    "flood", "floods", "flooding", "monsoon", "rains", "downpours", "wildfire", "wildfires", "bushfires",
    "heatwave", "heat wave", "drought",
    # an outbreak runs for months: "cholera has killed more than 300 people since March" is the outbreak's own toll
    # (a pandemic's, counted over the world, is not: MANY_INCIDENTS)
    "outbreak", "epidemic", "cholera", "ebola", "measles", "dengue", "diphtheria", "meningitis", "mpox", "lassa fever",
    "anthrax", "marburg", "yellow fever",
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

# Several shootings told together (core.extract.round_ups): "two (separate) shootings", "three weekend shootings",
# "in shootings on the South Side", "a string of shootings". A count or a word of several before the noun, with kinds
# between; or a preposition, kinds, the noun and a preposition of place; or a run of them.
ROUND_UP_NOUN = "shootings"
ROUND_UP_COUNTS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "separate",
    "unrelated",
)  # fmt: skip
ROUND_UP_KINDS = ("separate", "unrelated", "different", "weekend", "overnight", "other")
ROUND_UP_OPENERS = ("in", "by", "during")
ROUND_UP_OPENER_KINDS = ("separate", "unrelated", "weekend", "overnight")
ROUND_UP_PLACE_LINKS = ("on", "in", "across", "around", "over")
ROUND_UP_RUNS = ("string", "spate", "series")
