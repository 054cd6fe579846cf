"""The outcomes component's effects: kinds of effect journalists state in words."""

from __future__ import annotations

from tests.helpers import effect_cis_of, effects_of, p_values_of, run


def test_half_as_likely_often_or_many_is_a_ratio_of_half() -> None:
    # corpus/README.md: a ratio in words is 'other', 'half as likely' 0.5 as 'twice as likely' 2
    assert effects_of(
        "Patients monitored remotely were about half as likely to die as patients seen in person."
    ) == [("other", 0.5)]
    assert effects_of(
        "Depression was reported half as often among the patients who took ketamine."
    ) == [("other", 0.5)]
    assert effects_of(
        "Half as many people had made suicide attempts as those in the control group."
    ) == [("other", 0.5)]
    # a count with no comparison after it is no effect
    assert effects_of("The second trial enrolled half as many patients.") == []


def test_half_the_risk_of_the_other_group_is_a_ratio_of_half() -> None:
    assert effects_of(
        "People who took dabigatran had half the risk of another major bleeding event within one year"
        " compared with those who took warfarin."
    ) == [("other", 0.5)]
    assert effects_of(
        "Those who received chlorhexidine had a low infection rate, which is half that of the patients"
        " who received the iodine combination."
    ) == [("other", 0.5)]
    # a plan, a bound and an earlier study's figure are no effect
    assert effects_of("The second trial enrolled half the number of patients as planned.") == []
    bound = "Those on the supplements had less than half the chance of being sick compared with placebo."
    assert effects_of(bound) == []
    earlier = "The infection rate was half that of a previous study among the patients."
    assert effects_of(earlier) == []


def test_a_ratio_of_half_restating_a_reduction_of_about_half_is_that_reduction() -> None:
    # the same effect told as a cut by half and as half as many: one reduction of 50
    assert effects_of(
        "The program reduced the odds of suicidal behavior by half. Half as many people in it had made "
        "suicide attempts as those in the control group."
    ) == [("RRR", 50.0)]
    # ... and as a stated percentage beside the words
    assert effects_of(
        "Patients on the drug had a 48 percent lower risk of another infection. They were nearly half as "
        "likely to have another infection as the control group."
    ) == [("RRR", 48.0)]
    # a ratio of half beside a reduction of another size is an effect of its own
    assert effects_of(
        "Patients on the drug had a 20 percent lower risk of stroke. They were half as likely to die as "
        "the control group."
    ) == [("RRR", 20.0), ("other", 0.5)]


def test_a_risk_cut_in_half_is_a_reduction_of_half() -> None:
    assert effects_of("Quick action can cut the odds of a serious stroke in half.") == [
        ("RRR", 50.0)
    ]
    assert effects_of("The risk of death was cut nearly in half.") == [("RRR", 50.0)]
    assert effects_of("Time in the ER has been cut in half.") == []


def test_a_worded_value_after_could_is_a_projection() -> None:
    assert effects_of("The vaccine could cut the number of dementia cases in half.") == []
    assert effects_of("The vaccine can cut the number of dementia cases in half.") == [
        ("RRR", 50.0)
    ]


def test_nearly_half_is_the_rounding_of_a_smaller_stated_reduction() -> None:
    # 'nearly in half' restates the 40 percent cut: one effect
    assert effects_of(
        "We found a 40 percent lower risk of infection with the higher dose. "
        "The risk of infection was cut nearly in half."
    ) == [("RRR", 40.0)]
    # 'in half' without 'nearly' is not a rounding of 40
    assert effects_of(
        "We found a 40 percent lower risk of infection with the higher dose. "
        "The risk of infection was cut in half."
    ) == [("RRR", 40.0), ("RRR", 50.0)]


def test_fewer_people_with_an_event_is_a_relative_reduction() -> None:
    assert effects_of(
        "The study showed 30 percent fewer women in the screening group died of breast cancer."
    ) == [("RRR", 30.0)]
    assert effects_of("30 percent fewer women in the screening group reported pain.") == []


def test_a_reduction_in_an_illness_is_a_relative_reduction() -> None:
    assert effects_of(
        "We found a 40 percent reduction in acute respiratory illness among those who took "
        "higher doses."
    ) == [("RRR", 40.0)]
    assert effects_of("There was a 40 percent reduction in illness severity.") == []


def test_a_larger_risk_and_the_occurrence_of_a_disease_are_relative_increases() -> None:
    assert effects_of(
        "Higher scores were associated with an almost 50 percent larger risk of hip fracture."
    ) == [("other", 50.0)]
    assert effects_of(
        "Lower intake was associated with a 24 percent increase in the occurrence of pancreatic cancer."
    ) == [("other", 24.0)]


def test_a_difference_in_a_listed_measure_needs_a_group_after_than() -> None:
    assert effects_of(
        "Children in the intervention group scored 5.5 percent higher on their knowledge, attitude "
        "and habits score than students not receiving intervention."
    ) == [("pct_change", 5.5)]
    assert (
        effects_of(
            "The milk yields 40 percent more protein, calcium and electrolytes than conventional milk."
        )
        == []
    )


def test_a_responder_threshold_is_no_difference() -> None:
    assert (
        effects_of(
            "Of those on the drug, 67% had at least 20% fewer arthritis symptoms, compared to 35% of "
            "patients getting a placebo."
        )
        == []
    )


def test_a_trial_that_published_its_results_years_ago_is_earlier_research() -> None:
    assert (
        effects_of(
            "The Breast Cancer Prevention Trial published results in 1998 indicating that women who took "
            "tamoxifen were half as likely to develop breast cancer as women who did not."
        )
        == []
    )


def test_a_result_dated_in_a_past_year_or_shown_last_year_is_an_earlier_studys() -> None:
    own = "Patients on the new drug had 22 percent fewer heart attacks than those on placebo."
    assert effects_of(own) == [("RRR", 22.0)]
    for earlier in (
        "In 2013, Whitmer presented the results of a study of 15,000 people: those who received metformin had a "
        "40 percent lower risk of dementia than those prescribed sulfonylureas.",
        "Researchers found a 40 percent lower risk among those who stuck to this diet, scientists reported in the "
        "Annals of Neurology in 2006.",
        "The Jardiance trial last year showed a 38 percent reduction in cardiovascular deaths.",
        "The findings come from the same clinical trial that, last year, showed the drug halved the number of hot "
        "flashes.",
    ):
        assert effects_of(own + " " + earlier) == [("RRR", 22.0)], earlier
    # a sentence that names the article's own study keeps its result
    assert effects_of(
        "The new study, larger than the trials published in 2009, found a 30 percent lower risk of stroke with "
        "the drug."
    ) == [("RRR", 30.0)]


def test_a_risk_that_went_down_or_rose_n_fold_is_an_n_fold_difference() -> None:
    assert effects_of(
        "In those with larger brain volume, the risk for dementia went down by fivefold within five years."
    ) == [("other", 5.0)]
    assert effects_of(
        "The higher dose did result in a risk of a muscle disease 10 times higher than that associated "
        "with the lower dose."
    ) == [("other", 10.0)]
    # one group's change over time
    assert effects_of("The rate of fractures rose four-fold in the control group.") == []


def test_a_change_in_units_stated_as_a_noun_needs_a_comparison_without_its_own_number() -> None:
    assert effects_of(
        "A plant-based diet is associated with a 22.9 mg/dL reduction in LDL cholesterol and a 3.6 "
        "mg/dL reduction in HDL cholesterol, compared to control groups following an omnivorous diet."
    ) == [("difference", 22.9), ("difference", 3.6)]
    assert (
        effects_of(
            "The program resulted in a 16.1 mm Hg drop in systolic blood pressure compared to 11.2 mm Hg "
            "on the diet alone."
        )
        == []
    )
    assert effects_of("The diet led to a 5 kg gain in lean mass.") == []


