"""The command line as users run it: a real subprocess on a real data dir."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import KNOWLEDGE, ROOT


def triage(data_dir: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "TRIAGE_DATA_DIR": str(data_dir),
        "TRIAGE_KNOWLEDGE_DIR": str(KNOWLEDGE),
        "TRIAGE_PROMPTS_DIR": str(ROOT / "prompts"),
    }
    env.pop("SLACK_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_batch_json_lines_keeps_order_and_survives_bad_lines(data_dir: Path) -> None:
    lines = [
        json.dumps({"id": "a", "question": "ICE ERO wants his home address for removal. send it?"}),
        "{not json",
        json.dumps({"id": "c", "question": "   "}),
        json.dumps({"id": "d", "question": "x" * 100_000}),
        b"\xff\xfe{}".decode("latin-1"),
        json.dumps(
            {
                "id": "f",
                "question": "FBI has a federal arrest warrant signed by an EDNY judge for bank "
                "robbery. can we turn him over?",
                "extra": 1,
            }
        ),
        json.dumps(["not", "an", "object"]),
    ]
    payload = b"\n".join(line.encode("latin-1") if line.startswith("\xff") else line.encode() for line in lines)
    result = triage(data_dir, "ask", "--json", stdin=payload)
    # every line gets an object and the batch goes on, but the exit says some got no answer
    assert result.returncode == 1, result.stderr
    assert "5 of 7 lines not answered" in result.stderr.decode()
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a.get("id") for a in answers] == ["a", None, "c", "d", None, "f", None]
    assert answers[0]["verdict"] == "prohibited"
    assert set(answers[0]) == {
        "id",
        "query_id",
        "verdict",
        "summary",
        "action",
        "conditions",
        "rule_id",
        "rule_title",
        "questions",
        "facts",
        "requests",
        "citations",
        "kb_version",
        "latency_ms",
    }
    assert set(answers[0]["citations"][0]) == {"authority", "title", "section", "text", "excerpt", "score"}
    assert answers[0]["citations"][0]["excerpt"] in answers[0]["citations"][0]["text"]
    assert answers[0]["facts"]["agency"] == {"value": "ice_ero", "evidence": "ICE ERO", "source": "stated"}
    assert answers[0]["facts"]["purpose"]["evidence"] == "removal"
    [request] = answers[0]["requests"]
    assert (request["agency"], request["asks"], request["verdict"]) == ("ice_ero", ["share_records"], "prohibited")
    assert "not valid JSON" in answers[1]["error"]
    assert "empty" in answers[2]["error"]
    assert "too long" in answers[3]["error"]
    assert "UTF-8" in answers[4]["error"]
    assert answers[5]["verdict"] == "permitted"
    assert "unknown field(s) 'extra'" in result.stderr.decode()
    assert "JSON object" in answers[6]["error"]
    clean = triage(data_dir, "ask", "--json", stdin=lines[0].encode() + b"\n\n" + lines[5].encode())
    assert clean.returncode == 0 and len(clean.stdout.decode().splitlines()) == 2, clean.stderr


def test_single_question_text_then_audit_list_show_verify(data_dir: Path) -> None:
    asked = triage(data_dir, "ask", "ICE sent an I-247A, no judge signed anything. can we hold him past release?")
    assert asked.returncode == 0, asked.stderr
    out = asked.stdout.decode()
    assert out.startswith("PROHIBITED") and "[NYC-AC-14-154]" in out
    query_id = out.rsplit("query ", 1)[1].split(" ")[0]
    listed = triage(data_dir, "audit", "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.decode().splitlines()]
    assert rows[0]["query_id"] == query_id and rows[0]["verdict"] == "prohibited"
    shown = triage(data_dir, "audit", "show", query_id[:8], "--json")
    assert json.loads(shown.stdout)["rule_id"] == "R2a-civil-paperwork"
    verified = triage(data_dir, "audit", "verify")
    # four rows: the install's first activation, the question, the list and show reads;
    # verify's own read is not counted
    assert verified.returncode == 0 and verified.stdout.decode().startswith("ok: 4 rows")
    as_csv = triage(data_dir, "audit", "list", "--kind", "query", "--csv").stdout.decode().splitlines()
    assert as_csv[0].startswith("query_id,created_at") and len(as_csv) == 2


def test_piped_console_answers_each_line_and_exits(data_dir: Path) -> None:
    result = triage(data_dir, "serve", stdin=b"hello? is this thing on\n\nHSI wants our interview room. fine?\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.count("rule ") == 2 and "ESCALATE" in out and "NEEDS INFO" in out


def test_empty_question_exits_non_zero_with_message(data_dir: Path) -> None:
    result = triage(data_dir, "ask", "  ")
    assert result.returncode == 1 and b"empty" in result.stderr


def test_nothing_piped_is_an_error_not_a_silent_success(data_dir: Path) -> None:
    """`printf '' | triage ask` in a script: exit 1 and say so, for text and JSON Lines alike."""
    for args in (("ask",), ("ask", "--json"), ("serve",)):
        result = triage(data_dir, *args, stdin=b"\n  \n")
        assert result.returncode == 1 and b"no " in result.stderr and b"standard input" in result.stderr, args
        assert result.stdout == b""
    assert triage(data_dir, "serve", stdin=b"quit\n").returncode == 0  # ended on purpose, nothing asked


def test_kb_status_and_check(data_dir: Path) -> None:
    status = triage(data_dir, "kb", "status", "--json")
    shown = json.loads(status.stdout)
    versions = shown["versions"]
    assert len(versions) == 1 and versions[0]["active"]
    assert shown["folder"]["version"] == versions[0]["version"] and "the active version" in shown["folder"]["state"]
    check = triage(data_dir, "kb", "check")
    assert check.returncode == 0 and versions[0]["version"] in check.stdout.decode()


def test_no_knowledge_base_yet_is_a_clear_message(tmp_path: Path) -> None:
    result = triage(tmp_path / "empty", "ask", "ICE wants to hold him")
    assert result.returncode == 2 and b"triage kb ingest" in result.stderr


def test_outside_the_project_folder_the_same_install_is_found_and_reads_create_no_log(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    empty = tmp_path / "nothing-here"

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            cwd=tmp_path,
            env={**env, "PYTHONPATH": str(ROOT), **extra},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    # the checkout's folders are found from the code, not from where the command runs
    found = run("kb", "check")
    assert found.returncode == 0 and found.stdout.startswith("ok:"), found.stderr
    # reads on a data dir with no log say where they looked and create nothing
    for command in (["ask", "HSI wants the release time"], ["audit", "verify"], ["audit", "list"], ["kb", "status"]):
        done = run(*command, TRIAGE_DATA_DIR=str(empty))
        assert done.returncode == 2, (command, done.stderr)
        assert f"no query log at {empty / 'audit.db'}" in done.stderr and "TRIAGE_DATA_DIR" in done.stderr
        assert "Traceback" not in done.stderr
    assert not empty.exists()


def test_the_default_data_dir_is_the_checkouts_wherever_the_command_runs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    shown = subprocess.run(
        [sys.executable, "-c", "from bot.settings import Settings; s = Settings(); print(s.data_dir, s.prompts_dir)"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout.split() == [str(ROOT / "data"), str(ROOT / "prompts")]


def test_eval_never_writes_to_the_officers_log_nor_switches_the_kb(data_dir: Path, tmp_path: Path) -> None:
    from bot.audit.store import AuditLog
    from bot.db import make_engine
    from bot.kb.store import KbStore

    engine = make_engine(f"sqlite:///{data_dir / 'audit.db'}")
    rows_before, active_before = AuditLog(engine).count(), KbStore(engine).active_version()
    labelled = tmp_path / "set.jsonl"
    labelled.write_text(
        json.dumps(
            {
                "id": "e1",
                "question": "ICE ERO faxed an I-247A, can we hold him past release?",
                "expected_verdict": "prohibited",
                "must_cite": ["NYC-AC-14-154"],
            }
        )
        + "\n"
    )
    scored = triage(data_dir, "eval", str(labelled), "--json")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["accuracy"] == 1.0
    assert b"throw-away log" in scored.stderr
    assert AuditLog(engine).count() == rows_before
    assert KbStore(engine).active_version() == active_before

    # `make eval` scores knowledge/ in a throw-away data dir: the bot's own data dir is untouched
    env = {**os.environ, "TRIAGE_DATA_DIR": str(data_dir), "EVAL": str(labelled)}
    made = subprocess.run(["make", "-s", "eval"], cwd=ROOT, env=env, capture_output=True, timeout=600, check=False)
    assert made.returncode == 0, made.stderr.decode()
    assert b"verdict accuracy  1.000" in made.stdout
    assert AuditLog(engine).count() == rows_before
    assert KbStore(engine).active_version() == active_before
    engine.dispose()


def test_without_user_the_operator_is_the_login_name_not_unknown(data_dir: Path) -> None:
    import getpass

    env = {k: v for k, v in os.environ.items() if k not in {"USER", "LOGNAME", "LNAME", "USERNAME"}}
    env.update({"TRIAGE_DATA_DIR": str(data_dir), "TRIAGE_SUBJECT_KEY": "test-subject-key-not-for-production"})
    listed = subprocess.run(
        [sys.executable, "-m", "bot", "audit", "list", "--kind", "review_read", "--json"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    [row] = [json.loads(line) for line in listed.stdout.decode().splitlines()]
    assert row["user_id"] != "local:unknown" and row["user_id"].startswith("local:")
    assert row["user_id"] in {f"local:{getpass.getuser()}", f"local:uid-{os.getuid()}"}


def test_make_clean_keeps_the_data_and_clean_data_asks_first(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copy(ROOT / "Makefile", checkout / "Makefile")
    (checkout / "data").mkdir()
    (checkout / "data" / "audit.db").write_text("the log")
    cleaned = subprocess.run(["make", "-s", "clean"], cwd=checkout, capture_output=True, timeout=60, check=False)
    assert cleaned.returncode == 0 and (checkout / "data" / "audit.db").exists()
    refused = subprocess.run(
        ["make", "-s", "clean-data"], cwd=checkout, input=b"yes\n", capture_output=True, timeout=60, check=False
    )
    assert refused.returncode != 0 and b"kept data/" in refused.stdout and (checkout / "data").exists()
    confirmed = subprocess.run(
        ["make", "-s", "clean-data"], cwd=checkout, input=b"delete data\n", capture_output=True, timeout=60, check=False
    )
    assert confirmed.returncode == 0 and not (checkout / "data").exists()


def test_piped_console_stops_at_quit_and_a_refused_question_exits_1_like_ask(data_dir: Path) -> None:
    stopped = triage(data_dir, "serve", stdin=b"HSI wants our interview room. fine?\nquit\nICE wants to hold him\n")
    assert stopped.returncode == 0, stopped.stderr
    assert stopped.stdout.decode().count("rule ") == 1  # quit ends the input; it is not asked
    huge = b"ICE wants " + b"x" * 25_000 + b"\n"  # over the 20,000 characters; a shell takes no 200 KB argument
    piped, argued = triage(data_dir, "serve", stdin=huge), triage(data_dir, "ask", huge.decode().strip())
    assert piped.returncode == argued.returncode == 1
    assert b"characters" in piped.stderr and b"characters" in argued.stderr


def test_kb_queue_names_the_bots_own_escalations_but_not_r0_noise(data_dir: Path) -> None:
    question = "DEA wants one of our cars to drive a guy to their office, the AUSA might charge him, no warrant"
    assert triage(data_dir, "ask", question).stdout.startswith(b"ESCALATE")
    assert triage(data_dir, "ask", "hello? is this thing on").returncode == 0  # R0: no federal request
    queue = triage(data_dir, "kb", "queue")
    assert queue.returncode == 0, queue.stderr
    out = queue.stdout.decode()
    assert "Nothing officers escalated or marked wrong." in out
    assert "The bot itself answered 1 question(s) `escalate`" in out


def test_help_lists_every_command_with_its_own_first_line_and_imports_none_of_them() -> None:
    import click

    from bot.cli import COMMANDS, load_command

    for name, (_, _, first_line) in COMMANDS.items():
        command = load_command(name)
        assert command.name == name
        assert (command.help or "").split("\n\n")[0] == first_line, name
    # a fresh interpreter: `triage --help` loads no command module (they import SQLAlchemy, Chroma, ...)
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from bot.cli import main\n"
        "result = CliRunner().invoke(main, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(result.output)\n"
        "heavy = ('sqlalchemy', 'chromadb')\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('bot.cli.') or m in heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert "LOADED ['bot.cli.exits']" in done.stdout
    for name in COMMANDS:
        assert f"  {name} " in done.stdout
    audit = load_command("audit")
    assert isinstance(audit, click.Group) and "verify" in audit.commands
