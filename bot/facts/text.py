"""The officer's message, tidied for the patterns, with a way back to the words they typed.

Patterns run on `Text.norm` (lower case, plain quotes and dashes, common abbreviations
spelled out, near-miss key words corrected). Every character of `norm` remembers where it
came from, so evidence is always a span of the officer's original text, never a word the
officer did not type.

Everything here is deterministic: the same text gives the same `norm` in every process
(the typo corrector picks from a sorted vocabulary, ties broken alphabetically).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

__all__ = ["Clause", "Text", "clauses", "is_doubted", "is_doubted_ask", "is_negated", "normalise"]


@dataclass(frozen=True)
class Text:
    original: str
    norm: str
    origin: tuple[int, ...]  # origin[i]: index in `original` of norm[i]

    def words(self, start: int, end: int) -> str:
        """The officer's own words behind norm[start:end]."""
        if start >= end or not self.origin:
            return ""
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[min(end, len(self.origin)) - 1]
        if end >= len(self.norm) or not self.norm[end].isalnum():
            # a word spelt out longer or shorter ("entreguemos" read as "hand over") ends where it ends
            while last + 1 < len(self.original) and self.original[last].isalnum() and self.original[last + 1].isalnum():
                last += 1
        return self.original[first : last + 1].strip(" \t\n*_~")

    def words_of(self, match: re.Match[str], offset: int = 0) -> str:
        return self.words(offset + match.start(), offset + match.end())


# Words the facts reader must recognise even when misspelt. Inflections are listed so that a
# correctly spelt neighbour ("detained") is never "corrected" into another word ("detainer").
_VOCABULARY: tuple[str, ...] = tuple(
    sorted(
        {
            "administrative",
            "agent",
            "arraignment",
            "agents",
            "alert",
            "alerts",
            "assault",
            "attacked",
            "attacking",
            "burglary",
            "citizenship",
            "conviction",
            "convictions",
            "convicted",
            "criminal",
            "custody",
            "database",
            "deport",
            "deportation",
            "deported",
            "deporting",
            "detain",
            "detained",
            "detainer",
            "detainers",
            "detaining",
            "detective",
            "federal",
            "homeland",
            "immigrant",
            "immigrants",
            "immigration",
            "interview",
            "interviews",
            "investigate",
            "investigating",
            "investigation",
            "judge",
            "judges",
            "judicial",
            "larceny",
            "lieutenant",
            "magistrate",
            "manslaughter",
            "narcotics",
            "office",
            "officer",
            "officers",
            "offices",
            "operation",
            "passport",
            "precinct",
            "precincts",
            "prison",
            "prisoner",
            "prisons",
            "record",
            "recorded",
            "records",
            "reentry",
            "release",
            "released",
            "releases",
            "releasing",
            "removal",
            "report",
            "reported",
            "reports",
            "robbery",
            "screening",
            "security",
            "sergeant",
            "sign",
            "signature",
            "signed",
            "signing",
            "signs",
            "smuggling",
            "supervisor",
            "supervisory",
            "terrorism",
            "terrorist",
            "trafficking",
            "transfer",
            "transferred",
            "undocumented",
            "warrant",
            "warrants",
            "watchlist",
        }
    )
)
# Real words that sit one letter away from a key word: never "corrected".
_PROTECTED = frozenset(
    {
        "detainee",
        "detainees",
        "detention",
        "reporter",
        "recorder",
        "signal",
        "signals",
        "offices",
        "officials",
        "official",
        "transfers",
        "relapse",
        "reentered",
        "records",
        "released",
        "removed",
        "remove",
        "prisons",
        "passports",
        "agency",
        "agenda",
        "custodian",
        "federally",
        "judgment",
        "judging",
        "screened",
        "security",
        "securing",
        "securities",
        "deputy",
        "detail",
        "details",
        "detailed",
        "detained",
        "detainer",
        "sergeants",
        "investigator",
        "investigators",
        "interviewed",
        "interviewing",
        "supervised",
        "supervision",
        "operations",
        "operational",
        "operating",
        "criminals",
        "immigrated",
        "warranted",
        "warranty",
        "recording",
        "reporting",
        "returned",
        "revealed",
        "convince",
        "convinced",
        "conviction",
        "assaulted",
        "assaults",
        "assaulting",
        # e-mail words one letter from a key word: "Attached please find" is no attack
        "attached",
        "attach",
        "attaching",
        "attachment",
        "attachments",
    }
)
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ly", "ment", "ments")
_MIN_TYPO_LENGTH = 6
_TYPO_CUTOFF = 85.0

