"""The trial classifier: report cues, other-study mentions, and the decision built on them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.components.classify import is_trial_report, ruled_out
from tests.helpers import run

FRONT = (
    "trial_design",
    "trial_screen",
    "trial_numbers",
    "trial_enrollment",
    "trial_follow_up",
    "trial_classifier",
)


def _score(**kw: int) -> dict[str, int]:
    base = {
        "design": 0,
        "study_words": 0,
        "report": 0,
        "other_studies": 0,
        "size": 0,
        "follow_up": 0,
        "name": 0,
        "phase": 0,
        "blinding": 0,
    }
    return {**base, **kw}


def test_report_cues_weigh_by_sentence_and_count_once_a_sentence() -> None:
    doc = run(
        "Bitter receptors found in lungs\n"
        "The study, published today in the journal Nature Medicine, was led by Dr. Liggett. "
        "The weather was fine.",
        "trial_design",
    )
    # one body sentence with three cues ('study, published', 'published today in the journal',
    # 'published ... in Nature'): counted once, with the weight of an early sentence
    assert doc._.study.cues["report"] == 2


def test_report_cue_in_a_sentence_about_another_study_does_not_count() -> None:
    doc = run(
        "Another study, published last year in the Journal of Pain, found less opioid use.",
        "trial_design",
    )
    assert doc._.study.cues.get("report", 0) == 0
    assert doc._.study.cues["other_studies"] == 1


def test_report_without_size_or_follow_up_is_a_report() -> None:
    """Report language carries a report that states no size or follow-up (a laboratory study)."""
    doc = run(
        "Bitter taste receptors may aid asthma patients\n"
        "Bitter taste receptors sit in the lungs, according to researchers at the University of Maryland. "
        "The study's senior author said the find was unexpected. "
        "The researchers tested bitter compounds on human airways. "
        "They found that the compounds opened airways more than current drugs. "
        "The study appears online in the journal Nature Medicine.",
        *FRONT,
    )
    assert doc._.enrollment.total is None and doc._.follow_up is None
    assert doc._.is_trial_report is True


def test_a_headline_with_no_body_is_no_report() -> None:
    """A page of a headline and a site's tagline states no study's facts, whatever the headline says; a short
    brief under the same headline is read as before."""
    doc = run("Sleep Fights Colds, Study Finds\n\nKnow Your Value", *FRONT)
    assert doc._.trial_score["no_body"] == 1 and doc._.is_trial_report is False
    doc = run(
        "Sleep Fights Colds, Study Finds\n\n"
        "People who slept less than six hours a night were more likely to catch a cold, researchers "
        "reported in the journal Sleep. The study exposed 164 adults to a cold virus.",
        *FRONT,
    )
    assert doc._.trial_score["no_body"] == 0 and doc._.is_trial_report is True


def test_removing_size_and_follow_up_keeps_a_report_with_report_language() -> None:
    score = _score(design=1, study_words=6, report=5, size=2, follow_up=1)
    assert is_trial_report(score)
    assert is_trial_report({**score, "size": 0, "follow_up": 0})


def test_feature_citing_several_studies_without_report_cues_is_not_a_report() -> None:
    score = _score(design=2, study_words=10, other_studies=3, size=2, follow_up=1)
    assert not is_trial_report(score)
    # the same figures with a report cue: a report of one study that also cites others
    assert is_trial_report({**score, "report": 2})


def test_passing_mention_is_not_a_report() -> None:
    doc = run(
        "Spring allergy tips\n"
        "Pollen counts rise in April. Doctors say to keep windows shut. "
        "Studies have shown that rinsing helps, and one study found filters help too.",
        *FRONT,
    )
    assert doc._.is_trial_report is False


def test_randomized_trials_called_for_are_not_the_study_design() -> None:
    doc = run(
        "Researchers followed 4,000 nurses and found that coffee was linked with longer life. "
        "Randomized controlled trials are needed to confirm the finding.",
        "trial_design",
    )
    assert doc._.study.design.value == "observational"
    assert doc._.study.cues["aside"] > 0  # still study talk for the classifier


def test_randomization_denied_or_wished_for_is_not_the_study_design() -> None:
    # the study's own groups were not randomized; or a randomized trial should confirm it
    for text in (
        "The researchers scanned the brains of 45 children. Some children did receive tutoring, "
        "to which they were not randomly assigned.",
        "Researchers analyzed data on 6,684 women. The findings should be confirmed by a "
        "randomized controlled trial that directly compares the two treatments.",
        "This was an observational study of 140,000 women; treatments weren't randomly assigned.",
    ):
        doc = run(text, "trial_design")
        assert doc._.study.design is None or doc._.study.design.value != "rct", text


def test_own_randomized_trial_with_needed_in_the_sentence_is_kept() -> None:
    doc = run("Patients who needed surgery were randomly assigned to two groups.", "trial_design")
    assert doc._.study.design.value == "rct"


def test_pooled_analysis_keeps_the_trials_design() -> None:
    doc = run(
        "A randomised phase III study of the vaccine showed 90% efficacy. "
        "A pooled analysis of data from both trials showed 91% efficacy. "
        "The pooled analysis used pooled data from both studies.",
        "trial_design",
    )
    assert doc._.study.design.value == "rct"


def test_pooled_analysis_alone_is_a_meta_analysis() -> None:
    doc = run("A pooled analysis of these studies found less pain.", "trial_design")
    assert doc._.study.design.value == "meta_analysis"


def test_phase_1_and_2_is_phase_1_2() -> None:
    doc = run("The phase 1 and 2 study was sponsored by the company.", "trial_design")
    assert doc._.study.phase.value == "1/2"
    # 'phase 2 and 3' is 2/3, not a contract value: left unstated rather than read as phase 2
    assert run("The phase 2 and 3 trials were positive.", "trial_design")._.study.phase is None


def test_study_group_is_not_a_trial_name() -> None:
    doc = run(
        "The co-authors wrote on behalf of The Cannabidiol in Dravet Syndrome Study Group.",
        "trial_design",
    )
    assert doc._.study.name is None


def test_short_hyphenated_acronym_and_mixed_case_names() -> None:
    doc = run(
        "GSK announced results from a randomised phase III study (ZOE-70) of its vaccine. "
        "The ZOE-70 study enrolled adults.",
        "trial_design",
    )
    assert doc._.study.name.value == "ZOE-70"
    doc = run("Results of the CheckMate-025 trial were presented.", "trial_design")
    assert doc._.study.name.value == "CheckMate-025"


def test_background_association_is_not_an_observational_design() -> None:
    doc = run(
        "The HER2 protein is associated with aggressive disease and poor prognosis.", "trial_design"
    )
    assert doc._.study.design is None
    doc = run("People who drank coffee were associated with a lower risk of death.", "trial_design")
    assert doc._.study.design.value == "observational"


def test_regulator_approval_with_pooled_trials_is_product_news() -> None:
    text = (
        "FDA approves Intrarosa for postmenopausal women experiencing pain during sex\n\n"
        "The U.S. Food and Drug Administration approved Intrarosa to treat women with pain. "
        "Efficacy of Intrarosa was established in two 12-week placebo-controlled clinical trials of 406 "
        "postmenopausal women. Women were randomly assigned to receive Intrarosa or a placebo."
    )
    doc = run(text, *FRONT)
    assert doc._.trial_score["approval_pooled"] == 1
    assert doc._.is_trial_report is False
    # one specific trial behind the approval is still reported
    one = text.replace("in two 12-week placebo-controlled clinical trials", "in a 12-week trial")
    doc = run(one, *FRONT)
    assert doc._.trial_score["approval_pooled"] == 0 and doc._.is_trial_report is True
    # ... and so are pooled trials whose publication the article reports
    assert is_trial_report(_score(design=2, size=2, blinding=1, report=6, approval_pooled=1))


def test_short_article_with_report_language_in_two_sentences_is_a_report() -> None:
    """A brief cannot pile up study words: report language in two lead sentences carries it."""
    assert not is_trial_report(_score(study_words=3, report=3))
    assert is_trial_report(_score(study_words=3, report=3, short=1))
    # one cue sentence (weight 2) in a brief is not enough alone
    assert not is_trial_report(_score(study_words=1, report=2, short=1))
    doc = run(
        "Treatment Shows Promise for Premature Ejaculation\n"
        "An experimental approach helped men last three times longer. "
        "Researchers tested the technique on men who had not been helped by standard treatments. "
        "They lasted longer over the months they were followed. "
        "The findings were presented at the annual meeting of the Radiological Society of North America.",
        *FRONT,
    )
    assert doc._.trial_score["short"] == 1
    assert doc._.is_trial_report is True


def test_new_study_and_study_authors_are_report_cues() -> None:
    doc = run(
        "Breath test may detect colon cancer\n"
        "In a new study from Italy, researchers identified patients with colorectal cancer by their breath. "
        "One of the study's authors said more work is needed.",
        "trial_design",
    )
    assert doc._.study.cues["report"] == 4


def test_long_article_without_report_language_is_a_feature() -> None:
    """A long story gathers study words and figures along the way; with no report cue it is a feature."""
    feature = _score(study_words=6, size=2, blinding=1)
    assert is_trial_report(feature)
    assert not is_trial_report({**feature, "long": 1})
    # report language in its first sentences keeps a long report a report
    assert is_trial_report({**feature, "long": 1, "report": 2})
    # an announced trial (a name or registry id and a phase) has no results to report
    assert is_trial_report(_score(study_words=8, name=1, phase=1, long=1))


def test_results_announced_at_a_conference_or_described_in_a_journal_are_report_cues() -> None:
    doc = run(
        "A stool test finds colon cancer\n"
        "The test found 85 percent of cancers, researchers announced Thursday at a conference in Philadelphia. "
        "The weather was fine.",
        "trial_design",
    )
    assert doc._.study.cues["report"] == 2
    doc = run(
        "A laser for cataracts\n"
        "In their approach, described in the open-access journal PLoS ONE, they bleach the lens.",
        "trial_design",
    )
    assert doc._.study.cues["report"] == 2
    doc = run("The company announced in a statement that sales rose.", "trial_design")
    assert doc._.study.cues.get("report", 0) == 0


def test_report_cue_in_the_sentences_that_tell_of_another_study_does_not_count() -> None:
    """'A 2013 study in the Journal of Bone and Joint Surgery estimated ... The study concluded that ...': the
    second sentence tells of the 2013 study too (a feature citing it), not of the article's own."""
    doc = run(
        "Why double knee replacement might be best\n"
        "More patients now have both knees replaced at once. "
        "Some surgeons debate it. "
        "A 2013 study in the Journal of Bone and Joint Surgery estimated the cost of bilateral surgery at $43,401. "
        "The study concluded that bilateral surgery is more cost-effective.",
        "trial_design",
    )
    assert doc._.study.cues.get("report", 0) == 0