def test_fewer_people_with_an_event_than_the_other_group_is_a_difference_in_counts() -> None:
    assert effects_of(
        "In the screening group, there were 54 fewer women who suffered a hip fracture compared to "
        "the routine care group."
    ) == [("difference", 54.0)]
    # per so many people, the count is effect.diff_per_thousand's (the same kind)
    assert effects_of(
        "There were 12 fewer women who had heart attacks per 10,000 women compared with the placebo group."
    ) == [("difference", 12.0)]


def test_p_values_in_the_words_journalists_use() -> None:
    assert p_values_of("Fewer patients died in the drug group (p less than 0.001).") == [0.001]
    assert p_values_of("The difference in pain scores was significant, P-value: 0.03.") == [0.03]
    assert p_values_of("Pain scores fell more on the drug (P value, 0.01).") == [0.01]
    assert p_values_of("The drug group improved more; the p value was less than .05.") == [0.05]
    assert p_values_of("Both doses beat placebo, and the p-values were below 0.05.") == [0.05]
    # a phone number after '(p)' and a bare 'p' before a number are no p-values
    assert p_values_of("Press office (p) 202.835.8722.") == []


def test_a_p_value_named_for_the_result_it_belongs_to_before_its_value_is_read() -> None:
    assert p_values_of(
        "Pain fell more on the drug. The p-value for the primary endpoint was <0.001."
    ) == [0.001]
    assert p_values_of("The drug met its goal, with a p-value for overall survival of 0.002.") == [
        0.002
    ]
    assert p_values_of("Pain fell more. The P value for the comparison with placebo was .04.") == [
        0.04
    ]
    assert p_values_of("Pain fell more. The p-values for both endpoints were 0.01 and 0.03.") == [
        0.01,
        0.03,
    ]
    assert (
        p_values_of("Pain fell more. The p-value for the primary endpoint was not reported.") == []
    )


def test_a_p_value_named_for_what_it_tests_is_read() -> None:
    assert p_values_of("The benefit grew with the dose (P for trend = .002).") == [0.002]
    assert p_values_of("Risk fell with each added cup (p for trend <0.001).") == [0.001]
    assert p_values_of("Risk fell with each added cup (P-trend = 0.02).") == [0.02]
    assert p_values_of("Risk fell with each added cup (Ptrend<0.001).") == [0.001]
    assert p_values_of("Women and men benefited alike (P for interaction = .45).") == [0.45]
    assert p_values_of("Pain fell more on the drug; the p value for the difference was .03.") == [
        0.03
    ]
    assert p_values_of("Pain fell more on the drug (p-value: <0.001).") == [0.001]
    assert p_values_of("Pain fell more on the drug (P-Value: 0.03).") == [0.03]
    assert p_values_of(
        "The drug was as good as warfarin (p-value for non-inferiority <0.0001)."
    ) == [0.0001]
    assert p_values_of("Pain fell more on the drug (p‐value = 0.02).") == [0.02]
    # 'p for' before words is no p-value
    assert p_values_of("Doses were set at p for the first 10 patients, then 20 mg.") == []


def test_a_p_value_with_a_middle_dot_or_a_power_of_ten_is_read() -> None:
    assert p_values_of("Deaths were fewer in the drug group (P = 0·04).") == [0.04]
    assert p_values_of("The variant raised the risk of stroke (p = 3 × 10−6).") == [3e-06]
    assert p_values_of("The variant raised the risk of stroke (P < 10-8).") == [1e-08]
    assert p_values_of("The variant raised the risk of stroke (P < 10 mg).") == []


def test_p_values_stated_for_several_results_at_once_are_read() -> None:
    assert p_values_of("Secondary endpoints also improved (all p's < 0.05).") == [0.05]
    assert p_values_of("Both scores improved on the drug (ps < .05).") == [0.05]


def test_an_interval_in_more_printed_forms_is_the_effects() -> None:
    for printed in (
        "(95% confidence intervals 0.64 to 0.89)",
        "(95% CI from 0.64 to 0.89)",
        ", with a 95 percent confidence interval between 0.64 and 0.89",
        "(CI: 0.64-0.89)",
        "(CI 0.64 to 0.89)",
        "(95% CI: .64-.89)",
    ):
        assert effect_cis_of(f"The hazard ratio was 0.75 {printed}.") == [(0.75, (0.64, 0.89))]
    # one interval read with and without its level is one
    assert effect_cis_of(
        "The odds ratio was 0.8 and the hazard ratio 0.75 (95% CI 0.64-0.89)."
    ) == [(0.8, None), (0.75, (0.64, 0.89))]


def test_p_values_listed_after_the_first_are_each_read() -> None:
    assert p_values_of(
        "Pain, fatigue and sleep improved (P = .01, .02 and .04, respectively)."
    ) == [
        0.01,
        0.02,
        0.04,
    ]
    assert p_values_of(
        "Pain and fatigue improved on the drug, with p-values of 0.01 and 0.03."
    ) == [
        0.01,
        0.03,
    ]
    # a dose or an interval after the p-value is no second one
    assert p_values_of("Pain improved on the drug (p=0.03, 0.5 mg group).") == [0.03]
    assert p_values_of("Pain improved on the drug (p=0.03, 0.5 to 0.9).") == [0.03]


def test_a_confidence_interval_in_the_words_journalists_use_is_the_effects() -> None:
    assert effect_cis_of(
        "Scores improved, with a mean difference from placebo of -4.0 (95% Confidence Interval [CI]: -7.31, -0.64)."
    ) == [(-4.0, (-7.31, -0.64))]
    assert effect_cis_of(
        "The hazard ratio was 0.75 (confidence interval, 0.64 to 0.89) for the drug group."
    ) == [(0.75, (0.64, 0.89))]
    # one interval, read with and without its level, is attached once: the effect before keeps none
    assert effect_cis_of(
        "The odds ratio was 0.8 and the hazard ratio 0.75 (95 percent confidence interval, 0.64 to 0.89)."
    ) == [(0.8, None), (0.75, (0.64, 0.89))]


def test_a_sentence_repeated_from_its_middle_on_states_its_p_value_once() -> None:
    sentence = (
        "Hospital stays were shorter for patients on the drug within 90 days from randomization compared to"
        " those receiving standard care (p=0.024; 19.2 hours vs. 43.2 hours, respectively)."
    )
    tail = sentence[sentence.index("within 90 days") :]
    assert p_values_of(sentence + "\n\n" + tail + " There were no deaths.") == [0.024]
    # the same value for another result, in other words, is a second p-value
    assert p_values_of(
        sentence + " Readmissions were also fewer on the drug than on standard care (p=0.024)."
    ) == [0.024, 0.024]


def test_an_effects_interval_and_p_value_printed_again_before_the_effect_are_its_own() -> None:
    assert p_values_of(
        "The hazard ratio for laryngectomy-free survival comparing the two arms was 0.78 (95% CI, 0.54-1.11;"
        " P = .17). Again, these differences did not reach statistical significance (HR, 0.78; 95% CI,"
        " 0.54-1.11; P = .17)."
    ) == [0.17]
    # another interval with the same p-value is another result
    assert p_values_of(
        "The hazard ratio for laryngectomy-free survival comparing the two arms was 0.78 (95% CI, 0.50-1.20;"
        " P = .17). Again, these differences did not reach statistical significance (HR, 0.78; 95% CI,"
        " 0.54-1.11; P = .17)."
    ) == [0.17, 0.17]


