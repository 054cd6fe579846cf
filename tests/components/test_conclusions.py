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