# Spelled out before the patterns run; each maps a whole word (as typed, lower case).
_EXPANSIONS = {
    # record shorthand on rap sheets and in supervisors' notes ("Asslt 2 (PL 120.05)")
    "asslt": "assault",
    "aslt": "assault",
    # Spanish words officers mix in ("quieren que se lo entreguemos", "tiene papeles")
    "quiere": "wants",
    "ayuden": "help",
    "encontrar": "find",
    "buscar": "look for",
    "aguantemos": "hold him",
    "aguantar": "hold",
    "aguanten": "hold",
    "detener": "detain",
    "detenerlo": "detain him",
    "detenerla": "detain her",
    "señor": "man",
    "senor": "man",
    "convicción": "conviction",
    "conviccion": "conviction",
    "hasta": "until",
    "lleguen": "they arrive",
    "vive": "lives",
    "cerca": "near",
    "quieren": "want",
    "pregunta": "asks",
    "preguntan": "ask",
    "tiene": "has",
    "tienen": "have",
    "papeles": "papers",
    "juez": "judge",
    "entregar": "hand over",
    "entreguemos": "hand over",
    "entregue": "hand over",
    "entreguen": "hand over",
    "muchacho": "guy",
    "agente": "agent",
    "si": "if",
    "el": "the",
    "un": "a",
    "una": "a",
    "de": "from",
    "del": "from the",
    "cuando": "when",
    "terminemos": "we finish",
    "orden": "order",
    "firmada": "signed",
    "firmado": "signed",
    "firmó": "signed",
    "firmo": "signed",
    "llevárselo": "take him",
    "llevarselo": "take him",
    "llevarlo": "take him",
    "llevársela": "take her",
    "llevarsela": "take her",
    "salga": "gets out",
    "sale": "gets out",
    "nuestro": "our",
    "camara": "camera",
    "cámara": "camera",
    "estacion": "station",
    "estación": "station",
    "wnats": "wants",
    "wnat": "want",
    "watns": "wants",
    "wnated": "wanted",
    "jsut": "just",
    "prisnor": "prisoner",
    "prisner": "prisoner",
    "prisonor": "prisoner",
    "deportd": "deported",
    "en": "in",
    "segundo": "second",
    "primer": "first",
    "primero": "first",
    "tercer": "third",
    "tercero": "third",
    "cuarto": "fourth",
    "y": "and",
    "trae": "brings",
    "deportaciones": "deportation",
    "deportar": "deport",
    "lista": "list",
    "terroristas": "terrorists",
    "sistema": "system",
    "golpeando": "hitting",
    "pegando": "hitting",
    "pelea": "fight",
    "intervenir": "intervene",
    "arrestando": "arresting",
    "hombre": "man",
    "cabeza": "head",
    "afuera": "outside",
    "al": "the",
    "nuestra": "our",
    "preguntar": "ask",
    "robaron": "robbed",
    "investigando": "investigating",
    "licencia": "license",
    "falsa": "fake",
    "falso": "fake",
    "falsas": "fake",
    "falsos": "fake",
    "estatus": "status",
    "migratorio": "immigration",
    "la": "the",
    "las": "the",
    "pidio": "asked for",
    "pidió": "asked for",
    "fecha": "date",
    "corte": "court",
    "prestemos": "lend",
    "prestar": "lend",
    "estacionamiento": "parking lot",
    "camionetas": "vans",
    "precinto": "precinct",
    "entrena": "trains",
    "entrenar": "train",
    "procesar": "process",
    "arrestos": "arrests",
    "martials": "marshals",
    "marshalls": "marshals",
    "counterfit": "counterfeit",
    "conjunto": "joint",
    "drogas": "drugs",
    "copia": "a copy",
    "copias": "copies",
    "fotos": "photos",
    "mandar": "send",
    "mande": "send",
    "mandemos": "send",
    "enviar": "send",
    "dar": "give",
    "demos": "give",
    "reportes": "reports",
    "puerta": "door",
    "vayan": "go",
    "vaya": "go",
    "ir": "go",
    "ellos": "them",
    "ella": "her",
    "con": "with",
    "mañana": "tomorrow",
    "manana": "tomorrow",
    "nuestros": "our guys",
    "quien": "who",
    "salir": "get out",
    "custodia": "custody",
    "pidiendo": "asking for",
    "su": "their",
    "qué": "what",
    "que": "that",
    "hora": "time",
    "nada": "nothing",
    "ayuda": "help",
    "ayudar": "help",
    "ayudemos": "help",
    "avisar": "notify",
    "avisarle": "notify",
    "avisemos": "notify",
    "avisen": "notify",
    "retener": "hold",
    "retengamos": "hold",
    "detengamos": "hold",
    "preso": "prisoner",
    "presa": "prisoner",
    "celdas": "cells",
    "celda": "cell",
    "cárcel": "jail",
    "carcel": "jail",
    "deportación": "deportation",
    "deportacion": "deportation",
    "reporte": "report",
    "informe": "report",
    "caso": "case",
    "fraude": "fraud",
    "dijeron": "they said",
    "despues": "then",
    "después": "then",
    "pide": "asks for",
    "piden": "ask for",
    "dirección": "address",
    "direccion": "address",
    "ciudadano": "a citizen",
    "ciudadana": "a citizen",
    "saber": "to know",
    "es": "is",
    "acompañemos": "accompany",
    "acompanemos": "accompany",
    "acompañar": "accompany",
    "acompanar": "accompany",
    "condena": "conviction",
    "robo": "robbery",
    "grado": "degree",
    "1er": "1st",
    "arresto": "arrest",
    "inmigración": "immigration",
    "inmigracion": "immigration",
    "los": "the",
    "dicen": "say",
    "quién": "who",
    "sé": "know",
    "tipo": "guy",
    "arrestamos": "we arrested",
    "también": "also",
    "tambien": "also",
    "podemos": "can we",
    "para": "to",
    "entregamos": "hand over",
    "detenido": "prisoner",
    "detenida": "prisoner",
    "firma": "signature",
    "dice": "says",
    "preguntarle": "ask",
    "testigo": "witness",
    "víctima": "victim",
    "victima": "victim",
    "deportarlo": "deport him",
    "deportarla": "deport her",
    "cosas": "things",
    "sargento": "sergeant",
    "mi": "my",
    "por": "by",
    "nosotros": "us",
    "dos": "two",
    "casa": "house",
    "addy": "address",
    "immig": "immigration",
    "addie": "address",
    "w/": "with",
    "w/o": "without",
    "b/c": "because",
    "bc": "because",
    "cuz": "because",
    "u": "you",
    "ur": "your",
    "thru": "through",
    "abt": "about",
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "2morrow": "tomorrow",
    "yr": "year",
    "yrs": "years",
    "hrs": "hours",
    "hr": "hour",
    "govt": "government",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "msg": "message",
    "info": "info",
    "w": "with",
    "wanna": "want to",
    "gonna": "going to",
    "tryna": "trying to",
    "gotta": "got to",
    "r": "are",
    "bldg": "building",
    "apt": "apartment",
    # terse desk shorthand: "conv arson 2, 2024", "TOT perp to FBI", "last known addr", "hist = YO adj"
    "addr": "address",
    "conv": "conviction",
    "convs": "convictions",
    "hist": "history",
    "adj": "adjudication",
    "crim": "criminal",
}
_CONTRACTIONS = {
    word: f"{word[:-1]}'{word[-1]}"
    for word in (
        "dont",
        "didnt",
        "doesnt",
        "cant",
        "wont",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "havent",
        "hasnt",
        "hadnt",
        "shouldnt",
        "wouldnt",
        "couldnt",
        "aint",
    )
} | {
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "whats": "what's",
    "thats": "that's",
    "wheres": "where's",
    "youre": "you're",
    "im": "i'm",
    "ive": "i've",
    "theyll": "they'll",
    "theyve": "they've",
}
_PUNCTUATION = {"‘": "'", "’": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "−": "-"}
_MARKUP = frozenset("*_~")
_SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
_SLACK_LINK = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>|<((?:https?|mailto):[^>]*)>")
_TOKEN = re.compile(r"\bw/o\b|\bw/|\bb/c\b|[a-z0-9à-öø-ÿ]+(?:'[a-z]+)?")