def test_results_told_inside_a_study_a_met_goal_accuracy_or_a_named_team_are_report_cues() -> None:
    """'In a small, early study, ...', 'met the main goal', 'findings from a government study', '96% accuracy',
    'Scientists at the University of York have found': each tells a study's own result."""
    for sentence in (
        "In a small, early study, carefully selected patients were treated with IUDs.",
        "The antibiotic met the main goal in a late-stage trial.",
        "Researchers announced findings from a government study comparing treatments.",
        "The test can detect pancreatic cancer with 96% accuracy at stage I and II.",
        "Scientists at the University of York have found a way to tell the two cancers apart.",
    ):
        doc = run("Headline words\nSome background sentence. " + sentence, "trial_design")
        assert doc._.study.cues["report"] == 2, sentence
    for sentence in (
        "Participants in the study were older.",
        "The main goal of screening programs is to find precancer.",
        "Researchers at the university hope to start a trial.",
    ):
        doc = run("Headline words\nSome background sentence. " + sentence, "trial_design")
        assert doc._.study.cues.get("report", 0) == 0, sentence


def test_short_report_with_results_inside_the_study_is_a_report() -> None:
    doc = run(
        "New drug shows promise in fighting breast cancer\n"
        "Researchers say a new drug has shown hopeful results at a cancer center. "
        "In an early Phase 1 study of the drug, two of 97 patients saw their tumors shrink. "
        "The drug targets an abnormal gene. "
        "Patients in the study had diarrhea and nausea.",
        *FRONT,
    )
    assert doc._.is_trial_report is True


