"""Merges: whether the timeline makes one row of the mentions that tell one event, scored by pairs of mentions.

Each mention is a key (a document and the gold mention it meets). The gold says which mentions tell the same
event (MEANTIME's cross-document event instances); the kit says which mentions share a timeline row. A pair of
mentions the kit puts in one row is right when the gold makes them one event (precision); a pair the gold makes
one event is found when the kit puts it in one row (recall). Pairs are counted across documents (the same
event told by two reports) or within one (told twice in one report), over the mentions both sides know; the
end-to-end recall counts every gold pair, met by the kit or not.
"""
from __future__ import annotations

from itertools import combinations
from typing import Hashable

from helpers.evaluation.scoring.measures import EndToEnd

Key = tuple[str, str]  # (document, gold mention id)


class MergeScore(EndToEnd):
    """Pair counts: `system` pairs the kit merges, `correct` of them one gold event; `gold` pairs the gold makes
    one event among the mentions the kit met, `found` of them merged; `gold_all` every gold pair."""


def score_merges(rows: dict[Key, Hashable], events: dict[Key, Hashable], *, across: bool) -> MergeScore:
    """Pairs of mentions in different documents (`across`) or in the same one: `rows` gives each mention the kit
    met its timeline row (a mention left off the timeline has a row of its own), `events` each gold mention its
    gold event."""
    def pairs(keys) -> list[tuple[Key, Key]]:
        return [(one, other) for one, other in combinations(sorted(keys), 2) if (one[0] != other[0]) == across]

    score = MergeScore()
    for one, other in pairs(events):
        if events[one] == events[other]:
            score.gold_all += 1
    for one, other in pairs(key for key in rows if key in events):
        merged, same = rows[one] == rows[other], events[one] == events[other]
        score.system += merged
        score.correct += merged and same
        score.gold += same
        score.found += merged and same
    return score
