"""Read the whole `knowledge/` folder, validate it, and name its content version."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.clock import local_today
from bot.facts.record import OffenseTable, load_offenses
from bot.kb.checks import check_documents
from bot.kb.documents import Passage, PolicyDocument, parse_policy
from bot.kb.errors import KnowledgeError, KnowledgeErrors
from bot.rules import RuleTable, load_rules
from bot.rules.analysis import check_citations, check_rules
from bot.rules.quotes import check_quotes
from bot.training import Scenario, check_scenarios, parse_bank, read_bank_files

__all__ = ["KnowledgeBundle", "check_stored", "content_version", "load_bundle", "parse_stored_documents"]

RULES_FILE = "rules.yaml"
OFFENSES_FILE = "offenses.yaml"
POLICIES_DIR = "policies"


@dataclass(frozen=True)
class KnowledgeBundle:
    version: str
    source_dir: Path
    documents: tuple[PolicyDocument, ...]
    rules: RuleTable
    offenses: OffenseTable
    rules_text: str
    offenses_text: str
    training: tuple[Scenario, ...] = ()
    training_files: dict[str, str] = field(default_factory=dict)  # training/<name>.jsonl -> text

    @property
    def passages(self) -> tuple[Passage, ...]:
        return tuple(p for doc in self.documents for p in doc.passages)


def content_version(files: dict[str, str]) -> str:
    """A short hash of every file's relative path and text: same content, same version."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    return digest.hexdigest()[:12]


