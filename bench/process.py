"""Cold start to first answer and peak resident memory, as separate processes (the real CLI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import team_questions

BIN = Path(sys.executable).parent


_REPORT_PEAK = (
    "import atexit, sys\n"
    "def _peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write('PEAK_KIB ' + line.split()[1] + '\\n')\n"
    "atexit.register(_peak)\n"
)


def _run(command: str, args: list[str], env: dict[str, str], stdin: str = "") -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one child process running `command` (Python source).

    The peak is the child's own VmHWM at exit: `ru_maxrss` would also count what the (large)
    benchmark process held when it forked the child.
    """
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _REPORT_PEAK + command, *args],
        env=env,
        input=stdin.encode(),
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{args[:2]} failed: {done.stderr.decode()[-2000:]}")
    peak = [line for line in done.stderr.decode().splitlines() if line.startswith("PEAK_KIB ")]
    return seconds, int(peak[-1].split()[1]) / 1024


_TRIAGE = "import sys\nfrom bot.cli import main\nsys.argv = ['triage', *sys.argv[1:]]\nmain()\n"


def process_costs(data_dir: Path, knowledge: Path, prompts: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "TRIAGE_DATA_DIR": str(data_dir),
        "TRIAGE_KNOWLEDGE_DIR": str(knowledge),
        "TRIAGE_PROMPTS_DIR": str(prompts),
    }
    python_s, python_mib = _run("pass", [], env)
    cold = [_run(_TRIAGE, ["ask", "ICE wants us to hold him on a detainer"], env)[0] for _ in range(3)]
    batch = "\n".join(json.dumps({"id": str(n), "question": q}) for n, q in enumerate(team_questions())) + "\n"
    batch_s, peak_mib = _run(_TRIAGE, ["ask", "--json"], env, batch)
    return {
        "cold_start_to_first_answer_s": round(sorted(cold)[1], 2),
        "python_start_s_baseline": round(python_s, 3),
        "peak_rss_mib_answering_all_team_questions": round(peak_mib),
        "python_rss_mib_baseline": round(python_mib),
        "batch_wall_s": round(batch_s, 2),
    }
