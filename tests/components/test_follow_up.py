"""Follow-up (with the enrollment and randomized counts it interacts with): which duration is the follow-up."""

from __future__ import annotations

from tests.helpers import enrollment_counts, follow_up_value, run


def test_people_followed_with_a_long_description_before_the_for() -> None:
    # the people followed take more words than the follow-up pattern's gap: the 'for' is still how long
    assert follow_up_value(
        "Rautiainen and her team followed 31,671 women with no history of heart disease and 2,262 women who "
        "did have cardiovascular disease for about 10 years."
    ) == (10.0, "years", None)
    # ... to come: planned
    assert follow_up_value(
        "The patients will be monitored closely by their doctors at the 20 clinics in the trial for five years."
    ) == (5.0, "years", "planned")
    # not a treatment 'followed by' another, nor a diet followed
    assert follow_up_value(
        "Half got an IV of antibiotics for three days followed by antibiotic pills for a week."
    ) == (3.0, "days", "total")
    assert follow_up_value(
        "The volunteers followed the low-fat diet they were given for six months."
    ) != (
        6.0,
        "months",
        None,
    )


def test_a_follow_up_that_is_needed_is_not_the_studys() -> None:
    text = (
        "In the trial, 61 obese adults were randomly assigned to surgery or lifestyle intervention and followed "
        "for three years. However, data from more patients across several centers, followed for up to seven "
        "years after surgery, is needed, according to Dr. Courcoulas."
    )
    assert follow_up_value(text) == (3.0, "years", None)
    assert follow_up_value("Studies that follow patients for 10 years are needed.") is None
    # a finding reported between the follow-up and what is needed: the study's own
    assert follow_up_value(
        "The study, which followed 500 patients for five years, found that more research is needed."
    ) == (5.0, "years", None)


def test_all_randomly_assigned_in_a_joined_clause_or_by_agreement() -> None:
    assert enrollment_counts(
        "Israel and his colleagues recruited 62 severe asthma sufferers for the study. All received top-notch "
        "asthma treatment, and were randomly assigned to take either Gleevec or a placebo pill."
    ) == (62, 62)
    assert enrollment_counts(
        "The researchers recruited 121 young adults who had injured their knees. They agreed, rather bravely, "
        "to be randomly assigned to one of two groups."
    ) == (121, 121)
    assert enrollment_counts(
        "They recruited 272 people who had neck pain. The study volunteers were randomly selected for one of "
        "three treatment groups."
    ) == (272, 272)
    # a part that agreed, or people selected for something else: not all randomized
    assert enrollment_counts(
        "The study enrolled 400 patients. Those who agreed to be randomized got the drug or a placebo."
    ) == (400, None)
    assert enrollment_counts(
        "The trial included 281 women. Patients were randomly selected for interviews."
    ) == (281, None)


def test_randomly_selected_or_chosen_n_people_are_randomized() -> None:
    assert enrollment_counts(
        "French investigators from a private company randomly selected 342 patients with pancreatic cancer. "
        "Part of the group was given gemcitabine."
    ) == (342, 342)
    assert enrollment_counts(
        "Investigators randomly chose 1,623 adults with coronary heart disease to receive either anacetrapib "
        "or a placebo for 18 months."
    ) == (1623, 1623)


def test_victims_and_recruits_are_people() -> None:
    assert enrollment_counts(
        "The DAWN trial randomly assigned 206 stroke victims who arrived at the hospital within six to 24 hours "
        "to either thrombectomy or standard medical therapy."
    ) == (206, 206)
    assert enrollment_counts(
        "Laaksi's team randomly assigned 164 male military recruits to take either vitamin D or placebo pills."
    ) == (164, 164)


def test_the_length_of_an_experiment_is_the_studys() -> None:
    assert follow_up_value(
        "After the 12-week experiment, Cotton and his colleagues found mindfulness therapy increased neural "
        "activity."
    ) == (12.0, "weeks", None)


