"""Urgent-sign detection: does a patient's message describe an emergency happening now?

Runs on every question before anything else. It is rules, not a model, so that editors can read,
test and extend every sign in the admin, per language, and so that a miss can be explained.

Phrase syntax (one phrase per line in the admin)
-------------------------------------------------

    seizure not stop*           words in this order; up to 2 other words may come between them
    "not breathing"             words in quotes must be right next to each other
    breath*                     * at the end of a word: any ending (breath, breathe, breathing)
    fit|fits|fitting            | between words: any one of them
    seizure 5+ minutes          5+ is any number of 5 or more ("5", "10", "twenty")
    fever + stiff neck          + joins ideas that must all be there, in any order,
                                in the same sentence or the next one
    -can't go on holiday        a line starting with - is an exception: words it matches
                                never count for this sign
    # a comment                 lines starting with # are ignored

Languages: English, Spanish, French, German, Portuguese and Arabic (LANGUAGES, DEFAULT_SIGNS);
any other language code is read as English.

Matching ignores case, accents, punctuation and HTML. Contractions are rewritten before matching,
in both phrases and messages: "can't", "won't", "doesn't" and the like all become "not" (so
"won't stop" also matches "will not stop" and "hasn't stopped"). Number words become digits.
Words of 5 or more letters (6 in German and Portuguese, whose short words sit one letter apart
too often) also match a one-letter slip (a missing, extra, wrong or swapped letter: "siezure",
"breething"); common words such as "never" are never taken for a slip.

Arabic is matched in its own script, in phrases and messages alike: diacritics, shadda and the
tatweel are dropped; أ إ آ ٱ become ا, ؤ becomes و, ئ and ى become ي, ة becomes ه; Arabic-Indic
digits, commas and question marks count as their ASCII forms. So write "ه" or "ة", "مائل" or
"مايل": both match. A word is also tried without a joined "و ف ب ل ك ال" before it ("ورقبته"
matches "رقب*", "بالتنفس" matches "التنفس"), and a word starting with "و" (and) stops negation
as "and" does.
There is no one-letter slip matching in Arabic: its short words differ by one letter too often.

When a match does not count
---------------------------

- Negation: "no", "not", "never", "without" (and "sin", "sans", "pas"...) within a few words
  before the matched words, or between them, in the same clause. A clause ends at a comma,
  "but", "although" and the like, and negation does not reach back over "and". Negative words
  that are part of the phrase itself ("not breathing", German "keine Luft", Portuguese "não
  consigo respirar", Arabic "لا يتنفس") do not cancel it, nor any other part of the same phrase
  ("not lift + arm" in "he can't lift his arm").
- General questions: a sentence that opens like a question ("what is", "can", "does", "how"...;
  German "kann man", any verb then "man"; Portuguese "o que", "é normal"; Arabic "هل", "ما هي")
  and says nothing about a particular person ("I", "my", "he", "she", "we"...) is treated as a
  request for information, not an emergency: "what is status epilepticus?" or "is suicide risk
  higher with this medicine?". A sentence that asks what to do now ("what should I do", "help")
  always counts. We accept the trade-off: "can a seizure that won't stop cause brain damage?"
  gets the FAQ answer, not the urgent box, while "what do I do, his seizure won't stop" gets both.
- Exceptions: see "-" above.

Long messages keep their first 4,000 and last 1,000 characters: people tend to say the urgent
thing first or last, and the cost of matching must stay small.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "DEFAULT_SIGNS",
    "LANGUAGES",
    "PhraseError",
    "UrgentDetector",
    "UrgentHit",
    "UrgentSign",
    "compile_signs",
    "default_detector",
    "parse_phrases",
    "validate_phrase",
]

MAX_CHARS = 5_000
_HEAD_CHARS = 4_000
# Bigger inputs are cut before any regex runs, so a pasted book cannot stall a request.
_RAW_LIMIT = 200_000
DEFAULT_GAP = 2
FUZZY_MIN_LENGTH = 5
_NEGATION_WINDOW = 4
_MAX_PHRASE_LENGTH = 300
_CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class UrgentSign:
    """One kind of emergency, described by the phrases that signal it."""

    key: str
    label: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class UrgentHit:
    """A phrase that matched a message; `ignored` says why it does not count, empty if it does."""

    key: str
    label: str
    phrase: str
    matched: str
    sentence: str
    ignored: str = ""


class PhraseError(ValueError):
    """A phrase an editor wrote that cannot be understood; the message says how to fix it."""


# ---------------------------------------------------------------------------------------------
# Languages


@dataclass(frozen=True)
class _Language:
    negations: frozenset[str]
    # Negation reaches back to the start of its clause but not over these words.
    negation_stops: frozenset[str]
    clause_breaks: frozenset[str]
    question_openers: frozenset[str]
    personal: frozenset[str]
    # Phrases (as token tuples) that mark a request for help now, never a general question.
    asking_for_help: tuple[tuple[str, ...], ...]
    numbers: dict[str, str]
    # Real words that sit one letter away from a sign word ("never"/"fever") must not be read
    # as misspellings of it.
    common_words: frozenset[str]
    contractions: bool = False
    # Greetings that may come before the question words ("hi, what is...").
    fillers: frozenset[str] = frozenset()
    # Openings of two or more words that start a question where their first word alone may not
    # (Portuguese "o que", German "kann man", Arabic "ma hiya"), as normalised token tuples;
    # "*" stands for any one word.
    question_opener_phrases: tuple[tuple[str, ...], ...] = ()
    # "arabic": Arabic letters are words too, after the extra normalising in _arabic().
    script: str = "latin"
    # Prefixes written joined to the next word (Arabic "wa-", "al-", "bi-"...): a word that
    # matches nothing as written is tried again without each of them.
    clitics: tuple[str, ...] = ()
    # Whether sign words of fuzzy_min_length or more letters also match a one-letter slip.
    fuzzy: bool = True
    fuzzy_min_length: int = FUZZY_MIN_LENGTH
    # "And" written joined to the next word (Arabic "wa-"): negation does not reach back over
    # a word that starts with it, nor over the start of a match that starts with it.
    joined_and: tuple[str, ...] = ()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _help_phrases(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in text.strip().splitlines() if line.strip())


_EN = _Language(
    negations=_words("no not never without nor none neither cannot nothing nobody denies"),
    negation_stops=_words("and then now"),
    clause_breaks=_words("but although though however whereas except yet while whilst"),
    question_openers=_words(
        "what whats how why when where which who whom whose can could does do did is are was "
        "were will would should shall may might has have tell explain define info information "
        "symptoms signs"
    ),
    personal=_words(
        "i im ive id me my mine myself we us our ours he hes him his himself she shes her hers "
        "herself they them their theyre son daughter husband wife partner mum mom dad mother "
        "father brother sister grandma grandad grandpa granny nan friend"
    ),
    asking_for_help=_help_phrases(
        """
        what to do
        what do i do
        what should i do
        what do we do
        what should we do
        what can i do
        help
        emergency
        urgent
        right now
        """
    ),
    numbers={
        "one": "1",
        "two": "2",
        "three": "3",
        "four": "4",
        "five": "5",
        "six": "6",
        "seven": "7",
        "eight": "8",
        "nine": "9",
        "ten": "10",
        "eleven": "11",
        "twelve": "12",
        "fifteen": "15",
        "twenty": "20",
        "thirty": "30",
        "forty": "40",
        "fifty": "50",
        "sixty": "60",
    },  # fmt: skip
    common_words=_words(
        "never fewer fewest where there these those other others their three throat through "
        "though thought those while which whose would could should might about above after "
        "again being below close cover every first great house large later least leave never "
        "often order place point right shall since small still taken taker thing think third "
        "under until water where whole world write wrong years young stoke stroll strobe "
        "brief breed bread broth biting feeder fervor flower lever river seven sever fiver "
        "rapid rabid rashly tablet stiffs stuff stuffy nick neck collar colapse choice chose "
        "chore chunk"
    ),
    contractions=True,
    fillers=_words("hi hello hey dear please so ok okay well um quick question"),
)

_ES = _Language(
    negations=_words("no sin nunca jamas ni ningun ninguno ninguna tampoco nada"),
    negation_stops=_words("y luego ahora"),
    clause_breaks=_words("pero aunque sino excepto mientras"),
    question_openers=_words(
        "que como cual cuales por cuando donde quien puede pueden es son debo informacion sintomas"
    ),
    personal=_words(
        "yo mi mis me mio mia conmigo nosotros nosotras nuestro nuestra nuestros nuestras hijo "
        "hija marido esposo esposa mujer madre padre mama papa abuelo abuela hermano hermana"
    ),
    asking_for_help=_help_phrases(
        """
        que hago
        que hacemos
        que debo hacer
        ayuda
        ayudenme
        urgente
        emergencia
        ahora mismo
        """
    ),
    numbers={
        "uno": "1",
        "dos": "2",
        "tres": "3",
        "cuatro": "4",
        "cinco": "5",
        "seis": "6",
        "siete": "7",
        "ocho": "8",
        "nueve": "9",
        "diez": "10",
        "quince": "15",
        "veinte": "20",
        "treinta": "30",
    },  # fmt: skip
    common_words=_words("pero para porque cuando donde entre desde sobre tiene tienen puede"),
)

_FR = _Language(
    negations=_words("ne n pas jamais sans aucun aucune ni non rien"),
    negation_stops=_words("et puis maintenant"),
    clause_breaks=_words("mais pourtant cependant sauf tandis alors"),
    question_openers=_words(
        "qu que quoi quel quelle quels quelles comment pourquoi quand combien est peut peuvent "
        "y existe faut symptomes signes"
    ),
    personal=_words(
        "je j moi mon ma mes m nous notre nos fils fille mari femme mere pere maman papa "
        "grand frere soeur"
    ),
    asking_for_help=_help_phrases(
        """
        que faire
        que dois je faire
        qu est ce que je dois faire
        aidez moi
        au secours
        urgence
        urgent
        tout de suite
        """
    ),
    numbers={
        "un": "1",
        "une": "1",
        "deux": "2",
        "trois": "3",
        "quatre": "4",
        "cinq": "5",
        "six": "6",
        "sept": "7",
        "huit": "8",
        "neuf": "9",
        "dix": "10",
        "quinze": "15",
        "vingt": "20",
        "trente": "30",
    },  # fmt: skip
    common_words=_words("apres avant depuis entre encore toute toutes comme"),
)

_DE = _Language(
    negations=_words(
        "nicht nich kein keine keinen keinem keiner keines nie niemals ohne weder nichts niemand "
        "nein"
    ),
    negation_stops=_words("und dann jetzt nun"),
    clause_breaks=_words("aber obwohl jedoch sondern trotzdem wahrend ausser allerdings"),
    question_openers=_words(
        "was wie warum wieso weshalb wann wo woran wodurch wozu welche welcher welches welchen "
        "wer wen wem sind gibt hilft helfen konnen koennen darf durfen duerfen soll sollte "
        "sollten muss mussen muessen symptome anzeichen info informationen"
    ),
    # "kann" and "ist" alone also open "kann nicht atmen" and "ist bewusstlos", so only these;
    # "* man" is any verb with "man" (one, people) after it: "stirbt man an...".
    question_opener_phrases=_help_phrases(
        """
        * man
        kann man
        kann 1
        kann es
        kann das
        kann epilepsie
        kann stress
        ist es
        ist 1
        ist das
        ist epilepsie
        """
    ),
    personal=_words(
        "ich mir mich mein meine meinen meinem meiner meines wir uns unser unsere unserem "
        "unseren unserer er ihm ihn sein seine seinem seinen seiner seines sie ihr ihre ihrem "
        "ihren ihrer sohn sohnes tochter mann mannes frau ehemann ehefrau partner partnerin "
        "mutter vater mama mami papa papi oma opa bruder schwester freund freundin baby"
    ),
    asking_for_help=_help_phrases(
        """
        was tun
        was soll ich tun
        was sollen wir tun
        was mache ich
        was machen wir
        was kann ich tun
        hilfe
        notfall
        dringend
        sofort
        gerade jetzt
        """
    ),
    numbers={
        "eins": "1",
        "ein": "1",
        "eine": "1",
        "einen": "1",
        "einem": "1",
        "einer": "1",
        "zwei": "2",
        "drei": "3",
        "vier": "4",
        "funf": "5",
        "fuenf": "5",
        "sechs": "6",
        "sieben": "7",
        "acht": "8",
        "neun": "9",
        "zehn": "10",
        "elf": "11",
        "zwolf": "12",
        "zwoelf": "12",
        "funfzehn": "15",
        "fuenfzehn": "15",
        "zwanzig": "20",
        "dreissig": "30",
        "vierzig": "40",
        "funfzig": "50",
        "sechzig": "60",
    },  # fmt: skip
    common_words=_words(
        "meine seine deine keinen keiner keines kleine kleiner unfall unfalle unfalls kampf "
        "kampfe kampfen backen packen hacken lieber leber legen heben lesen loben schlaf "
        "schlaft schlafe schlafen stark starke starker starken starkes steil stein steig "
        "schlechte schlechter schlechten schlechtes atmen aber immer wieder nicht schon "
        "beide beiden haben gesucht unter ganz ganzes abfall"
    ),
    # German has many short words one letter apart ("ganz"/"ganze", "haben"/"heben").
    fuzzy_min_length=6,
    fillers=_words(
        "hallo hi hey guten tag morgen abend liebe lieber liebes team bitte also ok okay "
        "kurze frage"
    ),
)

_PT = _Language(
    negations=_words("nao nunca jamais sem nem nenhum nenhuma nada ninguem"),
    negation_stops=_words("e depois agora entao"),
    clause_breaks=_words("mas porem contudo entretanto embora enquanto exceto todavia"),
    question_openers=_words(
        "que qual quais como porque quando onde quem quanto quantos quantas pode podem existe "
        "existem sintomas sinais informacao informacoes"
    ),
    # "e" (is/and) and "o" (the/it) open too many sentences to count alone.
    question_opener_phrases=_help_phrases(
        """
        o que
        por que
        por qual
        e normal
        e possivel
        e perigoso
        e seguro
        e verdade
        e comum
        """
    ),
    personal=_words(
        "eu me mim meu minha meus minhas comigo nos nosso nossa nossos nossas ele ela eles elas "
        "dele dela deles delas filho filha filhos filhas marido esposa esposo mulher mae pai "
        "mamae papai avo avos irmao irma amigo amiga namorado namorada tio tia bebe nenem"
    ),
    asking_for_help=_help_phrases(
        """
        o que fazer
        o que faco
        o que eu faco
        o que devo fazer
        o que fazemos
        o que a gente faz
        socorro
        ajuda
        me ajudem
        urgente
        emergencia
        agora mesmo
        """
    ),
    numbers={
        "um": "1",
        "uma": "1",
        "dois": "2",
        "duas": "2",
        "tres": "3",
        "quatro": "4",
        "cinco": "5",
        "seis": "6",
        "sete": "7",
        "oito": "8",
        "nove": "9",
        "dez": "10",
        "onze": "11",
        "doze": "12",
        "quinze": "15",
        "vinte": "20",
        "trinta": "30",
        "quarenta": "40",
    },  # fmt: skip
    common_words=_words(
        "quando depois porque tenho tinha estava estou barco perda subir morreu morre morrem "
        "morreram morria queria fraude ainda outra outro alta copo curto estao faco linha "
        "testar respondeu"
    ),
    # Short Portuguese words sit one letter apart too often ("faco"/"fraco", "copo"/"corpo").
    fuzzy_min_length=6,
    fillers=_words("oi ola bom dia boa tarde noite por favor entao ok pergunta rapida"),
)

# Arabic words are written here as _clean() leaves them: no hamza on alef, waw or yaa, "ه" for
# taa marbuta, "ي" for alef maqsura (tests check this). Pronouns are mostly endings ("ابني", my
# son), so "personal" lists the usual family words with them. "ما" (what / not / still) is
# too ambiguous to open a question alone.
_AR = _Language(
    negations=_words(
        "لا ولا فلا لم ولم لن ولن ليس وليس ليست وليست لست لسنا ليسوا مش ومش مو ومو بدون "
        "وبدون دون بلا وبلا مفيش مافي ماكو ابدا"
    ),
    negation_stops=_words("و ثم بعدين الان والان هلا هلق دلوقتي"),
    clause_breaks=_words("لكن ولكن لكنه لكنها بس الا بينما رغم"),
    question_openers=_words(
        "هل وهل ماذا كيف لماذا ليش ليه متي امتي اين وين فين كم شو ايش وش اعراض علامات معلومات"
    ),
    question_opener_phrases=_help_phrases(
        """
        ما هو
        ما هي
        ما هذا
        ما هذه
        ما الفرق
        ما اعراض
        ما علامات
        ما سبب
        ما اسباب
        ما معني
        ما علاقه
        ما العلاقه
        ما خطر
        ما مدي
        """
    ),
    personal=_words(
        "انا وانا اني انني لي عندي لدي معي نحن احنا عندنا لدينا هو وهو هي وهي هم وهم عنده "
        "عندها لديه لديها ابني ابنتي بنتي ولدي طفلي طفلتي رضيعي زوجي زوجتي امي ابي ابويا "
        "ماما بابا والدي والدتي اخي اختي جدي جدتي عمي خالي عمتي خالتي صديقي صديقتي "
        "ابنه ابنها"
    ),
    asking_for_help=_help_phrases(
        """
        ماذا افعل
        ماذا نفعل
        ماذا يجب
        ما العمل
        شو اعمل
        شو نعمل
        ايش اسوي
        وش اسوي
        اعمل ايه
        نعمل ايه
        اعمل اي
        ساعدوني
        ساعدني
        الحقوني
        النجده
        طواري
        الطواري
        اسعاف
        الاسعاف
        بالاسعاف
        عاجل
        حالا
        فورا
        """
    ),
    numbers={
        "واحد": "1",
        "واحده": "1",
        "اثنين": "2",
        "اثنان": "2",
        "اتنين": "2",
        "ثلاث": "3",
        "ثلاثه": "3",
        "تلات": "3",
        "تلاته": "3",
        "اربع": "4",
        "اربعه": "4",
        "خمس": "5",
        "خمسه": "5",
        "ست": "6",
        "سته": "6",
        "سبع": "7",
        "سبعه": "7",
        "ثمان": "8",
        "ثماني": "8",
        "ثمانيه": "8",
        "تسع": "9",
        "تسعه": "9",
        "عشر": "10",
        "عشره": "10",
        "عشرين": "20",
        "عشرون": "20",
        "ثلاثين": "30",
    },  # fmt: skip
    common_words=frozenset(),
    fillers=_words("مرحبا اهلا السلام عليكم سلام من فضلك لو سمحت يا دكتور سوال"),
    script="arabic",
    clitics=("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"),
    fuzzy=False,
    joined_and=("و",),
)

LANGUAGES: dict[str, _Language] = {
    "en": _EN,
    "es": _ES,
    "fr": _FR,
    "de": _DE,
    "pt": _PT,
    "ar": _AR,
}


# ---------------------------------------------------------------------------------------------
# Normalising text

_TAG = re.compile(r"<[^<>]{0,500}>")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_LIGATURES = str.maketrans({"\u0153": "oe", "\u00e6": "ae", "\u00df": "ss"})
_EN_CONTRACTIONS = [
    (re.compile(r"\b(?:can'?t|cannot)\b"), " not "),
    (re.compile(r"\bwon'?t\b"), " not "),
    (
        re.compile(
            r"\b(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)"
            r"(?:n'?t)\b"
        ),
        " not ",
    ),  # fmt: skip
    (re.compile(r"\bain'?t\b"), " not "),
]
# Arabic: hamza forms on alef, waw and yaa, madda and diacritics already go with the accents
# in _fold(); these unify the letters people swap freely in typing (alef wasla, alef maqsura /
# yaa, taa marbuta / haa, Persian kaf and yaa), drop the tatweel, and turn Arabic punctuation
# and Arabic-Indic digits into the ASCII ones that split sentences and read as numbers.
_ARABIC_MAP = str.maketrans(
    {
        "\u0671": "\u0627",
        "\u0649": "\u064a",
        "\u0629": "\u0647",
        "\u06a9": "\u0643",
        "\u06cc": "\u064a",
        "\u0640": None,
        "\u060c": ",",
        "\u061b": ";",
        "\u061f": "?",
        "\u066a": "%",
        "\u066b": ".",
        "\u066c": ",",
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)
_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
_SENTENCE_END = re.compile(r"[.!?;\n\u2026\u3002\uff01\uff1f]+")
_CLAUSE_END = re.compile(r"[,:()\[\]\"/]+|\s[-\u2013\u2014]+\s")
_TOKEN = re.compile(r"[a-z]+|\d+")
_ARABIC_TOKEN = re.compile(rf"[a-z]+|[{_ARABIC_LETTERS}]+|\d+")
_ARABIC_DIGIT_WORD = re.compile(rf"(\d)([{_ARABIC_LETTERS}])")


def _fold(text: str) -> str:
    text = text.translate(_APOSTROPHES).casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _shorten(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    head = text[:_HEAD_CHARS].rsplit(None, 1)[0]
    tail = text[-(MAX_CHARS - _HEAD_CHARS) :].split(None, 1)[-1]
    return head + "\n" + tail


def _clean(text: str, language: _Language) -> str:
    """Return the message folded to lower-case ASCII-ish text, sentence punctuation kept."""
    text = text[:_RAW_LIMIT]
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _fold(_shorten(text))
    if language.script == "arabic":
        text = text.translate(_ARABIC_MAP)
        text = _ARABIC_DIGIT_WORD.sub(r"\1 \2", text)
    if language.contractions:
        for pattern, replacement in _EN_CONTRACTIONS:
            text = pattern.sub(replacement, text)
    # Numbers stuck to units ("10mins") and decimals ("39.5") must not merge or end a sentence.
    text = re.sub(r"(\d)[.,](\d)", r"\1\2", text)
    return re.sub(r"(\d)([a-z])", r"\1 \2", text)


def _tokens(text: str, language: _Language) -> list[str]:
    words = (_ARABIC_TOKEN if language.script == "arabic" else _TOKEN).findall(text)
    return [language.numbers.get(word, word) for word in words]


@dataclass
class _Sentence:
    tokens: list[str]
    clause_of: list[int]
    text: str
    general_question: bool = False


def _sentences(text: str, language: _Language) -> list[_Sentence]:
    result = []
    for raw in _SENTENCE_END.split(text):
        tokens: list[str] = []
        clause_of: list[int] = []
        clause = 0
        for piece in _CLAUSE_END.split(raw):
            for token in _tokens(piece, language):
                if token in language.clause_breaks:
                    clause += 1
                tokens.append(token)
                clause_of.append(clause)
            clause += 1
        if tokens:
            sentence = _Sentence(tokens, clause_of, " ".join(tokens))
            sentence.general_question = _is_general_question(tokens, language)
            result.append(sentence)
    return result


def _is_general_question(tokens: list[str], language: _Language) -> bool:
    start = next((i for i, token in enumerate(tokens) if token not in language.fillers), None)
    if start is None:
        return False
    opening = tokens[start:]
    if opening[0] in language.question_openers:
        rest = tokens
    else:
        phrase = next(
            (p for p in language.question_opener_phrases if _opens_with(opening, p)), None
        )
        if phrase is None:
            return False
        # The opening's own words ("ma hiya", what is; literally "what she") are not a person.
        rest = tokens[:start] + opening[len(phrase) :]
    if any(token in language.personal for token in rest):
        return False
    return not any(_contains(tokens, phrase) for phrase in language.asking_for_help)


def _opens_with(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    """Return True when the tokens start with the phrase; "*" in it stands for any one word."""
    return len(tokens) >= len(phrase) and all(
        want in ("*", token) for want, token in zip(phrase, tokens, strict=False)
    )


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1))


# ---------------------------------------------------------------------------------------------
# Phrases


@dataclass(frozen=True)
class _Word:
    text: str
    prefix: bool = False
    at_least: int | None = None


@dataclass(frozen=True)
class _Slot:
    words: frozenset[_Word]
    # How many other words may sit between this slot and the next one.
    gap_after: int


@dataclass(frozen=True)
class _Phrase:
    source: str
    parts: tuple[tuple[_Slot, ...], ...]
    exception: bool


_PIECE = re.compile(r'"[^"]*"|[^\s"]+')
_JOIN = re.compile(r"(?<!\d)\+")


def parse_phrases(text: str) -> tuple[str, ...]:
    """Return the phrases in an admin text box: one per line, blanks and # comments dropped."""
    seen: dict[str, None] = {}
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if line and not line.startswith("#"):
            seen.setdefault(line, None)
    return tuple(seen)


