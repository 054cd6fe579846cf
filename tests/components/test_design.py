"""Design component (trial_design): which design, phase and blinding the study words give."""

from __future__ import annotations

from tests.helpers import design_of, name_of, phase_of, run


def test_randomized_trials_called_for_ongoing_or_not_done_are_not_the_design() -> None:
    # a cohort story's call for a randomized trial, or one being conducted elsewhere, is not its design
    cohort = (
        "Researchers used data from the medical records of 30,000 patients. "
        "People who took statins were less likely to die. "
    )
    assert design_of(cohort + "A full randomized clinical trial was needed to confirm it.") == (
        "observational"
    )
    assert (
        design_of(cohort + "A large, randomized study currently being conducted should tell.")
        == "observational"
    )
    assert (
        design_of(cohort + "The authors call for verification in randomised studies.")
        == "observational"
    )
    # the study's own randomization still counts
    assert (
        design_of("The researchers randomly assigned 300 patients to the drug or a placebo.")
        == "rct"
    )


def test_a_study_described_by_its_data_source_is_observational() -> None:
    assert (
        design_of(
            "Researchers reviewed the medical charts of 9,073 patients. Those with psoriasis improved."
        )
        == "observational"
    )
    assert (
        design_of("A study of Medicare claims found that many men get testosterone.")
        == "observational"
    )
    assert design_of("The study found fewer infections. The findings are observational.") == (
        "observational"
    )


def test_people_followed_over_time_without_a_trial_are_a_cohort() -> None:
    cohort = "Zheng's team followed 2,520 adults for eight years. Those with poor vision lost memory faster."
    assert design_of(cohort) == "observational"
    # a treatment in the sentence, or a trial or placebo named in the text: not a cohort
    assert (
        design_of(
            "The researchers followed 165 infants who received cooling therapy for eight years."
        )
        is None
    )
    assert design_of(cohort + " The trial was funded by the NIH.") is None
    # 'trials' of others ('randomized trials are needed') do not make it a trial
    assert design_of(cohort + " Randomized trials are needed to confirm it.") == "observational"


def test_an_early_study_or_small_trial_without_a_comparison_is_single_arm() -> None:
    assert (
        design_of(
            "In an early study, an experimental stem cell procedure helped 15 teens stay off insulin."
        )
        == "single_arm"
    )
    assert (
        design_of(
            "The drug worked in a small clinical study. The study gave the drug to 14 adults."
        )
        == "single_arm"
    )
    # early trials in the plural are others'; a 'small study' may be of any design
    assert (
        design_of("Several other drugs are in early trials. The study included 30 patients.")
        is None
    )
    assert design_of("A small study of 40 people found that coffee drinkers slept less.") is None
    # a comparison of its own: not single-arm
    assert design_of("In an early study, 30 patients got the drug and 30 got a placebo.") is None


def test_a_spelt_out_phase_is_read() -> None:
    assert phase_of("Italian researchers conducted a phase three study of 281 women.") == "3"
    assert phase_of("In this phase one clinical trial, the drug was safe.") == "1"
    assert phase_of("Their next step is a phase two trial, which will test it.") is None


def test_a_review_of_several_studies_or_a_model_is_read_when_nothing_else_is() -> None:
    assert (
        design_of(
            "Researchers who took another look at 19 published studies find that soy may help."
        )
        == "meta_analysis"
    )
    assert design_of("No drug works well, according to a review of 27 clinical trials.") == (
        "meta_analysis"
    )
    assert (
        design_of("The team constructed a mathematical model to predict the effects of chocolate.")
        == "other"
    )
    # a pooled analysis of trials keeps the trials' (here unstated) design; two studies are not a review
    assert (
        design_of("The study looked at eight trials of aspirin involving 25,570 patients.") is None
    )
    assert design_of("The researchers looked at two studies of the drug.") is None
    # another design cue wins
    assert (
        design_of(
            "Patients were randomly assigned to the drug. A review of 27 clinical trials agreed."
        )
        == "rct"
    )


def test_randomized_trials_in_the_plural_are_not_the_studys_own_design() -> None:
    # 'randomized trials' with no count before them are others: absent, needed, the gold standard in general
    cohort = "The retrospective study involved 161 men. "
    assert (
        design_of(cohort + "The test needs validation in larger, prospective randomized trials.")
        == "observational"
    )
    assert (
        design_of(
            "The researchers used data from 20,000 patient records. "
            "In the absence of randomized trials, this is the best evidence."
        )
        == "observational"
    )
    # a count before them: the trials the study pooled or the release reports keep their design
    assert design_of("The drug was tested in three randomized trials of 900 women.") == "rct"
    assert design_of("Two randomized, placebo-controlled studies showed the drug worked.") == "rct"
    # the study itself among its kind, or trials named before
    assert (
        design_of(
            "The study, one of the largest randomised control trials in Pakistan, followed women."
        )
        == "rct"
    )
    assert design_of("In the randomized studies, 44 men started on the drug.") == "rct"
    # the study's own randomization in the singular still counts
    assert design_of("The randomized trial enrolled 300 patients.") == "rct"


def test_one_late_mention_of_mice_is_not_the_design_of_a_reported_trial() -> None:
    filler = "".join(f"Sentence {i} says the patients did well. " for i in range(9))
    trial = "The trial compared the drug with a placebo in 20 patients. " + filler
    assert design_of(trial + "Earlier work had shown the effect in mice.") is None
    # with no trial of its own, one mention is the design still
    lab = "The researchers tested the compound. " + filler
    assert design_of(lab + "It stopped tumour growth in mice.") == "other"
    # a trial that is only hoped for or under way does not count
    assert (
        design_of(
            lab + "It stopped tumour growth in mice. A clinical trial could start next summer."
        )
        == "other"
    )


def test_phases_of_programmes_units_and_trials_to_come_are_not_the_studys() -> None:
    # the name of a unit, a drug's programme, a phase of something else
    assert (
        phase_of(
            "Dr. Mehnert, director of the Phase I and Developmental Therapeutics Program, led it."
        )
        is None
    )
    assert phase_of("Phase 1 of the 2014 campaign ran older ads.") is None
    # trials needed, to be run, expected or already under way for the drug
    assert phase_of("Careful phase III clinical trials are now needed to confirm it.") is None
    assert phase_of("The benefit will be further studied in a follow-up phase II trial.") is None
    assert phase_of("Fludase is already in phase 2 clinical trials for influenza.") is None
    assert phase_of("Results from this phase III testing are expected in early 2013.") is None
    # an announced trial recruiting now, and the study's own phase, still count
    assert phase_of("UAB is currently recruiting for a Phase II clinical trial of the drug.") == "2"
    assert phase_of("In this phase 3 trial, 300 women got the drug.") == "3"


