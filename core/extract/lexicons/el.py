"""Greek lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "el"
MATCH = "prefix"
LATIN_PLACES = False
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
}
TRIGGERS = {
    "killed": (
        "νεκρ",
        "σκοτώθηκ",
        "σκότωσ",
        "έχασαν τη ζωή",
        "έχασε τη ζωή",
        "θάνατ",
        "θανάτ",
        "θύματα",
        "νεκρών",
        "πτώματα",
        "σορούς",
        "απεβίωσ",
        "σκοτωμέν",
    ),
    "wounded": ("τραυματ",),
    "missing": ("αγνοούμεν", "αγνοείται", "αγνοούνται"),
    "displaced": ("άστεγ", "εκτοπισ", "απομακρύνθηκ"),
    "arrested": ("συνελήφθη", "συλλήψ", "συλλήφθηκ"),
}
QUALIFIERS_BEFORE = {
    "τουλάχιστον": "at_least",
    "πάνω από": "more_than",
    "περισσότεροι από": "more_than",
    "περισσότερους από": "more_than",
    "περισσότερα από": "more_than",
    "πλέον των": "more_than",
    "σχεδόν": "nearly",
    "περίπου": "about",
    "έως": "up_to",
    "μέχρι": "up_to",
}
SUBSET_BEFORE = ("ανάμεσά τους", "μεταξύ των οποίων", "εκ των οποίων", "συμπεριλαμβανομένων")
NOT_COUNTS_AFTER = (
    "ετών",
    "χρονών",
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
PROJECTION_BEFORE = ("ενδέχεται", "μπορεί να φτάσει")
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
    "πολιτική προστασία": "civil protection",
}
SOURCE_LEADING = ("ο", "η", "το", "οι", "τα", "την", "τον", "του", "της", "τα τελευταία")
