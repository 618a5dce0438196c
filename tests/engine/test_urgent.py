"""Urgent-sign detection, as a frightened patient, a carer or an editor would notice it."""

from __future__ import annotations

import pytest

from patientfaq.engine.urgent import (
    DEFAULT_SIGNS,
    LANGUAGES,
    SIGNS_DIR,
    PhraseError,
    SignFileError,
    UrgentSign,
    _clean,
    _tokens,
    compile_signs,
    default_detector,
    find_with_english,
    format_signs,
    load_sign_files,
    parse_phrases,
    read_sign_file,
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
    assert set(DEFAULT_SIGNS) == set(LANGUAGES) == {"en", "es", "fr", "de", "pt", "ar"}
    for language in DEFAULT_SIGNS:
        assert [sign.key for sign in DEFAULT_SIGNS[language]] == keys
        assert all(sign.label and sign.phrases for sign in DEFAULT_SIGNS[language])
        compile_signs(DEFAULT_SIGNS[language], language)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert "breathing" in fired("he can't breathe", "nl")


def test_a_negative_word_of_one_part_does_not_cancel_the_next_part() -> None:
    # "not|unable lift + arm": the "not" belongs to the phrase, not to "arm".
    assert "stroke" in fired("he can't lift his arm")
    assert fired("no trouble lifting his arm") == set()


# German, Portuguese and Arabic: the phrasings that first showed the gap, where the negative
# word is part of the emergency, then each sign in lay words.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ich bekomme keine Luft", "de"),
        ("er hat keinen Atem mehr, kein Atem", "de"),
        ("não consigo respirar", "pt"),
        ("ele não está respirando", "pt"),
        ("لا أستطيع التنفس", "ar"),
        ("ابني مش قادر يتنفس", "ar"),
    ],
)
def test_not_breathing_in_german_portuguese_and_arabic(text: str, language: str) -> None:
    assert "breathing" in fired(text, language)


