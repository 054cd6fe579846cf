"""Follow-up: how long participants were observed (not how long they were treated)."""

from __future__ import annotations

from extractor.components.facts import Fact
from extractor.components.numbers import to_number
from extractor.components.text import TextView, matches

_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "yr": "years"}
_STATS = {"median": "median", "mean": "mean", "average": "mean", "up to": "max"}

FollowUpValue = tuple[float, str, str | None]  # value, unit, statistic


def _unit(raw: str) -> str | None:
    return _UNITS.get(raw.lower().rstrip("s"))


def find_follow_up(view: TextView) -> Fact[FollowUpValue] | None:
    found: list[Fact[FollowUpValue]] = []
    for pat, m in matches(view, "follow_up"):
        groups = m.groupdict()
        unit = _unit(groups.get("unit") or groups.get("unit2") or "")
        words = m.group("n").split()
        value = None
        for i in range(len(words)):
            value = to_number(" ".join(words[i:]))
            if value is not None:
                break
        if unit is None or value is None or value <= 0:
            continue
        stat_raw = next((groups[g] for g in ("stat", "stat2", "stat3") if groups.get(g)), None)
        stat = _STATS.get(" ".join(stat_raw.lower().split())) if stat_raw else None
        found.append(Fact((value, unit, stat), [m.span()], pat.id))
    if not found:
        return None
    found.sort(key=Fact.at)
    # The earliest statement with a statistic (median, mean, up to), else the earliest.
    return next((f for f in found if f.value[2] is not None), found[0])
