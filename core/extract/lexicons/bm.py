"""Bambara lexicon (shared shape, see `es.py` for the names): data only. Whole words and stems (MATCH "word").
Mali's lingua franca, written in the Latin alphabet with "ɛ", "ɔ" and "ɲ" or, by many sites, with "e", "o" and
"ny": words are listed both ways. The count follows its noun ("mɔgɔ 134", 134 people); a verb takes the
perfective ending of its last sound ("fagara", were killed; "madimina", were hurt; "tununna", went missing), so
the verbs are stems. Number words count in tens ("bisaba", thirty) joined by "ni" ("kɛmɛ ni bisaba ni naani",
134), a hundred and a thousand before their multiplier ("kɛmɛ fila", 200). py3langid has no Bambara: a text is
told Bambara by its share of the language's own function words (`FUNCTION_WORDS`, `core.extract.language`)."""

from __future__ import annotations

LANGUAGE = "bm"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES: dict[str, int] = {}
# "kɛmɛ" (hundred) and "waa" (thousand) come before their multiplier ("kɛmɛ fila", 200): number words written first
SCALE_FIRST = ("kɛmɛ", "keme", "waa")
NUMBER_WORDS = {
    "kelen": 1, "fila": 2, "saba": 3, "naani": 4, "naan": 4, "duuru": 5, "wɔɔrɔ": 6, "wooro": 6, "wolonwula": 7,
    "seegin": 8, "segin": 8, "kɔnɔntɔn": 9, "kononton": 9, "tan": 10, "mugan": 20, "bisaba": 30, "binaani": 40,
    "binaan": 40, "biduuru": 50, "biwɔɔrɔ": 60, "biwooro": 60, "biwolonwula": 70, "biseegin": 80, "bisegin": 80,
    "bikɔnɔntɔn": 90, "bikononton": 90, "kɛmɛ": 100, "keme": 100, "waa": 1000,
}  # fmt: skip
NUMBER_JOINERS = ("ni",)  # "tan ni duuru" (15), "mugan ni fila" (22)
VAGUE_QUANTITIES = {"kɛmɛ caman": (100, 100, 999), "keme caman": (100, 100, 999), "waa caman": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the dead, plural, and their count (test_four_forms43)
        "salenw", "salenw hakɛ",
        "faga*", "sara", "salen", "saya", "ni bɔra", "ni bora", "nin bɔra", "nin bora",
    ),
    "wounded": ("madimi*", "jɔgin*", "jogin*", "dɔgɔtɔrɔso", "dogotoroso"),
    "missing": ("tunun*",),
    "displaced": ("bɔra u sow la", "bora u sow la", "u ka sow bila"),
    "arrested": ("minɛna", "minena", "minɛnen", "minenen"),
}  # fmt: skip
COORDINATORS = ("ani", "ni", "wa", "k'a sɔrɔ", "k'a soro")
QUALIFIERS_BEFORE = {"ka tɛmɛ": "more_than", "ka teme": "more_than", "ka tɛmɛ mɔgɔ": "more_than",
                     "ka teme mogo": "more_than"}  # fmt: skip
# after the count: "mɔgɔ 100 ni kɔ" (100 and beyond), "mɔgɔ 50 ɲɔgɔn" (about 50)
QUALIFIERS_AFTER = {"ni kɔ": "more_than", "ni ko": "more_than", "ɲɔgɔn": "about", "nyogon": "about"}
UPDATE_BEFORE = ("sera", "yɛlɛla ka se", "yelela ka se")
COUNT_NOUNS = ("hakɛ", "hake", "jate")
INCREMENT_BEFORE = ("wɛrɛ", "were")
SUBSET_BEFORE = ("u cɛma", "u cema")
NOT_COUNTS_AFTER = (
    "san", "sanw", "km", "kilomɛtɛrɛ", "kilometere", "mɛtɛrɛ", "metere", "%", "lɛrɛ", "lere", "tile", "tilew",
    "miniti", "dɔrɔmɛ", "dorome", "sɛfa", "sefa", "so", "sow",
)  # fmt: skip
ACCORDING_BEFORE = ("ka kɛɲɛ ni", "ka kenye ni")
SPEECH_VERBS = ("ko", "y'a fɔ", "y'a fo", "ye a fɔ", "ye a fo", "ye kunnafoni di")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "gɔfɛrɛnaman": "government", "goferenaman": "government", "minisiri": "minister", "minisiriso": "ministry",
    "pɔlisi": "police", "polisi": "police", "sɔrɔdasiw": "army", "sorodasiw": "army", "kɛlɛbolo": "army",
    "dɔgɔtɔrɔso": "hospital", "dogotoroso": "hospital", "meri": "mayor",
}  # fmt: skip
HOME_COUNTRIES = ("ML",)
DAYS_BACK = {"kunun": 1, "kununfɛ": 2, "kununfe": 2}
CARE_WORDS = ("dɔgɔtɔrɔso", "dogotoroso")
HAZARD_FAMILIES = {
    "water": ("sanjiba", "jiba"),
    "fire": ("tasuma", "fanga bɔ"),
    "road": ("mobili kasaara", "sira kan kasaara"),
    "attack": ("marabaw", "binkanni"),
}  # fmt: skip
NEGATIONS = ("ma", "tɛ", "te", "si ma")
# Words of its own a Bambara text is full of, none an English word (`core.extract.language`): its aspect and
# copula words, 'and', 'in', 'said', 'who', 'also', 'all', 'after', its 'people'
FUNCTION_WORDS = (
    "ye", "bɛ", "tɛ", "ka", "ni", "ani", "la", "kɔnɔ", "kono", "ko", "min", "fana", "bɛɛ", "bee", "kɔ", "kan", "nin",
    "tun", "mɔgɔ", "mogo", "mɔgɔw", "mogow", "u", "ma", "dɔ", "kɛra", "kera", "sɔrɔ", "soro", "y'a", "k'a",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Bambara; "marisi kalo tile 23" (23 March)
MONTHS = {
    "zanwuye": 1, "feburuye": 2, "marisi": 3, "awirili": 4, "mɛ": 5, "me": 5, "zuwɛn": 6, "zuwen": 6,
    "zuluye": 7, "uti": 8, "sɛtanburu": 9, "setanburu": 9, "ɔkutɔburu": 10, "okutoburu": 10, "nowanburu": 11,
    "desanburu": 12,
}  # fmt: skip
WEEKDAYS = {
    "tɛnɛn": 0, "tenen": 0, "tarata": 1, "araba": 2, "alamisa": 3, "juma": 4, "sibiri": 5, "kari": 6,
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("marifatigi", "bandi")