def test_a_study_stated_to_lack_a_control_group_is_single_arm() -> None:
    assert (
        design_of(
            "All 227 volunteers did the yoga poses daily. "
            "The study has many limitations, including the lack of a control group."
        )
        == "single_arm"
    )
    assert design_of("The study didn't include a comparison group that did not get cells.") == (
        "single_arm"
    )
    # earlier research lacking one is not the study's
    assert (
        design_of(
            "Researchers used data from the medical records of 30,000 patients. "
            "Some previous research has been limited by the lack of a comparison group."
        )
        == "observational"
    )


def test_a_review_outranks_the_randomized_trials_it_pooled() -> None:
    # a systematic review that counts the randomized trials it looked at is a meta-analysis
    assert (
        design_of(
            "In a systematic review, a team found lower mortality with aspirin. "
            "The review looked at all the data, including five randomised trials. "
            "Aspirin was linked with a 20 percent lower risk."
        )
        == "meta_analysis"
    )
    # an analysis of four or more studies is one too; of a drug's three trials, it keeps their design
    assert (
        design_of(
            "A healthy diet was linked with a reduced risk of death in an analysis of 7 studies."
        )
        == "meta_analysis"
    )
    assert design_of("The new analysis of three separate studies included 4,500 people.") is None


def test_the_standard_treatment_patients_had_before_is_not_a_comparison() -> None:
    early = "In the phase II trial, 40 patients got the new drug with chemotherapy. "
    assert design_of(early + "None had responded to standard treatment.") == "single_arm"
    assert design_of(early + "It worked better than standard treatment.") is None


def test_the_participants_given_the_treatment_as_one_group_are_a_single_arm() -> None:
    # the count may stand in the sentence before the cue
    assert (
        design_of(
            "At the time the abstract was submitted, 22 patients with advanced thyroid cancer were "
            "accrued. Participants received 10 mg of pembrolizumab every two weeks."
        )
        == "single_arm"
    )
    assert (
        design_of(
            "Long-term use was tested in 61 volunteers. The rate of unnecessary shocks was low."
        )
        == "single_arm"
    )
    # a trial under way, a subgroup, a test the participants took: not a single arm
    assert design_of("The pill is now being tested on 100 women in the United Kingdom.") is None
    assert design_of("Of the 300 patients, some patients received a lower dose.") is None
    assert (
        design_of("Thirteen adults spent two nights in a lab. The participants took a memory test.")
        is None
    )


def test_a_second_group_an_inactive_treatment_or_another_condition_is_a_comparison() -> None:
    assert (
        design_of(
            "The authors gave 16 cancer patients fish oil. These patients were given the oil daily, "
            "while a second group of 24 patients underwent the same regimen minus the fish oil."
        )
        is None
    )
    assert (
        design_of(
            "The researchers tested the method on ten patients. On one day the patients received "
            "active stimulation and on another day inactive treatment."
        )
        is None
    )
    assert (
        design_of(
            "The system was tested in 12 adults. Participants were in range 70% of the time, up "
            "from 47% when they didn't use the technology."
        )
        is None
    )
    assert (
        design_of(
            "It's a very early study of 20 toddlers. Areas responded more than when they slept."
        )
        is None
    )


def test_people_or_records_of_a_past_period_are_observational() -> None:
    assert (
        design_of(
            "In their study, the team identified nearly 5,000 individuals who had been diagnosed "
            "with the cancer between 1992 and 2008."
        )
        == "observational"
    )
    assert (
        design_of(
            "National Emergency Medicine Service Information System data for 2012 were reviewed."
        )
        == "observational"
    )
    # people who developed a condition beside those who did not: cases and controls
    assert (
        design_of(
            "They tested the blood of 60 women who developed pre-eclampsia later in pregnancy and "
            "60 women who did not."
        )
        == "observational"
    )
    # a trial of its own, or the period in which a trial enrolled, is not a study of records
    assert (
        design_of(
            "Patients treated between 2005 and 2010 at 12 centers took part in the trial of the drug."
        )
        is None
    )
    assert design_of("The trial enrolled 300 patients between 2010 and 2012.") != "observational"


def test_a_phase_of_trials_in_the_plural_without_a_count_is_not_the_studys_own() -> None:
    # a drug's programme or trials to come
    assert (
        phase_of(
            "The drug was originally developed up to late stage, or phase III, clinical trials by a "
            "Japanese firm. The team tested it in mice."
        )
        is None
    )
    assert (
        phase_of(
            "It has had strong results in phase III trials in women. This phase II clinical trial "
            "combined the drug with sequencing."
        )
        == "2"
    )
    # the trials the release reports keep their phase
    assert phase_of("The results of these phase III trials were compiled in a paper.") == "3"
    assert phase_of("The findings come from phase III clinical trials of the drug.") == "3"
    assert phase_of("Two phase 3 trials enrolled 1,200 women.") == "3"
    assert phase_of("The phase 2 trials showed a benefit.") == "2"


def test_an_animal_experiment_told_without_in_mice_is_an_animal_study() -> None:
    assert (
        design_of(
            "Collaborators first fed the cocoa compound to animals on a high-fat diet. The compound "
            "decreased the level of obesity in the animals."
        )
        == "other"
    )
    # animals named once in a text that counts people, or without an experiment, or beside a trial of the text's own
    assert (
        design_of(
            "Collaborators first fed the cocoa compound to animals on a high-fat diet. Then 40 "
            "adults drank cocoa daily."
        )
        is None
    )
    assert (
        design_of(
            "Patients with pets say the animals help them. The animals also distract them from pain."
        )
        is None
    )
    assert (
        design_of(
            "The rats were given the drug first. The rats did well. The trial then enrolled 40 "
            "smokers who took the drug."
        )
        != "other"
    )


def test_what_remains_to_be_done_or_the_current_standard_is_not_the_studys_comparison() -> None:
    assert (
        design_of(
            "The drug just completed a phase 1 clinical trial in 32 patients. The current standard "
            "treatments only have response rates of 15 percent compared with this."
        )
        == "single_arm"
    )
    assert (
        design_of(
            "The new study, designed as a proof-of-concept study, involved just 41 men. The results "
            "need to be replicated and compared with other therapies."
        )
        == "single_arm"
    )
    # the study's own comparison still counts
    assert design_of("The pilot study of 30 patients compared the drug with standard care.") is None


