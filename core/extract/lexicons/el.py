"""Greek lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "el"
MATCH = "prefix"
LATIN_PLACES = False
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"χιλιάδες": 1000, "χιλ.": 1000, "εκατομμύρια": 1_000_000}
NUMBER_WORDS = {
    "ένας": 1,
    "μία": 1,
    "μια": 1,
    "δύο": 2,
    "τρεις": 3,
    "τρία": 3,
    "τέσσερις": 4,
    "τέσσερα": 4,
    "πέντε": 5,
    "έξι": 6,
    "επτά": 7,
    "εφτά": 7,
    "οκτώ": 8,
    "οχτώ": 8,
    "εννέα": 9,
    "δέκα": 10,
    "είκοσι": 20,
    "τριάντα": 30,
    "σαράντα": 40,
    "πενήντα": 50,
    "εκατό": 100,
    "εκατόν": 100,  # before the tens and units: "εκατόν πενήντα" (150)
    "ένα": 1,
    "εννιά": 9,
    "τριών": 3,
    "τεσσάρων": 4,
    "έντεκα": 11,
    "ένδεκα": 11,
    "δώδεκα": 12,
    "δεκατρία": 13,
    "δεκατρείς": 13,
    "δεκατέσσερα": 14,
    "δεκατέσσερις": 14,
    "δεκαπέντε": 15,
    "δεκαέξι": 16,
    "δεκάξι": 16,
    "δεκαεπτά": 17,
    "δεκαεφτά": 17,
    "δεκαοκτώ": 18,
    "δεκαοχτώ": 18,
    "δεκαεννέα": 19,
    "δεκαεννιά": 19,
    "εξήντα": 60,
    "εβδομήντα": 70,
    "ογδόντα": 80,
    "ενενήντα": 90,
    "διακόσιοι": 200,
    "διακόσιες": 200,
    "διακόσια": 200,
    "τριακόσιοι": 300,
    "τριακόσιες": 300,
    "τριακόσια": 300,
    "τετρακόσιοι": 400,
    "τετρακόσιες": 400,
    "τετρακόσια": 400,
    "πεντακόσιοι": 500,
    "πεντακόσιες": 500,
    "πεντακόσια": 500,
    "χίλιοι": 1000,
    "χίλιες": 1000,
    "χίλια": 1000,
    # the genitive ("τον θάνατο δεκατριών ανθρώπων", "διακοσίων επιβατών") and the hundreds from 600
    "δεκατριών": 13, "δεκατεσσάρων": 14, "διακοσίων": 200, "τριακοσίων": 300, "τετρακοσίων": 400,
    "πεντακοσίων": 500, "χιλίων": 1000,
    "εξακόσιοι": 600, "εξακόσιες": 600, "εξακόσια": 600, "εξακοσίων": 600,
    "επτακόσιοι": 700, "επτακόσιες": 700, "επτακόσια": 700, "επτακοσίων": 700,
    "εφτακόσιοι": 700, "εφτακόσιες": 700, "εφτακόσια": 700,
    "οκτακόσιοι": 800, "οκτακόσιες": 800, "οκτακόσια": 800, "οκτακοσίων": 800,
    "οχτακόσιοι": 800, "οχτακόσιες": 800, "οχτακόσια": 800,
    "εννιακόσιοι": 900, "εννιακόσιες": 900, "εννιακόσια": 900, "εννιακοσίων": 900,
    "εννεακόσιοι": 900, "εννεακόσιες": 900, "εννεακόσια": 900,
    # the masculine accusative ("σε περισσότερους από εξακόσιους ανθρώπους")
    "διακόσιους": 200, "τριακόσιους": 300, "τετρακόσιους": 400, "πεντακόσιους": 500, "εξακόσιους": 600,
    "επτακόσιους": 700, "εφτακόσιους": 700, "οκτακόσιους": 800, "οχτακόσιους": 800, "εννιακόσιους": 900,
    "εννεακόσιους": 900, "χίλιους": 1000,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "δεκάδες": (12, 12, 99),
    "δεκάδων": (12, 12, 99),
    "εκατοντάδες": (100, 100, 999),
    "εκατοντάδων": (100, 100, 999),
    "χιλιάδες": (1000, 1000, 9999),
    "χιλιάδων": (1000, 1000, 9999),
    "δεκάδες χιλιάδες": (10_000, 10_000, 99_999),
    "εκατοντάδες χιλιάδες": (100_000, 100_000, 999_999),
    "μερικές εκατοντάδες": (100, 100, 999),
    "αρκετές εκατοντάδες": (100, 100, 999),
    "μερικές χιλιάδες": (1000, 1000, 9999),
}
TRIGGERS = {
    "killed": (
        "νεκρ",
        "σκοτώθηκ",
        "σκότωσ",
        "έχασαν τη ζωή",
        "έχασε τη ζωή",
        "χάσει τη ζωή",  # the perfect: "έχει χάσει τη ζωή του", "έχουν χάσει τη ζωή τους"
        "θάνατ",
        "θανάτ",
        "θύματα",
        "θυμάτων",  # "ο αριθμός των θυμάτων έφτασε τους 57"
        "νεκρών",
        "πτώματα",
        "σορούς",
        "απεβίωσ",
        "σκοτωμέν",
        "στοίχισε τη ζωή",
        "στοιχίσει τη ζωή",
        "κόστισε τη ζωή",
        "πέθαν",
        "σορ",
        "πνίγηκ",
        "πνιγμέν",
        # a headline's present ("Σκοτώνεται οδηγός", "Χάνει τη ζωή του 45χρονος")
        "σκοτώνετ",
        "πεθαίν",
        "χάνει τη ζωή",
        "χάνουν τη ζωή",
    ),
    "wounded": (
        "τραυματ",
        "τραυμάτισ",  # the active verb's accent moves: "τραυμάτισε 21", "τραυμάτισαν"
        "μεταφέρθηκαν στο νοσοκομείο",
        "διακομίστηκαν στο νοσοκομείο",
        "στο νοσοκομείο μεταφέρθηκαν",  # the hospital fronted: "Στο νοσοκομείο μεταφέρθηκαν 12 άτομα"
        "στο νοσοκομείο διακομίστηκαν",
        "νοσηλεύ",
    ),
    "missing": ("αγνοούμεν", "αγνοείται", "αγνοούνται"),
    "displaced": ("άστεγ", "εκτοπισ", "απομακρύνθηκ",
        # "1.000 άνθρωποι αναγκάστηκαν να εγκαταλείψουν τα σπίτια τους": those who had to leave their homes
        "εγκαταλείψουν τα σπίτια", "εγκατέλειψαν τα σπίτια",
    ),
    "arrested": ("συνελήφθη", "συλλήψ", "συλλήφθηκ"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "νεκροί και τραυματίες", "νεκρών και τραυματιών", "νεκροί ή τραυματίες", "νεκρούς και τραυματίες",
    "σκοτώθηκαν ή τραυματίστηκαν", "σκοτώθηκαν και τραυματίστηκαν",
    "νεκροί και αγνοούμενοι",
    "νεκροί ή αγνοούμενοι",
    "νεκρών και αγνοουμένων",
)  # fmt: skip
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("κρίσιμ", "σε κρίσιμη κατάσταση"),
    "severe": ("σοβαρ", "βαριά", "βαρι"),
    "light": ("ελαφρ", "ελαφριά"),
}
COORDINATORS = ("και", "ενώ")
# A verb's singular form, one dead ("ο οδηγός σκοτώθηκε", the driver was killed), and the negations before it
SINGULAR_DEATHS = ("σκοτώθηκε", "πέθανε", "έχασε τη ζωή", "σκοτώνεται", "πεθαίνει", "χάνει τη ζωή")
# A hurt verb's own singular form ("ο οδηγός τραυματίστηκε σοβαρά"): one hurt
SINGULAR_HURT_VERBS = ("τραυματίστηκε", "τραυματίζεται")
NEGATIONS = ("δεν", "κανείς", "κανένας", "καμία")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("μεταξύ", "και", ""),
    ("από", "έως", ""),
    ("από", "ως", ""),
)
# after the number: a toll that passed it, fronted ("Στους 20.000 ξεπέρασαν οι νεκροί")
QUALIFIERS_AFTER = {"ξεπέρασαν": "more_than", "ξεπερνούν": "more_than", "ξεπέρασε": "more_than", "ξεπερνά": "more_than"}
QUALIFIERS_BEFORE = {
    "τουλάχιστον": "at_least",
    "πάνω από": "more_than",
    "περισσότεροι από": "more_than",
    "περισσότερους από": "more_than",
    "περισσότερα από": "more_than",
    "πλέον των": "more_than",
    "σχεδόν": "nearly",
    "περίπου": "about",
    "γύρω στους": "about",
    "γύρω στις": "about",
    "γύρω στα": "about",
    "κοντά στους": "nearly",
    "κοντά στις": "nearly",
    "κοντά στα": "nearly",
    "έως": "up_to",
    "μέχρι": "up_to",
    "ξεπερνούν τους": "more_than",
    "ξεπερνούν τις": "more_than",
    "ξεπερνούν τα": "more_than",
    "ξεπέρασαν τους": "more_than",
    "ξεπέρασαν τις": "more_than",
    "ξεπέρασαν τα": "more_than",
    "ξεπερνά τους": "more_than",
    "ξεπερνά τις": "more_than",
    "ξεπερνά τα": "more_than",
    "ξεπέρασε τους": "more_than",
    "ξεπέρασε τις": "more_than",
    "ξεπέρασε τα": "more_than",
    "ξεπερνούν": "more_than",
    "ξεπέρασαν": "more_than",
    "ξεπερνά": "more_than",
    "ξεπέρασε": "more_than",
}
# Toll verbs before the number: the number after them is the toll's latest update
UPDATE_BEFORE = (
    # the figure told on after an earlier one ("έκανε λόγο για 10 νεκρούς, τώρα είναι 13")
    "τώρα είναι", "πλέον είναι", "είναι πλέον",
    "αυξήθηκ",
    "ανέρχ",
    "ανήλθ",
    "έφτασ",
    "φτάνει",
    "φθάνει",
    "ανέβηκ",
    "ανεβαίνει",
    "αυξάνεται",
)
# The toll verb after the fronted number ("Στους 17 έφτασε ο αριθμός των νεκρών"): the number is the update
UPDATE_AFTER = ("έφτασ", "ανήλθ", "ανέρχ", "αυξήθηκ")
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "αναθεώρησαν", "αναθεώρησε", "διόρθωσαν",  # a revision to a smaller figure is one down
    "προς τα κάτω",
    "μειώθηκ",
    "αναθεωρήθηκε προς τα κάτω",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "αρχικά",
    "προηγουμένως",
    "νωρίτερα",
    "αρχικώς",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "τρομοκράτ",
    "ένοπλ",  # armed men ("δύο ένοπλοι σκότωσαν")
    "δράστ",
    "καμικάζι",
)
# A toll noun alone counts the dead ('الحصيلة ارتفعت إلى 46')
TOLL_NOUNS = ("απολογισμ",)
SUBSET_BEFORE = ("ανάμεσά τους", "μεταξύ των οποίων", "εκ των οποίων", "συμπεριλαμβανομένων")
NOT_COUNTS_AFTER = (
    # "στις 5 το πρωί", "σε 2 βάρδιες": a clock time, a shift, no count of people
    "το πρωί", "το απόγευμα", "το βράδυ", "βάρδιες",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "νοσοκομεία", "νοσοκομείων", "νοσοκομείο",
    "ετών",
    "χρονών",
    "χρον",  # "ένας 45χρονος", "η 30χρονη": an age written onto the number
    "χρόνια",
    "χλμ",
    "χιλιόμετρα",
    "μέτρα",
    "%",
    "τοις εκατό",
    "ώρες",
    "ημέρες",
    "ευρώ",
    "ρίχτερ",
    "δολάρια",
)
COUNT_NOUNS = ("αριθμός", "απολογισμός")
# "their number", "the number" with no kind after it, told on after a kind named ("Αρχικά είχαν αναφερθεί 4 νεκροί,
# ο αριθμός αυξήθηκε σε 6")
COUNT_ANAPHORS = (
    "αναθεώρησαν τον αριθμό σε", "αναθεώρησε τον αριθμό σε", "διόρθωσαν τον αριθμό σε",
    "ο αριθμός τους", "ο αριθμός αυξήθηκε", "ο αριθμός ανήλθε", "ο αριθμός έφτασε", "ο αριθμός αυτός",
    # the number or the toll told on in a later sentence ("Τώρα ο αριθμός ανέβηκε στους 15")
    "ο αριθμός ανέβηκε", "ο αριθμός ανεβαίνει", "ο αριθμός φτάνει", "ο απολογισμός αυξήθηκε", "ο απολογισμός ανέβηκε",
)  # fmt: skip
PROJECTION_BEFORE = ("ενδέχεται", "μπορεί να φτάσει", "αναμένεται", "φοβούνται ότι", "φόβοι ότι", "πιθανόν να")
FROM_TO = (("από", "σε"),)  # "from N to M": N is superseded
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("σύμφωνα με", "κατά", "όπως ανακοίνωσε", "όπως μετέδωσε")
SPEECH_VERBS = ("δήλωσε", "ανακοίνωσε", "είπε", "ανέφερε", "μετέδωσε", "επιβεβαίωσε", "ανέφεραν", "δήλωσαν")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "υπουργείο": "ministry",
    "υπουργός": "minister",
    "κυβέρνηση": "government",
    "αρχές": "authorities",
    "αστυνομία": "police",
    "πυροσβεστική": "fire service",
    "δήμαρχος": "mayor",
    "κυβερνήτης": "governor",
    "εκπρόσωπος": "spokesperson",
    "πρόεδρος": "president",
    "πρακτορείο": "agency",
    "διασώστες": "rescuers",
    "στοιχεία": "figures",
    "μμε": "media",
    "κρατικ": "state media",
}
# ... and one named by its whole phrase only: 'πολιτική' alone is an adjective, and Πολιτικά a village (Evia)
SOURCE_PHRASES = {"πολιτική προστασία": "civil protection"}
SOURCE_LEADING = ("ο", "η", "το", "οι", "τα", "την", "τον", "του", "της", "τα τελευταία")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("GR", "CY")
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("σε όλη τη χώρα",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("που", "οι οποίοι")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "από την έναρξη του πολέμου",
    "από την αρχή του πολέμου",
    "από την αρχή του έτους",
    "από την αρχή της χρονιάς",
    "από την αρχή του χρόνου",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "πιο φονικ",
    "πιο αιματηρ",
    "χειρότερ",
)
# Places (core.extract.world_places): a name's ending when not inflected ("στον Βόλο": Βόλος)
PLACE_BASE_ENDINGS = ("ς",)
# Places (core.extract.world_places): locative words, before a name or after it ('στο Λονδίνο'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES = ("στη", "στην", "στο", "στον", "στα", "σε")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = (
    "παραμένουν",
    "παραμένει",
    "ακόμη",
    "ακόμα",
    "εξακολουθούν",
    "αυτή τη στιγμή",
)
CARE_WORDS = (
    "νοσοκομεί",
    "νοσηλεύ",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("σεισμ*", "τσουνάμι"),
    "water": (
        "πλημμύρ*", "καταιγίδ*", "κακοκαιρί*", "τυφών*", "κυκλών*", "κατολίσθ*", "χιονοστιβάδ*", "χαλάζι", "θεομηνί*",
        "νεροποντ*", "λασποροή*", "ανεμοστρόβιλ*", "κατολισθήσεις", "πλημμύρες", "φράγμα",
    ),
    "fire": ("πυρκαγι*", "φωτιά", "φωτιές", "έκρηξη", "εκρήξ*", "πυρκαϊ*", "φλόγες", "πυρκαγιές", "δασική πυρκαγιά"),
    "air": ("αεροπλάν*", "αεροσκάφ*", "ελικόπτερ*", "αεροπορικ*"),
    "rail": ("τρένο", "τρένα", "σιδηροδρομ*", "εκτροχιασ*", "αμαξοστοιχ*"),
    "road": ("λεωφορεί*", "φορτηγ*", "τροχαί*", "καραμπόλ*", "μετωπική*", "τροχαίο*", "αυτοκινητόδρομ*"),
    "ship": (
        "πλοίο", "πλοία", "ναυάγι*", "φέρι", "σκάφος", "βύθισ*", "βυθίσ*", "βυθισ*", "σκάφη", "λέμβο*",
        "αναποδογύρισε",
    ),
    "attack": (
        "επίθεσ*", "επιθέσ*", "βόμβ*", "βομβ*", "πυροβολισμ*", "τρομοκρατ*", "πύραυλ*", "ρουκέτ*", "έκρηξη", "εκρήξ*",
        "ενέδρα", "ενέδρες", "πυροβόλησ*", "μακελει*", "σφαγή", "πλήγμα*", "επιδρομ*", "ένοπλη επίθεση",
        "τζιχαντιστ*", "τρομοκράτ*",
    ),
    "crowd": ("ποδοπάτημ*", "ταραχές", "εξέγερσ*", "συνωστισμ*"),
    "collapse": ("κατάρρευσ*", "κατέρρευσ*", "κατέρρευσε", "καταρρ*"),
    "mine": ("ορυχεί*", "*ορυχείο", "μεταλλωρύχ*", "ανθρακωρύχ*"),
    "weather": (
        "κεραυν*", "καύσων*", "καύσωνα*", "καταιγίδ*", "κακοκαιρί*", "ψύχος", "παγετ*", "ζέστη",
        "υψηλές θερμοκρασίες", "κεραυνός", "κεραυνό",
    ),
    "volcano": ("ηφαίστει*", "ηφαιστει*", "λάβα", "έκρηξη ηφαιστείου"),
}  # fmt: skip
# places GeoNames has no Greek name for, as English news names them, and their country (the reader's endings find
# 'Τεμπών', the genitive)
PLACE_NAMES = {"Τέμπη": ("Tempi", "GR")}
# 'Last' beside a weekday ('την περασμένη Δευτέρα'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("περασμένη", "περασμένης", "περασμένο")
PAST_PERFECT = ("είχε", "είχαν")  # "Το 2018 η φωτιά είχε στοιχίσει τη ζωή σε 104"
LAST_YEAR = ("πέρυσι", "πέρσι", "την περασμένη χρονιά", "πριν από ένα χρόνο")  # dates a past-perfect sentence

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# ημέρες νωρίτερα", "# μέρες νωρίτερα", "πριν από # ημέρες", "πριν από # μέρες", "πριν από μία εβδομάδα",
    "πριν από έναν μήνα", "μία εβδομάδα νωρίτερα", "μια εβδομάδα νωρίτερα", "την περασμένη εβδομάδα",
    "τον περασμένο μήνα", "την προηγούμενη ημέρα", "την προηγουμένη",
)  # fmt: skip
# A singular verb counts one, never a number after it ("πέθανε ... δύο περαστικοί": world_binding)
SINGULAR_VERB_AGREES = True
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Duizenden mensen woonden de begrafenis van de doden bij"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("των",)
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("κανείς", "κανένας", "καμία")
