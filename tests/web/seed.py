"""A small, realistic query log for the console tests: real answers from the real pipeline,
Slack follow-ups linked to them, and the patterns the quarterly report flags."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bot.app import Services, build_pipeline
from bot.audit.records import AuditRecord
from tests.conftest import ROOT

OFFICERS = ("U0REYES", "U0CHEN", "U0OKAFOR", "U0DIAZ")


@dataclass
class SeededLog:
    query_ids: list[str] = field(default_factory=list)
    prohibited: list[str] = field(default_factory=list)
    escalated: str = ""  # an answer an officer escalated and counsel decided
    marked_wrong: str = ""
    monitoring: str = ""  # a request to be alerted whenever someone deals with police
    same_subject: list[str] = field(default_factory=list)  # one officer, one person, three times
    from_slack: str = ""  # asked in a channel: has a thread link


def seed_log(services: Services, questions: int = 36) -> SeededLog:
    pipeline = build_pipeline(services)
    seeded = SeededLog()
    lines = (ROOT / "eval" / "scenarios-team.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines[:questions]):
        officer = OFFICERS[number % len(OFFICERS)]
        event_id = f"slack:msg:C0PCT{number % 3}:1763900000.{number:06d}" if number % 2 == 0 else None
        answer = pipeline.answer(
            json.loads(line)["question"],
            user_id=officer,
            channel_id=f"C0PCT{number % 3}" if event_id else None,
            event_id=event_id,
            source="slack" if event_id else "cli",
        )
        seeded.query_ids.append(answer.query_id)
        if answer.verdict == "prohibited":
            seeded.prohibited.append(answer.query_id)
        if event_id and not seeded.from_slack:
            seeded.from_slack = answer.query_id
    seeded.monitoring = pipeline.answer(
        "HSI agent on the task force asks me to set up an alert so he knows whenever Marco Ruiz has any contact "
        "with NYPD",
        user_id="U0DIAZ",
    ).query_id
    for _ in range(3):
        seeded.same_subject.append(
            pipeline.answer(
                "ICE ERO wants the home address we have on file for A-number A123456789, no warrant",
                user_id="U0OKAFOR",
            ).query_id
        )
    seeded.escalated, seeded.marked_wrong = seeded.query_ids[1], seeded.query_ids[2]
    version = services.kb.active_version()
    for record in (
        AuditRecord.note(
            "escalation",
            "slack",
            user_id="U0CHEN",
            parent_query_id=seeded.escalated,
            kb_version=version,
            summary="posted to CCOUNSEL",
        ),
        AuditRecord.note(
            "counsel_decision",
            "slack",
            user_id="U0COUNSEL",
            parent_query_id=seeded.escalated,
            kb_version=version,
            verdict="prohibited",
            summary="Confirmed: no hold without a judicial warrant.",
        ),
        AuditRecord.note(
            "feedback",
            "slack",
            user_id="U0OKAFOR",
            parent_query_id=seeded.marked_wrong,
            kb_version=version,
            summary="wrong",
        ),
    ):
        services.audit.append(record)
    return seeded