def test_a_preliminary_study_or_what_researchers_used_in_a_number_of_people_is_single_arm() -> None:
    assert (
        design_of("A vaccine shows promise, according to a preliminary study of 26 patients.")
        == "single_arm"
    )
    assert design_of("Several preliminary studies of 26 patients each have been done.") is None
    assert (
        design_of(
            "Researchers used a new ultrasound device to target the sweat glands in 14 men and women."
        )
        == "single_arm"
    )
    assert design_of("The researchers used MRI scans to measure brain volume in 80 adults.") is None
    assert (
        design_of(
            "Researchers used the drug to treat 14 patients in 14 patients, compared with 14 on placebo."
        )
        is None
    )


def test_people_compared_with_those_who_did_not_take_it_are_an_observational_comparison() -> None:
    text = (
        "In a new study of 1,300 men, those who took statins for their hearts were 30% less likely "
        "to have their cancers come back than men who did not take the drugs."
    )
    assert design_of(text) == "observational"
    text = (
        "Children born to mothers who drank at low levels were at no higher risk compared to "
        "mothers who did not drink, the study of 10,000 families found."
    )
    assert design_of(text) == "observational"
    # a trial or a placebo named in the text: the comparison is the trial's own groups
    text = (
        "In a trial of 8,000 men, those who took the drug had a 23% lower risk compared to men who "
        "did not take the drug."
    )
    assert design_of(text) is None
    # no comparison: people who do not exercise are a background fact
    text = (
        "Stiffening often shows up in middle age in people who don't exercise. The 53 participants "
        "were divided into two groups."
    )
    assert design_of(text) is None


def test_a_small_study_of_patients_naming_no_comparison_is_single_arm() -> None:
    text = (
        "A small study of an experimental drug for advanced melanoma is giving hope to doctors. "
        "Among those in the study, 81% saw their tumors shrink. For those 32 patients, the drug kept "
        "the disease in check for seven months."
    )
    assert design_of(text) == "single_arm"
    # an early cue with a count of patients far from it
    text = (
        "Physicians have, for the first time, induced a sense of smell in humans. The device is "
        "small. Smell loss is common. The researchers placed electrodes in the sinus cavities of "
        "five patients."
    )
    assert design_of(text) == "single_arm"
    # healthy volunteers: an experiment on them or an observation
    assert (
        design_of("In a small study, 21 healthy volunteers ate a new snack. Hunger fell.") is None
    )
    # case reports, patients treated over a past period of years: observational, not a trial
    text = "It is a small study: all 18 patients recovered. The case reports were published."
    assert design_of(text) is None
    text = (
        "In a small study, 82 patients who had their bands placed in the years 1994 through 1997 did "
        "poorly."
    )
    assert design_of(text) is None
    # another study's small study
    text = (
        "One recent, small study found that stool samples free of bacteria can work. The new study "
        "enrolled 116 patients."
    )
    assert design_of(text) is None
    # a comparison named, or the people set against any others
    text = "A small study of 40 patients found the drug worked better than a placebo."
    assert design_of(text) is None
    text = (
        "A small study of an experimental drug is giving hope. The 32 patients did better than "
        "those who took pills."
    )
    assert design_of(text) is None
    # a small study whose lead names no treatment: an exposure, as often observed as given
    text = (
        "Early findings suggest that better sleep can reduce migraine pain, according to this small "
        "study. His team focused on 112 patients."
    )
    assert design_of(text) is None
    assert design_of(text.replace("better sleep", "a single outpatient treatment")) == "single_arm"


def test_people_set_apart_by_a_habit_and_found_less_likely_in_the_lead_are_observational() -> None:
    # what they habitually eat, drink or take, found less or more likely to get the disease, in the lead
    text = "Coffee and tea drinkers are less likely to develop diabetes than nondrinkers, a large analysis found."
    assert design_of(text) == "observational"
    text = (
        "Women who eat nuts have a lower risk of heart disease, a study of 2,000 nurses found. "
        "The nurses answered questions about their diet."
    )
    assert design_of(text) == "observational"
    # a treatment the study gave, a program they took part in: not a habit
    text = (
        "Men whose cancer comes back are more likely to survive if they also take drugs to block "
        "hormones, a study of 760 men found."
    )
    assert design_of(text) is None
    text = (
        "Older people who took part in an exercise program were less likely to fall than those who "
        "did not, a study of 134 people found."
    )
    assert design_of(text) is None
    # the text's own placebo: a trial's groups
    text = (
        "Women taking the drug appear less likely to develop colon cancer, researchers said. "
        "The others were given a placebo."
    )
    assert design_of(text) is None
    # far down the text, such a sentence is background
    text = (
        "Nuts are in the news. Many people eat them. Some do not. Doctors have views. Prices rose "
        "this year. Women who eat nuts have a lower risk of heart disease, a study of 2,000 nurses found."
    )
    assert design_of(text) is None


def test_a_headline_tying_an_exposure_to_an_outcome_is_observational() -> None:
    text = (
        "Olive Oil Linked to Reduced Stroke Risk\n\nOlder people in France who cooked with olive oil "
        "had fewer strokes, researchers report. The study included 7,625 people."
    )
    assert design_of(text) == "observational"
    # in the body, 'linked to' is as often background
    text = (
        "Olive oil was linked to reduced stroke risk in older people, researchers report. The study "
        "included 7,625 people."
    )
    assert design_of(text) is None
    # a trial of its own: the trial's design, not a cohort
    text = (
        "Olive Oil Linked to Reduced Stroke Risk\n\nIn the trial, older people given olive oil had "
        "fewer strokes than those given a placebo."
    )
    assert design_of(text) != "observational"


def test_the_people_or_data_of_four_or_more_studies_are_a_meta_analysis() -> None:
    text = (
        "Less-invasive valve surgery is tied to a better quality of life, a research review suggests. "
        "The current analysis included 2,775 patients from a total of 20 previously published studies."
    )
    assert design_of(text) == "meta_analysis"
    text = "Antidepressants work, a major study found. Pooling data from 522 trials, researchers found all drugs worked."
    assert design_of(text) == "meta_analysis"
    # two or three trials of one drug keep their design
    text = (
        "The drug was tested in 300 patients. The researchers looked at data from the two trials."
    )
    assert design_of(text) != "meta_analysis"


