"""Use cases that re-decide or review what the pipeline answered: `audit replay`, `kb impact`
and counsel's review queue. They sit above the pipeline; nothing below imports them."""
