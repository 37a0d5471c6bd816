"""Intake masking and limits; the optional chat model over httpx (MockTransport)."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.intake import IntakeError, join_to_root, mask_identifiers, parse_request
from bot.llm import HttpChatModel, LlmSpecError, make_chat_model


@pytest.mark.parametrize(
    "text,kind,secret",
    [
        ("his A-number is A123456789", "a_number", "123456789"),
        ("ssn 123-45-6789", "ssn", "123-45-6789"),
        ("dob 03/14/1988", "date_of_birth", "03/14/1988"),
        ("born 1988-03-14", "date_of_birth", "1988-03-14"),
        ("call (212) 555-0100", "phone", "555-0100"),
        ("mail agent.x@ice.dhs.gov", "email", "agent.x@ice.dhs.gov"),
        ("the guy is [[Carlos Mendez]]", "marked_name", "Carlos"),
    ],
)
def test_identifiers_are_masked(text: str, kind: str, secret: str) -> None:
    masked, kinds = mask_identifiers(text)
    assert secret not in masked and kind in kinds


def test_years_and_statutes_are_not_masked() -> None:
    masked, kinds = mask_identifiers("convicted in 2021 under 8 USC 1326, I-247A attached")
    assert masked == "convicted in 2021 under 8 USC 1326, I-247A attached" and kinds == ()


def test_limits() -> None:
    with pytest.raises(IntakeError, match="too long"):
        parse_request("a" * 21, max_chars=20)
    with pytest.raises(IntakeError, match="UTF-8"):
        parse_request(b"\xc3\x28", max_chars=100)
    assert parse_request("  ok \x07 ", max_chars=100).question == "ok"
    for empty in ("", "   \n\t"):  # an empty message is refused with what to write, never answered
        with pytest.raises(IntakeError, match="the question is empty; describe who is asking"):
            parse_request(empty, max_chars=100)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_intake_never_crashes_on_any_text(text: str) -> None:
    try:
        request = parse_request(text, max_chars=2000)
    except IntakeError as exc:
        assert str(exc)
    else:
        assert request.question and request.question == request.question.strip()


def test_a_thread_reply_joins_the_answered_question_at_its_root() -> None:
    root = {"kind": "query", "outcome": "answered", "question_masked": "ICE wants him held", "query_id": "q1"}
    assert join_to_root(root, "they have a judge's warrant", 500) == (
        "ICE wants him held\nthey have a judge's warrant",
        "q1",
    )
    # nothing answered at the root, a refusal there, or a join too long to read: the reply alone
    assert join_to_root(None, "they have a judge's warrant", 500) == ("they have a judge's warrant", None)
    assert join_to_root({**root, "outcome": "rejected"}, "more", 500) == ("more", None)
    assert join_to_root({**root, "kind": "shown"}, "more", 500) == ("more", None)
    assert join_to_root(root, "x" * 490, 500) == ("x" * 490, None)
    assert join_to_root(root, "", 500) == ("", None)


def test_http_chat_model_posts_openai_shape_and_retries() -> None:
    calls: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(json.loads(request.content))
        if len(calls) == 1:
            return httpx.Response(503)
        return httpx.Response(200, json={"choices": [{"message": {"content": "Do not hold him."}}]})

    model = HttpChatModel(model="m", base_url="http://llm.test/v1", transport=httpx.MockTransport(handler))
    assert model.invoke("rephrase").content == "Do not hold him."
    assert len(calls) == 2 and calls[1]["model"] == "m"
    assert calls[1]["messages"] == [{"role": "user", "content": "rephrase"}]


def test_http_chat_model_gives_up_after_bounded_attempts() -> None:
    model = HttpChatModel(
        model="m",
        base_url="http://llm.test/v1",
        attempts=2,
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
    )
    with pytest.raises(httpx.HTTPStatusError):
        model.invoke("x")


def test_llm_spec() -> None:
    assert isinstance(make_chat_model("openai:llama3@http://127.0.0.1:8080/v1"), HttpChatModel)
    with pytest.raises(LlmSpecError, match="openai:MODEL@BASE_URL"):
        make_chat_model("gpt-4")


def test_subject_keys_link_the_same_person_without_revealing_them() -> None:
    first = parse_request("hold [[Juan Perez]], A-123-456-789?", max_chars=500, subject_key=b"k1")
    again = parse_request("court date for [[juan  perez]] A123456789", max_chars=500, subject_key=b"k1")
    other_key = parse_request("hold [[Juan Perez]]", max_chars=500, subject_key=b"k2")
    assert first.subject_keys == again.subject_keys and len(first.subject_keys) == 2
    assert set(other_key.subject_keys).isdisjoint(first.subject_keys)
    assert all("juan" not in key.lower() and "123" not in key for key in first.subject_keys)
    assert parse_request("hold [[Juan Perez]]", max_chars=500).subject_keys == ()