def test_existing_data_or_records_of_many_people_are_observational() -> None:
    # records, data or information of a number of people, with no trial or assignment after it in the sentence
    assert (
        design_of(
            "Iacconi and colleagues reviewed records from 2,021 patients with newly diagnosed breast cancer. "
            "Of them, 285 had additional cancers."
        )
        == "observational"
    )
    assert (
        design_of(
            "For the study, the team looked at information from more than 76,000 atrial fibrillation "
            "patients. Delays raised the risk."
        )
        == "observational"
    )
    # the data of a trial's participants are not a records study
    assert (
        design_of(
            "The results are based on information from 282 study participants who took part in the clinical "
            "trials. Blood sugar fell."
        )
        is None
    )
    # 'correlation (not causation)' is an observational study's disclaimer too
    assert (
        design_of("The study found more overdoses. It looked at correlation (not causation).")
        == "observational"
    )


def test_many_people_followed_in_the_passive_are_a_cohort() -> None:
    # 'were followed for ten years' of a counted group of a hundred or more, nothing assigned: a cohort
    cohort = (
        "The study subjects were nearly 4,000 men and women recruited in 2000 through 2002. "
        "All had heart scans. The subjects were followed for 10 years."
    )
    assert design_of(cohort) == "observational"
    # a small treated group followed up is not (a case series or a single-arm trial)
    assert (
        design_of(
            "The study included 15 women with lupus. They all were followed for seven to 30 months."
        )
        is None
    )
    # nor people split between treatments
    assert (
        design_of(
            "The team studied 1,798 heart failure patients. About half were given a defibrillator and half "
            "a combination device. The patients were followed for 40 months."
        )
        is None
    )
    # the active form: followed from birth
    assert (
        design_of(
            "The researchers studied 6,121 premature infants. The study followed the infants from birth "
            "to 18 to 22 months of age."
        )
        == "observational"
    )


def test_a_questionnaire_is_a_survey_only_when_filled_in_and_no_trial_is_named() -> None:
    # questionnaires people filled out: a survey or cohort
    assert (
        design_of(
            "The women filled out questionnaires about what they ate at midlife. "
            "Those who ate more fruit aged better."
        )
        == "observational"
    )
    # a questionnaire measuring an outcome is no design
    assert (
        design_of(
            "The tai chi group improved on the Fibromyalgia Impact Questionnaire. Sleep was better too."
        )
        is None
    )
    # nor one that a trial's participants completed
    assert (
        design_of(
            "The trial tested psilocybin against a placebo. "
            "The participants completed questionnaires about their mood. Anxiety fell."
        )
        is None
    )


def test_thousands_of_people_studied_without_a_trial_are_a_cohort() -> None:
    assert (
        design_of(
            "Researchers looked at 3,021 heart surgery patients. Those who kept taking statins lived longer."
        )
        == "observational"
    )
    # not when the text splits them between treatments or names a trial of its own
    assert (
        design_of(
            "The team studied 1,798 heart failure patients. About half were given a defibrillator and half "
            "a combination device. Deaths fell."
        )
        is None
    )
    assert (
        design_of(
            "The researchers studied 2,000 women in South Africa. In the trial the ring cut infections."
        )
        is None
    )


def test_a_randomized_trial_the_study_is_not_or_one_it_would_take_is_not_the_design() -> None:
    # 'it's not a randomized controlled trial', 'What's needed are trials where people are randomly assigned':
    # the design the study lacks or the one a proof would require, not the study's own
    cohort = (
        "Researchers used data from the medical records of 30,000 patients. "
        "People who took statins were less likely to die. "
    )
    assert design_of(
        cohort + "But it's not a randomized controlled trial, so they could differ."
    ) == ("observational")
    assert (
        design_of(cohort + "It is not the kind of randomized trial that is the gold standard.")
        == "observational"
    )
    assert (
        design_of(
            cohort + "What's needed are clinical trials where people are randomly assigned to it."
        )
        == "observational"
    )
    assert (
        design_of(cohort + "Proof would require a study in which men are randomly assigned.")
        == "observational"
    )
    # the study's own randomization of those who did not respond still counts
    assert (
        design_of("Of 300 patients, those who did not respond were randomized to a second drug.")
        == "rct"
    )


def test_rabbits_giving_mice_or_a_placebo_given_to_the_animals_are_an_animal_study() -> None:
    # rabbits among the animals, 'giving' among the experiment's verbs
    assert (
        design_of(
            "The supplement reduced LDL cholesterol in rabbits. Sulforaphane-fed rabbits also had "
            "better blood-vessel function."
        )
        == "other"
    )
    assert (
        design_of(
            "Strips of uterine muscle relaxed. The researchers found that giving mice bitter "
            "substances prevented contractions. The mice delivered on time."
        )
        == "other"
    )
    # a placebo given to the animals is their control, not a trial of people's
    rats = (
        "Investigators injected stem cells from newborn rats into the hearts of old rats. "
        "Other rats of the same age were assigned to receive placebo injections instead. "
    )
    assert design_of(rats + "The treated hearts pumped better.") == "other"
    # a placebo in a sentence of its own still names a trial of people
    assert design_of(rats + "Then 40 patients took the cells or a placebo.") != "other"


def test_a_look_at_four_or_more_studies_however_told_is_a_meta_analysis() -> None:
    # a review, analysis or look at four or more studies, with an approximate or word count or describing words
    assert (
        design_of("Acupuncture helped, in a review of more than two dozen studies.")
        == "meta_analysis"
    )
    assert (
        design_of("She and her colleagues analyzed 57 earlier studies of 6,500 pregnancies.")
        == "meta_analysis"
    )
    assert (
        design_of("The research team pooled the results of the nine trials of the drug.")
        == "meta_analysis"
    )
    assert (
        design_of("The research review, published today, included 14 studies on clinical trials.")
        == "meta_analysis"
    )
    # the randomized trials a review examined are not a trial of its own, even when the review is named once
    assert (
        design_of(
            "Researchers examined 11 randomized controlled trials with 1,511 patients. "
            "Therapy worked as well as drugs."
        )
        == "meta_analysis"
    )
    # not a count of people in trials, nor a look at a drug's trials (a pooled analysis keeps their design)
    assert design_of("The researchers examined 40 patients in trials of the drug.") is None
    assert design_of("The study looked at eight trials of aspirin.") is None


def test_a_retrospective_review_or_a_look_back_at_past_cases_is_observational() -> None:
    assert (
        design_of("The team conducted a retrospective review of 208 patients.") == "observational"
    )
    assert (
        design_of("The results of this small, retrospective, non-sham-controlled study were good.")
        == "observational"
    )
    assert design_of("Researchers retrospectively studied 647 kidney transplants.") == (
        "observational"
    )
    assert (
        design_of("He looked back at some 40,000 such surgeries done at academic centers.")
        == "observational"
    )
    # looking back in a story is no study; a randomized trial named still outranks it
    assert design_of("Looking back, the experience was even better than I was expecting.") is None
    assert (
        design_of(
            "Patients were randomly assigned to surgery. Researchers looked back at the records."
        )
        == "rct"
    )


