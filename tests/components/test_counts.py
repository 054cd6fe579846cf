"""Participant counts: the headline total, the randomized number and the arms' sizes, in phrasings of real news."""

from __future__ import annotations

from tests.helpers import arm_sizes, run


def _total(text: str) -> int | None:
    total = run(text, "trial_numbers", "trial_enrollment")._.enrollment.total
    return None if total is None else total.value


def test_more_verbs_and_nouns_for_the_head_count() -> None:
    for text, n in (
        (
            "To address this, the SPRINT study tapped more than 2,600 volunteers aged 75 and older.",
            2600,
        ),
        ("The researchers collected blood samples from 49 men with advanced prostate cancer.", 49),
        ("Keith looked at biopsies taken from the lungs of 125 current and former smokers.", 125),
        ("The researchers measured the accuracy of their PapSeek test on 1,658 women.", 1658),
        ("The year-long study, of 116 boys aged 12-14, took a variety of measures.", 116),
        (
            "They analyzed data in the NIS database of more than 75,000 adults who had surgery.",
            75000,
        ),
        (
            "It was a retrospective analysis of the medical records of 1,425 women with ovarian cancer.",
            1425,
        ),
        ("During the trial, 1609 small children were given either LNS or corn-soy porridge.", 1609),
        ("Baselga and his colleagues conducted a trial treating 455 women from 23 countries.", 455),
    ):
        assert _total(text) == n, text
    # a doctor's own practice is no study
    assert (
        _total("After treating more than 100 patients, he is beginning to understand it.") is None
    )


def test_a_range_or_a_part_is_no_head_count() -> None:
    for text in (
        "The device will now be taken into further trials in around 25 to 50 patients in Europe.",
        "Kominsky has treated 400 to 500 patients with the laser.",
        "In six of the 11 patients in the trial, the melanoma stopped progressing.",
    ):
        assert _total(text) in (None, 11), text
    assert _total("In six of the 11 patients in the trial, the melanoma stopped progressing.") == 11


def test_a_second_group_named_by_what_sets_it_apart_is_summed() -> None:
    for text, n in (
        (
            "The researchers examined blood samples from 80 women who had normal births and 80 who had not.",
            160,
        ),
        ("They studied 20 healthy adults and another 20 individuals diagnosed with autism.", 40),
        (
            "Otto tracked 755 patients who died from 1995 to 2003 and another 3,739 control patients.",
            4494,
        ),
    ):
        assert _total(text) == n, text
    # the end of an age range is no second group
    assert (
        _total("They recruited 272 people between the ages of 18 and 65 who had neck pain.") == 272
    )


def test_the_pool_before_inclusion_and_a_part_after_including_give_way() -> None:
    text = (
        "A total of 19,077 patients were identified using claims data. "
        "A total of 10,754 patients were included in the retrospective study."
    )
    assert _total(text) == 10754
    assert _total("A total of 19,077 patients were identified using claims data.") == 19077
    text = "The team studied these procedures in 2,482 women, including 247 women who had surgery."
    assert _total(text) == 2482
    assert _total("The trial enrolled people with asthma, including 247 women.") == 247


def test_a_part_after_including_of_a_larger_count_of_anything_is_no_total() -> None:
    # the larger count before 'including' counts samples, or people no pattern takes (a general figure)
    text = (
        "The group tested 60 cerebral spinal fluid samples, including 12 from people with Parkinson's disease, "
        "and 31 controls."
    )
    assert _total(text) is None
    text = (
        "Around 180 million people globally have chronic HCV infection, including approximately 15 million "
        "people in the EU. The open-label study enrolled 90 children aged six to 11 years."
    )
    assert _total(text) == 90
    # (a smaller number, a year or a duration before it is no whole)
    assert _total("The 2016 trial enrolled people with asthma, including 247 women.") == 247
    assert (
        _total("Researchers reviewed eight prior studies, including nearly 1,600 patients.") == 1600
    )
    assert (
        _total("For 300 days people with asthma, including 45 women, took the drug in the trial.")
        == 45
    )


def _randomized(text: str) -> int | None:
    r = run(text, "trial_numbers", "trial_enrollment")._.enrollment.randomized
    return None if r is None else r.value


def test_randomized_without_a_number_is_the_total() -> None:
    for text in (
        "The trial included 281 women. Patients were randomly selected to be treated with chemotherapy alone "
        "or with chemotherapy and triptorelin.",
        "The study included 319 black men. The researchers randomly assigned the men, based on their "
        "barbershop, to the program or to a control group.",
        "It followed the nearly 700 men who volunteered for the trial. Deaths were fewer among men randomly "
        "assigned to the surgery group.",
    ):
        assert (
            _randomized(text)
            == run(text, "trial_numbers", "trial_enrollment")._.enrollment.total.value
        )
    # selected for something else, or a group of those randomized: no statement that all were
    for text in (
        "The trial included 281 women. Patients were randomly selected for interviews.",
        "The trial included 424 patients. For patients randomized to CRT, cetuximab was given weekly.",
    ):
        assert _randomized(text) is None, text