def test_short_article_with_one_lead_report_sentence_and_a_fact_is_a_report() -> None:
    """A brief with report language in one lead sentence is a report when one more fact backs it (a placebo, a
    follow-up); not when its lead announces a regulator's approval (product news)."""
    assert is_trial_report(_score(study_words=1, report=2, blinding=1, short=1))
    assert not is_trial_report(_score(study_words=1, report=2, blinding=1))
    assert not is_trial_report(_score(study_words=1, report=2, blinding=1, short=1, approval=1))
    doc = run(
        "FDA expands use of Novartis MS drug to pediatric patients\n"
        "The Food and Drug Administration on Friday expanded the use of Gilenya to treat children. "
        "In clinical trials, patients receiving Gilenya had fewer relapses after 24 months "
        "than those who were given another drug.",
        *FRONT,
    )
    assert doc._.trial_score["approval"] == 1
    assert doc._.is_trial_report is False
    # ... unless it states one specific trial's own figures (corpus rule: a product story that reports one
    # specific study with its own figures; see test_regulator_approval_with_one_trials_own_figures_is_a_report)
    doc = run(
        "FDA expands use of Novartis MS drug to pediatric patients\n"
        "The Food and Drug Administration on Friday expanded the use of Gilenya to treat children. "
        "In a clinical trial 86 percent of patients receiving Gilenya remained relapse-free after 24 months, "
        "compared to 46 percent of those who were given another drug.",
        *FRONT,
    )
    assert doc._.trial_score["one_trial"] == 1
    assert doc._.is_trial_report is True
    doc = run(
        "Fish oil capsule shows benefit for heart patients\n"
        "The company is making heart-medicine history on Monday with its fish oil. "
        "In a clinical trial result, the capsule reduced the risk of heart attacks compared to a placebo.",
        *FRONT,
    )
    assert doc._.trial_score["approval"] == 0
    assert doc._.is_trial_report is True


