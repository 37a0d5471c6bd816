"""The READMEs as a newcomer meets them: every command in their `sh` blocks, pasted as written.

Each line runs through bash, in README order, in a scratch folder with a fresh data dir and its
own $HOME (so `~/committee.key` lands there), with `triage` on the PATH as after `make install`.
Counsel's edit is a real change to a copy of knowledge/. Ids in the READMEs are names the tools
resolve (`latest`, `previous`, `last`), so nothing is substituted. Each command must succeed and
the ones whose output matters are checked for their key lines; the piped example's output block
must match a real run line for line, except where it says it was trimmed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pexpect
import pytest

from tests.conftest import ROOT

READMES = (ROOT / "README.md", ROOT / "knowledge" / "README.md")
BIN = Path(sys.executable).parent
# Lines not run here, each with why: the rest of the suite (or the server tests) covers them.
NOT_RUN = {
    "make run": "the piped `echo ... | make run` example runs it",
    "make test": "this suite is `make test`",
    "make eval": "scores every labelled set (minutes); `triage eval` has its own tests",
    "triage console --port 8080": "a server that runs until stopped; tests/web drives it",
}
TRIMMED = re.compile(r"^\s*\[… .* trimmed here\]$")


@dataclass(frozen=True)
class Command:
    readme: str
    line: str


def sh_commands(readme: Path) -> list[Command]:
    """Each command line of each ```sh block, without its trailing `# comment`."""
    commands: list[Command] = []
    inside = False
    for raw in readme.read_text().splitlines():
        if raw.startswith("```"):
            inside = raw.strip() == "```sh"
            continue
        line = re.split(r"\s{2,}#", raw, maxsplit=1)[0].strip()
        if inside and line and not line.startswith("#"):
            commands.append(Command(readme.relative_to(ROOT).as_posix(), line))
    return commands


def piped_example() -> tuple[str, list[str]]:
    """The quick start's `echo ... | make run` line and the output block under it."""
    text = (ROOT / "README.md").read_text()
    found = re.search(r"```sh\n(echo .*\| make run)\n```\n\n```\n(.*?)\n```", text, re.S)
    assert found, "the README's quick start lost its piped example"
    return found.group(1), found.group(2).splitlines()


def _normalised(line: str) -> str:
    line = re.sub(r"\bKB [0-9a-f]{12}\b", "KB <version>", line)
    line = re.sub(r"\d+ documents, \d+ passages", "<n> documents, <n> passages", line)
    line = re.sub(r"\bquery [0-9a-f-]{36}\b", "query <id>", line)
    return re.sub(r"\b\d+(\.\d+)? ms\b", "<n> ms", line).rstrip()


def matches_with_trims(shown: list[str], real: list[str]) -> str | None:
    """None if `shown` is `real` with marked trims; else the first line that is not."""
    segments: list[list[str]] = [[]]
    for line in shown:
        if TRIMMED.match(line):
            segments.append([])
        else:
            segments[-1].append(_normalised(line))
    actual = [_normalised(line) for line in real]
    at = 0
    for number, segment in enumerate(segments):
        if not segment:
            continue
        if number == 0:  # no trim before it: it starts the output
            if actual[: len(segment)] != segment:
                return next((w for w, a in zip(segment, actual, strict=False) if w != a), segment[0])
            at = len(segment)
            continue
        for start in range(at, len(actual) - len(segment) + 1):
            if actual[start : start + len(segment)] == segment:
                at = start + len(segment)
                break
        else:
            return segment[0]
    if segments[-1] and at != len(actual):
        return f"(the real output goes on: {actual[at]!r})"
    return None


def test_the_trim_marker_is_honoured_and_unmarked_cuts_are_not() -> None:
    real = ["a", "b", "c", "rule R1 | KB 0123456789ab | query 206427c0-413b-4108-8b16-802bd5847051 | 9.9 ms"]
    tail = "rule R1 | KB abcdefabcdef | query 00000000-413b-4108-8b16-802bd5847051 | 21 ms"
    assert matches_with_trims(["a", "  [… 1 line trimmed here]", "c", tail], real) is None
    assert matches_with_trims(["a", "c", tail], real) == "c"  # a cut without the marker
    assert matches_with_trims(["a", "b", "c"], real) is not None  # the end is missing
    assert sh_commands(ROOT / "README.md")[0] == Command("README.md", "make run")