def test_a_time_point_first_in_a_clause_after_a_semicolon() -> None:
    assert follow_up_value(
        "And its effects lasted; after a year and a half, the longest patient follow-up, the therapy was "
        "continuing to work."
    ) == (1.5, "years", None)
    assert follow_up_value(
        "At six months, people who took the full dose lost nearly 10% of their body weight; by one year, it was "
        "up to 10.4%."
    ) == (1.0, "years", None)
    # mid-clause after a semicolon: no time point of the study
    assert (
        follow_up_value("The drug was approved; sales rose after 60 days, the company said.")
        is None
    )


def test_the_size_written_before_the_study_word() -> None:
    # 'their 190-patient study': the study's size, and randomized when the participants were randomly assigned
    assert enrollment_counts(
        "George and his colleagues report the results of their 190-patient study, the most rigorous so far. "
        "The researchers randomly assigned participants to receive TMS or sham TMS."
    ) == (190, 190)
    assert enrollment_counts("The 2,400-woman, randomized study complicates the advice.") == (
        2400,
        None,
    )
    # ... before another study's count it is the earliest stated
    assert enrollment_counts(
        "The 1,212-patient study calls into question the need for surgery. Two participants in the study, "
        "Donald Ferguson and Jimmy Spell, were each diagnosed eight years ago."
    ) == (1212, None)


def test_a_study_size_of_a_study_to_come_or_long_ago_or_of_two_pooled_is_not_the_total() -> None:
    assert enrollment_counts(
        "Abbott plans to begin a 500-patient pivotal trial in Europe later this year."
    ) == (
        None,
        None,
    )
    assert enrollment_counts(
        "Allegro Diagnostics is halfway through a 60-patient clinical trial of the test."
    ) == (None, None)
    assert enrollment_counts(
        "Wood noted that in a five-subject study of peanut allergy shots more than 10 years ago, all "
        "patients suffered serious reactions."
    ) == (None, None)
    assert enrollment_counts(
        "The latest results come from a combined analysis of a 1,012-patient study and a 646-patient study."
    ) == (None, None)


def test_a_result_at_n_months_mid_sentence_is_a_time_point() -> None:
    assert follow_up_value("In the study, 119 people (37%) reported no pain at six months.") == (
        6.0,
        "months",
        None,
    )
    # the latest read-out of the study
    assert follow_up_value(
        "At the end of 12 weeks, the tai chi group reported improvements in their scores. The improvements "
        "were still evident at 24 weeks, according to the research."
    ) == (24.0, "weeks", None)
    # not a week of pregnancy, nor an age
    assert (
        follow_up_value(
            "Overall, 63 percent opposed having most women deliver at 39 weeks, the poll found."
        )
        is None
    )
    assert (
        follow_up_value("The infants showed a significant improvement at 12 months of age.") is None
    )


def test_of_n_people_first_in_a_sentence_is_the_total_when_nothing_else_is_stated() -> None:
    assert enrollment_counts(
        "Of 16 people with mild-to-moderate Alzheimer's disease, those who received two to seven infusions "
        "of the experimental drug every four weeks showed marked reductions."
    ) == (16, None)
    # a part told by what they did or when they were seen is not
    assert enrollment_counts(
        "Among the 11 women who took the placebo, just one experienced remission within 60 hours."
    ) == (None, None)
    assert enrollment_counts(
        "Among five patients seen six months after the procedure, tumor control continued to be 100 percent."
    ) == (None, None)
    # ... and another pattern's count comes first
    assert enrollment_counts(
        "The trial enrolled 300 patients. Of the 24 patients with a relapse, 70 percent saw the disease halted."
    ) == (300, None)


