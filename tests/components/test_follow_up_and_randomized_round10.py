"""Follow-up and randomized-count phrasings of real news (round 10)."""

from __future__ import annotations

from tests.helpers import enrollment_counts, follow_up_value


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
