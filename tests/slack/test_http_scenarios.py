"""Scenarios through the HTTP entry point: signed requests in, fake Slack Web API calls out."""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.audit.records import SHOWN, AuditRecord, AuditUnavailable, LogFilter
from bot.audit.store import AuditLog
from tests.conftest import AFTER_INSTALL
from tests.slack import payloads
from tests.slack.conftest import Server
from tests.slack.fake_slack import FakeSlack, signed_headers
from tests.test_masking import PII_SETS, STRUCTURED, identifier_traces


def _verdict_header(call_args: dict[str, object]) -> str:
    blocks = call_args["blocks"]
    assert isinstance(blocks, list)
    return str(blocks[0]["text"]["text"])


def test_mention_is_answered_in_its_thread_once_with_a_logged_card(server: Server, fake_slack: FakeSlack) -> None:
    body = payloads.mention(payloads.DETAINER, channel="C1", ts="1700000000.000100")
    started = time.perf_counter()
    response = server.event(body)
    ack_ms = (time.perf_counter() - started) * 1000
    assert response.status_code == 200
    assert ack_ms < 3000

    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["channel"] == "C1"
    assert post.args["thread_ts"] == "1700000000.000100"
    assert "Prohibited" in _verdict_header(post.args)

    rows = server.audit.list(LogFilter(kind="query"))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id"] == "slack:msg:C1:1700000000.000100"
    assert row["source"] == "slack-mention" and row["user_id"] == "U1" and row["channel_id"] == "C1"
    assert row["verdict"] == "prohibited"
    provenance = json.dumps(next(b for b in post.args["blocks"] if b.get("block_id") == "provenance"))
    assert row["query_id"] in provenance and row["kb_version"] in provenance
    # the mention itself is not part of the logged question
    assert "<@" not in row["question_masked"]

    # Slack retries the same delivery: acknowledged, but no second answer and no second row.
    retry = server.event(body, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    fake_slack.settle(1.0)
    assert len(fake_slack.of("chat.postMessage")) == 1
    assert [r["kind"] for r in server.audit.list(AFTER_INSTALL)] == ["shown", "query"]  # the answer, then its marker


def test_quotes_on_the_card_are_verbatim_from_the_named_kb_version(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention(payloads.DETAINER))
    [post] = fake_slack.wait_for("chat.postMessage")
    row = server.audit.list(LogFilter(kind="query"))[0]
    documents = server.app.services.kb.load(row["kb_version"]).documents
    quotes = [
        element["elements"][0]["text"]
        for block in post.args["blocks"]
        if block["type"] == "rich_text"
        for element in block["elements"]
    ]
    assert quotes, "a prohibited answer quotes the policy"
    for quote in quotes:
        assert any(quote in text for text in documents.values()), quote


def test_working_reaction_is_added_then_removed(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention(payloads.DETAINER, ts="1700000000.000200"))
    fake_slack.wait_for("chat.postMessage")
    [added] = fake_slack.wait_for("reactions.add")
    [removed] = fake_slack.wait_for("reactions.remove")
    assert added.args["timestamp"] == removed.args["timestamp"] == "1700000000.000200"
    assert added.args["name"] == "hourglass_flowing_sand"


def test_forged_expired_and_unsigned_requests_are_refused_and_nothing_is_logged(
    server: Server, fake_slack: FakeSlack
) -> None:
    body = json.dumps(payloads.mention(payloads.DETAINER))
    url = f"{server.url}/slack/events"
    json_type = {"Content-Type": "application/json"}
    forged = {**json_type, **signed_headers(body, secret="not-the-secret")}
    expired = {**json_type, **signed_headers(body, timestamp=int(time.time()) - 10 * 60)}
    tampered = {**json_type, **signed_headers(body)}
    for headers, content in ((forged, body), (expired, body), (json_type, body), (tampered, body + " ")):
        response = server.http.post(url, content=content, headers=headers)
        assert response.status_code == 401
    fake_slack.settle(0.5)
    assert server.audit.matching(AFTER_INSTALL) == 0
    assert fake_slack.of("chat.postMessage") == []


def test_direct_message_is_answered_and_bot_echoes_and_edits_are_ignored(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.direct_message("the FBI wants our arrest report for a bank robbery case", ts="1700000001.1"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["channel"] == "D1" and post.args["thread_ts"] == "1700000001.1"
    assert server.audit.list(LogFilter(kind="query"))[0]["source"] == "slack-dm"

    server.event(payloads.direct_message("our own card", ts="1700000001.2", bot_id="BBOT"))
    server.event(payloads.direct_message("edited", ts="1700000001.3", subtype="message_changed"))
    fake_slack.settle(1.0)
    assert len(fake_slack.of("chat.postMessage")) == 1
    assert [r["kind"] for r in server.audit.list(AFTER_INSTALL)] == ["shown", "query"]  # the answer, then its marker


def test_slash_command_answers_only_the_asker(server: Server, fake_slack: FakeSlack) -> None:
    body = payloads.slash_command(payloads.DETAINER, fake_slack.response_url("cmd"), trigger_id="trig-cmd-1")
    response = server.form(body)
    assert response.status_code == 200
    [reply] = fake_slack.wait_for("response_url")
    assert reply.args["response_type"] == "ephemeral"
    assert "Prohibited" in reply.args["blocks"][0]["text"]["text"]
    assert fake_slack.of("chat.postMessage") == []
    row = server.audit.list(LogFilter(kind="query"))[0]
    assert row["source"] == "slack-command" and row["event_id"] == "slack:command:trig-cmd-1"


def test_slash_command_without_text_opens_the_form_and_help_is_immediate(server: Server, fake_slack: FakeSlack) -> None:
    server.form(payloads.slash_command("", fake_slack.response_url(), trigger_id="trig-empty"))
    [opened] = fake_slack.wait_for("views.open")
    assert opened.args["trigger_id"] == "trig-empty"
    assert opened.args["view"]["callback_id"] == "intake_form"

    helped = server.form(payloads.slash_command("help", fake_slack.response_url()))
    assert helped.status_code == 200 and "/triage" in helped.text
    assert server.audit.matching(AFTER_INSTALL) == 0


def test_message_shortcut_reads_a_forwarded_email(server: Server, fake_slack: FakeSlack) -> None:
    message = {
        "ts": "1700000002.000100",
        "text": "see below",
        "attachments": [{"fallback": "fwd", "text": payloads.DETAINER + ". Contact agent at jdoe@ice.dhs.gov"}],
    }
    server.form(payloads.message_shortcut(message, fake_slack.response_url("sc"), trigger_id="trig-sc"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["thread_ts"] == "1700000002.000100"
    row = server.audit.list(LogFilter(kind="query"))[0]
    assert row["source"] == "slack-shortcut" and row["verdict"] == "prohibited"
    assert "jdoe@ice.dhs.gov" not in row["question_masked"] and "email" in row["mask_kinds"]


def test_shortcut_where_the_bot_is_not_a_member_answers_privately(server: Server, fake_slack: FakeSlack) -> None:
    fake_slack.fail["chat.postMessage"] = "not_in_channel"
    message = {"ts": "1700000002.000200", "text": payloads.DETAINER}
    server.form(payloads.message_shortcut(message, fake_slack.response_url("sc2"), trigger_id="trig-sc2"))
    [reply] = fake_slack.wait_for("response_url")
    assert reply.args["response_type"] == "ephemeral"
    fake_slack.settle(0.3)
    assert server.audit.list(LogFilter(kind="delivery")) == []


def test_slack_api_error_while_posting_is_logged_and_the_bot_keeps_serving(
    server: Server, fake_slack: FakeSlack
) -> None:
    fake_slack.fail["chat.postMessage"] = "channel_not_found"
    server.event(payloads.mention(payloads.DETAINER, ts="1700000003.1"))
    fake_slack.wait_for("chat.postMessage")
    deadline = time.monotonic() + 10
    while not server.audit.list(LogFilter(kind="delivery")) and time.monotonic() < deadline:
        time.sleep(0.05)
    [failure] = server.audit.list(LogFilter(kind="delivery"))
    [query] = server.audit.list(LogFilter(kind="query"))
    assert failure["outcome"] == "error" and failure["parent_query_id"] == query["query_id"]
    assert "channel_not_found" in failure["error"]

    del fake_slack.fail["chat.postMessage"]
    server.event(payloads.mention(payloads.DETAINER, ts="1700000003.2"))
    fake_slack.wait_for("chat.postMessage", count=2)
    assert server.audit.verify()[0]


def test_empty_mention_gets_help_and_a_form_button(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention("", ts="1700000004.1"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert "could not read that" in post.args["text"]
    assert any(b.get("block_id") == "open_form" for b in post.args["blocks"])
    [row] = server.audit.list(AFTER_INSTALL)
    assert row["outcome"] == "rejected"


def test_healthz_reports_the_kb_version(server: Server) -> None:
    response = server.http.get(f"{server.url}/healthz")
    assert response.status_code == 200
    assert response.json()["kb_version"] == server.app.pipeline.knowledge.version


def test_a_reply_in_the_thread_adds_to_the_question_it_answers(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention("ICE wants us to hold him past his release", ts="1700000060.1"))
    fake_slack.wait_for("chat.postMessage")
    [first] = server.audit.list(LogFilter(kind="query"))
    assert first["verdict"] == "needs_info"

    server.event(payloads.mention("they only have an I-247A detainer", ts="1700000060.2", thread_ts="1700000060.1"))
    [_, second_post] = fake_slack.wait_for("chat.postMessage", count=2)
    assert second_post.args["thread_ts"] == "1700000060.1"
    second = server.audit.list(LogFilter(kind="query"))[0]
    assert second["parent_query_id"] == first["query_id"]
    assert second["verdict"] == "prohibited"
    assert second["facts"]["warrant"] == "detainer_only" and second["facts"]["asks"] == ["hold"]


def test_identifiers_from_slack_reach_neither_the_log_file_nor_the_process_log(
    server: Server, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture, data_dir: Path
) -> None:
    caplog.set_level(logging.INFO)
    secret_bits = ("123-45-6789", "A123-456-789", "Juan Perez", "jdoe@example.org")
    question = f"{payloads.DETAINER}. [[Juan Perez]] SSN 123-45-6789, A-number A123-456-789, jdoe@example.org"
    server.event(payloads.mention(question, ts="1700000070.1"))
    fake_slack.wait_for("chat.postMessage")
    [row] = server.audit.list(LogFilter(kind="query"))
    assert set(row["mask_kinds"]) >= {"ssn", "a_number", "marked_name", "email"}
    server.app.services.engine.dispose()  # flush the WAL into the database file
    stored = b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    for bit in secret_bits:
        assert bit.encode() not in stored
        assert bit not in caplog.text
        assert all(bit not in json.dumps(call.args) for call in fake_slack.calls)


def test_labelled_identifiers_asked_in_slack_reach_no_slack_call_log_or_file(
    server: Server, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture, data_dir: Path
) -> None:
    caplog.set_level(logging.INFO)
    items = [json.loads(line) for path in PII_SETS for line in path.read_text().splitlines() if line.strip()]
    asked = [item for item in items if any(i["kind"] in STRUCTURED for i in item["identifiers"])][::8]
    for n, item in enumerate(asked):
        server.event(payloads.mention(item["text"], channel="CPII", ts=f"1700000900.{n:03d}"))
    fake_slack.wait_for("chat.postMessage", count=len(asked), timeout=60)
    server.app.services.engine.dispose()  # flush the WAL into the database file
    stored = b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    sent = json.dumps([call.args for call in fake_slack.calls])
    leaked = [
        (item["id"], identifier["kind"], where)
        for item in asked
        for identifier in item["identifiers"]
        if identifier["kind"] in STRUCTURED
        for trace in identifier_traces(identifier["value"])
        for where, found in (
            ("file", trace.encode() in stored),
            ("slack", trace in sent),
            ("log", trace in caplog.text),
        )
        if found
    ]
    assert len(asked) >= 50 and leaked == []


def test_rate_limits_are_retried_with_backoff_and_5xx_is_recorded_not_reposted(
    server: Server, fake_slack: FakeSlack
) -> None:
    fake_slack.transient["chat.postMessage"] = [429]
    server.event(payloads.mention(payloads.DETAINER, ts="1700000080.1"))
    attempts = fake_slack.wait_for("chat.postMessage", count=2)
    assert attempts[1].at - attempts[0].at >= 0.9  # waited for Retry-After
    fake_slack.settle(0.5)
    assert server.audit.list(LogFilter(kind="delivery")) == []

    # A 5xx may mean Slack posted anyway: no second attempt (no double card), a recorded failure.
    fake_slack.transient["chat.postMessage"] = [503]
    server.event(payloads.mention(payloads.DETAINER, ts="1700000080.2"))
    fake_slack.wait_for("chat.postMessage", count=3)
    fake_slack.settle(1.0)
    assert len(fake_slack.of("chat.postMessage")) == 3
    [failure] = server.audit.list(LogFilter(kind="delivery"))
    assert failure["error"] == "chat.postMessage: Slack answered HTTP 503", failure["error"]


def test_oversized_bodies_are_refused_before_being_read(server: Server, fake_slack: FakeSlack) -> None:
    url = f"{server.url}/slack/events"
    big = b"x" * 2_000_000
    declared = server.http.post(url, content=big, headers={"Content-Type": "application/json"})
    assert declared.status_code == 413

    def chunked() -> Iterator[bytes]:  # no Content-Length: the limit holds while streaming
        for _ in range(40):
            yield b"y" * 64_000

    streamed = server.http.post(url, content=chunked(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413
    signed_but_huge = server.post("z" * 1_100_000, "application/json")
    assert signed_but_huge.status_code == 413
    fake_slack.settle(0.3)
    assert server.audit.matching(AFTER_INSTALL) == 0


def test_malformed_signed_bodies_get_400_without_a_traceback(server: Server, fake_slack: FakeSlack) -> None:
    for body, content_type in (
        ('{"type": "event_callback", "event": ', "application/json"),
        ("payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    ):
        response = server.post(body, content_type)
        assert response.status_code == 400
        assert "Traceback" not in response.text and "Error" not in response.text
    fake_slack.settle(0.3)
    assert server.audit.matching(AFTER_INSTALL) == 0


def test_mentions_from_other_bots_are_neither_answered_nor_logged(server: Server, fake_slack: FakeSlack) -> None:
    assert server.event(payloads.mention(payloads.DETAINER, bot_id="B999", ts="1700000000.000300")).status_code == 200
    assert (
        server.event(payloads.mention(payloads.DETAINER, subtype="bot_message", ts="1700000000.000400")).status_code
        == 200
    )
    fake_slack.settle(1.0)
    assert fake_slack.of("chat.postMessage") == []
    assert server.audit.matching(AFTER_INSTALL) == 0


def test_an_answer_logged_but_never_shown_is_posted_from_the_log_once(server: Server, fake_slack: FakeSlack) -> None:
    body = payloads.mention(payloads.DETAINER, channel="C7", ts="1700000500.1")
    # the server stopped between writing the answer's row and posting it
    logged = server.app.pipeline.answer(payloads.DETAINER, event_id="slack:msg:C7:1700000500.1", source="slack")
    for retry in (1, 2):  # Slack retries; the second retry finds the marker the first one left
        server.event(body, {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    [post] = fake_slack.wait_for("chat.postMessage")
    fake_slack.settle(1.0)
    assert len(fake_slack.of("chat.postMessage")) == 1
    assert post.args["thread_ts"] == "1700000500.1" and logged.query_id in json.dumps(post.args["blocks"])
    assert "Prohibited" in post.args["text"]
    rows = server.audit.list(AFTER_INSTALL)
    assert [(r["kind"], r["outcome"]) for r in rows] == [("shown", "reposted"), ("query", "answered")]


def _losing_shown_markers(audit: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies after Slack took the post and before the marker row: the marker is lost."""
    append = audit.append

    def append_unless_marker(record: AuditRecord) -> dict[str, object]:
        if record.kind == SHOWN:
            raise AuditUnavailable("killed before the marker")
        return append(record)

    monkeypatch.setattr(audit, "append", append_unless_marker)


def test_a_card_shown_before_its_marker_was_lost_is_not_shown_again(
    server: Server, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = payloads.mention(payloads.DETAINER, channel="C7", ts="1700000700.1")
    with monkeypatch.context() as patch:
        _losing_shown_markers(server.audit, patch)
        server.event(body)
        [post] = fake_slack.wait_for("chat.postMessage")
        fake_slack.settle(0.5)
    [answer] = server.audit.list(LogFilter(kind="query"))
    assert post.args["metadata"] == {"event_type": "triage_answer", "event_payload": {"query_id": answer["query_id"]}}
    assert server.audit.list(LogFilter(kind=SHOWN)) == []
    for retry in (1, 2):
        server.event(body, {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    fake_slack.wait_for("conversations.replies")
    fake_slack.settle(1.0)
    assert len(fake_slack.of("chat.postMessage")) == 1  # exactly once
    [marker] = server.audit.list(LogFilter(kind=SHOWN))
    assert marker["outcome"] == "found" and marker["parent_query_id"] == answer["query_id"]


def test_without_leave_to_read_the_thread_a_lost_marker_means_shown_again_not_never(
    server: Server, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_slack.fail["conversations.replies"] = "missing_scope"
    body = payloads.mention(payloads.DETAINER, channel="C7", ts="1700000800.1")
    with monkeypatch.context() as patch:
        _losing_shown_markers(server.audit, patch)
        server.event(body)
        fake_slack.wait_for("chat.postMessage")
        fake_slack.settle(0.5)
    server.event(body, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    fake_slack.wait_for("chat.postMessage", count=2)
    [marker] = server.audit.list(LogFilter(kind=SHOWN))
    assert marker["outcome"] == "reposted"


def test_at_start_answers_logged_but_never_shown_are_posted_once(server: Server, fake_slack: FakeSlack) -> None:
    pipeline, triage = server.app.pipeline, server.app.triage
    # acknowledged, logged, then the process stopped: Slack will not retry these
    lost = pipeline.answer(
        payloads.DETAINER, event_id="slack:msg:C8:1700000600.1", source="slack-mention", user_id="U8"
    )
    server.event(payloads.mention(payloads.DETAINER, channel="C8", ts="1700000600.2"))  # answered and shown
    fake_slack.wait_for("chat.postMessage")
    within = dt.timedelta(days=400)  # the test pipeline's clock stands on a fixed day in the past
    assert triage.recover_unshown(server.app.bolt.client, within) == 1
    assert triage.recover_unshown(server.app.bolt.client, within) == 0  # a second worker starting finds it done
    posts = fake_slack.of("chat.postMessage")
    assert [(p.args["channel"], p.args["thread_ts"]) for p in posts] == [("C8", "1700000600.2"), ("C8", "1700000600.1")]
    assert lost.query_id in json.dumps(posts[1].args["blocks"])
