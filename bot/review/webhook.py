"""Escalated cases to counsel's case system: one JSON POST per escalation
(`TRIAGE_ESCALATION_WEBHOOK`).

Sent after the escalation row is logged, never instead of it: the log is the record, the
webhook a copy for counsel's own system. Explicit timeouts and bounded retries (a refused
connection, a timeout, a 5xx or a 429); a case still undelivered raises `WebhookError`, which
the caller logs as a `delivery` row with outcome `error`. Only what the log already holds
goes out: the masked question, the facts, the verdict and the passages' names.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["WEBHOOK_CHANNEL", "EscalationWebhook", "WebhookError", "escalation_case"]

WEBHOOK_CHANNEL = "webhook"  # the channel a failed delivery row names


class WebhookError(RuntimeError):
    """The case did not reach the webhook after every attempt."""


@dataclass
class EscalationWebhook:
    url: str
    transport: httpx.BaseTransport | None = None  # tests answer with httpx.MockTransport
    timeout_seconds: float = 5.0
    attempts: int = 3
    backoff_seconds: float = 0.5
    sleep: Callable[[float], None] = time.sleep

    def send(self, case: Mapping[str, Any]) -> None:
        """POST the case; WebhookError once `attempts` tries have failed (a 4xx other than 429 at once)."""
        problem = ""
        with httpx.Client(timeout=self.timeout_seconds, transport=self.transport) as client:
            for attempt in range(self.attempts):
                try:
                    response = client.post(self.url, json=dict(case))
                except httpx.TransportError as exc:
                    problem = f"{exc.__class__.__name__}: {exc}"
                else:
                    if response.status_code < 400:
                        return
                    problem = f"HTTP {response.status_code}"
                    if response.status_code < 500 and response.status_code != 429:
                        break  # the case system refused this case: sending it again changes nothing
                if attempt + 1 < self.attempts:
                    self.sleep(self.backoff_seconds * 2**attempt)
        raise WebhookError(f"the escalation webhook did not take the case ({problem})")


def escalation_case(row: Mapping[str, Any], escalated_by: str, escalated_at: str, source: str) -> dict[str, Any]:
    """The case as counsel's system receives it, from the logged answer (nothing in clear the log masks)."""
    return {
        "type": "escalation",
        "query_id": row["query_id"],
        "asked_at": row.get("created_at"),
        "escalated_at": escalated_at,
        "escalated_by": escalated_by,
        "source": source,
        "verdict": row.get("verdict"),
        "rule_id": row.get("rule_id"),
        "summary": row.get("summary"),
        "question_masked": row.get("question_masked"),
        "facts": row.get("facts"),
        "kb_version": row.get("kb_version"),
        "citations": [
            {"authority": c.get("authority"), "section": c.get("section")} for c in (row.get("citations") or [])
        ],
    }