def validate_phrase(phrase: str, language: str = "en") -> str | None:
    """Return a message saying what is wrong with a phrase, or None if it is fine."""
    try:
        _parse_phrase(phrase, LANGUAGES.get(language, _EN))
    except PhraseError as error:
        return str(error)
    return None


def _parse_phrase(phrase: str, language: _Language) -> _Phrase:
    source = " ".join(phrase.split())
    if not source:
        raise PhraseError("The phrase is empty.")
    if len(source) > _MAX_PHRASE_LENGTH:
        raise PhraseError(f"The phrase is too long: keep it under {_MAX_PHRASE_LENGTH} letters.")
    body = source
    exception = body.startswith("-")
    if exception:
        body = body[1:].strip()
        if not body:
            raise PhraseError('A line starting with "-" needs the words of the exception after it.')
    if body.count('"') % 2:
        raise PhraseError(f'Quotes must come in pairs: "{source}" has one without a partner.')
    # "5+" is a number, not a join, so only a "+" that does not follow a digit splits.
    pieces = [piece.strip() for piece in _JOIN.split(body)]
    if any(not piece for piece in pieces):
        raise PhraseError(
            f'"+" must have words on both sides, as in "fever + stiff neck": {source}'
        )
    parts = tuple(_parse_part(piece, source, language) for piece in pieces)
    return _Phrase(source, parts, exception)