def test_randomized_at_random_them_and_halves_are_the_total() -> None:
    for text, n in (
        (
            "The study included 891 patients. After the biopsy, the women were assigned at random to have "
            "more nodes removed, or to leave the nodes alone.",
            891,
        ),
        (
            "The team recruited 604 people with knee osteoarthritis and randomly assigned them to take "
            "chondroitin, celecoxib or a placebo.",
            604,
        ),
        (
            "They enrolled 207 patients with impaired glucose tolerance, randomly assigning half to take "
            "the combination and half to take a placebo.",
            207,
        ),
        (
            "More than 800 women were included in the study. Half were randomly selected to be in the "
            "treatment group while the other half received a placebo pill.",
            800,
        ),
        (
            "The study focused on 190 breast cancer patients. The patients, whose average age was 49, were "
            "randomly split into two groups.",
            190,
        ),
        (
            "For this phase 2 study, 39 patients with heart failure were randomly chosen to receive either "
            "the gene therapy or a placebo.",
            39,
        ),
    ):
        assert _randomized(text) == n, text
    # a sample drawn at random, and a part of the participants, are no statement that all were randomized
    for text in (
        "The study included 50,000 patients. The patients were selected at random from a national database.",
        "The trial included 140 people. The remaining subjects were divided randomly into four groups.",
    ):
        assert _randomized(text) is None, text
    # 'phase 2' is no head count
    assert (
        _total(
            "Results of two phase 3 clinical studies in patients with depression were announced."
        )
        is None
    )


def test_arm_sizes_listed_after_the_total_with_taking() -> None:
    assert arm_sizes(
        "A total of 10,754 patients were included, with 2,635 taking XARELTO, 1,392 apixaban, "
        "1,350 dabigatran, and 5,377 warfarin."
    ) == [2635, 1392, 1350, 5377]
    assert arm_sizes(
        "They studied 60 men, with 20 taking a placebo, 20 Atomoxetine and 20 Modafinil."
    ) == [
        20,
        20,
        20,
    ]
    # one group with a size only beside another sized group; 'taking part' is no treatment
    assert (
        arm_sizes(
            "The study had 500 patients, with 30 taking part in interviews, 20 in focus groups."
        )
        == []
    )
    # a bare 'N label' list item needs the 'with N taking' group first
    assert arm_sizes("The survey covered 500 adults, 1,392 apixaban users and 12 others.") == []


def test_no_arm_from_a_price_and_a_who_got_group_before_a_result_verb() -> None:
    assert (
        arm_sizes("Medicare payments for vitamin D testing, at $40 a pop, nearly quadrupled.") == []
    )
    assert arm_sizes(
        "The four people who got the sham stimulation during both visits consumed the same calories. "
        "But the five people who got active stimulation, consumed 700 fewer calories."
    ) == [4, 5]


def test_assigned_groups_included_groups_and_a_control_group_of_n() -> None:
    assert arm_sizes(
        "Researchers assigned 33 fibromyalgia patients to a tai chi program and 33 patients to a program "
        "consisting of wellness education and stretching."
    ) == [33, 33]
    assert arm_sizes(
        "They randomly assigned 22 men and 38 women to the program. They assigned another 25 men and 35 women "
        "to standard care."
    ) == [60, 60]
    assert arm_sizes(
        "The study included 167 people in the early group and 111 people in the delayed group."
    ) == [167, 111]
    assert arm_sizes(
        "Over 90 percent improved, compared with 56 percent in a control group of 100 participants."
    ) == [100]
    # a size word is no treatment: 'a separate group of 33 patients', 'a small cohort of 24 people'
    assert (
        arm_sizes("In a separate group of 33 patients with a mutation, the rate was 52 percent.")
        == []
    )
    text = "They randomly assigned 22 men and 38 women to the program or to standard care."
    assert _randomized(text) == 60
    assert (
        _total(
            "Researchers assigned 33 patients to a tai chi program and 33 patients to stretching."
        )
        == 66
    )


def test_still_more_ways_of_stating_the_head_count() -> None:
    for text, n in (
        ("Monique Breteler used data from 5,395 adults age 55 and older.", 5395),
        (
            "Reddy and colleagues reviewed the medical charts of 9,073 weight-loss surgery patients.",
            9073,
        ),
        ("The human trial involved six men and six women, all healthy.", 12),
        ("The new study, designed as a proof-of-concept study, involved just 41 men.", 41),
        ("For the experiment, five women under 40 wore a Fitbit to bed.", 5),
        (
            "In the study, a group of 33 overweight and obese adults followed a whole grain diet.",
            33,
        ),
        (
            "They conducted a retrospective review of 208 patients who underwent breast reduction surgery.",
            208,
        ),
        (
            "Researchers tested the safety, efficacy and durability of HDIT/HCT in 24 volunteers.",
            24,
        ),
        (
            "Data from nearly 9,500 people on five continents shows that amyloid can appear early.",
            9500,
        ),
        ("Of 59 patients who enrolled, 12 died from their tumor.", 59),
        ("The new review is based on 13 trials with 966 participants who took zinc.", 966),
        # compared with a second group: both are the participants
        (
            "The authors compared 1,004 healthy participants to 873 people with rheumatoid arthritis.",
            1877,
        ),
        ("Rennert compared about 2,000 women with breast cancer to 2,000 similar women.", 4000),
    ):
        assert _total(text) == n, text


