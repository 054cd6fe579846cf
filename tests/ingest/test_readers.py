from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.errors import InputError
from extractor.ingest.document import InputProblem
from extractor.ingest.normalize import canonicalize
from extractor.ingest.readers import MAX_ARTICLE_CHARS, decode, iter_path, iter_text, parse_date


def test_decode_utf8_bom_and_cp1252() -> None:
    assert decode("\ufeffcafé".encode(), "x") == "café"
    assert decode("café".encode("cp1252"), "x") == "café"


def test_decode_rejects_binary_and_empty() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02PNG" * 100, "x")
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n ", "x")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1546059600.0, "2018-12-29"),
        ("2020-06-08T10:00:00", "2020-06-08"),
        ("June 8, 2020 By Ben", "2020-06-08"),
        (None, None),
        ("no date", None),
        ("2020-02-31", None),
    ],
)
def test_parse_date(value: object, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_plain_text_title_and_dateline() -> None:
    (doc,) = list(
        iter_text("Big Trial Result\n\nJune 8, 2020 By Someone\n\nBody text here.", "t", "txt")
    )
    assert doc.title == "Big Trial Result" and doc.published == "2020-06-08"


def test_jsonl_bad_line_reported_with_number_and_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = {
        "id": "a1",
        "title": "T",
        "text": "Some article text.",
        "url": "http://x",
        "publish_date": None,
    }
    f.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "a2"}) + "\n", "utf-8"
    )
    items = list(iter_path(f))
    assert [type(i).__name__ for i in items] == ["SourceDocument", "InputProblem", "SourceDocument"]
    assert isinstance(items[1], InputProblem) and items[1].origin.endswith("a.jsonl:2")


def test_json_line_without_text_is_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "text": ""}) + "\n", "utf-8")
    (item,) = list(iter_path(f))
    assert isinstance(item, InputProblem) and "empty" in item.message