def test_a_p_value_after_an_effect_stated_again_with_its_own_is_another_results() -> None:
    # the first p-value after the restated effect is its own again; the next one is another result's
    assert p_values_of(
        "The drug cut deaths by 30% (p<0.001). In the trial, deaths were cut by 30% (p<0.001) and strokes"
        " were also less common (p<0.001)."
    ) == [0.001, 0.001]
    assert p_values_of(
        "The drug cut deaths by 30% (p<0.001). In the trial, deaths were cut by 30% (p<0.001)."
    ) == [0.001]


def test_a_p_value_in_a_sentence_about_another_study_is_that_studys() -> None:
    own = "In the new trial, fewer patients on the drug had a stroke than on placebo (p=0.01)."
    assert p_values_of(own) == [0.01]
    assert p_values_of(
        own + " A 2013 trial of aspirin found fewer strokes as well (p=0.03)."
        " Previous studies have shown a lower risk of death (P = .02)."
    ) == [0.01]


def test_a_p_value_in_a_new_paragraph_after_an_earlier_study_is_the_articles_own() -> None:
    lead = (
        "Drug eases migraine\n\nA new drug cut migraine days in a trial of 400 patients. Patients were randomly"
        " assigned to the drug or a placebo. The trial ran for 12 weeks."
    )
    earlier = (
        " A 2015 study of a similar drug found a smaller benefit. That study enrolled 200 patients."
    )
    result = "Patients on the drug also used fewer painkillers (p=0.02)."
    assert p_values_of(lead + earlier + "\n\n" + result) == [0.02]
    # in the earlier study's paragraph, it is that study's
    assert p_values_of(lead + earlier + " " + result) == []
    # after a study reported beside the article's own, it is that one's, paragraph or not
    separate = " The company conducted a separate Phase 3 study in elderly patients. It enrolled 138 patients."
    assert p_values_of(lead + separate + "\n\n" + result) == []


def test_an_interval_printed_with_an_effect_stated_again_is_that_effects() -> None:
    assert effect_cis_of(
        "The vaccine cut the risk of shingles by 90 percent in adults over 70."
        " The study showed that the vaccine cut the risk of shingles by 90 percent (95% confidence interval:"
        " 84-94%) compared to placebo."
    ) == [(90.0, (84.0, 94.0))]
    doc = run(
        "The vaccine cut the risk of shingles by 90 percent in adults over 70."
        " The study showed that the vaccine cut the risk of shingles by 90 percent (p<0.001) compared to placebo.",
        "trial_arms",
        "trial_outcomes",
    )
    assert [
        (o.effect.value.value, o.effect.p and o.effect.p.value) for o in doc._.outcomes if o.effect
    ] == [(90.0, 0.001)]
    # a sentence printed twice: its interval is the one its effect already has, not one for the effect before it
    sentence = (
        "The drug was associated with a 32 percent reduction in stroke (HR=0.68; 95% CI=0.49-0.95) compared to"
        " warfarin."
    )
    assert effect_cis_of(sentence + " " + sentence) == [(32.0, None), (0.68, (0.49, 0.95))]


def test_the_other_groups_own_change_is_read_within_the_comparisons_clause() -> None:
    assert effects_of(
        "Patients getting anacetrapib saw LDL levels drop by nearly 40 percent compared with the placebo group, "
        "while their HDL levels rose by 138 percent."
    ) == [("pct_change", 40.0), ("pct_change", 138.0)]
    # the other group's own change in the same clause: a change within each group
    assert (
        effects_of(
            "The amount of craving was reduced by 81% in the NAC group, compared with 32% in the placebo group."
        )
        == []
    )


def test_a_whole_and_a_half_in_words_is_an_n_fold_difference() -> None:
    assert effects_of(
        "Those who exercised regularly were nearly two-and-a-half times more likely to have good control of "
        "their symptoms, compared with those who did no exercise."
    ) == [("other", 2.5)]
    assert effects_of(
        "Users lost three and a half times more weight than those on the diet alone."
    ) == [("other", 3.5)]


def test_a_risk_or_a_death_that_plummeted_or_sank_is_a_relative_reduction() -> None:
    assert effects_of(
        "Overall cancer death risk plummeted by 21 percent among those taking low-dose aspirin."
    ) == [("RRR", 21.0)]
    assert effects_of(
        "At five years out, death due to gastrointestinal cancers had sunk by 54 percent among those taking aspirin."
    ) == [("RRR", 54.0)]
    # one group's own level, no risk and no comparison
    assert effects_of("The yoga group's levels of the chemicals plummeted by 20 percent.") == []


def test_a_bracketed_abbreviation_among_the_outcomes_words_keeps_the_risk_reduction() -> None:
    assert effects_of(
        "The regular use of statins was associated with a 42% reduction in rheumatoid arthritis (RA) risk."
    ) == [("RRR", 42.0)]
    assert effects_of("There was a 40% reduction in pain (PN) scores among treated patients.") == []


def test_a_treatments_target_after_goal_of_is_no_background_goal() -> None:
    assert effects_of(
        "For adults aged 75 and older, a systolic blood pressure goal of less than 120 mm Hg reduced rates of "
        "cardiovascular events by 33 percent."
    ) == [("RRR", 33.0)]
    assert (
        effects_of(
            "Screening falls short of the WHO's goal of reducing TB deaths by 95 percent, he said."
        )
        == []
    )


def test_a_relative_difference_after_more_than_is_read_at_its_number() -> None:
    assert effects_of(
        "Blood levels of caffeine were more than 50% lower among people with MCI who developed Alzheimer's, "
        "when compared with their counterparts who did not worsen."
    ) == [("pct_change", 50.0)]


def test_an_n_fold_difference_against_the_other_group_named_as_a_group() -> None:
    assert effects_of(
        "Twice as many patients in the yoga and stretching groups reported decreased medication use during "
        "the study compared to the self-care group."
    ) == [("other", 2.0)]


def test_a_comparison_opening_the_sentence_sets_a_nouns_change_against_that_group() -> None:
    assert effects_of(
        "Compared to other mice, those fed agave fructans had a 50 percent increase in levels of a protein "
        "associated with new bone tissue."
    ) == [("pct_change", 50.0)]
    # the group's own start, or a group with a number of its own, is no other group
    assert (
        effects_of(
            "Compared with the start of the study, patients had a 30 percent reduction in pain."
        )
        == []
    )
    assert (
        effects_of("Compared with 20% of controls, patients had a 30 percent reduction in pain.")
        == []
    )


def test_a_share_fewer_than_the_other_groups_count_is_a_relative_reduction() -> None:
    assert effects_of(
        "Only eight patients taking the drug needed bypass surgery or angioplasty, two-thirds fewer than the 28 "
        "taking a placebo."
    ) == [("RRR", 67.0)]
    # less than before the study is one group's own change
    assert effects_of("They were eating around one third less than before the study.") == []


def test_a_time_to_an_event_later_than_the_other_group_is_a_difference() -> None:
    assert effects_of(
        "In those people who got L-DOPA before being diagnosed with AMD, their AMD diagnosis occurred eight years "
        "later than those without L-DOPA."
    ) == [("difference", 8.0)]
    # a range in words, and a time against a norm, are not
    assert (
        effects_of(
            "Patients were readmitted one to two days earlier than those who ended up at other hospitals."
        )
        == []
    )
    assert (
        effects_of("We could diagnose patients 10 years earlier than was previously possible.")
        == []
    )


def test_items_of_a_list_after_a_lead_with_a_colon_are_effects_of_what_the_lead_names() -> None:
    text = (
        "Researchers found stroke risk among women who breastfed their babies was on average:\n\n"
        "23 percent lower in all women,\n\n48 percent lower in black women,\n\n"
        "and 19 percent lower in women who had breastfed for up to six months. A longer length was better."
    )
    assert effects_of(text) == [("RRR", 23.0), ("RRR", 48.0), ("RRR", 19.0)]
    # a measure named in the lead is a percentage change; no lead, no list
    assert effects_of(
        "Levels of the hormone were, on average:\n\n23 percent lower in treated mice."
    ) == [("pct_change", 23.0)]
    assert effects_of("The trial was small.\n\n23 percent lower in all women, the rate was.") == []