def test_rates_groups_and_a_groups_members_are_no_head_count() -> None:
    for text in (
        "One in three youth in states with legal marijuana engage with marijuana brands.",
        "It affects 1 in 110 children in the United States.",
        "Scientists analyzed three groups of people who were exercising.",
        "Smell function improved in eight patients in the acupuncture group.",
    ):
        assert _total(text) is None, text


def test_decades_are_no_head_count() -> None:
    text = "The findings build on two decades of research that show children who grow up with dogs do better."
    assert _total(text) is None


def test_a_group_named_by_its_treatment_with_a_participle() -> None:
    assert arm_sizes(
        "Of 167 children given the supplement, 18 developed the flu, compared with 31 of 167 children given "
        "placebo pills."
    ) == [167, 167]
    assert arm_sizes("Of 12 patients given the drug, all showed some decrease in symptoms.") == [12]
    for text in (
        "There were improvements in four out of the five subscales for women taking LDX.",
        "In a study of 232 people taking medication for psoriasis, those who also took statins did better.",
    ):
        assert arm_sizes(text) == [], text


def test_yet_more_head_count_phrasings_and_groups() -> None:
    for text, n in (
        ("Researchers tracked the weight loss of more than 300 obese people for two years.", 300),
        ("The researchers counted circulating tumor cells in 302 breast cancer patients.", 302),
        (
            "The benefits remained when the system was tested in 12 adults, ages 18 to 65, who ate a meal.",
            12,
        ),
        ("Papa and her team performed CT scans on 152 children.", 152),
        ("Researchers asked some 8,500 participants about their eating habits.", 8500),
        ("Researchers took more than 1,600 sedentary people between 70 and 89 years old.", 1600),
        ("Medical records of 7,625 people 65 and older were examined by researchers.", 7625),
        # two groups before one people word, or the second named by what sets it apart
        (
            "In the study, researchers used MDCT scans to measure blood flow in 17 nonsmokers and 24 smokers.",
            41,
        ),
        (
            "The new study began with 10 patients with depression and seven with bipolar disorder.",
            17,
        ),
        (
            "Eyler and her colleagues monitored the brain activity of 30 children with an autism spectrum "
            'disorder (aged 14 months to 46 months) and 14 "typical" children of roughly the same age.',
            44,
        ),
    ):
        assert _total(text) == n, text
    assert _total("Others say it took about 50 cases.") is None


def test_a_countrys_patients_are_no_head_count() -> None:
    for text in (
        "Doctors care for most of the six million patients in the country with the condition.",
        "Breast cancer occurred in 230,000 women in the United States in 2015.",
    ):
        assert _total(text) is None, text


def test_n_assigned_to_x_and_m_to_y_and_a_second_group_of_n() -> None:
    assert arm_sizes("In all, 70 were assigned to telephone CBT and 71 to telephone NST.") == [
        70,
        71,
    ]
    assert arm_sizes(
        "The participants (70 were assigned to telephone CBT and 71 to telephone NST) were followed up."
    ) == [70, 71]
    # a label may hold a hyphenated duration ('a three-month regimen'); 'The second group, of 85, was ...'
    assert arm_sizes(
        "One group of 105 patients was offered a three-month regimen of self-care advice. The second "
        "group, of 85, was offered acupuncture."
    ) == [105, 85]
    # 'and 5 to avoid' in a sentence about no groups or treatment is no arm
    assert (
        arm_sizes(
            "The MIND diet: 10 foods that fight Alzheimer's (and 5 to avoid) for a healthy brain."
        )
        == []
    )


def test_n_of_them_assigned_pairs_with_the_remaining_n_in_the_next_sentence() -> None:
    assert arm_sizes(
        "All continued to take the antidepressant, but 39 of them were randomly assigned to receive the "
        "supplement for six weeks. The remaining 34 patients received a placebo in addition to their usual "
        "treatment."
    ) == [39, 34]
    # alone, 'N of them received X' is an outcome count as often as a group
    assert arm_sizes("Thirty-three of them received the device. 16 of them responded.") == []


def test_compared_n_who_got_x_with_m_who_got_y() -> None:
    assert arm_sizes(
        "The study compared weight loss in 100 patients who underwent gastric bypass surgery with 100 "
        "patients who underwent lap-banding."
    ) == [100, 100]
    assert arm_sizes(
        "The investigators compared 128 patients who underwent a single round of pRF with 120 patients who "
        "received one to three rounds of steroid injections."
    ) == [128, 120]