def test_too_long_article(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("word " * (MAX_ARTICLE_CHARS // 5 + 10), "utf-8")
    with pytest.raises(InputError, match="too long"):
        list(iter_path(f))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_path(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="folder"):
        list(iter_path(tmp_path))


def test_html_without_article(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    with pytest.raises(InputError, match="no article text"):
        list(iter_path(f))


def test_html_article(tmp_path: Path) -> None:
    body = " ".join(["The randomized trial enrolled 256 women with breast cancer."] * 5)
    html = (
        f"<html><head><title>Trial</title></head><body><nav>Menu</nav><article><h1>Surgery result</h1>"
        f"<p>{body}</p><p>Following a median of 53 months of follow-up, there was no difference.</p>"
        f"</article></body></html>"
    )
    f = tmp_path / "a.html"
    f.write_text(html, "utf-8")
    (doc,) = list(iter_path(f))
    assert "256 women" in doc.text and "Menu" not in doc.text


def test_canonical_rules() -> None:
    raw = (
        "Title\n\nBy [Ben Ryan](#)\n\nwith 89 people in each and every one of the study groups in\n\n"
        "group dying.\n\nTo read the article, [click here](#).\n\n© 2026 Smart + Strong All Rights Reserved.\n\n"
        "<http://example.org/a>"
    )
    c = canonicalize(raw)
    assert "click here" not in c.text and "©" not in c.text and "[Ben Ryan]" not in c.text
    assert "in group dying" in c.text
    assert c.urls == ["http://example.org/a"]
    assert {"markdown_link", "drop_line", "join_broken_paragraph"} <= set(c.rules)


def test_boilerplate_lines_are_tested_as_every_pattern_reads_them() -> None:
    """The cleaning tests a line against one union of each label's patterns (at the line's start only when
    every branch is anchored): a line is dropped exactly when one of the drop_line patterns, as written,
    matches it, and so on; every example of the boilerplate file is tried, in upper case too."""
    from extractor import patterns
    from extractor.ingest.normalize import boilerplate_tests

    tests = dict(
        zip(("drop_line", "truncate_after", "keep_after_end"), boilerplate_tests(), strict=True)
    )
    found = patterns.load("boilerplate")
    assert found
    for p in found:
        examples = [*p.match_examples, *p.no_match_examples]
        for line in examples + [e.upper() for e in examples]:
            expected = any(o.regex.search(line) for o in found if o.label == p.label)
            assert bool(tests[p.label](line)) == expected, (p.id, line)


def test_canonical_title_prepended_once() -> None:
    assert canonicalize("Body.", "Head").text == "Head\n\nBody."
    assert canonicalize("Head\n\nBody.", "Head").text == "Head\n\nBody."


def test_byline_lines_at_a_story_head_are_dropped() -> None:
    """A news service's byline block ('En Español', 'By ...', 'HealthDay Reporter') is not the story's first
    sentences: dropped, the lead starts with the dateline's sentence. A sentence that starts with 'By' stays."""
    raw = (
        "En Español\n\nBy Steven Reinberg\n\nHealthDay Reporter\n\n"
        "FRIDAY, Dec. 7, 2018 (HealthDay News) -- A drug eased hot flashes, a study found.\n\n"
        "By contrast, the placebo did not.\n\nBy Karen Kaplan, Los Angeles Times"
    )
    c = canonicalize(raw, "Drug Eases Hot Flashes")
    assert c.text == (
        "Drug Eases Hot Flashes\n\n"
        "FRIDAY, Dec. 7, 2018 (HealthDay News) -- A drug eased hot flashes, a study found.\n\n"
        "By contrast, the placebo did not."
    )
    assert "drop_line" in c.rules


def test_links_to_other_stories_set_in_a_story_are_dropped() -> None:
    """'MORE: <another story's headline>' and the like are links, not the story's sentences: their figures are
    another story's ('Twice as Likely'). A sentence that starts with 'More' stays."""
    raw = (
        "Drug cuts strokes.\n\nMORE: Antibiotics Are Linked To Type-2 Diabetes\n\n"
        "(More on TIME.com: Smokers Twice as Likely to Die)\n\nRelated: CDC study finds a rise\n\n"
        "More than 400 patients took part: half got the drug."
    )
    c = canonicalize(raw)
    assert c.text == "Drug cuts strokes.\n\nMore than 400 patients took part: half got the drug."
    assert canonicalize("More: the drug helped.").text == "More: the drug helped."


#: a press release's body and its end marker ('###'): what a line after it meets
_RELEASE = "A\n\nB\n\nC\n\nD\n\nThe trial enrolled 20 people.\n\n###\n\n"


def _after_end(line: str, contact: bool = True) -> str:
    """A release with ``line`` after its end marker (and a media contact after that, which is always cut)."""
    return _RELEASE + line + ("\n\nMedia contact: Jo" if contact else "")


def test_release_contact_block_truncated() -> None:
    text = _RELEASE + "Media contact: Jo, 555-1234"
    assert "555" not in canonicalize(text).text


def test_release_funding_statements_kept_after_end() -> None:
    for line in (
        "The study, funded by the Canadian Institutes of Health Research, was published in Microbiome.",
        "Portions of this study were supported by National Institutes of Health grants (CA140933).",
    ):
        text = _after_end(line)
        c = canonicalize(text)
        assert line in c.text and "Media contact" not in c.text


def test_release_funding_sentences_after_a_lead_in_kept_after_end() -> None:
    # the funder named after a lead-in, in an apposition, or as the subject; 'About' paragraphs still cut
    for line in (
        "Funding & Disclosures: The study was funded by Eli Lilly and Company.",
        "Eighteen hospitals took part in the study, which was financed by the Swedish Research Council.",
        "This study received funding from the Stockholm County Council.",
        "Funding for the study was provided in part by a grant from the National Cancer Institute.",
        "Grant R01 MH083671 from the National Institute of Mental Health funded this research.",
        # a sum before the funding, and the authors' acknowledgement of it
        "This research received $62,500 of federal funding from the National Institute of Child Health.",
        "The authors acknowledge funding from the National Institutes of Health and Pfizer.",
    ):
        text = _after_end(line)
        c = canonicalize(text)
        assert line in c.text and "Media contact" not in c.text
    about = "The California Walnut Commission, established in 1987, is funded by assessments of the growers."
    text = _after_end(about, contact=False)
    assert "Walnut" not in canonicalize(text).text


def test_release_presentation_statements_kept_after_end() -> None:
    # where the study was presented names its meeting (a venue), as the publication sentence names the journal
    for line in (
        "This study was presented at the 13th Annual Academic Surgical Congress, Las Vegas, Nev., February 2017.",
        "Some of the data was presented at 16:25 CEST today (Sunday) at the European Society for Medical "
        "Oncology 2016 Congress in Copenhagen.",
    ):
        text = _after_end(line)
        c = canonicalize(text)
        assert line in c.text and "Media contact" not in c.text
    company = "The company presented at the Jefferies Healthcare Conference."
    text = _after_end(company, contact=False)
    assert "Jefferies" not in canonicalize(text).text


def test_release_design_title_kept_after_end() -> None:
    title = (
        "1. Rivastigmine for gait stability in Parkinson's disease (ReSPonD): a randomised, double-blind, "
        "placebo-controlled, phase 2 trial. Henderson E J et al. Lancet Neurology. January 2016."
    )
    text = _after_end(title)
    c = canonicalize(text)
    assert title in c.text and "Media contact" not in c.text
    text = _RELEASE + "The Institute runs 300 clinical trials."
    assert "Institute" not in canonicalize(text).text


def test_release_funding_and_publication_sentences_inside_a_line_kept_after_end() -> None:
    # a funding or publication statement later in a line of names is kept alone; the rest of the line is not
    line = (
        "Co-authors include Supida Monaikul, Alexander Patsavas, Rosaline Waworuntu and Brian Berg of the "
        "Department of Animal Sciences and the Division of Nutritional Sciences at the University of Illinois "
        "at Urbana-Champaign. The work was supported by Mead Johnson Nutrition."
    )
    text = _after_end(line)
    c = canonicalize(text)
    assert "The work was supported by Mead Johnson Nutrition." in c.text
    assert "Monaikul" not in c.text and "Media contact" not in c.text
    for kept in (
        'The article, "Prebiotics in the young pig," is published in Nutritional Neuroscience.',
        "Funding came from the National Institutes of Health and the American Heart Association.",
        "The National Institutes of Health supported this work.",
    ):
        text = _after_end(kept)
        assert kept in canonicalize(text).text


def test_release_p_value_sentences_kept_after_end() -> None:
    # a release that prints its study's abstract after the end marker: the results with p-values stay, alone
    line = (
        "Test specificity was assessed in 212 presumed unexposed controls. Here, the new test had comparable"
        " specificity to the blood test (both 97%, p=1.0). Sensitivity was comparable in patients with"
        " confirmed TB [77% (235/307) vs 81% (250/307); p=0.08]."
    )
    c = canonicalize(_after_end(line))
    assert "(both 97%, p=1.0)" in c.text and "p=0.08]" in c.text
    assert "212 presumed" not in c.text and "Media contact" not in c.text
    # a line whose first sentence prints one is kept whole
    first = "Pain scores fell more on the drug (P < .001). Sleep improved as well."
    assert first in canonicalize(_after_end(first)).text
    # a phone number after '(p)' is no p-value
    phone = "Press office (p) 202.835.8722"
    assert "202.835" not in canonicalize(_after_end(phone, contact=False)).text


def test_release_p_value_sentences_in_every_printed_form_kept_after_end() -> None:
    # the forms the p-value pattern reads: a middle dot or comma for the point, words, signs of other scripts
    for line in (
        "Mortality was lower with the drug (P = 0·001).",
        "Mortality was lower with the drug (p < 0,001).",
        "Mortality was lower with the drug, with a p-value of 0.001.",
        "Mortality was lower with the drug (p less than .05).",
        "Mortality was lower with the drug (P value, .01).",
        "Mortality was lower with the drug (p ≦ 0.05).",
    ):
        c = canonicalize(_after_end(line))
        assert line in c.text and "Media contact" not in c.text
    other = "The company had a p-value of zero tolerance for delays."
    assert "zero tolerance" not in canonicalize(_after_end(other, contact=False)).text
