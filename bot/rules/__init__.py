"""Counsel's decision rules: policy as data, evaluated in order, first match wins.

The verdict an officer sees comes from here and nowhere else. A decision names the rule
that fired, so every answer and log row can be traced to one row of counsel's table.

A `permitted` rule permits only on explicit evidence: every fact it tests must have been
stated in the officer's words or chosen in the form (never presumed from the agency, hedged,
or read only by the semantic layer), and no fact left open may be able to turn the answer
(no rule above it may match any value the open facts could take). Otherwise the answer is
counsel's `confirm` rule: `needs_info`, asking for exactly those facts. A message with
several requests is decided request by request; its headline is the most restrictive.
"""

from bot.rules.decide import Decision, MessageDecision, apply_presumptions, decide, decide_message, unconfirmed_facts
from bot.rules.table import FACT_VALUES, RESTRICTIVENESS, FactTest, Rule, RuleTable, Verdict, load_rules

__all__ = [
    "FACT_VALUES",
    "RESTRICTIVENESS",
    "Decision",
    "FactTest",
    "MessageDecision",
    "Rule",
    "RuleTable",
    "Verdict",
    "apply_presumptions",
    "decide",
    "decide_message",
    "load_rules",
    "unconfirmed_facts",
]
