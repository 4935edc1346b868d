"""Hungarian lexicon (shared shape, see `es.py` for the names): data only (suffixes: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "hu"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"ezer": 1000, "millió": 1_000_000}
NUMBER_WORDS = {
    "egy": 1,
    "két": 2,
    "kettő": 2,
    "három": 3,
    "négy": 4,
    "öt": 5,
    "hat": 6,
    "hét": 7,
    "nyolc": 8,
    "kilenc": 9,
    "tíz": 10,
    "húsz": 20,
    "harminc": 30,
    "negyven": 40,
    "ötven": 50,
    "száz": 100,
}
TRIGGERS = {
    "killed": (
        "meghalt",
        "halott",
        "halálos áldozat",
        "áldozat",
        "életét vesztette",
        "életüket vesztették",
        "elhunyt",
        "halál",
        "megöl",
        "holttest",
    ),
    "wounded": ("megsebesült", "sebesült", "sérült", "megsérült"),
    "missing": ("eltűnt",),
    "displaced": ("kitelepít", "evakuál", "hajléktalan"),
    "arrested": ("letartóztat", "őrizetbe", "őrizetbe vett"),
}
QUALIFIERS_BEFORE = {
    "legalább": "at_least",
    "több mint": "more_than",
    "mintegy": "about",
    "körülbelül": "about",
    "nagyjából": "about",
    "közel": "nearly",
    "csaknem": "nearly",
    "majdnem": "nearly",
    "akár": "up_to",
}
SUBSET_BEFORE = ("köztük", "közülük", "akik közül")
NOT_COUNTS_AFTER = (
    "éves",
    "év",
    "km",
    "kilométer",
    "méter",
    "%",
    "százal",
    "óra",
    "nap",
    "perc",
    "forint",
    "dollár",
    "fok",
)
COUNT_NOUNS = ("száma",)