@lru_cache(maxsize=4096)
def _correct(word: str) -> str:
    if len(word) < _MIN_TYPO_LENGTH or word in _PROTECTED or not word.isalpha():
        return word
    if word in _VOCABULARY:
        return word
    if any(word.startswith(known) and word[len(known) :] in _SUFFIXES for known in _VOCABULARY):
        return word  # an inflection ("assaulted"), not a typo
    # A typo keeps the first letter and the length give or take one; anything further away is
    # more likely another real word ("office" is not a misspelt "officers").
    candidates = [known for known in _VOCABULARY if known[0] == word[0] and abs(len(known) - len(word)) <= 1]
    scored = [(fuzz.ratio(word, known), known) for known in candidates]
    best = [known for score, known in scored if score >= _TYPO_CUTOFF]
    if not best:
        return word
    top = max(score for score, known in scored if known in best)
    # Ties go to the alphabetically first word: the same answer in every process.
    return min(known for score, known in scored if score == top and known in best)


def _characters(text: str) -> list[tuple[str, int]]:
    """Lower-cased, NFKC-folded characters, each with its index in `text`; no format characters."""
    # Slack markup that carries no words: user/channel mentions; links keep their label.
    blanked = _SLACK_MENTION.sub(lambda m: " " * len(m.group(0)), text)
    out: list[tuple[str, int]] = []
    position = 0
    for link in _SLACK_LINK.finditer(blanked):
        out.extend(_fold(blanked[position : link.start()], position))
        label_group = 1 if link.group(1) is not None else 2
        out.extend(_fold(link.group(label_group), link.start(label_group)))
        position = link.end()
    out.extend(_fold(blanked[position:], position))
    return out


