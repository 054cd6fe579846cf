"""How many planted errors do the checks catch? ``python -m extractor.checks.plant_bench corpus/``

For each corpus article, each kind of error is planted by editing the article's TEXT (only where the
article has the facts the error needs): a number inside an evidence span the extractor read is changed,
or a whole new sentence is added for the cue-based errors. The edited text is extracted again, and a
plant counts as *caught* when an error- or warning-level check fails (``fail``/``warn``) that passed or
was skipped on the same text before the edit. Info-level checks (missing context) do not count.

Also measured, on the unmodified corpus: the articles with a failing error-level check (false alarms
unless the article really contradicts itself).

Prints a table, then the figures as JSON (``--json FILE`` writes the JSON there instead).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from spacy.language import Language

from extractor.api import extract_document, extract_path
from extractor.ingest.document import SourceDocument
from extractor.record.models import CheckResult, Evidence, TrialRecord

COUNTED_SEVERITIES = ("error", "warning")
_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)
_WORDS = {w: i for i, w in enumerate(_NUMBER_WORDS)}
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\b(?:" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


@dataclass
class Edit:
    """A planted error: the new text, what was done, and the checks meant to catch it."""

    text: str
    description: str
    expected: tuple[str, ...]

    @property
    def method(self) -> str:
        """'insert' (a new sentence, read by the text-scanning checks) or 'edit' (a number changed
        inside a span the extractor read)."""
        return "insert" if self.description.startswith("inserted:") else "edit"


@dataclass
class PlantResult:
    article: str
    kind: str
    description: str
    expected: list[str]
    method: str
    caught_by: list[str] = field(default_factory=list)
    still_a_trial: bool = True

    @property
    def caught(self) -> bool:
        return bool(self.caught_by)

    @property
    def caught_as_expected(self) -> bool:
        return bool(set(self.caught_by) & set(self.expected))


# --- editing helpers ------------------------------------------------------------------------------


def _replace_number(text: str, span: Evidence, new: str) -> str | None:
    """``text`` with the first number inside ``span`` replaced by ``new`` (None when it has none)."""
    m = _NUMBER.search(text, span.start, span.end)
    if m is None:
        return None
    return text[: m.start()] + new + text[m.end() :]


def _replace_numbers(text: str, spans: list[Evidence], new: str) -> str | None:
    """Every span's first number replaced (right to left, so offsets stay valid)."""
    out: str | None = text
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        if out is None:
            return None
        out = _replace_number(out, span, new)
    return out


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n\n", pos)
    return len(text) if end < 0 else end


def _insert_after(record: TrialRecord, sentence: str, *paths: str) -> str:
    """``sentence`` as a new paragraph after the paragraph of the first evidence of ``paths`` (or after
    the first paragraph that follows the title)."""
    text = record.source.text
    anchor = None
    for path in paths:
        spans = [s for p, ss in record.evidence.items() if p.startswith(path) for s in ss]
        if spans:
            anchor = min(s.start for s in spans)
            break
    if anchor is None:
        first = text.find("\n\n")
        anchor = first + 2 if first >= 0 else 0
    end = _paragraph_end(text, anchor)
    return text[:end] + "\n\n" + sentence + text[end:]


def _outcome_name(record: TrialRecord) -> str:
    trial = record.trial
    names = [o.name for o in trial.outcomes if o.name] if trial else []
    return names[0] if names else "the main outcome"


def _size(record: TrialRecord) -> int | None:
    trial = record.trial
    if trial is None:
        return None
    e = trial.enrollment
    return next((v for v in (e.total, e.enrolled, e.randomized) if v), None)


# --- planters -------------------------------------------------------------------------------------

Planter = Callable[[TrialRecord], Edit | None]


