"""Component tests on small hand-built Docs (blank tokenizer, only the components under test)."""

from __future__ import annotations

from extractor.components.classify import other_study_sentences
from tests.helpers import design_of, effects_of, reported_finding, run, sponsor_of, venue_of


def test_design_rct_phase_blinding_placebo_registry() -> None:
    doc = run(
        "A phase 3, randomized, double-blind, placebo-controlled trial (NCT01234567) tested the drug.",
        "trial_design",
    )
    s = doc._.study
    assert s.design.value == "rct"
    assert s.phase.value == "3"
    assert s.blinding.value == "double-blind"
    assert s.placebo.value is True
    assert [f.value for f in s.registry_ids] == ["NCT01234567"]


def test_design_meta_analysis_and_observational() -> None:
    assert (
        run("A meta-analysis of 20 trials found a link.", "trial_design")._.study.design.value
        == "meta_analysis"
    )
    doc = run(
        "In a large prospective cohort study, coffee was linked with longer life.", "trial_design"
    )
    assert doc._.study.design.value == "observational"


def test_design_pooled_studies_future_trials_and_lab() -> None:
    # a combination of earlier studies is a meta-analysis ('earlier studies' is not an aside here)
    assert design_of("Fibre and cancer. The researchers combined 10 earlier studies of diet.") == (
        "meta_analysis"
    )
    assert (
        design_of("An analysis that pooled findings from 50 different studies.") == "meta_analysis"
    )
    # randomized trials the data 'will be used to design' are future trials, not this study's design
    assert (
        design_of(
            "It was a retrospective analysis of the medical records of 1,425 women. The data will be "
            "used to design prospective, randomized clinical trials."
        )
        == "observational"
    )
    assert design_of("It was a prospective follow-up study of 132 infants.") == "observational"
    assert design_of("In both tissue culture and in a mouse, tumors shrank.") == "other"
    assert design_of("They used data from the Breast Cancer Surveillance Consortium.") == (
        "observational"
    )
    # cases beside healthy controls
    assert (
        design_of("They analysed breath from 37 patients with colon cancer and 41 healthy adults.")
        == "observational"
    )


def test_blinding_described_and_earlier_work() -> None:
    def blinding(text: str) -> str | None:
        b = run(text, "trial_design")._.study.blinding
        return None if b is None else b.value

    assert blinding("To avoid bias, neither patients nor doctors knew whether it was Botox.") == (
        "double-blind"
    )
    # either order, 'they' for the participants; assessors ('the radiologists') are not the blinding
    assert (
        blinding("Neither they nor their doctors knew who got what until it ended.")
        == "double-blind"
    )
    assert (
        blinding("Neither the researchers nor the participants knew who got it.") == "double-blind"
    )
    assert blinding("Neither the radiologists nor the pathologists knew the diagnosis.") is None
    # an earlier program's blinding is not this study's
    assert (
        blinding(
            "The new study confirms results from a December 2015 open-label expanded access program. "
            "Participants and their physicians did not know if they were on CBD or placebo."
        )
        == "double-blind"
    )


def test_placebo_of_earlier_work_is_not_the_study_s() -> None:
    def placebo(text: str) -> bool | None:
        p = run(text, "trial_design")._.study.placebo
        return None if p is None else p.value

    earlier = (
        "An earlier analysis of six of the trials showed that 18 people taking aspirin had heart "
        "attacks, compared to 23 taking placebo pills."
    )
    assert placebo(f"The new review pooled 11 trials of aspirin. {earlier}") is None
    assert placebo(f"In the new trial, 200 patients took the drug or a placebo. {earlier}") is True


def test_design_early_uncontrolled_study_is_single_arm() -> None:
    assert design_of(
        "Drug X shrank tumors. This Phase I/II clinical trial treated 78 patients."
    ) == ("single_arm")
    assert (
        design_of("The small pilot study involved 20 patients with arthritis pain.") == "single_arm"
    )
    # an announced phase 1 trial that says nothing of who got the drug stays unstated
    assert (
        design_of("The vaccine has progressed to Phase I clinical testing in volunteers.") is None
    )
    # any comparison or diagnostic-accuracy words: not single-arm
    assert design_of("The pilot study involved 20 patients, compared with 20 controls.") is None
    assert (
        design_of("The pilot study included 155 men. The diagnostic test found 58 cancers.") is None
    )


def test_design_single_arm_comparison_only_of_other_or_historical_trials() -> None:
    # a comparison named only for an ongoing trial or for historical data is not the study's control group
    assert (
        design_of(
            "In a small, phase I clinical trial, the drug was safe. The trial included 22 patients. The "
            "combination is being tested in an ongoing phase II trial to determine its effectiveness "
            "compared with chemotherapy."
        )
        == "single_arm"
    )
    assert (
        design_of(
            "The Phase II study enrolled 64 patients. Survival was 26 months, compared to historical data "
            "of 16 months."
        )
        == "single_arm"
    )
    # a comparison between subgroups of the treated is no control group
    assert (
        design_of(
            "The phase 2 trial treated 40 patients. Patients with DCIS had a higher response rate than "
            "patients who had invasive disease."
        )
        == "single_arm"
    )
    # the study's own comparison still counts
    assert (
        design_of("The phase 2 trial treated 40 patients. They did better than those who did not.")
        is None
    )
    # a count of people in a sentence about the study, not next to the phase
    assert (
        design_of(
            "It is too early to tell from this small Phase 2 safety trial. Experts were cautious. Funding "
            "came from industry. The study looked at the drug's safety in 194 Alzheimer's patients."
        )
        == "single_arm"
    )
    # a vague count of people
    assert (
        design_of(
            "In a phase 1 trial, researchers gave doses of the drug to a small number of people."
        )
        == "single_arm"
    )
    # the phase of a future trial is not the study's
    assert (
        design_of(
            "The treatment eliminated disease in 20 men. An upcoming Phase 2 trial will further test it."
        )
        is None
    )


def test_design_single_arm_uncontrolled_cues() -> None:
    assert (
        design_of("The researchers performed a clinical trial in 54 women who have breast cancer.")
        == "single_arm"
    )
    assert (
        design_of("Researchers treated 14 advanced-stage cancer patients with T-VEC.")
        == "single_arm"
    )
    assert (
        design_of("The study enrolled 30 men. All of the men received five treatments of SBRT.")
        == "single_arm"
    )
    # who got it must be stated
    assert design_of("All of the men received five treatments of SBRT.") is None
    assert design_of("This ongoing, open-label study enrolled 90 children.") == "single_arm"
    # pooled trials, a comparison or a test: not single-arm
    assert design_of("The drug was tested in trials involving 4,041 pregnant women.") is None
    assert design_of("A clinical trial in 54 women compared it with the other group.") is None
    assert design_of("All subjects underwent an electrocardiogram.") is None
    # a trial that included people; a device implanted in or given to people; people who received it
    assert design_of("The trial included 24 participants with aggressive MS.") == "single_arm"
    assert design_of("Researchers implanted the pacemaker in 32 people.") == "single_arm"
    assert design_of("Researchers gave a battery-operated device to 34 people.") == "single_arm"
    assert (
        design_of("Researchers injected the tumors of 24 patients with bacteria.") == "single_arm"
    )
    assert design_of("In the study, 2,000 volunteers received the supplement.") == "single_arm"
    assert (
        design_of("The study projects cancers from the 72 million CT scans that Americans got.")
        is None
    )
    assert (
        design_of(
            "The study began with 10 patients with depression. They all received deep brain stimulation."
        )
        == "single_arm"
    )
    # a vaccine's efficacy is a comparison
    assert (
        design_of("The vaccine is 90 percent effective. The trial included 15,000 participants.")
        is None
    )


def test_design_randomly_assigning_is_rct() -> None:
    assert (
        design_of("The experiment involved randomly assigning 342 adults to three groups.") == "rct"
    )


def test_design_none_when_unstated() -> None:
    assert run("The weather was fine.", "trial_design")._.study.design is None


def test_trial_name() -> None:
    doc = run(
        "Results of the SPRINT trial were clear. The SPRINT trial enrolled adults.", "trial_design"
    )
    assert doc._.study.name.value == "SPRINT"
    assert len(doc._.study.name.spans) == 2


def test_agency_is_not_a_trial_name() -> None:
    assert run("The FDA study was small.", "trial_design")._.study.name is None


def test_headline_capitals_are_not_a_trial_name() -> None:
    # a title-case headline or press-release heading capitalises every word: 'Breast Cancer Study' is no name
    text = "Breast Cancer Study Offers New Hope\n\nThe 352 women who took part were monitored."
    assert run(text, "trial_design")._.study.name is None
    # ... while a name in a sentence keeps its capitals
    text = "Heart News\n\nData from the Dallas Heart Study showed the link."
    assert run(text, "trial_design")._.study.name.value == "Dallas Heart Study"
    # a study-like name where a publication's goes is the publication
    text = "The research described in Quick Study comes from credible, peer-reviewed journals."
    assert run(text, "trial_design")._.study.name is None


def test_a_name_that_starts_with_national_is_whole() -> None:
    # 'National', 'International', 'Global' begin many trials' names: not stripped as a headline word,
    # and 'called the National ...' does not make 'National' a name of its own
    text = (
        "The researchers analyzed data from the National Lung Screening Trial. The trial, called the "
        "National Lung Screening Trial, enrolled 53,000 smokers."
    )
    assert run(text, "trial_design")._.study.name.value == "National Lung Screening Trial"
    text = "A supplement called Telomerase Activator TA-65 was tested in a year-long study."
    assert run(text, "trial_design")._.study.name is None


def test_enrollment_total_randomized_period() -> None:
    doc = run(
        "Researchers enrolled 368 patients. Of these, 256 patients were randomized. "
        "Enrollment ran from 2011 to 2015.",
        "trial_enrollment",
    )
    e = doc._.enrollment
    assert (e.enrolled.value, e.randomized.value, e.total.value) == (368, 256, 368)
    assert (e.period_start.value, e.period_end.value) == (2011, 2015)


def test_enrollment_number_words_and_approximations() -> None:
    doc = run("The study involved more than 4,800 older adults.", "trial_enrollment")
    assert doc._.enrollment.total.value == 4800
    doc = run("They recruited two hundred fifty-six patients.", "trial_enrollment")
    assert doc._.enrollment.total.value == 256


def test_randomized_subset_cue() -> None:
    doc = run("The study randomized those whose disease did not progress.", "trial_enrollment")
    assert doc._.enrollment.randomized_subset.value is True


def test_arms_sizes_received_and_crossover() -> None:
    text = (
        "Of the 125 people randomized to the surgery group, 109 actually underwent surgery. "
        "25 of the 131 people randomized to stay on systemic therapy ultimately also received surgery."
    )
    arms = run(text, "trial_arms")._.arms
    assert [(a.label.value, a.n.value) for a in arms] == [
        ("surgery", 125),
        ("systemic therapy", 131),
    ]
    assert arms[0].n_received.value == 109 and arms[0].n_crossed_over is None
    assert arms[1].n_crossed_over.value == 25 and arms[1].n_received is None


def test_arms_from_either_or() -> None:
    arms = run(
        "Participants were randomly assigned to take either vitamin D or a placebo.", "trial_arms"
    )._.arms
    assert [a.label.value for a in arms] == ["vitamin D", "placebo"]


def test_follow_up_statistics_and_units() -> None:
    doc = run("After a median of 53 months of follow-up, results were similar.", "trial_follow_up")
    assert doc._.follow_up.value == (53.0, "months", "median")
    doc = run("The participants were followed for five years.", "trial_follow_up")
    assert doc._.follow_up.value == (5.0, "years", None)


def test_treatment_duration_only_as_fallback() -> None:
    doc = run("Patients took the drug for 12 weeks.", "trial_follow_up")
    assert doc._.follow_up.value == (12.0, "weeks", "total")
    doc = run(
        "Patients took the drug for 12 weeks. They were followed for two years.", "trial_follow_up"
    )
    assert doc._.follow_up.value == (2.0, "years", None)


def test_another_studys_follow_up_gives_way_to_this_studys() -> None:
    doc = run(
        "A previous study followed patients for a median of 5.2 years. "
        "In the new trial, patients were followed for a median of 9.2 years.",
        "trial_follow_up",
    )
    assert doc._.follow_up.value == (9.2, "years", "median")
    # with no duration of its own, the only one stated is kept
    doc = run("A previous study followed patients for five years.", "trial_follow_up")
    assert doc._.follow_up.value == (5.0, "years", None)


def test_durations_outside_a_study_context_are_not_follow_up() -> None:
    assert (
        run("She had smoked for 20 years before she quit.", "trial_follow_up")._.follow_up is None
    )
    assert run("People over 65 years old were eligible.", "trial_follow_up")._.follow_up is None


def test_study_length_and_time_points() -> None:
    assert run("A 40-month study found fewer events.", "trial_follow_up")._.follow_up.value == (
        40.0,
        "months",
        None,
    )
    assert run(
        "After two years, there was no difference.", "trial_follow_up"
    )._.follow_up.value == (2.0, "years", None)