def test_a_period_people_were_recruited_or_their_data_gathered_over_is_no_follow_up() -> None:
    # when the study's people came in or their data were gathered: an enrollment period
    assert (
        follow_up_value(
            "For this case-control study, researchers recruited 5,307 colonoscopy patients at two hospitals "
            "over a seven-year period ending in April 2010."
        )
        is None
    )
    assert (
        follow_up_value(
            "The new study tapped into data from more than 20,000 children who had been screened at public "
            "schools in West Virginia over five years."
        )
        is None
    )
    assert (
        follow_up_value(
            "The researchers analyzed results from 1,867 patients who had both types of scans performed within "
            "six months of each other over a 10-year period."
        )
        is None
    )
    # people seen again over the period, or a change over it, is a time line
    assert follow_up_value(
        "The new study examined former smokers three times over a five-year period."
    ) == (
        5.0,
        "years",
        None,
    )
    assert follow_up_value(
        "Researchers identified 10 people whose cognitive skills declined over a two-year period."
    ) == (2.0, "years", None)


def test_a_time_point_later_first_in_its_sentence_without_a_comma() -> None:
    # 'N units later' first in its sentence, before those measured, with or without a comma; animals and
    # 'they' are those measured too
    assert follow_up_value(
        "Four months later the mice in the fasting group weighed less than those in the control group."
    ) == (4.0, "months", None)
    assert follow_up_value(
        "A week later they were shown the colours again, and their fear responses were measured."
    ) == (1.0, "weeks", None)
    # a crossover's second period is no read-out
    assert follow_up_value("Two weeks later the groups swapped their treatments.") is None


def test_a_duration_of_studies_in_general_is_not_the_own_studys() -> None:
    # other or earlier studies in general: their follow-up, not this one's
    assert follow_up_value(
        "Most studies involving these scans have a follow-up of five years or less. "
        "Researchers then tracked the participants for roughly 15 years."
    ) == (15.0, "years", None)
    assert (
        follow_up_value(
            "The findings are in line with earlier studies showing chondroitin sulfate could significantly "
            "decrease the progression of knee osteoarthritis over a period of three years."
        )
        is None
    )
    # a pooled analysis of earlier studies keeps their follow-up as its own
    assert follow_up_value(
        "The researchers combined 10 earlier studies that looked at women's diets and followed them over "
        "seven to 18 years."
    ) == (18.0, "years", None)


def test_a_stated_statistic_after_a_range_and_a_comma_is_the_follow_up() -> None:
    assert follow_up_value(
        "Patients were tracked from four to 12 years, with a median of 9.2 years."
    ) == (
        9.2,
        "years",
        "median",
    )
    assert follow_up_value("Patients were followed for 2 to 10 years (median 5.2 years).") == (
        5.2,
        "years",
        "median",
    )
    # a median of something else after the comma is no follow-up statistic
    assert follow_up_value(
        "The researchers followed 915 people for five years, with a median age of 81 years."
    ) == (5.0, "years", None)


def test_the_window_an_outcome_was_counted_in_is_a_time_point() -> None:
    # 'within N' after a past-tense event of the study's people, or put first with a result
    assert follow_up_value(
        "Of 572 patients assigned to chlorhexidine-alcohol, 23 developed an infection at the site of the surgery "
        "within 30 days of the procedure."
    ) == (30.0, "days", None)
    assert follow_up_value(
        "Within a year, 14.4 percent of spironolactone patients and 13.4 percent of antibiotic patients "
        "switched to a different drug."
    ) == (1.0, "years", None)
    # a general rate, an eligibility window or a condition the people had before: no time point
    assert (
        follow_up_value(
            "Nearly all patients can be cured, but 85 percent of patients with late-stage melanoma die from it "
            "within five years."
        )
        is None
    )
    assert (
        follow_up_value(
            "Of those, 9,257 were in patients who had had a heart attack within 40 days."
        )
        is None
    )
    assert (
        follow_up_value("Within two months, each patient also underwent an exercise stress test.")
        is None
    )


def test_a_read_out_after_a_verb_of_measuring_or_after_the_intervention_is_a_time_point() -> None:
    # 'at/after N' mid-sentence after a verb of measuring: the last read-out
    assert follow_up_value(
        "Researchers followed up at six months then 12 months, measuring involvement in the groups."
    ) == (12.0, "months", None)
    assert follow_up_value(
        "Researchers measured participants' cholesterol levels at the beginning of the study and after six "
        "months on the selenium supplements or placebo."
    ) == (6.0, "months", None)
    # an age is no read-out
    assert follow_up_value("The babies were scanned at 6 months of age.") is None
    # 'After N of <the intervention>,' first in the sentence
    assert follow_up_value(
        "After 12 weeks of daily yoga and coherent breathing, the subjects' depression scores dropped."
    ) == (12.0, "weeks", None)
    assert follow_up_value("After 15 years of not smoking, the lung cancer risk drops.") is None