def test_a_headline_that_places_a_result_in_a_study_is_a_report_cue() -> None:
    """'... superior to Novartis treatment in study', 'Study: ...', '... Succeeds in Trial' weigh as a headline
    report cue when the text goes on about a study; a headline over a caption or boilerplate does not."""
    for headline in (
        "J&J says its psoriasis drug superior to Novartis treatment in study",
        "Study: Whooping cough vaccination during pregnancy protects newborns",
        "Irritable Bowel Syndrome Drug Succeeds in Trial",
        "Penn study questions Lariat device to prevent stroke in heart patients",
    ):
        doc = run(
            headline + "\nThe drug cleared more skin. Patients in the study were adults.",
            "trial_design",
        )
        assert doc._.study.cues["report"] == 3, headline
    doc = run(
        "Radiofrequency therapy relieved herniated disc pain in new study\nKnow Your Value",
        "trial_design",
    )
    assert doc._.study.cues.get("report", 0) == 0
    doc = run(
        "Studies show antibiotics work better than waiting\nPatients in the study were children.",
        "trial_design",
    )
    assert doc._.study.cues.get("report", 0) == 0


def test_a_brief_earns_the_words_point_with_two_study_words() -> None:
    """A brief has no room to pile up study words: two earn it the point four earn a longer article, unless
    it mentions other studies or its lead announces a regulator's approval."""
    assert is_trial_report(_score(study_words=2, report=2, short=1))
    assert not is_trial_report(_score(study_words=2, report=2))
    assert not is_trial_report(_score(study_words=2, report=2, short=1, approval=1))
    assert not is_trial_report(_score(study_words=2, report=2, short=1, other_studies=1))
    doc = run(
        "Early Autism Treatment Benefits Kids' Brains\n"
        "Early, intensive autism treatment improves children's brain development, a new study shows. "
        "The treatment offers a child 20 hours a week of one-on-one treatment with a trained therapist. "
        "By age 4, children given the treatment had higher IQ scores than the other children in the study.",
        *FRONT,
    )
    assert doc._.trial_score["short"] == 1
    assert doc._.is_trial_report is True


_FEATURES = (
    "design",
    "study_words",
    "report",
    "other_studies",
    "name",
    "phase",
    "blinding",
    "approval",
    "approval_pooled",
    "one_trial",
    "short",
    "long",
    "own_study",
)


@given(
    st.fixed_dictionaries({k: st.integers(0, 12) for k in _FEATURES}),
    st.sampled_from([0, 2]),
    st.sampled_from([0, 1]),
)
def test_what_the_screen_rules_out_no_size_or_follow_up_makes_a_report(
    study: dict[str, int], size: int, follow_up: int
) -> None:
    """``ruled_out`` reads no size or follow-up: an article it rules out is no report whatever they are,
    and one it lets through is decided by the classifier's other rules, as before."""
    score = {**study, "size": size, "follow_up": follow_up}
    assert ruled_out(score) == ruled_out({**score, "size": 0, "follow_up": 0})
    if ruled_out(score):
        assert not is_trial_report(score)


