"""Word lists shared by the extractor's modules."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTHS_BUT_MAY = tuple(m for m in MONTHS if m != "may")  # "may" is far more often the verb
# Feasts and festivals that name a gathering, never its place: "killed in Halloween crowd crush"
HOLIDAYS = (
    "halloween", "christmas", "easter", "thanksgiving", "hanukkah", "diwali", "holi", "eid", "ramadan", "passover",
    "carnival", "oktoberfest", "songkran", "nowruz", "navratri", "vesak",
)  # fmt: skip