def test_over_those_n_months_and_a_study_follow_up_length() -> None:
    assert follow_up_value(
        "Over those four months, the implants worked fairly well for eight patients."
    ) == (4.0, "months", None)
    assert (
        follow_up_value("Over the past 10 years, researchers have looked for better treatments.")
        is None
    )
    assert follow_up_value(
        "The team found a significant reduction in mortality in patients who took aspirin (average study "
        "follow-up length over 5 years)."
    ) == (5.0, "years", "mean")


def test_a_duration_compared_with_another_is_an_outcome_and_one_design_word_makes_a_study_length() -> (
    None
):
    # 'for 21 months, on average, compared to 5.5 months': a time to progression, not a treatment length
    assert (
        follow_up_value(
            "Patients treated with the drug did well: their tumors didn't start to grow again for 21 months, "
            "on average, compared to 5.5 months for a control group that just received a placebo."
        )
        is None
    )
    # the trial's stated length beats how long one arm was given the drug
    assert follow_up_value(
        "The five-month Phase II trial enrolled 50 patients. The researchers gave clemastine to one group "
        "and a placebo to the other for 90 days."
    ) == (5.0, "months", None)


def test_a_change_read_in_n_weeks_and_a_risk_cut_within_n_years_are_time_points() -> None:
    assert follow_up_value(
        "Subjects lost an average of 17.5 pounds in 22 weeks and reduced their overall body weight by 10.5%."
    ) == (22.0, "weeks", None)
    assert follow_up_value(
        "The study reported that taking aromatase inhibitors reduced the risk of women dying of their disease "
        "by 40 percent within 10 years of starting treatment."
    ) == (10.0, "years", None)
    # a rate is no read-out
    assert follow_up_value(
        "The volunteers lost one pound per week in the first month of the diet."
    ) != (
        1.0,
        "weeks",
        None,
    )


def test_a_stretch_put_first_before_the_study_people_and_more_verbs_of_treatment() -> None:
    assert follow_up_value(
        "For 12 weeks, the scientists measured various factors in the participants' blood."
    ) == (12.0, "weeks", None)
    # what has long been so is no time line of the study
    assert (
        follow_up_value("For 15 years, at-risk women have only been tested for the two BRCA genes.")
        is None
    )
    # applied, wore, trained, ate ('eating'), were told to: treatment lengths
    assert follow_up_value("The gels were applied every day for six months.") == (
        6.0,
        "months",
        "total",
    )
    assert follow_up_value(
        "For the study, people wore the device around their knees for 15 minutes, twice a day for six weeks."
    ) == (6.0, "weeks", "total")
    # ... not a product's instructions in the present ('Users are asked to ...')
    assert (
        follow_up_value(
            "Users are asked to finish three 12-minute sessions per week for three months."
        )
        is None
    )


def test_a_span_is_a_time_line_and_one_opening_the_sentence_is_no_window() -> None:
    # 'span' is a period: the time line of what is reported in it
    assert follow_up_value(
        "The findings came from data on 136,474 people who did not have Parkinson's at the start of the study. "
        "In a six-year span, 293 were diagnosed with the disease."
    ) == (6.0, "years", None)
    assert follow_up_value(
        "People who had boosted their activity were less likely to have died in that three-year span than "
        "those who had not."
    ) == (3.0, "years", None)
    # not a life span, and still no window in which something is counted mid-sentence
    assert follow_up_value("The device has a 10-year life span, the researchers said.") is None
    assert (
        follow_up_value(
            "Those treated with Botox had the number of headache days in a 28-day period drop to 11 from 20."
        )
        is None
    )