def plant_arm_sum(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None or len(trial.arms) < 2 or any(a.n is None for a in trial.arms):
        return None
    e = trial.enrollment
    if e.randomized is None and e.total is None:
        return None
    spans = record.evidence.get("trial.arms[0].n") or []
    n = trial.arms[0].n
    if not spans or n is None:
        return None
    text = _replace_numbers(record.source.text, spans, str(n + 7))
    if text is None:
        return None
    return Edit(text, f"arm '{trial.arms[0].label}' {n} -> {n + 7}", ("ARM001",))


def plant_count_exceeds_arm(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None:
        return None
    for i, arm in enumerate(trial.arms):
        if arm.n is None:
            continue
        for sub in ("n_received", "n_crossed_over"):
            spans = record.evidence.get(f"trial.arms[{i}].{sub}") or []
            if getattr(arm, sub) is not None and spans:
                text = _replace_numbers(record.source.text, spans, str(arm.n + 10))
                if text:
                    return Edit(
                        text,
                        f"{sub} of '{arm.label}' -> {arm.n + 10} (arm of {arm.n})",
                        ("ARM002",),
                    )
    sizes = {a.label: a.n for a in trial.arms if a.n is not None}
    for i, o in enumerate(trial.outcomes):
        for j, r in enumerate(o.arm_results):
            spans = record.evidence.get(f"trial.outcomes[{i}].arm_results[{j}].events") or []
            n = sizes.get(r.arm or "")
            if r.events is not None and n is not None and spans:
                text = _replace_number(record.source.text, spans[0], str(n + 10))
                if text:
                    return Edit(text, f"events in '{r.arm}' -> {n + 10} (arm of {n})", ("ARM003",))
    sized = next((a for a in trial.arms if a.n), None)
    if sized is None or sized.n is None:
        return None
    sentence = (
        f"In the {sized.label} group, {sized.n + 12} of the {sized.n} patients had side effects."
    )
    return Edit(
        _insert_after(record, sentence, "trial.arms"),
        f"inserted: {sentence}",
        ("ARI002", "ARM003"),
    )


def plant_impossible_follow_up(record: TrialRecord) -> Edit | None:
    trial = record.trial
    spans = record.evidence.get("trial.follow_up") or []
    if trial is None or trial.follow_up is None or not spans:
        return None
    new = {"years": "75", "months": "900", "weeks": "3900", "days": "27400"}[trial.follow_up.unit]
    text = _replace_number(record.source.text, spans[0], new)
    if text is None:
        return None
    return Edit(text, f"follow-up -> {new} {trial.follow_up.unit}", ("TIM003", "TIM004"))


def plant_reversed_period(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None:
        return None
    p = trial.enrollment.period
    s_spans = record.evidence.get("trial.enrollment.period.start") or []
    e_spans = record.evidence.get("trial.enrollment.period.end") or []
    if p.start is None or p.end is None or p.start >= p.end or not s_spans or not e_spans:
        return None
    s, e = s_spans[0], e_spans[0]
    if s.start > e.start:
        return None
    text = record.source.text
    text = text[: e.start] + str(p.start) + text[e.end :]
    text = text[: s.start] + str(p.end) + text[s.end :]
    return Edit(text, f"enrollment {p.start}-{p.end} -> {p.end}-{p.start}", ("TIM001",))


def plant_enrollment_after_publication(record: TrialRecord) -> Edit | None:
    trial = record.trial
    spans = record.evidence.get("trial.enrollment.period.end") or []
    if trial is None or record.source.published is None or not spans:
        return None
    year = date.fromisoformat(record.source.published).year + 2
    text = record.source.text
    s = spans[0]
    return Edit(
        text[: s.start] + str(year) + text[s.end :],
        f"enrollment end -> {year} (published {record.source.published})",
        ("TIM002",),
    )


def plant_significant_large_p(record: TrialRecord) -> Edit | None:
    if record.trial is None or not record.trial.outcomes:
        return None
    sentence = (
        f"The difference in {_outcome_name(record)} between the groups was statistically "
        f"significant (p = 0.40)."
    )
    return Edit(
        _insert_after(record, sentence, "trial.outcomes", "trial.finding"),
        f"inserted: {sentence}",
        ("STA009", "STA004"),
    )


def plant_no_difference_small_p(record: TrialRecord) -> Edit | None:
    if record.trial is None or not record.trial.outcomes:
        return None
    sentence = f"There was no difference in {_outcome_name(record)} between the groups (p = 0.001)."
    return Edit(
        _insert_after(record, sentence, "trial.outcomes", "trial.finding"),
        f"inserted: {sentence}",
        ("STA009", "STA003"),
    )


def plant_causal_observational(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None or trial.design != "observational":
        return None
    condition = trial.condition or "the disease"
    sentence = f"The researchers said the findings show that the habit prevents {condition}."
    return Edit(
        _insert_after(record, sentence, "trial.design", "trial.finding"),
        f"inserted: {sentence}",
        ("CLM001",),
    )


def plant_ci_excludes_estimate(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None or not any(o.effect for o in trial.outcomes):
        return None
    for i, o in enumerate(trial.outcomes):
        spans = record.evidence.get(f"trial.outcomes[{i}].effect.ci") or []
        if o.effect is not None and o.effect.ci is not None and spans:
            text = record.source.text
            span = spans[0]
            lo, hi = o.effect.ci
            v = o.effect.value
            new_lo, new_hi = f"{v * 1.3 + 1:g}", f"{v * 1.6 + 2:g}"
            quoted = text[span.start : span.end]
            edited = quoted.replace(f"{lo:g}", new_lo, 1).replace(f"{hi:g}", new_hi, 1)
            if edited != quoted:
                return Edit(
                    text[: span.start] + edited + text[span.end :],
                    f"CI {lo:g}-{hi:g} -> {new_lo}-{new_hi} around {v:g}",
                    ("STA002",),
                )
    name = _outcome_name(record)
    sentence = f"{name[:1].upper()}{name[1:]} improved (hazard ratio 0.70; 95% CI 0.80-0.95)."
    return Edit(
        _insert_after(record, sentence, "trial.outcomes"),
        f"inserted: {sentence}",
        ("STA002",),
    )


def plant_p_above_one(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None:
        return None
    for i in range(len(trial.outcomes)):
        for path in (f"trial.outcomes[{i}].p_value", f"trial.outcomes[{i}].effect.p"):
            spans = record.evidence.get(path) or []
            if spans:
                m = re.search(r"(?:0|1)?\.\d+", record.source.text[spans[0].start : spans[0].end])
                if m is None:
                    continue
                start = spans[0].start + m.start()
                text = record.source.text
                op = re.search(r"[<>=]", text[spans[0].start : start])
                new_text = text[:start] + "1.40" + text[spans[0].start + m.end() :]
                if op is not None and op.group(0) != "=":
                    op_at = spans[0].start + op.start()
                    new_text = new_text[:op_at] + "=" + new_text[op_at + 1 :]
                return Edit(new_text, f"{path} -> p = 1.40", ("STA001",))
    return None


def plant_percent_mismatch(record: TrialRecord) -> Edit | None:
    n = _size(record)
    if n is None or n < 10:
        return None
    k = max(1, round(n * 0.2))
    wrong = round(100 * k / n) + 12
    sentence = f"Of the {n} participants, {k} ({wrong}%) reported side effects."
    return Edit(
        _insert_after(record, sentence, "trial.enrollment"),
        f"inserted: {sentence}",
        ("ARI001",),
    )


def plant_dropouts_exceed(record: TrialRecord) -> Edit | None:
    n = _size(record)
    if n is None:
        return None
    sentence = f"In all, {n + 40} participants dropped out before the end of the study."
    return Edit(
        _insert_after(record, sentence, "trial.enrollment"),
        f"inserted: {sentence}",
        ("ARI003",),
    )


def plant_ratio_direction(record: TrialRecord) -> Edit | None:
    trial = record.trial
    if trial is None or not trial.outcomes:
        return None
    sentence = (
        f"The treatment increased the risk of {_outcome_name(record)} (hazard ratio 0.62; "
        f"95% CI 0.50-0.77)."
    )
    return Edit(
        _insert_after(record, sentence, "trial.outcomes", "trial.finding"),
        f"inserted: {sentence}",
        ("STA005",),
    )


PLANTERS: dict[str, Planter] = {
    "arm_sum": plant_arm_sum,
    "count_exceeds_arm": plant_count_exceeds_arm,
    "impossible_follow_up": plant_impossible_follow_up,
    "reversed_period": plant_reversed_period,
    "enrollment_after_publication": plant_enrollment_after_publication,
    "significant_with_p_0.40": plant_significant_large_p,
    "no_difference_with_p_0.001": plant_no_difference_small_p,
    "causal_words_observational": plant_causal_observational,
    "ci_excludes_estimate": plant_ci_excludes_estimate,
    "p_above_one": plant_p_above_one,
    "percent_vs_count": plant_percent_mismatch,
    "dropouts_exceed_enrolled": plant_dropouts_exceed,
    "ratio_direction": plant_ratio_direction,
}


# --- running --------------------------------------------------------------------------------------


def _failing(checks: list[CheckResult]) -> set[str]:
    return {
        c.id for c in checks if c.status in ("fail", "warn") and c.severity in COUNTED_SEVERITIES
    }


def newly_failing(before: TrialRecord, after: TrialRecord) -> list[str]:
    """Checks failing after the edit that passed or were skipped before (error/warning level)."""
    was = {c.id: c.status for c in before.checks}
    return sorted(
        code for code in _failing(after.checks) if was.get(code, "skip") in ("pass", "skip")
    )


def _redo(record: TrialRecord, text: str, nlp: Language | None) -> TrialRecord:
    s = record.source
    doc = SourceDocument(text=text, id=s.id, title=s.title, url=s.url, published=s.published)
    return extract_document(doc, nlp)


def corpus_records(corpus: Path, nlp: Language | None) -> list[TrialRecord]:
    rows = [
        json.loads(line)
        for line in (corpus / "MANIFEST.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    out: list[TrialRecord] = []
    for row in rows:
        item = next(extract_path(corpus / row["path"], nlp))
        if isinstance(item, TrialRecord):
            if item.source.id != row["id"]:
                item = item.model_copy(
                    update={"source": item.source.model_copy(update={"id": row["id"]})}
                )
            out.append(item)
    return out


def run(
    corpus: Path, nlp: Language | None = None, kinds: list[str] | None = None
) -> dict[str, Any]:
    """Plant every kind in every article that allows it; the figures as a dict."""
    from extractor.pipeline import get_nlp

    nlp = nlp or get_nlp()
    originals = corpus_records(corpus, nlp)
    baseline = [
        {
            "article": r.source.id,
            "failing": sorted(
                c.id for c in r.checks if c.status == "fail" and c.severity == "error"
            ),
            "messages": [
                f"{c.id}: {c.message}"
                for c in r.checks
                if c.status == "fail" and c.severity == "error"
            ],
        }
        for r in originals
    ]
    false_failures = [b for b in baseline if b["failing"]]
    trials = [r for r in originals if r.trial is not None]
    results: list[PlantResult] = []
    already_failing: Counter[str] = Counter()
    for original in trials:
        before = _redo(original, original.source.text, nlp)  # the same text through the same path
        if before.trial is None:
            continue
        for kind, planter in PLANTERS.items():
            if kinds and kind not in kinds:
                continue
            edit = planter(before)
            if edit is None or edit.text == before.source.text:
                continue
            if set(edit.expected) <= _failing(before.checks):
                already_failing[kind] += 1  # the error is flagged there already: nothing to measure
                continue
            after = _redo(before, edit.text, nlp)
            results.append(
                PlantResult(
                    article=before.source.id,
                    kind=kind,
                    description=edit.description,
                    expected=list(edit.expected),
                    method=edit.method,
                    caught_by=newly_failing(before, after),
                    still_a_trial=after.trial is not None,
                )
            )
    per_kind: dict[str, dict[str, Any]] = {}
    for kind in PLANTERS:
        rs = [r for r in results if r.kind == kind]
        if kinds and kind not in kinds:
            continue
        per_kind[kind] = {
            "planted": len(rs),
            "skipped_already_failing": already_failing[kind],
            "caught": sum(r.caught for r in rs),
            "caught_by_expected_check": sum(r.caught_as_expected for r in rs),
            "catch_rate": round(sum(r.caught for r in rs) / len(rs), 3) if rs else None,
            "checks": dict(Counter(code for r in rs for code in r.caught_by).most_common()),
        }
    planted = len(results)
    caught = sum(r.caught for r in results)
    by_method = {
        method: {
            "planted": len(rs),
            "caught": sum(r.caught for r in rs),
            "caught_by_expected_check": sum(r.caught_as_expected for r in rs),
        }
        for method in ("edit", "insert")
        if (rs := [r for r in results if r.method == method])
    }
    return {
        "articles": len(originals),
        "trial_reports": len(trials),
        "plants": planted,
        "caught": caught,
        "catch_rate": round(caught / planted, 3) if planted else None,
        "caught_by_expected_check": sum(r.caught_as_expected for r in results),
        "by_method": by_method,
        "kinds": per_kind,
        "unmodified": {
            "articles_with_failing_error_checks": len(false_failures),
            "rate": round(len(false_failures) / len(originals), 3) if originals else None,
            "list": false_failures,
        },
        "plants_detail": [asdict(r) | {"caught": r.caught} for r in results],
    }


def table(report: dict[str, Any]) -> Table:
    t = Table(
        "kind",
        "planted",
        "caught",
        "rate",
        "by expected check",
        "checks that caught it",
        title=f"planted errors in {report['trial_reports']} trial reports ({report['articles']} articles)",
    )
    for kind, k in report["kinds"].items():
        rate = "-" if k["catch_rate"] is None else f"{k['catch_rate']:.0%}"
        t.add_row(
            kind,
            str(k["planted"]),
            str(k["caught"]),
            rate,
            str(k["caught_by_expected_check"]),
            ", ".join(f"{c}×{n}" for c, n in k["checks"].items()),
        )
    total = "-" if report["catch_rate"] is None else f"{report['catch_rate']:.0%}"
    t.add_row(
        "all",
        str(report["plants"]),
        str(report["caught"]),
        total,
        str(report["caught_by_expected_check"]),
        "",
        style="bold",
    )
    for method, m in report["by_method"].items():
        t.add_row(
            f"  {'number edited in a read span' if method == 'edit' else 'sentence inserted'}",
            str(m["planted"]),
            str(m["caught"]),
            f"{m['caught'] / m['planted']:.0%}",
            str(m["caught_by_expected_check"]),
            "",
            style="dim",
        )
    un = report["unmodified"]
    t.caption = (
        f"unmodified corpus: {un['articles_with_failing_error_checks']} of {report['articles']} articles "
        f"with a failing error-level check"
        + (
            ": " + ", ".join(f"{b['article']} ({', '.join(b['failing'])})" for b in un["list"])
            if un["list"]
            else ""
        )
    )
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.checks.plant_bench",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument("corpus", type=Path, help="the corpus folder (with MANIFEST.jsonl)")
    parser.add_argument(
        "--json", type=Path, default=None, help="write the JSON figures to this file"
    )
    parser.add_argument(
        "--kind", action="append", choices=sorted(PLANTERS), help="only these kinds"
    )
    args = parser.parse_args(argv)
    if not (args.corpus / "MANIFEST.jsonl").is_file():
        print(
            f"plant_bench: error: {args.corpus}: no MANIFEST.jsonl (not a corpus folder)",
            file=sys.stderr,
        )
        return 2
    report = run(args.corpus, kinds=args.kind)
    Console(soft_wrap=False, highlight=False).print(table(report))
    data = json.dumps(report, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(data + "\n", "utf-8")
    else:
        sys.stdout.write(data + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