def _parse_part(text: str, source: str, language: _Language) -> tuple[_Slot, ...]:
    slots: list[tuple[tuple[_Word, ...], int]] = []
    for piece in _PIECE.findall(text):
        quoted = piece.startswith('"')
        words = piece.strip('"').split()
        if quoted and not words:
            raise PhraseError(f'There is nothing between the quotes in "{source}".')
        for index, word in enumerate(words):
            gap = 0 if quoted and index < len(words) - 1 else DEFAULT_GAP
            slots.append((_parse_alternatives(word, source, language), gap))
    if not slots:
        raise PhraseError(f'"{source}" has no words to look for.')
    return tuple(_Slot(frozenset(words), gap) for words, gap in slots)


def _parse_alternatives(word: str, source: str, language: _Language) -> tuple[_Word, ...]:
    choices = word.split("|")
    if any(not choice for choice in choices):
        raise PhraseError(f'"|" must have a word on both sides, as in "fit|seizure": {source}')
    result: list[_Word] = []
    for choice in choices:
        number = _parse_number(choice)
        if number is not None:
            result.append(number)
            continue
        if "+" in choice:
            raise PhraseError(f'Write "5+" for "5 or more": digits then "+", not "{choice}".')
        prefix = choice.endswith("*")
        core = choice.rstrip("*")
        if "*" in core:
            raise PhraseError(f'"*" can only go at the end of a word ("seiz*"), not in "{choice}".')
        tokens = _tokens(_clean(core, language), language)
        if len(tokens) != 1:
            raise PhraseError(
                f'"{choice}" is not a single word here. Words joined by "|" must each be one '
                f"word; write longer wordings on a line of their own."
            )
        if prefix and len(tokens[0]) < 3:
            raise PhraseError(f'"{choice}" is too short for "*": give at least 3 letters.')
        result.append(_Word(tokens[0], prefix))
    return tuple(result)


def _parse_number(word: str) -> _Word | None:
    match = re.fullmatch(r"(\d{1,6})\+", word)
    return _Word(match.group(1), at_least=int(match.group(1))) if match else None


# ---------------------------------------------------------------------------------------------
# Spelling tolerance