def test_samples_or_measurements_of_many_people_without_a_trial_are_observational() -> None:
    assert (
        design_of("Furman and his colleagues analyzed blood samples from 100 young and old people.")
        == "observational"
    )
    assert (
        design_of("The team analyzed the exercise habits of 643 participants with asthma.")
        == "observational"
    )
    # a treatment after it in the sentence, or a trial named in the text: not a study of people as they are
    assert design_of("They analyzed blood samples from 30 patients given the drug.") is None
    assert (
        design_of("They analyzed blood samples from 100 people. The trial was funded by the NIH.")
        is None
    )


def test_patients_beside_healthy_controls_without_a_trial_are_observational() -> None:
    assert (
        design_of(
            "The study involved 192 ME/CFS patients and 392 healthy controls matched for age."
        )
        == "observational"
    )
    # a verb 'controls', or a trial's control group, is no case-control study
    assert design_of("PD-1 controls the immune response in 40 patients.") is None
    assert (
        design_of("The trial involved 40 patients and 40 healthy controls given a placebo.")
        != "observational"
    )


def test_a_laboratory_experiment_told_without_a_lab_study_is_other_when_no_trial_is_named() -> None:
    assert (
        design_of("The researchers tested the nanoparticles in cell lines of neuroblastoma.")
        == "other"
    )
    assert design_of("In tests in the laboratory, the team found the drug blocked WWP2.") == "other"
    # a trial of the text's own keeps its laboratory work in passing; in-vitro fertilisation is no experiment
    assert (
        design_of("In lab tests the drug worked. The phase 1 trial of 40 patients has begun.")
        != "other"
    )
    assert design_of("The test helps in vitro fertilization clinics pick embryos.") is None


def test_no_control_arm_is_single_arm_and_a_past_period_may_name_months() -> None:
    assert (
        design_of("The preliminary study of 105 people did not include a control arm.")
        == "single_arm"
    )
    assert (
        design_of(
            "Her team reviewed MRI images from 130 patients treated for strokes at a Paris hospital "
            "between May 2006 and October 2008."
        )
        == "observational"
    )
    assert (
        design_of("Patients treated between May 2006 and October 2008 were randomly assigned.")
        == "rct"
    )


def test_randomization_in_other_studies_told_in_the_plural_is_not_the_studys_own() -> None:
    older = (
        "Much of the debate rests on outdated studies done from the 1960s in which women were "
        "randomly assigned to get mammograms or not. "
    )
    assert design_of(older + "The new study used registry data on 40,000 women.") == "observational"
    # the trials a pooled analysis took keep their design
    assert (
        design_of("The analysis looked at the trials which randomized 209 women to the drug.")
        == "rct"
    )
    assert (
        design_of(
            "It encompasses eight earlier studies of 25,000 people randomly assigned to aspirin."
        )
        == "rct"
    )


def test_records_for_many_people_are_observational() -> None:
    assert (
        design_of("Researchers examined records for half a million pregnant women.")
        == "observational"
    )
    assert design_of("They kept data for 20 patients who received a placebo.") != "observational"


def test_a_dated_or_earlier_meta_analysis_is_earlier_work() -> None:
    text = "A 2008 meta-analysis found that placebos improved symptoms by 16%. The team recruited 12 patients."
    assert design_of(text) is None
    assert (
        design_of("A previous systematic review found the same. The team recruited 12 patients.")
        is None
    )
    assert (
        design_of("A new meta-analysis found that placebos improved symptoms.") == "meta_analysis"
    )


def test_either_closing_a_phrase_does_not_make_a_cohort_a_trial() -> None:
    cohort = (
        "Tan's team studied 1,575 people with an average age of 67 who were free of dementia. "
        "Those with the lowest omega-3 levels had smaller brains. "
    )
    assert (
        design_of(cohort + "The typical diet doesn't contain enough of either.") == "observational"
    )
    assert design_of(cohort + "They took either fish oil or a pill.") is None


def test_a_study_involving_thousands_without_a_trial_or_blinding_is_a_cohort() -> None:
    assert (
        design_of(
            "The study involved 5,275 men with localized cancer whose disease had not spread."
        )
        == "observational"
    )
    assert (
        design_of("The scientists questioned more than 1,500 prostate cancer patients.")
        == "observational"
    )
    # a blinded study is an intervention study; a pooled analysis 'included' its trials' people
    assert (
        design_of(
            "The researchers conducted a double-blind study. The study involved 1,500 people."
        )
        is None
    )
    assert design_of("The new analysis of three separate studies included 4,500 people.") is None


def test_findings_in_four_or_more_separate_studies_are_a_meta_analysis() -> None:
    assert (
        design_of(
            "The team looked at side effects of patients given the drugs in 20 separate studies."
        )
        == "meta_analysis"
    )
    assert (
        design_of("Researchers reanalyzed the results of five published studies on the disease.")
        == "meta_analysis"
    )
    assert design_of("The drug was tested in two separate trials.") is None


def test_laboratory_work_beside_people_treated_is_a_study_in_people() -> None:
    lab = (
        "Scientists used genetic engineering to make blood cells that resist HIV. "
        "The gene-snipping compound was added in the lab, and about one-fourth of the cells were modified. "
    )
    # the laboratory step alone: an experiment of the laboratory
    assert design_of(lab + "The cells multiplied in the dish.") == "other"
    # people given the treatment with nothing compared: an uncontrolled study in people
    assert design_of(lab + "Three men received about 2.5 billion modified cells.") == "single_arm"
    # a comparison named: no single arm, the laboratory cue stays
    assert (
        design_of(
            lab + "Three men received the modified cells, compared with three given a placebo."
        )
        == "other"
    )


def test_exams_or_results_for_many_people_are_observational() -> None:
    assert (
        design_of("For the study, her team reviewed initial breast MRI exams of 1,026 women.")
        == "observational"
    )
    assert (
        design_of(
            "Researchers looked at treadmill stress test results for more than 58,000 subjects."
        )
        == "observational"
    )
    # results of people treated are a treatment's, not a study of people as they are
    assert (
        design_of("The center reported test results of 101 patients who were treated with CAR-T.")
        is None
    )