def _read_text(path: Path, errors: list[KnowledgeError]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        errors.append(KnowledgeError(path, None, "file is missing"))
    except UnicodeDecodeError:
        errors.append(KnowledgeError(path, None, "file is not UTF-8 text", "save it as UTF-8"))
    return None


def load_bundle(directory: Path, today: dt.date | None = None) -> KnowledgeBundle:
    """Everything or nothing: raises KnowledgeErrors listing every problem found.

    `today` dates a rule with no `effective_date` when checking what it can cite.
    """
    errors: list[KnowledgeError] = []
    files: dict[str, str] = {}
    documents: list[PolicyDocument] = []
    unparsed: set[str] = set()
    policy_paths = sorted((directory / POLICIES_DIR).glob("*.md"))
    if not policy_paths:
        errors.append(KnowledgeError(directory / POLICIES_DIR, None, "no policy documents (*.md) found"))
    for path in policy_paths:
        text = _read_text(path, errors)
        if text is None:
            continue
        files[f"{POLICIES_DIR}/{path.name}"] = text
        parsed = parse_policy(path, text)
        if isinstance(parsed, list):
            errors.extend(parsed)
            unparsed.add(path.stem)  # files are named by their authority id
        else:
            documents.append(parsed)

    rules_path, offenses_path = directory / RULES_FILE, directory / OFFENSES_FILE
    rules_text, offenses_text = _read_text(rules_path, errors), _read_text(offenses_path, errors)
    rules: RuleTable | None = None
    offenses: OffenseTable | None = None
    if rules_text is not None:
        files[RULES_FILE] = rules_text
        try:
            rules = load_rules(rules_path, rules_text)
        except KnowledgeErrors as exc:
            errors.extend(exc.errors)
    if offenses_text is not None:
        files[OFFENSES_FILE] = offenses_text
        try:
            offenses = load_offenses(offenses_path, offenses_text)
        except (yaml.YAMLError, KeyError, TypeError, re.error) as exc:
            errors.append(
                KnowledgeError(
                    offenses_path,
                    None,
                    f"cannot read the offence lists: {exc}",
                    "it needs 'qualifying:' and 'non_qualifying:' lists of patterns",
                )
            )

    training_files = _read_training(directory, errors)
    files.update(training_files)
    scenarios, bank_errors = parse_bank(training_files, directory)
    errors.extend(bank_errors)

    errors.extend(check_documents(documents))
    if rules is not None and rules_text is not None:
        found = [
            *_authority_problems(rules, documents, rules_path, rules_text),
            *check_rules(rules, rules_path, rules_text),
            *check_citations(rules, documents, rules_path, rules_text, today or local_today()),
            *check_quotes(rules, documents, rules_path, rules_text),
        ]
        # A policy file that does not parse is reported once, where it is broken: not again as
        # "missing" and as every section the rules quote from it.
        errors.extend(error for error in found if not _names_any(error.message, unparsed))
        if offenses is not None and scenarios:
            from bot.facts.extract import FactsReader

            # the lexicon reader, as `ask` without the semantic layer: a permission never rests on it
            reader = FactsReader(offenses, lambda: today or local_today())
            passages = [p for doc in documents for p in doc.passages]
            found = check_scenarios(scenarios, training_files, directory, passages, reader.read_message, rules)
            errors.extend(error for error in found if not _names_any(error.message, unparsed))

    if errors or rules is None or offenses is None or rules_text is None or offenses_text is None:
        raise KnowledgeErrors(errors)
    return KnowledgeBundle(
        version=content_version(files),
        source_dir=directory,
        documents=tuple(documents),
        rules=rules,
        offenses=offenses,
        rules_text=rules_text,
        offenses_text=offenses_text,
        training=tuple(scenarios),
        training_files=training_files,
    )


def _read_training(directory: Path, errors: list[KnowledgeError]) -> dict[str, str]:
    try:
        return read_bank_files(directory)
    except UnicodeDecodeError as exc:
        errors.append(KnowledgeError(directory / "training", None, f"a training file is not UTF-8 text: {exc.reason}"))
    except OSError as exc:
        errors.append(KnowledgeError(directory / "training", None, f"cannot read the training bank: {exc.strerror}"))
    return {}


def parse_stored_documents(
    version: str, documents: dict[str, str]
) -> tuple[list[PolicyDocument], list[KnowledgeError]]:
    """The stored policy files of a version, parsed again (authority id -> whole file text)."""
    parsed_documents: list[PolicyDocument] = []
    errors: list[KnowledgeError] = []
    for authority, text in sorted(documents.items()):
        parsed = parse_policy(Path(f"<kb {version}>/{POLICIES_DIR}/{authority}.md"), text)
        if isinstance(parsed, list):
            errors.extend(parsed)
        else:
            parsed_documents.append(parsed)
    return parsed_documents, errors


def check_stored(version: str, rules_text: str, documents: dict[str, str], today: dt.date) -> list[KnowledgeError]:
    """Today's checks on a stored version (e.g. one stored before a check existed).

    The `authorities:` registry is not required here: versions stored before it existed may
    still be put back, as long as their rules pass every check that protects an answer.
    """
    rules_path = Path(f"<kb {version}>/{RULES_FILE}")
    try:
        rules = load_rules(rules_path, rules_text)
    except KnowledgeErrors as exc:
        return exc.errors
    parsed_documents, errors = parse_stored_documents(version, documents)
    errors.extend(check_documents(parsed_documents))
    errors.extend(check_rules(rules, rules_path, rules_text))
    errors.extend(check_citations(rules, parsed_documents, rules_path, rules_text, today))
    errors.extend(check_quotes(rules, parsed_documents, rules_path, rules_text))
    return errors


def _names_any(message: str, authorities: set[str]) -> bool:
    return any(re.search(rf"(?<![\w.-]){re.escape(a)}(?![\w.-])", message) for a in authorities)


def _authority_problems(
    rules: RuleTable, documents: list[PolicyDocument], path: Path, text: str
) -> list[KnowledgeError]:
    """The `authorities:` registry, the policy files and the rules must name the same ids."""
    lines = text.split("\n")
    rules_start = next((n for n, line in enumerate(lines) if line.startswith("rules:")), 0)

    def line_of(authority: str, start: int = 0) -> int | None:
        pattern = re.compile(rf"(?<![\w.-]){re.escape(authority)}(?![\w.-])")
        return next((n + 1 for n in range(start, len(lines)) if pattern.search(lines[n])), None)

    if not rules.authorities:
        return [
            KnowledgeError(
                path, 1, "no 'authorities:' list", "list every authority id of knowledge/policies/ under 'authorities:'"
            )
        ]
    errors = []
    registry = set(rules.authorities)
    for authority in sorted({a for a in rules.authorities if rules.authorities.count(a) > 1}):
        errors.append(KnowledgeError(path, line_of(authority), f"authority id '{authority}' is listed twice"))
    for authority in sorted(rules.authority_ids() - registry):
        errors.append(
            KnowledgeError(
                path,
                line_of(authority, rules_start),
                f"unknown authority id '{authority}'",
                "correct the id, or add it to 'authorities:' with its file in knowledge/policies/",
            )
        )
    filed = {doc.front.id for doc in documents}
    for authority in sorted(registry - filed):
        errors.append(
            KnowledgeError(
                path,
                line_of(authority),
                f"authority id '{authority}' is listed but knowledge/policies/{authority}.md is missing",
                "add the policy file or remove the id",
            )
        )
    for doc in documents:
        if doc.front.id not in registry:
            errors.append(
                KnowledgeError(
                    Path(doc.path),
                    next((n for n, line in enumerate(doc.body.split("\n"), start=1) if line.startswith("id:")), 2),
                    f"unknown authority id '{doc.front.id}': not in rules.yaml's 'authorities:' list",
                    "correct the id, or add it to the 'authorities:' list in rules.yaml",
                )
            )
    return errors