def test_a_single_arm_trial_has_one_arm_of_the_totals_size() -> None:
    doc = run(
        "The prospective Phase II single arm, multi-center study tested the safety and effectiveness of "
        "injectable contraceptives in 320 healthy men ages 18 to 45.",
        "trial_numbers",
        "trial_design",
        "trial_enrollment",
        "trial_arms",
    )
    assert [(a.label.value, a.n.value if a.n else None) for a in doc._.arms] == [
        ("injectable contraceptives", 320)
    ]
    doc = run(
        "The small pilot study involved 15 people with epilepsy. The team implanted each patient with the "
        "experimental device, which warns of seizures.",
        "trial_numbers",
        "trial_design",
        "trial_enrollment",
        "trial_arms",
    )
    assert [(a.label.value, a.n.value if a.n else None) for a in doc._.arms] == [
        ("experimental device", 15)
    ]
    # no intervention's words: no arm; and no arm for a design other than single-arm
    for text in (
        "The small pilot study involved 20 patients with arthritis pain.",
        "The randomized study tested the safety of injectable contraceptives in 320 healthy men.",
    ):
        doc = run(text, "trial_numbers", "trial_design", "trial_enrollment", "trial_arms")
        assert doc._.arms == [], text


def test_randomized_after_and() -> None:
    assert (
        _randomized(
            "They studied 79 adults with insomnia. Participants averaged 72 years of age and were randomly "
            "assigned to receive either printed material or the treatment."
        )
        == 79
    )
    assert (
        _randomized(
            "Approximately 9,000 people aged 50 and older were enrolled and randomized in an efficacy study."
        )
        == 9000
    )


def test_a_group_lacking_the_other_groups_feature() -> None:
    # 'N people with X and M people without (X)', 'N who had X and M who did not': two groups, kept apart
    assert arm_sizes(
        "Her study followed 25 children with dyslexia and 20 children without dyslexia over 2 years."
    ) == [25, 20]
    assert arm_sizes(
        "They analyzed data collected from 445 women who had their nodes removed and 446 who did not."
    ) == [445, 446]
    assert arm_sizes(
        "The study compared 1,000 individuals who underwent a CCTA exam with 1,000 who didn't undergo "
        "the test."
    ) == [1000, 1000]
    assert arm_sizes(
        "They looked at 19,078 women with early-stage breast cancer and an equal number of mammograms in "
        "another 55,315 women who had never had breast cancer."
    ) == [19078, 55315]
    # a lone 'M who did not' is no group, nor an outcome count of 'N of the men who had X', nor a count
    # without its linker ('who noted that 66 men who had not responded ... experienced improvements')
    assert (
        arm_sizes(
            "PAE helped most of the 67 patients who underwent the procedure, according to the researchers, "
            "who noted that 66 men who had not responded to medications experienced improvements."
        )
        == []
    )
    assert arm_sizes("Of those, 44 died, compared to 78 men who had not been screened.") == []
    assert (
        arm_sizes(
            "Overall, 44 of the men who had PSA testing died from prostate cancer, compared to 78 men who "
            "had not had been screened."
        )
        == []
    )


def test_groups_with_and_without_a_feature_are_not_the_randomized_ones() -> None:
    from extractor.api import extract_text

    record = extract_text(
        "A new study of 45 children looked at reading. Her study followed 25 children with dyslexia and 20 "
        "children without dyslexia. Some children got tutoring, to which they were not randomly assigned."
    )
    assert record.trial is not None
    assert sorted(a.n for a in record.trial.arms if a.n is not None) == [20, 25]
    assert record.trial.enrollment.randomized is None


def test_a_group_given_alternatives_is_everyone_not_the_first_arm() -> None:
    assert arm_sizes(
        "Yancy's study included 146 overweight or obese adults who were randomly assigned to a "
        "low-carbohydrate diet or orlistat with a low-fat diet."
    ) == [None, None]
    assert arm_sizes(
        "In the trial, 53,000 current and former smokers were randomly assigned to get CT scans or chest x-rays."
    ) == [None, None]
    # ... but not when each group had that many (then every alternative has it), nor when the other group is
    # sized too
    assert arm_sizes(
        "About 90 patients each were randomly assigned to attend yoga classes or stretching classes."
    ) == [90, 90]
    assert arm_sizes(
        "Overall, 125 patients were randomized to surgery or radiation, and 131 to systemic therapy."
    )[:1] == [125]


def test_a_list_of_groups_treated_with_without_repeating_the_verb() -> None:
    assert arm_sizes(
        "A total of 601 patients participated: 202 patients were treated with methylaminolevulinate "
        "photodynamic therapy (MAL-PDT), 198 with imiquimod cream, and 201 with fluorouracil cream."
    ) == [202, 198, 201]
    assert arm_sizes(
        "Fifty-one patients were treated with ECP and 14 with active comparators."
    ) == [
        51,
        14,
    ]
    # 'and N with X' is no group without the list's first
    assert arm_sizes("Of the 40 patients, 12 had side effects and 14 with diabetes had none.") == []


def test_no_arm_from_a_place_in_the_study() -> None:
    assert (
        arm_sizes(
            "Within his sample group of 643 individuals, a whopping 245 reported doing no physical activity."
        )
        == []
    )


