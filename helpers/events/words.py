"""Word lists that more than one events module reads (lists other stages share too are in helpers.lexicon)."""
from __future__ import annotations

# What a source issues: "an update from the general staff" is the general staff's word, and the time of
# "an evening update" is the update's, not the event's.
DOCUMENTS = {"update", "statement", "report", "post", "briefing", "bulletin", "release", "message", "summary",
             "assessment", "communique", "announcement", "tweet"}
# Relative pronouns: "Izium, which troops entered" (the noun they stand for), "the general staff, which said".
RELATIVES = {"that", "which", "who", "whom"}
