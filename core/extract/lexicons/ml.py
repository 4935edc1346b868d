"""Malayalam lexicon (shared shape, see `es.py` for the names): data only. Endings are written onto their word and
onto digits ("100ലധികം", more than 100; "15 ആയി ഉയർന്നു", rose to 15): stems take endings (MATCH "prefix"). People
are counted with "പേർ" ("12 പേർ മരിച്ചു", 12 persons died), written onto small numbers ("മൂന്നുപേർ"); 'and' is
the ending "-ഉം" ("മരിക്കുകയും ... പരിക്കേൽക്കുകയും")."""

from __future__ import annotations

LANGUAGE = "ml"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"ആയിരം": 1000, "ആയിരത്തോളം": 1000, "ലക്ഷം": 100_000, "കോടി": 10_000_000}
NUMBER_WORDS = {
    "ഒന്ന്": 1, "രണ്ട്": 2, "മൂന്ന്": 3, "നാല്": 4, "അഞ്ച്": 5, "ആറ്": 6, "ഏഴ്": 7, "എട്ട്": 8, "ഒമ്പത്": 9,
    "പത്ത്": 10, "ഇരുപത്": 20, "മുപ്പത്": 30, "നാൽപത്": 40, "അമ്പത്": 50, "നൂറ്": 100,
    # small numbers of people as one word ("മൂന്നുപേർ മരിച്ചു", three persons died)
    "രണ്ടുപേർ": 2, "മൂന്നുപേർ": 3, "നാലുപേർ": 4, "അഞ്ചുപേർ": 5, "ആറുപേർ": 6, "ഏഴുപേർ": 7, "എട്ടുപേർ": 8,
    "ഒമ്പതുപേർ": 9, "പത്തുപേർ": 10, "രണ്ടു": 2, "മൂന്നു": 3, "നാലു": 4, "അഞ്ചു": 5, "ആറു": 6, "ഏഴു": 7,
    "എട്ടു": 8, "ഒമ്പതു": 9, "പത്തു": 10,
    # and as the object ("അഞ്ചുപേരെ കാണാതായി", five persons went missing) or the one it befell ("രണ്ടുപേർക്ക് പരിക്ക്")
    "രണ്ടുപേരെ": 2, "മൂന്നുപേരെ": 3, "നാലുപേരെ": 4, "അഞ്ചുപേരെ": 5, "ആറുപേരെ": 6, "ഏഴുപേരെ": 7, "എട്ടുപേരെ": 8,
    "പത്തുപേരെ": 10, "രണ്ടുപേർക്ക്": 2, "മൂന്നുപേർക്ക്": 3, "നാലുപേർക്ക്": 4, "അഞ്ചുപേർക്ക്": 5, "ആറുപേർക്ക്": 6,
    "പത്തുപേർക്ക്": 10,
    # one person ("ഒരാൾ മരിച്ചു", one died; "ഒരാളെ കാണാതായി", "ഒരാൾക്ക് പരിക്ക്"), and "ഒരു" (one, a) before the
    # noun ("ഒരു മത്സ്യത്തൊഴിലാളി മരിച്ചു", a fisherman died)
    "ഒരാൾ": 1, "ഒരാളെ": 1, "ഒരാൾക്ക്": 1, "ഒരു": 1,
}  # fmt: skip
# the teens ("പതിനഞ്ച്", 15) and nine as it is also written ("ഒൻപത്")
NUMBER_WORDS |= {
    "ഒൻപത്": 9, "പതിനൊന്ന്": 11, "പന്ത്രണ്ട്": 12, "പതിമൂന്ന്": 13, "പതിനാല്": 14, "പതിനഞ്ച്": 15, "പതിനാറ്": 16,
    "പതിനേഴ്": 17, "പതിനെട്ട്": 18, "പത്തൊമ്പത്": 19, "പത്തൊൻപത്": 19,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {"ഡസൻ കണക്കിന്": (12, 12, 99), "നൂറുകണക്കിന്": (100, 100, 999), "ആയിരക്കണക്കിന്": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43) and 'that took the lives'
        "കൊലപ്പെടുത്ത", "ജീവനെടുത്ത",
        # took the lives of ('... took the lives of 57'): the dead
        "ജീവനെടുത്തു", "ജീവൻ അപഹരിച്ചു", "ജീവനുകൾ അപഹരിച്ചു",
        # "12 പേർ മരിച്ചു" (12 persons died), "മരണസംഖ്യ" (the toll), "ജീവൻ നഷ്ടപ്പെട്ടു" (lost their life)
        "മരിച്ച", "മരിക്ക", "മരണ", "കൊല്ലപ്പെട്ട", "മൃതദേഹ", "ജീവൻ നഷ്ടപ്പെട്ട", "ജീവൻ പൊലിഞ്ഞ", "മുങ്ങിമരിച്ച",
        "വെന്തുമരിച്ച",
    ),
    "wounded": ("പരിക്ക", "പരുക്ക", "ആശുപത്രിയിൽ പ്രവേശിപ്പിച്ച", "ചികിത്സയിൽ"),
    "missing": ("കാണാതായ", "കാണാനില്ല"),
    "displaced": ("ഒഴിപ്പിച്ച", "ദുരിതാശ്വാസ ക്യാമ്പ", "മാറ്റിപ്പാർപ്പിച്ച", "ഭവനരഹിത", "വീട് നഷ്ടപ്പെട്ട"),
    "arrested": ("അറസ്റ്റ", "കസ്റ്റഡിയിൽ"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("മരിച്ചവരും പരിക്കേറ്റവരും",)
INJURY_GRADES = {"critical": ("അതീവ ഗുരുതര",), "severe": ("ഗുരുതര",), "light": ("നിസ്സാര",)}
COORDINATORS = ("കൂടാതെ", "അതേസമയം", "ഉം")
QUALIFIERS_BEFORE = {"കുറഞ്ഞത്": "at_least", "ചുരുങ്ങിയത്": "at_least", "ഏകദേശം": "about", "ഏതാണ്ട്": "about"}
QUALIFIERS_AFTER = {
    "ലധികം": "more_than", "ൽ അധികം": "more_than", "ൽ കൂടുതൽ": "more_than", "ൽപരം": "more_than", "ഓളം": "about",
    "ഓളം പേർ": "about",
}  # fmt: skip
# Toll verbs after the number (verb-final): "മരണസംഖ്യ 15 ആയി ഉയർന്നു" (the toll rose to 15)
UPDATE_AFTER = ("ആയി ഉയർന്നു", "ആയി ഉയര്‍ന്നു", "ആയി വർധിച്ചു")
EARLIER_BEFORE = ("ആദ്യം", "നേരത്തെ")
SUBSET_BEFORE = ("ഇവരിൽ", "ഇതിൽ", "മരിച്ചവരിൽ", "പരിക്കേറ്റവരിൽ")
NOT_COUNTS_AFTER = (
    "തവണ", "വയസ്സ്", "വയസ്", "വയസുള്ള", "വർഷ", "കിലോമീറ്റർ", "കി.മീ", "മീറ്റർ", "%", "ശതമാനം", "മണിക്കൂർ", "ദിവസ",
    "മിനിറ്റ്", "രൂപ", "വീടുകൾ", "നില",
)  # fmt: skip
COUNT_NOUNS = ("എണ്ണം", "സംഖ്യ")
ACCORDING_AFTER = ("അനുസരിച്ച്", "പ്രകാരം")
SPEECH_VERBS = ("അറിയിച്ചു", "പറഞ്ഞു", "സ്ഥിരീകരിച്ചു", "വ്യക്തമാക്കി")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "പോലീസ്": "police", "പൊലീസ്": "police", "സർക്കാർ": "government", "മന്ത്രി": "minister",
    "മുഖ്യമന്ത്രി": "chief minister", "കലക്ടർ": "collector", "കളക്ടർ": "collector", "അധികൃതർ": "authorities",
    "ഉദ്യോഗസ്ഥർ": "officials", "ആശുപത്രി": "hospital", "അഗ്നിരക്ഷാസേന": "fire brigade",
}  # fmt: skip
HOME_COUNTRIES = ("IN",)
CAPITAL_WORDS = ("തലസ്ഥാന",)
HAZARD_FAMILIES = {
    "quake": ("ഭൂകമ്പ*", "സുനാമി*"),
    "water": ("പ്രളയ*", "വെള്ളപ്പൊക്ക*", "ഉരുൾപൊട്ട*", "മണ്ണിടിച്ചിൽ*", "ചുഴലിക്കാറ്റ*", "കനത്ത മഴ*"),
    "fire": ("തീപിടിത്ത*", "തീപ്പിടിത്ത*", "സ്ഫോടന*"),
    "air": ("വിമാന*", "ഹെലികോപ്റ്റർ*"),
    "rail": ("ട്രെയിൻ*", "തീവണ്ടി*"),
    "road": ("ബസ്*", "ലോറി*", "വാഹനാപകട*", "കാർ അപകട*"),
    "ship": ("ബോട്ട്*", "വള്ളം*", "കപ്പൽ*"),
    "attack": ("ആക്രമണ*", "വെടിവയ്പ*", "വെടിവെപ്പ*", "ബോംബ*", "ഭീകരാക്രമണ*"),
    "crowd": ("തിക്കിലും തിരക്കിലും*", "തിക്കും തിരക്കും*"),
    "collapse": ("തകർന്നുവീണ*", "ഇടിഞ്ഞുവീണ*"),
}  # fmt: skip
