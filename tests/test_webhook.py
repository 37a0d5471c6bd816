"""The escalation webhook over httpx: what is sent, bounded retries, and when it gives up
(answered by httpx.MockTransport, as DESIGN.md's outbound-HTTP contract says)."""

from __future__ import annotations

import json

import httpx
import pytest

from bot.review.webhook import EscalationWebhook, WebhookError, escalation_case

ROW = {
    "query_id": "q-1",
    "created_at": "2026-11-23T15:00:00+00:00",
    "verdict": "escalate",
    "rule_id": "R9",
    "summary": "Counsel decides status-only requests.",
    "question_masked": "ERO asks the status of [NAME]",
    "facts": {"agency": "ice_ero", "asks": ["share_status_info"]},
    "kb_version": "kb-1",
    "citations": [{"authority": "US-8USC-1373-1644", "section": "what-1373-covers", "text": "long passage"}],
}


def _webhook(answers: list[int | Exception], seen: list[httpx.Request], waits: list[float]) -> EscalationWebhook:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        outcome = answers.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome)

    return EscalationWebhook(
        "https://cases.example/escalations", transport=httpx.MockTransport(answer), sleep=waits.append
    )


def test_the_case_is_posted_as_json_with_the_logged_answer() -> None:
    seen: list[httpx.Request] = []
    _webhook([202], seen, []).send(escalation_case(ROW, "U1", "2026-11-23T15:05:00+00:00", "slack"))
    [request] = seen
    assert request.method == "POST" and request.headers["content-type"] == "application/json"
    case = json.loads(request.content)
    assert case["query_id"] == "q-1" and case["escalated_by"] == "U1" and case["rule_id"] == "R9"
    assert case["question_masked"] == "ERO asks the status of [NAME]"
    assert case["citations"] == [{"authority": "US-8USC-1373-1644", "section": "what-1373-covers"}]


def test_a_busy_case_system_is_tried_again_with_growing_waits() -> None:
    seen: list[httpx.Request] = []
    waits: list[float] = []
    _webhook([503, httpx.ConnectError("refused"), 200], seen, waits).send({"query_id": "q-1"})
    assert len(seen) == 3 and waits == [0.5, 1.0]


def test_a_refused_case_is_not_sent_again() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(WebhookError, match="HTTP 400"):
        _webhook([400, 200], seen, []).send({"query_id": "q-1"})
    assert len(seen) == 1


def test_it_gives_up_after_the_last_attempt() -> None:
    seen: list[httpx.Request] = []
    waits: list[float] = []
    with pytest.raises(WebhookError, match="ConnectTimeout"):
        _webhook([httpx.ConnectTimeout("slow")] * 3, seen, waits).send({"query_id": "q-1"})
    assert len(seen) == 3 and waits == [0.5, 1.0]