def test_a_study_that_compared_n_people_with_m_people() -> None:
    assert arm_sizes(
        "Greek researchers compared the hormones of 23 teenagers with PCOS with 17 healthy teenagers of "
        "the same age and BMI."
    ) == [23, 17]
    assert arm_sizes(
        "Researchers compared data on 6,684 women and girls taking spironolactone to 31,614 who were "
        "prescribed antibiotics."
    ) == [6684, 31614]
    # a share of a group, or one group alone, is none
    assert (
        arm_sizes(
            "Ten percent had side effects, compared with five percent of participants in the Eylea group."
        )
        == []
    )
    assert arm_sizes("The researchers compared 40 patients with diabetes over ten years.") == []


def test_outcome_counts_compared_are_no_groups_and_a_number_is_one_groups_size() -> None:
    # '... compared to 442 who got X' pairs only after a 'compared N people' group: these are deaths
    assert (
        arm_sizes(
            "As of last month, 354 people who got CTs had died of lung cancer, compared to 442 who got "
            "ordinary X-rays."
        )
        == []
    )
    # one number read by two patterns with different words is one group's size, not two groups'
    sizes = arm_sizes(
        "For the study, the Italian investigators compared 128 lumbar herniation patients who underwent "
        "a single 10-minute round of CT-guided pRF with 120 patients who received steroid injections."
    )
    assert sorted(n for n in sizes if n is not None) == [120, 128]


def test_randomly_assigning_n_and_half_of_n() -> None:
    for text, n in (
        (
            "The experiment involved randomly assigning 342 adults with the condition to meditate or to "
            "continue with their normal care.",
            342,
        ),
        (
            "In this study, researchers randomly assigned half of 263 healthy Swedish newborns to have their "
            "cords clamped more than three minutes after birth.",
            263,
        ),
        (
            "They randomly assigned half of a group of 119 men and women to take resveratrol daily, and the "
            "other half to a placebo.",
            119,
        ),
    ):
        assert _randomized(text) == n, text
        assert _total(text) == n, text


def test_the_n_people_involved_in_the_study() -> None:
    for text, n in (
        ("The 161 subjects involved in the study ate omega-3 enriched eggs each week.", 161),
        (
            "The two patients included in the study were treated between June 2017 and January 2018.",
            2,
        ),
    ):
        assert _total(text) == n, text


def test_people_with_a_qualifier_were_randomly_assigned() -> None:
    for text, n in (
        (
            "GIFT enrolled 1,600 patients age 65 and older. Patients in the trial were randomly assigned to one "
            "of two groups.",
            1600,
        ),
        (
            "The study enrolled 114 patients. Patients with low-risk PE were randomly assigned in a 1:1 ratio to "
            "the drug or standard of care.",
            114,
        ),
        (
            "The study included 60 adults with TBI symptoms. Participants were randomly placed into one of two "
            "cognitive training groups.",
            60,
        ),
    ):
        assert _randomized(text) == n, text
    text = (
        "The study included 900 women. Women in the middle group were randomly assigned to get hormone therapy "
        "alone or to add chemo."
    )
    assert _randomized(text) is None


def test_n_people_randomly_assigned_to_without_were() -> None:
    for text, n in (
        (
            "The study started with 468 people randomly assigned to receive either early treatment with "
            "interferon beta-1b or a placebo.",
            468,
        ),
        (
            "A two-year clinical study with 167 patients with refractory angina randomized to low and high dose "
            "cells or placebo has revealed a benefit.",
            167,
        ),
    ):
        assert _randomized(text) == n, text
    text = "The 797 patients randomly assigned to abiraterone plus prednisone lived longer."
    assert _randomized(text) is None


def test_males_females_and_sufferers_are_people() -> None:
    for text, n in (
        ("Researchers studied 408 males from adolescence to their mid-30s.", 408),
        ("Israel and his colleagues recruited 62 severe asthma sufferers for the study.", 62),
        ("The clinical trial was a double blinded study of 24 adult males who smoked.", 24),
    ):
        assert _total(text) == n, text


def test_a_randomized_count_of_one_group_gives_way_to_the_total() -> None:
    for text, n in (
        (
            "The study followed 150 pregnant women with depression. She and her colleagues randomly assigned 52 "
            "women to receive acupuncture twice a week. Another 49 women received control acupuncture and 49 "
            "received massage.",
            150,
        ),
        (
            "It involved 228 adults with chronic low back pain. About 90 patients each were randomly assigned to "
            "attend weekly yoga classes or weekly stretching classes.",
            228,
        ),
    ):
        assert _randomized(text) == n, text
    assert (
        _randomized("The researchers randomly assigned 52 women to receive acupuncture or massage.")
        == 52
    )


