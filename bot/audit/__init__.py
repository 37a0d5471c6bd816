"""The query log: append-only, hash-chained, written before any answer is shown."""

from bot.audit.records import AuditRecord, AuditUnavailable, LogFilter
from bot.audit.store import AuditLog

__all__ = ["AuditLog", "AuditRecord", "AuditUnavailable", "LogFilter"]
