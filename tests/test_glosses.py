"""Messages in another language: glossed into English words, read by the same readers, and never
permitted on a glossed reading alone. The messages here are written for these tests, one per class."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.facts.extract import FactsReader
from bot.facts.glosses import translated_language
from bot.facts.model import Source, Warrant
from bot.facts.text import normalise
from bot.rules.decide import decide_message
from bot.rules.table import RuleTable

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def headline(reader: FactsReader, table: RuleTable, text: str) -> tuple[str, str]:
    decided = decide_message(reader.read_message(text), table).headline
    return decided.verdict.value, decided.rule_id


@pytest.mark.parametrize(
    "text,verdict",
    [
        # Russian: an address for a man with a removal order
        (
            "Агенты ICE хотят адрес человека, которого мы арестовали, у него приказ о депортации. Можно дать?",
            "prohibited",
        ),
        # Russian: a detainer and no judge's warrant, hold past release
        (
            "У задержанного только запрос на задержание от ICE, судебного ордера нет. Просят задержать его ещё на "
            "48 часов. Можно?",
            "prohibited",
        ),
        # Chinese: an agent alone with a prisoner in our cells about his immigration case
        ("ICE探员想单独在牢房里跟我们的在押人员谈他的移民案件，可以吗？", "prohibited"),
        # Chinese: a paper whose signer the officer cannot tell, hold until morning
        ("ICE给了一张纸说是warrant，不知道是谁签的字。他们要我们把人关到明天早上。可以吗？", "needs_info"),
        # Haitian Creole: asking a crime victim about papers
        ("Mwen gen yon viktim vòl isit la. Èske m ka mande l si li gen papye?", "prohibited"),
        # Haitian Creole: an address for ICE on a deportation order
        ("Ajan ICE yo mande m adrès yon moun nou te arete, li gen lòd depòtasyon. Èske m ka ba yo l?", "prohibited"),
        # Portuguese: a detainer form only, hold until tomorrow
        (
            "A imigração mandou só o formulário de detainer, não tem mandado de juiz. Pediram para segurar o preso "
            "até amanhã.",
            "prohibited",
        ),
        # French: a copy of the file for an expulsion
        (
            "Les agents de l'ICE veulent notre dossier sur un détenu pour son expulsion. Je peux le leur donner ?",
            "prohibited",
        ),
        # Korean, the verb after its object: an address for a man with a deportation order
        (
            "ICE 요원이 우리가 체포한 사람의 집 주소를 달라고 합니다. 추방 명령이 있다고 합니다. 줘도 됩니까?",
            "prohibited",
        ),
        # Arabic: the same ask, with Arabic punctuation
        ("عميل من الهجرة والجمارك يريد عنوان المحتجز لأن عنده أمر ترحيل، هل يجوز؟", "prohibited"),
        # Bengali: the same ask, ending with the Bengali full stop
        ("ICE এজেন্ট আমাদের আটক লোকের ঠিকানা জানতে চাইছে, তাকে ডিপোর্ট করার জন্য। আমরা কি বলে দিতে পারি?", "prohibited"),
        # Polish
        ("Agent ICE prosi o adres naszego zatrzymanego, ma nakaz deportacji. Czy możemy podać?", "prohibited"),
        # Russian: "no warrant from a judge" said after the noun
        ("ICE прислал детейнер, ордера от судьи нет. Просят подержать его до утра.", "prohibited"),
        # French: a possible watchlist match and no warrant yet, a 48-hour hold
        (
            "Un agent d'ICE dit que notre détenu est une correspondance possible dans la base TSDB, pas encore de "
            "mandat. Il demande de le garder 48 heures.",
            "escalate",
        ),
        # Portuguese, known by its small words: a robbery victim's documents
        (
            "A vítima de um roubo só fala português. Posso perguntar se ela tem documentos antes da ocorrência?",
            "prohibited",
        ),
    ],
)
def test_a_message_in_another_language_is_read(reader: FactsReader, table: RuleTable, text: str, verdict: str) -> None:
    assert translated_language(text.lower()) is not None
    assert headline(reader, table, text)[0] == verdict


@pytest.mark.parametrize(
    "text",
    [
        "ФБР имеет ордер на арест, подписанный судьёй, по делу о мошенничестве. Подозреваемый у нас в камере. "
        "Можем передать?",
        "联邦调查局有法官签字的逮捕令，嫌疑人在我们的牢房里。可以交给他们吗？",
        "Le FBI a un mandat d'arrêt signé par un juge contre notre détenu pour fraude. Est-ce qu'on peut le remettre ?",
        "A DEA tem um mandado de busca assinado por um juiz. Pediram que a gente ajude a garantir o perímetro. "
        "Podemos?",
    ],
)
def test_a_glossed_reading_never_permits_on_its_own(reader: FactsReader, table: RuleTable, text: str) -> None:
    """What would be a permission in English asks the officer to confirm: a gloss may misread."""
    decision = decide_message(reader.read_message(text), table)
    assert decision.headline.verdict.value == "needs_info"
    assert decision.headline.rule_id == "R-confirm"
    facts = decision.headline.facts
    assert facts.warrant is Warrant.JUDICIAL_CRIMINAL
    assert facts.source_of("warrant") is Source.TRANSLATED
    assert Source.STATED not in facts.sources.values()


def test_a_foreign_negation_is_read() -> None:
    assert "no judicial warrant" in normalise("ICE просит подержать его, судебного ордера нет.").norm
    assert "no" in normalise("ICE没有法官签字的令状").norm.split()


def test_evidence_quotes_the_officers_own_words(reader: FactsReader) -> None:
    text = "Агент ICE просит адрес задержанного, у него приказ о депортации."
    facts = reader.read(text)
    assert facts.evidence["warrant"] in text
    assert "депортации" in facts.evidence["warrant"]


@pytest.mark.parametrize(
    "text",
    [
        "yo quick one, ICE wants the address of a guy we collared last week",
        "Sgt says nan of the feds showed a warrant, just a letter",
        "la la land: the DEA wants our DD5s for their case, OK?",
        "FBI JTTF wants to sit in on our interview of the suspect, je ne sais quoi about it",
    ],
)
def test_english_is_not_glossed(text: str) -> None:
    assert translated_language(text.lower()) is None


def test_a_few_foreign_words_leave_the_english_as_said(reader: FactsReader, table: RuleTable) -> None:
    """Only facts whose evidence is foreign are translated in a message written mostly in English."""
    text = (
        "FBI agent has an arrest warrant signed by a federal judge for our prisoner on a bank robbery case and "
        "wants him handed over at the end of booking. OK? 谢谢"
    )
    assert translated_language(text.lower()) == "zh"
    assert headline(reader, table, text) == ("permitted", "R3")