def test_a_risk_that_a_group_saw_drop_by_half_is_a_relative_reduction_of_50() -> None:
    assert effects_of(
        "Those who took the highest doses saw their recurrence risk drop by half."
    ) == [("RRR", 50.0)]
    # the risk of a list of outcomes
    assert effects_of(
        "The patients who had received the new gene saw their risk for death, cardiac transplantation, worsening "
        "heart failure and hospitalization decline by half."
    ) == [("RRR", 50.0)]
    # a general fact in the present tense is not the study's result
    assert (
        effects_of(
            "Ten years after quitting, the risk of lung cancer drops by half, according to the CDC."
        )
        == []
    )


def test_a_share_in_words_longer_or_lower_than_the_other_group_is_a_relative_difference() -> None:
    assert effects_of(
        "Those patients survived one-third longer than patients with low levels of vitamin D."
    ) == [("pct_change", 33.0)]
    assert effects_of("The risk was a third lower than in the placebo group.") == [("RRR", 33.0)]
    assert effects_of("They were eating around one third less than before the study.") == []


def test_more_phrasings_of_a_number_needed_to_treat() -> None:
    # how many had to get the treatment, or were given it, for what it would prevent
    assert effects_of(
        "That means 66 people would have to get tranexamic acid to prevent one death."
    ) == [("NNT", 66.0)]
    assert effects_of(
        "Giving progesterone gel to 14 women with short cervical length would appear to prevent one premature "
        "birth."
    ) == [("NNT", 14.0)]
    assert effects_of(
        "That means screening 1,250 women five times over a 10-year period would save one life."
    ) == [("NNT", 1250.0)]
    # the order turned round
    assert effects_of(
        "The study suggests that to prevent one case of psychosis, four high-risk young people must be treated."
    ) == [("NNT", 4.0)]
    # a share of deaths prevented is no count of people treated
    assert effects_of("Giving the drug to patients would prevent one in five deaths.") == []


def test_a_general_fact_in_the_present_tense_is_no_effect_of_the_study() -> None:
    assert (
        effects_of(
            "Women are three times more likely to experience an osteoporosis-related bone fracture in their "
            "lifetimes than men."
        )
        == []
    )
    assert effects_of("Boys are four times more likely than girls to have autism.") == []
    # a group defined by what it took, or a sentence that names the study, is the study's result
    assert effects_of(
        "People who take aspirin are 20 percent less likely to die than those who do not."
    ) == [("RRR", 20.0)]
    assert effects_of(
        "Smokers are 40 percent more likely to develop dementia, a new study finds."
    ) == [("other", 40.0)]


def test_the_same_measure_at_a_later_time_point_in_brackets_is_another_effect_of_its_kind() -> None:
    text = (
        "The effects were significant at Week 65 (LS means difference from placebo: 3.47, nominal p = 0.007) and "
        "Week 78 (2.60, nominal p = 0.043)."
    )
    assert effects_of(text) == [("difference", 3.47), ("difference", 2.6)]
    assert p_values_of(text) == [0.007, 0.043]
    # with no effect before it in the sentence, a bracketed number is none
    assert effects_of("Patients were seen at Week 78 (2.60, nominal p = 0.043).") == []


def test_results_set_beside_another_studys_are_that_studys() -> None:
    assert (
        effects_of(
            "The high efficacy is in line with the results of the ZOE-50 trial, a study in people over 50 years "
            "old which was presented and published last year showing a 97% efficacy."
        )
        == []
    )
    assert (
        effects_of(
            "The results are in keeping with those of a much larger study, which showed that CT scans reduced the "
            "death rate among heavy smokers by 20 percent compared with regular chest X-rays."
        )
        == []
    )
    # in line with anything else is no other study
    assert effects_of(
        "The vaccine had 90% efficacy compared to placebo, in line with expectations."
    ) == [("RRR", 90.0)]


def test_the_same_value_for_two_outcomes_in_consecutive_sentences_is_two_effects() -> None:
    assert effects_of(
        "Researchers found about a 12 percent reduction in overall cancer occurrence. They also saw a 12 percent "
        "reduction in the risk of death from cancer, although that finding was not statistically significant."
    ) == [("RRR", 12.0), ("RRR", 12.0)]
    # a sentence printed again from its middle on, and a value stated again in other words, are one effect
    assert effects_of(
        "The drug had similar rates of major bleeding compared to warfarin (HR=1.07; 95% CI=0.81-1.32).\n\n"
        "had similar rates of major bleeding compared to warfarin (HR=1.07; 95% CI=0.81-1.32). Both were safe."
    ) == [("HR", 1.07)]
    assert effects_of(
        "It reduced the odds of suicidal behavior by half. In other words, the intervention had nearly halved the "
        "risk of suicide."
    ) == [("RRR", 50.0)]


def test_a_second_subgroup_with_the_comparison_left_out_is_an_effect_of_the_same_kind() -> None:
    assert effects_of(
        "The risk of death overall was 7% lower for women and 11% for men who took aspirin regularly,"
        " compared with those who did not."
    ) == [("RRR", 7.0), ("RRR", 11.0)]
    assert effects_of(
        "There was a 31% lower risk for women and 30% for men who were among regular aspirin takers."
    ) == [("RRR", 31.0), ("RRR", 30.0)]
    # a share of men is no effect, nor a subgroup's rate with no effect before it
    assert effects_of(
        "The risk of death was 7% lower for the patients on the drug, and 40 percent of men had side effects."
    ) == [("RRR", 7.0)]
    assert effects_of("Side effects were seen in 12% of women and 15% for men.") == []


def test_a_time_gained_stated_as_a_noun_against_another_group_is_a_difference() -> None:
    assert effects_of(
        "The bypass surgery was associated with an overall 1.4-year increase in median survival time"
        " compared with medical therapy alone."
    ) == [("difference", 1.4)]
    # both groups' levels in brackets
    assert effects_of(
        "In addition, the bypass surgery was associated with an overall 1.4-year increase in median survival"
        " time (7.7 vs. 6.3 years)."
    ) == [("difference", 1.4)]
    # one group's own change is none, nor one set against the other group's change
    assert effects_of("Patients saw a 2-year increase in life expectancy.") == []
    assert (
        effects_of(
            "Patients saw a 2-year increase in survival, compared with a 1-year increase on placebo."
        )
        == []
    )


def test_a_result_separate_research_has_shown_is_that_research_s() -> None:
    assert (
        effects_of(
            "Separate research has shown that patients on the other three medications are 40% more likely"
            " to harm themselves than those on lithium."
        )
        == []
    )
    assert (
        effects_of(
            "Research has found that people who take aspirin are 20 percent less likely to die of cancer."
        )
        == []
    )
    # the study's own research
    assert effects_of(
        "Their research has shown that patients on the drug were 40% less likely to be hospitalized"
        " than those on placebo."
    ) == [("RRR", 40.0)]


def test_a_change_over_the_study_with_no_other_group_is_no_effect() -> None:
    assert (
        effects_of(
            "The rate of fractures in the treated women who had osteoporosis declined by 50 percent"
            " during the 10-year-long study."
        )
        == []
    )
    assert (
        effects_of(
            "Over the 18-year period, the number of more advanced cancers (stage 3) decreased by 66 percent."
        )
        == []
    )
    # with the other group named, an effect
    assert effects_of(
        "In the 12-week study, the number of asthma attacks decreased by 87 percent in those getting the drug,"
        " compared with those getting a placebo."
    ) == [("RRR", 87.0)]
    assert effects_of("The drug cut the rate of fractures by 50 percent.") == [("RRR", 50.0)]


