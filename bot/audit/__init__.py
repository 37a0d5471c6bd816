"""The query log: append-only, hash-chained, written before any answer is shown."""

from bot.audit.store import AuditLog, AuditRecord, AuditUnavailable, LogFilter

__all__ = ["AuditLog", "AuditRecord", "AuditUnavailable", "LogFilter"]
