"""Events: who did what to whom, where and when, and according to whom, from a parsed report.

One question a module: `actions` (which words are events), `kinds` (what kind of event), `roles`
(who and to whom), `places` (where), `dating` and `narrative` (when), `sources` (according to whom); `extract`
puts them together into `Event` records (`table`), one row each of `events.csv`.
"""
from __future__ import annotations

from helpers.events.actions import ActionSelector, every_clause_head, news_actions
from helpers.events.extract import events_of
from helpers.events.kinds import EVENT_TYPES
from helpers.events.table import COLUMNS, Event, events_table
from helpers.events.words import ACTION_CLASSES, NOT_EVENTS, action_class, kind_of

__all__ = ["ACTION_CLASSES", "COLUMNS", "EVENT_TYPES", "NOT_EVENTS", "ActionSelector", "Event", "action_class",
           "events_of", "events_table", "every_clause_head", "kind_of", "news_actions"]