def test_n_each_given_alternatives_is_every_alternatives_size() -> None:
    assert arm_sizes(
        "Thirty women each received real acupuncture that also included a bit of an electric buzz or the "
        "inactive placebo pill, 32 women got sham acupuncture, and 28 women received gabapentin (Neurontin)."
    ) == [30, 30, 32, 28]
    # the number before 'each' is the group's, not an earlier total's
    assert arm_sizes(
        "In the study of 228 adults, about 90 patients each were randomly assigned to attend weekly yoga "
        "classes or weekly stretching classes for 12 weeks."
    ) == [90, 90]
    # 'each' of one group's members ('The 40 patients each had a scan') is no size for two groups
    assert arm_sizes("The 40 patients each had a scan or an X-ray.") == []


def test_a_sentence_opening_with_and_continues_the_list_of_the_sentence_before() -> None:
    assert arm_sizes(
        "The study looked at 107 patients over a 12 month period. Of those, 55 received high doses of vitamin D "
        "or 100,000 units monthly. And 52 received lower doses averaging between 400 and 1,000 units daily."
    ) == [55, 52]
    # ... not without a group stated in the sentence before
    assert (
        arm_sizes(
            "The study looked at 107 patients over a 12 month period. And 52 received lower doses of vitamin D."
        )
        == []
    )
    # ... nor from a sentence that does not open as the list's next item
    assert arm_sizes(
        "Of those, 55 received high doses of the vitamin. In the end, 52 received lower doses daily."
    ) == [55]


def test_a_control_group_of_n_described_people() -> None:
    assert arm_sizes(
        "Researchers compared a group of 66 high school athletes in contact sports who had been recently "
        "diagnosed with a concussion to a control group of 169 high school student athletes."
    ) == [66, 169]
    assert arm_sizes(
        "Compared with a control group of 20 young adults, the treatment group increased letter recognition speed."
    ) == [20]
    # a group that is no arm's kind ('an expert writing group of four sports medicine physicians') has no size
    assert (
        arm_sizes(
            "The AMSSM convened an expert writing group of four sports medicine physicians to review the data."
        )
        == []
    )


def test_a_later_list_item_whose_treatment_is_followed_by_a_which_clause() -> None:
    assert arm_sizes(
        "Over a year, 12 women took vitamin D and calcium, 12 took DHEA, 12 took standard HRT and 12 took a "
        "synthetic steroid called tibolone which is used to alleviate menopausal symptoms in Europe."
    ) == [12, 12, 12, 12]


def test_a_count_of_us_people_is_a_head_count() -> None:
    for text, n in (
        (
            "Researchers analyzed data from nearly 33,000 U.S. patients who'd undergone an appendectomy.",
            33000,
        ),
        (
            "That report describes a study of more than 819,000 U.S. veterans, nearly all men.",
            819000,
        ),
    ):
        assert _total(text) == n, text


def test_a_group_added_into_a_sum_is_not_the_head_count_alone() -> None:
    text = (
        "A new blood test may tell Parkinson's disease from similar disorders, a study says. All told, a total of "
        "244 people with Parkinson's and 79 healthy volunteers serving as a comparison group participated in "
        "the study."
    )
    assert _total(text) == 323


def test_a_survey_introduced_by_its_year_is_another_study() -> None:
    text = (
        "Ladies: 5 ways to feel sexy again. Losing interest in sex would be unfortunate for most people. "
        "She turned to doctors, and found there wasn't much they could offer. The greatest hope was a drug. "
        "A panel said no to it. In 2008, a survey of more than 30,000 U.S. women in the journal Obstetrics & "
        "Gynecology found that nearly 40 percent had sexual problems."
    )
    assert _total(text) is None


def test_one_2015_study_is_another_study() -> None:
    text = (
        "Medicating children with ADHD keeps them safer. If a pill could prevent risks, would you use it? "
        "Many parents ask. Doctors disagree. Indeed, accidents are the most common cause of death in individuals "
        "with ADHD, with one 2015 study of over 710,000 Danish children finding that they were more often "
        "injured. The researchers tracked every prescription, with a sample of over 58,000 children."
    )
    assert _total(text) == 58000


def test_what_the_study_gave_to_its_people_and_an_age_range_is_no_second_group() -> None:
    for text, n in (
        (
            "The team administered a once-daily dose of LDX for four weeks to 32 healthy women between the ages "
            "of 45 and 60 experiencing difficulties.",
            32,
        ),
        (
            "Researchers gave a battery-operated device to 34 people, who used it on their knees.",
            34,
        ),
        (
            "Dr. Vigneswaran and colleagues administered a quality-of-life survey known as the EORTC QLQ-C30 to "
            "114 mesothelioma patients who underwent surgery.",
            114,
        ),
    ):
        assert _total(text) == n, text
    assert _total("She gave birth to 3 children.") is None