def test_a_first_use_in_people_is_an_uncontrolled_study() -> None:
    assert (
        design_of(
            "Investigators reported results from the first 10 people in the world treated "
            "with the new corneas. Six of the 10 patients had improved vision."
        )
        == "single_arm"
    )
    assert (
        design_of(
            "The first use of heart stem cells in humans looks like a breakthrough. "
            "Results are in for 16 patients in the study."
        )
        == "single_arm"
    )
    # a first use compared with a control group is no single arm
    assert (
        design_of(
            "The first use of heart stem cells in humans looks like a breakthrough. "
            "The 16 patients in the study did better than a control group."
        )
        is None
    )


def test_an_association_told_in_the_present_with_no_finding_word_is_background() -> None:
    trial = (
        "The company said its oral insulin lowered night-time blood glucose in the 28-day study. "
    )
    assert (
        design_of(
            trial
            + "While insulin is typically associated with type 1 diabetes, many patients with type 2 "
            "eventually need insulin."
        )
        is None
    )
    assert (
        design_of(
            trial
            + "CT scans are more definitive, however, they are expensive and are associated with "
            "radiation exposure."
        )
        is None
    )
    # ... nor one in a sentence about another study
    assert (
        design_of(
            "The groups received the drug twice a day for 4 weeks, or a placebo pill. A previous study on the "
            "drug was associated with liver toxicity in a few participants."
        )
        is None
    )
    # an association the study found, in the present or the past, is still the study's
    assert (
        design_of(
            "This study adds to the evidence that a diet high in fruits and vegetables is associated with a "
            "lower risk of stroke."
        )
        == "observational"
    )
    assert (
        design_of("Among 5,000 adults, coffee drinking was associated with a lower risk of death.")
        == "observational"
    )


def test_a_change_compared_with_the_groups_own_baseline_is_no_comparison_group() -> None:
    one_group = (
        "This is the first study to show vascular effects of mango intake in humans. In the study, 24 "
        "postmenopausal women consumed two cups of mango daily for 14 days. "
    )
    assert (
        design_of(
            one_group
            + "Systolic blood pressure was significantly lower two hours after mango intake "
            "compared to baseline values."
        )
        == "single_arm"
    )
    assert (
        design_of(
            one_group
            + "Their blood pressure fell, compared with their levels before the study began."
        )
        == "single_arm"
    )
    # another group after 'compared with' still is one
    assert (
        design_of(one_group + "Blood pressure fell, compared with women who ate no mango.") is None
    )


def test_a_named_cohort_records_program_members_or_national_data_are_observational() -> None:
    # the study's data source named without 'cohort study' or 'observational': a birth cohort, a cohort of counted
    # people, health records the researchers used, members of a public insurance program, national data
    assert (
        design_of(
            "368 infants from the Basel-Bern birth cohort were included in the study. "
            "Breastfed infants had fewer symptoms."
        )
        == "observational"
    )
    assert (
        design_of("The study is following a cohort of 1,200 children. Cortisol predicted anxiety.")
        == "observational"
    )
    assert (
        design_of(
            "Using electronic health records, researchers tracked patients for up to three years. "
            "Shingles was less common."
        )
        == "observational"
    )
    assert (
        design_of(
            "Researchers found that among 24,071 Medicare enrollees who had a negative colonoscopy, "
            "almost 24% were re-examined."
        )
        == "observational"
    )
    assert (
        design_of(
            "Using national data, the researchers found the rate of embolisms nearly doubled."
        )
        == "observational"
    )
    # a cohort given a treatment is a treated group; a trial of the text's own is not a cohort study
    assert (
        design_of(
            "Molson was one of a small cohort of 24 people with MS who received the therapy. "
            "Most improved."
        )
        is None
    )
    assert (
        design_of(
            "Using electronic health records, researchers tracked patients. The trial found fewer cases."
        )
        is None
    )


def test_plan_members_gathered_data_a_nation_seer_or_thousands_in_a_study_are_observational() -> (
    None
):
    # more data sources named without the word 'cohort': a health plan's members, data gathered on counted people,
    # counted people across a country, the SEER registry program, thousands who took part in a study
    assert (
        design_of(
            "They compared 75,761 vaccinated members of the Kaiser Permanente health plan to 227,283 "
            "members who elected not to have the shot. Shingles was rarer."
        )
        == "observational"
    )
    assert (
        design_of(
            "The results are based on medical data gathered for 63,591 adults. Exercise helped."
        )
        == "observational"
    )
    assert (
        design_of("Researchers studied 1.8 million pregnant women nationwide. Risk was low.")
        == "observational"
    )
    assert (
        design_of(
            "The team used the Surveillance, Epidemiology, and End Results program file. "
            "Screening helped."
        )
        == "observational"
    )
    assert (
        design_of(
            "The research included 11,513 children participating in a large U.K. study. "
            "Light drinking did no harm."
        )
        == "observational"
    )
    # thousands who took part in a trial of a treatment, or a footnote's 'Seer Data', are not a cohort
    assert (
        design_of(
            "A total of 8,231 men took part in the study. They were randomly assigned to the drug."
        )
        == "rct"
    )
    assert design_of("i NCI Seer Data 2015. The model saved money.") is None


def test_people_with_a_condition_and_counted_people_without_it_are_observational() -> None:
    # groups by condition, in either order: a case-control comparison
    assert (
        design_of(
            "This was achieved by assessing the DNA of 80,000 prostate cancer patients and 61,000 men "
            "without the disease."
        )
        == "observational"
    )
    assert (
        design_of(
            "The researchers evaluated 50 participants: 25 with schizophrenia and 25 with no diagnosed "
            "psychiatric disorder. Speech patterns differed."
        )
        == "observational"
    )
    assert (
        design_of(
            "They studied 20 healthy adults and another 20 individuals previously diagnosed with autism. "
            "The scan told them apart."
        )
        == "observational"
    )
    # two groups that both have the condition, or groups randomly assigned, are not
    assert (
        design_of(
            "A third arm included 21 people with a family history of high cholesterol, and 30 people with "
            "nonfamilial high cholesterol."
        )
        is None
    )
    assert (
        design_of(
            "20 patients with the disease and 20 healthy volunteers were randomly assigned to the drug."
        )
        == "rct"
    )


def _design_with_arms(text: str) -> str | None:
    """The design once the arms are read too (the one group of a study of no stated design sets it)."""
    doc = run(text, "trial_numbers", "trial_design", "trial_enrollment", "trial_arms")
    d = doc._.study.design
    return None if d is None else d.value