LONG_FEATURE = (
    "Coffee and your heart\n"
    + "Coffee is part of many mornings. " * 14
    + "Another study, of 4,000 nurses followed for 10 years, linked coffee to less heart disease. "
    + "Another study saw the opposite in 2,000 men. "
    + "Doctors say moderation is best. " * 14
)


def test_screen_rules_out_a_long_feature_before_sizes_are_sought() -> None:
    doc = run(LONG_FEATURE, *FRONT)
    assert doc._.is_trial_report is False
    # the numbers, size and follow-up components skipped it
    assert doc._.numbers == [] and doc._.enrollment.total is None and doc._.follow_up is None
    # without the screen they read its figures, and the classifier says the same
    unscreened = run(LONG_FEATURE, *(c for c in FRONT if c != "trial_screen"))
    assert unscreened._.numbers and unscreened._.enrollment.other_counts
    assert unscreened._.is_trial_report is False


def test_screen_leaves_a_report_to_the_classifier() -> None:
    doc = run(
        "Drug cuts heart attacks\n"
        "The randomized trial of 1,200 patients, published today in the New England Journal of Medicine, "
        "found that the drug cut heart attacks by a third over five years.",
        "trial_design",
        "trial_screen",
    )
    assert doc._.is_trial_report is None  # not decided yet
    doc = run(doc.text, *FRONT)
    assert doc._.is_trial_report is True and doc._.enrollment.total.value == 1200


def test_a_press_release_below_a_long_article_counts_as_short() -> None:
    """A press release of 21-29 sentences tells of its study in 'paper', 'findings', 'the team': it earns the
    brief's points for its lead report language, as a brief does; a long article (30 sentences) does not."""
    lead = (
        "Milk protein eases chemotherapy side effects\n"
        "In a new paper published in the journal Food & Function, researchers investigated lactoferrin. "
        "Their findings could bring relief to patients undergoing cancer treatment. "
    )
    filler = "Taste and smell problems are common during cancer treatment. "
    doc = run(lead + filler * 20, *FRONT)
    assert doc._.trial_score["short"] == 1
    assert doc._.is_trial_report is True
    doc = run(lead + filler * 30, *FRONT)
    assert doc._.trial_score["short"] == 0
    assert doc._.trial_score["long"] == 1


def test_a_named_researcher_and_colleagues_and_the_authors_of_reviews_are_report_cues() -> None:
    doc = run(
        "Should More Kids Have Their Tonsils Out?\n"
        "Some kids who could benefit from surgery aren't getting it, said a co-author of the reviews. "
        "Children had fewer sore throats after surgery, Chinnadurai and his colleagues found.",
        "trial_design",
    )
    assert doc._.study.cues["report"] == 4


def test_a_long_article_that_keeps_coming_back_to_one_study_is_a_report() -> None:
    """'The study', 'the researchers', 'the trial' in one sentence in twelve or more: a report of one study, even
    when its publication is told in words the report cues miss; a long feature that names 'the study' in
    passing is still a feature."""
    lead = (
        "Pain pills compared\nFor adults with a sprained arm, ibuprofen worked as well as opioids. "
    )
    background = "Opioid overdoses have risen for years across the country. "
    own = (
        "Some 416 patients took part in the study. "
        "The researchers said pain eased two hours after the pills. "
        "Pain eased as much in all four groups of the trial. "
    )
    doc = run(lead + own + background * 30, *FRONT)
    assert doc._.trial_score["long"] == 1
    assert doc._.trial_score["report"] == 0
    assert doc._.trial_score["own_study"] == 1
    assert doc._.is_trial_report is True
    doc = run(lead + own + background * 60, *FRONT)
    assert doc._.trial_score["own_study"] == 0
    assert doc._.is_trial_report is False
    score = _score(study_words=7, long=1)
    assert not is_trial_report(score)
    assert is_trial_report({**score, "own_study": 1, "size": 2})


def test_two_sentences_on_one_study_keep_a_brief_to_it() -> None:
    doc = run(
        "New blood test detects early ovarian cancer\n"
        "A research team has engineered a toxin to detect a cancer sugar in blood. "
        "The team used it on blood samples from women with ovarian cancer. "
        "A paper published this month has shown that the test detected the sugar in over 90% of samples. "
        "The findings could lead to earlier diagnosis.",
        *FRONT,
    )
    assert doc._.trial_score["own_study"] == 1
    assert doc._.is_trial_report is True