def _fold(chunk: str, offset: int) -> list[tuple[str, int]]:
    if chunk.isascii():  # most messages: one lower-case character per character, no format marks
        lowered = chunk.lower()
        return [(" " if c in _MARKUP else c, index) for index, c in enumerate(lowered, start=offset)]
    folded: list[tuple[str, int]] = []
    for index, char in enumerate(chunk, start=offset):
        if unicodedata.category(char) == "Cf":  # zero-width and direction marks
            continue
        mapped = _PUNCTUATION.get(char)
        if mapped is None:
            # "İCE" lower-cases to "i̇ce": the dot above is not a letter an officer meant
            mapped = " " if char in _MARKUP else unicodedata.normalize("NFKC", char).lower().replace("i\u0307", "i")
        folded.extend((c, index) for c in mapped)
    return folded


_SHORT_YEAR = re.compile(r"'\d\d(?!\w)")  # "a burglary from '23"


def normalise(text: str) -> Text:
    """Lower-case, straighten quotes and dashes, collapse spaces, spell out, fix near-miss key words."""
    chars = _characters(text)
    # Quote marks around words ('warrant', "supervisory officer") are not apostrophes: blank them.
    chars = [
        (" ", i)
        if c in "'\""
        and not (0 < n < len(chars) - 1 and chars[n - 1][0].isalnum() and chars[n + 1][0].isalnum())
        and not _SHORT_YEAR.match("".join(ch for ch, _ in chars[n : n + 4]))
        else (c, i)
        for n, (c, i) in enumerate(chars)
    ]
    # Whitespace: a run with a line break ends a sentence; any other run is one space.
    spaced: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for item in [*chars, ("\0", len(text))]:
        if item[0].isspace():
            run.append(item)
            continue
        if run and spaced:
            breaks = any(c in "\n\r" for c, _ in run)
            last = spaced[-1][0]
            if breaks and last not in ".;:!?,":
                spaced.append((".", run[0][1]))
            spaced.append((" ", run[0][1]))
        run = []
        if item[0] != "\0":
            spaced.append(item)
    spaced = _spoken_forms(spaced)
    flat = "".join(c for c, _ in spaced)
    out: list[tuple[str, int]] = []
    position = 0
    for token in _TOKEN.finditer(flat):
        out.extend(spaced[position : token.start()])
        word = token.group(0)
        if flat.startswith(".", token.end()) and len(word) == 1:
            replacement = word  # a letter of a dotted abbreviation ("U.S.", "U.K."), not texting "u" for "you"
        else:
            replacement = _CONTRACTIONS.get(word) or _EXPANSIONS.get(word) or _correct(word)
        origins = [i for _, i in spaced[token.start() : token.end()]]
        out.extend((c, origins[min(k, len(origins) - 1)]) for k, c in enumerate(replacement))
        position = token.end()
    out.extend(spaced[position:])
    return Text(text, _retract_corrections("".join(c for c, _ in out)), tuple(i for _, i in out))


