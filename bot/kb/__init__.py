"""Counsel's knowledge base: policy documents + rules, validated and versioned (bot.kb.bundle,
bot.kb.store, bot.kb.errors). Nothing is imported here: reading a stored version must not load
the checks, which compile the reader's patterns."""
