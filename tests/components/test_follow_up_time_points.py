"""Follow-up component tests: time points read mid-sentence (blank tokenizer, only the follow-up component)."""

from __future__ import annotations

from tests.helpers import follow_up_value


def test_a_time_point_with_a_result_or_a_comparison_mid_sentence() -> None:
    # a result before 'after N months' ('no recurrence', 'significantly', 'percent'), closing its clause or
    # followed by a comparison or the group it is of
    assert follow_up_value("Four of the six had no recurrence of the disease after 25 months.") == (
        25.0,
        "months",
        None,
    )
    assert follow_up_value(
        "The drug showed remission in significantly more patients, compared with placebo, after eight weeks, "
        "the company said."
    ) == (8.0, "weeks", None)
    assert follow_up_value(
        "Those on aspirin were 20 percent less likely after 20 years to have died of cancer."
    ) == (20.0, "years", None)
    # two groups compared at a time point
    assert follow_up_value(
        "Patients treated with tenecteplase had better outcomes after 90 days than those given alteplase."
    ) == (90.0, "days", None)
    assert follow_up_value(
        "The devices performed as well after 12 months as angioplasty and stenting."
    ) == (
        12.0,
        "months",
        None,
    )
    # no result before it: how long a habit lasted
    assert (
        follow_up_value(
            "Many patients stop taking these medications after more than a year due to side effects."
        )
        is None
    )


def test_treatment_length_of_participants_placed_on_or_following_a_diet() -> None:
    # assignment verbs of diets and crossovers: only a treatment length, used when nothing else is stated
    assert follow_up_value(
        "Children were placed on a diet containing no processed foods for five weeks, and symptoms diminished."
    ) == (5.0, "weeks", "total")
    assert follow_up_value(
        "Each participant followed one of three different diets for four weeks."
    ) == (
        4.0,
        "weeks",
        "total",
    )
    assert follow_up_value("Patients stayed on each regimen for 14 weeks.") == (
        14.0,
        "weeks",
        "total",
    )
    assert follow_up_value("Everyone spent five weeks on each diet.") == (5.0, "weeks", "total")
    # a stated follow-up still wins over the treatment length
    assert follow_up_value(
        "Everyone spent five weeks on each diet. The participants were followed for two years."
    ) == (2.0, "years", None)
    # no participants treated: a place, a habit
    assert follow_up_value("He spent a week in a rehabilitation clinic.") is None


def test_required_to_follow_each_diet_is_a_treatment_length() -> None:
    assert follow_up_value(
        "Every participant was required to follow each of three diets for 5 weeks."
    ) == (
        5.0,
        "weeks",
        "total",
    )


def test_a_year_after_treatment_mid_sentence_is_a_time_point() -> None:
    assert follow_up_value(
        "None of the patients reported urinary incontinence a year after treatment, and only 1 in 10 had "
        "poor erections."
    ) == (1.0, "years", None)
    assert follow_up_value(
        "The improvement was still present almost a year after the study's start."
    ) == (
        1.0,
        "years",
        None,
    )
    # how long to wait after a procedure, not when results were read
    assert (
        follow_up_value("Patients were told not to use ibuprofen for a week after the injection.")
        is None
    )


def test_over_the_next_decade_is_ten_years() -> None:
    assert follow_up_value(
        "Over the next decade, 465 study participants were diagnosed with dementia."
    ) == (
        10.0,
        "years",
        None,
    )
    # what is to come is no follow-up of the study
    assert follow_up_value("Scientists hope over the next decade they will have new drugs.") is None


def test_assessments_every_few_months_for_years_are_the_follow_up() -> None:
    # how long participants were assessed at regular intervals beats how long a treatment lasted
    assert follow_up_value(
        "Patients took the drug for 12 weeks. The researchers assessed disability levels at the start of the "
        "study and every three months for two years."
    ) == (2.0, "years", None)
    assert follow_up_value(
        "The women completed questionnaires about their diet every four years for 18 years."
    ) == (
        18.0,
        "years",
        None,
    )
    # a dosing schedule is how long treatment was given, not follow-up
    assert follow_up_value(
        "Patients were randomized to receive the drug or placebo, delivered under the skin every four weeks "
        "for one year."
    ) == (1.0, "years", "total")


def test_a_follow_up_to_come_is_planned_and_gives_way_to_one_done() -> None:
    assert follow_up_value(
        "Patients will be followed for five years to ensure they remain cancer free."
    ) == (
        5.0,
        "years",
        "planned",
    )
    assert follow_up_value(
        "After two years, 40 percent of the patients were free of disease. Participants who wish to continue "
        "can be followed for up to three years."
    ) == (2.0, "years", None)
    # a range is no future ('Over 20 to 22 years of follow-up')
    assert follow_up_value(
        "Over 20 to 22 years of follow-up, 805 people developed Parkinson's disease."
    ) == (
        22.0,
        "years",
        None,
    )


