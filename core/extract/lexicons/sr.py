"""Serbian in Cyrillic letters: the words of the Croatian, Bosnian and Serbian lexicon (`hr.py`, which holds both of
Serbian's scripts), its places read as a Cyrillic script's are. The Latin-script reader of `hr` never finds a town
written 'у Београду' or 'код Ниша': a text mostly in Cyrillic letters is read by this lexicon (`SCRIPT_TWINS`,
`core.extract.language.read_as`), one mostly in Latin letters by `hr`. Country names are the index's `hr` ones (the
CLDR's hr, sr and sr_Latn: `core.places.index`)."""

from __future__ import annotations

from core.extract.lexicons.hr import ACCORDING_BEFORE as ACCORDING_BEFORE
from core.extract.lexicons.hr import CARE_WORDS as CARE_WORDS
from core.extract.lexicons.hr import COORDINATORS as COORDINATORS
from core.extract.lexicons.hr import COUNT_NOUNS as COUNT_NOUNS
from core.extract.lexicons.hr import DAYS_BACK as DAYS_BACK
from core.extract.lexicons.hr import DEAD_AND_WOUNDED as DEAD_AND_WOUNDED
from core.extract.lexicons.hr import DECIMAL as DECIMAL
from core.extract.lexicons.hr import DIGIT_GROUPS as DIGIT_GROUPS
from core.extract.lexicons.hr import EARLIER_BEFORE as EARLIER_BEFORE
from core.extract.lexicons.hr import FROM_TO as FROM_TO
from core.extract.lexicons.hr import GATHERING_WORDS as GATHERING_WORDS
from core.extract.lexicons.hr import HAZARD_FAMILIES as HAZARD_FAMILIES
from core.extract.lexicons.hr import HOME_COUNTRIES as HOME_COUNTRIES
from core.extract.lexicons.hr import INCREMENT_BEFORE as INCREMENT_BEFORE
from core.extract.lexicons.hr import INJURY_GRADES as INJURY_GRADES
from core.extract.lexicons.hr import MATCH as MATCH
from core.extract.lexicons.hr import NEGATIONS as NEGATIONS
from core.extract.lexicons.hr import NOT_COUNTS_AFTER as NOT_COUNTS_AFTER
from core.extract.lexicons.hr import NUMBER_JOINERS as NUMBER_JOINERS
from core.extract.lexicons.hr import NUMBER_WORDS as NUMBER_WORDS
from core.extract.lexicons.hr import ORDINAL_DOT as ORDINAL_DOT
from core.extract.lexicons.hr import ORIGIN_BEFORE as ORIGIN_BEFORE
from core.extract.lexicons.hr import PERPETRATORS as PERPETRATORS
from core.extract.lexicons.hr import PROJECTION_BEFORE as PROJECTION_BEFORE
from core.extract.lexicons.hr import QUALIFIERS_BEFORE as QUALIFIERS_BEFORE
from core.extract.lexicons.hr import RANGES as RANGES
from core.extract.lexicons.hr import RELATIVES as RELATIVES
from core.extract.lexicons.hr import REVISED_DOWN as REVISED_DOWN
from core.extract.lexicons.hr import SCALES as SCALES
from core.extract.lexicons.hr import SEPARABLE_TRIGGERS as SEPARABLE_TRIGGERS
from core.extract.lexicons.hr import SINCE_START as SINCE_START
from core.extract.lexicons.hr import SINGULAR_DEATHS as SINGULAR_DEATHS
from core.extract.lexicons.hr import SOURCE_LEADING as SOURCE_LEADING
from core.extract.lexicons.hr import SOURCE_NOUNS as SOURCE_NOUNS
from core.extract.lexicons.hr import SPEECH_VERBS as SPEECH_VERBS
from core.extract.lexicons.hr import STILL_IN_CARE as STILL_IN_CARE
from core.extract.lexicons.hr import SUBSET_AFTER as SUBSET_AFTER
from core.extract.lexicons.hr import SUBSET_BEFORE as SUBSET_BEFORE
from core.extract.lexicons.hr import SUPERLATIVES as SUPERLATIVES
from core.extract.lexicons.hr import TOTAL_BEFORE as TOTAL_BEFORE
from core.extract.lexicons.hr import TRIGGERS as TRIGGERS
from core.extract.lexicons.hr import UPDATE_AFTER as UPDATE_AFTER
from core.extract.lexicons.hr import UPDATE_BEFORE as UPDATE_BEFORE
from core.extract.lexicons.hr import VAGUE_QUANTITIES as VAGUE_QUANTITIES

LANGUAGE = "sr"
SCRIPT_TWINS = {"LATIN": "hr"}  # a text labelled "sr" in Latin letters is read by `hr`
LATIN_PLACES = False
LOCATIVES = ("у", "код", "близу", "крај", "поред")
# "Београду", "Саду": the endings a name has when not inflected, put back on its stem ('' for 'Београд'), and a
# last syllable's fleeting 'а' ("Крагујевцу", "Чачку": 'Крагујевац', 'Чачак')
PLACE_BASE_ENDINGS = ("", "а", "о", "е", "и", "ац", "ак")