def test_the_count_of_a_trial_only_called_randomized_is_its_total() -> None:
    # corpus rule: 'randomized' comes from a sentence saying the participants were randomized; a trial only
    # labelled randomized gives its size as the total and leaves the randomized count unstated
    for text, n in (
        (
            "The safety of Rydapt was studied in a randomized trial of 717 patients who had AML.",
            717,
        ),
        (
            "In the randomized controlled trial, 38 men with abdominal obesity followed a dietary pattern high "
            "in either carbohydrates or fat.",
            38,
        ),
        ("It was a double-blinded randomized, sham-controlled trial of 387 patients.", 387),
    ):
        assert _total(text) == n, text
        assert _randomized(text) is None, text
    assert (
        _randomized(
            "The study examined data from 2,560 men taking part in a randomised clinical trial."
        )
        is None
    )
    # said to be randomly assigned: the total is the randomized count
    assert (
        _randomized(
            "It was a randomized trial of 717 patients. The patients were randomly assigned to the drug "
            "or a placebo."
        )
        == 717
    )


def test_the_studys_n_participants() -> None:
    for text, n in (
        ("The study's 563 participants were all overweight or obese.", 563),
        (
            "The study's 21 participants, 18 to 40 years old, initially lost 10% of their weight.",
            21,
        ),
    ):
        assert _total(text) == n, text


def test_a_count_with_no_cue_of_its_own_is_the_total_as_a_last_resort() -> None:
    # a count of people in a sentence about the study, with no verb or study word a pattern knows
    for text, n in (
        (
            "The team did scans of this type on the brains of 30 people with autism and 30 people without.",
            60,
        ),
        (
            "In a new study, 15 patients with post-viral olfactory dysfunction had 10 weekly sessions.",
            15,
        ),
        (
            "Merck said the study, called Tecos, of 14,724 patients with type 2 diabetes showed no harm.",
            14724,
        ),
    ):
        assert _total(text) == n, text
    for text in (
        # no sentence about the study, or general figures, or what is to come
        "About 30 people with autism live in the town.",
        "The video told the story of two Microsoft Research employees who built the device.",
        "The institute now employs more than 2,500 people, and its scientists study the brain.",
        "The researchers will recruit 300 men for a larger trial.",
        # a part, a fraction, a range, a rate, a comparison group, a year, one group's size
        "Two thirds of people in the study tolerated the dose.",
        "The researchers calculated that 4,000 to 6,000 patients carry the mutation.",
        "Researchers calculated that for every 71 people who were vaccinated, one case was prevented.",
        "In the study, patients declined more slowly compared to 96 similar patients.",
        "Nov. 8, 2012 -- Men who eat tomatoes had fewer strokes, the study found.",
        "The rate for 413 volunteers given placebo treatment in the study was 7.7 percent.",
    ):
        assert _total(text) is None, text
    # the whole after a part of it ('three out of six patients'), and a count compared with another group (both
    # groups are the participants: corpus/README.md sums groups stated together) (round 12)
    assert _total("The researchers found tumor DNA in three out of six patients.") == 6
    assert (
        _total(
            "Greek researchers compared the hormones of 23 teenagers with PCOS with 17 healthy teenagers."
        )
        == 40
    )
    # a count another pattern takes comes first
    assert (
        _total("In the study, 64 patients received the insert; researchers saw 12 patients again.")
        == 64
    )
    # a breakdown after the count is no second group
    assert (
        _total(
            "The team has used the procedure in 22 American and French patients -- 13 men and nine women."
        )
        == 22
    )


def test_a_count_with_no_cue_of_its_own_reads_past_commas_and_lists_of_ages() -> None:
    for text, n in (
        # the count after a comma is not swallowed by a number before it
        ("For one night of the study, 17 volunteers slept with an open window.", 17),
        # a list of ages after the count is no list of groups
        (
            "Researchers used MRI to scan the brains of 343 infants when they were 6 months, 12 months and 24 months old.",
            343,
        ),
        # a sentence about the study with 'colleagues', or a placebo; a previous use of a drug is no previous study
        (
            "McCarthy and his colleagues implanted the device in 67 people suffering with chronic back pain.",
            67,
        ),
        (
            "In the trial, the drug was added to statin treatment for 168 people whose levels had not been lowered by previous use of statins.",
            168,
        ),
        # adjectives with a comma, 'U.S.'
        (
            "In a study, more than 700 older, healthy adults were asked to add walnuts to their diets.",
            700,
        ),
    ):
        assert _total(text) == n, text
    for text in (
        "The researchers found the screening would save 65,000 more women from breast cancer.",
        "The study reviewed 18 trials and 16 cohort studies, with 93,000 and 732,000 subjects, respectively.",
        "In the study, participants were taught eight skills. Another 79 participants were in the control group.",
    ):
        assert _total(text) is None, text


def test_a_slash_inside_the_words_before_the_people_word_keeps_the_count() -> None:
    text = (
        "The study involved 192 ME/CFS patients and 392 healthy controls matched for age and sex."
    )
    assert _total(text) == 584
    assert _total("In the trial, 45 HIV-positive/AIDS patients took the drug.") == 45
    # (a slash before a digit is a unit's or a score's, no word: 'tested 12 mg/5 ml in patients')
    assert _total("The researchers tested 12 mg/5 ml in patients with asthma.") is None