def test_a_fold_against_other_animals_is_an_effect() -> None:
    assert effects_of(
        "Mice fed night milk on average fell four to five times, about twice as often as mice given day milk."
    ) == [("other", 2.0)]
    # against the animals' own earlier state, none
    assert effects_of("The mice ran twice as far as the day before.") == []


def test_a_p_value_in_a_sentence_naming_the_study_beside_earlier_research_is_the_studys() -> None:
    # the sentence sets the new study against earlier research: its p-value is the new study's
    assert p_values_of(
        "Unlike earlier studies, the new trial found a significant reduction in heart attacks (p=0.01)."
    ) == [0.01]
    assert p_values_of(
        "Unlike previous studies, researchers found a significant drop in strokes (p=0.02)."
    ) == [0.02]
    assert p_values_of(
        "Compared with other trials of the drug class, the reduction in this study was large (p=0.002)."
    ) == [0.002]
    assert p_values_of(
        "Unlike a 2015 study of a similar drug, the current trial found fewer strokes on the drug (p=0.04)."
    ) == [0.04]
    # earlier research alone, or another study with no word of the article's own, is still that research's
    assert p_values_of("Previous studies have shown a lower risk of death (P = .02).") == []
    assert p_values_of("Other trials of the drug class found a smaller reduction (p=0.04).") == []
    assert p_values_of("A 2013 trial of aspirin found fewer strokes as well (p=0.03).") == []


def test_a_p_value_with_a_comma_for_the_point_or_another_less_than_sign_is_read() -> None:
    assert p_values_of("Deaths were fewer in the drug group (p<0,001).") == [0.001]
    assert p_values_of("Deaths were fewer in the drug group (p = 0,03).") == [0.03]
    assert p_values_of("Deaths were fewer in the drug group (p ˂ 0.001).") == [0.001]
    assert p_values_of("Deaths were fewer in the drug group (p＜0.001).") == [0.001]
    assert p_values_of("Deaths were fewer in the drug group (p ≦ 0.05).") == [0.05]
    assert p_values_of("Risk fell with each added cup (p(trend)=0.02).") == [0.02]
    assert p_values_of("The benefit differed between trials (P-heterogeneity = 0.03).") == [0.03]
    # a comma after a zero that no digit follows is no point
    assert p_values_of("Doses were given at p = 0, 1 or 2 hours.") == []


def test_a_p_value_with_a_two_character_sign_or_in_words_is_read() -> None:
    assert p_values_of("Deaths were fewer in the drug group (p <= 0.05).") == [0.05]
    assert p_values_of("Deaths were fewer in the drug group (p=<0.05).") == [0.05]
    assert p_values_of("Deaths were fewer in the drug group (P ＝ 0.03).") == [0.03]
    assert p_values_of("Deaths were fewer in the drug group (p equals .03).") == [0.03]
    assert p_values_of("Deaths were fewer in the drug group, with a p-value equal to 0.03.") == [
        0.03
    ]
    assert p_values_of("Pain and sleep improved (p values 0.01 and 0.03).") == [0.01, 0.03]
    # a value with a leading 1 and a power of ten is the power's ('1.2E-5'), not 1.2 (no p-value)
    assert p_values_of("The variant raised the risk of stroke (P=1.2E-5).") == [1.2e-05]


def test_a_p_value_printed_before_a_mention_of_other_research_is_the_studys() -> None:
    # the result and its p-value come first; the other study or earlier research is set beside it after
    assert p_values_of(
        "Heart attacks fell by 30 percent (p<0.001), more than a previous trial of a similar drug had found."
    ) == [0.001]
    assert p_values_of(
        "The drug cut heart attacks by 30 percent (p<0.001), twice the benefit seen in a 2015 trial of an older"
        " drug."
    ) == [0.001]
    assert p_values_of(
        "Unlike a 2015 trial, the drug cut heart attacks by 30 percent (p<0.001)."
    ) == [0.001]
    # printed after the mention, it is the other study's
    assert (
        p_values_of("A 2015 trial of an older drug cut heart attacks by 15 percent (p=0.04).") == []
    )
    assert p_values_of("Previous trials found a smaller benefit (p=0.04).") == []


def test_an_effect_told_again_for_another_group_in_the_next_sentence_takes_its_kind() -> None:
    assert effects_of(
        "Men with three points had a 46 percent decreased chance of developing lethal prostate cancer"
        " in the health professionals' group. In the physicians' group this decrease was 30 percent."
    ) == [("RRR", 46.0), ("RRR", 30.0)]
    assert effects_of(
        "People taking anticoagulants were 29 percent less likely to develop dementia than those who"
        " were not. When the researchers focused on people who continued to take the drugs, they found"
        " an even larger reduction (48 percent) in the risk for dementia."
    ) == [("RRR", 29.0), ("RRR", 48.0)]
    assert effects_of(
        "The number of active lesions had dropped 89 percent more among the 600-mg group compared with"
        " those getting a placebo. Similarly, those in the 2,000-mg group experienced a 96 percent"
        " bigger drop in lesions."
    ) == [("pct_change", 89.0), ("pct_change", 96.0)]
    # with no effect in its own or the previous sentence, nor for the comparison group's own change
    assert effects_of("In the physicians' group this decrease was 30 percent.") == []
    assert effects_of(
        "Patients on the drug had a 40 percent lower risk of stroke than those on placebo."
        " In the placebo group, the decrease was 10 percent."
    ) == [("RRR", 40.0)]


def test_an_absolute_difference_in_percent_or_out_of_every_100_is_an_arr() -> None:
    assert effects_of(
        "In addition, there was a 4.0% and 8.9% absolute improvement in laryngectomy-free survival at"
        " 2 and 3 years, respectively."
    ) == [("ARR", 4.0), ("ARR", 8.9)]
    assert effects_of(
        "Screening prevented breast cancer deaths in three additional women out of every 100 screened."
    ) == [("ARR", 3.0)]
    assert effects_of(
        "For every 100 people who took the drug, four fewer had a heart attack compared with placebo."
    ) == [("ARR", 4.0)]
    # a share of people is none, and a difference out of every 1,000 is no percentage points
    assert effects_of("It is estimated that about one in every 100 people in the UK has ASD.") == []
    assert effects_of("For every 1,000 people screened, three fewer died of lung cancer.") == [
        ("difference", 3.0)
    ]
    assert effects_of("The MRI showed an absolute increase in volume of nearly 12 percent.") == []


def test_a_change_stated_as_a_noun_with_its_value_after_of_is_read_against_the_other_group() -> (
    None
):
    assert effects_of(
        "Those who received the oral insulin had a mean night-time glucose reduction of nearly 6.5 percent"
        " compared with a placebo."
    ) == [("pct_change", 6.5)]
    assert effects_of(
        "The meditating group enjoyed an average drop of 4.9 mm Hg in systolic blood pressure compared to the"
        " control group."
    ) == [("difference", 4.9)]
    # one group's own change beside the other's, or against its start, is none
    assert (
        effects_of(
            "After a year, people in the Weight Watchers group had an average weight loss of about 4 percent of"
            " their starting weight, compared to 2 percent for the standard care group."
        )
        == []
    )
    assert (
        effects_of(
            "The vegetarian diet resulted in an average loss of 6.2kg compared to 3.2kg for the conventional diet."
        )
        == []
    )
    assert (
        effects_of(
            "Patients had a reduction of 30 percent in pain compared with the start of the study."
        )
        == []
    )


