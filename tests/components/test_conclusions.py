"""The finding (conclusions.py): a test story's marker told doing worse, and one group's share compared with nothing."""

from __future__ import annotations

from extractor.components.conclusions import find_finding
from extractor.components.facts import Fact
from extractor.components.text import TextView
from tests.helpers import reported_finding


def test_a_test_storys_marker_found_doing_worse_is_harm() -> None:
    def finding(quote: str) -> str | None:
        return reported_finding(
            "Bone density scans can also help identify heart disease\n\n"
            "Researchers analyzed the bone density scans of over 1000 older women for calcium deposits in the "
            "aorta. The study was published in the Journal of Bone and Mineral Research. They graded the "
            "deposits. They then followed the women for almost 15 years. The women were from Australia. "
            + quote
        )

    # corpus rule: an exposure or marker doing worse is harm; 'likelihood' reads as 'risk' or 'odds'
    assert (
        finding(
            '"We found that the presence of calcifications increased the likelihood of having heart attacks," '
            "said Dr. Douglas Kiel, a co-author."
        )
        == "harm"
    )
    # not told as what the study found: background, no finding
    assert (
        finding("Smoking increased the likelihood of heart attacks and of death in earlier work.")
        is None
    )


def test_one_groups_share_with_no_comparison_has_no_finding() -> None:
    def finding(text: str, design: str | None = None) -> str | None:
        view = TextView(text, [(0, len(text))])
        benefit = Fact("benefit", [(0, 5)], "dir.benefit")
        found = find_finding(view, [], None, benefit, design)
        return found.value if found else None

    share = (
        "An 18-week clinical study of the treatment found that 77 percent of patients showed improved "
        "appearance of lax tissue."
    )
    assert finding(share) is None
    # a comparison named, or a design of its own: the finding stands
    assert finding(share + " Only 20 percent of those given a placebo did.") == "benefit"
    assert finding(share, "rct") == "benefit"
    # an observational study: only the share compares nothing, not an early study's words
    assert finding(share, "observational") is None
    assert (
        finding("A pilot study of 40 patients found fewer headaches.", "observational") == "benefit"
    )
    assert finding("A pilot study of 40 patients found fewer headaches.") is None


def test_a_small_study_that_names_no_comparison_has_no_finding() -> None:
    def finding(text: str, design: str | None = None, total: int | None = 19) -> str | None:
        view = TextView(text, [(0, len(text))])
        benefit = Fact("benefit", [(0, 5)], "dir.benefit")
        found = find_finding(view, [], None, benefit, design, total)
        return found.value if found else None

    case_series = (
        "He describes his experience with the new approach in 19 patients. Average scores decreased "
        "from about 132 points before surgery to 52 points afterward."
    )
    # corpus rule: null when the article reports no comparison
    assert finding(case_series) is None
    assert finding(case_series, "observational") is None
    # a larger study, or none counted: the finding stands
    assert finding(case_series, total=61) == "benefit"
    assert finding(case_series, total=None) == "benefit"
    # a design with a comparison of its own, or an animal study (design other): the finding stands
    assert finding(case_series, "rct") == "benefit"
    assert finding(case_series, "other") == "benefit"
    # a comparison named, in design.py's words or as another group or condition
    assert finding(case_series + " A control group saw no change.") == "benefit"
    assert finding(case_series + " Half of the group trained while the other half did not.") == (
        "benefit"
    )
    assert (
        finding(case_series + " They burned more calories on the diet than they did on another.")
        == "benefit"
    )
    # (not 'more than' or 'older than' alone)
    assert finding(case_series + " Patients older than 70 did more than just walk.") is None
