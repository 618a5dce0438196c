"""Urgent-sign detection, as a frightened patient, a carer or an editor would notice it."""

from __future__ import annotations

import pytest

from patientfaq.engine.urgent import (
    DEFAULT_SIGNS,
    PhraseError,
    UrgentSign,
    compile_signs,
    default_detector,
    parse_phrases,
    validate_phrase,
)


def fired(text: str, language: str = "en") -> set[str]:
    return {hit.key for hit in default_detector(language).find(text)}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my husband's seizure won't stop", "prolonged_seizure"),
        ("she has been fitting for over 5 minutes", "prolonged_seizure"),
        ("he is having one fit after another", "prolonged_seizure"),
        ("mum's face is drooping and she can't lift her arm", "stroke"),
        ("his speech is slurred all of a sudden", "stroke"),
        ("sudden numbness down one side of her body", "stroke"),
        ("he can't breathe", "breathing"),
        ("my son is choking on a grape", "breathing"),
        ("she passed out and is not responding", "collapse"),
        ("he won't wake up after the seizure", "collapse"),
        ("I can't go on", "suicide_self_harm"),
        ("I want to end it all", "suicide_self_harm"),
        ("I keep wanting to hurt myself", "suicide_self_harm"),
        ("I took too many pills", "overdose"),
        ("fever and a stiff neck since this morning", "meningitis"),
        ("a rash that doesn't fade under a glass", "meningitis"),
        ("high temperature and suddenly very confused", "meningitis"),
        ("high fever and rigid muscles since the new medicine", "medicine_reaction"),
        ("the baby is floppy and not responding", "floppy_baby"),
    ],
)
def test_each_sign_fires_on_lay_words(text: str, sign: str) -> None:
    assert sign in fired(text)


def test_no_trouble_breathing_is_not_urgent() -> None:
    assert fired("no trouble breathing, just a cough") == set()


def test_not_unresponsive_is_not_urgent() -> None:
    assert fired("he is not unresponsive, just sleepy") == set()


def test_stiff_neck_without_fever_is_not_urgent() -> None:
    assert fired("stiff neck without fever after sleeping badly") == set()


def test_negation_reaches_only_its_own_clause() -> None:
    assert "breathing" in fired("no fever, but he is struggling to breathe")


def test_negative_words_inside_the_phrase_still_count() -> None:
    assert "breathing" in fired("she is not breathing")


@pytest.mark.parametrize(
    "text",
    [
        "what is a seizure?",
        "my seizures are controlled, can I drive?",
        "can stress cause seizures",
        "what does a stroke look like on MRI",
        "is suicide risk higher with this medicine",
        "what is status epilepticus",
        "I can't go on holiday because of my seizures",
        "I used to self harm as a teenager, can I give blood?",
        "my dad had a stroke two years ago, can he take aspirin?",
    ],
)
def test_near_misses_are_not_urgent(text: str) -> None:
    assert fired(text) == set()


def test_a_general_question_turns_urgent_when_someone_asks_what_to_do() -> None:
    assert fired("can a seizure that won't stop cause damage?") == set()
    assert "prolonged_seizure" in fired("what should I do, the seizure won't stop")


@pytest.mark.parametrize("text", ["my son's siezure won't stop", "his seisure won't stop"])
def test_misspelled_seizure_still_fires(text: str) -> None:
    assert "prolonged_seizure" in fired(text)


def test_misspelled_breathing_still_fires() -> None:
    assert "breathing" in fired("trouble breething since this morning")


def test_never_is_not_read_as_a_misspelled_fever() -> None:
    assert fired("I never get a stiff neck") == set()


def test_urgent_sentence_buried_in_a_long_narrative_fires() -> None:
    story = (
        "We have managed my husband's epilepsy for years and the clinic is happy with him. "
        "Last month we asked about driving and read your leaflet on sleep. "
        * 20
        + "Today he had a seizure at lunch and now he won't wake up. "
        + "Also, is there a support group near us?"
    )
    assert "collapse" in fired(story)


def test_a_message_longer_than_the_limit_keeps_its_ending() -> None:
    story = "I have questions about my tablets and my diet. " * 300 + "I want to end it all."
    assert "suicide_self_harm" in fired(story)


def test_spanish_and_french_signs_fire() -> None:
    assert "breathing" in fired("no puede respirar", "es")
    assert fired("no tiene fiebre ni el cuello rígido", "es") == set()
    assert "prolonged_seizure" in fired("la crise de mon fils ne s'arrête pas", "fr")
    assert fired("il n'est pas inconscient", "fr") == set()


def test_every_language_has_the_same_signs() -> None:
    keys = [sign.key for sign in DEFAULT_SIGNS["en"]]
    for language in ("es", "fr"):
        assert [sign.key for sign in DEFAULT_SIGNS[language]] == keys


def test_an_unknown_language_falls_back_to_english() -> None:
    assert "breathing" in fired("he can't breathe", "de")


def test_editor_added_phrase_fires_with_matched_words() -> None:
    sign = UrgentSign(
        "sepsis",
        "Possible sepsis",
        parse_phrases("# added by an editor\nmottled|blotchy skin + fever*\n\n"),
    )
    detector = compile_signs([sign])
    hits = detector.find("she has mottled skin and a fever")
    assert [(hit.key, hit.matched) for hit in hits] == [("sepsis", "mottled skin ... fever")]


def test_editor_exception_line_silences_its_words() -> None:
    sign = UrgentSign("fall", "A bad fall", ("fell down|over", "-fell down stairs"))
    detector = compile_signs([sign])
    assert detector.is_urgent("she fell over in the garden")
    assert not detector.is_urgent("she fell down the stairs last year")


def test_explain_says_why_a_match_does_not_count() -> None:
    hits = default_detector().explain("no trouble breathing")
    assert [hit.ignored for hit in hits] == ['negated by "no"']


def test_parse_phrases_drops_blanks_comments_and_repeats() -> None:
    assert parse_phrases("a b\n\n  # note\na   b\nc") == ("a b", "c")


@pytest.mark.parametrize(
    ("phrase", "words_in_message"),
    [
        ("", "empty"),
        ("fever + ", '"+"'),
        ("fit|", '"|"'),
        ('"not breathing', "Quotes"),
        ("se*zure", '"*"'),
        ("-", '"-"'),
        ("won't|can't stop", None),
    ],
)
def test_malformed_phrase_gives_a_clear_error(phrase: str, words_in_message: str | None) -> None:
    message = validate_phrase(phrase)
    if words_in_message is None:
        assert message is None
    else:
        assert message and words_in_message in message


def test_compile_names_the_sign_with_the_bad_phrase() -> None:
    with pytest.raises(PhraseError, match="Possible sepsis"):
        compile_signs([UrgentSign("sepsis", "Possible sepsis", ("fever +",))])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\xff\ufffd" * 50,
        "😱🚑" * 100,
        "لا يستطيع التنفس",
        "他不能呼吸",
        "<script>alert(1)</script>" * 1000,
        "a" * 1_000_000,
        "9" * 5000,
        None,
        b"\xff\xfe binary",
        12345,
    ],
)
def test_bad_input_never_raises(text: object) -> None:
    assert default_detector().find(text) == []  # type: ignore[arg-type]


def test_html_is_stripped_before_matching() -> None:
    assert "breathing" in fired("<p>he <b>can't</b> breathe</p>")