def test_events_more_or_fewer_per_thousand_are_a_difference() -> None:
    assert effects_of(
        "The results translate to 43 fewer heart attacks and strokes per 100,000 people, said lead author Dr. Smith."
    ) == [("difference", 43.0)]
    assert effects_of(
        "For men, the difference came out to 103 fewer cancer deaths a year per 100,000 people."
    ) == [("difference", 103.0)]
    assert effects_of(
        "For every thousand people screened with a low-dose CT, three fewer died of lung cancer."
    ) == [("difference", 3.0)]
    assert effects_of(
        "Our results indicate that in 1,000 women screened for 10 years, three breast cancer deaths were prevented."
    ) == [("difference", 3.0)]
    # a projection of what screening would bring is none
    assert (
        effects_of(
            "Our results indicate that in 1,000 women screened for 10 years, three breast cancer deaths would be"
            " prevented."
        )
        == []
    )
    # a rate per 1,000 in each group, a count per 1,000 with no difference, or a comparison with a year is none
    assert (
        effects_of(
            "There were 2.5 strokes per 1,000 women per year among those with the highest chocolate intake."
        )
        == []
    )
    assert (
        effects_of(
            "For every 1,000 people screened in the study, four children and four parents were identified as being at"
            " risk."
        )
        == []
    )
    assert effects_of("There were 12 fewer heart attacks than in 2010 per 1,000 people.") == []


def test_list_items_of_those_from_a_cause_are_effects_of_the_kind_before_them() -> None:
    assert effects_of(
        "Deaths from adenomatous lung cancer were cut 30 percent, those from colorectal cancer 40"
        " percent, and those from prostate cancer 10 percent."
    ) == [("RRR", 30.0), ("RRR", 40.0), ("RRR", 10.0)]
    # a clause of its own about the other group, or with no effect before it, is none
    assert effects_of(
        "The drug cut deaths by 30 percent, and those in the placebo group had 40 percent more"
        " infections."
    ) == [("RRR", 30.0)]
    assert effects_of("Most had diabetes, and those from rural areas 40 percent.") == []


def test_a_time_gained_as_minutes_faster_is_a_difference() -> None:
    assert effects_of(
        "Compared with no treatment, treated patients fell asleep almost 20 minutes faster."
    ) == [("difference", 20.0)]
    assert effects_of("The clinic now sees patients faster than before.") == []
    assert effects_of("Most say they wish they had done it 10 years sooner.") == []


def test_a_change_without_by_set_against_another_group_is_an_effect() -> None:
    assert effects_of(
        "The risk of recurrence dropped 40% among women who took the drug compared to women on placebo."
    ) == [("RRR", 40.0)]
    assert effects_of(
        "Hospital admissions for heart attacks and strokes in those areas declined 6 percent starting three"
        " years after the bans, compared with counties without bans."
    ) == [("RRR", 6.0)]
    assert effects_of("Compared with placebo, deaths fell 20 percent.") == [("RRR", 20.0)]
    assert effects_of(
        "Overall survival improved 25 percent compared with the standard treatment."
    ) == [("pct_change", 25.0)]
    # no other group, the other group's own change, the group's start, a time, or another clause's 'than'
    assert (
        effects_of("Cervical cancer rates have dropped more than 50 percent in the last 30 years.")
        == []
    )
    assert (
        effects_of(
            "Pain fell 30 percent in the drug group, compared with 10 percent in the placebo group."
        )
        == []
    )
    assert effects_of("Scores improved 20 percent from baseline, compared with placebo.") == []
    assert effects_of("Hospital admissions rose 12 percent compared to a year earlier.") == []
    assert effects_of("Cases of measles rose 30 percent compared with 2015.") == []
    assert (
        effects_of(
            "Vertex's shares jumped 15 percent Wednesday as investors figured VX-770 looks even better than"
            " they'd expected."
        )
        == []
    )


def test_a_change_set_off_as_an_aside_is_an_effect() -> None:
    # between dashes after a change, its kind from the change's own words
    assert effects_of(
        "The people who showed the highest blood levels of the omega-3 fats (people absorb it at different"
        " rates) showed the greatest reduction in scarring — 13% — compared to those with the lowest levels."
    ) == [("pct_change", 13.0)]
    # closing a clause after a dash or a comma: of people diagnosed, a risk's reduction
    assert effects_of(
        "Of the 6,729 men who underwent biopsies, 659 taking dutasteride were diagnosed with prostate cancer"
        " (19.9%), compared with 858 men (25.1%) taking a placebo -- a 23% reduction."
    ) == [("RRR", 23.0)]
    assert effects_of(
        "Participants taking the drug smoked 2.3 fewer cigarettes daily than those on placebo, a 12 percent"
        " decrease, and felt less satisfied."
    ) == [("pct_change", 12.0)]
    # no groups compared with a comparison word (a group's own change beside none in the other), or no aside
    assert (
        effects_of(
            "Measures of spasticity dropped an average of three points — about 30 percent — on a 24-point scale"
            " when patients smoked marijuana, but didn't change after they smoked the placebo."
        )
        == []
    )
    assert (
        effects_of("Patients had pain scores that fell from 8 to 4, a 50 percent decrease.") == []
    )
    assert (
        effects_of("After two years, patients showed a 51% reduction, compared with the beginning.")
        == []
    )


def test_a_relative_reduction_as_named_and_percentage_points_read_by_a_percent_pattern() -> None:
    assert effects_of(
        "Although the relative reduction in risk of death was 14%, the result didn't meet tests for"
        " statistical significance."
    ) == [("RRR", 14.0)]
    assert effects_of(
        "Death occurred in 10% vs 12.5% of patients, a relative reduction of 20%."
    ) == [("RRR", 20.0)]
    # 'percent' of 'percentage points' is no relative reduction
    assert effects_of("The drug reduced deaths by 2.5 percentage points, from 12.5% to 10%.") == [
        ("ARR", 2.5)
    ]
    # a new level after 'to' is no reduction
    assert effects_of("The drug lowered the rate of death to 10% from 12.5%.") == []


def test_the_first_items_of_a_list_of_differences_sharing_one_comparison_are_effects() -> None:
    assert effects_of(
        "States with medical cannabis laws saw 20.7% fewer morphine prescriptions and 17.4% fewer"
        " hydrocodone prescriptions compared with states that did not have these laws."
    ) == [("pct_change", 20.7), ("pct_change", 17.4)]
    assert effects_of(
        "Those on the drug had 20 percent lower LDL and 15 percent higher HDL than those on placebo."
    ) == [("pct_change", 20.0), ("pct_change", 15.0)]
    # a number that is no percentage may stand between ('among the 600-mg group')
    assert effects_of(
        "The number of active lesions had dropped 89 percent more among the 600-mg group compared with"
        " those getting a placebo."
    ) == [("pct_change", 89.0)]
    # not against the group's start
    assert (
        effects_of("They had 41% fewer hot flashes and 57% fewer night sweats than at the outset.")
        == []
    )


def test_a_benefit_or_advantage_stated_as_a_percentage_is_an_effect() -> None:
    assert effects_of(
        "The effects were significant and corresponded to 66 percent and 40 percent benefit from"
        " tramiprosate compared to placebo."
    ) == [("pct_change", 66.0), ("pct_change", 40.0)]
    # the difference of two printed percentages is an absolute difference
    assert effects_of(
        "After 10 years, 89 percent of the prostate removal group was still alive. That compared with the"
        " 74 percent survival in the group that received only radiation, amounting to a 15 percent survival"
        " advantage in the group that was treated with prostate removal."
    ) == [("ARR", 15.0)]
    # no comparison
    assert effects_of("About 66 percent of patients saw a benefit, a 15 percent advantage.") == []