@pytest.mark.parametrize(
    ("text", "language", "sign"),
    [
        ("der Krampfanfall meines Sohnes hört nicht auf", "de", "prolonged_seizure"),
        ("ein Anfall nach dem anderen", "de", "prolonged_seizure"),
        ("Mamas Mundwinkel hängt plötzlich und sie kann den Arm nicht heben", "de", "stroke"),
        ("mein Mann spricht auf einmal ganz verwaschen", "de", "stroke"),
        ("er ist zusammengebrochen und reagiert nicht mehr", "de", "collapse"),
        ("ich will nicht mehr leben", "de", "suicide_self_harm"),
        ("sie hat die ganze Packung Tabletten geschluckt", "de", "overdose"),
        ("hohes Fieber und ein steifer Nacken", "de", "meningitis"),
        ("Fieber und die Muskeln sind ganz starr", "de", "medicine_reaction"),
        ("das Baby ist ganz schlaff und reagiert nicht", "de", "floppy_baby"),
        ("a convulsão do meu filho não para", "pt", "prolonged_seizure"),
        ("minha mãe está com a boca torta", "pt", "stroke"),
        ("meu pai está com a fala enrolada", "pt", "stroke"),
        ("meu marido desmaiou e não responde", "pt", "collapse"),
        ("quero morrer", "pt", "suicide_self_harm"),
        ("ele tomou remédio demais", "pt", "overdose"),
        ("febre alta e pescoço duro", "pt", "meningitis"),
        ("febre alta e os músculos rígidos", "pt", "medicine_reaction"),
        ("o bebê está molinho e não reage", "pt", "floppy_baby"),
        ("نوبة الصرع عند ابني لا تتوقف", "ar", "prolonged_seizure"),
        ("وجه أمي مائل فجأة", "ar", "stroke"),
        ("أبي فقد الوعي", "ar", "collapse"),
        ("عندي أفكار انتحارية", "ar", "suicide_self_harm"),
        ("أخذ جرعة زائدة من الدواء", "ar", "overdose"),
        ("حمى شديدة وتيبس في الرقبة", "ar", "meningitis"),
        ("حمى شديدة وعضلاته متيبسة", "ar", "medicine_reaction"),
        ("الرضيع رخو ولا يستجيب", "ar", "floppy_baby"),
    ],
)
def test_german_portuguese_and_arabic_signs_fire(text: str, language: str, sign: str) -> None:
    assert sign in fired(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Er hat keine Atemnot, nur Husten", "de"),
        ("Kein Fieber und der Nacken ist nicht steif", "de"),
        ("Sie ist nicht bewusstlos, nur müde", "de"),
        ("não tenho falta de ar, só tosse", "pt"),
        ("não tem febre nem pescoço duro", "pt"),
        ("ele não está inconsciente, só com sono", "pt"),
        ("لا يوجد ضيق في التنفس، فقط سعال", "ar"),
        ("ليس عنده حمى ولا تيبس في الرقبة", "ar"),
        ("هو ليس فاقد الوعي، فقط نعسان", "ar"),
    ],
)
def test_negated_signs_in_german_portuguese_and_arabic(text: str, language: str) -> None:
    assert fired(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Was ist ein Krampfanfall?", "de"),
        ("Meine Anfälle sind gut eingestellt, darf ich Auto fahren?", "de"),
        ("Mein Vater hatte vor zwei Jahren einen Schlaganfall", "de"),
        ("Stirbt man an einem Status epilepticus?", "de"),
        ("Ich habe Angst, dass mein Kind erstickt", "de"),
        ("Ich kann wegen meiner Anfälle nicht mehr Auto fahren", "de"),
        ("Ich habe die Tabletten ganz normal genommen", "de"),
        ("o que é uma convulsão?", "pt"),
        ("é normal sentir falta de ar depois de subir escada?", "pt"),
        ("meu pai teve um AVC há dois anos", "pt"),
        ("minha crise de ansiedade não passa", "pt"),
        ("não aguento mais essa dor de cabeça", "pt"),
        ("ela não responde minhas mensagens", "pt"),
        ("ما هي نوبة الصرع؟", "ar"),
        ("ما هي أعراض الجرعة الزائدة؟", "ar"),
        ("هل يزيد هذا الدواء خطر الانتحار؟", "ar"),
        ("أخاف أن يختنق طفلي أثناء الأكل", "ar"),
        ("أصيب والدي بجلطة دماغية قبل سنتين", "ar"),
        ("ابني لا يستجيب للعلاج الجديد", "ar"),
    ],
)
def test_near_misses_in_german_portuguese_and_arabic(text: str, language: str) -> None:
    assert fired(text, language) == set()


def test_arabic_spelling_variants_are_read_alike() -> None:
    # Diacritics and shadda, tatweel, hamza on alef, alef maqsura for yaa, the lam-alef
    # ligature and Arabic-Indic digits all give the same words as plain spelling.
    for text in (
        "ابني لا يتنفّس",
        "ابني لا يتنفـــس",
        "ﻻ يتنفس",
        "إبني فاقد الوعى",
    ):
        assert fired(text, "ar"), text
    assert "prolonged_seizure" in fired("النوبة مستمرة منذ ١٠ دقائق", "ar")
    assert "prolonged_seizure" in fired("النوبه مستمره منذ 10 دقايق", "ar")


def test_arabic_and_is_a_fresh_start_for_negation() -> None:
    # "wa-" joined to the word ends the reach of the "ليس" before it, as "and" does in English.
    assert "breathing" in fired("ليس عنده حمى ويتنفس بصعوبة", "ar")
    assert "breathing" in fired("ليس عنده حمى ولا يتنفس", "ar")


def test_arabic_script_is_not_read_by_the_latin_languages() -> None:
    for language in ("en", "es", "fr", "de", "pt"):
        assert fired("لا أستطيع التنفس", language) == set()