def test_time_point_after_weeks_of_treatment_anywhere_in_a_sentence() -> None:
    fu = run(
        "About 65% of women reported improvement after 12 weeks of treatment.", "trial_follow_up"
    )._.follow_up
    assert fu.value == (12.0, "weeks", None)
    fu = run("After a year of therapy, 60% had clear skin.", "trial_follow_up")._.follow_up
    assert fu.value == (1.0, "years", None)
    for text in (
        "After 15 years of not smoking, the risk diminishes.",
        "The panel made its recommendation after more than a year of study.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_time_point_after_treatment_mid_sentence() -> None:
    fu = run(
        "Half had better vision one year after treatment, compared with 28 percent.",
        "trial_follow_up",
    )._.follow_up
    assert fu.value == (1.0, "years", None)
    fu = run(
        "Deaths fell by 26 percent up to one year after surgery.", "trial_follow_up"
    )._.follow_up
    assert fu.value == (1.0, "years", "max")  # 'up to': statistic max (corpus/README.md)
    for text in (
        "The cells disappeared about one to two months after injections.",
        "One in four men has a recurrence within five years after the therapy.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_lists_of_time_points_trial_weeks_and_marks() -> None:
    for text, value in (
        ("Neck pain was assessed at 3, 6, and 12 months.", (12.0, "months", None)),
        ("Symptoms were assessed at baseline and at weeks two, six and 12.", (12.0, "weeks", None)),
        ("The benefits were still there at week 12.", (12.0, "weeks", None)),
        ("At the three-year mark, survival was similar.", (3.0, "years", None)),
        ("By the 60th week, 68.7 percent had kept their improvement.", (60.0, "weeks", None)),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    for text in (
        "The babies were given EEGs at 6, 9, 12 and 24 months of age.",
        "Women should be tested at week 28 of pregnancy.",
        "It can find Down syndrome by the 11th week of pregnancy.",
        "Most of those born at week 26 survived.",
        "By months four to six, half had fewer migraine days.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_a_statistic_of_the_time_since_treatment_is_follow_up() -> None:
    fu = run(
        "The women felt better one year after the course and an average of 11 years later.",
        "trial_follow_up",
    )._.follow_up
    assert fu.value == (11.0, "years", "mean")
    fu = run(
        "The follow-up time in different studies was up to 20 years.", "trial_follow_up"
    )._.follow_up
    assert fu.value == (20.0, "years", "max")  # 'up to': statistic max (corpus/README.md)
    fu = run("It examined 121 patients at an average of 51 months post-surgery.", "trial_follow_up")
    assert fu._.follow_up.value == (51.0, "months", "mean")
    text = "Blood flow was measured within an average of six days after the injury."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_n_years_later_with_a_result_is_a_time_point() -> None:
    doc = run("Of the men, 88.6 percent were still alive 10 years later.", "trial_follow_up")
    assert doc._.follow_up.value == (10.0, "years", None)
    assert doc.text[slice(*doc._.follow_up.spans[0])] == "10 years later"
    for text in (
        "Only 15 percent of people with lung cancer are still alive five years later.",
        "Patients got a booster shot one month later.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_weeks_of_treatment_with_a_drug_is_treatment_length() -> None:
    doc = run(
        "In mice, two weeks of daily treatment with the drug reversed the damage.",
        "trial_follow_up",
    )
    assert doc._.follow_up.value == (2.0, "weeks", "total")
    text = "Side effects appear after four to six years of treatment with Sinemet."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_year_long_studies_and_a_year_and_a_half() -> None:
    for text, value in (
        ("The year-long study, of 116 boys, found gains.", (1.0, "years", None)),
        ("Users during the decade-long study period fared better.", (10.0, "years", None)),
        ("They followed them for an average of a year and a half.", (1.5, "years", "mean")),
        ("After a year and a half, the therapy still worked.", (1.5, "years", None)),
        ("Ten people had TIAs over the two years of the study.", (2.0, "years", None)),
        ("Many dropped out over the six-year duration of the trial.", (6.0, "years", None)),
        (
            "The four-year randomized, placebo-controlled trial enrolled 727 women.",
            (4.0, "years", None),
        ),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    assert run("It was a year-long wait.", "trial_follow_up")._.follow_up is None


def test_after_n_months_closing_a_result_is_a_time_point() -> None:
    doc = run("Of the 13 patients, eight were still tumor free after 23 months.", "trial_follow_up")
    assert doc._.follow_up.value == (23.0, "months", None)
    assert doc.text[slice(*doc._.follow_up.spans[0])] == "after 23 months"
    for text in (
        "He stopped taking pain medication after two days.",
        "The risk of stillbirth rises after 39 weeks.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_a_range_of_durations_gives_its_bracketed_statistic() -> None:
    fu = run(
        "They were examined between eight and 19 years after surgery (average 11.7 years).",
        "trial_follow_up",
    )._.follow_up
    assert fu.value == (11.7, "years", "mean")
    fu = run("Patients were followed for 2 to 10 years (median 5.2 years).", "trial_follow_up")
    assert fu._.follow_up.value == (5.2, "years", "median")
    text = "They were seen between one and two years after surgery."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_a_stated_statistic_far_after_followed() -> None:
    fu = run(
        "Doctors followed more than 14,000 people who took either Xarelto or warfarin for a median"
        " of two years.",
        "trial_follow_up",
    )._.follow_up
    assert fu.value == (2.0, "years", "median")
    fu = run("Researchers followed women for an average of only two years.", "trial_follow_up")
    assert fu._.follow_up.value == (2.0, "years", "mean")


def test_several_time_points_give_the_latest() -> None:
    fu = run(
        "After three months, 37 percent reported relief. After six months, 58 percent did.",
        "trial_follow_up",
    )._.follow_up
    assert fu.value == (6.0, "months", None)


def test_effects_with_ci_and_p() -> None:
    doc = run(
        "Death was less common (HR 0.72, 95% CI 0.60-0.87; p<0.001).",
        "trial_arms",
        "trial_outcomes",
    )
    (outcome,) = [o for o in doc._.outcomes if o.effect]
    assert outcome.effect.type == "HR" and outcome.effect.value.value == 0.72
    assert outcome.effect.ci.value == (0.60, 0.87)
    assert outcome.effect.p.value == 0.001


def test_relative_reduction() -> None:
    doc = run("The vaccine cut the risk of shingles by 62 percent.", "trial_arms", "trial_outcomes")
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 62.0)]


def test_outcome_direction_no_difference() -> None:
    doc = run(
        "There was no difference in overall survival between the groups.",
        "trial_arms",
        "trial_outcomes",
    )
    assert [(o.name.value, o.direction.value) for o in doc._.outcomes] == [
        ("overall survival", "no_difference")
    ]


def test_investigator_affiliation_sponsor_venue() -> None:
    doc = run(
        "Jane Smith, MD, of the Mayo Clinic in Rochester led it. The study was funded by the National "
        "Institutes of Health. It was published in the New England Journal of Medicine.",
        "trial_enrollment",
        "trial_context",
    )
    c = doc._.context
    assert [(i.name.value, i.affiliation.value) for i in c.investigators] == [
        ("Jane Smith", "Mayo Clinic")
    ]
    assert c.sponsor.value == "National Institutes of Health"
    assert c.venue.value == "New England Journal of Medicine"


def test_venue_from_a_find_this_study_box_and_not_from_a_maker_or_reporter() -> None:
    text = "The study had 416 adults.\n\nFIND THIS STUDY Feb. 28 issue of Neurology (www.neurology.org)."
    assert venue_of(text) == "Neurology"
    # a column's name is not a journal's
    assert (
        venue_of("The research described in Quick Study comes from peer-reviewed journals.") is None
    )
    # 'reported ... by': who reported it or made the device, not where it was published
    text = (
        "Last year researchers reported that a device manufactured by Boston Scientific cut deaths. "
        "Tang reported at a Chicago meeting of the American Heart Assn. that it worked."
    )
    assert venue_of(text) == "Chicago meeting of the American Heart Assn"


def test_venue_is_not_the_place_a_study_was_done_in() -> None:
    assert venue_of("A study in the United States found a link in 400 adults.") is None
    text = "A large study in Burkina Faso in West Africa treated 1600 children. It was published in PLOS Medicine."
    assert venue_of(text) == "PLOS Medicine"
    assert venue_of("A study in Pediatrics found a link in 400 children.") == "Pediatrics"
    text = (
        "The 400 adults ate berries. The study, in The Journal of Nutrition, was funded by a grant."
    )
    assert venue_of(text) == "Journal of Nutrition"
    assert (
        venue_of("It is scheduled for publication in the Journal of Nutrition.")
        == "Journal of Nutrition"
    )
    # a possessive's owner, a table or a figure is no venue; a journal's possessive is the journal
    assert venue_of("The finding appears to be supported by Tuesday’s study of 400 adults.") is None
    text = "The study, which appeared in the Red Journal’s January 2017 issue, found it."
    assert venue_of(text) == "Red Journal"
    assert (
        venue_of("They had cancer of the larynx (Figure 1 and Table 1). Patients were eligible.")
        is None
    )


def test_venue_of_a_meeting_with_describing_words() -> None:
    text = "The trial, presented at the annual scientific meeting of the American Heart Association, had 168 patients."
    assert venue_of(text) == "annual scientific meeting of the American Heart Association"
    text = "It was presented Tuesday at the national meeting of the American Chemical Society in San Diego."
    assert venue_of(text) == "national meeting of the American Chemical Society"
    text = "In a study presented at the American Chemical Society’s spring national meeting in Denver, 16 adults took it."
    assert venue_of(text) == "American Chemical Society’s spring national meeting"
    # a possessive among the words between the verb and 'at'
    text = "Plichta was to present her team's findings at the American Society of Breast Surgeons annual meeting."
    assert venue_of(text) == "American Society of Breast Surgeons annual meeting"
    text = "Researchers reported at this week's annual meeting of the American College of Chest Physicians that 40 women improved."
    assert venue_of(text) == "annual meeting of the American College of Chest Physicians"
    assert (
        venue_of("The findings were discussed at the weekly meeting of the hospital board.") is None
    )


def test_components_reset_their_output() -> None:
    from extractor.pipeline.factories import TrialArms

    doc = run(
        "Of the 125 people randomized to the surgery group, 109 actually underwent surgery.",
        "trial_arms",
    )
    doc._.arms = ["stale"]
    TrialArms()(doc)
    assert doc._.arms and doc._.arms != ["stale"]


def test_arm_sizes_in_common_news_phrasings() -> None:
    cases = {
        "In the trial, 1,200 got the vaccine and 1,150 a placebo.": [
            ("vaccine", 1200),
            ("placebo", 1150),
        ],
        "Among the 300 patients in the placebo group, 12 died.": [("placebo", 300)],
        "One group of 60 patients took the drug, and another of 62 received a placebo.": [
            ("drug", 60),
            ("placebo", 62),
        ],
        "Of the 500 participants, 250 received the drug and 250 a placebo.": [
            ("drug", 250),
            ("placebo", 250),
        ],
        "A trial of 460 patients, with 239 in a CAMBRA group and 221 in a control group.": [
            ("CAMBRA", 239),
            ("control", 221),
        ],
        "Thirty-three of them received the Medtronic device, 17 received a sham device.": [
            ("Medtronic device", 33),
            ("sham device", 17),
        ],
        "Patients received the drug (n = 120) or placebo (n = 118).": [
            ("drug", 120),
            ("placebo", 118),
        ],
    }
    for text, want in cases.items():
        arms = run(text, "trial_arms")._.arms
        assert [(a.label.value, a.n.value if a.n else None) for a in arms] == want, text


def test_arm_size_not_from_a_fraction_or_an_event_count() -> None:
    # 'half of the 400' is the whole, not the group's size (README: not stated -> null)
    assert run("Half of the 400 women took vitamin D.", "trial_arms")._.arms == []
    # an outcome count after 'compared with' is no group size
    arms = run("Deaths were 10 as compared with 24 in the medium group.", "trial_arms")._.arms
    assert all(a.n is None for a in arms)
    # the group itself, defined by what it received, keeps its size even after a fraction
    arms = run(
        "Two-thirds of the 57 patients who got the pills said so, while 8 percent of the 59 patients "
        "who got FMT via a colonoscopy did.",
        "trial_arms",
    )._.arms
    assert [(a.label.value, a.n.value) for a in arms if a.n] == [
        ("pills", 57),
        ("FMT via a colonoscopy", 59),
    ]


def test_follow_up_in_common_news_phrasings() -> None:
    cases = {
        "The study followed 826 participants in a clinical trial for a median of 6.5 years.": (
            6.5,
            "years",
            "median",
        ),
        "Researchers followed 3,681 people, average age 40, for about eight years.": (
            8.0,
            "years",
            None,
        ),
        "Deaths fell over a median of 4.5 years.": (4.5, "years", "median"),
        "Patients died during the follow-up period, which averaged five years.": (
            5.0,
            "years",
            "mean",
        ),
        "Over nearly four years, 1,588 of the participants had a heart attack.": (
            4.0,
            "years",
            None,
        ),
        "The trial was conducted for 12 weeks on about 8,000 smokers.": (12.0, "weeks", None),
    }
    for text, want in cases.items():
        assert run(text, "trial_follow_up")._.follow_up.value == want, text
    # a sequence ('followed by six weeks of placebo') is no follow-up, and a diet followed only a treatment length
    assert (
        run("The diet was followed by six weeks of eating normally.", "trial_follow_up")._.follow_up
        is None
    )
    fu = run(
        "Each participant followed one of three different diets for four weeks.", "trial_follow_up"
    )._.follow_up
    assert fu is not None and fu.value == (4.0, "weeks", "total")


def test_arm_named_again_with_plus_or_a_placebo_synonym_is_the_same_arm() -> None:
    arms = run(
        "Women were allocated to receive either palbociclib and fulvestrant, or a dummy pill and "
        "fulvestrant. Some 67 per cent of the 347 women in the palbociclib plus fulvestrant group "
        "benefited, against 40 per cent of the 174 women in the placebo plus fulvestrant group.",
        "trial_arms",
    )._.arms
    assert [(a.label.value, a.n.value if a.n else None) for a in arms] == [
        ("palbociclib and fulvestrant", 347),
        ("dummy pill and fulvestrant", 174),
    ]


def test_follow_up_fronted_and_half_years() -> None:
    doc = run("For more than three years, researchers followed 458 men.", "trial_follow_up")
    assert doc._.follow_up.value == (3.0, "years", None)
    doc = run(
        "In all, 964 participants were evaluated yearly for an average of six-and-a-half years.",
        "trial_follow_up",
    )
    assert doc._.follow_up.value == (6.5, "years", "mean")


def test_arm_sizes_of_whom_the_other_and_were_in_group() -> None:
    cases = {
        "It was tested on 573 patients, 194 of whom were given a placebo.": [("placebo", 194)],
        "In all, 15 received the drug. The other 13 received a placebo -- a dummy pill.": [
            ("drug", 15),
            ("placebo", 13),
        ],
        "Another 79 participants were in the control group.": [("control", 79)],
    }
    for text, want in cases.items():
        arms = run(text, "trial_arms")._.arms
        assert [(a.label.value, a.n.value if a.n else None) for a in arms] == want, text


def test_numbers_that_are_no_head_counts_give_no_arm_size() -> None:
    for text in (
        "Seventy-four subjects with type 2 diabetes were randomly assigned to a vegetarian diet.",
        "The study included 118 people with an average age of 55 who were randomly assigned to eat kiwis.",
        "One group was given the drug for 12 weeks and the other participants were assigned to a placebo.",
        "Three got the drug plus a vaccine, and one got the vaccine alone.",
    ):
        arms = run(text, "trial_arms")._.arms
        assert all(a.n is None or a.n.value not in (1, 2, 12, 55) for a in arms), text


def test_years_are_not_head_counts() -> None:
    doc = run(
        "In 2015 an estimated 10 million women in the U.S. had the test. A study in 2006 followed women.",
        "trial_numbers",
        "trial_enrollment",
    )
    assert doc._.enrollment.total is None
    doc = run("The study of 2,015 women in the U.S. ended.", "trial_numbers", "trial_enrollment")
    assert doc._.enrollment.total.value == 2015
    arms = run(
        "Data came from the LipiDiDiet study group (2016), presentation held in Athens.",
        "trial_arms",
    )._.arms
    assert all(a.n is None for a in arms)


def test_another_studys_size_gives_way_to_this_studys() -> None:
    doc = run(
        "The approach showed promise in a 2007 pilot study involving 30 patients. "
        "The newly reported study included 167 patients with severe angina.",
        "trial_numbers",
        "trial_enrollment",
    )
    assert doc._.enrollment.total.value == 167
    assert [f.value for f in doc._.enrollment.other_counts] == [30]
    # the study the participants came from is no other study
    doc = run(
        "The study involved 1,747 men and women from a larger study of aging. "
        "Another study recruited 264 runners.",
        "trial_numbers",
        "trial_enrollment",
    )
    assert doc._.enrollment.total.value == 1747
    # with no size of its own, the only one stated is kept
    doc = run("A previous study of 500 women found the same.", "trial_numbers", "trial_enrollment")
    assert doc._.enrollment.total.value == 500


def test_a_number_with_a_unit_is_no_head_count() -> None:
    for text in (
        "The authors had shown that 72 hours after birth, babies of mothers who smoked were randomized.",
        "Cancers account for about 65 percent of cases in premenopausal women.",
    ):
        assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total is None, text


def test_durations_of_background_or_plans_are_not_follow_up() -> None:
    for text in (
        "For 25 years, laser treatment has been the standard of care.",
        "Phentermine has been prescribed by physicians for over 50 years.",
        "Over the next three years, the researchers will continue with a larger trial.",
        "The goal is a device that could control blood sugar for a year.",
        "Tenovus Cancer Care is launching a two year study.",
        "Kelly Hayes, a 26-year-old project coordinator, has benefited.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    # a finding reported in the present perfect keeps its duration (a schedule of sessions: a treatment length)
    doc = run(
        "Researchers have shown that the diet works, with two sessions over six months.",
        "trial_follow_up",
    )
    assert doc._.follow_up.value == (6.0, "months", "total")
    # a stated follow-up is kept whatever the tense (one to come is reported as planned)
    doc = run("Patients will be followed for five years.", "trial_follow_up")
    assert doc._.follow_up.value == (5.0, "years", "planned")
    doc = run(
        "The study took place over 26 weeks with a 2 week screening period.", "trial_follow_up"
    )
    assert doc._.follow_up.value == (26.0, "weeks", None)


def test_time_points_put_first_in_a_sentence() -> None:
    for text, value in (
        ("Six months after treatment, 54 percent of patients improved.", (6.0, "months", None)),
        (
            "One year later, 66% of the ablation patients were free of symptoms.",
            (1.0, "years", None),
        ),
        ("A year after entering the study, 11 of the 40 teens fell ill.", (1.0, "years", None)),
        # 'N months after treatment' is a read-out time point wherever it stands in its sentence
        ("Patients were surveyed six months after treatment.", (6.0, "months", None)),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    for text in (
        "Two weeks later, he got another call.",  # no result
        "More than 20 years after the gene was identified, a pill is near.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    text = "More than 12 months later, 31% of patients continued to show a response."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_how_long_something_else_lasted_is_not_follow_up() -> None:
    for text in (
        "One patient had a complete response that lasted 89 weeks.",
        "The only side effect was a raging rash that lasted for three days.",
        "Those in the zinc group had colds that lasted for an average of four days.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    doc = run("The benefits of massage lasted for six months or longer.", "trial_follow_up")
    assert doc._.follow_up.value == (6.0, "months", None)
    doc = run(
        "The trial showed fewer events, although the study only lasted 18 months.",
        "trial_follow_up",
    )
    assert doc._.follow_up.value == (18.0, "months", None)


def test_names_after_weak_cues_skip_titles_and_organisations() -> None:
    doc = run(
        "The randomized study of 120 adults was led by Professor Roy Taylor of Newcastle "
        "University. A second study, led by Cleveland Clinic, enrolled 50. The results were clear, "
        "said lead author Takuya Sato.",
        "trial_enrollment",
        "trial_context",
    )
    names = [i.name.value for i in doc._.context.investigators]
    assert names == ["Roy Taylor", "Takuya Sato"]


def test_every_p_value_of_a_sentence_is_kept() -> None:
    doc = run(
        "The effects on the ADAS-cog were significant at Week 65 (difference from placebo: 3.47, "
        "nominal p = 0.007) and Week 78 (2.60, nominal p = 0.043).",
        "trial_arms",
        "trial_outcomes",
    )
    assert [o.p_value.value for o in doc._.outcomes if o.p_value] == [0.007, 0.043]


def test_fold_and_risk_increase_effects_are_other() -> None:
    doc = run(
        "Patients on the drug were twice as likely to respond. Those with the highest levels were four "
        "times more likely to have an event, and a 3- to 4-times greater risk was seen in others. For each "
        "point, the risk rose by 9 percent. The rate of events was triple among those with the highest "
        "score.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("other", 2.0),
        ("other", 4.0),
        ("other", 9.0),
        ("other", 3.0),
    ]


def test_differences_in_a_measure_between_groups() -> None:
    doc = run(
        "Median overall survival was 5.4 months longer with nivolumab. The diet lowers LDL cholesterol by "
        "12.2 mg/dL compared to control groups. LDL was 7.4 mg/dL lower after the diet, compared with their "
        "baseline average. The score improved by 34.0 points, than in the placebo group, where it rose 24.3 "
        "points.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("difference", 5.4), ("difference", 12.2)]


def test_direction_words_of_a_headline() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    assert direction("New blood thinner works as well as Coumadin") == "no_difference"
    assert direction(
        "Flu nasal spray provides similar protection against influenza as flu shot"
    ) == ("no_difference")
    assert direction("Testing of three molecules, as well as the use of one molecule") is None
    assert direction("Symptoms include bloating and lower back pain") is None
    assert direction("Caffeine could be ally in warding off dementia") == "benefit"
    assert direction("An Ebola vaccine was highly protective against the virus") == "benefit"
    assert direction("Drug may reverse multiple sclerosis") == "benefit"
    assert direction("Fluid that acts as a protective cushion") is None
    assert direction("Ginkgo Won't Slow Decline of Aging Brain") == "no_difference"
    assert (
        direction("Two diets may be equally effective in preventing heart disease")
        == "no_difference"
    )
    assert direction("They found pieces of the puzzle with the help of MRI scans") is None
    assert direction("The drug was tested in lower-risk patients") is None
    assert direction("Menopause hormone therapy not linked to premature death") == "no_difference"
    assert direction("Antidepressants in pregnancy pose little risk to babies") == "no_difference"
    assert direction("Bypass Less Risky Than Stent Use Over Long Term") == "benefit"
    assert direction("Fish Oil Study Finds Little Benefit for Pregnant Women") == "no_difference"
    assert (
        direction("Zometa did not appear to prevent breast cancer from returning")
        == "no_difference"
    )
    assert direction("a hysterectomy with or without a robot’s help") is None


def test_effects_of_another_study_are_not_this_studys() -> None:
    doc = run(
        "The drug cut the risk of death by 30 percent. A 2014 study showed that states with such laws had "
        "24.8% fewer overdose deaths.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 30.0)]


def test_the_end_of_a_range_is_no_effect() -> None:
    doc = run(
        "Coffee drinkers had 5% to 9% lower risk of dying. Carriers have a 56 to 84 percent higher risk of "
        "breast cancer. The drug cut the risk of death by 30 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 30.0)]


def test_effects_of_earlier_research_are_not_this_studys() -> None:
    doc = run(
        "Previous studies have shown that metformin alone reduces the risk of diabetes by about 30%. "
        "There was a 31% lower risk for women, as other studies have found.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 31.0)]


def test_a_list_of_lower_risks_continues_the_first_effect() -> None:
    doc = run(
        "The risk of relapse was 35 percent lower in men and 31 percent lower in women in the study.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 35.0), ("RRR", 31.0)]


def test_a_list_of_values_closed_by_respectively_is_one_effect_each() -> None:
    doc = run(
        "Their overall risk of death was 30% lower than the sedentary adults, with the risk of cardiovascular "
        "and cancer deaths lower by 40% and 18% respectively. Treatment decreased total cholesterol, "
        "triglycerides and LDL by 43%, 70% and 40%, respectively, compared with untreated rabbits.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("RRR", 30.0),
        ("RRR", 40.0),
        ("RRR", 18.0),
        ("pct_change", 43.0),
        ("pct_change", 70.0),
        ("pct_change", 40.0),
    ]
    # per-group rates closed by 'respectively' are no effects
    doc = run(
        "The rates were 55 percent and 39 percent, respectively, in the two groups.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    assert [o.effect for o in doc._.outcomes if o.effect] == []


def test_head_counts_are_of_people() -> None:
    # a count of studies, trials or places before the people word is no head count
    for text in (
        "One analysis of 19 studies of older adults found that 15 percent had complaints.",
        "The current study used a network including 14 states with pregnant women.",
        "The score is based on self-reported information, including 13 questions for men.",
    ):
        assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total is None, text
    doc = run(
        "The review looked at 10 unique avocado studies with 229 participants.",
        "trial_numbers",
        "trial_enrollment",
    )
    assert doc._.enrollment.total.value == 229
    # data, records or results of people
    for text, n in (
        (
            "The team analyzed data from the medical records of 2,644 patients who got transplants.",
            2644,
        ),
        ("The research team looked at dietary data from 160,191 women.", 160191),
        ("The results are based on data from 282 human study participants.", 282),
    ):
        assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total.value == n, text


def test_in_the_study_n_people() -> None:
    doc = run("In the study, 64 patients received the insert.", "trial_numbers", "trial_enrollment")
    assert doc._.enrollment.total.value == 64
    # two groups of people joined by 'and' are the study's participants, summed (corpus/README.md)
    doc = run(
        "In the study, 15 men and 15 women drank beet juice.", "trial_numbers", "trial_enrollment"
    )
    assert doc._.enrollment.total.value == 30
    for text in (
        "For every 1,000 people screened in the study, four children were at risk.",
        "In the study, 154 women got Tykerb, 149 Herceptin and the other 152 both drugs.",
        "In the study, 119 people (37%) reported no pain at six months.",
        "In the study, 10 patients had an episode of rejection.",
        "In the new study, 15 of 28 teens went into remission.",
    ):
        assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total is None, text


def test_treatment_length_needs_participants_being_treated() -> None:
    for text in (
        "Not only that, one injection appears to be effective for up to three months.",
        "A pack year means smoking one pack a day for 30 years, or two packs daily for 15 years.",
        "It is available in supplement form, and costs about $2 for a month's supply.",
        "Although there is no standard treatment, for five years chemotherapy held her disease at bay.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    for text, weeks in (
        ("Some of the women took a creatine supplement for 12 weeks.", 12),
        ("They gave 205 women either Lexapro or a placebo for eight weeks.", 8),
        ("The treatments lasted for eight weeks.", 8),
    ):
        fu = run(text, "trial_follow_up")._.follow_up
        assert fu is not None and fu.value == (weeks, "weeks", "total"), text
    fu = run("All used the product for three months.", "trial_follow_up")._.follow_up
    assert fu is not None and fu.value == (3, "months", "total")
    assert run("The device can only be used for six months.", "trial_follow_up")._.follow_up is None


def test_over_n_years_as_an_age_or_a_schedule() -> None:
    for text in (
        "The vaccine is approved for all adults over 18 years.",
        "The median age of survival is now over 50 years.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    fu = run("The study involved 12,000 people over five years.", "trial_follow_up")._.follow_up
    assert fu is not None and fu.value == (5, "years", None)
    # a count of sessions or doses over a time: how treatment was given
    fu = run(
        "Half the patients received electroacupuncture nine times over three weeks.",
        "trial_follow_up",
    )._.follow_up
    assert fu is not None and fu.value == (3, "weeks", "total")
    fu = run(
        "Patients who had no relief with other treatments fared better than others over five years.",
        "trial_follow_up",
    )._.follow_up
    assert fu is not None and fu.value == (5, "years", None)


def test_no_arm_from_alternatives_side_effects_or_study_words() -> None:
    for text in (
        "In the study, 100 participants received either the flu vaccine patch, a standard flu shot or a placebo.",
        "Eighty-three men took various doses of DMAU or a placebo for a month.",
        "In the trial, 61 obese adults were randomly assigned to one of two surgical procedures.",
        "Serious adverse reactions included: ectopic pregnancy (10 subjects); pelvic inflammatory disease (6 subjects).",
        "Toxicity was low, with no major complications encountered in this initial group of 58 patients.",
        "Molson was one of a small cohort of 24 people with MS who received the therapy.",
        "A total of 61 people took part in the research.",
        "The results of the randomized, controlled crossover study (n=47) showed that oatmeal helped.",
    ):
        arms = run(text, "trial_arms")._.arms
        assert all(a.n is None for a in arms), text
    arms = run(
        "Among the 11 women who took the drug in the trial, one improved.", "trial_arms"
    )._.arms
    assert [a.n.value for a in arms if a.n] == [11]
    arms = run(
        "Patients underwent ESG (91 patients), sleeve gastrectomy (120 patients) or banding (67).",
        "trial_arms",
    )._.arms
    assert [a.n.value for a in arms if a.n] == [91, 120]


def test_more_ways_of_stating_the_head_count() -> None:
    for text, n in (
        ("For this phase 2 study, 39 patients with advanced heart failure were chosen.", 39),
        ("The authors focused on about 500 healthy British men and women.", 500),
        ("The researchers followed a group of 48 post-menopausal women.", 48),
        (
            "Mao and his colleagues tested the treatments in 120 women who were cancer survivors.",
            120,
        ),
        (
            "He reports results from a phase II clinical trial in which 457 patients received R788.",
            457,
        ),
        ("The 351 participants in the study suffered from high cholesterol.", 351),
    ):
        assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total.value == n, text
    doc = run("The 35 patients in the placebo group improved.", "trial_numbers", "trial_enrollment")
    assert doc._.enrollment.total is None


def test_hypothetical_preceding_or_program_durations_are_not_follow_up() -> None:
    for text in (
        "That means screening 1,250 women five times over a 10-year period would save one life.",
        "You would expect 50% to die over a period of five years.",
        "Women who are diagnosed should be given tamoxifen for five years.",
        "There was an 18 percent reduction, as compared with the preceding 10-year period.",
        "A five-day program costs $2,200.",
        "After a two-week waiting period, the researchers injected the solution.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_general_statements_and_survival_give_no_follow_up() -> None:
    for text in (
        "If you have no coronary calcium, then your chances of having a heart attack over the next 10 years are "
        "very low, he says.",
        "Colic is usually defined as crying for at least three hours a day over more than three weeks.",
        "What we don't know yet is if you can intervene at 9 or 12 months.",
        "Patients with the mutation achieved remission. Their median survival was just over a year.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    # the study's own length stays, and a time point of results in a plain report
    for text, value in (
        (
            "The participants completed the tests each year during the four-year study, and most generally "
            "improved.",
            (4.0, "years", None),
        ),
        ("After six months, 40 percent of the patients had improved.", (6.0, "months", None)),
    ):
        fu = run(text, "trial_follow_up")._.follow_up
        assert fu is not None and fu.value == value, text


def test_a_time_point_in_a_sentence_without_past_or_reporting_verb_is_general() -> None:
    for text in (
        "For one in four patients, atrial fibrillation comes back five years after the procedure.",
        "But taking a handful of pills daily for up to a year is difficult.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    for text, value in (
        (
            "Researchers have shown that the diet works even with two sessions over six months.",
            (6.0, "months", None),
        ),
        ("Five years after the procedure, 20 percent had a recurrence.", (5.0, "years", None)),
    ):
        fu = run(text, "trial_follow_up")._.follow_up
        assert fu is not None and fu.value[:2] == value[:2], text


def test_over_n_at_the_end_of_an_assignment_is_treatment_length() -> None:
    fu = run(
        "293 patients were randomly assigned to receive varying doses of one of the two drugs or a placebo over 52 "
        "weeks. At weeks 16 and 40, efficacy of the drugs was measured.",
        "trial_follow_up",
    )._.follow_up
    assert fu is not None and fu.value == (40.0, "weeks", None)


def test_time_points_of_a_second_study_are_not_the_articles_own() -> None:
    text = (
        "Patients on the drug were still alive after six months, compared with 64% on chemotherapy. A second study "
        "showed that another drug helped. Twenty-one percent of that group was alive after three years."
    )
    fu = run(text, "trial_follow_up")._.follow_up
    assert fu is not None and fu.value == (6.0, "months", None)
    # the latest time point still wins when no second study is brought in
    fu = run(text.replace("A second study", "The study"), "trial_follow_up")._.follow_up
    assert fu is not None and fu.value == (3.0, "years", None)


def test_one_persons_story_gives_no_follow_up() -> None:
    for text in (
        "When he received the gene therapy, his liver was damaged. Four days after the injection, he was dead.",
        "“I was on birth control for a year after we got married,” Soto told reporters.",
        "After five months on the drugs, she flew last week to Reno.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text
    for text, value in (
        ("After 12 weeks, 40 percent had improved, she said.", (12.0, "weeks", None)),
        (
            "In a study, he described how they randomly assigned 119 men and women to take resveratrol for a year.",
            (1.0, "years", "total"),
        ),
        (
            "The drug reduced type I procollagen at 2 weeks post injection, the team found.",
            (2.0, "weeks", None),
        ),
    ):
        fu = run(text, "trial_follow_up")._.follow_up
        assert fu is not None and fu.value == value, text


def test_a_bare_time_point_of_another_study_is_not_taken_for_want_of_one() -> None:
    text = (
        "The new study found a link. A previous study of U.S. adults found that a higher intake of vitamin E was "
        "related to a lower risk of developing Alzheimer's over two years."
    )
    assert run(text, "trial_follow_up")._.follow_up is None


def test_a_follow_up_that_would_be_needed_is_not_stated_follow_up() -> None:
    fu = run(
        "Patients would need to be followed for 10 years or more to find differences in mortality. Problems were "
        "more common when studied three years after treatment.",
        "trial_follow_up",
    )._.follow_up
    assert fu is not None and fu.value == (3.0, "years", None)
    assert (
        run("Patients should be monitored for five years.", "trial_follow_up")._.follow_up is None
    )
    fu = run("Patients were followed for five years.", "trial_follow_up")._.follow_up
    assert fu is not None and fu.value == (5.0, "years", None)


def test_baseline_tracking_is_no_follow_up() -> None:
    doc = run(
        "They got the drug or placebo over a 14-week period. Seizure frequency was tracked for one month prior "
        "to the study for baseline readings.",
        "trial_follow_up",
    )
    assert doc._.follow_up.value == (14.0, "weeks", None)
    fu = run(
        "Weight loss achieved with the two drugs was sustained during 56 weeks.", "trial_follow_up"
    )._.follow_up
    assert fu is not None and fu.value == (56.0, "weeks", None)


def test_two_groups_joined_by_and_are_summed() -> None:
    for text, n in (
        ("The study involved 19 women and 15 men who were all chronic smokers.", 34),
        (
            "The analysis included over 5,700 colorectal cancer cases and 7,100 controls from Asia.",
            12800,
        ),
        ("The new study included 27 people with mild asthma and 24 healthy people.", 51),
    ):
        total = run(text, "trial_numbers", "trial_enrollment")._.enrollment.total
        assert total.value == n, text
        assert len(total.spans) == 2
    doc = run(
        "The study involved 19 women, and 15 of them improved.", "trial_numbers", "trial_enrollment"
    )
    assert doc._.enrollment.total.value == 19


def _condition(text: str) -> str | None:
    c = run(text, "trial_enrollment", "trial_context")._.context.condition
    return None if c is None else c.value


def test_condition_prefers_the_participants_disease_to_an_outcome() -> None:
    # 'Risk of Fracture' is what the drug reduces; the women have osteoporosis
    assert (
        _condition(
            "Injected Drug Reduces Risk of Fracture among Women with Osteoporosis\n\n"
            "The drug cut fractures. It was given daily."
        )
        == "Osteoporosis"
    )
    # a list of outcomes: 'Heart Attack, Stroke'; the participants' disease is in the lead
    assert (
        _condition(
            "Meditation Might Cut Risk of Heart Attack, Stroke\n\n"
            "The study followed 201 patients with coronary heart disease."
        )
        == "coronary heart disease"
    )
    # with no other disease named, the outcome is the condition (a prevention study)
    assert _condition("Tomato Helps Cut the Risk of a Stroke\n\nMen ate tomatoes.") == "Stroke"


def test_condition_of_the_participants_beats_the_headline_disease() -> None:
    assert (
        _condition(
            "Cannabidiol slashes seizures in kids with rare epilepsy\n\n"
            "A total of 120 patients with Dravet syndrome were randomly assigned to the drug."
        )
        == "Dravet syndrome"
    )


def test_condition_eponyms_site_lists_disease_lists_and_prematurity() -> None:
    # an eponym's possessive is part of the disease's name, not a drug's or a company's
    assert (
        _condition("New Drug Shows Promise Against Huntington's Disease\n\nIt helped.")
        == "Huntington's Disease"
    )
    # sites joined by 'and' share the disease word
    assert (
        _condition("Breath test could help detect stomach and oesophageal cancers\n\nIt worked.")
        == "stomach and oesophageal cancers"
    )
    assert _condition("Drug helps in head and neck cancer\n\nIt worked.") == "head and neck cancer"
    # participants with two diseases
    assert (
        _condition("Sleep aid.\n\nIt recruited 39 volunteers with prediabetes and sleep apnea.")
        == "prediabetes and sleep apnea"
    )
    assert _condition("Experimental Test May Warn of Premature Births\n\nIt works.") == (
        "Premature Births"
    )
    assert _condition("A Chef Reversed Prediabetes With An App\n\nHe did.") == "Prediabetes"
    assert _condition("Diet can slow down cognitive decline\n\nIt did.") == "cognitive decline"
    assert _condition("Laser treatment helps kids with dyslexia\n\nIt did.") == "dyslexia"
    # a verb before the disease is not part of it
    assert _condition("Blood test may detect pancreatic cancer early\n\nIt did.") == (
        "pancreatic cancer"
    )
    assert (
        _condition("Laser therapy kills prostate cancer in trial\n\nIt did.") == "prostate cancer"
    )
    assert _condition("Drug eases atopic dermatitis\n\nIt did.") == "atopic dermatitis"
    # a disease word in a journal's name is not the study's condition
    assert (
        _condition(
            "Botox may prevent irregular heartbeat after surgery\n\nIt was published in the journal "
            "Circulation: Arrhythmia and Electrophysiology. Patients with atrial fibrillation were treated."
        )
        == "atrial fibrillation"
    )


def test_condition_symptom_and_problem_words_and_plural_possessives() -> None:
    # conditions named by their main complaint are disease words
    assert _condition("IUD Might Ease Heavy Menstrual Bleeding\n\nIt did.") == (
        "Heavy Menstrual Bleeding"
    )
    assert _condition("Vitamin D3 Might Ease Menstrual Cramps\n\nIt did.") == "Menstrual Cramps"
    assert _condition("Soothing the stomach\n\nProbiotics shorten acute diarrhea.") == (
        "acute diarrhea"
    )
    assert _condition("Can an iPad help?\n\nAdults with age-related vision loss read.") == (
        "age-related vision loss"
    )
    assert _condition("New Drug Treats Fibroids With Fewer Side Effects\n\nIt did.") == "Fibroids"
    assert _condition("Jet lag research finds new treatment\n\nIt did.") == "Jet lag"
    assert _condition("Mindfulness May Help Ease Sleep Problems for Seniors\n\nIt did.") == (
        "Sleep Problems"
    )
    assert _condition("Onion Cream Treats New Stretch Marks\n\nIt did.") == "Stretch Marks"
    assert _condition("Hormones for menopausal symptoms\n\nThey help.") == "menopausal symptoms"
    assert _condition("For women with history of pregnancy loss, walking helps\n\nIt did.") == (
        "pregnancy loss"
    )
    # a verb and a plural possessive are not the disease's modifiers
    assert _condition("Night-lights may help lessen jet lag\n\nIt did.") == "jet lag"
    assert _condition("New docs' suicidal thoughts eased with online therapy\n\nIt did.") == (
        "suicidal thoughts"
    )
    assert _condition("Supplements May Cut Babies' Colds\n\nIt did.") == "Colds"
    # the headline's disease that causes another is the condition
    assert (
        _condition(
            "Stem Cells May Reverse Vision Loss Caused By Age-Related Macular Degeneration\n\nIt did."
        )
        == "Age-Related Macular Degeneration"
    )


def test_condition_from_the_participants_adjective() -> None:
    # 'severely obese adults': the disease is the adjective's noun
    assert (
        _condition("Fasting helps\n\nResearchers put 23 severely obese volunteers on the diet.")
        == "obesity"
    )
    assert (
        _condition("Diet study\n\nIn the study, 33 overweight and obese adults ate whole grains.")
        == "overweight and obesity"
    )
    # weaker than a disease named with the participants or in the headline
    assert (
        _condition(
            "Surgery study\n\nIn the trial, 61 obese adults with diabetes were randomly assigned."
        )
        == "diabetes"
    )
    assert (
        _condition(
            "Diabetes drug tied to lower lung cancer risk\n\nIt followed 47,351 diabetic patients."
        )
        == "lung cancer"
    )


def test_condition_in_the_sentence_that_states_the_size_beats_the_lead() -> None:
    # 'diabetes' in the lead is background; the analysis of 500,000 patients is about metabolic syndrome
    assert (
        _condition(
            "Why to Eat Like a Greek\n\nThe diet improves risk factors linked to diabetes. It is good. "
            "It is tasty. It is cheap. It is old. It is Greek. In a new analysis of 50 studies involving "
            "500,000 patients, the diet had effects against the metabolic syndrome."
        )
        == "metabolic syndrome"
    )


def test_condition_is_not_a_disease_in_a_study_or_journal_name() -> None:
    assert (
        _condition(
            "Pressure study\n\nIt treated mild high blood pressure. They used data from 3,733 "
            "participants in the Multi-Ethnic Study of Atherosclerosis (MESA)."
        )
        == "mild high blood pressure"
    )


def test_condition_terms_are_not_verbs_names_or_generic_words() -> None:
    assert _condition("New drug clears psoriasis in clinical trials\n\nIt worked.") == "psoriasis"
    assert (
        _condition("Eating more fish could prevent Parkinson's disease\n\nFish helps.")
        == "Parkinson's disease"
    )
    assert (
        _condition(
            "Diet helps\n\nThe study was led by the Obesity Prevention Center. It was published "
            "in the journal Stroke. It may help the disease, says a doctor. People with diabetes ate."
        )
        == "diabetes"
    )
    assert (
        _condition("Women fare well\n\nHealthy women who have never had breast cancer took it.")
        == "breast cancer"
    )


def test_venue_meetings_with_ordinals_and_appositions() -> None:
    assert (
        venue_of(
            "It was presented at the American College of Cardiology’s 66th Annual Scientific Session."
        )
        == "American College of Cardiology’s 66th Annual Scientific Session"
    )
    assert (
        venue_of(
            "It was presented today at the 58th Annual Meeting of the American Society for Radiation."
        )
        == "58th Annual Meeting of the American Society for Radiation"
    )
    assert (
        venue_of(
            "It will be presented Friday, April 1, at ENDO 2016, the annual meeting of the Endocrine Society."
        )
        == "ENDO 2016, the annual meeting of the Endocrine Society"
    )
    assert (
        venue_of(
            "Kromhout, who led the study, told the European Society of Cardiology the lack of effect"
        )
        == "European Society of Cardiology"
    )


def test_venue_journals_as_printed() -> None:
    assert (
        venue_of("Published online by the New England Journal of Medicine, the findings are clear.")
        == "New England Journal of Medicine"
    )
    assert (
        venue_of(
            "The study is published in this week’s issue of the New England Journal of Medicine."
        )
        == "New England Journal of Medicine"
    )
    assert (
        venue_of(
            "It was published in the official journal of the American Urological Association, "
            "The Journal of Urology, this month."
        )
        == "Journal of Urology"
    )


def test_sponsor_phrasings() -> None:
    cases = {
        "GW Pharmaceuticals funded the clinical trial.": "GW Pharmaceuticals",
        "The cancer society, which funded these studies, said so. Salix funded the new study.": "Salix",
        "This study received funding from F. Hoffmann-La Roche Ltd.": "F. Hoffmann-La Roche Ltd",
        "Researchers, with financial support from American Leprosy Missions, made it.": (
            "American Leprosy Missions"
        ),
        "In the study, funded by an unrestricted research grant from Procter & Gamble, kids slept.": (
            "Procter & Gamble"
        ),
        "The trial was funded by drug maker Pfizer.": "Pfizer",
        "It was supported by funds received from R01-CA096997, Pennies-in-Action, and others.": (
            "Pennies-in-Action"
        ),
        "It was funded by the government of France.": "government of France",
        "Colorado State University.Susan G. Komen for the Cure funded this research.": (
            "Susan G. Komen for the Cure"
        ),
        "GlaxoSmithKline, the maker of Tykerb, helped fund the study.": "GlaxoSmithKline",
        "The National Institutes of Health paid for most of the study.": "National Institutes of Health",
        "The study was supported with grants from the National Institutes of Health.": (
            "National Institutes of Health"
        ),
        "In a study published in Sleep and subsidized by Ventus, apnea fell.": "Ventus",
    }
    for text, org in cases.items():
        assert sponsor_of(text) == org, text
    # a researcher's disclosure, or other work's funding, is not the study's sponsor
    assert sponsor_of("Dr. Ramsey, who has received research grants from Vertex, said so.") is None
    assert sponsor_of("He examined the juice in his own lab (with funding from Pom).") is None
    assert (
        sponsor_of("The study was funded by European pharmaceuticals company NeuroSearch A/S.")
        == "NeuroSearch A"
    )
    assert sponsor_of("The trial was funded by medical device maker Medtronic.") == "Medtronic"
    # several funders: the printed phrase, commas and all
    assert (
        sponsor_of("The study was funded by the National Heart, Lung, and Blood Institute.")
        == "National Heart, Lung, and Blood Institute"
    )
    assert (
        sponsor_of(
            "It was funded by Wellcome, the British Heart Foundation and the Medical Research Council."
        )
        == "Wellcome, the British Heart Foundation and the Medical Research Council"
    )
    # funders named in separate sentences about the study are joined with '; '
    assert (
        sponsor_of(
            "The study was funded by the National Eye Institute. Additional research funding for this "
            "study was provided by the National Institute on Aging."
        )
        == "National Eye Institute; National Institute on Aging"
    )
    # ... not a researcher's own funding, nor the funder of something else
    for other in (
        "Ribas' research is funded by the Parker Institute.",
        "Farvid was supported by the Japan Pharmaceutical Manufacturers Association.",
        "Dr. Gunter is supported by the National Institutes of Health.",
        "They built a diagnostic test, which was funded by NIAID.",
    ):
        assert sponsor_of("The study was funded by Dynavax. " + other) == "Dynavax", other
    # a funder named in a sentence about other studies is theirs, not this study's
    assert (
        sponsor_of("Other walnut studies presented there, funded by the Walnut Commission, agreed.")
        is None
    )
    assert (
        sponsor_of(
            "Still another study, this one financed by the National Institutes of Health, agreed."
        )
        is None
    )


def test_venue_more_phrasings() -> None:
    cases = {
        "The new research, published today (Thursday) in The Lancet Oncology, shows it.": (
            "The Lancet Oncology"
        ),
        "It helps, according to new research in the American Heart Association's journal "
        "Circulation.": "Circulation",
        "Writing in the April issue of the British Journal of Urology International, they said so.": (
            "British Journal of Urology International"
        ),
        "The results, published in March in the New England Journal of Medicine, were clear.": (
            "New England Journal of Medicine"
        ),
        "A study published Wednesday by King's College London in JAMA Psychiatry found it.": (
            "JAMA Psychiatry"
        ),
        "The findings were published online in Frontiers in Psychiatry.": "Frontiers in Psychiatry",
        "It helped.\n\nSOURCE: bit.ly/2jkqUFE JAMA, online September 12, 2017.": "JAMA",
        "It was published in Neurology in May.": "Neurology",
    }
    for text, venue in cases.items():
        assert venue_of(text) == venue, text


def test_venue_after_a_day_a_bracket_or_a_planned_presentation() -> None:
    cases = {
        "The report is in today's Journal of the American Medical Association.": (
            "Journal of the American Medical Association"
        ),
        "Findings, published in this week's Journal of the American Medical Association: "
        "Participants ate less.": "Journal of the American Medical Association",
        "A study published today [May 3] in Oncotarget shows that it works.": "Oncotarget",
        "It has been published online by the journal the Lancet.": "Lancet",
        "Released online Tuesday in the Journal of the American Medical Assn., the study found it.": (
            "Journal of the American Medical Assn"
        ),
        "Researchers will present their findings in April at the American Academy of Neurology's "
        "62nd Annual Meeting in Toronto.": "American Academy of Neurology's 62nd Annual Meeting",
        "It was published in Alcoholism: Clinical & Experimental Research.": (
            "Alcoholism: Clinical & Experimental Research"
        ),
        "The scientists, writing online on Oct. 4 in The New England Journal of Medicine, found it.": (
            "New England Journal of Medicine"
        ),
        "But the two papers in the Oct. 16 online issue of the New England Journal of Medicine report "
        "it.": "New England Journal of Medicine",
        "The study is presented today (4 September, 2016) at the European Respiratory Society's "
        "International Congress.": "European Respiratory Society's International Congress",
        "The study is published in the open-access journal Frontiers in Nutrition.": (
            "Frontiers in Nutrition"
        ),
        "She'll report it at the International Meeting for Autism Research in Philadelphia.": (
            "International Meeting for Autism Research"
        ),
        "It was presented at the European Society of Cardiology Congress on Sunday.": (
            "European Society of Cardiology Congress"
        ),
    }
    for text, venue in cases.items():
        assert venue_of(text) == venue, text


def test_venue_does_not_run_into_the_next_paragraph() -> None:
    text = (
        "It was published Dec. 6 in the journal Arthritis Research & Therapy.\n\n"
        "But Cynthia Aranow of the Institute for Medical Research in Manhasset disagreed."
    )
    assert venue_of(text) == "Arthritis Research & Therapy"


def test_venue_acronym_is_spelled_out_where_the_text_does() -> None:
    text = (
        "Shingles vaccine works in phase III study published in NEJM\n\n"
        "The results were published in the New England Journal of Medicine (NEJM)."
    )
    assert venue_of(text) == "New England Journal of Medicine"


def test_condition_drug_named_for_another_disease_and_curly_apostrophes() -> None:
    assert (
        _condition("Incontinence Drug May Cut Hot Flashes in Breast Cancer Survivors\n\nIt did.")
        == "Breast Cancer"
    )
    assert (
        _condition("Period Pain Drug Can Cure Alzheimer’s Disease, Study Suggests\n\nIt might.")
        == "Alzheimer’s Disease"
    )
    assert _condition("Oral therapy improves hay fever\n\nIt helps.") == "hay fever"


def test_condition_names_recurring_diseases_outside_the_old_list() -> None:
    # diseases that recur in health news: colds, colic, morning sickness, essential tremor, mesothelioma ...
    assert _condition("Zinc May Shorten Colds\n\nIt helped a little.") == "Colds"
    assert (
        _condition("Laser Therapy Shows Promise Against Eye Floaters\n\nIt did.") == "Eye Floaters"
    )
    assert (
        _condition("Surgery helps\n\nThe study enrolled 73 patients with pleural mesothelioma.")
        == "pleural mesothelioma"
    )
    assert (
        _condition("Ultrasound eases shaking\n\nIt treated 76 people with essential tremor.")
        == "essential tremor"
    )
    assert _condition("Heart-Failure Device Helps\n\nIt did.") == "Heart-Failure"


def test_condition_bare_cancer_gives_way_to_the_kind_of_cancer_named() -> None:
    assert (
        _condition(
            "Cancer Breakthrough: Personalized Melanoma Vaccines Safe\n\nSix patients took part."
        )
        == "Melanoma"
    )
    assert (
        _condition(
            "Fish Oil Helps Cancer Patients Keep Muscle\n\nThe study involved 40 lung cancer patients."
        )
        == "lung cancer"
    )
    # many kinds named: the class word stays
    assert (
        _condition(
            "Drug is active against a range of cancer types\n\nIt helped breast cancer patients."
        )
        == "cancer"
    )


def test_condition_leaves_out_a_verb_before_the_disease() -> None:
    assert (
        _condition("Starving prostate cancer with what you eat\n\nMen ate less.")
        == "prostate cancer"
    )
    assert (
        _condition("Drug helps\n\nIt helped 40 men who suffered heart failure in the trial.")
        == "heart failure"
    )


def test_halves_named_reductions_mean_differences_and_folds_of_effectiveness() -> None:
    doc = run(
        "Keytruda halved the risk of disease progression. The absolute risk reduction was 0.27 percent. "
        "Activity brought a mortality rate reduction of 22%. The LS mean difference from placebo at Week 4 "
        "was -9.9 (95% CI: -13.0 to -6.8). TNKase was about twice as effective as alteplase. Children with "
        "higher stores averaged around 450 grams less body fat. Hospitalizations decreased by half, from "
        "three per year to 1.5.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("RRR", 50.0),
        ("ARR", 0.27),
        ("RRR", 22.0),
        ("difference", -9.9),
        ("other", 2.0),
        ("difference", 450.0),
    ]
    (with_ci,) = [e for e in effects if e.ci is not None]
    assert with_ci.ci.value == (-13.0, -6.8)


def test_n_times_as_effective_as_is_no_equivalence() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    text = "In fact, the combination was at least twice as effective as BRAF inhibition alone."
    found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
    assert found is None or found.value != "no_difference"


def test_a_worded_value_is_a_rounding_of_a_stated_one() -> None:
    doc = run(
        "Mammograms can lower the risk of dying from breast cancer by nearly half, a study suggests. Women "
        "who underwent screening reduced their risk of dying from breast cancer by 49 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 49.0)]
    assert len(effects[0].value.spans) == 2


def test_an_approximated_value_is_a_rounding_of_a_stated_one() -> None:
    doc = run(
        "Bisphosphonates may reduce the risk of colorectal cancer by almost 60 percent, a study suggests. "
        "Users had a 59 percent lower risk of colorectal cancer. Another drug cut the risk of stroke by about "
        "30 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 59.0), ("RRR", 30.0)]


def test_headline_mixed_framing_verb_forms_and_single_arm_finding() -> None:
    from extractor.components.conclusions import find_finding
    from extractor.components.facts import Fact
    from extractor.components.outcomes import MIXED_FIRST, Directions
    from extractor.components.text import TextView

    def direction(text: str, order: tuple[str, ...] = MIXED_FIRST) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text), order)
        return found.value if found else None

    assert direction("Good news, bad news for former estrogen users") == "mixed"
    assert direction("Mixed message on antidepressant for hot flashes") == "mixed"
    # in the body (the default order) 'mixed results' is not read: it is as often earlier research's
    assert direction("Soy has received mixed results over the years", ("benefit",)) is None
    assert (
        direction("Psilocybin eases the depression and soothes the anxiety of patients")
        == "benefit"
    )
    assert (
        direction("Modified cast results in similar functional outcomes for ankle fracture")
        == "no_difference"
    )
    text = "Stem cells restore motor function"
    view = TextView(text, [(0, len(text))])
    benefit = Fact("benefit", [(0, 5)], "dir.benefit")
    assert find_finding(view, [], benefit, None, "single_arm") is None
    assert find_finding(view, [], benefit, None, "rct") is benefit


def test_an_effect_stated_again_with_its_p_value_has_one_p_value() -> None:
    doc = run(
        "The hazard ratio was 0.57 (95% CI, 0.23-1.42; P = .22). Survival did not differ. The difference "
        "was not statistically significant (HR, 0.57; 95% CI, 0.23-1.42; P = .22). Nausea was more common "
        "(P = .04).",
        "trial_arms",
        "trial_outcomes",
    )
    p_values = [o.p_value.value for o in doc._.outcomes if o.p_value]
    assert p_values == [0.22, 0.04]


def test_a_sentence_printed_twice_states_its_p_value_once() -> None:
    doc = run(
        "Patients were discharged sooner than those receiving standard of care (p=0.024). Costs fell. "
        "Patients were discharged sooner than those receiving standard of care (p=0.024).",
        "trial_arms",
        "trial_outcomes",
    )
    assert [o.p_value.value for o in doc._.outcomes if o.p_value] == [0.024]


def test_the_lead_reads_the_study_not_the_diseases_background() -> None:
    from extractor.api import extract_text

    text = (
        "Psoriasis drug trial results\n\n"
        "Psoriasis affects about 3 percent of people worldwide. People with psoriasis have a higher risk "
        "of heart attacks and strokes. In a new study, researchers randomly assigned 1,296 patients "
        "to the drug or a placebo for 60 weeks. The drug reduced the severity of symptoms, the researchers "
        "found.\n\nThe study was published in the New England Journal of Medicine."
    )
    record = extract_text(text)
    assert record.is_trial_report and record.trial is not None
    assert record.trial.finding == "benefit"


def test_ls_means_difference_from_placebo_keeps_its_decimals() -> None:
    doc = run(
        "The effects were significant at Week 65 (LS means difference from placebo: 3.47, nominal "
        "p = 0.007).",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("difference", 3.47)]
    assert effects[0].p is not None and effects[0].p.value == 0.007


def test_a_change_from_one_value_to_another_within_a_group_is_no_effect() -> None:
    doc = run(
        "Seizure frequency dropped in the treated group by 39 percent from a median of nearly 12 seizures "
        "per month before the study to about six. The drug cut the risk of death by 20 percent, from 10 "
        "percent in the placebo group to 8 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 20.0)]


def test_a_doubled_or_tripled_number_of_people_is_other() -> None:
    doc = run(
        "Ipilimumab nearly doubled the number of patients surviving one year. Scientists just doubled the "
        "number of known contagious cancers.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("other", 2.0)]


def test_a_share_in_words_is_a_relative_reduction() -> None:
    doc = run(
        "Nivolumab cut the risk of relapse by a third. Those on the new drug were about one-quarter less "
        "likely to have a stroke than those on warfarin. Activity reduced strokes by half and deaths by "
        "two-thirds. The dose was reduced by one-third.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert sorted((e.type, e.value.value) for e in effects) == [
        ("RRR", 25.0),
        ("RRR", 33.0),
        ("RRR", 50.0),
        ("RRR", 67.0),
    ]
    halved = run(
        "Women can halve their risk of a call-back. Most patients could halve their number of "
        "night-time urinations.",
        "trial_arms",
        "trial_outcomes",
    )
    assert [(o.effect.type, o.effect.value.value) for o in halved._.outcomes if o.effect] == [
        ("RRR", 50.0)
    ]


def test_a_share_in_words_is_a_rounding_of_a_stated_value() -> None:
    doc = run(
        "The drug cut the risk of death by more than a third. Deaths were reduced by 35 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 35.0)]


def test_headline_directions_after_modals_and_with_fail_to() -> None:
    from extractor.components.outcomes import MIXED_FIRST, Directions
    from extractor.components.text import TextView

    expected = {
        "Heart Stents Fail to Ease Chest Pain": "no_difference",
        "Nicotine Replacement Treatments May Not Work Long-Term": "no_difference",
        "Weekend stroke care more aggressive but not better": "no_difference",
        "Radiation From CT Scans May Raise Cancer Risk": "harm",
        "Certain Arthritis Patients Fare Worse After Joint Replacement": "harm",
        "Study: Lower salt intake could be riskier than thought": "harm",
        "Sun Pharma Announces Positive Topline Results of Phase-3 Clinical Trial": "benefit",
        "Less Frequent Mammograms Yield Fewer False-Positive Results": None,
        "Moms who take folic acid, iron have smarter kids": "benefit",
        "Colonoscopy Prep in a Pill May Be Easier to Swallow": "benefit",
        "Immune Response Better With Skin Scratch Vaccination": "benefit",
        "A stronger link between obesity and cancer": None,
        "Continuous movement while sitting may increase metabolic rate": None,
    }
    for text, label in expected.items():
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text), MIXED_FIRST)
        assert (found.value if found else None) == label, text


def test_a_relative_difference_with_than_is_a_change_of_a_measure_or_of_a_risk() -> None:
    doc = run(
        "Those in the acupuncture group had hot flash scores that were 50 percent lower than those in the "
        "other group. Patients admitted on weekends were 20 percent more likely than those admitted during "
        "the week to get the drug. The risk of MS among daughters of women with the most vitamin D was 45% "
        "lower than among daughters of women with the least. Women had 41% fewer hot flashes than at the "
        "outset. The dose was 30 per cent lower than the patient's starting dose.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert sorted((e.type, e.value.value) for e in effects) == [
        ("RRR", 45.0),
        ("other", 20.0),
        ("pct_change", 50.0),
    ]


def test_a_confidence_interval_written_with_percent_in_words() -> None:
    doc = run(
        "Women eating the most vegetable protein had a hazard ratio of 0.41 (95 percent confidence interval "
        "= 0.19-0.88) compared to those eating the least.",
        "trial_arms",
        "trial_outcomes",
    )
    (effect,) = [o.effect for o in doc._.outcomes if o.effect]
    assert (effect.type, effect.value.value) == ("HR", 0.41)
    assert effect.ci is not None and effect.ci.value == (0.19, 0.88)


def test_decades_and_halves_in_words_are_durations() -> None:
    for text, value in (
        (
            "Scientists then followed the men on average for more than a decade.",
            (10.0, "years", None),
        ),
        ("The patients were tracked for nearly two decades.", (20.0, "years", None)),
        ("Participants were followed for two and a half years.", (2.5, "years", None)),
        (
            "After a year and a half of treatment, 71 percent of patients were alive.",
            (1.5, "years", None),
        ),
        ("They looked at rates of death over the following two decades.", (20.0, "years", None)),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    # a decade of someone's history is still no follow-up
    assert (
        run("She had been taking prednisone for two decades.", "trial_follow_up")._.follow_up
        is None
    )


def test_n_years_out_or_after_diagnosis_first_in_a_sentence_is_a_time_point() -> None:
    for text, value in (
        (
            "Five years out, those figures dipped to 68 percent for ICD patients.",
            (5.0, "years", None),
        ),
        (
            "By 10 years after diagnosis, 10% of men not taking the drugs had died.",
            (10.0, "years", None),
        ),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    # mid-sentence it is a disease's survival in general, or the time since diagnosis
    text = "Only 4 percent of patients survived five years after diagnosis, the researchers said."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_an_n_week_course_or_program_given_is_treatment_length() -> None:
    for text, value in (
        (
            "The scientists randomized 152 patients to a 10-week course of dextromethorphan.",
            (10.0, "weeks", "total"),
        ),
        (
            "About half were randomly assigned to receive a 12-week tai chi exercise program.",
            (12.0, "weeks", "total"),
        ),
        (
            "The women were placed on a 16-week regimen of aromatase inhibitors.",
            (16.0, "weeks", "total"),
        ),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    # a program no one is said to have been given is no treatment length
    assert (
        run("The clinic offers a 12-week exercise program.", "trial_follow_up")._.follow_up is None
    )
    # a stated follow-up still wins
    text = "Patients were assigned to a 10-week course of the drug and followed for two years."
    assert run(text, "trial_follow_up")._.follow_up.value == (2.0, "years", None)


def test_n_later_put_first_before_the_participants_or_a_group_is_a_time_point() -> None:
    for text, value in (
        (
            "Fifteen months later, the intervention group was still at 17 percent.",
            (15.0, "months", None),
        ),
        ("A day later, much of the staph on the treated arms was killed.", (1.0, "days", None)),
        ("Four years later, the children underwent a series of assessments.", (4.0, "years", None)),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    # a step of the study's procedure, not a read-out (only how long the diets lasted)
    fu = run(
        "A month later, participants were placed on one of three diets for a month.",
        "trial_follow_up",
    )._.follow_up
    assert fu is not None and fu.pattern_id == "fu.treatment_for"
    assert (
        run("Two years later, June's wife died of ovarian cancer.", "trial_follow_up")._.follow_up
        is None
    )


def test_a_time_point_first_in_its_sentence_after_a_joining_word_or_an_approximation() -> None:
    for text, value in (
        ("But two days later, most patients were satisfied.", (2.0, "days", None)),
        (
            "About three months later, participants underwent mental-functioning tests.",
            (3.0, "months", None),
        ),
    ):
        assert run(text, "trial_follow_up")._.follow_up.value == value, text
    text = "They said that two days later, most patients were satisfied."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_more_than_n_months_later_is_how_long_something_lasted() -> None:
    text = "More than 12 months later, 31% of patients treated with the drug continued to show a response."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_a_study_which_ran_for_n_months() -> None:
    text = "Clue's study, which ran for 13 months beginning in April 2015, found the device worked."
    assert run(text, "trial_follow_up")._.follow_up.value == (13.0, "months", None)


def test_day_to_day_and_what_an_increase_would_yield_are_no_follow_up() -> None:
    for text in (
        "Doctors can respond to anatomical changes observed on a day-to-day basis.",
        "This increase would yield almost 1 lb. of fat lost over 30 days, the researchers found.",
    ):
        assert run(text, "trial_follow_up")._.follow_up is None, text


def test_by_the_one_year_mark_is_a_time_point() -> None:
    text = "By the one-year mark following either treatment, recovery was reported by 95 percent of the patients."
    assert run(text, "trial_follow_up")._.follow_up.value == (1.0, "years", None)


def test_a_list_of_read_out_times_with_units_gives_the_last() -> None:
    text = "All patients were surveyed at 1 month, 4-5 months, 7-8 months and 10-11 months."
    assert run(text, "trial_follow_up")._.follow_up.value == (11.0, "months", None)
    text = "About 38 percent of the babies slept through the night at 1 month and 3 months of age."
    assert run(text, "trial_follow_up")._.follow_up is None


def test_followed_up_at_or_from_a_time_is_no_follow_up_length() -> None:
    text = "The participants were followed up at two months and four months."
    assert run(text, "trial_follow_up")._.follow_up.value == (4.0, "months", None)
    text = (
        "The analysis showed a 37-percent drop in cancer deaths observed from five years onwards."
    )
    assert run(text, "trial_follow_up")._.follow_up is None
    text = "Patients were tracked from four to 12 years."
    assert run(text, "trial_follow_up")._.follow_up.value == (12.0, "years", None)


def test_sentences_after_one_that_brings_in_another_study_tell_of_it() -> None:
    text = (
        "Aspirin may help men with prostate cancer. The study of 5,275 men found a lower risk of death. "
        "Patients were followed for seven years. "
        "A second study, presented at the same meeting, tested hormone therapy. "
        "This trial, the largest of its kind, involved about 1,200 men who were randomly assigned. "
        "An initial review suggested a 43 percent reduced risk of dying from prostate cancer."
    )
    doc = run(text, "trial_numbers", "trial_enrollment", "trial_arms", "trial_outcomes")
    assert doc._.enrollment.randomized is None
    assert [o.effect.value.value for o in doc._.outcomes if o.effect] == []
    # the run stops where the article turns back to its own study
    text = (
        "Aspirin users lived longer, a new study finds. The analysis followed 100,000 adults. "
        "Men were followed for 11 years. "
        "A previous study by others found daily aspirin reduced cancer death risk by 37%. "
        '"In our analysis, daily aspirin use was associated with about a 16% lower risk of dying from cancer."'
    )
    doc = run(text, "trial_numbers", "trial_enrollment", "trial_arms", "trial_outcomes")
    assert [o.effect.value.value for o in doc._.outcomes if o.effect] == [16.0]


def test_another_studys_size_past_the_lead_is_not_taken_for_want_of_one() -> None:
    text = (
        "Acupuncture is no better than a sham, a study finds. Patients with knee arthritis felt better either way. "
        "Critics say the study was poorly designed. The needles went less deep in the sham group. "
        "A 2007 study of 1,200 back-pain patients found that real and sham acupuncture both helped."
    )
    assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total is None
    # the participants came from another study: they are the article's own
    text = "The team took blood samples from 266 women who were also taking part in another study."
    assert run(text, "trial_numbers", "trial_enrollment")._.enrollment.total.value == 266


def test_another_studys_duration_past_the_lead_is_not_taken_for_want_of_one() -> None:
    text = (
        "Honey eases coughs, a study finds. Researchers recruited 105 children with coughs. "
        "They were randomly divided into three groups. Honey did best. "
        "In a similar study published in 2004, children had been coughing for an average of over three days."
    )
    assert run(text, "trial_follow_up")._.follow_up is None


def test_a_group_of_another_study_is_no_arm_size() -> None:
    text = (
        "Immune therapy plus chemo prolongs survival, a study finds. The trial enrolled 616 patients. "
        "Patients were followed for 10 months. "
        "Another study published Monday used immunotherapy before surgery. "
        "Nine of the 20 patients who got Opdivo had a major response."
    )
    doc = run(text, "trial_numbers", "trial_arms")
    assert [a.n for a in doc._.arms if a.n is not None] == []


def test_the_study_after_a_second_study_is_that_one_and_a_planned_trial_brings_in_nothing() -> None:
    text = (
        "Cannabidiol cut seizures in children, two studies show. Devinsky led a study involving 261 people. "
        "After three months, seizure frequency declined by an average 45 percent in all participants. "
        "A second study explored the long-term effectiveness of cannabidiol in about 25 kids for one year. "
        "The study found that after a year, the treatment resulted in a 50 percent reduction in seizures."
    )
    doc = run(text, "trial_numbers", "trial_enrollment", "trial_arms", "trial_outcomes")
    assert 50.0 not in [o.effect.value.value for o in doc._.outcomes if o.effect]
    text = (
        "Green coffee extract helped people lose weight, a small study finds. Sixteen adults took part. "
        "Subjects lost an average of 17.5 pounds. A larger trial involving 60 people is being planned. "
        "For six weeks, volunteers swallowed capsules three times a day."
    )
    view = run(text)._.view
    assert view.sentences[-1] not in other_study_sentences(view)


def test_headline_and_lead_framings_of_a_benefit_no_difference_or_harm() -> None:
    from extractor.components.outcomes import MIXED_FIRST, Directions
    from extractor.components.text import TextView

    expected = {
        "Arthritis Drug Shows Promise for Ulcerative Colitis": "benefit",
        "Acupuncture May Be Effective Painkiller in the ER": "benefit",
        "Studies Show Oral Testosterone Safe and Efficacious in Long-term Management": "benefit",
        "Patients who had bypass surgery were almost 20 percent less likely to die.": "benefit",
        "Its immunotherapy delayed the progression of kidney cancer.": "benefit",
        "Patients may find relief with Xeljanz.": "benefit",
        "Tonsil Removal Might Cure Bedwetting in Some Kids With Sleep Apnea": "benefit",
        "The drug was as effective as the standard one.": "no_difference",
        "Writing down all foods has been shown to be effective in weight loss.": None,
        "Patients were less likely to respond to a second course.": None,
        "Gene therapy is a promising approach.": None,
        "No Good Evidence That Folk Remedies Ease Colic": "no_difference",
        "Light Drinking During Pregnancy: No Harm to Baby?": "no_difference",
        "Pancreatic Chemo Comparison Finds No Survival Boost": "no_difference",
        "Men who had no evidence of heart disease at the start were given the drug.": None,
        "Infants in such families are at increased risk of developing autism.": None,
        "Men who are at a higher risk of prostate cancer were screened.": None,
        "Researchers looked for potentially harmful side effects.": None,
        "Hepatitis C Drug Raises Cure Rate in a Late Trial": "benefit",
        "Calcium supplements raised the risk of heart attacks.": "harm",
    }
    for text, label in expected.items():
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text), MIXED_FIRST)
        assert (found.value if found else None) == label, text


def test_hyphenated_percentages_and_n_times_the_risk_are_effects() -> None:
    doc = run(
        "After five years, women on the drug had nearly three times the risk of those who took it briefly. "
        "Longer treatment was tied to a 24-percent decrease in hip fractures. "
        "Each increase was associated with a 22-percent higher risk for gestational diabetes. "
        "Patients took up to three times the dose.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert sorted((e.type, e.value.value) for e in effects) == [
        ("RRR", 24.0),
        ("other", 3.0),
        ("other", 22.0),
    ]


def test_a_risk_or_count_of_events_that_dropped_by_a_percentage_is_a_risk_reduction() -> None:
    doc = run(
        "After receiving the scan, the number of patients suffering a heart attack within five years dropped "
        "by 40 per cent. Breast cancer risk rose by 13% for each extra drink. "
        "The drug lowered LDL cholesterol by 30 percent compared with placebo. "
        "In patients at high risk, statins reduced triglycerides by 20 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert sorted((e.type, e.value.value) for e in effects) == [
        ("RRR", 40.0),
        ("other", 13.0),
        ("pct_change", 20.0),
        ("pct_change", 30.0),
    ]


def test_a_reduction_of_deaths_from_a_cause_by_an_average_percentage_is_a_risk_reduction() -> None:
    doc = run(
        "The daily pill can reduce risk of contracting the virus by an average of 44%. "
        "The screenings also reduced deaths from any cause by 7%.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert sorted((e.type, e.value.value) for e in effects) == [("RRR", 7.0), ("RRR", 44.0)]


def test_directions_read_together_are_those_read_one_sentence_at_a_time() -> None:
    import json
    from pathlib import Path

    from extractor.components.outcomes import Directions
    from extractor.components.sentences import split_sentences
    from extractor.components.text import TextView, search_in, search_spans

    articles = Path(__file__).resolve().parents[2] / "corpus" / "articles"
    paths = sorted(articles.glob("*.json"))[:12]
    assert paths
    seen = 0
    for path in paths:
        text = json.loads(path.read_text("utf-8"))["text"]
        view = TextView(text, split_sentences(text))
        one_by_one = [
            (pat.id, m.span())
            for s, e in view.sentences
            for pat, m in search_in(view, "direction", s, e)
        ]
        together = [
            (pat.id, m.span()) for pat, m in search_spans(view, "direction", view.sentences)
        ]
        assert sorted(together) == sorted(one_by_one)
        seen += len(together)
        read = Directions(view)
        read.read(view.sentences)
        for s, e in view.sentences:
            assert read.between(s, e) == Directions(view).between(s, e)
    assert seen > 20  # the articles do hold direction words


def test_sponsor_after_descriptor_grant_ids_or_came_from() -> None:
    for text, org in (
        ("The study was also supported by the charity BRACE, which raises funds.", "BRACE"),
        (
            "The review was funded by the non-profit National Osteoporosis Foundation.",
            "National Osteoporosis Foundation",
        ),
        (
            "The research was supported by grants R01 MH084723 and K24 MH093225 from the National "
            "Institute of Mental Health.",
            "National Institute of Mental Health",
        ),
        (
            "Support for this study came from the Agency for Healthcare Research and Quality.",
            "Agency for Healthcare Research and Quality",
        ),
        (
            "The study was funded, in part, by the Flight Attendants Medical Research Institute.",
            "Flight Attendants Medical Research Institute",
        ),
        ("It was funded by drug makers Plexxikon and Roche.", "Plexxikon and Roche"),
        ("The report, funded by the maker of Avastin, Genentech, found it.", "Genentech"),
        ("He advises S-Biotek, a Danish company that provided funding for the study.", "S-Biotek"),
        ("NINDS paid for two of the trials.", "NINDS"),
    ):
        assert sponsor_of(text) == org, text
    # a country's abbreviation alone names no funder ('funded by U.S. tart cherry growers')
    assert (
        sponsor_of("The institute, which is funded by U.S. tart cherry growers, said so.") is None
    )


def test_effect_said_of_the_treatment_is_a_benefit() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    assert direction("Light therapy effective for treating depression, not just winter blues") == (
        "benefit"
    )
    assert direction("The drug is safe and can effectively treat an advanced lung cancer") == (
        "benefit"
    )
    assert direction("SBRT offers a higher cure rate than more traditional approaches") == "benefit"
    assert direction("A beta blocker was associated with a striking increase in survival") == (
        "benefit"
    )
    assert direction("The drug was not effective for treating depression") == "no_difference"
    assert direction("It is unclear how effective at fighting the disease the drug will be") is None


def test_effects_of_background_trends_goals_and_expectations_are_not_the_studys() -> None:
    doc = run(
        "The cervical cancer death rate dropped by 70 percent between 1955 and 1992. Use of the drugs has "
        "dropped by more than 50% in recent years. Exercise has been shown to reduce the risk of death by 30 "
        "percent. The WHO's goal is reducing TB deaths by 95 percent by 2035. Investors had been expecting a "
        "5 percentage point improvement. The drug cut the risk of death by 40 percent.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 40.0)]


def test_a_study_said_to_have_no_control_group_has_no_finding() -> None:
    from extractor.components.conclusions import find_finding
    from extractor.components.facts import Fact
    from extractor.components.text import TextView

    def finding(text: str, design: str | None = None) -> str | None:
        view = TextView(text, [(0, len(text))])
        benefit = Fact("benefit", [(0, 5)], "dir.benefit")
        found = find_finding(view, [], benefit, None, design)
        return found.value if found else None

    uncontrolled = (
        "Stem cell patch helps heart failure. All 12 patients improved. But the study didn't include "
        "a comparison group that did not receive stem cells."
    )
    assert finding(uncontrolled) is None
    assert (
        finding("Apps ease anxiety. The preliminary study did not include a control arm.") is None
    )
    # a randomized trial's open extension ('no untreated control group after that point') keeps its finding
    extension = (
        "Drug slows decline. After the placebo-control phase, all participants received treatment, "
        "so there was no untreated control group after that point."
    )
    assert finding(extension, "rct") == "benefit"
    # nor is a future study's lack of one this study's
    assert finding("Apps ease anxiety. A next trial will not include a control group.") == "benefit"
    assert finding("Apps ease anxiety compared with a control group.") == "benefit"


def test_good_results_or_outcomes_of_the_treatment_are_a_benefit() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    assert direction("Direct-to-implant reconstruction provides good results in older women") == (
        "benefit"
    )
    assert direction("Robotic nephrectomy has favorable outcomes in selected patients") == "benefit"
    assert direction("It was good news for the company") is None


def test_effects_of_a_study_dated_by_its_year_are_not_this_studys() -> None:
    doc = run(
        "The new trial will enroll 3,000 patients. A pilot study in 2013, published in a journal, suggested "
        "patients had a 40% lower risk of major complications. One study published in 2012 found that "
        "colonoscopy reduced the risk of death by 53 percent. The drug cut the risk of death by 30 percent.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 30.0)]


def test_a_negated_verb_with_a_curly_apostrophe_is_no_difference() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    assert (
        direction("Nicotine Replacement Doesn’t Help Smokers Quit, Study Finds") == "no_difference"
    )
    assert direction("Nicotine patches, gum don’t prevent relapse, study finds") == "no_difference"
    assert direction("The probiotic did not relieve constipation in children") == "no_difference"


def test_venue_ends_at_a_glued_dash_and_meeting_at_a_sentence_start() -> None:
    text = (
        "Two studies of 40 patients will be published back-to-back in the December issue of Journal of "
        "Nuclear Medicine--one as featured article of the month."
    )
    assert venue_of(text) == "Journal of Nuclear Medicine"
    text = "At the annual meeting of the Endocrine Society in Boston, Dandona reported a study of 14 adults."
    assert venue_of(text) == "annual meeting of the Endocrine Society"


def test_sponsor_after_a_lower_case_descriptor_or_through_grants() -> None:
    for text, org in (
        (
            "The study, which was funded by linagliptin's maker, Boehringer Ingelheim, enrolled 1,500 people.",
            "Boehringer Ingelheim",
        ),
        ("The new work, in 12 trials, was supported by aspirin-maker Bayer AG.", "Bayer AG"),
        (
            "The study of 300 women was funded by a grant from the government's Agency for Healthcare Research and Quality.",
            "Agency for Healthcare Research and Quality",
        ),
        (
            "The research was funded through project grants from the National Institutes of Health.",
            "National Institutes of Health",
        ),
        (
            "Autism Speaks, which partially funded this research, enrolled 79 babies.",
            "Autism Speaks",
        ),
    ):
        assert sponsor_of(text) == org, text
    assert (
        sponsor_of(
            "In research partly funded by the company, Wein's technology was tested on 40 people."
        )
        is None
    )


def test_name_is_the_acronym_after_a_spelled_out_study_name() -> None:
    text = (
        "The panel's advice drew on this study, called the Platelet Inhibition and Patient Outcomes (PLATO) "
        "trial, of 18,624 patients."
    )
    assert run(text, "trial_design")._.study.name.value == "PLATO"
    text = "The Acetaminophen Versus Ibuprofen in Children with Asthma (AVICA) trial enrolled 300 children."
    assert run(text, "trial_design")._.study.name.value == "AVICA"
    assert (
        run("Patients with atrial fibrillation (AF) study results.", "trial_design")._.study.name
        is None
    )


def test_venue_is_not_who_published_the_news_or_did_the_work() -> None:
    text = (
        "College courses may cut dementia risk, according to new research published by the American "
        "Psychological Association. The study of 359 adults was published online in the journal "
        "Neuropsychology."
    )
    assert venue_of(text) == "Neuropsychology"
    text = "An article published last month by Princeton researchers in the journal Labour Economics tracked 58,000 children."
    assert venue_of(text) == "Labour Economics"
    assert (
        venue_of("The study of 400 adults was published online by JAMA Psychiatry.")
        == "JAMA Psychiatry"
    )


def test_relative_differences_with_a_word_beside_the_direction() -> None:
    assert effects_of("That corresponds to a 20 percent relative reduction in risk.") == [
        ("RRR", 20.0)
    ]
    assert effects_of("Coffee drinkers had a 39 percent decreased risk of mouth cancer.") == [
        ("RRR", 39.0)
    ]
    assert effects_of("Bleeding rose, or a 40 percent relative increase in risk.") == [
        ("other", 40.0)
    ]
    assert effects_of(
        "They had a 68 percent increased overall risk of death, compared to others."
    ) == [("other", 68.0)]
    # a price is no risk
    assert effects_of("The clinic saw a 20 percent relative reduction in prices.") == []


def framing(headline: str) -> str | None:
    """The finding the headline's framing gives, above one plain body sentence."""
    from extractor.components.conclusions import headline_framing
    from extractor.components.text import TextView

    text = headline + "\n\nIn a new study, researchers treated 200 patients."
    view = TextView(text, [(0, len(headline)), (len(headline) + 2, len(text))])
    view.title_end = len(headline)
    found = headline_framing(view)
    return found.value if found else None


def test_headline_framing_words_the_body_does_not_read() -> None:
    from extractor.components.conclusions import headline_framing
    from extractor.components.text import TextView

    assert framing("Pill Treats Painful Fibroids") == "benefit"
    assert framing("Microwave Technique Fights Lung Tumors") == "benefit"
    assert framing("Fish Oil Use in Pregnancy Didn’t Make Babies Smart") == "no_difference"
    assert framing("Study: Poor Results From Lap-Band Surgery") == "harm"
    # the noun is no framing, nor are the body's words
    assert framing("Mammograms’ Value in Cancer Fight at Issue") is None
    text = "A new study\n\nThe pill treats fibroids."
    view = TextView(text, [(0, 11), (13, len(text))])
    view.title_end = 11
    assert headline_framing(view) is None


def test_headline_framing_of_a_result_as_a_benefit() -> None:
    assert framing("Seizure and Pain Drug May Treat Hot Flashes") == "benefit"
    assert framing("Patients with drug-resistant malaria cured by plant therapy") == "benefit"
    assert framing("Oregano, Thyme May Hold the Cure for Wasting Syndrome Disease") == "benefit"
    assert framing("Laser therapy with deep-sea drug kills prostate cancer in trial") == "benefit"
    assert (
        framing("Magnesium intake may be beneficial in preventing pancreatic cancer") == "benefit"
    )
    assert framing("Vaping may lead to fewer respiratory infections for ex-smokers") == "benefit"
    assert (
        framing("Drugmakers Call Experimental Alzheimer’s Drug Study Outcome Positive") == "benefit"
    )
    assert (
        framing("Scientists are using herpes to treat skin cancer — and it’s working") == "benefit"
    )
    assert framing("For Alzheimer's patients, resveratrol brings new hope") == "benefit"
    # a purpose, a negation, a search, a question; a single-arm study's or a test's words
    assert framing("New treatment uses gold nanoparticles to destroy tumorous cells") is None
    assert framing("No Cure For Baldness in Sight") is None
    assert framing("The search for a cure for Alzheimer's") is None
    assert framing("Cure For Cancer? FDA Announces New Drug") is None
    assert framing("Drug may not treat hot flashes") is None
    assert framing("Targeted Breast Cancer Drug Shrinks Tumors") is None
    assert framing("Hemophilia B Gene Therapy Breakthrough") is None
    assert framing("New Hope for Early Detection of Autism") is None


def test_headline_framing_of_a_bad_outcome_or_no_effect() -> None:
    assert framing("Drugs To Prevent Weak Bones Linked To Unusual Fractures In Women") == "harm"
    assert framing("Annual Mammograms May Have More False-Positives") == "harm"
    assert framing("40% of Gastric Banding Patients Have Complications") == "harm"
    assert framing("Lung Cancer Screening Often Raises False Alarm") == "harm"
    assert framing("Lung scans may lead to overdiagnosis: study") == "harm"
    assert framing("Study finds overuse of implanted defibrillators") == "harm"
    assert framing("Study Finds Low-Salt Diet Ineffective but Draws Criticism") == "no_difference"
    assert framing("No Cure For Morning Sickness Just Yet") == "no_difference"
    # no link, a good outcome, a place to go for complications, a disease named: no framing
    assert framing("Menopause hormone therapy not linked to premature death") is None
    assert framing("Drug tied to lower risk of fractures") is None
    assert framing("For post-op complications, go back to the same hospital") is None
    assert framing("Study links vitamin D levels to colon cancer risk") is None


def _finding_in_a_trial_of_200(headline: str, lead: str, journal: str) -> str | None:
    """The reported finding of a story: ``headline``, then ``lead`` and a sentence that states a randomized trial of
    200 patients published in ``journal``."""
    return reported_finding(
        f"{headline}\n\n{lead} The randomized trial of 200 patients was published in the journal {journal}."
    )


def _finding_of_a_protein_test(headline: str, lead: str) -> str | None:
    """The reported finding of a test's story: ``headline``, then ``lead`` and sentences that state the protein
    measured in 120 patients and the journal."""
    return reported_finding(
        f"{headline}\n\n{lead} Researchers measured the protein in 120 patients. The study was published in "
        "the journal Neurology."
    )


def test_a_framing_that_questions_the_benefit_and_a_question_are_read_as_such() -> None:
    def finding(headline: str, lead: str = "") -> str | None:
        return _finding_in_a_trial_of_200(headline, lead, "Circulation")

    # a framing that questions the benefit it names wins over the benefit word
    assert finding("Review raises questions over benefits of cutting salt") == "no_difference"
    assert finding("Study questions benefit of mammograms in women over 50") == "no_difference"
    assert finding("Cutting salt benefits the heart") == "benefit"
    # a question is no framing: the lead's answer is the finding, the question's words only without one
    assert (
        finding(
            "Can an iPad Help You See?",
            "The iPad is just as effective a visual aid as traditional devices, researchers found.",
        )
        == "no_difference"
    )
    assert finding(
        "Can an iPad Help You See?", "Researchers compared the iPad with magnifiers."
    ) == ("benefit")
    assert (
        finding("Sperm problems? Smartphone device could help men", "The device costs $5.")
        == "benefit"
    )


def test_results_similar_to_the_others_are_no_difference() -> None:
    def finding(lead: str) -> str | None:
        return _finding_in_a_trial_of_200("A new study of hearing aids", lead, "JAMA")

    assert (
        finding("The cheaper devices provided benefit similar to a conventional hearing aid.")
        == "no_difference"
    )
    assert finding("The new test achieved accuracy comparable to the standard test.") == (
        "no_difference"
    )
    assert finding("Slow metabolizers did just as well on a nicotine patch or the drug.") == (
        "no_difference"
    )
    assert finding("The children given the probiotic did no better than the others.") == (
        "no_difference"
    )
    assert (
        finding("Atherectomy is just as effective at restoring blood flow as angioplasty.")
        == "no_difference"
    )
    # a drug like another, a hallucinogen with effects like LSD: no result
    assert finding("Psilocybin is a hallucinogen with effects similar to LSD.") is None


def test_headline_framing_of_an_advance_or_a_promise() -> None:
    assert (
        framing("Tiny Device Is a ‘Huge Advance’ for Treatment of Severe Heart Failure")
        == "benefit"
    )
    assert framing("Tooth repair method using Alzheimer's drug could revolutionize dentistry") == (
        "benefit"
    )
    assert framing("Bitter taste receptors may hold the key to managing preterm labor") == "benefit"
    assert framing("Study finds early potential in GSK leukaemia drug") == "benefit"
    assert framing("Jet lag research finds new potential treatment") == "benefit"
    assert framing("New Antibiotic Packs a Punch Against Bacterial Resistance") == "benefit"
    assert framing("Gene therapy for rare bleeding disorder achieves proof-of-concept") == "benefit"
    # potential as an adjective, an advance directive: no framing
    assert framing("Potential life-saving peanut allergy drug on horizon") is None
    assert framing("Few patients sign an advance directive") is None


def test_a_test_storys_later_direction_words_are_no_finding() -> None:
    def finding(headline: str) -> str | None:
        text = (
            headline
            + "\n\nResearchers measured the protein in 120 children seen at the hospital. The study was "
            "published in the journal Pediatrics. The children were followed for a month. The test takes "
            "minutes. It costs little. Doctors welcomed it. Untreated concussions can lead to prolonged "
            "symptoms, and the risk of death was lower in treated patients."
        )
        return reported_finding(text)

    # a diagnostic test's story with no result in its headline or lead: the later words are background
    assert finding("Spit test may reveal the severity of a child's concussion") is None
    assert finding("MRI images may pinpoint the time of a stroke") is None
    # not a test's story, nor a trial called a test: the later sentence's finding stands
    assert finding("Spit may reveal the severity of a child's concussion") == "benefit"
    assert finding("In Test of Stents, Old Standby Wins Out") == "benefit"


def test_a_test_storys_lead_help_is_its_purpose() -> None:
    def finding(headline: str, lead: str) -> str | None:
        return _finding_of_a_protein_test(headline, lead)

    purpose = "A scan of the arteries can help doctors deduce how long a patient is likely to live."
    # a diagnostic test's story whose headline reads nothing: 'help' in its lead is the test's purpose
    assert finding("Calcium Scan Can Predict Premature Death Risk, Study Says", purpose) is None
    assert finding("New Blood Test for Lung Cancer in the Works", purpose) is None
    # a result word, another story, or a trial put to the test: the lead's finding stands
    assert (
        finding("New Blood Test for Lung Cancer in the Works", "The test reduced biopsies by half.")
        == "benefit"
    )
    assert finding("Exercise and the heart", purpose) == "benefit"
    assert finding("Study puts Weight Watchers to the test", purpose) == "benefit"


def test_a_headline_framing_a_benefit_outweighs_the_bodys_background() -> None:
    from extractor.api import extract_text

    text = (
        "Seizure and Pain Drug May Treat Hot Flashes\n\n"
        "Hormone therapy is the only approved treatment for hot flashes, but its long-term use has been "
        "linked to an increased risk for breast cancer and stroke. In a new study, researchers randomly "
        "assigned 420 women to gabapentin or a placebo for 12 weeks.\n\n"
        "The study was published in the journal Menopause."
    )
    record = extract_text(text)
    assert record.is_trial_report and record.trial is not None
    assert record.trial.finding == "benefit"


def test_the_noun_work_and_how_a_drug_works_are_no_result() -> None:
    def finding(lead: str) -> str | None:
        text = (
            "Blood test for cerebral palsy\n\n"
            + lead
            + " The study of 40 newborns was published in the journal Scientific Reports."
        )
        return reported_finding(text)

    assert (
        finding(
            "Researchers compared a new blood test with the standard test in 40 newborns. The work "
            "represents a collaboration between two universities."
        )
        is None
    )
    assert (
        finding(
            "Researchers gave a new drug or a placebo to 40 newborns. The drug works by delivering "
            "radionuclides to the cells."
        )
        is None
    )
    assert (
        finding(
            "Researchers gave a new drug or a placebo to 40 newborns. The drug works, the researchers found."
        )
        == "benefit"
    )


def test_a_result_told_as_a_comparison_is_a_benefit() -> None:
    def finding(lead: str) -> str | None:
        return _finding_in_a_trial_of_200("A new study of stroke treatment", lead, "Stroke")

    assert (
        finding("Tenecteplase was about twice as effective as alteplase in restoring blood flow.")
        == "benefit"
    )
    assert finding("The all-in approach is more likely to work than wading in slowly.") == "benefit"
    assert finding("The new drug nearly doubles overall survival of the patients.") == "benefit"
    assert finding("The new drug was 16 times more potent than the standard drug.") == "benefit"
    assert (
        finding("Surgery followed by standard therapy is beneficial over no surgery.") == "benefit"
    )
    assert finding("The new drug worked three times faster than the standard drug.") == "benefit"
    # no better, a worse outcome, or a comparison of no treatment: not a benefit
    assert finding("Patients given the drug were no more likely to survive five years.") is None
    assert finding("Patients given the drug were twice as likely to die.") is None
    assert finding("Patients with the variant were more sensitive to pain than others.") is None


def test_a_projection_of_what_a_change_would_bring_is_no_effect() -> None:
    assert (
        effects_of("Cutting processed meats would cut the risk by 12 percent, they reported.") == []
    )
    assert (
        effects_of("Researchers say a drop like that would equate to a 10% reduction in deaths.")
        == []
    )
    # a modelling study's own result, stated as a conditional, stays
    assert effects_of(
        "A new study finds not screening would triple the number of men with cancer."
    ) == [("other", 3.0)]
    assert effects_of("The drug cut the risk by 12 percent.") == [("RRR", 12.0)]


def test_a_change_within_one_group_is_no_effect() -> None:
    # no other group, a change from the group's start, each group's own change
    assert (
        effects_of("Overall, their fasting blood sugar levels dropped by 53%, along with insulin.")
        == []
    )
    assert (
        effects_of("Eye pressure decreased by about 20 percent from the initial measurements.")
        == []
    )
    assert (
        effects_of(
            "Craving was reduced by 81% in the NAC group, compared with 32% in the placebo group."
        )
        == []
    )
    # a comparison with another group, a change in a risk or a duration
    assert effects_of(
        "Survival in mice increased by 20 percent compared to treatment with Herceptin."
    ) == [("pct_change", 20.0)]
    assert effects_of("Zinc lozenges may cut the length of colds by more than 40 percent.") == [
        ("pct_change", 40.0)
    ]


def test_a_change_in_a_risk_named_after_the_verb_or_the_value_is_a_risk_reduction() -> None:
    assert effects_of(
        "The drug reduced by 87 percent the risk of disease progression or death."
    ) == [("RRR", 87.0)]
    assert effects_of("The medication also reduced the need for bypass surgery by 30%.") == [
        ("RRR", 30.0)
    ]
    # a measure stays a percentage change
    assert effects_of("The drug lowered blood pressure by 10 percent compared with placebo.") == [
        ("pct_change", 10.0)
    ]


def test_two_groups_of_people_told_apart_by_a_condition_or_as_healthy_controls() -> None:
    # a comparison of people with one condition and people with another, or with healthy controls: both sized
    cases = {
        "The study enrolled 64 adults with major depression and 37 adults with bipolar disorder.": [
            ("major depression", 64),
            ("bipolar disorder", 37),
        ],
        "The study included 27 people with mild asthma and 24 healthy people.": [
            ("mild asthma", 27),
            ("healthy people", 24),
        ],
        "They tested the blood of 60 women who developed pre-eclampsia and 60 women who did not.": [
            ("pre-eclampsia", 60),
            ("who did not", 60),
        ],
        "It was built on 34 patients with brain injury and 34 uninjured healthy control subjects.": [
            ("brain injury", 34),
            ("uninjured healthy control subjects", 34),
        ],
    }
    for text, want in cases.items():
        arms = run(text, "trial_arms")._.arms
        assert [(a.label.value, a.n.value if a.n else None) for a in arms] == want, text
    # one group with a condition and an outcome count after it is no pair of groups
    arms = run("Of them, 40 patients with diabetes and 12 had side effects.", "trial_arms")._.arms
    assert all(a.n is None for a in arms)


def test_a_pair_of_groups_split_off_a_total_without_a_people_word() -> None:
    cases = {
        "The researchers evaluated 50 participants: 25 with schizophrenia and 25 with no psychiatric disorder.": [
            ("schizophrenia", 25),
            ("no psychiatric disorder", 25),
        ],
        "They studied the eyes of 37 deceased patients, 23 with Alzheimer's disease and 14 controls.": [
            ("Alzheimer's disease", 23),
            ("controls", 14),
        ],
        "The men in this study — 205 with BRCA mutations and 95 who had tested negative — were all offered "
        "PSA testing, and 24 who had raised PSA levels were given a biopsy.": [
            ("BRCA mutations", 205),
            ("who had tested negative", 95),
        ],
    }
    for text, want in cases.items():
        arms = run(text, "trial_arms")._.arms
        assert [(a.label.value, a.n.value if a.n else None) for a in arms] == want, text
    # the later items of a list of patients by condition are cohorts of one treatment, not compared groups
    text = "The drug was given to 47 patients with breast cancer, 68 with NSCLC, 26 with melanoma and 15 with glioma."
    labels = {a.label.value for a in run(text, "trial_arms")._.arms}
    assert not labels & {"NSCLC", "melanoma", "glioma"}


def test_a_label_keeps_its_treatment_without_its_schedule_or_course_words() -> None:
    # the schedule or course words alone would make the label fail (a duration word, a leading number)
    cases = {
        "They randomized 152 patients to a 10-week course of dextromethorphan-quinidine and 127 to placebo.": [
            ("dextromethorphan-quinidine", 152),
            ("placebo", 127),
        ],
        "They randomly assigned 52 women to receive acupuncture twice a week for four weeks. "
        "Another 49 women received massage.": [("acupuncture", 52), ("massage", 49)],
    }
    for text, want in cases.items():
        arms = run(text, "trial_arms")._.arms
        assert [(a.label.value, a.n.value if a.n else None) for a in arms] == want, text


def test_a_group_size_in_a_count_of_its_members() -> None:
    # 'k of the N ... in the X group': N is the group's size, k an outcome count in it
    cases = {
        "By six months, events fell by half for 35 of the 68 members (51 percent) of the treatment group.": [
            ("treatment", 68)
        ],
        "Sixteen people dropped out, including 10 out of 48 from the seaweed group.": [
            ("seaweed", 48)
        ],
    }
    for text, want in cases.items():
        arms = run(text, "trial_arms")._.arms
        assert [(a.label.value, a.n.value if a.n else None) for a in arms] == want, text
    # knees are no group's members, and 'the same group' names no treatment
    for text in (
        "Surgery was done on 31 of 38 knees in the study group.",
        "Three of the 20 patients in the same group died.",
    ):
        assert all(a.n is None for a in run(text, "trial_arms")._.arms), text


def test_a_group_named_by_its_treatment_in_a_reduced_relative_clause() -> None:
    text = "The 797 patients randomly assigned to abiraterone plus prednisone lived on average 14.8 months."
    arms = run(text, "trial_arms")._.arms
    assert [(a.label.value, a.n.value if a.n else None) for a in arms] == [
        ("abiraterone plus prednisone", 797)
    ]
    # all the participants, given alternatives, are no group
    text = "The 797 patients randomly assigned to one of two groups were followed."
    assert all(a.n is None for a in run(text, "trial_arms")._.arms)


def test_an_early_study_that_names_no_comparison_has_no_finding() -> None:
    from extractor.components.conclusions import find_finding
    from extractor.components.facts import Fact
    from extractor.components.text import TextView

    def finding(text: str, design: str | None = None) -> str | None:
        view = TextView(text, [(0, len(text))])
        benefit = Fact("benefit", [(0, 5)], "dir.benefit")
        found = find_finding(view, [], benefit, None, design)
        return found.value if found else None

    pilot = "Kudzu may help drinkers cut down, according to a new pilot study."
    assert finding(pilot) is None
    assert finding(pilot, "other") is None
    # a comparison named, or a design of its own: the finding stands
    assert finding(pilot + " Those given kudzu drank less than those given a placebo.") == "benefit"
    assert finding(pilot, "rct") == "benefit"
    # an early study only to come is no cue
    assert finding("Kudzu may help drinkers. A pilot study will follow.") == "benefit"


def test_a_preliminary_study_that_names_no_comparison_has_no_finding() -> None:
    from extractor.components.conclusions import find_finding
    from extractor.components.facts import Fact
    from extractor.components.text import TextView

    def finding(text: str) -> str | None:
        view = TextView(text, [(0, len(text))])
        found = find_finding(view, [], Fact("benefit", [(0, 5)], "dir.benefit"), None, None)
        return found.value if found else None

    assert (
        finding("A cancer vaccine shows promise, according to a preliminary study of 26 patients.")
        is None
    )
    assert (
        finding("In a preliminary study, the vaccine worked better than a placebo in 26 patients.")
        == "benefit"
    )


def test_a_study_said_to_lack_a_control_group_has_no_finding_whatever_its_design() -> None:
    from extractor.components.conclusions import find_finding
    from extractor.components.facts import Fact
    from extractor.components.text import TextView

    def finding(text: str, design: str) -> str | None:
        view = TextView(text, [(0, len(text))])
        found = find_finding(view, [], Fact("benefit", [(0, 5)], "dir.benefit"), None, design)
        return found.value if found else None

    # the design read from words about another trial ('planning a randomized controlled trial')
    assert (
        finding("Yoga eases depression. The study was small and lacked a control group.", "rct")
        is None
    )
    # a later part of a randomized trial, or no placebo alone (two active treatments): the finding stands
    extension = (
        "Drug slows decline. After the placebo-control phase, all participants received treatment, "
        "so there was no untreated control group after that point."
    )
    assert finding(extension, "rct") == "benefit"
    assert finding("Drug A beats drug B. There was no placebo group.", "rct") == "benefit"


def test_folds_with_their_comparison_group_and_doubled_rates_are_other() -> None:
    doc = run(
        "The procedure was nearly 10 times better at eliminating the rhythm disorder than conventional "
        "drugs. Lesions cleared up in about four times as many patients who got briakinumab as those who "
        "got methotrexate. Adding Erbitux doubled the tumor response rate. The CMA test alone has triple "
        "the detection rate of karyotyping. Autism affects four times as many boys as girls. People who "
        "listened performed three times better on memory tests than they had the other night. The rate was "
        "double the rate seen in a previous large study.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("other", 10.0),
        ("other", 4.0),
        ("other", 2.0),
        ("other", 3.0),
    ]


def test_research_in_general_in_the_present_tense_is_not_the_study_s() -> None:
    doc = run(
        "Studies show dieters who keep a record of their intake lose twice as much weight as those who "
        "don't. Both studies show patients on the drug lost twice as much weight as those on placebo.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("other", 2.0)]


def test_reductions_of_a_risk_and_doubled_survival() -> None:
    doc = run(
        "There was a 12% reduction of colorectal cancer risk among statin users. The treatment led to a "
        "37 percent reduction versus placebo in a composite of adverse events. Diets rich in vitamin C were "
        "associated with a 20 percent risk reduction for cataract. Ipilimumab appeared to double survival "
        "compared with the vaccine alone. Survival has doubled since the 1970s.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("RRR", 12.0),
        ("RRR", 37.0),
        ("RRR", 20.0),
        ("other", 2.0),
    ]


def test_a_change_stated_as_a_noun_is_an_effect_only_against_another_group() -> None:
    doc = run(
        "Those given solanezumab had a 34% reduction in memory loss compared with those on placebo. Veterans "
        "on NAC showed a 46% reduction in PTSD symptoms, compared with a 25% reduction in the placebo group. "
        "In the placebo group, there was a 13 percent reduction in pain scores. Together the scales represent "
        "an 80 percent improvement in function compared with pre-procedure conditions. Of those on the drug, "
        "61 percent had at least a 50 percent improvement in their symptoms, compared with 41 percent of "
        "those on placebo.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("pct_change", 34.0)]


def test_a_risk_said_to_be_n_times_another_and_doubled_incidence_are_other() -> None:
    doc = run(
        "The chances of cancer progressing were three times lower for patients on VTP. Those with higher "
        "doses also had over double the incidence of falls. Rates were 20 to 40 times higher in others.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("other", 3.0), ("other", 2.0)]


def test_a_shortened_duration_is_a_percentage_change() -> None:
    doc = run(
        "Zinc lozenges may cut the length of colds by more than 40 percent. Three trials found that zinc "
        "acetate shortened colds' duration by 42 percent, on average, compared with placebo.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("pct_change", 42.0)]


def test_a_difference_in_words_or_in_years_is_a_difference() -> None:
    doc = run(
        "Men lived about four months longer if they took Provenge than if they got placebo treatment. "
        "Those who had taken a beta blocker lived more than three years longer on average than the others. "
        "Results came four months later than planned.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("difference", 4.0), ("difference", 3.0)]


def test_what_a_measure_or_a_risk_was_in_a_group_is_an_effect() -> None:
    doc = run(
        "Levels of insoluble tau were 50 percent lower in treated animals. Admissions for heart attacks were "
        "nearly 8 percent lower in counties with restrictions. The early group had a yearly relapse rate of "
        "0.21 compared to 0.26 for the delayed group, which is 19 percent lower. Stroke risk was 12 to 19 "
        "percent lower among women who ate more fiber.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("pct_change", 50.0),
        ("RRR", 8.0),
        ("RRR", 19.0),
    ]


def test_an_n_fold_change_in_a_risk_or_against_another_group_is_other() -> None:
    doc = run(
        "Surgery can produce a 10-fold increase in the odds of being seizure-free after one year. The vaccine "
        "generates a 24-fold increase in T cells. Those in the low-carb group had about two times better "
        "improvements in their good (HDL) cholesterol than people in the low-fat group. Atrial fibrillation "
        "has been linked to a five-fold increase in the risk of lethal strokes. The change gives vancomycin a "
        "1,000-fold increase in activity.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("other", 10.0), ("other", 2.0)]


def test_how_many_had_to_be_treated_for_one_to_benefit_is_a_number_needed_to_treat() -> None:
    doc = run(
        "Fourteen patients had to be treated with the device to prevent one death. The researchers calculated "
        "that 17 older patients would have to be treated with Prozac for one to gain from it. One had a severe "
        "iron deficiency that needed to be treated with iron infusions.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("NNT", 14.0), ("NNT", 17.0)]


def test_a_risk_reduction_whose_outcome_runs_on_with_commas_or_dashes() -> None:
    doc = run(
        "Intensive blood pressure treatment reduced rates of cardiovascular events, such as heart attack and heart "
        "failure, as well as stroke, by 33 percent. Vitamin use also seemed to cut the rate of precancers — "
        "scaly patches of skin called actinic keratoses — by 11 percent after three months.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 33.0), ("RRR", 11.0)]


def test_a_change_with_its_verb_in_any_form_is_read() -> None:
    doc = run(
        "Patients getting the drug saw LDL levels drop by nearly 40 percent compared with the placebo group. "
        "After five years, death rates were shown to fall by 34% for all cancers. Aspirin appeared to reduce "
        "the risk of colorectal cancer by 27%, and other painkillers appeared to reduce it by 30%. The higher "
        "dose ended up decreasing the risk of a major cardiac event by 6 percent. They asked participants to "
        "reduce cigarette use by 50 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("pct_change", 40.0),
        ("RRR", 34.0),
        ("RRR", 27.0),
        ("RRR", 30.0),
        ("RRR", 6.0),
    ]


def test_a_change_with_its_verb_reads_past_quotes_brackets_and_asides() -> None:
    doc = run(
        'The program cut the amount of time that people spent with a "major mobility disability" — defined as '
        "being unable to walk a quarter mile — by 25 percent compared to the education program. The compound "
        "increased the bone mineral density (BMD) of the treated mice by 35 per cent, when compared with the "
        "control group. Early cancers increased in number, while advanced cancers decreased by 66 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("pct_change", 25.0),
        ("pct_change", 35.0),
    ]


def test_later_items_of_a_list_of_effects_are_read() -> None:
    doc = run(
        "Aspirin lowered women's risk of dying from breast cancer by 11% and men's risk of dying from prostate "
        "cancer by 23%. Death rates fell by 34% for all cancers and by 54% for gastrointestinal cancers. The "
        "drug showed a 21 percent relative reduction in strokes when compared to warfarin, a 31 percent "
        "relative reduction in major bleeding and a 12 percent relative reduction in overall mortality. The "
        "pill cut the risk of infection by 40%, and side effects were noted by 20% of patients.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("RRR", 11.0),
        ("RRR", 23.0),
        ("RRR", 34.0),
        ("RRR", 54.0),
        ("RRR", 21.0),
        ("RRR", 31.0),
        ("RRR", 12.0),
        ("RRR", 40.0),
    ]


def test_a_change_by_another_or_an_additional_share_is_read() -> None:
    doc = run(
        "Women who took tamoxifen for 10 years cut their risk of dying from breast cancer by another 29%, "
        "compared to women who stopped after five years. High-dose statins reduced the odds of having a stroke "
        "by an additional 15 percent, compared to the usual doses. Exercise may cut the chances of developing "
        "a lethal prostate cancer by up to 68 percent.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 29.0), ("RRR", 15.0)]


def test_a_reduction_in_events_named_in_several_words_is_a_risk_reduction() -> None:
    doc = run(
        "Across 16 studies, Doppler ultrasound testing was linked to a 29 percent reduction in fetal and newborn "
        "deaths. Light drinking was associated with a 25 percent reduction in additional heart procedures, heart "
        "attacks or strokes. Patients reported a 30 percent reduction in pain among those with heart attacks.",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [("RRR", 29.0), ("RRR", 25.0)]


def test_venue_without_an_abbreviated_month_or_a_footnote_number() -> None:
    assert venue_of("The study of 400 adults was published in PLOS ONE on Aug. 24.") == "PLOS ONE"
    text = (
        "The study of 400 adults was published in the Journal of Nutritional Biochemistry.3\n\n###"
    )
    assert venue_of(text) == "Journal of Nutritional Biochemistry"
    text = "The study, in the Dec. 23-30 issue of the Journal of the American Medical Association, had 3,069 adults."
    assert venue_of(text) == "Journal of the American Medical Association"


def test_venue_of_a_journal_named_in_lower_case() -> None:
    assert (
        venue_of("The study of 9 patients was published Thursday in npj Vaccines.")
        == "npj Vaccines"
    )
    assert (
        venue_of("The 30 mice were studied, as reported in the journal mBio this week.") == "mBio"
    )
    text = "The project published a clinical study this week in ecancermedicalscience that found"
    assert venue_of(text) == "ecancermedicalscience"
    assert venue_of("The study of 200 patients was published in mid-2017.") is None


def test_effects_stated_without_by_or_as_down() -> None:
    doc = run(
        "In patients at low risk for stroke, delaying treatment increased the risk for dementia 30 percent. "
        "Deaths from lung cancer were cut 30 percent compared with placebo. "
        "Among women who used the ring, new HIV cases went down by 61%. "
        "The vaccine cuts disease risk 55% in older adults.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    effects = [o.effect for o in doc._.outcomes if o.effect]
    assert [(e.type, e.value.value) for e in effects] == [
        ("other", 30.0),
        ("RRR", 30.0),
        ("RRR", 61.0),
        ("RRR", 55.0),
    ]
    # a share of people and a measure's change are no risk's
    doc = run(
        "The drug reduced the risk in 30 percent of patients. It lowered blood pressure 10 percent. "
        "Company shares were down 1.5% to $7.49.",
        "trial_numbers",
        "trial_arms",
        "trial_outcomes",
    )
    assert [o.effect for o in doc._.outcomes if o.effect] == []


def test_a_test_that_helps_predict_or_diagnose_is_no_benefit_word() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    # a diagnostic or prognostic test's purpose, not a treatment doing better
    assert direction("A blood test could help physicians predict premature births.") is None
    assert (
        direction("The test, which analyzes 12 genes, helps predict which cases are aggressive.")
        is None
    )
    assert direction("The test could one day help doctors screen for the disease.") is None
    assert direction("Genetic markers helped identify patients at risk.") is None
    # help with a treatment's result is still a benefit
    assert direction("Exercise helped patients sleep longer.") == "benefit"
    assert direction("The drug helps patients with migraine.") == "benefit"


def test_a_reduction_in_their_rate_a_result_found_to_help_and_equally_useful() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    assert (
        direction("Those getting the drug had a 33 percent reduction in their rate of decline.")
        == "benefit"
    )
    assert direction("Medicine Given Before Smokers Are Ready to Quit Is Found to Help Them") == (
        "benefit"
    )
    # a purpose is no result
    assert direction("The trial tested a medicine designed to help smokers quit.") is None
    assert (
        direction("The study found that the treatments are equally useful in reducing episodes.")
        == "no_difference"
    )


def test_a_conclusion_is_quoted_without_the_space_before_its_closing_comma() -> None:
    """'"... we think ," said ...': the quote ends at its last word (the space before the comma is not quoted)."""
    text = (
        "Researchers tested a drug in 120 patients at Mayo Clinic. "
        '"The drug works in these patients, we think ," said study author Dr. Jane Smith of the Mayo Clinic.'
    )
    conclusions = run(text, "trial_context", "trial_conclusions")._.conclusions
    assert [c.text.value for c in conclusions] == ["The drug works in these patients, we think"]
    start, end = conclusions[0].text.spans[0]
    assert text[start:end] == conclusions[0].text.value


def test_headline_of_a_study_that_questions_the_treatment() -> None:
    # a study questions the treatment, its benefit or its use: no better; its safety: a harm
    assert framing("Study Questions Chiropractic's Impact on Back Pain") == "no_difference"
    assert framing("Review raises questions over benefits of cutting salt") == "no_difference"
    assert framing("Effectiveness of statins is called into question") == "no_difference"
    assert framing("Review questions efficacy and safety of hip injections") == "harm"
    # a regulator's questions, or questions that remain, frame no result
    assert framing("FDA Questions Using Avodart to Cut Prostate Cancer Risk") is None
    assert framing("HPV test more sensitive than Pap, questions remain") is None


def test_greater_response_or_weight_loss_is_a_benefit_and_greater_memory_loss_a_harm() -> None:
    from extractor.components.outcomes import Directions
    from extractor.components.text import TextView

    def direction(text: str) -> str | None:
        found = Directions(TextView(text, [(0, len(text))])).between(0, len(text))
        return found.value if found else None

    # a greater response, or weight loss so much greater than the other group's: the treatment did better
    assert direction("Participants who received the drug achieved greater response.") == "benefit"
    assert (
        direction(
            "Weight loss in those with an active device was about 8.5% greater than that seen in "
            "those whose device was not switched on."
        )
        == "benefit"
    )
    assert direction("There was no greater improvement than with placebo.") is None
    # memory loss or cognitive decline made greater: a harm; made less, or its prevention: not
    assert (
        direction("Plaques in the brain may trigger more significant memory loss in older people.")
        == "harm"
    )
    assert direction("Those who carried the gene had greater memory loss.") == "harm"
    assert direction("The new drug is meant to prevent memory loss.") is None


def test_a_headline_that_curbs_a_disease_frames_a_benefit() -> None:
    assert framing("Celebrex may curb colon cancer, but with caveats") == "benefit"
    assert framing("Drug does not curb cravings") is None


def test_a_test_storys_lead_could_reduce_is_what_the_test_could_do() -> None:
    def finding(headline: str, lead: str) -> str | None:
        return _finding_of_a_protein_test(headline, lead)

    could = "It could reduce the number of invasive procedures that are performed, the researchers said."
    # a diagnostic test's story whose headline reads nothing: a benefit after a modal is what the test could do
    assert finding("Mother's blood test reveals baby's sex", could) is None
    # a told result, a comparison after a modal, or not a test's story: the lead's finding stands
    assert (
        finding("Mother's blood test reveals baby's sex", "The test reduced biopsies by half.")
        == "benefit"
    )
    assert (
        finding(
            "Mother's blood test reveals baby's sex",
            "The test may be nearly as effective as surgical biopsy at diagnosing the disease.",
        )
        == "no_difference"
    )
    assert finding("Exercise and the heart", could) == "benefit"


def test_a_later_sentence_with_the_trials_result_gives_the_finding_when_nothing_else_does() -> None:
    def finding(result: str) -> str | None:
        text = (
            "FDA approves new treatment for leukemia\n\n"
            "The U.S. Food and Drug Administration today approved Rydapt for adults with leukemia. "
            "Leukemia is a cancer of the blood. It progresses quickly. About 19,930 people will be diagnosed "
            "this year. Rydapt works by blocking several enzymes. The safety and efficacy of Rydapt were "
            "studied in a randomized trial of 717 patients. " + result
        )
        return reported_finding(text)

    # the regulator's release tells the trial's result after the approval
    assert (
        finding(
            "In the trial, patients who received Rydapt with chemotherapy lived longer than patients "
            "who received chemotherapy alone."
        )
        == "benefit"
    )
    assert finding("Overall, participants who received Rydapt achieved greater response.") == (
        "benefit"
    )
    # the first sentence that tells it, past one with the cue's words that does not ('who were enrolled')
    assert (
        finding(
            "Patients who were enrolled came from 17 countries. In the trial, patients who received "
            "Rydapt with chemotherapy lived longer than patients who received chemotherapy alone."
        )
        == "benefit"
    )
    # a doctor taking part in the trial, or no result told: no finding
    assert finding("A doctor participating in the trial, said patients were better off.") is None
    assert finding("Patients who received Rydapt were seen every month.") is None