def test_a_shortened_has_been_is_background_and_every_is_how_often() -> None:
    # 'that's been studied over 50 years' is what has gone on for years, as with 'has been'
    assert (
        follow_up_value(
            "\"We have shown that an already FDA-approved drug that's been studied over 50 years could slow the "
            'disease," Collier said.'
        )
        is None
    )
    assert follow_up_value("It's been shown that patients improved over six months.") == (
        6.0,
        "months",
        None,
    )
    # 'every three months' is how often, not how long
    assert (
        follow_up_value(
            "The team calculated that following the diet every three months could provide enough of an impact."
        )
        is None
    )
    assert follow_up_value("Patients were followed every three months for two years.") == (
        2.0,
        "years",
        None,
    )


def test_at_n_weeks_is_a_gestational_age_where_the_article_counts_a_pregnancy_in_weeks() -> None:
    assert (
        follow_up_value(
            "Researchers studied 5,000 babies born at 22 to 27 weeks of gestation. Survival rose, especially at "
            "22, 23 and 24 weeks, the researchers said."
        )
        is None
    )
    assert (
        follow_up_value(
            "The tests had to be performed after at least seven weeks of gestation. Griffin said two independent "
            "studies found it 90 percent accurate at 10 weeks."
        )
        is None
    )
    # pregnant women, but no pregnancy counted in weeks: a read-out time point
    assert follow_up_value(
        "Pregnant women took the drug or a placebo. At 12 weeks, 40 percent had improved."
    ) == (
        12.0,
        "weeks",
        None,
    )


def test_assessed_every_range_for_signs_for_years_and_later_with_described_people() -> None:
    # an interval given as a range, and what was looked for between it and how long
    assert follow_up_value(
        "Researchers studied 465 men treated with radiation. Patients were assessed every three to six months "
        "for signs of sexual dysfunction for up to five years."
    ) == (5.0, "years", "max")
    # still not part of the study ('for the first six months')
    assert (
        follow_up_value(
            "Safety, tolerability and response were assessed every eight weeks for the first six months."
        )
        is None
    )
    # people with a describing word and no article after 'N later,'
    assert follow_up_value(
        "They treated half with placebo and half with iloprost. Six months later, “former smokers showed "
        "significant improvements on all measures,” the researchers said."
    ) == (6.0, "months", None)
    assert follow_up_value("Two weeks later, he got another call from Sweden.") is None


def test_the_studys_length_in_brackets_after_the_duration_of_the_study() -> None:
    assert follow_up_value(
        "Researchers randomly assigned 300 patients to adalimumab or a placebo. Patients in the adalimumab group "
        "were less likely to experience treatment failure during the duration of the study (80 weeks)."
    ) == (80.0, "weeks", None)
    assert follow_up_value("During the duration of the study, 12 patients died.") is None


def test_a_bare_duration_of_a_study_published_in_a_past_year_is_an_earlier_studys() -> None:
    # the article's own study told first, then an earlier one dated by its publication
    own = "A new study of 500 women found that the herb eased hot flashes. "
    assert (
        follow_up_value(
            own
            + "Black cohosh worked no better than placebos in a year-long study published in Menopause in 2009."
        )
        is None
    )
    assert (
        follow_up_value(
            own
            + "In a monthlong study of 77 patients published in 2013 in the International Journal of "
            "Cardiology, the extract lowered cholesterol."
        )
        is None
    )
    # the study's own length, published in a journal without a year, is still read
    assert follow_up_value(
        "In a year-long study published in Menopause, black cohosh worked no better than placebos."
    ) == (1.0, "years", None)
    # stated follow-up is kept when the study is dated only by its journal
    assert follow_up_value(
        "The trial, published in the Lancet, followed 2,000 patients for five years."
    ) == (5.0, "years", None)