def test_language_word_lists_are_written_as_messages_are_cleaned() -> None:
    # A word list entry that cleaning would change could never match a message (Arabic ones are
    # written without hamza on alef, with "ه" for taa marbuta and "ي" for alef maqsura).
    for code in ("de", "pt", "ar"):
        language = LANGUAGES[code]
        words = (
            language.negations
            | language.negation_stops
            | language.clause_breaks
            | language.question_openers
            | language.personal
            | language.common_words
            | language.fillers
            | set(language.numbers)
        )
        for phrase in language.asking_for_help + language.question_opener_phrases:
            words |= set(phrase) - {"*"}
        for word in words:
            assert _tokens(_clean(word, language), language) in (
                [word],
                [language.numbers.get(word)],
            ), (code, word)


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


# A clinician edits a sign file and gets told exactly where a mistake is.

_GOOD_FILE = '''[words]
negations = "no not"
negation_stops = "and"
clause_breaks = "but"
question_openers = "what how"
personal = "i my"
asking_for_help = """
what do i do
help
"""

[words.numbers]
five = 5

[[signs]]
key = "breathing"
label = "Trouble breathing"
phrases = """
not breath*
chok*
"""

[wording]
label = "Words that can describe an emergency"
'''


def _write(tmp_path, text: str, name: str = "en.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_sign_file_reads_as_a_working_detector(tmp_path) -> None:
    language, signs = read_sign_file(_write(tmp_path, _GOOD_FILE))
    assert [s.key for s in signs] == ["breathing"]
    assert language.numbers == {"five": "5"}
    assert compile_signs(signs).is_urgent("my son is choking")


@pytest.mark.parametrize(
    ("change", "line", "words_in_message"),
    [
        (('key = "breathing"', "key = breathing"), 16, "not valid TOML"),
        (("chok*", "chok* +"), 20, 'sign "breathing": "+" must have words on both sides'),
        (('personal = "i my"', 'persona = "i my"'), 6, '[words] has no "persona"'),
        (('negations = "no not"', 'negations = "No nót"'), 2, '"No" in negations would never'),
        (("five = 5", 'five = "five"'), 13, "a table of number words"),
        (('label = "Trouble breathing"\n', ""), 15, 'the sign "breathing" needs a label'),
        (("[[signs]]", "[[sign]]"), 15, '"sign" is not a part of a sign file'),
        (("[wording]", "[wordings]"), 23, '"wordings" is not a part of a sign file'),
    ],
)
def test_a_mistake_in_a_sign_file_names_the_file_and_line(
    tmp_path, change: tuple[str, str], line: int, words_in_message: str
) -> None:
    path = _write(tmp_path, _GOOD_FILE.replace(*change))
    with pytest.raises(SignFileError) as error:
        read_sign_file(path)
    assert str(error.value).startswith(f"{path}, line {line}: ")
    assert words_in_message in str(error.value)


def test_a_language_missing_a_sign_of_english_is_named(tmp_path) -> None:
    _write(tmp_path, _GOOD_FILE)
    spanish = _GOOD_FILE.replace('key = "breathing"', 'key = "choking"')
    path = _write(tmp_path, spanish, "es.toml")
    with pytest.raises(SignFileError, match="every language has the signs of en.toml") as error:
        load_sign_files(tmp_path)
    assert str(error.value).startswith(str(path))


def test_the_shipped_files_are_what_the_site_runs() -> None:
    languages, signs = load_sign_files(SIGNS_DIR)
    assert signs == DEFAULT_SIGNS and languages == LANGUAGES


def test_exported_signs_read_back_the_same() -> None:
    import tomllib

    for signs in DEFAULT_SIGNS.values():
        tables = tomllib.loads(format_signs(signs))["signs"]
        assert (
            tuple(UrgentSign(t["key"], t["label"], parse_phrases(t["phrases"])) for t in tables)
            == signs
        )


def test_a_clause_about_the_past_is_not_an_emergency_now() -> None:
    assert fired("I had chest pain last month and it was a pulled muscle") == set()
    assert fired("when I was 19 I took an overdose") == set()
    assert "breathing" in fired("he had asthma as a child, and now he can't breathe")


def test_english_does_not_undo_what_the_readers_language_set_aside() -> None:
    # French reads "à 3 ans" as the past; English alone would take "anaphylaxie" for the sign.
    assert fired("mon fils a fait une anaphylaxie à 3 ans, il en a 10", "fr") == set()
    hits = find_with_english(
        "mon fils a fait une anaphylaxie à 3 ans", default_detector("fr"), default_detector("en")
    )
    assert hits == []


# Signs the first blind set showed missing in some languages, each written for every language:
# a child into someone's tablets, all the pills at once, a low oxygen reading, not knowing where
# one is, wishing never to wake up; worded here otherwise than in the set.
@pytest.mark.parametrize(
    ("text", "language", "sign"),
    [
        ("my little girl has swallowed some of her granny's heart tablets", "en", "overdose"),
        ("mi niña se ha tragado unas pastillas de su abuela", "es", "overdose"),
        ("ma fille a avalé des comprimés de sa grand-mère", "fr", "overdose"),
        ("meine tochter hat tabletten geschluckt", "de", "overdose"),
        ("minha filha comeu alguns comprimidos da avó", "pt", "overdose"),
        ("بنتي اكلت من حبوب جدتها", "ar", "overdose"),
        ("tonight I will take all my pills at once", "en", "overdose"),
        ("esta noche me tomo todas las pastillas de una vez", "es", "overdose"),
        ("ce soir je prends tous mes cachets d'un coup", "fr", "overdose"),
        ("heute nacht nehme ich alle pillen auf einmal", "de", "overdose"),
        ("hoje eu tomo todos os comprimidos de uma vez", "pt", "overdose"),
        ("الليلة باخذ كل حبوبي مرة وحدة", "ar", "overdose"),
        ("dad's oxygen is showing 85 on the finger thing", "en", "breathing"),
        ("la saturación de mi padre está en 84", "es", "breathing"),
        ("la saturation de mon père indique 86", "fr", "breathing"),
        ("das sauerstoffgerät zeigt bei papa 84", "de", "breathing"),
        ("a saturação do meu pai está em 85", "pt", "breathing"),
        ("الاكسجين عند ابوي نزل 84", "ar", "breathing"),
        ("my gran doesn't know where she is all of a sudden", "en", "sudden_confusion"),
        ("meine oma weiß nicht, wo sie ist", "de", "sudden_confusion"),
        ("جدتي ما تدري هي وين", "ar", "sudden_confusion"),
        ("I just want to go to sleep and never wake up", "en", "suicide_self_harm"),
        ("quiero dormirme y no despertarme", "es", "suicide_self_harm"),
        ("je voudrais m'endormir et ne jamais me réveiller", "fr", "suicide_self_harm"),
        ("ich will einschlafen und nie mehr aufwachen", "de", "suicide_self_harm"),
        ("queria dormir e nunca mais acordar", "pt", "suicide_self_harm"),
        ("ودي أنام وما أصحى أبدا", "ar", "suicide_self_harm"),
        ("je ne suis qu'un fardeau pour eux", "fr", "suicide_self_harm"),
    ],
)
def test_signs_found_missing_are_read_in_every_language(
    text: str, language: str, sign: str
) -> None:
    assert sign in fired(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my son ate a lot of cereal at breakfast", "en"),
        ("أكل ابني الكثير من الحبوب في الفطور", "ar"),
        ("she is on 2 litres of oxygen at home", "en"),
        ("je ne suis qu'un débutant en cuisine", "fr"),
    ],
)
def test_near_misses_of_those_signs_are_not_urgent(text: str, language: str) -> None:
    assert fired(text, language) == set()