def test_a_count_in_another_studys_sentence_leaves_room_for_a_bare_count_of_the_study() -> None:
    text = (
        "For six weeks, the volunteers in the study swallowed capsules three times a day. "
        "Of the 16 volunteers, six wound up with a healthy weight. "
        "A larger trial involving 60 people is being planned."
    )
    assert _total(text) == 16


def test_a_groups_size_after_of_in_a_share_of_its_members() -> None:
    # 'of N patients in the X group': the number is the group's whole (no 'the' before it)
    assert arm_sizes(
        "Roughly 60% of the 154 patients in the briakinumab group had clearance. Those same results "
        "were achieved by about 10% to 20% of 163 patients in the methotrexate group."
    ) == [154, 163]
    # a count before the group, with no 'the' or 'of', is an outcome count
    assert arm_sizes("In all, 12 patients in the placebo group died.") == []


def test_a_first_group_named_before_its_people_word_beside_a_contrasting_group() -> None:
    assert arm_sizes(
        "For this study, the authors compared 1,004 healthy participants to 873 people with rheumatoid "
        "arthritis."
    ) == [1004, 873]
    assert arm_sizes(
        "This was achieved by assessing the DNA of 80,000 prostate cancer patients and 61,000 men without "
        "the disease."
    ) == [80000, 61000]
    # the make-up of one group (no words between the number and the people word), or a second group that is
    # no contrast, gives no arms
    assert arm_sizes("The study included 22 men and 38 women with diabetes.") == []
    assert arm_sizes("The trial enrolled 300 older adults and 200 nurses at ten sites.") == []


def test_a_pair_of_groups_whose_treatment_words_are_long() -> None:
    # a group's words longer than 50 characters end the match no longer (the label is cut to 50)
    assert arm_sizes(
        "The analysis included 2,554 women who received localized neoadjuvant breast radiation therapy "
        "before surgery and 247,641 women who received localized adjuvant breast radiation therapy after "
        "surgery."
    ) == [2554, 247641]
    assert arm_sizes(
        "The team studied 20 healthy adults and another 20 individuals previously diagnosed with autism "
        "spectrum disorder, which also includes Asperger syndrome."
    ) == [20, 20]


def test_a_first_group_before_along_with_or_were_compared_with_a_second() -> None:
    assert arm_sizes(
        "Researchers recruited 38 children who had been diagnosed with ASD along with a control group of 31 "
        "other children between the ages of five and 12."
    ) == [38, 31]
    assert arm_sizes(
        "In the trial, 11 healthy people were vaccinated and infected with the seasonal flu strain along "
        "with 11 non-vaccinated volunteers."
    ) == [11, 11]
    # an adverb before the first group's verb
    assert arm_sizes(
        "Compared to 52 women who only received a pamphlet on chemotherapy, the 48 women in the texting "
        "group reported lower distress."
    ) == [52, 48]
    # an outcome count before a bare 'compared to' is no group; nor is a group with nothing sized beside it
    assert (
        arm_sizes("354 people who got CTs had died of lung cancer, compared to 442 who got X-rays.")
        == []
    )
    assert (
        arm_sizes("38 children who had been diagnosed with ASD took part along with their parents.")
        == []
    )


def _arm_sizes_with_total(text: str) -> list[int | None]:
    doc = run(text, "trial_numbers", "trial_design", "trial_enrollment", "trial_arms")
    return [a.n.value if a.n is not None else None for a in doc._.arms]


def test_the_other_group_of_two_is_the_rest_of_the_total_where_that_number_is_stated() -> None:
    assert _arm_sizes_with_total(
        "The trials included a total of 1,215 women. Of those, about half (or 593 women) received IV fluids at "
        "a high rate, and the other half (622 women) received fluids at the lower rate."
    ) == [593, 622]
    assert _arm_sizes_with_total(
        "The trial enrolled 26 healthy adults. Of the 26, 12 were given concentrated blueberry juice - the "
        "equivalent of 230g of blueberries - once a day, while 14 received a placebo."
    ) == [12, 14]
    # the rest of the total not stated, or stated as no group's size: no second size
    assert _arm_sizes_with_total(
        "The trial enrolled 26 healthy adults. In all, 14 received a placebo. It lasted 12 weeks."
    ) == [14]
    assert _arm_sizes_with_total(
        "The trial enrolled 26 healthy adults. In all, 14 received a placebo, and 12 had side effects."
    ) == [14]


def test_a_size_after_a_groups_role_and_controls_followed_by_their_role_or_origin() -> None:
    assert arm_sizes(
        "They randomly assigned 52 patients (52 eyes) to receive YAG laser vitreolysis (n = 36) in one "
        "session or a sham laser treatment (control; n = 16)."
    ) == [36, 16]
    assert arm_sizes(
        "A total of 244 people with Parkinson's and 79 healthy volunteers serving as a comparison group "
        "participated in the study."
    ) == [244, 79]


def test_a_label_holding_a_head_count_of_its_own_is_no_group() -> None:
    assert (
        arm_sizes(
            "A total of 543 weekend stroke sufferers got the drug versus only 229 weekday stroke patients."
        )
        == []
    )