def test_a_study_dated_by_a_past_year_is_an_earlier_studys_also_its_stated_follow_up() -> None:
    own = "A new study of 500 women found that the herb eased hot flashes. "
    for earlier in (
        "The first of these, published in 2011, followed 34 people for up to six weeks.",
        "These benefits persisted after 16 years of follow-up, according to the study, which was published in 2012.",
        "In 2013, Whitmer presented the results of a study of about 15,000 people: by the end of the five-year "
        "study, those who received metformin had a lower risk.",
        "Then in 2011, researchers running the National Lung Screening Trial reported that patients who were "
        "followed for an average of 6.5 years were 20 percent less likely to die.",
        "This 2013 paper, on 43,727 people followed for a median of 17 years, found a link.",
        "In a study in 2001, just 8% of such patients were alive after two years.",
    ):
        assert follow_up_value(own + earlier) is None, earlier
    # the years of the study's own time line are no date of another study
    assert follow_up_value(
        "Patients were treated with SBRT between 2004 and 2014 and followed for a median of 1.7 years."
    ) == (1.7, "years", "median")
    assert follow_up_value(
        "The researchers followed 4,640 participants from the ACCORD Lipid Study for five years after the "
        "conclusion of the trial in 2009."
    ) == (5.0, "years", None)
    assert follow_up_value(
        "In 2002, the researchers enrolled 3,000 people and followed them for 10 years."
    ) == (10.0, "years", None)


def test_over_the_next_year_with_no_number_is_a_time_point_of_one_year() -> None:
    assert follow_up_value(
        "The researchers gave 60 patients the stem cell patch. Over the next year, the patients generally showed "
        "small improvements in their symptoms."
    ) == (1.0, "years", None)
    # beats a treatment length: the time after it over which outcomes were counted
    assert follow_up_value(
        "After taking bone drugs for five years, about one in 1,000 women went on to suffer a thigh fracture over "
        "the next year."
    ) == (1.0, "years", None)
    assert follow_up_value("The results are expected over the next year or two.") is None
    assert follow_up_value("The drug will be tested in more patients over the next year.") is None


def test_a_bare_duration_of_one_study_among_several_is_that_studys() -> None:
    # a review of trials: 'One study of ...' is one of the trials reviewed
    review = (
        "Matthews and her colleagues reviewed 27 clinical trials involving 4,041 pregnant women. "
    )
    assert (
        follow_up_value(
            review
            + "One study of acustimulation, in which a small electric current is applied through the "
            "needles, found some benefit over three weeks."
        )
        is None
    )
    assert (
        follow_up_value(
            "Researchers at the clinic studied the sauna. People who spent 15 minutes a day for two weeks in an "
            "infrared sauna had a drop in blood pressure compared to a control group, one Japanese study reported."
        )
        is None
    )
    # in an article that pools studies, 'in N studies' is some of them
    pooled = (
        "A healthy diet was linked with a lower risk of early death in an analysis of 7 studies. "
    )
    in_six = (
        "In 6 studies, healthy dietary patterns were associated with a lower rate of mortality, with 46 fewer "
        "deaths per 1000 people over 5 years."
    )
    assert follow_up_value(pooled + in_six) is None
    # ... not in an article that pools none: N trials may be the article's own
    assert follow_up_value(in_six) == (5.0, "years", None)
    # the article's own study: one new study, one of the new studies, one study participant
    assert follow_up_value(
        "One new study of 300 patients found that 40 percent had improved over two years."
    ) == (2.0, "years", None)
    assert follow_up_value(
        "One of the new studies tested the ring in more than 2,600 women over nearly two years."
    ) == (2.0, "years", None)
    assert follow_up_value(
        "After 52 weeks, the one study participant who took the drug had lost more weight."
    ) == (52.0, "weeks", None)


def test_a_bare_duration_of_a_study_published_a_while_ago_is_an_earlier_studys() -> None:
    own = "The drug was approved this week for tumors with the mutation. "
    assert (
        follow_up_value(
            own
            + "A trial reported earlier this year found that 24 patients were still alive a year after "
            "starting the drug."
        )
        is None
    )
    assert (
        follow_up_value(
            own
            + "In its latest results published this spring, the European study team said that men who undergo "
            "routine testing have significantly lower risk of prostate-cancer death after 11 years."
        )
        is None
    )
    # the article's own study, published last week or 'a new study published last month'
    assert follow_up_value(
        "A trial reported last week found that 24 patients were still alive a year after starting the drug."
    ) == (1.0, "years", None)
    assert follow_up_value(
        "A new study published last year found that 24 patients were still alive a year after starting the drug."
    ) == (1.0, "years", None)