def test_a_change_stated_as_up_or_down_and_an_event_less_common_are_of_a_risk() -> None:
    assert effects_of(
        "The risk of bleeding was up 30 percent in the drug group compared with placebo."
    ) == [("other", 30.0)]
    assert effects_of(
        "The risk of bleeding went up 30 percent among those on the drug, compared with placebo."
    ) == [("other", 30.0)]
    assert effects_of(
        "Pain scores were down 30 percent in the treated group compared with the control group."
    ) == [("pct_change", 30.0)]
    assert effects_of(
        "Relapses were 30 percent less common in the drug group than in the placebo group."
    ) == [("RRR", 30.0)]
    # no group compared
    assert effects_of("Sales were up 30 percent this year.") == []


def test_a_gap_of_points_between_groups_is_an_effect() -> None:
    # the points that two printed percentages differ by are percentage points; the mention of earlier research after
    # the value only sets it beside that research
    assert effects_of(
        "The drug halved migraines in 30 percent of patients, while 14 percent of placebo patients achieved that"
        " goal. Reuter said the 17-point gap between the treatment and placebo groups was in line with previous"
        " Aimovig studies."
    ) == [("ARR", 17.0)]
    assert effects_of(
        "The 2.5-point difference on the depression scale compared with placebo was significant."
    ) == [("difference", 2.5)]
    assert effects_of("The study used a 17-point scale.") == []
    # a mention that reports what the research showed makes the sentence that research's
    assert effects_of("Statins cut heart attacks by 30 percent, previous studies have shown.") == []
    assert effects_of(
        "The drug cut heart attacks by 30 percent, more than previous trials of similar drugs."
    ) == [("RRR", 30.0)]


def test_direction_words_read_once_for_outcomes_and_finding() -> None:
    """The outcomes and the finding share the text's one Directions: a lead sentence the outcomes read is not
    read again for the finding."""
    from extractor.components.outcomes import Directions

    doc = run(
        "Drug cuts deaths\nThe drug reduced deaths in the trial. Overall survival did not differ.",
        "trial_outcomes",
    )
    view = doc._.view
    directions = Directions.of(view)
    assert directions._found is Directions.of(view)._found
    read = set(directions._found)
    assert view.sentences[2] in read  # the outcomes read the sentence of 'overall survival'
    assert directions.between(*view.sentences[2]) is not None
    assert set(directions._found) == read  # asked again: nothing new read


def test_time_gained_or_saved_stated_with_by_is_a_difference() -> None:
    assert effects_of(
        "A combination of two drugs delays progression of advanced breast cancer by an average of nine months."
    ) == [("difference", 9.0)]
    assert effects_of(
        "The drug prolonged the lives of patients with advanced pancreatic cancer by almost two months in a trial."
    ) == [("difference", 2.0)]
    assert effects_of(
        "The higher fluid rate also reduced the overall time of labor by an average of 64 minutes."
    ) == [("difference", 64.0)]
    assert effects_of(
        "But robotic surgeries took longer than non-robotic surgeries by about 40 minutes - 3 hours and 11 minutes"
        " compared to 2 hours and 29 minutes, on average."
    ) == [("difference", 40.0)]
    assert effects_of(
        "People taking the drug gain an extra five years of life compared with people taking other therapy."
    ) == [("difference", 5.0)]
    # the other group's own time, a change from the start, a rate, a trial extended or no object: none
    assert (
        effects_of(
            "Flashes of light delayed sleepiness by two hours, compared to a 36-minute delay for those exposed to"
            " continuous light."
        )
        == []
    )
    assert (
        effects_of(
            "The drug extended survival by four months, compared with two months on placebo."
        )
        == []
    )
    assert effects_of("The drug shortened hospital stays by two days from baseline.") == []
    assert (
        effects_of(
            "The device reduced the frequency of headache days by about three days per month."
        )
        == []
    )
    assert effects_of("The company extended the trial by six months.") == []
    assert effects_of("On average, my nights of sleep lengthened by 30 minutes.") == []


def test_list_items_with_no_cue_after_a_by_effect_are_effects_of_its_kind() -> None:
    assert effects_of(
        "The 20-year risk of death was reduced by about 10 percent for prostate cancer, 30 percent"
        " for lung cancer and 60 percent for oesophageal cancer in those taking aspirin."
    ) == [("RRR", 10.0), ("RRR", 30.0), ("RRR", 60.0)]
    assert effects_of(
        "Vitamin use cut the rate of precancers by 11 percent after three months of use and 20"
        " percent after nine months, compared with placebo."
    ) == [("RRR", 11.0), ("RRR", 20.0)]
    # the control group's own value, or a list with no effect before it, is none
    assert effects_of(
        "The drug cut the risk of death by 30 percent, 12 percent for the control group."
    ) == [("RRR", 30.0)]
    assert (
        effects_of("Most were men, 30 percent for the first time and 60 percent after surgery.")
        == []
    )


def test_a_bracketed_aside_between_a_value_and_its_cue_is_skipped() -> None:
    assert effects_of(
        "Women eating the diet showed a 68 percent (multivariable-adjusted hazard ratio of 0.32)"
        " relatively lower risk of breast cancer than those allocated to the control diet."
    ) == [("RRR", 68.0), ("HR", 0.32)]
    assert effects_of(
        "The vaccine was shown to be 89% (95% confidence interval: 68-97%) efficacious in"
        " preventing PHN compared to placebo."
    ) == [("RRR", 89.0)]


def test_a_cost_more_or_less_than_the_other_group_or_a_cost_saving_is_a_difference() -> None:
    assert effects_of(
        "Robotic prostate removal cost about $10,000 on average, roughly $700 more than laparoscopic surgery"
        " and $1,100 more than open surgery, the study found."
    ) == [("difference", 700.0), ("difference", 1100.0)]
    assert effects_of(
        "In the trial, the wrist approach cost about $900 less than the groin approach, on average."
    ) == [("difference", 900.0)]
    assert effects_of(
        "In the randomized trial, the ultrasound arm had an overall cost savings of $9,200."
    ) == [("difference", 9200.0)]
    # a price beside another, a bound and a projection over millions are no effect
    assert (
        effects_of(
            "In the trial, Avastin cost about $50 a dose, compared with about $2,000 for Lucentis."
        )
        == []
    )
    assert effects_of("In the study, genetic testing cost less than $200 per person.") == []
    assert (
        effects_of(
            "The study estimated an annual cost saving of more than $500 million for each cohort."
        )
        == []
    )


def test_one_benefit_for_every_so_many_treated_is_a_number_needed_to_treat() -> None:
    assert effects_of(
        "Researchers calculated that for every 71 people who were vaccinated, one case of shingles was prevented."
    ) == [("NNT", 71.0)]
    assert effects_of(
        "For men under 65, surgery saved one life for every seven men who had prostatectomies."
    ) == [("NNT", 7.0)]
    assert effects_of(
        "The trial found that one patient became symptom-free for every 12 who were treated."
    ) == [("NNT", 12.0)]
    assert effects_of("In the trial, just 12 men needed to be diagnosed to save one life.") == [
        ("NNT", 12.0)
    ]
    # one fewer event per so many people, and a rate, are no number needed to treat
    fewer = (
        "For every 1,000 women taking the drug for one year in the trial, one fewer case of breast cancer"
        " occurred."
    )
    assert ("NNT", 1000.0) not in effects_of(fewer)
    assert effects_of("Birth defects affect one in every 33 births, the study said.") == []


def test_a_reduction_by_a_qualified_percentage_is_a_relative_reduction() -> None:
    assert effects_of('Screening reduced breast cancer deaths by a "modest" 10 percent.') == [
        ("RRR", 10.0)
    ]
    assert effects_of("The drug cut the risk of stroke by a whopping 40 percent.") == [
        ("RRR", 40.0)
    ]


