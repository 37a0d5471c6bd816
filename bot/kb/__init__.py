"""Counsel's knowledge base below the rules: policy documents, their checks, the versioned store
and the errors that name a file and line. Loading and checking a whole folder, rules and
training included, is bot.bundle. Nothing is imported here: reading a stored version must not
load the checks, which compile the reader's patterns."""