def test_a_period_is_a_time_line_and_a_window_is_none() -> None:
    # a bare period is a time point: a later read-out is taken before it
    assert follow_up_value(
        "One group received spinal manipulations over a 12-week period. At one year, 27 percent of those "
        "receiving spinal manipulation said they felt no pain."
    ) == (1.0, "years", None)
    # the study's own period is its length
    assert follow_up_value(
        "Among the nurses studied, 199 developed MS over the 16-year study period. After two years, 5 percent "
        "had relapsed."
    ) == (16.0, "years", None)
    # a window in which something was counted
    assert (
        follow_up_value(
            "Those treated had the number of headache days in a 28-day period drop to 11 from 20."
        )
        is None
    )


def test_results_similar_after_a_later_time_point() -> None:
    # 'Results were similar after two years' closing the results is a later read-out
    assert follow_up_value(
        "Half of the patients had improved vision one year after treatment, compared with 28 percent of "
        "patients who received laser treatment alone. Results were similar after two years."
    ) == (2.0, "years", None)


def test_a_time_point_after_an_event_of_the_studys_time_line() -> None:
    # other words before the treatment word, an event of the time line, or what the participants did
    for text, value in (
        (
            "Of the 80 patients treated, 81 percent were pain free one year after a single 10-minute treatment session.",
            (1.0, "years", None),
        ),
        (
            "This study showed that three months after stroke, 182 out of every 1,000 patients were less disabled.",
            (3.0, "months", None),
        ),
        (
            "The researchers assessed symptoms six weeks and six months after the scan for 4,146 patients.",
            (6.0, "months", None),
        ),
        (
            "The intervention had nearly halved the risk of suicide in the six months after discharge.",
            (6.0, "months", None),
        ),
        (
            "Even three months after the classes ended, 82% of tai chi students still felt better, the study says.",
            (3.0, "months", None),
        ),
        (
            "The women were no longer at increased risk about 10 years after they stopped, the study found.",
            (10.0, "years", None),
        ),
        (
            "Two years after having the corneas implanted, six of the 10 patients had improved vision.",
            (2.0, "years", None),
        ),
    ):
        assert follow_up_value(text) == value, text
    # not a treatment's history, nor one patient's time line
    assert (
        follow_up_value(
            "In 2003, 12 years after the first laparoscopic operation was reported, 25 percent were done so."
        )
        is None
    )
    assert (
        follow_up_value("Six months after his first dose, he was well, the researchers reported.")
        is None
    )


def test_a_time_point_first_in_a_quote_or_after_and() -> None:
    assert follow_up_value(
        "“By six months, the response rate was up to 50 percent,” he said of the study."
    ) == (6.0, "months", None)
    assert follow_up_value(
        "After a year, 71 percent were alive. And at 18 months, the rate was 66 percent."
    ) == (18.0, "months", None)
    # mid-sentence, a bare 'after N days' is still no time point of the study
    assert (
        follow_up_value("The patients were sent home, and the nurses called them after 60 days.")
        is None
    )


def test_n_later_mid_sentence_after_a_measurement_or_set_off_by_commas() -> None:
    # after a verb of measuring the study's people: of a range, the later end
    assert follow_up_value(
        "They were tested again for periodontal disease four to eight weeks later and showed improvement."
    ) == (8.0, "weeks", None)
    assert follow_up_value(
        "Brain scans were taken at 12 to 29 months, while their language was assessed one to two years later."
    ) == (2.0, "years", None)
    # set off by commas, before what the study's people underwent or what was found then
    assert follow_up_value(
        "Participants were asked about their diet and then, about six years later, underwent an MRI."
    ) == (6.0, "years", None)
    assert follow_up_value(
        "The study revealed patterns of brain activity that, six months later, were associated with worse "
        "performance on tests."
    ) == (6.0, "months", None)
    # not a repeat of a procedure, a later time compared, nor one person's time line or a drug's history
    assert follow_up_value("The same procedure was repeated two weeks later.") is None
    assert (
        follow_up_value(
            "Patients were tested before surgery and developed it two weeks later than others."
        )
        is None
    )
    assert follow_up_value("She was treated and, a month later, he was back at work.") is None
    assert (
        follow_up_value("The drug was approved in 2010 and, two years later, it was withdrawn.")
        is None
    )


def test_a_stretch_after_an_event_put_first_in_the_sentence() -> None:
    # 'In the N months following X, <result>': the window the result was counted in
    assert follow_up_value(
        "In the nine months following a highly publicized national guideline, the number of patients "
        "seeking mammograms dropped 15 percent."
    ) == (9.0, "months", None)
    assert follow_up_value(
        "In the 30 days after the procedure, 0.7 percent of the patients suffered a stroke."
    ) == (30.0, "days", None)
    # mid-sentence it is no time point of the study; nor is a background span 'since' something
    assert (
        follow_up_value("Rates fell in the nine months following the guideline, officials said.")
        is None
    )
    assert follow_up_value("In the 10 years since the law passed, rates fell.") is None