def test_a_significance_threshold_set_in_the_methods_is_no_p_value() -> None:
    for methods in (
        "Statistical significance was set at p<0.05.",
        "A p-value of less than 0.05 was considered statistically significant.",
        "All tests were two-sided, and p < 0.05 was considered significant.",
        "The significance level was p = 0.05.",
    ):
        assert p_values_of(f"{methods} Deaths fell on the drug (p=0.01).") == [0.01]
    # a result's p-value said to be significant, or in a sentence with the result's values, is read
    assert p_values_of("The drop in deaths was considered statistically significant (p<0.01).") == [
        0.01
    ]
    assert p_values_of(
        "Deaths fell from 12% to 8%, which was considered statistically significant (p<0.05)."
    ) == [0.05]


def test_a_result_set_beside_earlier_research_in_agreement_is_the_studys() -> None:
    assert p_values_of(
        "As in earlier trials, overall survival was longer on the drug (p=0.002)."
    ) == [0.002]
    assert p_values_of(
        "Consistent with previous studies, deaths were fewer on the drug (p=0.01)."
    ) == [0.01]
    # earlier research's result, with no opening of agreement, is not
    assert p_values_of("Previous studies have shown fewer deaths on the drug (p=0.01).") == []


def test_a_p_value_explained_between_its_words_and_its_value_is_read() -> None:
    assert p_values_of(
        "The p-value, a measure of statistical significance, was 0.03 for the drop in deaths."
    ) == [0.03]
    assert p_values_of(
        "Deaths fell on the drug, with a p-value — a measure of whether the result could be due to"
        " chance — of 0.001."
    ) == [0.001]
    assert p_values_of(
        "Deaths fell; the p-value, which measures statistical significance, was less than 0.001."
    ) == [0.001]
    assert p_values_of("The p-value, a measure of significance, was not reported.") == []


def test_plural_p_values_each_named_for_what_it_tests_are_each_read() -> None:
    assert p_values_of(
        "Deaths fell, and the p-values were 0.01 for deaths and 0.03 for strokes."
    ) == [
        0.01,
        0.03,
    ]
    assert p_values_of("Deaths fell (p-values 0.01 in women and .04 in men).") == [0.01, 0.04]
    # after a single p-value, a value after what it tests may be another measure's ('0.72 for strokes': a ratio)
    assert p_values_of("Deaths fell (p = 0.01 for deaths and 0.72 for strokes).") == [0.01]


def test_a_number_needed_to_treat_told_as_a_projection_to_help_one_is_read() -> None:
    assert effects_of(
        "Based on the results, the team says it would be necessary to treat 12 depressed patients with TMS"
        " in order to have one patient recover."
    ) == [("NNT", 12.0)]
    assert effects_of("Doctors would need to treat 370 women to save one life.") == [("NNT", 370.0)]
    # one of a group, not the one helped
    assert effects_of("They had to treat 20 patients to help one of them walk.") == []


def test_an_effect_of_a_meta_analysis_dated_by_year_or_of_one_study_of_several_is_not_the_studys() -> (
    None
):
    assert (
        effects_of(
            "A 2008 meta-analysis found that placebos used in clinical trials of Parkinson's treatments"
            " improved symptoms by an average of 16% compared with no treatment."
        )
        == []
    )
    assert (
        effects_of(
            "In one study, researchers found that people who have long telomeres have a 30 percent"
            " increased risk of developing colon cancer."
        )
        == []
    )


def test_an_improvement_in_recurrence_or_survival_is_a_relative_reduction() -> None:
    assert effects_of(
        "The older women had a 27 percent improvement in recurrence and a 29 percent improvement in overall"
        " survival over the five-year follow-up, compared to those who didn't get the drug."
    ) == [("RRR", 27.0), ("RRR", 29.0)]
    # a measure's improvement is a percentage change, not a risk's
    assert effects_of(
        "Those who exercised showed an 18 percent improvement in their maximum oxygen intake compared with"
        " those who did not."
    ) == [("pct_change", 18.0)]


def test_counts_per_ten_thousand_told_with_would_are_differences_each_item_of_the_list() -> None:
    assert effects_of(
        "The data indicate that for every 10,000 women in their 50s, those using estrogen would experience"
        " 12 fewer heart attacks, 13 fewer deaths and 18 fewer adverse events in a given year, compared with"
        " those taking a placebo."
    ) == [("difference", 12.0), ("difference", 13.0), ("difference", 18.0)]
    # a projection without a base stays no result
    assert (
        effects_of(
            "If every eligible woman took the drug, there would be 10,000 fewer preemies a year."
        )
        == []
    )


def test_a_blood_pressure_difference_in_millimeters_of_mercury_is_a_difference() -> None:
    assert effects_of(
        "Those who ate three kiwi fruits a day had systolic blood pressure levels that were 3.6 millimeters"
        " of mercury lower than those of volunteers who ate an apple a day."
    ) == [("difference", 3.6)]


def test_a_mean_difference_with_its_measure_or_its_full_comparator_before_the_value_is_read() -> (
    None
):
    assert effects_of(
        "Patients went home sooner. The mean difference of length of stay between the two groups was 28.8 hours."
    ) == [("difference", 28.8)]
    assert effects_of(
        "The primary endpoint improved (Least Squares Mean Difference Standard Error from placebo nasal spray"
        " plus a newly initiated oral antidepressant: -4.0 [1.69], 95% CI: -7.31, -0.64; one-sided p=0.010)."
    ) == [("difference", -4.0)]


def test_the_same_value_in_two_items_of_one_list_is_two_effects() -> None:
    items = [
        "a 16 percent lower risk of dying from cancer.",
        "a 38 percent lower risk of dying from heart disease.",
        "a 39 percent lower risk of dying from stroke.",
        "a 38 percent lower risk of dying from respiratory disease.",
    ]
    text = (
        "Optimism and death\n\nThe most optimistic women had a nearly 30 percent lower risk of dying than the"
        " least optimistic women.\n\nSpecifically, the researchers found that the most optimistic women had:\n\n"
    )
    assert effects_of(text + "\n\n".join(items) + "\n") == [
        ("RRR", 30.0),
        ("RRR", 16.0),
        ("RRR", 38.0),
        ("RRR", 39.0),
        ("RRR", 38.0),
    ]
    # the same item printed again, word for word, is one effect
    assert effects_of(text + "\n\n".join([*items[:3], items[1]]) + "\n") == [
        ("RRR", 30.0),
        ("RRR", 16.0),
        ("RRR", 38.0),
        ("RRR", 39.0),
    ]


def test_an_n_fold_difference_against_a_treatment_test_or_product_is_other() -> None:
    # the other group named as a treatment, test or product, not as people
    assert effects_of(
        "In the trial the new drug, FY26, was 49 times more potent than the clinically used treatment cisplatin."
    ) == [("other", 49.0)]
    assert effects_of(
        "In the trial the experimental drug worked three times faster than another antiviral drug."
    ) == [("other", 3.0)]
    assert effects_of(
        "The trial showed the sensor is 3,000 times more accurate than current technology."
    ) == [("other", 3000.0)]
    assert effects_of(
        "In the trial, redness was reduced nearly three times as much with the cream as with the competing product."
    ) == [("other", 3.0)]
    # half as ... as: a ratio of half
    assert effects_of(
        "In the trial, about half as much blood was lost when robots were enlisted than with standard laparoscopy."
    ) == [("other", 0.5)]
    # other research, a price and a range are no effect
    assert (
        effects_of("The rate was five times higher than other studies of such tests had found.")
        == []
    )
    assert effects_of("The new scan is 20 times cheaper than traditional tests.") == []
    assert (
        effects_of("The assay is 100- to 1,000-fold more sensitive than traditional methods.") == []
    )