def test_a_follow_up_range_printed_with_a_hyphen_is_its_later_end() -> None:
    assert follow_up_value(
        "The participants were followed for 20-22 years and filled out questionnaires about the foods they ate."
    ) == (22.0, "years", None)
    assert follow_up_value("The children were followed for 3–5 years.") == (5.0, "years", None)
    # a follow-up in brackets
    assert follow_up_value(
        "The study is the first to show medium to long-term follow-up (3-5 years) of lap band surgery in "
        "adolescents."
    ) == (5.0, "years", None)
    # not an age range
    assert follow_up_value("Researchers followed 200 people aged 40-65 years.") is None
    assert follow_up_value("The babies were followed to 18-22 months of age.") is None


def test_a_time_point_in_the_lead_that_mentions_a_study_is_taken_for_want_of_one() -> None:
    # 'a recent study' in the lead is mostly the article's own
    text = (
        "Heart pump extends lives.\n\nMany experts are touting a new mechanical pump. Patients implanted with the "
        "new pump had a survival rate of 58% after two years, according to a recent study. That is not as good "
        "as a transplant."
    )
    assert follow_up_value(text) == (2.0, "years", None)
    # past the lead, a time point in a sentence that mentions another study is still that study's
    later = (
        "Heart pump extends lives.\n\nMany experts are touting a new mechanical pump. It was approved last "
        "year. Doctors implant it in the chest. It costs $80,000. Surgeons have implanted hundreds. In a "
        "previous study, just 8% of patients treated with drugs were alive after two years."
    )
    assert follow_up_value(later) is None


def test_a_time_point_first_in_a_clause_joined_by_but_or_and() -> None:
    assert follow_up_value(
        "The researchers randomly assigned 240 patients to one of four anesthesia groups. In the fourth group, "
        "the incidence of POCD was 15.3% immediately after surgery, but after six months the pre-operative "
        "cognitive status was restored in all patients."
    ) == (6.0, "months", None)
    assert follow_up_value(
        "Six patients were treated. Three months after treatment, the weight loss began to reverse in some "
        "patients, and after nine months, three patients weighed more than before treatment."
    ) == (9.0, "months", None)
    # mid-clause it is still no time point of the study
    assert (
        follow_up_value("The risk of stillbirth rises after 39 weeks, the researchers found.")
        is None
    )


def test_a_pronoun_after_said_that_goes_on_to_what_one_did_is_one_persons_story() -> None:
    assert (
        follow_up_value(
            "Patients received twice-weekly tai chi classes. After a few weeks, she said she began to feel better, "
            "and after 12 weeks the pain had diminished 90 percent."
        )
        is None
    )
    # the one who says it is no story of one person
    assert follow_up_value(
        "The researchers treated 60 patients. After 12 weeks, 40 percent had improved, said he."
    ) == (12.0, "weeks", None)


def test_two_time_points_joined_by_and_before_later_are_the_later_one() -> None:
    assert follow_up_value(
        "The researchers assigned 351 people to surgery or physical therapy. Those who stuck with therapy had "
        "improved as much six months and one year later as those who had surgery right away."
    ) == (1.0, "years", None)
    assert follow_up_value(
        "Patients were randomly chosen to receive the gene therapy or a placebo. At both six months and a year "
        "later, the patients who had received the new gene saw their risk decline by half."
    ) == (1.0, "years", None)


def test_n_later_after_a_result_of_developing_a_disease_or_a_recurrence() -> None:
    assert follow_up_value(
        "The researchers photographed the retinas of 3,000 people. Those with the narrowest vessels at the "
        "beginning of the study were four times more likely to have developed glaucoma a decade later."
    ) == (10.0, "years", None)
    assert follow_up_value(
        "Surgeons report on 32 cases. Eight patients had node positive disease and seven patients had distant "
        "recurrence 15 months later."
    ) == (15.0, "months", None)


