"""What the masker looks for: placeholders, the text clean-up, our recognizers' patterns and
the word lists that keep agency, legal and place words out of names. Data, no logic."""

from __future__ import annotations

import re
import unicodedata

# Placeholder per kind; the kind names of the first six are those the log has always used.
PLACEHOLDERS = {
    "marked_name": "[NAME]",
    "email": "[EMAIL]",
    "a_number": "[A-NUMBER]",
    "ssn": "[SSN]",
    "date_of_birth": "[DATE]",
    "phone": "[PHONE]",
    "person_name": "[NAME]",
    "nysid": "[NYSID]",
    "arrest_number": "[ARREST-NO]",
    "passport": "[PASSPORT]",
    "id_number": "[NUMBER]",
}

# Presidio's own entity names for what its built-in recognizers find.
KIND_OF_ENTITY = {"PERSON": "person_name", "ORGANIZATION": "organisation"}

# A name found by the NER model and one marked [[like this]] fingerprint alike, so repeated
# look-ups of one person link however the officer wrote the name.
FINGERPRINT_KIND = {"person_name": "marked_name"}

_DASHES = dict.fromkeys((ord(c) for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), ord("-"))


def clean_text(text: str) -> str:
    """NFKC, drop format characters (zero-width, soft hyphen, bidi controls), unify dashes."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return text.translate(_DASHES)


# --- patterns -----------------------------------------------------------------------------
# Separators officers put inside numbers: space, dash, dot, slash (one at a time).
_SEP = r"[ \-./]?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    # Spanish, as officers quote papers and relatives: "7 de mayo 1990"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)?\d\d"
_DOB_CUE = r"(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on| in)?|b\.?\s?d\.?)"

# (kind, score, pattern). Scores only break ties between overlapping finds.
PATTERNS: tuple[tuple[str, float, str], ...] = (
    ("marked_name", 1.0, r"\[\[[^\[\]]{1,80}\]\]"),
    ("email", 1.0, r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    # A-numbers: an A (or "A#", "A-") glued to 8-9 digits, or the digits after a cue.
    ("a_number", 0.95, r"(?<![\w-])a\s?[#-]?\s?\d{2,3}" + _SEP + r"\d{3}" + _SEP + r"\d{3}(?!\w)"),
    (
        "a_number",
        0.95,
        r"(?<=\b(?:alien|a)[ -]?(?:reg(?:istration)?\.?[ -]?)?(?:no\.?|num(?:ber)?|#|file|id)"
        r"\s?(?:is|=|:|#)?\s?)\d{2,3}[ .-]?\d{3}[ .-]?\d{3}(?![\w-])",
    ),
    ("a_number", 0.95, r"(?<=\balien(?: registration)?\s?:?\s?)\d{2,3}[ .-]?\d{3}[ .-]?\d{3}(?![\w-])"),
    # SSNs: 3-2-4 in any spacing, or nine digits after a cue.
    ("ssn", 0.9, r"(?<![\w-])\d{3}[ \-.]\d{2}[ \-.]\d{4}(?![\w-])"),
    (
        "ssn",
        0.97,
        r"(?<=\b(?:ssn|ss#|ss no\.?|soc(?:ial)?(?: sec(?:urity)?)?(?: no\.?| number| #|#)?)\s?[:#]?\s?)"
        r"\d{3}[ .-]?\d{2}[ .-]?\d{4}(?![\w-])",
    ),
    # US phone shapes ("(929) 555-0117", "+1 212.555.9876"); `phonenumbers` finds the rest.
    ("phone", 0.5, r"(?<![\w+])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?![\w-])"),
    ("nysid", 0.95, r"(?<![\w-])\d{7,8}[a-z](?!\w)"),
    ("arrest_number", 0.95, r"(?<![\w-])[mkqsb]-?\d{8,9}(?!\w)"),
    (
        "passport",
        0.95,
        r"(?<=\bpassport(?: no\.?| number| num| #|#)?\s?(?:is\s)?[:#]?\s?)(?=[a-z]*\d)[a-z0-9]{6,9}(?!\w)",
    ),
    # Dates: numeric (either order), month names (either order, ordinals, "of"/"de", dashes).
    (
        "date_of_birth",
        0.8,
        r"(?<![\d.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]" + _YEAR + r"|(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2})(?![\d-])",
    ),
    ("date_of_birth", 0.8, r"\b" + _DAY + r"(?:\s(?:of\s|de\s)?|-)" + _MONTH + r"(?:,?\s|-|\sde\s)" + _YEAR + r"\b"),
    ("date_of_birth", 0.8, r"\b" + _MONTH + r"\s" + _DAY + r"(?:,\s?|\s)" + _YEAR + r"\b"),
    # After a DOB cue, anything date-like: "dob 010280", "born march 1980", "born in 1980".
    (
        "date_of_birth",
        0.85,
        r"(?<=\b" + _DOB_CUE + r"\s?[:\-]?\s?)(?:\d{6,8}|" + _MONTH + r"\s(?:19|20)\d\d|(?:19|20)\d\d(?![\d/.-]))\b",
    ),
    # Whatever else: any run of seven or more digits (separators allowed) is masked.
    ("id_number", 0.3, r"(?<![\w])\d(?:[ \-./]?\d){6,}(?!\w)"),
)

# Names after a cue officers type, lower case included ("name terrell banks", "for abdul
# rahman"): after a strong cue any words that are not function words; after a weak one only
# two or three words that are no English word at all (checked against the NER package's own
# lemma tables), so "for the warrant" or "about his release" never become names.
_STRONG_NAME_CUE = r"(?:named|name is|name's|name:?|aka|a/k/a|subj(?:ect)?:?|mr\.?|mrs\.?|ms\.?|mx\.?)"
_WEAK_NAME_CUE = r"(?:for|on|about|bout|re:?|of|wants|asking)"
NAME_AFTER_CUE = re.compile(
    r"\b(?:(?P<strong>" + _STRONG_NAME_CUE + r")|(?P<weak>" + _WEAK_NAME_CUE + r"))\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})",
    re.IGNORECASE,
)

# Words the NER model may take for (part of) a person's name but that never are one here:
# agencies, titles, identifier cues, and the legal and place words of our questions. A name
# find stops at the first of them ("Hamid Rahimi DOB Jan" -> "Hamid Rahimi").
_NOT_NAME_WORDS = (
    "ice hsi ero fbi dea cbp atf usms dhs nypd doc uscis ins homeland security marshal "
    "marshals federal task force agent agents sa officer ofc po judge sergeant sgt lieutenant "
    "lt captain capt detective det inspector chief commissioner sddo da ada dob d.o.b ssn "
    "ss# a# nysid arrest passport phone tel cell email dob: aka subj subject given full "
    "first last middle maiden surname vic victim perp suspect prisoner detainee defendant "
    "witness complainant ci cw int intro bill lpr alpr plate plates ave avenue st street "
    "blvd boulevard rd road pkwy parkway expwy expressway pl place sq square local law "
    "laws executive order section rule rules code usc cfr title court courts county precinct "
    "plaza hospital airport booking central jail rikers bellevue jacobi elmhurst kings "
    "jfk laguardia newark queens brooklyn bronx manhattan staten island harlem ny nyc tsdb "
    "ncic "
    # months, which stand right after names in pasted records ("Juan Rios Jan 30 1993");
    # April, May and June are given names too, so they are left out
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march july august "
    "september october november december"
)
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


# Capitals that are no name: a letter, an acronym of up to five ("SDNY", "TFO"), a form number.
ACRONYM = re.compile(r"[A-Z]{1,5}s?|\w*\d\w*(?:-\w+)*", re.UNICODE)
CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*", re.UNICODE)
# Text before a word that makes it the first of a sentence, where capitals say nothing.
SENTENCE_START = re.compile(r"(?:^|[.!?\n])\s*[\"'(\[]?\s*$")
TITLE_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:['’-][^\W\d_][^\W\d_]*)*", re.UNICODE)
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


# A separator between fields rather than inside a phone number.
SPANS_FIELDS = re.compile(r"/|,\s|;")