def test_a_study_of_no_stated_design_whose_counted_people_all_got_the_treatment_is_single_arm() -> (
    None
):
    # arms' one group of all the participants, given the treatment in the total's sentence, nothing compared
    text = (
        "In the study, twenty men with metastatic prostate cancer were treated with androgen deprivation therapy "
        "(ADT), radical surgery and radiation. After three years, 14 of them had no sign of cancer."
    )
    assert design_of(text) is None
    assert _design_with_arms(text) == "single_arm"
    doc = run(text, "trial_numbers", "trial_design", "trial_enrollment", "trial_arms")
    assert [text[s:e] for s, e in doc._.study.design.spans] == [
        "twenty",
        "androgen deprivation therapy",
    ]
    assert (
        _design_with_arms(
            "Early findings suggest that a single outpatient treatment can reduce migraine pain levels by about "
            "35 percent, according to this small study. In the new study, his team focused on 112 patients "
            "averaging about 45 years of age."
        )
        == "single_arm"
    )
    # not when the people are compared with others (no one group then)
    assert _design_with_arms(text + " They did better than those who had radiation alone.") is None
    # not a group labelled by a test: a screening cohort
    assert (
        _design_with_arms(
            "The study included 2,277 people who underwent a virtual colonoscopy. Few had other findings."
        )
        is None
    )
    # not people treated over a past period of years: a cohort of records
    assert (
        _design_with_arms(
            "Stem cell transplants may halt MS for years\n\nTo see how patients did over the long term, "
            "Saccardi and colleagues followed 281 patients from 13 countries who received stem cell transplants "
            "between 1995 and 2006. Most were alive."
        )
        is None
    )
    assert (
        _design_with_arms(
            "Stem cell transplants may halt MS for years\n\nTo see how patients did over the long term, "
            "Saccardi and colleagues followed 281 patients from 13 countries who received stem cell "
            "transplants. Most were alive."
        )
        == "single_arm"
    )


def test_groups_of_no_stated_design_told_apart_by_a_condition_are_observational() -> None:
    # arms' groups by who their people are (smokers and nonsmokers, infertile and fertile men), nothing given
    text = (
        "In the study, researchers used MDCT scans to measure blood flow differences in 17 nonsmokers and 24 "
        "smokers. The smokers had more uneven flow."
    )
    assert design_of(text) is None
    assert _design_with_arms(text) == "observational"
    doc = run(text, "trial_numbers", "trial_design", "trial_enrollment", "trial_arms")
    assert doc._.study.design.pattern_id == "design.observational.condition_groups"
    assert (
        _design_with_arms(
            "They measured the penis length of 117 infertile and 56 fertile men visiting an andrology clinic. "
            "The distance was shorter in the infertile men."
        )
        == "observational"
    )
    # not when the text names a trial or a placebo of its own
    assert (
        _design_with_arms(
            text.replace("The smokers had more uneven flow.", "The trial found more uneven flow.")
        )
        is None
    )
    # not groups given something ('received'): a comparison of treatments, whose design the text must state
    assert (
        _design_with_arms(
            "Researchers compared 152 patients who got surgery with 148 patients who got physical therapy. "
            "Both groups did well."
        )
        is None
    )


def test_animals_or_lab_work_named_once_are_the_study_when_the_text_counts_no_people() -> None:
    # laboratory animals in one sentence only, with no experiment verb after them: the study, when no one is counted
    rats = "Researchers analyzed eye tissue from rats that drank green tea. The lens absorbed catechins."
    assert design_of(rats) == "other"
    rodents = (
        "The team used MRI to quantify waste clearance in anesthetized rodents' brains in three "
        "positions. The side position worked best."
    )
    assert design_of(rodents) == "other"
    # a trial that may come is not one of the text's own
    cells = (
        "When the team experimented with the inhibitors in cancer cell lines, the tumors became more "
        'sensitive. "A clinical trial can be designed in patients," she said.'
    )
    assert design_of(cells) == "other"
    assert (
        design_of(
            "Collier began testing rats with nortriptyline. He hopes to lead a human clinical trial "
            "using the drug in the future."
        )
        == "other"
    )
    # animals at large are no laboratory animals
    assert design_of("Patients with pets say the animals help them. They feel calmer.") is None
    # a count of people makes the animals a passing mention in a study of people
    assert design_of(rats + " The study of 40 patients found less glaucoma.") is None
    # so does a trial of the text's own
    assert design_of(rats + " The trial is under way in Boston.") is None


def _blinding_of(text: str) -> str | None:
    b = run(text, "trial_design")._.study.blinding
    return None if b is None else b.value


def test_blinding_described_by_who_did_not_know_who_got_what() -> None:
    # any people on both sides of 'neither ... nor / or', and 'no one' / 'none of the ...', when what they did
    # not know is who got which treatment
    assert (
        _blinding_of(
            "Neither the soldiers nor the examining nurses knew who received the gel and who "
            "received the placebo."
        )
        == "double-blind"
    )
    assert (
        _blinding_of(
            "The doses were packaged alike so neither they or the staff knew which dose, "
            "if any, they were given."
        )
        == "double-blind"
    )
    assert (
        _blinding_of("Half got a similarly flavored placebo. No one knew who was eating what.")
        == "double-blind"
    )
    assert (
        _blinding_of(
            "None of the study doctors, patients, or nurses knew which study drug each "
            "patient was receiving."
        )
        == "double-blind"
    )
    # not knowing something else is no blinding
    assert _blinding_of("Before 1982, no one knew what these phages were.") is None
    assert (
        _blinding_of(
            "Neither the radiologists nor the pathologists knew whether the patients had dementia."
        )
        is None
    )


def test_a_study_described_in_title_case_is_not_named() -> None:
    # a phase or design word, or an indefinite article before it: a paper's title or a heading, not a name
    assert (
        name_of("About the Phase IIb Oral Peptide Study\n\nThe study enrolled 180 patients.")
        is None
    )
    assert (
        name_of(
            'The abstract, "Five-Year Outcomes from a Multi-Center Trial of Radiotherapy", was shown.'
        )
        is None
    )
    assert name_of('"Results of a Repeated Measures Cohort Study" was published online.') is None
    assert name_of('"Use of Tablets: An Open Label Study" was recently published.') is None
    # a proper name is kept
    assert name_of("Data came from the Framingham Heart Study, which began in 1948.") == (
        "Framingham Heart Study"
    )


def test_a_randomised_factorial_trial_is_an_rct() -> None:
    assert (
        design_of(
            "The paper is titled: A randomised 2 × 2 × 3 factorial trial in Burkina Faso. "
            "The trial gave 1,609 children food supplements."
        )
        == "rct"
    )