@given(st.integers(0, 400), st.integers(0, 60))
def test_own_study_counting_may_stop_at_what_the_classifier_needs(sentences: int, own: int) -> None:
    """``own_study_need`` is exactly where ``own_study`` turns 1, so the design step can stop counting there."""
    from extractor.components.classify import _keeps_to_one_study, own_study_need

    assert bool(_keeps_to_one_study(own, sentences)) == (own >= own_study_need(sentences))


def test_regulator_approval_with_one_trials_own_figures_is_a_report() -> None:
    """A product story whose lead announces an approval and that states one specific trial's own figures
    further down (past the report cues' sentences) reports that trial (corpus rule); not when the figures
    are several trials' at once."""
    text = (
        "FDA approves a device for weight loss\n\n"
        "The Food and Drug Administration has approved marketing of an implantable device for obesity. "
        + "The device sends bursts of current to a nerve above the stomach. "
        * 30
        + "In a 12-month clinical trial considered by the FDA, 38.3% of subjects who received the active "
        "device lost at least a quarter of their excess weight. "
        + "Surgeons say the device is one more tool against obesity. "
        * 5
    )
    doc = run(text, *FRONT)
    assert doc._.trial_score["one_trial"] == 1 and doc._.trial_score["long"] == 1
    assert doc._.is_trial_report is True
    several = text.replace("In a 12-month clinical trial", "In three 12-month clinical trials")
    doc = run(several, *FRONT)
    assert doc._.trial_score["one_trial"] == 0
    assert doc._.is_trial_report is False
    # the figures earn nothing without the approval in the lead, nor beside other studies
    assert not is_trial_report(_score(study_words=5, one_trial=1, long=1))
    assert is_trial_report(_score(study_words=5, one_trial=1, approval=1, long=1))
    assert not is_trial_report(
        _score(study_words=5, one_trial=1, approval=1, long=1, other_studies=1)
    )


def test_a_report_cue_past_the_eighth_sentence_within_the_lead_characters_is_a_lead_cue() -> None:
    """Captions, credits and sign-up lines count as sentences: the story's first report sentence can be the
    ninth though it stands in the first few hundred characters of the body ('View Sample Sign Up Now')."""
    fragments = "Sign up now. Photo credit. Caption here. More news. Share this. Watch video. Read more. Print. "
    cue = "In a study published in JAMA Neurology, scientists report on a blood test for brain injury. "
    doc = run("Concussion Blood Test Shows Promise\n" + fragments + cue, "trial_design")
    assert doc._.study.cues["report"] == 2  # the ninth sentence, some 100 characters into the body
    # the same sentence far into the body (past the lead's characters) weighs as a later one
    padding = (
        "Doctors at the hospital said many things about head injuries, about the scans of the brain that "
        "they order, about the radiation those scans bring and about the children they see every week. "
    ) * 7
    doc = run("Concussion Blood Test Shows Promise\n" + fragments + padding + cue, "trial_design")
    assert doc._.study.cues["report"] == 1


def test_long_article_citing_studies_with_report_language_only_past_its_lead_is_a_feature() -> None:
    """One report sentence past the lead, mentions of other studies, no study fact of its own: an explainer
    ('Studies have found that runners have significantly higher injury rates ...')."""
    explainer = _score(design=2, study_words=11, report=1, other_studies=3, long=1)
    assert not is_trial_report(explainer)
    # a stated size (one specific study's figures), a lead report sentence, or an article that keeps coming
    # back to one study is decided as before
    assert is_trial_report({**explainer, "size": 2})
    assert is_trial_report({**explainer, "report": 2})
    assert is_trial_report({**explainer, "own_study": 1})
    # without mentions of other studies it is not a feature by this rule
    assert is_trial_report({**explainer, "other_studies": 0})


def test_a_brief_with_report_language_past_its_lead_and_a_design_is_a_report() -> None:
    """A brief's one report sentence past its lead ('Their findings have been reported in the International
    Journal of Neuropsychopharmacology.') earns the lead sentence's point when a design, a study fact or 'the
    study' corroborates it; alone, or under a regulator's approval, it does not."""
    brief = _score(design=1, study_words=3, report=1, short=1)
    assert is_trial_report(brief)
    assert is_trial_report({**_score(study_words=3, report=1, short=1, follow_up=1, size=2)})
    assert not is_trial_report({**brief, "design": 0})
    assert not is_trial_report({**brief, "approval": 1})
    assert not is_trial_report({**brief, "short": 0})