class Newcomer:
    """A shell session in a scratch folder: fresh data dir, own $HOME, `triage` on the PATH."""

    def __init__(self, home: Path, knowledge: Path) -> None:
        self.cwd = home / "work"
        self.cwd.mkdir(parents=True)
        # A newcomer's shell is not inside `make test`: make's own variables would turn on
        # "make[1]: Entering directory" lines that a pasted `make run` never prints.
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("TRIAGE_", "SLACK_"))
            and k not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES"}
        }
        self.env = {
            **env,
            "HOME": str(home),
            "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
            "TRIAGE_DATA_DIR": str(home / "data"),
            "TRIAGE_KNOWLEDGE_DIR": str(knowledge),  # counsel edits this copy
            "TRIAGE_OPERATOR": "newcomer",
        }
        self.ran: list[Command] = []

    def run(self, command: Command, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["bash", "-c", command.line],
            cwd=cwd or self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, f"{command.readme}: `{command.line}` exit {done.returncode}\n{done.stderr}"
        self.ran.append(command)
        return done

    def run_at_terminal(self, command: Command, answer: str) -> str:
        """Run one line on a pseudo-terminal, typing `answer` at each prompt (a password asked twice)."""
        # poll(), not select(): a test process that has opened many files may hand out descriptors past 1024
        child = pexpect.spawn(
            "bash", ["-c", command.line], cwd=self.cwd, env=self.env, encoding="utf-8", timeout=120, use_poll=True
        )
        while child.expect([r": $", pexpect.EOF]) == 0:
            child.sendline(answer)
        child.close()
        assert child.exitstatus == 0, f"{command.readme}: `{command.line}` exit {child.exitstatus}\n{child.before}"
        self.ran.append(command)
        return str(child.before)


@pytest.mark.slow
def test_every_readme_command_runs_as_pasted(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    user = Newcomer(tmp_path, knowledge)
    commands = {readme.name if readme.parent == ROOT else "knowledge": sh_commands(readme) for readme in READMES}
    by_line = {c.line: c for group in commands.values() for c in group}

    # Quick start: the piped example, in the checkout, answers exactly as the README shows.
    piped, shown = piped_example()
    installed = subprocess.run(["make", "-q", ".venv/.installed"], cwd=ROOT, capture_output=True, check=False)
    if installed.returncode == 0:
        done = user.run(by_line[piped], cwd=ROOT)
        real = [line for line in done.stdout.splitlines() if line.strip()]
        mismatch = matches_with_trims([line for line in shown if line.strip()], real)
        assert mismatch is None, f"README output differs from a real run at: {mismatch}\n{done.stdout}"
    else:  # a checkout whose venv is out of date would reinstall: ingest as `make run` does
        user.run(Command("README.md", "triage kb ingest"))
        user.ran.append(by_line[piped])

    # Officers.
    (user.cwd / "questions.jsonl").write_text(
        json.dumps({"id": "q1", "question": "ICE faxed an I-247A detainer, no judge signed it: can we hold him?"})
        + "\n"
    )
    for command in commands["README.md"]:
        if command.line.startswith("triage ask"):
            done = user.run(command)
            if "--json <" in command.line:
                answer = json.loads((user.cwd / "answers.jsonl").read_text().splitlines()[0])
                assert answer["verdict"] == "prohibited"
            elif "--json" in command.line:
                assert [r["agency"] for r in json.loads(done.stdout)["requests"]] == ["fbi", "ice"]

    for command in commands["README.md"]:  # what was done, once something has been asked
        if command.line.startswith("triage record"):
            assert "recorded: Declined for query " in user.run(command).stdout

    # Counsel: an edit in knowledge/, then the round as written, ending in a rollback.
    policy = knowledge / "policies" / "NYC-AC-10-178.md"
    policy.write_text(policy.read_text().replace("no city agency may use", "no city agency, office or officer may use"))
    first = _active(user)
    outputs = {c.line: user.run(c).stdout for c in commands["README.md"] if c.line.startswith("triage kb")}
    assert "staged" in outputs["triage kb ingest"]
    assert "[-agency-] {+agency, office or officer+}" in outputs["triage kb diff latest"]
    assert _active(user) == first  # rolled back, and it stays rolled back
    assert "NOT active" in user.run(Command("README.md", "triage kb status")).stdout

    # Counsel's roster, before the reviewers' register and training report read it.
    for command in commands["README.md"]:
        if command.line.startswith("triage roster"):
            done = user.run(command)
            if command.line == "triage roster list":
                assert "Det. A. Rivera" in done.stdout and "HSI gang TF" in done.stdout

    # Reviewers.
    for command in commands["README.md"]:
        if command.line.startswith("triage audit"):
            done = user.run(command)
            if command.line == "triage audit verify":
                assert "chain intact" in done.stdout
            if command.line.startswith("triage audit show"):
                assert "query_id:" in done.stdout
    assert (user.cwd / "q4.csv").read_text().count("\n") >= 5  # header + every row since October
    assert "<svg" in (user.cwd / "report.html").read_text()
    assert (tmp_path / "committee.key.pub").exists() and (user.cwd / "cp-2026-12.json").exists()

    # The console's accounts (the server itself runs in tests/web).
    for command in commands["README.md"]:
        if command.line.startswith("triage users"):
            if command.line.startswith(("triage users add", "triage users passwd")):
                user.run_at_terminal(command, answer="a long enough password")
            else:
                user.run(command)
    assert "rita" in user.run(Command("README.md", "triage users list")).stdout

    # knowledge/README.md, counsel's guide: the same round with --stage and a labelled set.
    for command in commands["knowledge"]:
        if command.line not in NOT_RUN:
            user.run(command, cwd=ROOT if "eval/" in command.line else None)
    assert _active(user) == first  # its `kb activate previous` rolled back to the original too

    everything = {c for group in commands.values() for c in group}
    left = {c.line for c in everything - set(user.ran)}
    assert left == set(NOT_RUN) & left and set(NOT_RUN) <= {c.line for c in everything}, left


def _active(user: Newcomer) -> str:
    done = user.run(Command("test", "triage kb status"))
    return next(line.split()[1] for line in done.stdout.splitlines() if line.startswith("*"))