def test_the_randomized_trial_defined_as_the_gold_standard_is_not_the_design() -> None:
    registry = (
        "The study analyzed data on nearly 190,000 Medicare patients. "
        "Registry studies such as the current one use data on thousands of patients. "
    )
    definition = (
        "The gold standard for testing medical treatments is the randomized trial, in which patients are "
        "randomly assigned to a treatment or control group. "
    )
    assert design_of(registry + definition) == "observational"
    # a trial that met the gold standard as a randomized one is still one
    assert (
        design_of(
            "The drug helped 300 patients. It met the gold standard for medical research as a "
            "randomized, double-blinded trial."
        )
        == "rct"
    )


def test_the_trials_of_a_named_earlier_review_are_not_the_design() -> None:
    survey = (
        "A survey of 600 pregnant women found most were not getting enough omega-3 fatty acids. "
        "Data from observational studies suggest omega-3 may help. "
    )
    earlier = (
        "In fact, Berghella's 2015 review of 34 randomized controlled trials found no benefit. "
    )
    assert design_of(survey + earlier) == "observational"
    # a review of the article's own is still a meta-analysis
    assert (
        design_of("In the new review of 34 randomized controlled trials, omega-3 cut the risk.")
        == "meta_analysis"
    )


def test_people_enrolled_who_received_the_treatment_are_a_single_arm() -> None:
    text = (
        "Proton therapy controls common pediatric brain tumor with fewer side effects\n"
        "The researchers enrolled children and adolescents ages 3 to 21 who received proton therapy "
        "for medulloblastoma. Of 59 patients who enrolled, 12 died from their tumor during the study period."
    )
    # ('controls' in the headline is the verb, not a control group)
    assert design_of(text) == "single_arm"
    # a control group named: not a single arm
    assert (
        design_of(text + " Their results were compared with 40 healthy controls.") != "single_arm"
    )
    # a treatment they had before the study is not the study's
    assert (
        design_of(
            "The researchers enrolled 59 patients who had received proton therapy. "
            "During the study period, 12 died."
        )
        is None
    )


def test_an_association_in_a_study_with_its_own_placebo_group_is_no_observational_design() -> None:
    trial = (
        "Of the 68 women, 21 received estrogen via a skin patch, 17 received estrogen orally and 30 received "
        "a placebo. Amyloid deposition was lower in women who received the patch, compared to the placebo. "
    )
    assert (
        design_of(trial + "The oral treatment was not associated with lower amyloid deposition.")
        is None
    )
    # with no placebo, the association found is an observational study's
    assert (
        design_of(
            "The researchers studied 68 women. Those who ate more fish were less likely to develop "
            "dementia. Fish oil was associated with lower amyloid deposition in the study."
        )
        == "observational"
    )


def test_blood_samples_of_people_taking_part_in_another_study_are_a_cohort() -> None:
    assert (
        design_of(
            "Tehrani's team took blood samples from 266 women aged between 20 and 49 who were also taking part "
            "in another study. The test predicted the age at menopause."
        )
        == "observational"
    )
    # people taking a treatment are not a cohort's
    assert (
        design_of(
            "The team took blood samples from 266 women taking the drug. The drug lowered the hormone."
        )
        != "observational"
    )


def test_a_pilot_study_that_tells_its_result_is_a_single_arm_without_a_count() -> None:
    assert (
        design_of(
            "A new pilot study suggests that the use of tablet computers is both a safe and a potentially "
            "effective approach to managing agitation among patients with dementia."
        )
        == "single_arm"
    )
    # an announced one, with no result, stays unstated
    assert design_of("The team will start a pilot study of tablet computers for dementia.") is None
    # a comparison named: not a single arm
    assert (
        design_of(
            "A new pilot study suggests that tablet computers help patients with dementia, compared with "
            "usual care."
        )
        != "single_arm"
    )


def test_a_trial_being_designed_is_no_design_but_a_study_lacking_a_control_group_is_single_arm() -> (
    None
):
    # 'are now designing / planning a randomized trial': a trial to come, in an aside sentence ...
    assert (
        design_of(
            'In the study, 20 men had acupuncture after radiation. "We are now designing a randomized '
            'clinical trial to further evaluate acupuncture," he added.'
        )
        != "rct"
    )
    # ... but the same sentence's 'lacked a control group' is the study's own limitation
    assert (
        design_of(
            "The 20 patients did breathing exercises for 12 weeks. While the study was small and lacked a "
            "control group, the team is planning a randomized controlled trial to further test it."
        )
        == "single_arm"
    )


def test_a_preclinical_model_and_a_cost_effectiveness_model_are_other() -> None:
    assert (
        design_of(
            "The study examined the molecular mechanisms that lead to cardiac fibrosis in a pre-clinical "
            "model. Blocking the triggers with a bile acid prevented fibrosis."
        )
        == "other"
    )
    assert (
        design_of(
            "To assess the cost-effectiveness of the device versus medication, the researchers developed a "
            "statistical model based on data from two key research trials. The device was more cost-effective."
        )
        == "other"
    )
    # preclinical studies named as background are not the study's own laboratory work
    assert (
        design_of("Preclinical studies, which were previously published, showed promise.") is None
    )


def test_a_randomized_trial_that_will_never_be_done_is_not_the_design() -> None:
    cohort = (
        "Researchers used data from the medical records of 30,000 patients. "
        "People who ate less salt were more likely to die. "
    )
    assert (
        design_of(
            cohort
            + "But despite the virtues of a randomized controlled clinical trial, such a study "
            "will never ever be done."
        )
        == "observational"
    )


def test_an_association_in_one_earlier_study_is_not_the_design() -> None:
    trial = (
        "Zometa flopped in a new study of 3,360 patients. About half received the drug plus standard "
        "therapy; half just got standard therapy. "
    )
    assert (
        design_of(
            trial
            + "In one previous study, the use of the drug was linked with a 32 percent improvement in "
            "survival."
        )
        is None
    )
    # the study's own association still counts
    assert (
        design_of(
            "In this study, the use of the drug was linked with a 32 percent improvement in survival."
        )
        == "observational"
    )


def test_hundreds_of_people_analyzed_and_a_marker_predicting_years_ahead_are_a_cohort() -> None:
    assert (
        design_of(
            "Researchers analyzed 259 men with prostate cancer. They found five types of the disease."
        )
        == "observational"
    )
    # assigned people are a trial's
    assert (
        design_of(
            "Researchers analyzed 259 men with prostate cancer. Half were assigned to surgery, half to "
            "watchful waiting."
        )
        != "observational"
    )
    assert (
        design_of(
            "Blood Test May Predict Risk of Diabetes\n\nElevated levels of five amino acids may predict the "
            "development of diabetes years before any noticeable symptoms occur, according to a new study."
        )
        == "observational"
    )