# Dictated messages spell agencies and forms letter by letter ("f b i", "t s d b") and say
# years as words ("two thousand twenty three"): written the way typed messages write them.
_SPELLED_ACRONYMS = frozenset(
    {
        "fbi", "cbp", "hsi", "ice", "ero", "dhs", "dea", "atf", "usms", "tsdb", "tsc", "dwi", "dwai", "dat", "nypd",
        "ncic", "jttf", "uscis", "nta", "dcjs", "lpr", "ausa", "edny", "sdny", "rmp", "psa", "esu", "bwc", "cctv",
        "ofo", "sddo", "fod", "ssa", "oig", "usao", "doi", "nysid",
    }
)  # fmt: skip
_SPELLED = re.compile(r"(?<![\w'])(?:[a-z] ){1,11}[a-z](?![\w'])", re.IGNORECASE)
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT = "|".join(_UNITS)
_TEEN = "|".join(_TEENS)
_TEN = "|".join(_TENS)
_TWO_DIGITS = rf"(?:{_TEEN}|(?:{_TEN})(?:[ -](?:{_UNIT}))?|(?:oh|o)[ -](?:{_UNIT}))"
_SPOKEN_YEAR = re.compile(
    # "twenty twenty something" is a decade, not a year
    rf"\b(?:two thousand(?: and)? (?P<modern>{_TWO_DIGITS}|{_UNIT})|(?P<century>nineteen|twenty) (?P<rest>{_TWO_DIGITS}))\b"
    r"(?![ -]?(?:something|ish|odd|or so)\b)",
    re.IGNORECASE,
)


def _two_digits(words: str) -> int:
    parts = re.split(r"[ -]", words.lower())
    if parts[0] in ("oh", "o"):
        return _UNITS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _UNITS:
        return _UNITS[parts[0]]
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)


def _spoken_year(match: re.Match[str]) -> str | None:
    if match.group("modern"):
        return str(2000 + _two_digits(match.group("modern")))
    year = (1900 if match.group("century").lower() == "nineteen" else 2000) + _two_digits(match.group("rest"))
    # "twenty twenty three" is a year; "twenty five" never reaches here (no second number)
    return str(year) if 1950 <= year <= 2039 else None


def _spelled_acronym(match: re.Match[str]) -> str | None:
    """Letters said one by one, as the acronyms they spell.

    "f b i j t t f" is "fbi jttf" (known acronyms, longest first); in "a d e a car" the first
    letter is the article.
    """
    letters = match.group(0).replace(" ", "")
    if letters[0].lower() in "ai" and _acronyms(letters) is None and (rest := _acronyms(letters[1:])) is not None:
        return f"{letters[0]} {rest}"
    return _acronyms(letters)