def _one_edit_apart(a: str, b: str) -> bool:
    """Return True when a and b differ by one inserted, deleted, changed or swapped letter."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# ---------------------------------------------------------------------------------------------
# The detector


@dataclass
class _Compiled:
    sign: UrgentSign
    phrases: list[_Phrase] = field(default_factory=list)
    exceptions: list[_Phrase] = field(default_factory=list)


class UrgentDetector:
    """Finds urgent signs in patients' messages for one language."""

    def __init__(self, signs: Sequence[UrgentSign], language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self._lang = LANGUAGES[self.language]
        self.signs = tuple(signs)
        self._compiled: list[_Compiled] = []
        words: set[_Word] = set()
        for sign in self.signs:
            compiled = _Compiled(sign)
            for line in sign.phrases:
                phrase = _parse_phrase(line, self._lang)
                (compiled.exceptions if phrase.exception else compiled.phrases).append(phrase)
                for part in phrase.parts:
                    for slot in part:
                        words.update(slot.words)
            self._compiled.append(compiled)
        self._exact: dict[str, set[_Word]] = {}
        self._prefixes: dict[str, set[_Word]] = {}
        self._numbers: list[_Word] = []
        self._fuzzy_exact: dict[str, set[_Word]] = {}
        self._fuzzy_prefix: dict[str, set[_Word]] = {}
        fuzzy = self._lang.fuzzy
        for word in words:
            if word.at_least is not None:
                self._numbers.append(word)
            elif word.prefix:
                self._prefixes.setdefault(word.text, set()).add(word)
            else:
                self._exact.setdefault(word.text, set()).add(word)
            if fuzzy and word.at_least is None and len(word.text) >= self._lang.fuzzy_min_length:
                index = self._fuzzy_prefix if word.prefix else self._fuzzy_exact
                for key in _deletions(word.text) | {word.text}:
                    index.setdefault(key, set()).add(word)
        self._prefix_lengths = sorted({len(stem) for stem in self._prefixes})
        stems = {len(w.text) for ws in self._fuzzy_prefix.values() for w in ws}
        self._fuzzy_prefix_sizes = sorted({n + d for n in stems for d in (-1, 0, 1)})
        self._cache: dict[str, frozenset[_Word]] = {}

    # The admin's "test a sentence" field uses explain(); everything else uses find().

    def find(self, text: str) -> list[UrgentHit]:
        """Return one hit per sign that fires on the text, in the order the signs were given."""
        return [hit for hit in self.explain(text) if not hit.ignored]

    def is_urgent(self, text: str) -> bool:
        """Return True when any sign fires on the text."""
        return bool(self.find(text))

    def explain(self, text: str) -> list[UrgentHit]:
        """Return the hits and, per sign that did not fire, matches that were set aside and why."""
        try:
            return self._explain(text)
        except Exception:  # noqa: BLE001 - a patient's question must never fail on this step
            return []

    def _explain(self, text: object) -> list[UrgentHit]:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        if not isinstance(text, str) or not text.strip():
            return []
        sentences = _sentences(_clean(text, self._lang), self._lang)
        if not sentences:
            return []
        matches = [[self._match_tokens(token) for token in s.tokens] for s in sentences]
        present: list[set[_Word]] = [set().union(*row) if row else set() for row in matches]
        where: dict[_Word, set[int]] = {}
        for i, words in enumerate(present):
            for word in words:
                where.setdefault(word, set()).add(i)
        results: list[UrgentHit] = []
        if not where:
            return results
        for compiled in self._compiled:
            hit, ignored = self._sign_hits(compiled, sentences, matches, present, where)
            if hit is not None:
                results.append(hit)
            else:
                results.extend(ignored[:1])
        return results

    def _match_tokens(self, token: str) -> frozenset[_Word]:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        found = self._lookup(token)
        # Always, not only when the word matched nothing: "النوبه" (the seizure) is a word of
        # its own in one phrase and "نوبه" with "al-" in another.
        for clitic in self._lang.clitics:
            if token.startswith(clitic) and len(token) - len(clitic) >= 2:
                found.update(self._lookup(token[len(clitic) :]))
        if not found and self._lang.fuzzy and len(token) >= self._lang.fuzzy_min_length - 1:
            if token.isalpha() and token not in self._lang.common_words:
                found.update(self._fuzzy(token))
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        result = frozenset(found)
        self._cache[token] = result
        return result

    def _lookup(self, token: str) -> set[_Word]:
        found: set[_Word] = set(self._exact.get(token, ()))
        for length in self._prefix_lengths:
            if len(token) < length:
                break
            found.update(self._prefixes.get(token[:length], ()))
        if token.isdigit() and self._numbers:
            value = int(token[:9])
            found.update(word for word in self._numbers if value >= (word.at_least or 0))
        return found

    def _fuzzy(self, token: str) -> set[_Word]:
        found: set[_Word] = set()
        for key in _deletions(token) | {token}:
            for word in self._fuzzy_exact.get(key, ()):
                if _one_edit_apart(token, word.text):
                    found.add(word)
        # The slip may sit inside a stem ("breth*" for "breath*"), so the start of the token is
        # compared with stems one letter shorter, the same length and one letter longer.
        for size in self._fuzzy_prefix_sizes:
            if size > len(token):
                break
            start = token[:size]
            for key in _deletions(start) | {start}:
                for word in self._fuzzy_prefix.get(key, ()):
                    if abs(len(word.text) - size) <= 1 and _one_edit_apart(start, word.text):
                        found.add(word)
        return found

    def _sign_hits(
        self,
        compiled: _Compiled,
        sentences: list[_Sentence],
        matches: list[list[frozenset[_Word]]],
        present: list[set[_Word]],
        where: dict[_Word, set[int]],
    ) -> tuple[UrgentHit | None, list[UrgentHit]]:
        ignored: list[UrgentHit] = []
        blocked: dict[int, dict[int, str]] = {}
        for phrase in compiled.phrases:
            rows_per_part = [_rows_with(part, where) for part in phrase.parts]
            if not all(rows_per_part):
                continue
            # Each part must be found, un-negated, in a sentence i or the one after it.
            found: list[list[tuple[int, tuple[int, ...], str]]] = []
            for part, rows in zip(phrase.parts, rows_per_part, strict=True):
                occurrences = []
                for i in sorted(rows):
                    if i not in blocked:
                        blocked[i] = self._exception_positions(compiled, matches[i], present[i])
                    for positions in _find_part(part, matches[i]):
                        reason = self._reason(sentences[i], positions, blocked[i])
                        occurrences.append((i, positions, reason))
                found.append(occurrences)
            if not all(found):
                continue
            starts = sorted({o[0] - step for o in found[0] for step in (0, 1) if o[0] >= step})
            for i in starts:
                chosen = []
                for occurrences in found:
                    near = [o for o in occurrences if o[0] in (i, i + 1)]
                    good = [o for o in near if not o[2]]
                    chosen.append(good[0] if good else (near[0] if near else None))
                picked = [c for c in chosen if c is not None]
                if len(picked) < len(chosen):
                    continue
                if len(picked) > 1:
                    picked = self._own_negations_kept(picked, sentences, blocked)
                words = " ... ".join(
                    " ".join(sentences[c[0]].tokens[p] for p in c[1]) for c in picked
                )
                reasons = [c[2] for c in picked if c[2]]
                hit = UrgentHit(
                    compiled.sign.key,
                    compiled.sign.label,
                    phrase.source,
                    words,
                    sentences[picked[0][0]].text,
                    reasons[0] if reasons else "",
                )
                if not hit.ignored:
                    return hit, []
                ignored.append(hit)
        return None, ignored

    def _own_negations_kept(
        self,
        picked: list[tuple[int, tuple[int, ...], str]],
        sentences: list[_Sentence],
        blocked: dict[int, dict[int, str]],
    ) -> list[tuple[int, tuple[int, ...], str]]:
        """Return the parts with negation re-checked: a negative word that belongs to another
        part of the same phrase ("not lift ... arm") does not negate this one."""
        result = []
        for row, positions, reason in picked:
            if reason.startswith("negated"):
                own = {p for other in picked if other[0] == row for p in other[1]}
                reason = self._reason(sentences[row], positions, blocked[row], frozenset(own))
            result.append((row, positions, reason))
        return result

    def _exception_positions(
        self, compiled: _Compiled, matches: list[frozenset[_Word]], present: set[_Word]
    ) -> dict[int, str]:
        blocked: dict[int, str] = {}
        for phrase in compiled.exceptions:
            if not all(_slots_present(part, present) for part in phrase.parts):
                continue
            spans = [_find_part(part, matches) for part in phrase.parts]
            if not all(spans):
                continue
            for found in spans:
                for positions in found:
                    for position in range(positions[0], positions[-1] + 1):
                        blocked.setdefault(position, phrase.source)
        return blocked

    def _reason(
        self,
        sentence: _Sentence,
        positions: tuple[int, ...],
        blocked: dict[int, str],
        own: frozenset[int] = frozenset(),
    ) -> str:
        if sentence.general_question:
            return "a general question, not about someone in particular"
        for position in positions:
            if position in blocked:
                return f'exception "-{blocked[position].lstrip("-")}"'
        cue = self._negation(sentence, positions, own)
        if cue:
            return f'negated by "{cue}"'
        return ""

    def _negation(
        self, sentence: _Sentence, positions: tuple[int, ...], own: frozenset[int] = frozenset()
    ) -> str:
        tokens, clause_of = sentence.tokens, sentence.clause_of
        negations = self._lang.negations
        inside = set(positions) | own
        for position in range(positions[0] + 1, positions[-1]):
            if position not in inside and tokens[position] in negations:
                return tokens[position]
        start = positions[0]
        clause = clause_of[start]
        if self._joined_and(tokens[start]):
            return ""
        for position in range(start - 1, max(-1, start - 1 - _NEGATION_WINDOW), -1):
            if clause_of[position] != clause or tokens[position] in self._lang.negation_stops:
                break
            if tokens[position] in negations and position not in inside:
                return tokens[position]
            if self._joined_and(tokens[position]):
                break
        return ""

    def _joined_and(self, token: str) -> bool:
        return any(
            token.startswith(prefix) and len(token) > len(prefix) + 1
            for prefix in self._lang.joined_and
        )


def _rows_with(part: tuple[_Slot, ...], where: dict[_Word, set[int]]) -> set[int]:
    """Return the indexes of the sentences that hold a word for every slot of the part."""
    rows: set[int] | None = None
    for slot in part:
        here: set[int] = set()
        for word in slot.words:
            if word in where:
                here |= where[word]
        rows = here if rows is None else rows & here
        if not rows:
            return set()
    return rows or set()


def _slots_present(part: tuple[_Slot, ...], present: set[_Word]) -> bool:
    return not any(slot.words.isdisjoint(present) for slot in part)


def _find_part(part: tuple[_Slot, ...], matches: list[frozenset[_Word]]) -> list[tuple[int, ...]]:
    """Return the token positions of each way the part's slots appear in order."""
    results: list[tuple[int, ...]] = []

    def extend(slot_index: int, start: int, stop: int, chosen: tuple[int, ...]) -> None:
        slot = part[slot_index]
        for position in range(start, min(stop, len(matches))):
            if matches[position].isdisjoint(slot.words):
                continue
            path = chosen + (position,)
            if slot_index == len(part) - 1:
                results.append(path)
            else:
                extend(slot_index + 1, position + 1, position + 2 + slot.gap_after, path)
            if len(results) >= 20:
                return

    extend(0, 0, len(matches), ())
    return results


def compile_signs(signs: Sequence[UrgentSign], language: str = "en") -> UrgentDetector:
    """Return a detector for these signs; raises PhraseError naming the first bad phrase."""
    for sign in signs:
        for phrase in sign.phrases:
            message = validate_phrase(phrase, language)
            if message:
                raise PhraseError(f"{sign.label}: {message}")
    return UrgentDetector(signs, language)


def _sign(key: str, label: str, phrases: str) -> UrgentSign:
    return UrgentSign(key, label, parse_phrases(phrases))


def _signs(*signs: UrgentSign) -> tuple[UrgentSign, ...]:
    return signs


_EN_SIGNS = _signs(
    _sign(
        "prolonged_seizure",
        "A seizure that will not stop, or seizures one after another",
        """
        seizure|seizures|seizing|fit|fits|fitting|convuls*|jerking|shaking not stop*
        seizure|seizures|seizing|fit|fits|fitting|convuls*|jerking still going
        seizure|seizures|seizing|fit|fits|fitting|convuls* + 5+ minutes|minute|mins|min
        1 seizure|fit|convulsion after another|other
        seizure|seizures|fits|convulsions 1 after another|other
        seizure|seizures|fits after seizure|seizures|fit|fits
        seizure|seizures|fits|fitting + back to back
        seizure|seizures|fit|fits|fitting + not wak*|come round|coming round between
        status epilepticus
        -not stop* me|us|you|him|her|them|my
        """,
    ),
    _sign(
        "stroke",
        "Signs of a stroke: face drooping, arm weakness, slurred speech",
        """
        face|mouth|smile|eyelid droop*|drooped|dropped|lopsided|sagging|sagged|crooked|fallen
        droop* face|mouth|smile|side
        arm|leg|hand weak*|numb*|dead|heavy|floppy|limp|paralys*|paralyz*
        weak*|numb*|paralys*|paralyz* + 1 side|sided
        not|unable lift|raise|move + arm|arms|leg|legs
        slurred|slurring|slur speech|words|talking|voice
        speech|words|talking|voice slurred|slurring|garbled|jumbled|muddled
        not get words out
        not speak|talk properly|clearly|right
        "is|s|am|m|are having" a stroke
        """,
    ),
    _sign(
        "breathing",
        "Trouble breathing or choking",
        """
        not breath*
        "no longer" breath*
        stopped|stop|stops breath*
        trouble|difficult*|difficulty|struggling|struggle|hard|problem|unable|hardly|barely breath*
        breath* problem*|difficult*
        gasping|gasp|gasps for air|breath
        chok*
        lips|face|skin + blue
        turn*|going|gone|gone blue
        -worry|worried|afraid|scared|fear|risk chok*
        -stop*|stops breath* + night|sleep|sleeping|asleep|snore*|snoring|apnoea|apnea
        """,
    ),
    _sign(
        "collapse",
        "Collapsed, unconscious or not responding",
        """
        collapsed|collapses|collapsing
        unresponsive
        unconscious
        not respond*|responsive|reacting
        no response
        not wak*
        not come|coming round|to
        lifeless
        -not respond* to treatment|medication|medicine|medicines|drugs|drug|therapy|tablets
        -unresponsive|unconscious|responding|responsive + absence|absences|daydream*
        """,
    ),
    _sign(
        "suicide_self_harm",
        "Thoughts of suicide or self-harm",
        """
        kill|killing myself|me
        end|ending it all
        end|ending|take|taking my|own life
        want|wanna|wants|wanted to die
        suicidal
        commit|committing|attempt*|attempted suicide
        think*|thought|thoughts about|of suicide
        self harm*|harming
        harm*|hurt*|cut*|cutting myself|himself|herself|themselves
        not go on
        no point|reason living|live|going|alive
        better off dead
        better off without me
        not want to live|exist
        not want to be alive|here
        want|wants it all to end|over
        not see a way forward|out
        -"used to" self harm*
        -"used to" harm*|hurt*|cut* myself
        -not go on holiday|holidays|trip|trips|the|a|an|with|to|my|our|in|at|any
        -not go on rides|driving|working|school|work
        -hurt*|cut* myself|himself|herself + fell|fall|falling|accident*|shaving|cooking
        -hurt*|cut* myself|himself|herself + seizure|seizures|fit|fits
        """,
    ),
    _sign(
        "overdose",
        "Too many pills or medicines taken (overdose)",
        """
        took|taken|swallowed|eaten|ate too many|much + pill*|tablet*|meds|medic*|capsule*
        took|taken|swallowed|ate|eaten whole|entire|handful|load|bunch + pill*|tablet*|meds|medic*
        took|taken|swallowed|ate|eaten whole|entire + capsule*|bottle|packet|pack|box|strip
        took|taken|swallowed all + "at once"
        ate|eaten|swallowed|got some pill*|tablet*|meds|medic*
        overdos*
        """,
    ),
    _sign(
        "meningitis",
        "Possible meningitis or encephalitis: fever with a stiff neck or confusion, "
        "or a rash that does not fade",
        """
        fever*|feverish|temperature|temp|hot + stiff|rigid|sore neck
        fever*|feverish|temperature|temp|hot + neck stiff|rigid
        burning up + stiff|rigid neck
        rash|spots|blotches|marks|dots + not fade*|disappear*|vanish*
        rash|spots|blotches|marks|dots + not go away
        fever*|feverish|temperature|temp + confus*|delirious|disoriented
        fever*|feverish|temperature|temp + not making sense
        fever*|feverish|temperature|temp + not know where
        """,
    ),
    _sign(
        "medicine_reaction",
        "A severe reaction to a medicine: high fever with rigid, stiff muscles",
        """
        fever*|feverish|temperature|temp + rigid|stiff|stiffness|rigidity muscles|muscle|body|limbs
        fever*|feverish|temperature|temp + muscles|muscle|body|limbs rigid|stiff|locked
        burning up + muscles|muscle|body|limbs rigid|stiff|locked
        burning up + rigid|stiff muscles|muscle|body|limbs
        """,
    ),
    _sign(
        "floppy_baby",
        "A baby who is floppy and not responding",
        """
        baby|babies|infant|newborn|toddler|month + floppy|limp + not respond*|react*|wak*|breath*
        baby|babies|infant|newborn|toddler|month + floppy|limp + unresponsive|lifeless|unconscious
        baby|babies|infant|newborn|toddler|month + floppy|limp + blue
        """,
    ),
)

_ES_SIGNS = _signs(
    _sign(
        "prolonged_seizure",
        "Una crisis que no se detiene, o una tras otra",
        """
        convulsion*|crisis|ataque*|convulsionando + no para|paran|termina|acaba|cede
        convulsion*|crisis|ataque*|convulsionando + 5+ minutos|minuto|min
        crisis|convulsion*|ataque* tras|detras otra|otro
        estado epileptico
        """,
    ),
    _sign(
        "stroke",
        "Signos de ictus: cara caída, brazo débil, habla arrastrada",
        """
        cara|boca caida|torcida|paralizada|ladeada|colgando
        brazo|pierna|mano debil|debilidad|dormido|dormida|entumecid*|paralizado|paralizada
        no puede|puedo mover|levantar + brazo|pierna
        habla|hablar arrastra*|rara|torpe|confusa
        arrastra* palabras
        no puede|puedo hablar
        tiene|teniendo|dando ictus|derrame
        """,
    ),
    _sign(
        "breathing",
        "Dificultad para respirar o atragantamiento",
        """
        no puede|puedo respirar
        no respira
        dificultad|problemas|cuesta respirar
        ahoga*|ahogando|atragant*
        morado|morada|azul
        """,
    ),
    _sign(
        "collapse",
        "Desmayo, inconsciencia o no responde",
        """
        no responde|reacciona
        inconsciente
        no despierta
        desplom*
        """,
    ),
    _sign(
        "suicide_self_harm",
        "Pensamientos de suicidio o autolesión",
        """
        quiero|quiere morir*|matarme|suicidarme
        matarme|suicidarme
        quitarme|quitarse la vida
        no puedo mas
        acabar con todo
        hacerme|hacerse dano
        autolesion*
        cortarme|cortandome
        """,
    ),
    _sign(
        "overdose",
        "Demasiadas pastillas o medicamentos (sobredosis)",
        """
        tomo|tome|tomado|trago|trague|tragado demasiad*|muchas|toda + pastillas|comprimidos
        tomo|tome|tomado|trago|trague|tragado demasiad*|muchas|toda + medicamento*|pildoras|caja
        sobredosis
        """,
    ),
    _sign(
        "meningitis",
        "Posible meningitis: fiebre con cuello rígido o confusión, manchas que no desaparecen",
        """
        fiebre|temperatura|calentura + cuello|nuca rigido|rigida|duro|tieso
        rigidez nuca|cuello + fiebre|temperatura
        manchas|sarpullido|erupcion|puntos + no desaparece*|va|quita|palidece
        fiebre|temperatura|calentura + confus*|desorientad*
        """,
    ),
    _sign(
        "medicine_reaction",
        "Reacción grave a un medicamento: fiebre alta con músculos rígidos",
        """
        fiebre|temperatura|calentura + musculos|cuerpo rigido*|tieso*|duro*
        """,
    ),
    _sign(
        "floppy_baby",
        "Un bebé flácido que no responde",
        """
        bebe|lactante|recien + flacid*|flojo|floja|blando|blanda|fuerza + no responde|reacciona
        bebe|lactante|recien + flacid*|flojo|floja|blando|blanda|fuerza + no despierta|respira
        bebe|lactante|recien + flacid*|flojo|floja|blando|blanda + inconsciente
        """,
    ),
)

_FR_SIGNS = _signs(
    _sign(
        "prolonged_seizure",
        "Une crise qui ne s'arrête pas, ou des crises à la suite",
        """
        crise|crises|convuls* + ne arrete|arretent|termine|cesse pas
        crise|crises|convuls* + arrete|arretent|termine|cesse pas
        crise|crises|convuls* + 5+ minutes|minute|min
        crise|crises apres autre
        crises a repetition|repetitions
        crises en serie
        etat de mal
        """,
    ),
    _sign(
        "stroke",
        "Signes d'AVC : visage affaissé, bras faible, parole difficile",
        """
        visage|bouche affaisse*|tombant*|paralyse*|deforme*|travers
        bras|jambe|main faible|faiblesse|engourdi*|paralyse*|lourd*
        ne peut|peux plus|pas lever|bouger + bras|jambe
        parole|elocution|parle pateuse|difficile|bizarre*|confuse|troublee
        ne peut|peux plus parler
        fait|fais un avc
        """,
    ),
    _sign(
        "breathing",
        "Difficulté à respirer ou étouffement",
        """
        ne respire plus|pas
        respire plus|pas
        n arrive pas respirer
        difficulte*|mal a respirer
        etouffe*|suffoque*
        devient|est bleu|bleue
        """,
    ),
    _sign(
        "collapse",
        "Effondrement, perte de connaissance, ne répond plus",
        """
        ne repond|reagit plus|pas
        inconscient*
        effondre*
        ne reveille pas|plus
        """,
    ),
    _sign(
        "suicide_self_harm",
        "Pensées suicidaires ou automutilation",
        """
        me suicider
        suicidaire*
        veux|envie mourir
        en finir
        me tuer
        mettre fin a mes|ses jours
        me faire du mal
        scarifie*|scarifier
        n en peux plus
        """,
    ),
    _sign(
        "overdose",
        "Trop de comprimés ou de médicaments (surdose)",
        """
        pris|avale trop + comprime*|medicament*|cachets|pilules
        pris|avale toute|tout boite|plaquette
        surdose|overdose
        """,
    ),
    _sign(
        "meningitis",
        "Méningite possible : fièvre avec nuque raide ou confusion, taches qui ne s'effacent pas",
        """
        fievre|temperature + nuque|cou raide|raidie|bloque*
        raideur nuque|cou
        taches|boutons|eruption|plaques ne disparai*|efface* pas
        fievre|temperature + confus*|desoriente*
        """,
    ),
    _sign(
        "medicine_reaction",
        "Réaction grave à un médicament : forte fièvre et muscles raides",
        """
        fievre|temperature + muscles|corps raide*|rigide*|contracte*
        fievre|temperature + rigidite musculaire
        """,
    ),
    _sign(
        "floppy_baby",
        "Un bébé tout mou qui ne réagit pas",
        """
        bebe|nourrisson|nouveau + mou|molle|flasque|inerte + ne reagit|repond|reveille|respire
        bebe|nourrisson|nouveau + mou|molle|flasque|inerte + inconscient
        """,
    ),
)

_DE_SIGNS = _signs(
    _sign(
        "prolonged_seizure",
        "Ein Krampfanfall, der nicht aufhört, oder Anfälle hintereinander",
        """
        anfall*|krampf*|epilepsieanfall* + hort|horen|hoert|hoeren nicht auf
        anfall*|krampf*|epilepsieanfall* + hort|horen|hoert|hoeren + "nicht auf"
        anfall*|krampf*|epilepsieanfall* + nicht aufhort|aufhoren|aufhoert|aufhoeren
        anfall*|krampf*|epilepsieanfall* + 5+ minuten|minute|min
        krampft|krampfen "immer noch"
        krampft|krampfen weiter|noch|seit|schon
        anfall*|krampf*|krampft|zuckt + viertelstunde
        anfall*|krampf*|krampft|zuckt + "halbe stunde"
        anfall*|krampf*|krampft|zuckt + seit 1 stunde
        "1 anfall|krampfanfall nach dem anderen"
        anfall|anfalle|krampfanfall|krampfanfalle nach|auf anfall|anfalle|krampfanfall
        anfall*|krampf* + hintereinander|nacheinander|serie
        anfall*|krampf* + "am stuck"
        anfall*|krampf* + wacht|wachen + nicht auf
        anfall*|krampf* + kommt|kommen nicht zu sich
        anfall*|krampf* + nicht aufwacht|aufwachen|wach|ansprechbar
        status epilepticus + hat|ist|im|seit|gerade
        -krampfader*
        -krampfe + bein|beinen|wade|waden|nachts|magen|bauch|regel|periode|muskel|muskeln
        """,
    ),
    _sign(
        "stroke",
        "Zeichen eines Schlaganfalls: hängender Mundwinkel, schwacher Arm, verwaschene Sprache",
        """
        mundwinkel|gesicht|mund|lacheln|augenlid|gesichtshalfte hangt|hangen|hangend*|schief
        mundwinkel|gesicht|mund|lacheln|gesichtshalfte verzogen|gelahmt|herunter|runter|schlaff
        hangend*|schief*|herabhangend* mundwinkel|gesicht|mund|gesichtshalfte
        arm|arme|bein|beine|hand schwach|kraftlos|taub|gelahmt|lahm|gefuhllos|schlaff|schwer
        arm|arme|bein|beine|hand + kraftlos|taub|gelahmt|lahm|gefuhllos
        schwach*|taub*|gelahmt|lahmung|gefuhllos + einseitig|halbseitig|korperhalfte
        schwach*|taub*|gelahmt|lahmung|gefuhllos + "1 seite"
        arm|arme|bein|beine + nicht|kaum heben|hochheben|anheben|bewegen
        sprache|sprechen|spricht|aussprache|redet|reden|stimme + verwaschen*|lallend|lallt
        sprache|sprechen|spricht|aussprache|redet|reden|stimme undeutlich
        sprache|sprechen|spricht|aussprache|redet|reden unverstandlich|komisch|wirr
        verwaschen*|lallend*|undeutlich* sprache|sprechen|aussprache|stimme|reden
        lallt|nuschelt + plotzlich|seit
        lallt|nuschelt + "auf 1 mal"
        nicht|kaum richtig|deutlich|mehr|klar sprechen|reden
        hat|bekommt|kriegt|erleidet|habe "1 schlaganfall"
        -schlaganfall + gehabt|hatte|jahren|monaten|damals|fruher
        """,
    ),
    _sign(
        "breathing",
        "Atemnot oder Ersticken",
        """
        "keine luft"
        "kein atem"
        kaum|schlecht|schwer luft
        atmet|atme|atmen nicht|nich|kaum|schwer|schlecht
        nicht|nich|kaum atmen|atmet|atme
        aufgehort|hort|horte|aufhoren zu atmen
        atemnot|luftnot|atemprobleme|atembeschwerden|atemstillstand|erstickungsanfall
        ringt|ringen|schnappt|schnappen|japst nach luft|atem
        erstick*
        lippen|gesicht|haut + blau|blaulich|lila
        lauft|laufen|wird|ist blau an
        -angst|sorge|gefahr|risiko|befurchte + erstick*
        -atemaussetzer|schlafapnoe|schnarch*|nachts|schlaf + atmet|atmen|aufgehort|atem
        """,
    ),
    _sign(
        "collapse",
        "Zusammengebrochen, bewusstlos oder reagiert nicht",
        """
        bewusstlos*
        zusammengebrochen|zusammengesackt|kollabiert|umgekippt
        reagiert|reagieren nicht|nich|kaum
        nicht|nich|kaum reagiert|reagieren|ansprechbar
        ansprechbar nicht
        wacht|wachen + nicht auf
        nicht aufwacht|aufwachen|wach|aufzuwecken|wachzukriegen
        kommt|kommen nicht zu sich
        leblos
        -reagiert|reagieren + medikament*|tabletten|therapie|behandlung|medizin
        -reagiert|reagieren + nachricht*|anruf*|telefon|handy|mail|mails|email*|briefe|fragen
        -bewusstlos|reagiert + absence*|abwesenheit*|tagtraum*
        """,
    ),
    _sign(
        "suicide_self_harm",
        "Gedanken an Suizid oder Selbstverletzung",
        """
        mich|sich umbringen|umzubringen|toten|ermorden
        bringe|bring|bringt mich|sich um
        mir|sich leben nehmen|beenden
        mein|meinem leben beenden
        meinem leben "1 ende"
        suizidgedanken|selbstmordgedanken|suizidal|suizidgefahrdet|lebensmude
        suizidversuch|selbstmordversuch
        suizid|selbstmord + denke|gedanken|begehen|versuch|versucht|plane|will|mochte
        will|mochte|moechte|wunsche sterben
        will|mochte|moechte|wunsche "tot sein"
        nicht mehr leben|aufwachen
        nicht mehr "da sein"
        leben + "keinen sinn"
        "kann nicht mehr"
        besser ohne mich
        ritze|ritzen|ritzt|schneide|schneiden|verletze|verletzen mich|mir|sich
        selbstverletzung|selbstverletzen|selbstverletzend
        -kann nicht mehr laufen|gehen|arbeiten|schlafen|essen|fahren|autofahren|sehen|lesen
        -kann nicht mehr schreiben|stehen|sitzen|schlucken|trinken|warten|sprechen|richtig
        -kann nicht mehr + auto|arbeit|arbeiten|schule|sport|beruf|job|urlaub|schwimmen
        -damals|fruher|jugend|teenager + ritz*|verletz*|schneid*
        -ritz*|schneid*|verletz* + gefallen|unfall|kochen|rasieren|anfall|sturz|messer
        """,
    ),
    _sign(
        "overdose",
        "Zu viele Tabletten oder Medikamente genommen (Überdosis)",
        """
        uberdosis|ueberdosis|uberdosiert|uberdosierung
        genommen|geschluckt|eingenommen|nahm|schluckte + "zu viele|viel" + tablette*|pille*
        genommen|geschluckt|eingenommen|nahm|schluckte + "zu viele|viel" + medikament*|kapsel*
        genommen|geschluckt|eingenommen|nahm|schluckte + ganze|ganzen|handvoll + tablette*
        genommen|geschluckt|eingenommen|nahm|schluckte + ganze|ganzen|handvoll + pille*|kapsel*
        genommen|geschluckt|eingenommen|nahm|schluckte + "zu viele" + schlaftablette*
        genommen|geschluckt|eingenommen|nahm|schluckte + ganze|handvoll + schlaftablette*
        genommen|geschluckt|eingenommen|nahm|schluckte + ganze|handvoll + schmerztablette*
        genommen|geschluckt|eingenommen|nahm|schluckte + ganze|ganzen + packung|schachtel
        genommen|geschluckt|eingenommen|nahm|schluckte + ganze|ganzen + flasche|blister|dose
        genommen|geschluckt|eingenommen|nahm|schluckte + handvoll|ganze|ganzen + medikament*
        """,
    ),
    _sign(
        "meningitis",
        "Mögliche Hirnhaut- oder Gehirnentzündung: Fieber mit steifem Nacken oder Verwirrtheit, "
        "oder ein Ausschlag, der nicht verblasst",
        """
        fieber*|fiebrig|temperatur|gluht + nacken|genick|hals steif|starr|verspannt|schmerzt
        fieber*|fiebrig|temperatur|gluht + steif*|starr* nacken|genick|hals
        fieber*|fiebrig|temperatur|gluht + nackensteif*|genickstarre|nackenschmerz*
        ausschlag|ausschlage|flecken|flecke|punkte + nicht verblasst|verblassen|weggeht|weggehen
        ausschlag|ausschlage|flecken|flecke|punkte + nicht verschwindet|verschwinden|wegdrucken
        ausschlag|ausschlage|flecken|flecke|punkte + verblasst|verblassen|verschwindet nicht
        ausschlag|ausschlage|flecken|flecke|punkte + geht|gehen nicht weg
        fieber*|fiebrig|temperatur + verwirrt|verwirrung|desorientiert|durcheinander|wirr
        fieber*|fiebrig|temperatur + fantasiert|phantasiert
        fieber*|fiebrig|temperatur + weiss|erkennt|erkennen nicht
        """,
    ),
    _sign(
        "medicine_reaction",
        "Eine schwere Reaktion auf ein Medikament: hohes Fieber mit steifen, starren Muskeln",
        """
        fieber*|fiebrig|temperatur|gluht + muskeln|muskel|korper|glieder steif|starr|hart|fest
        fieber*|fiebrig|temperatur|gluht + muskeln|muskel|korper|glieder verkrampft
        fieber*|fiebrig|temperatur|gluht + steif*|starr*|harte|verkrampfte muskeln|muskel|glieder
        fieber*|fiebrig|temperatur|gluht + muskelsteif*|muskelstarre|muskelstarrheit|rigor
        """,
    ),
    _sign(
        "floppy_baby",
        "Ein Baby, das schlaff ist und nicht reagiert",
        """
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + nicht|kaum reagiert
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + nicht|kaum wach*
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + nicht|kaum atmet
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + nicht ansprechbar
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + reagiert nicht|kaum
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + wacht|atmet nicht
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + bewusstlos|leblos
        baby|babys|saugling|neugeboren*|kleinkind + schlaff|schlapp|kraftlos + blau
        """,
    ),
)

_PT_SIGNS = _signs(
    _sign(
        "prolonged_seizure",
        "Uma convulsão que não para, ou crises uma atrás da outra",
        """
        convuls*|crise|crises|ataque + "nao para|passa|termina|acaba|cessa|parou|passou"
        convuls*|crise|crises|ataque + "ainda nao parou|passou|acabou"
        convuls*|crise|crises|tremendo|debatendo + 5+ minutos|minuto|min
        ainda convulsionando|convulsiona|tremendo|debatendo
        crise|crises|convulsao|convulsoes atras|apos|depois outra|outro
        crises|convulsoes seguidas|seguida|repetidas
        convuls*|crise|crises|tremendo|debatendo "sem parar"
        convuls*|crise|crises + nao acorda|desperta|recupera entre
        convuls*|crise|crises + nao volta|voltou a si
        estado de mal epileptico
        -crise|crises + ansiedade|panico|choro|riso|tosse|enxaqueca|asma|dor|nervos|nervosa
        """,
    ),
    _sign(
        "stroke",
        "Sinais de AVC: boca torta, braço fraco, fala enrolada",
        """
        boca|rosto|cara|face|sorriso torta|torto|entortou|caida|caido|caindo|pendendo
        boca|rosto|cara|face|sorriso paralisad*|desviad*|repuxad*|repuxou
        braco|perna|mao|bracos|pernas fraco|fraca|fraqueza|dormente|dormencia|formigando
        braco|perna|mao|bracos|pernas paralisad*|mole|pesado|pesada
        braco|perna|mao|bracos|pernas "sem forca"
        fraqueza|dormencia|dormente|paralisi* + "1 lado"
        fraqueza|dormencia|dormente|paralisi* + "lado do corpo"
        nao consegue|consigo|conseguia levantar|mexer|mover + braco|perna|bracos|pernas|mao
        fala|voz|falando enrolada|arrastada|estranha|embolada|confusa|pastosa|enrolando
        fala|voz|falando enrolado|embolado|arrastado|estranho
        falando|fala|palavras enrolad*|emboland*|engrolad*
        lingua enrolada|presa|pesada
        nao consegue|consigo falar|articular
        "esta|estou|ta tendo" 1 avc|derrame
        """,
    ),
    _sign(
        "breathing",
        "Dificuldade para respirar ou engasgo",
        """
        nao consigo|consegue|conseguimos|pode|posso|conseguia respirar
        nao respira|respirando|respirou
        parou|parando|parar|para de respirar
        falta de ar
        dificuldade|dificil|custando|custa|mal respirar|respiracao|respirando
        sufocando|sufocado|sufocada|sufoca|asfixi*
        engasg*
        labios|boca|rosto|pele|cara + roxo|roxos|roxa|roxas|azul|azulad*|arroxead*
        ficando|ficou|esta roxo|roxa|azul
        -medo|preocupad*|risco|receio + engasg*|sufoc*
        -parar|parou|para de respirar + dormindo|sono|noite|apneia|ronco|ronca
        -sinto|sentindo sufoc*
        -respira|respirar|respirando pelo|pela nariz
        -roxo|roxa|azul + hematoma|mancha|manchas|machucado|galo|unha|dedo|joelho|perna|braco
        """,
    ),
    _sign(
        "collapse",
        "Desmaiou, inconsciente ou não responde",
        """
        nao responde|reage|reagindo|respondendo|acorda|desperta
        nao volta|voltou a si
        desacordado|desacordada|inconsciente|desfalecid*
        "sem sentidos"
        perdeu|perdendo a consciencia|sentidos
        caiu|desabou|desmaiou + nao se mexe|move
        -nao responde|reage + tratamento|remedio|remedios|medicamento|medicacao|terapia
        -nao responde + mensagem|mensagens|telefone|celular|whatsapp|email|ligacoes|perguntas
        -nao acorda + cedo|cedinho|escola|manha|despertador
        -inconsciente|responde|reage + ausencia|ausencias|devaneio*
        """,
    ),
    _sign(
        "suicide_self_harm",
        "Pensamentos de suicídio ou automutilação",
        """
        me matar|suicidar
        matar|suicidar me
        quero|quer|querendo|vontade morrer|sumir
        suicidio + penso|pensando|pensamentos|pensar|tentar|tentei|tentou|tentativa|cometer
        suicida|suicidas
        tirar|tirando minha|propria|sua vida
        acabar|acabando com tudo
        acabar|acabando com minha|a|propria vida
        nao aguento|quero|consigo mais viver|continuar
        nao quero viver
        nao vejo saida
        "nao vale a pena viver"
        melhor sem mim
        me machucar|cortar|ferir|machucando|cortando|ferindo|corto|machuco
        machucar|cortar|ferir|machuquei|cortei me
        automutila*|autolesao|autolesoes|automutilacao
        "nao aguento mais"
        -"nao aguento mais" esse|essa|esses|essas|de|a|o|as|os|tanta|tanto|ficar|esperar
        -"nao aguento mais" tomar|trabalhar|andar|sentir|dor|dores
        -cort*|machuc*|feri* + cozinhando|faca|cai|caiu|queda|acidente|crise|convulsao|barbear
        -costumava|adolescente|antigamente + cort*|machuc*|automutila*
        """,
    ),
    _sign(
        "overdose",
        "Comprimidos ou remédios demais (overdose)",
        """
        overdose|superdosagem|sobredose|intoxicacao
        tomou|tomei|engoliu|engoli|tomaram + demais|excesso + comprimido*|remedio*|pilula*
        tomou|tomei|engoliu|engoli|tomaram + demais|excesso + capsula*|medicamento*
        tomou|tomei|engoliu|engoli|tomaram + cartela|caixa|frasco|vidro|punhado + inteira|inteiro
        tomou|tomei|engoliu|engoli|tomaram + punhado|monte + comprimido*|remedio*|pilula*
        tomou|tomei|engoliu|engoli + muitos|varios + comprimido*|remedio*|pilula* + "de 1 vez"
        """,
    ),
    _sign(
        "meningitis",
        "Possível meningite: febre com pescoço duro ou confusão, manchas que não somem",
        """
        febre|temperatura|febril|ardendo + pescoco|nuca duro|dura|rigido|rigida|travado|travada
        febre|temperatura|febril|ardendo + pescoco|nuca endurecid*
        febre|temperatura|febril|ardendo + rigidez|dor nuca|pescoco
        mancha*|pinta*|pontinho*|erupcao|bolinha* + "nao somem|some|desaparecem|desaparece"
        mancha*|pinta*|pontinho*|erupcao|bolinha* + "nao saem|sai|clareiam|clareia"
        febre|temperatura|febril + confus*|desorientad*|delirando|delirio|delira
        febre|temperatura|febril + "nao reconhece|sabe"
        """,
    ),
    _sign(
        "medicine_reaction",
        "Reação grave a um remédio: febre alta com músculos rígidos",
        """
        febre|temperatura|febril + musculos|musculo|corpo|membros rigid*|duro*|travad*
        febre|temperatura|febril + musculos|musculo|corpo|membros endurecid*|contraid*
        febre|temperatura|febril + rigidez muscular|musculos|corpo
        """,
    ),
    _sign(
        "floppy_baby",
        "Um bebê molinho que não reage",
        """
        bebe|bebezinho|nenem|nene|recem|lactente + molinho|molinha|mole|flacid*|largad* + nao
        bebe|bebezinho|nenem|nene|recem|lactente + "sem forca" + nao
        bebe|bebezinho|nenem|nene|recem|lactente + molinho|molinha|mole|flacid* + desacordad*
        bebe|bebezinho|nenem|nene|recem|lactente + molinho|molinha|mole|flacid* + inconsciente
        bebe|bebezinho|nenem|nene|recem|lactente + molinho|molinha|mole|flacid* + roxo|roxa|azul
        """,
    ),
)

_AR_SIGNS = _signs(
    _sign(
        "prolonged_seizure",
        "نوبة صرع لا تتوقف، أو نوبات متتالية",
        """
        نوبه|نوبات|نوبته|نوبتها|تشنج*|صرع*|اختلاج* + لا|ما|مش|لم|مو تتوقف|يتوقف|تنتهي|ينتهي
        نوبه|نوبات|نوبته|نوبتها|تشنج*|صرع*|اختلاج* + لا|ما|مش|لم|مو توقفت|توقف|تخلص|يخلص
        نوبه|نوبات|نوبته|نوبتها|تشنج*|صرع*|اختلاج* + بتوقفش|بتخلصش|وقفتش|خلصتش|بتقفش
        نوبه|نوبات|نوبته|نوبتها|تشنج*|صرع*|اختلاج* + لا|ما|مش|لم|مو وقفت|وقف|يوقف|توقف|وقفت
        نوبه|نوبات|تشنج*|يتشنج|تتشنج|ينتفض|تنتفض + 5+ دقائق|دقايق|دقيقه
        نوبه|نوبات|تشنج*|يتشنج|تتشنج|ينتفض|تنتفض + ربع|نص|نصف ساعه
        مازال|زال|يزال|تزال|لسه|لسا|بعده|بعدها يتشنج|تتشنج|ينتفض|تنتفض|يرتجف|ترتجف
        نوبه|نوبات|تشنج|تشنجات ورا|وراء|بعد|تلو|خلف نوبه|الاخري|الثانيه|التانيه|الثانيه
        نوبات|تشنجات متتاليه|متتابعه|متلاحقه|متواصله|ورا
        نوبه|نوبات|تشنج* + لا|ما|مش|لم يفيق|يستفيق|يصحو|يصحي|تفيق|تستفيق|تصحو|يفوق|تفوق
        """,
    ),
    _sign(
        "stroke",
        "علامات جلطة دماغية: ميلان الوجه أو الفم، ضعف الذراع، ثقل الكلام",
        """
        وجه*|فم|فمه|فمها|فمي|بوزه|ابتسامه|جفن* + مايل|ميلان|مال|معوج|اعوج*|منحرف|متدلي
        وجه*|فم|فمه|فمها|فمي|بوزه|ابتسامه|جفن* + تدلي|ساقط|متهدل|مشلول|شلل|مرتخي|ارتخاء
        ذراع*|يد|يده|يدها|يدي|ايد|ايده|ايدها|رجله|رجلها|ساقه|ساقها + ضعيف*|ضعف|مشلول*|شلل
        ذراع*|يد|يده|يدها|يدي|ايد|ايده|ايدها|رجله|رجلها|ساقه|ساقها + خدر*|تنميل|ثقيل*|تقيل*
        ضعف*|ضعيف*|خدر*|تنميل|شلل|مشلول* + جهه|جانب|نص|نصف|ناحيه + واحده|واحد|جسمه|جسمها
        ضعف*|ضعيف*|خدر*|تنميل|شلل|مشلول* + الجانب|الجهه|جانب|جهه + الايمن|الايسر|اليمين|اليسار
        لا|ما|مش|مو|لم يستطيع|تستطيع|يقدر|تقدر|قادر* رفع|يرفع|ترفع + ذراع*|يد|يده|يدها|ايد*
        لا|ما|مش|مو|لم يستطيع|تستطيع|يقدر|تقدر|قادر* يحرك|تحرك|تحريك + ذراع*|يد|يده|يدها|ايد*
        لا|ما|مش|مو|لم يستطيع|تستطيع|يقدر|تقدر|قادر* رفع|يرفع|ترفع|يحرك|تحرك|تحريك + رجله|رجلها
        لا|ما|مش|مو|لم يستطيع|تستطيع|يقدر|تقدر|قادر* رفع|يرفع|ترفع|يحرك|تحرك|تحريك + ساقه|ساقها
        كلام*|نطق*|لسان*|لسانه|صوت* ثقيل*|تقيل*|متلعثم*|متداخل|ملخبط|مشوش|مدغم|غريب
        كلام*|نطق*|لسان*|صوت* + غير|مش|مو مفهوم|واضح
        ثقل|تلعثم|ثقيل|تقيل|لخبطه كلام*|لسان*|نطق*|الكلام
        لا|ما|مش|مو|لم يستطيع|تستطيع|يقدر|تقدر|بيقدر|بتقدر|قادر|قادره الكلام|يتكلم|تتكلم|ينطق
        لا|ما|مش|مو|لم يستطيع|تستطيع|يقدر|تقدر|بيقدر|بتقدر|قادر|قادره يتحدث|تتحدث|الحديث
        يصاب|تصاب|يتعرض|تتعرض + جلطه|سكته
        -كلام*|صوت* + مفهوم|واضح + هاتف|تلفون|الهاتف|التلفون|الخط|مكالمه
        """,
    ),
    _sign(
        "breathing",
        "صعوبة في التنفس أو اختناق",
        """
        لا|ما|مش|مو|لم استطيع|يستطيع|تستطيع|نستطيع|اقدر|يقدر|تقدر|قادر|قادره التنفس|اتنفس
        لا|ما|مش|مو|لم استطيع|يستطيع|تستطيع|نستطيع|اقدر|يقدر|تقدر|قادر|قادره يتنفس|تتنفس
        لا|ما|مش|مو|لم بقدر|بيقدر|بتقدر|عم التنفس|اتنفس|يتنفس|تتنفس|بيتنفس|بتتنفس|تنفس
        لا|ما|مش|مو|لم يتنفس|تتنفس|بيتنفس|بتتنفس|يتنفسش|تتنفسش
        مابيتنفسش|مابتتنفسش|ميتنفسش|متتنفسش|مايتنفس|ماتتنفس
        توقف|توقفت|وقف|وقفت|بطل|بطلت|انقطع|انقطعت + عن|عن التنفس|تنفسه|تنفسها|نفسه|نفسها
        صعوبه|ضيق|ضيقه|مشكله|مشاكل|عسر تنفس|التنفس|بالتنفس|النفس|نفس|بالنفس|تنفسه|تنفسها
        نفسه|نفسها|نفسي|النفس مقطوع*|محبوس|بيتقطع|يتقطع|متقطع
        يتنفس|تتنفس|اتنفس|التنفس|تنفسه|تنفسها بصعوبه|بالعافيه|بالكاد
        بالكاد|بالعافيه|بصعوبه يتنفس|تتنفس|اتنفس
        يختنق|تختنق|اختناق|مختنق*|اختنق|اختنقت|بيختنق|بتختنق|يتخنق|اتخنق|اتشرق|شرقان|شرقانه
        شفا|شفاه|شفتاه|شفتيه|شفتاها|شفتيها|شفايفه|شفايفها|وجه*|لون* + ازرق*|زرق*|مزرق*
        -اخاف|خايف|خايفه|خوف|خطر|قلق|قلقه + يختنق|تختنق|اختنق|نختنق|اختناق|يتخنق|اتخنق
        -توقف*|يتوقف|تتوقف|انقطاع|ينقطع + النوم|نومه|نومها|نايم|نايمه|الليل|الشخير|يشخر
        """,
    ),
    _sign(
        "collapse",
        "انهيار أو فقدان الوعي أو لا يستجيب",
        """
        فقد|فقدت|فقدان|افقد|يفقد|تفقد|غاب|غابت|غايب|غايبه|غياب|فاقد|فاقده الوعي|وعيه|وعيها
        غير|مش|مو|ليس واعي|واعيه
        مغمي|مغما|مغشي|مغشيا|مغمي عليه|عليها
        لا|ما|مش|مو|لم يستجيب|تستجيب|بيستجيب|بتستجيب|يتجاوب|تتجاوب|يتفاعل|تتفاعل
        لا|ما|مش|مو|لم يفيق|تفيق|يستفيق|تستفيق|يفوق|تفوق|يصحو|تصحو|يصحي|تصحي|بيصحي|بتصحي
        وقع|وقعت|سقط|سقطت|ملقي|ممدد|واقع|مرمي + لا|ما|مش|مو يتحرك|تتحرك|بيتحرك|بتتحرك
        -يستجيب|تستجيب|يتجاوب|تتجاوب|يتفاعل|تتفاعل + علاج|العلاج|دواء|الدواء|ادويه|الادويه
        -يصحو|تصحو|يصحي|تصحي|بيصحي|بتصحي|يفيق|تفيق + بدري|مبكرا|المدرسه|الصبح|الصباح|المنبه
        """,
    ),
    _sign(
        "suicide_self_harm",
        "أفكار انتحارية أو إيذاء النفس",
        """
        انتحار*|الانتحار|انتحاري*|انتحر|سانتحر|هنتحر|ينتحر|تنتحر + افكر|بفكر|يفكر|تفكر|افكار
        انتحار*|الانتحار|انتحاري*|انتحر|ينتحر|تنتحر + فكره|تفكير|محاوله|حاول|حاولت|اريد
        اريد|ابي|ابغي|ابغا|بدي|عايز|عايزه|عاوز|عاوزه|نفسي|اتمني|اود|قررت انتحر|اموت
        اريد|ابي|ابغي|ابغا|بدي|عايز|عايزه|عاوز|عاوزه|نفسي|اتمني|اود|قررت اقتل|انهي نفسي|حياتي
        اقتل|قتل|يقتل|تقتل|اقتلي نفسي|نفسه|نفسها|روحي
        انهي|انهاء|ينهي|تنهي|انهيت حياتي|حياته|حياتها
        اخلص|اتخلص من حياتي|حياته|حياتها|نفسي
        ما|مش|لا|مو عاد|عدت اكمل|اعيش|استمر
        ايذاء|اذيه|اذي|اوذي|يوذي|توذي|اجرح|يجرح|تجرح|جرح|اذيت|جرحت نفسي|نفسه|نفسها|النفس
        لا|ما|مش|مو|مابي اريد|ابي|ابغي|بدي|عايز|عايزه|عاوز|اقدر|استطيع اعيش|العيش|الحياه
        لا|ما|مش|مو|مابي اريد|ابي|ابغي|بدي|عايز|عايزه|عاوز|اقدر|استطيع اكمل|استمر|الاستمرار
        لا|ما|مافي|مفيش|ماكو فايده|معني|داعي|سبب من|ل الحياه|للحياه|العيش|حياتي|لحياتي
        الموت|موتي افضل|احسن
        افضل|احسن بدوني|بلاي|من غيري
        -اكمل|استمر|الاستمرار العمل|بالعمل|الشغل|بالشغل|الدراسه|بالدراسه|الدواء|بالدواء
        -اكمل|استمر|الاستمرار العلاج|بالعلاج|الرياضه|القياده|عملي|دراستي|الجامعه|المدرسه
        -كنت|سابقا|زمان|قديما + اوذي|اذي|اجرح|ايذاء|جرحت
        -جرح*|اجرح|يجرح|اذي*|اوذي + وقع*|سقط*|حادث|الطبخ|اطبخ|نوبه|النوبه|تشنج*|الحلاقه
        """,
    ),
    _sign(
        "overdose",
        "تناول حبوب أو أدوية كثيرة (جرعة زائدة)",
        """
        جرعه|جرعات زايده|زياده|مفرطه
        تسمم دوايي|بالدواء|بالحبوب|بالادويه
        اخذ*|تناول*|بلع*|ابتلع*|شرب|شربت + علبه|شريط|عبوه|قنينه + كامله|كلها|كامل
        اخذ*|تناول*|بلع*|ابتلع* + كثير*|الكثير|زياده + حبوب|حبه|حبات|اقراص|قرص|برشام
        اخذ*|تناول*|بلع*|ابتلع* + كثير*|الكثير|زياده + ادويه|دوا|دواء
        اخذ*|تناول*|بلع*|ابتلع* + حفنه|كومه|كميه + حبوب|حبات|اقراص|ادويه|برشام
        """,
    ),
    _sign(
        "meningitis",
        "احتمال التهاب السحايا أو الدماغ: حمى مع تيبس الرقبة أو تشوش، أو طفح لا يختفي",
        """
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه|سخن|مسخن + رقب*|عنق*|الرقبه + متيبس*|تيبس|متصلب*
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه|سخن|مسخن + رقب*|عنق*|الرقبه + تصلب|ناشف*|يابس*
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه|سخن|مسخن + رقب*|عنق*|الرقبه + جامد*|مشدود*|وجع|الم
        طفح|بقع|نقط|نقاط + لا|ما|مش|لم يختفي|تختفي|يروح|تروح|يزول|تزول|يبهت|تبهت|يختفيش
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه + تشوش|مشوش*|هذيان|يهذي|تهذي|يخرف|تخرف|يهلوس
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه + تهلوس|تايه|تايهه|مرتبك*|ارتباك|مخربط*
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه + لا|ما|مش يعرف|تعرف|يعرفني|تعرفني|يميز|تميز
        """,
    ),
    _sign(
        "medicine_reaction",
        "رد فعل خطير على دواء: حمى شديدة مع تيبس العضلات",
        """
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه + عضل*|جسم*|اطراف* + متيبس*|تيبس|متصلب*|تصلب
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه + عضل*|جسم*|اطراف* + جامد*|ناشف*|مشدود*|يابس*
        حمي|حراره|حرارته|حرارتها|سخونه|سخونيه + عضل*|جسم*|اطراف* + متخشب*|تخشب|تشنج*
        """,
    ),
    _sign(
        "floppy_baby",
        "رضيع رخو لا يستجيب",
        """
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + لا|ما|مش|لم يستجيب|تستجيب
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + لا|ما|مش|لم يتفاعل|تتفاعل
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + لا|ما|مش|لم يتحرك|تتحرك
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + لا|ما|مش|لم يصحو|يصحي|يفيق|تفيق
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + لا|ما|مش|لم يرضع|ترضع
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + لا|ما|مش|لم يتنفس|تتنفس
        رضيع*|طفل*|بيبي|مولود* + رخو*|مرتخي*|مرخي|متهدل*|سايب* + ازرق*|زرق*|فاقد|فاقده|مغمي
        """,
    ),
)

DEFAULT_SIGNS: dict[str, tuple[UrgentSign, ...]] = {
    "en": _EN_SIGNS,
    "es": _ES_SIGNS,
    "fr": _FR_SIGNS,
    "de": _DE_SIGNS,
    "pt": _PT_SIGNS,
    "ar": _AR_SIGNS,
}


@functools.lru_cache(maxsize=16)
def default_detector(language: str = "en") -> UrgentDetector:
    """Return the shared detector for the built-in signs of a language (English if unknown)."""
    code = language.split("-")[0].lower() if language else "en"
    return compile_signs(DEFAULT_SIGNS.get(code, DEFAULT_SIGNS["en"]), code)
