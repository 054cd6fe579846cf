"""The editor's checklist: every criterion, met and not met, with the spans that decided it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.checklist import CRITERIA, ChecklistItem, checklist
from extractor.record.models import Evidence, Source, Trial, TrialRecord

GOOD = (
    "Statin pill cuts heart attacks, trial finds\n\n"
    "A randomized trial of 4,000 adults found that the pill cut the risk of heart attack by 25 percent, "
    "from 4% of patients in the placebo group to 3% of patients in the statin group.\n\n"
    "The most common side effects were muscle aches. The pill costs about $10 a month and is covered "
    "by insurance. It is already available by prescription.\n\n"
    '"This is a solid result," said Dr. Jane Roe, who was not involved in the study. Other options '
    "include lifestyle changes. The study has limitations: it lasted only two years.\n\n"
    "The trial was funded by the National Heart, Lung, and Blood Institute. Two authors are paid "
    "consultants to the maker.\n"
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

BARE = (
    "Miracle pill slashes heart attacks\n\n"
    "A breakthrough pill cut the risk of heart attack by 25 percent in a new study, researchers said.\n"
)


def record(
    text: str, trial: dict | None = None, url: str | None = None, **evidence: str
) -> TrialRecord:
    spans = {}
    for path, quote in evidence.items():
        start = text.index(quote)
        spans[path.replace("__", ".")] = [Evidence(start=start, end=start + len(quote), text=quote)]
    return TrialRecord(
        source=Source(id="t", sha256="0", text=text, url=url),
        is_trial_report=trial is not None,
        trial=Trial.model_validate(trial) if trial is not None else None,
        evidence=spans,
    )


def by_id(items: list[ChecklistItem]) -> dict[str, ChecklistItem]:
    return {i.id: i for i in items}


def test_every_criterion_once_in_order() -> None:
    items = checklist(record(GOOD, {}))
    assert [i.id for i in items] == list(CRITERIA)


def test_a_complete_story_meets_the_criteria() -> None:
    r = record(
        GOOD,
        {"design": "rct", "enrollment": {"total": 4000}},
        trial__design="randomized trial",
        trial__enrollment__total="4,000",
    )
    items = by_id(checklist(r))
    assert {k: v.status for k, v in items.items() if k != "press_release"} == {
        k: "met" for k in CRITERIA if k != "press_release"
    }
    assert items["press_release"].status == "not_applicable"
    for item in items.values():
        for e in item.evidence:
            assert GOOD[e.start : e.end] == e.text
    assert "absolute and relative" in items["benefits"].note
    assert any(
        e.text == "was not involved in the study" for e in items["independent_expert"].evidence
    )
    assert "conflicts of interest are stated" in items["funding"].note


def test_a_bare_story_fails_them() -> None:
    items = by_id(checklist(record(BARE, {})))
    assert (
        items["benefits"].status == "not_met" and "only in relative terms" in items["benefits"].note
    )
    assert items["benefits"].evidence[0].text == "cut the risk of heart attack by 25 percent"
    for key in ("harms", "costs", "independent_expert", "funding", "alternatives", "availability"):
        assert items[key].status == "not_met", key
        assert items[key].evidence == []
    assert items["evidence_quality"].status == "not_met"
    assert "the design or the size or limitations" in items["evidence_quality"].note
    assert items["novelty"].status == "not_met"
    assert [e.text for e in items["novelty"].evidence] == ["Miracle", "breakthrough"]


def test_no_numbers_at_all() -> None:
    items = by_id(checklist(record("The pill helped people.", {})))
    assert items["benefits"].status == "not_met"
    assert items["benefits"].note == "the article gives no numbers for the benefit"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Study finds pill helps.\n\nMedia Contact: Jane Doe, 555-0100\n", None),
        ("Study finds pill helps.\n\n###\n", None),
        ("Study finds pill helps.", "https://www.eurekalert.org/pub_releases/2018-10/x.php"),
    ],
)
def test_press_release_is_judged_as_the_release_itself(text: str, url: str | None) -> None:
    item = by_id(checklist(record(text, {}, url=url)))["press_release"]
    assert item.status == "not_met" and item.note.startswith("release itself")
    if url is None:
        assert (
            item.evidence
            and text[item.evidence[0].start : item.evidence[0].end] == item.evidence[0].text
        )


def test_not_a_trial_report() -> None:
    items = checklist(record("Eat more vegetables, doctors say.", None))
    assert {i.status for i in items} == {"not_applicable"}


def test_on_the_seed(seed_record) -> None:
    items = by_id(checklist(seed_record))
    assert items["benefits"].status == "met"
    assert items["harms"].status == "not_met"  # the seed never mentions side effects
    assert items["evidence_quality"].status == "not_met"  # no limitations stated
    for item in items.values():
        for e in item.evidence:
            assert seed_record.source.text[e.start : e.end] == e.text


def test_press_releases_in_the_corpus_are_recognised(corpus_records) -> None:
    """Against the corpus manifest's own 'kind': no story is taken for a release."""
    kinds = {
        json.loads(line)["id"]: json.loads(line)["kind"]
        for line in (CORPUS / "MANIFEST.jsonl").read_text("utf-8").splitlines()
    }
    judged = {rid: by_id(checklist(r))["press_release"].status for rid, r in corpus_records.items()}
    stories_as_releases = [
        rid for rid, s in judged.items() if s == "not_met" and kinds[rid] != "release"
    ]
    releases_found = sum(
        1 for rid, s in judged.items() if s == "not_met" and kinds[rid] == "release"
    )
    releases = sum(1 for k in kinds.values() if k == "release")
    assert stories_as_releases == []
    assert releases_found >= 0.9 * releases
