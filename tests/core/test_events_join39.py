"""Grouping (round 32), the joined side: a decoy that recalls the main event's toll, a decoy of the same country
and day told in another kind of disaster's words; sentences of our own."""

from __future__ import annotations

from core.events.hazards import headline_hazards

# ---------------------------------------------------------------------------------------------------------
# A German headline names the quake at the start of a compound ("Erdbebenopfer", the quake's victims)


def test_a_german_compound_that_starts_with_the_quake_names_the_quake() -> None:
    assert "quake" in headline_hazards("Zahl der Erdbebenopfer auf Flores steigt auf 64")
    assert "quake" in headline_hazards("Erdbebengebiet: Helfer suchen nach Verschütteten")
    assert "quake" in headline_hazards("Neues Seebeben vor der Küste")  # (the end of a compound, as before)
