"""Pasted Slack threads: a one-topic question reply is joined to the reply that answers it."""

from __future__ import annotations

import pytest

from bot.facts.text import normalise


@pytest.mark.parametrize(
    "thread,read",
    [
        ("[14:11] det. chu: TSDB?\n[14:15] lt. brooks: ran it, no match", "[14:11] det. chu: tsdb: ran it, no match"),
        ("Sgt Kim: paperwork?\nPO Rossi: a detainer", "sgt kim: paperwork: a detainer"),
        ("[10:12] sgt. nash: why\n[10:14] det. flores: RICO case", "[10:12] sgt. nash: why: rico case"),
    ],
)
def test_a_topic_question_is_joined_to_its_answer(thread: str, read: str) -> None:
    assert normalise(thread).norm == read


@pytest.mark.parametrize(
    "thread",
    [
        # a real question answered "yes": left for the readers that handle questions and claims
        "[14:11] det. chu: do they have a warrant?\n[14:15] lt. brooks: yes, from a judge",
        # the next reply is itself a question: nothing answered
        "[14:11] det. chu: tsdb?\n[14:12] po lee: record?",
        # a topic word inside a longer reply is no question of its own
        "[14:11] det. chu: they ran the tsdb?\n[14:15] lt. brooks: yes",
    ],
)
def test_other_replies_are_left_as_they_are(thread: str) -> None:
    assert "?" in normalise(thread).norm


def test_the_answer_keeps_quoting_the_thread() -> None:
    text = "[14:11] det. chu: TSDB?\n[14:15] lt. brooks: ran it, no match"
    joined = normalise(text)
    start = joined.norm.index("ran it")
    assert text[joined.origin[start] :].startswith("ran it")


def test_a_yes_no_question_about_paper_answered_no_is_no_paper() -> None:
    thread = "[17:43] sgt. ocampo: do they have a warrant?\n[17:45] det. ferris: no, just says charges are coming"
    assert normalise(thread).norm == "[17:43] sgt. ocampo: no warrant, just says charges are coming"