def _acronyms(letters: str) -> str | None:
    words: list[str] = []
    while letters:
        word = next((letters[:n] for n in range(len(letters), 1, -1) if letters[:n].lower() in _SPELLED_ACRONYMS), None)
        if word is None:
            return None
        words.append(word)
        letters = letters[len(word) :]
    return " ".join(words)


def _spoken_forms(spaced: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Rewrite spoken forms; each written character keeps the origin of the words it replaces."""
    for pattern, written in ((_SPELLED, _spelled_acronym), (_SPOKEN_YEAR, _spoken_year)):
        flat = "".join(c for c, _ in spaced)
        out: list[tuple[str, int]] = []
        position = 0
        for match in pattern.finditer(flat):
            replacement = written(match)
            if replacement is None:
                continue
            out.extend(spaced[position : match.start()])
            origins = [i for _, i in spaced[match.start() : match.end()]]
            step = len(origins) / len(replacement)
            out.extend((c, origins[int(k * step)]) for k, c in enumerate(replacement))
            position = match.end()
        out.extend(spaced[position:])
        spaced = out
    return spaced


# "signed by a judge - wait no, signed by a deportation officer": the words just before the
# correction are taken back, so only what the officer settled on is read
_CORRECTION = re.compile(
    r"(?:\s*(?:-+|\.\.+|,|;)\s*|\s+)(?:wait,? no\b(?! one\b)|no,? wait\b(?! time\b)|scratch that|correction(?=\s*[:,-])|"
    r"actually,? no(?=[,.;!-]| it\b| its\b| it's\b| wait\b| sorry\b)|no,? actually\b|"
    r"sorry,? (?:i )?(?:reread|misread|mean)|i misread|my mistake)"
)
_RETRACTED_WORDS = 4


# "signed by a majestic rate judge no magistrate judge": a "no" between two phrases ending in
# the same noun corrects the first, it does not deny the second
_RESTATED = re.compile(r"\b(?P<head>[a-z]{4,})\s+(?P<no>no)\s+(?=(?:[\w']+\s+){0,3}(?P=head)\b)")


def _retract_corrections(norm: str) -> str:
    chars = list(norm)
    for marker in _CORRECTION.finditer(norm):
        words = list(re.finditer(r"[\w'#]+", norm[: marker.start()]))[-_RETRACTED_WORDS:]
        for word in words:
            chars[word.start() : word.end()] = " " * (word.end() - word.start())
    for restated in _RESTATED.finditer(norm):
        words = list(re.finditer(r"[\w'#]+", norm[: restated.end("head")]))[-_RETRACTED_WORDS:]
        for start, end in [*((w.start(), w.end()) for w in words), restated.span("no")]:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


# ------------------------------------------------------------------ clauses
@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str  # norm[start:end]


_SENTENCE_BREAK = re.compile(
    r"(?<!\b[a-z])(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bdr)(?<!\bsgt)(?<!\bdet)(?<!\blt)(?<!\bmag)(?<!\bcapt)(?<!\bhon)"
    r"[.!?;]+(?=\s|$)|\s[-:]\s|:\s|\s\(|\)\s"
)
_AGENCY_WORD = (
    r"(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals?|feds?|border patrol|homeland|immigration|federal|jttf|bureau)\b"
)
_JOIN = re.compile(
    r",?\s+(?:and also|and then|but also|meanwhile|separately|plus|also)\s+|"
    r",?\s+(?:but|while|whereas|and)\s+"
    r"(?=(?:the |a |an |our |their |separate(?:ly)? |another |other |then |now |they |he |she |i |we |"
    rf"{_AGENCY_WORD}|(?:[\w']+ ){{1,2}}{_AGENCY_WORD}|"
    r"can |could |should |would |do |does |is |are |may |what |how |want|ask|need))"
)


# A comma that hands over to another agency starts a new clause ("FBI wants X, ICE wants Y").
_COMMA_AGENCY = re.compile(
    rf",\s+(?=(?:[\w']+ ){{0,4}}{_AGENCY_WORD}\s*(?:[\w']+ ){{0,2}}(?:wants?|asks?|asked|asking|needs?|has|had|sent|called|"
    r"too|also|dropped|lodged|faxed|requested|showed|is|are|agents?|guys?|officers?|said|says|emailed|texted)\b|"
    # "one wants to see our prisoner, the other asks for the report": a second requester by position
    r"(?:the other|the second|another)(?: one)? (?:is|was|wants?|asked|asks|asking|needs?)\b)"
)


@lru_cache(maxsize=256)  # read again for each request of a message; a pure function of the text
def clauses(norm: str) -> tuple[Clause, ...]:
    """Sentences, then the coordinated parts of each ("FBI has X, and ICE wants Y")."""
    found: list[Clause] = []
    sentence_start = 0
    for cut in [*_SENTENCE_BREAK.finditer(norm), None]:
        sentence_end = cut.start() if cut else len(norm)
        start = sentence_start
        joins = sorted(
            [
                *_JOIN.finditer(norm, sentence_start, sentence_end),
                *_COMMA_AGENCY.finditer(norm, sentence_start, sentence_end),
            ],
            key=lambda m: m.start(),
        )
        for join in joins:
            if join.start() < start:
                continue
            found.append(Clause(start, join.start(), norm[start : join.start()]))
            start = join.end()
        found.append(Clause(start, sentence_end, norm[start:sentence_end]))
        sentence_start = cut.end() if cut else len(norm)
    return tuple(c for c in found if c.text.strip(" ,.;:!?-"))


# ------------------------------------------------------------------ negation and doubt
NEGATORS = re.compile(
    # "wants a yes or no on whether he was born here": a question, not a denial
    r"(?<!yes or )(?<!yes/)\b(no|not|without|never|none|nothing|nobody|neither|nor|lacks?|lacking|missing|negative|zero)\b|n't\b"
)
_UNCERTAIN = re.compile(r"\b(know|sure|clear|if|whether|unsure|idk|think|tell)\b")
# "not asking us to hold him, just want a heads up": what follows "just want" is asked, not denied
_CLAUSE_BREAK = re.compile(
    r"[.;!?,:()]|\s-+\s|\bbut\b|\bplus\b|\band\b|\bbecause\b|\bso\b|\bthen\b|"
    r"\b(?:just|only|simply|instead|rather) (?:they |he |she )?(?:wants?|needs?|asking|asks?|asked|wanted)\b|"
    # "if it doesn't pan out, ICE will take him": the negation ends with its own verb
    r"\b(?:pan|panned|work|works|worked) out\b|\bgo anywhere\b|"
    # "if the AUSA wont take it he'll get handed to ERO": a new subject and its verb start the main clause
    r"\b(?:he|she|they)(?:'ll| will|'d| would| gets?| is going to| are going to| gonna)\b"
)
_NEGATION_WINDOW = 40
_NEGATED_NOUN_THEN_VERB = re.compile(
    r"(?:no|without|zero) (?:a |an |any |the )?(?:judicial |judge'?s? |signed |federal )?"
    r"(?:warrant|paperwork|papers?|detainer|record|priors|id|judge|hit|charges?)s?\b.*"
    r"\b(?:wants?|wanted|asks?|asked|asking|needs?|needed|says?|said|requests?|requested|would like|is trying)\b"
)


def _window_before(text: str, start: int) -> str:
    window = text[max(0, start - _NEGATION_WINDOW) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


# "nobody has said a word about anyone's status or about removal": everything the silence is
# about, to the end of the sentence, is denied, however long the list
_SILENT_ABOUT = re.compile(
    r"\b(?:nobody|no one|none of them|nothing|never|not once)(?: (?:has|have|had|ever|even|really|once|actually|was|been))* "
    r"(?:said|say|says|mentioned|mention|talked|brought up|raised|spoke|asked|asks|indicated|suggested)\b"
    r"(?:(?!\bbut\b|\bhowever\b|\balthough\b|, (?:they|he|she|it|ice|hsi|ero|the agents?)\b)[^.;!?])*$"
)


def is_negated(text: str, start: int) -> bool:
    """True when a negating word governs the cue starting at `start` in the same clause."""
    if _SILENT_ABOUT.search(text, max(0, start - 160), start):
        return True
    window = _window_before(text, start)
    negators = list(NEGATORS.finditer(window))
    if not negators:
        return False
    if _NEGATED_NOUN_THEN_VERB.match(window, negators[-1].start()):
        return False  # "cbp officer no warrant wants to walk back": the "no" was the warrant's
    # "don't know if it's a judicial warrant" is doubt, not denial.
    return not _UNCERTAIN.search(window[negators[-1].end() :])


_DOUBT_BEFORE = re.compile(
    r"\b(not sure|unsure|don't know|do not know|idk|unclear|maybe|might|possibly|perhaps|probably|i think|"
    r"i guess|i believe|supposedly|allegedly|apparently|unless|in case|i assume|assuming|presumably|"
    # "asked me whether he can take wire-room shifts": the officer's question to us, not doubt of a fact
    r"whether(?! (?:he|she|they|we|i|you|our [\w']+|my [\w']+) (?:can|could|may|might|should|is allowed|are allowed|am allowed|needs? to|has to|have to)\b)|"
    # "if is federal charges": the dropped subject of a writer new to English
    # ("an alert if its target gets stopped": the alert's condition, not doubt)
    r"(?<!alert )(?<!alerts )(?<!alerted )(?<!notified )(?<!heads up )(?<!flag )(?<! me )(?<! us )(?<! them )"
    r"if (?:it|its|it's|it was|it is|is|was|there's|there is|they have|they've got|they got|he has|she has|that's)|"
    # "I asked if it's criminal, he said 'could be a few things'": the officer's question, not an answer
    r"(?:i|we) ask(?:ed)? (?:him |her |them |the agent |the guy )?if|"
    r"could be|may be|sounds like|looks like|seems|kinda|sort of|something like|"
    # an identity only claimed: "someone claiming to be FBI", "a guy who says he's with HSI"
    r"claim(?:s|ed|ing)? to be(?: from| with)?|says (?:he's|she's|they're|he is|she is|they are) (?:from|with)|"
    r"said (?:he|she|they) (?:was|is|were|are) (?:from|with)|posing as|pretending to be|calling (?:himself|herself))\b"
)
# A question mark right after the cue ("TSDB match?", "judge signed?") doubts it; further on it
# only ends the officer's question.
# "federal charges or something immigration", "indictment or what": one guess among others
_DOUBT_AFTER = re.compile(
    r"^\s{0,2}\?|^[^.;!,?]{0,20}\b(i think|maybe|not sure|i guess|unclear|i believe)\b|^\s{0,2}or (?:what|something)\b"
)
# For an ask, "can we hold him?" and "asked if we can hold him" are questions, not doubt.
_ASK_DOUBT_BEFORE = re.compile(
    r"\b(not sure|unsure|idk|maybe|might|possibly|perhaps|probably|i think|i guess|i believe|supposedly|"
    r"apparently|may want|could want|hypothetically|in case)\b"
)
_ASK_DOUBT_AFTER = re.compile(r"^[^.;!,?]{0,20}(\bi think\b|\bmaybe\b|\bnot sure\b|\bi guess\b|\bi believe\b)")


def is_doubted(text: str, start: int, end: int) -> bool:
    """True when the officer is unsure of the cue ("not sure if a judge signed it", "TSDB match?").

    A doubted fact is not a stated fact: it stays unknown, so the rules ask instead of permitting.
    """
    return bool(_DOUBT_BEFORE.search(_window_before(text, start)) or _DOUBT_AFTER.search(text[end:]))


def is_doubted_ask(text: str, start: int, end: int) -> bool:
    """True when the officer is unsure what is asked ("they might want us to hold him")."""
    return bool(_ASK_DOUBT_BEFORE.search(_window_before(text, start)) or _ASK_DOUBT_AFTER.search(text[end:]))