def test_a_follow_up_without_a_statistic_is_quoted_from_its_first_word() -> None:
    """'follow-up of ...' with no 'median'/'mean' before it: the evidence starts at 'follow', not at the space
    before it (the pattern's optional statistic once took the space with it)."""
    text = "The trial ended early. During follow-up of nearly eight years, 40 people died."
    fu = run(text, "trial_follow_up")._.follow_up
    assert fu is not None and fu.value == (8, "years", None)
    start, end = fu.spans[0]
    assert text[start:end].startswith("follow-up of nearly eight years")


def test_a_range_of_durations_is_read_at_its_high_end() -> None:
    assert follow_up_value("Researchers followed 300 patients for 10 to 12 years.") == (
        12.0,
        "years",
        None,
    )
    assert follow_up_value(
        "The trial enrolled 40 children. Two thirds were able to tolerate two peanuts per day after nine to "
        "12 months of treatment."
    ) == (12.0, "months", None)
    assert follow_up_value(
        "The team randomly assigned 500 adults to the drug or a placebo. After two to three years, 40 percent "
        "of the patients had relapsed."
    ) == (3.0, "years", None)
    # a range after 'every' is how often, not how long
    assert follow_up_value("The 60 patients were monitored every 2 to 3 months.") is None
    # the range of a stated average is still read by its statistic
    assert follow_up_value(
        "The patients underwent follow-up examination between eight and 19 years after surgery "
        "(average 11.7 years)."
    ) == (11.7, "years", "mean")


def test_a_decade_after_the_start_of_the_study_is_a_time_point() -> None:
    assert follow_up_value(
        "The 200 women were given a DVD of 12 yoga poses. A decade after the start of the study, bone density "
        "measurements were again taken."
    ) == (10.0, "years", None)
    assert (
        follow_up_value(
            "A decade later, the Massachusetts-based Lahey Hospital found a prevalence of 0.6 percent."
        )
        is None
    )


def test_over_the_course_of_n_is_over_n() -> None:
    assert follow_up_value(
        "To compare the drugs, the researchers conducted a double-blind study over the course of two years."
    ) == (2.0, "years", None)
    assert follow_up_value(
        "The researchers gave 60 people the drug or a placebo. As the researchers tracked the participants over "
        "the course of 12 weeks, they found that those taking the drug improved."
    ) == (12.0, "weeks", None)
    assert (
        follow_up_value(
            "The framework slowly dissolves in the body over the course of a year or more."
        )
        is None
    )


def test_the_n_months_they_were_followed() -> None:
    assert follow_up_value(
        "The researchers randomly assigned 232 men to one of two groups. The men were tested regularly, and in "
        "the nine or so months they were followed, the rates of some infections fell in the treatment group."
    ) == (9.0, "months", None)


def test_up_to_before_the_number_is_the_longest_follow_up() -> None:
    # 'up to' right before a duration the pattern reads without a statistic: statistic 'max' (corpus/README.md)
    assert follow_up_value(
        "For up to eight years, the researchers followed 165 infants who were born in the south west."
    ) == (8.0, "years", "max")
    assert follow_up_value(
        "The patients who took statins had a 26 percent decrease in mortality up to one year after surgery."
    ) == (1.0, "years", "max")
    assert follow_up_value(
        "The patients who took statins had a 26 percent decrease in mortality one year after surgery."
    ) == (1.0, "years", None)
    assert follow_up_value(
        "The trial enrolled more than 2,000 breast cancer patients who were followed for as long as 10 years."
    ) == (10.0, "years", "max")
    assert follow_up_value(
        "In the study, which is continuing, women were followed for a maximum of 8.9 years."
    ) == (8.9, "years", "max")
    # treatment length keeps 'total'
    assert follow_up_value(
        "Patients received 10 mg of pembrolizumab every two weeks for up to 24 months or until progression."
    ) == (24.0, "months", "total")