def test_a_brief_whose_report_point_stands_past_its_lead_talks_about_a_study() -> None:
    """A brief with no design or study fact and under six study words passes as more than a passing mention
    when it earns a brief's report point: one report sentence past its lead backed by 'the study', 'the
    researchers' (a page that starts mid-story: 'Researchers then narrowed their analysis ...', 'The company
    that developed the test helped to pay for the study')."""
    brief = _score(study_words=5, report=1, short=1, own_study=1)
    assert is_trial_report(brief)
    assert not is_trial_report({**brief, "own_study": 0})
    assert not is_trial_report({**brief, "report": 0})
    assert not is_trial_report({**brief, "short": 0})


def test_report_cue_in_a_sentence_about_a_study_dated_by_a_past_year_does_not_count() -> None:
    """'A study published by a Korean researcher in 2010 found ...', 'The Breast Cancer Prevention Trial published
    results in 1998 ...': a study dated by a past year of publication is an earlier one (classify.year_dated_study,
    as follow-up and enrollment read it), cited by a feature, not the article's own report."""
    for sentence in (
        "A study published by a Korean researcher in 2010 found that the ketones raised adiponectin.",
        "The Breast Cancer Prevention Trial published results in 1998 indicating that women were half as likely "
        "to develop breast cancer.",
    ):
        doc = run(
            "Raspberry ketones\nSome sell the ketones as a fat burner. " + sentence, "trial_design"
        )
        assert doc._.study.cues.get("report", 0) == 0, sentence
    doc = run(
        "Raspberry ketones\nSome sell the ketones as a fat burner. "
        "A study published this week in the journal Obesity found that the ketones raised adiponectin.",
        "trial_design",
    )
    assert doc._.study.cues["report"] == 2


def test_long_explainer_under_a_question_headline_is_not_a_report() -> None:
    """A long article under a question headline that states no study fact, does not keep to one study and has
    report language in one lead sentence at most weighs the evidence for a treatment, citing a study on the way:
    an explainer. With a study fact, 'the study' all along, or more report language, it stays a report."""
    explainer = _score(design=1, study_words=4, report=2, long=1)
    assert is_trial_report(explainer)
    assert not is_trial_report({**explainer, "question": 1})
    assert not is_trial_report({**explainer, "question": 1, "report": 4})
    assert is_trial_report({**explainer, "question": 1, "report": 5})
    assert is_trial_report({**explainer, "question": 1, "size": 2})
    assert is_trial_report({**explainer, "question": 1, "own_study": 1})
    # a short article under a question headline is read as before
    assert is_trial_report({**explainer, "long": 0, "question": 1})


def test_a_question_headline_is_a_classifier_cue() -> None:
    doc = run(
        "Can Personal Air Purifiers Keep Cold and Flu Bugs Away?\nWearable air purifiers are sold in stores.",
        "trial_design",
    )
    assert doc._.study.cues["question"] == 1
    doc = run(
        "Air purifiers keep bugs away\nIs it true? Wearable air purifiers are sold in stores.",
        "trial_design",
    )
    assert "question" not in doc._.study.cues


def test_guidance_announced_in_the_lead_is_no_study_report() -> None:
    text = (
        "Heart Association's Stroke Guidelines Support Clot-Removing Device\n\n"
        "A device that drags a blood clot out of the blood vessels should be used to treat certain stroke "
        "victims, according to new guidelines issued by the American Heart Association. "
        "Standard treatment relies on drugs that break up the clot. "
        "But when those drugs don't work, doctors can turn to the device, said Dr. William Powers, lead author "
        "of the updated guidelines. Randomized trials published in the New England Journal of Medicine found "
        "that the device improved recovery."
    )
    doc = run(text, *FRONT)
    assert doc._.trial_score["guidance"] == 1
    assert doc._.is_trial_report is False
    # a study that bears on guidance and states its size is still reported
    assert is_trial_report(_score(design=2, size=2, report=6, guidance=1))
    assert not is_trial_report(_score(design=2, report=6, guidance=1))
