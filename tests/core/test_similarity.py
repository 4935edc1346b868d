from __future__ import annotations

import json

from core.similarity import (
    FINGERPRINT_LENGTH,
    copy_similarity,
    fingerprint,
    is_near_duplicate,
    near_duplicate_groups,
    person_names,
    shared_persons,
    topic_similarity,
)

WIRE = (
    "Police said two men were wounded late Saturday when gunfire broke out outside a bar on the east side. "
    "Officers arrived to find both victims on the sidewalk; one was taken to hospital in serious condition. "
    "Investigators are asking anyone with information to call the department's tip line, and no arrests have "
    "been made so far. The mayor said the city would add patrols in the area over the coming weekend."
)
REWRITE = WIRE.replace("late Saturday", "on Saturday night").replace("The mayor said", "The mayor's office said")
OTHER = (
    "The county board approved a new budget for road repairs on Tuesday, setting aside money for bridges, "
    "potholes and bicycle lanes across the northern suburbs, after a long public hearing about property taxes."
)


def test_fingerprint_is_stable_small_and_json_safe() -> None:
    fp = fingerprint(WIRE)
    assert fp == fingerprint(WIRE)
    assert len(fp) == FINGERPRINT_LENGTH
    assert all(0 <= x < 2**32 for x in fp)
    assert tuple(json.loads(json.dumps(fp))) == fp


def test_identical_and_rewritten_copies_are_near_duplicates() -> None:
    a, b = fingerprint(WIRE), fingerprint(REWRITE)
    assert copy_similarity(a, a) == 1.0
    assert is_near_duplicate(a, b)
    assert copy_similarity(a, b) > 0.6


def test_unrelated_texts_are_not_similar() -> None:
    a, c = fingerprint(WIRE), fingerprint(OTHER)
    assert copy_similarity(a, c) < 0.1
    assert topic_similarity(a, c) < 0.2
    assert not is_near_duplicate(a, c)


def test_short_or_unknown_fingerprints_compare_as_zero() -> None:
    assert fingerprint("too short") == ()
    assert copy_similarity((), fingerprint(WIRE)) == 0.0
    assert topic_similarity((1, 2, 3), fingerprint(WIRE)) == 0.0


def test_near_duplicate_groups_are_transitive_and_sorted() -> None:
    fps = [("c", fingerprint(OTHER)), ("b", fingerprint(REWRITE)), ("a", fingerprint(WIRE)), ("d", ())]
    assert near_duplicate_groups(fps) == [["a", "b"]]


def test_near_duplicate_groups_scale_linearly() -> None:
    texts = [f"{WIRE} Story number {i} with its own closing words about item {i * 7} today." for i in range(300)]
    fps = [(str(i), fingerprint(t)) for i, t in enumerate(texts)]
    groups = near_duplicate_groups(fps)
    assert len(groups) == 1 and len(groups[0]) == 300


VICTIM_STORY = (
    "A 19-year-old woman was shot and killed outside a nightclub early Sunday. Police identified her as Benita "
    "Rowland of Marion Oaks. Rowland was a nursing student, her family said. Chief Thomas Keller said officers "
    "were looking for a gray sedan. Detectives asked anyone with video to call them."
)
FOLLOW_UP = (
    "Two men were arrested Monday in the shooting death of Benita Rowland, who was killed outside a club on "
    "Sunday. Both men are charged with murder. Rowland's mother thanked detectives for the quick arrests."
)
OTHER_CASE = (
    "A man was shot and wounded at a gas station on Friday night. Police identified the victim as Marcus Dale. "
    "Dale was taken to a hospital in stable condition. Chief Thomas Keller said the shooter fled on foot."
)


def test_person_names_are_the_victims_and_suspects_named_in_full_and_again_by_surname() -> None:
    assert person_names(VICTIM_STORY) == {"benita rowland"}
    # The chief is named in full too, but behind a title, and his surname never recurs: not the story's person.
    assert "thomas keller" not in person_names(OTHER_CASE)
    assert person_names("Police said Jordan Blake was shot on Friday.") == set()  # surname never used again


def test_reports_naming_the_same_victim_share_a_person() -> None:
    story, follow_up, other = fingerprint(VICTIM_STORY), fingerprint(FOLLOW_UP), fingerprint(OTHER_CASE)
    assert shared_persons(story, follow_up) == 1
    assert shared_persons(story, other) == 0
    assert len(story) > FINGERPRINT_LENGTH  # the sketches, then the person hashes


def test_papers_and_places_that_read_like_names_are_not_persons() -> None:
    text = (
        "A man was shot and killed on Friday, the Chicago Tribune reported. The Tribune said Marcus Dale, 24, died "
        "at the scene. Dale's family asked for privacy. Paul Kendall Jr. was charged; Kendall is held in the jail."
    )
    assert person_names(text) == {"marcus dale", "paul kendall"}
