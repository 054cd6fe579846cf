"""Arms component: per-arm sizes and the randomized count."""

from __future__ import annotations

from tests.helpers import arm_sizes, enrollment_counts, run


def test_a_count_after_an_earlier_number_and_a_comma_is_still_read() -> None:
    # the match that starts at '12' (a duration, rejected) no longer takes the count '31' into its gap
    assert enrollment_counts(
        "After 12 weeks of treatment, 31 patients were randomly selected to receive either a placebo or "
        "cabozantinib."
    ) == (31, 31)
    assert enrollment_counts(
        "Over six months, 300 patients were randomized to surgery or not."
    ) == (
        300,
        300,
    )
    # a number inside the words before the people word still belongs to them
    assert enrollment_counts(
        "The researchers randomly assigned 300 type 2 diabetes patients to metformin or a placebo."
    ) == (300, 300)


def test_a_second_group_compared_with_the_group_stated_before() -> None:
    # the sentence opens by comparing the group stated before it with another: its second group is sized
    assert arm_sizes(
        "Researchers studied a treatment group of 23 people who took metformin for eight weeks. Their stem "
        "cells were counted. The participants were matched with nine patients within the same age bracket "
        "who took standard insulin treatment and 23 healthy non-diabetic people aged 20-64."
    ) == [23, 9, 23]
    assert arm_sizes(
        "These infant siblings were compared with 33 infants with no known family history of autism."
    ) == [33]
    # without such an opening, a comparison's second group still needs its first in the sentence
    assert (
        arm_sizes(
            "The results were compared with 33 infants with no known family history of autism."
        )
        == []
    )


def test_a_ratio_before_a_group_gives_the_groups_size_beside_another() -> None:
    # the denominator of a group's outcome ratio is its size, when two groups are so stated in the sentence
    assert arm_sizes(
        "In addition, 69% (11/16) patients) in the experimental group showed no relapse to cocaine use, whereas "
        "only 19% (3/16) patients) in the control group showed a similar positive result."
    ) == [16, 16]
    assert arm_sizes(
        "The researchers found that 13 percent (109 out of 847) of statin users died compared with 20 percent "
        "(578 out of 2,927) of non-statin users."
    ) == [847, 2927]
    # one ratio alone, or one of the whole study's people, is no group's size
    assert (
        arm_sizes("In addition, 69% (11/16) patients) in the experimental group showed no relapse.")
        == []
    )
    assert (
        arm_sizes("Adverse effects occurred in 11.9% (5 of 42) of the patients in this study.")
        == []
    )


def test_a_group_named_by_its_role_with_its_make_up_stated() -> None:
    # 'the study group consisted of N', beside another sized group: the group's size (label 'study group')
    doc = run(
        "The study group consisted of 38 patients, 10 women and 28 men who were at least 40 years of age and a "
        "control group with 42 patients who were 39 years of age or younger.",
        "trial_numbers",
        "trial_arms",
    )
    assert [(a.label.value, a.n.value if a.n else None) for a in doc._.arms] == [
        ("study group", 38),
        ("control", 42),
    ]
    assert arm_sizes(
        "The treatment group comprised 120 adults, and the control group comprised 118 adults."
    ) == [120, 118]
    # alone, 'the study group consisted of N' is as often the whole study's sample
    assert (
        arm_sizes("The study group consisted of 300 adults who were followed for ten years.") == []
    )


def test_a_denominator_sizes_a_group_the_text_compares() -> None:
    # 'K of the N <group words> patients': N is the group's size when the group is one the text compares ...
    assert arm_sizes(
        "Patients were randomly assigned to gastric bypass surgery or a more extensive procedure known as "
        "duodenal switch. In this study, three of the 29 duodenal switch patients developed protein malnutrition."
    ) == [None, 29]
    # ... or when another group is so sized beside it
    assert arm_sizes(
        "Of the patients, 109 of 847 statin users died compared with 578 of 2,927 non-statin users."
    ) == [847, 2927]
    # alone, it is an outcome count of a subgroup; 'one out of 14' is a rate
    assert (
        arm_sizes("In this study, three of the 29 older patients developed protein malnutrition.")
        == []
    )
    assert 14 not in arm_sizes(
        "Patients were randomly assigned to lorcaserin or a placebo. About one in five lorcaserin users lost "
        "weight, compared to one out of 14 placebo users."
    )
    # a denominator group named by its treatment, with an adverb before its verb
    assert arm_sizes(
        "A year after entering the study, 11 of the 40 teens treated only with placebo pills developed a "
        "psychotic disorder."
    ) == [40]


def test_a_denominator_with_its_group_named_after_the_people_word() -> None:
    # 'K of N <people> on / taking / given / with / admitted ... X, compared with J of M ...': both groups
    assert arm_sizes(
        "Twenty of 62 patients on the drug improved, compared with 8 of 58 on placebo."
    ) == [
        62,
        58,
    ]
    assert arm_sizes(
        "Twenty of the 62 patients taking the drug improved, versus 8 of the 58 patients taking a placebo."
    ) == [62, 58]
    assert arm_sizes(
        "In fact, only 543 of the 58,378 people admitted on weekdays got the drug, compared to 229 of the "
        "20,279 admitted on weekends."
    ) == [58378, 20279]
    # 'among' as 'of', beside a group sized by another pattern
    assert arm_sizes(
        "Complications rose: 118 among 888 patients with the new device, compared to 61 of 898 in the "
        "standard defibrillator group."
    ) == [888, 898]
    # the group's words end before a past tense ('delivered'), unless an adverb leads it ('newly detected')
    doc = run(
        "Twenty of 62 patients on the drug delivered early, compared with 8 of 58 on placebo.",
        "trial_numbers",
        "trial_arms",
    )
    assert [a.label.value for a in doc._.arms] == ["drug", "placebo"]
    # alone, an outcome count of a subgroup; nor the people of a count of other things
    assert arm_sizes("Nine of the 20 patients with diabetes improved.") == []
    assert (
        arm_sizes("There were improvements in four out of the five subscales for women taking LDX.")
        == []
    )


def test_the_group_a_sentence_compares_back_is_sized_in_a_sentence_before() -> None:
    # 'These infant siblings were compared with 33 infants ...': the siblings are the group sized just before
    assert arm_sizes(
        "Scientists studied 79 infants. 46 babies had a brother or sister with known autism, which means they are "
        "at risk. The sibling of a child with autism has a 1 in 5 chance of also developing it. These infant "
        "siblings were compared with 33 infants with no known family history of autism."
    ) == [46, 33]
    assert arm_sizes(
        "Researchers recruited 338 people who had vertigo with an unknown cause. They were compared to 35 others "
        "whose vertigo is triggered by other conditions, including Meniere disease."
    ) == [338, 35]
    # no group stated with its people word just before: the second group alone
    assert arm_sizes(
        "The study began in 2010. These infant siblings were compared with 33 infants with no known family "
        "history of autism."
    ) == [33]


def _single_arm(text: str) -> list[tuple[str, int | None]]:
    doc = run(text, "trial_numbers", "trial_design", "trial_enrollment", "trial_arms")
    return [(a.label.value, a.n.value if a.n else None) for a in doc._.arms]


def test_a_single_arm_trials_treatment_named_only_in_the_headline() -> None:
    # no words of the treatment in the text's sentences: the subject of the headline's result, last of all
    text = (
        "Alternative to Statins Shows Promise\n\nA cholesterol-lowering drug has done well in a small, early trial, "
        "researchers report.\n\nIn the trial, various doses of the drug, eprotirome, were added to statin "
        "treatment for 168 people whose levels of LDL cholesterol had not been lowered by statins."
    )
    assert _single_arm(text) == [("Alternative to Statins", 168)]
    # not when the text reports two or more studies: the headline may be about either
    assert (
        _single_arm(text.replace("researchers report.", "researchers report in two studies.")) == []
    )


def test_a_single_arm_trials_treatment_is_what_its_participants_received() -> None:
    # the treatment named by what the participants received, a sentence or two after the total
    assert _single_arm(
        "The phase I trial included 22 patients with metastatic colorectal cancer. The patients were divided "
        "into four groups, each receiving different doses of guadecitabine in combination with irinotecan."
    ) == [("guadecitabine", 22)]
    assert _single_arm(
        "The small pilot study involved 14 patients with liver tumors. Their average age was 61. Patients were "
        "given escalating doses of T-VEC, up to the maximum dose."
    ) == [("T-VEC", 14)]
    # ... or given to them ('implanted the device in 67 people')
    assert _single_arm(
        "In an early study, the researchers implanted the device in 67 people suffering with chronic back pain."
    ) == [("device", 67)]
    # ... or what they did ('22 patients who played the memory game'), what the researchers used to make something,
    # put into the body or gave once
    assert _single_arm(
        "In this early-stage study, 22 patients who played the memory game made fewer errors."
    ) == [("memory game", 22)]
    assert _single_arm(
        "In an early study of 27 patients, Japanese researchers used patients' own muscle stem cells to create a "
        '"patch" that was placed on the heart.'
    ) == [("patients' own muscle stem cells", 27)]
    assert _single_arm(
        "For the pilot study, the team recruited 18 patients who had suffered a stroke. Each patient had a small "
        "hole drilled so that researchers could inject stem cells taken from the bone marrow of two donors directly "
        "into parts of their brains."
    ) == [("stem cells", 18)]
    assert _single_arm(
        "The small, preliminary study included 24 patients with advanced cancer. The researchers injected the "
        "tumors of 24 patients with a single dose of "
        "Clostridium novyi-NT, ranging from 10,000 to 3 million spores."
    ) == [("Clostridium novyi-NT", 24)]
    assert _single_arm(
        "He is one of 10 men in an early-stage trial. Researchers reported that a single intravenous infusion of "
        "the novel gene therapy enabled patients to produce clotting factor."
    ) == [("novel gene therapy", 10)]
    # ... or the treatment with it, past a generic noun ('treatment with the immunotherapy drug nivolumab')
    assert _single_arm(
        "Researchers reported the first phase II clinical trial results for treatment with the immunotherapy drug "
        "nivolumab. MD Anderson enrolled 18 patients who gave tissue samples."
    ) == [("nivolumab", 18)]
    # what the researchers used to measure is no treatment
    assert (
        _single_arm(
            "In a pilot study of 27 patients, researchers used MRI scans to measure brain volume."
        )
        == []
    )
    # what they had received before the trial is no treatment of it
    assert (
        _single_arm(
            "The small pilot study involved 20 patients who had received chemotherapy before."
        )
        == []
    )


def test_a_study_of_no_stated_design_whose_counted_people_got_the_treatment_has_one_arm() -> None:
    # the total's own sentence tells that the people counted got the treatment, and nothing is compared
    text = (
        "In the study, twenty men with metastatic prostate cancer were treated with androgen deprivation therapy "
        "(ADT), radical surgery and radiation. After three years, 14 of them had no sign of cancer."
    )
    assert _single_arm(text) == [("androgen deprivation therapy", 20)]
    assert _single_arm(
        "The efficacy of the cooling system was studied in 122 women with breast cancer who were undergoing "
        "chemotherapy. Most kept their hair."
    ) == [("cooling system", 122)]
    # not when the text sets them against others, in design.py's words or its own
    assert (
        _single_arm(text.replace("After three years", "Compared with men who had surgery alone"))
        == []
    )
    assert _single_arm(text + " They did better than those who had radiation alone.") == []
    # nor when the treatment came before the study, nor when the text reports two studies
    assert _single_arm(text.replace("were treated", "had already been treated")) == []
    assert _single_arm("The researchers reported two studies. " + text) == []
    # nor when the sentence splits the people ('one of three approaches')
    assert (
        _single_arm(
            "In the study, 320 adults with back pain received one of three approaches over 12 weeks. Most "
            "improved."
        )
        == []
    )


def test_a_study_of_no_stated_design_may_name_its_treatment_in_the_lead_when_its_words_end_in_a_treatment() -> (
    None
):
    # no treatment in the total's sentence: the lead's result subject, when it ends in a word of a treatment
    text = (
        "Early findings suggest that a single outpatient treatment can reduce migraine pain levels by about 35 "
        "percent for up to a month, according to this small study. In the new study, his team focused on 112 "
        "patients averaging about 45 years of age."
    )
    assert _single_arm(text) == [("single outpatient treatment", 112)]
    # not words of an exposure or a habit
    assert _single_arm(text.replace("a single outpatient treatment", "better sleep")) == []
    # nor when the text compares the people with others
    assert _single_arm(text + " They did better than those who took pills.") == []


def test_a_single_arm_trials_treatment_may_be_the_subject_of_the_leads_result() -> None:
    # no treatment in the sentences about who got what: the subject of the lead's result names it
    assert _single_arm(
        "Nov. 8, 2011 -- A vaccine for breast and ovarian cancer that has spread to other parts of the body shows "
        "promise, according to a preliminary study of 26 patients. One woman now has no evidence of cancer."
    ) == [("vaccine for breast and ovarian cancer", 26)]
    assert _single_arm(
        "Tiny pellets could treat arthritic knee pain, a small study has found. The pilot study involved 20 "
        "patients with moderate to severe arthritis pain."
    ) == [("Tiny pellets", 20)]
    # ... but not a group of people, the researchers or the study itself
    assert (
        _single_arm(
            "People with arthritis may reduce their pain, a small study has found. The pilot study involved 20 "
            "patients with moderate to severe arthritis pain."
        )
        == []
    )
    assert (
        _single_arm(
            "New research shows promise for arthritis sufferers. The pilot study involved 20 patients with "
            "moderate to severe arthritis pain."
        )
        == []
    )
    # ... nor the subject of a sentence later in the text
    assert (
        _single_arm(
            "The pilot study involved 20 patients with moderate to severe arthritis pain. Their average age was 61. "
            "They had tried many things. Most had seen several doctors. Some had had surgery before. Many were "
            "tired of the pain. Others wanted to avoid surgery. Tiny pellets could treat arthritic knee pain."
        )
        == []
    )


def test_a_sham_group_is_not_the_group_it_imitates() -> None:
    assert arm_sizes(
        "Researchers randomized 200 women, 101 to acupuncture and 99 to sham acupuncture."
    ) == [
        101,
        99,
    ]


def test_a_count_each_group_has_after_the_alternatives() -> None:
    assert arm_sizes(
        "The researchers randomly assigned 300 people to yoga or stretching (150 each)."
    ) == [150, 150]
    assert arm_sizes(
        "The researchers randomly assigned 300 people to yoga or stretching, 150 in each group."
    ) == [150, 150]
    # a duration each session lasted is no group's size
    assert arm_sizes(
        "The researchers randomly assigned 300 people to yoga or stretching, for 60 minutes each."
    ) == [None, None]


def test_each_alternatives_size_in_bare_parentheses() -> None:
    assert arm_sizes(
        "Carlson and her colleagues randomized 111 men and women to either participate in the Experience Corps "
        "(58) or not (53)."
    ) == [58, 53]


def test_a_group_among_whom_a_result_is_stated_may_be_counted_approximately() -> None:
    assert arm_sizes(
        "Among the nearly 1,200 people who received the intervention, half as many people had made suicide "
        "attempts as those in the control group."
    ) == [1200]
    assert arm_sizes(
        "They found that depression was reported half as often among the more than 41,000 patients who took "
        "ketamine, as compared to patients who took any other drug."
    ) == [41000]


def test_a_longer_list_of_groups_by_condition_that_ends_with_the_controls() -> None:
    # the first group's next item after a bare comma, when the list ends with the healthy controls (set off by dashes)
    assert arm_sizes(
        "The numbers tested by the researchers -- 251 patients with pancreatic cancer (five of whom had very early "
        "lesions), 32 with chronic pancreatitis and 120 healthy controls -- aren't nearly large enough."
    ) == [251, 32, 120]
    assert arm_sizes(
        "The group tested 60 samples, including 12 from people with Parkinson's disease, 17 from people with "
        "dementia with Lewy bodies, and 31 controls."
    ) == [12, 17, 31]
    # ... but a list of cohorts with no comparison group is not one
    assert (
        arm_sizes(
            "Twenty men with metastatic prostate cancer, five with extra-pelvic lymph nodal disease and 15 with "
            "bone disease, were treated with androgen deprivation therapy."
        )
        == []
    )


def test_a_list_of_groups_after_a_verb_goes_on_without_it() -> None:
    assert arm_sizes(
        "In the study, 154 women got Tykerb, 149 Herceptin and the other 152 both drugs."
    ) == [
        154,
        149,
    ]
    # things counted in a word are no group ('five priming injections and two booster vaccinations')
    assert arm_sizes(
        "Six patients were given a full series of vaccinations, including five priming injections and two "
        "booster vaccinations."
    ) == [6]


def test_another_group_with_a_verb_of_its_own() -> None:
    assert arm_sizes(
        "They assigned 43 children to the acupuncture group. Another 45 children wore a patch over their "
        "normal eye for two hours daily."
    ) == [43, 45]


def test_two_groups_each_with_its_verb_and_no_people_word() -> None:
    assert arm_sizes(
        "The trial randomized 300 patients; 152 received surgery and 148 received physical therapy."
    ) == [152, 148]
    # a hypothetical is no group
    assert (
        arm_sizes(
            "If 100 people ate the highest proportion of Mediterranean foods and 100 ate the least, there "
            "would be three fewer deaths."
        )
        == []
    )


def test_two_groups_named_by_what_their_people_were_taking() -> None:
    assert arm_sizes(
        "The study included 80 patients taking metformin and 82 patients taking a placebo."
    ) == [80, 82]
    # events among the groups are no groups
    assert (
        arm_sizes(
            "Retinopathy recurred in four infants treated with Avastin compared with 19 infants treated "
            "with the laser."
        )
        == []
    )


def test_a_list_of_groups_after_a_colon() -> None:
    assert arm_sizes(
        "A total of 430 patients were randomized: 215 to apixaban and 215 to warfarin."
    ) == [215, 215]


def test_a_share_of_the_participants_with_its_count_in_parentheses() -> None:
    assert arm_sizes(
        "Two-thirds of them (26) were randomly assigned to two weeks of CPAP treatment. The other 13 received "
        "a placebo."
    ) == [26, 13]
    assert arm_sizes("Half (n = 150) received the vaccine, while the other 150 got a placebo.") == [
        150,
        150,
    ]


def test_there_were_n_people_in_each_named_group() -> None:
    assert arm_sizes(
        "There were 120 patients in the treatment group and 118 in the placebo group."
    ) == [
        120,
        118,
    ]
    # cases in a group are events, not its size
    assert arm_sizes("There were 30 cases in the vaccine group and 90 in the placebo group.") == []


def test_groups_to_compare_in_the_present_or_infinitive() -> None:
    assert arm_sizes(
        "They used registries to compare pregnancies between nearly 600 women who had given birth after "
        "bariatric surgery and more than 2,300 women who hadn't had the surgery."
    ) == [600, 2300]


def test_a_group_with_an_aside_before_its_verb() -> None:
    assert arm_sizes(
        "In the study, 80 participants (primarily men) were taught eight coping skills. Another 79 participants "
        "were in the control group."
    ) == [80, 79]


def test_a_group_whose_treatment_is_described_at_length() -> None:
    # the treatment's words run past fifty characters before a comma or full stop
    assert arm_sizes(
        "In the study, 64 patients received the topical ocular insert containing the glaucoma drug bimatoprost. "
        "The control group of 66 patients wore an insert treated with no drug."
    ) == [64, 66]
    assert arm_sizes(
        "For the study, 80 participants were taught a set of eight skills over five weekly sessions to help them "
        "experience more positive emotions. Another 79 participants were in the control group."
    ) == [80, 79]


def test_every_participant_or_all_alternatives_are_no_group() -> None:
    # all the participants, then what each of them got, is no group of the trial
    assert arm_sizes(
        "Participants were randomly assigned to receive either a placebo or curcumin for 18 months. All 40 "
        "subjects received standardized cognitive assessments at the start of the study and every six months."
    ) == [None, None]
    assert (
        arm_sizes(
            "During the placebo phase, each of the 12 patients received a dose of niacin — a vitamin that raises "
            "levels of good cholesterol — and the same instructions."
        )
        == []
    )
    # a list of alternatives, each with its own 'to': the count is all of them
    assert (
        arm_sizes(
            "Some 442 overweight women were randomly assigned to the Jenny Craig weight-loss program with once-weekly "
            "face-to-face counseling sessions, to the same program with weekly phone counseling or to a control group."
        )
        == []
    )


def test_groups_of_a_stated_size_named_after_it() -> None:
    assert arm_sizes(
        "The researchers split 80 volunteers into two groups of 40. One group took the supplement, the other a "
        "placebo."
    ) == [40, 40]
    assert arm_sizes(
        "Patients were divided up into two groups, of about 7,000 patients each. One group was given the "
        "experimental drug and the other given warfarin."
    ) == [7000, 7000]
    # the number of groups is no treatment: 'two groups: 40 took ...' is not a group of 80
    assert arm_sizes(
        "Researchers randomly assigned 80 volunteers to two groups: 40 took the supplement and 40 took a placebo."
    ) == [40, 40]
    # groups sized by their own counts keep them
    assert arm_sizes(
        "The 20 patients were split into two groups of 10. In the study, 8 patients received aspirin, 7 "
        "received ibuprofen and 5 received a placebo."
    ) == [8, 7, 5]


def test_the_rest_named_in_the_sentence_after_a_sized_group() -> None:
    assert arm_sizes(
        "Of the 300 patients in the study, 152 took the drug for a year. The others took a placebo."
    ) == [152, None]
    # an outcome count before it is no group
    assert (
        arm_sizes("Of the 300 patients, 40 developed infections. The rest received antibiotics.")
        == []
    )


def test_a_part_of_the_participants_is_the_group_not_the_whole() -> None:
    # 'Eight of the 32 got X': the group is eight, not 32
    assert 32 not in arm_sizes(
        "Eight of the 32 got ipilimumab alone, 23 got ipilimumab plus a vaccine, and one got the vaccine alone."
    )
    assert arm_sizes(
        "Ten out of 20 patients received the magnet therapy daily for two weeks. The other 10 received a fake "
        "treatment."
    ) == [10, 10]
    # ... also with a 'who' clause after the people, not itself the treatment
    assert arm_sizes(
        "Ten out of 20 people who faced this problem following a stroke received the magnet therapy daily for "
        "two weeks. The other 10 received a fake treatment."
    ) == [10, 10]


def test_a_treatment_along_with_more_keeps_its_own_words() -> None:
    # the words after 'along with' are no treatment on their own ('10 half-hour sessions'): the label is the
    # words before them, and the group is sized
    assert arm_sizes(
        "One group of 105 patients was offered a three-month regimen of self-care advice on diet, exercise and "
        "psychological support. The second group, of 85, was offered the same advice in the same time frame "
        'along with 10 half-hour weekly sessions of "traditional" acupuncture.'
    ) == [105, 85]


def test_the_study_group_beside_a_control_group_stated_after_it() -> None:
    # a control group sized after the study's count, in a study not told as randomized: the people counted are
    # the other group, named as the text names it beside the controls
    assert _single_arm(
        "Researchers recruited 359 participants who took cognitive tests before a year of college study. More "
        "than 90 percent of the participants improved, compared with 56 percent in a control group of 100 "
        "participants who did not take any courses. The college studies group improved more."
    ) == [("college studies", 359), ("control", 100)]
    assert _single_arm(
        "A study tested the approach in 23 young adults. Compared with a control group of 20 young adults, the "
        "treatment group increased letter recognition speed."
    ) == [("treatment", 23), ("control", 20)]
    # randomized: the total holds the controls
    assert [
        n
        for _, n in _single_arm(
            "Researchers randomly assigned 120 participants to college study or not. More than 90 percent of the "
            "participants improved, compared with 56 percent in a control group of 60 participants. The college "
            "studies group improved more."
        )
    ] == [None, 60]


def test_a_count_before_groups_sized_in_brackets_is_all_of_them() -> None:
    # each group's own count in brackets after its words: the count before them is the whole
    assert arm_sizes(
        "A total of 120 patients were randomized to the drug (n=62) or placebo (n=58)."
    ) == [62, 58]
    assert arm_sizes(
        "A total of 120 patients were randomized to the drug (62 patients) or placebo (58 patients)."
    ) == [62, 58]


def test_a_count_after_an_opening_phrase_is_no_list_item() -> None:
    # 'In the trial, 120 patients were randomly assigned to X or Y': all the participants, not the second group's
    # size (the comma is the opening phrase's, no list's)
    assert arm_sizes(
        "In the trial, 120 patients were randomly assigned to the drug or a placebo."
    ) == [
        None,
        None,
    ]
    assert arm_sizes(
        "In the trial, 120 patients were randomly assigned to the drug or a placebo. Sixty-two patients "
        "received the drug."
    ) == [62, None]


def test_two_groups_that_split_all_the_participants() -> None:
    # 'Of this group, N had X, while M had Y' with N + M the study's total: the two compared groups
    assert _single_arm(
        "The study included 121 patients. Of this group, 68 patients had experienced their first dislocation, "
        "while 53 had recurrent dislocations."
    ) == [("experienced their first dislocation", 68), ("recurrent dislocations", 53)]
    assert _single_arm(
        "The researchers studied 79 infants. Forty-six of the infants had an older sibling with autism, while the "
        "other 33 had no family history of autism."
    ) == [("older sibling with autism", 46), ("no family history of autism", 33)]
    # ... or told by a 'who' or 'of whom' clause each, anywhere in the sentence
    assert _single_arm(
        "The study was small, including just 10 patients who had the surgery and 11 patients who followed "
        "severely calorie-restricted diets."
    ) == [("surgery", 10), ("followed severely calorie-restricted diets", 11)]
    assert (
        arm_sizes(
            "The study included 39 people, 31 of whom were exposed to light flashes while sleeping, "
            "and eight of whom were exposed to continuous bright light."
        )
        == []
    )  # without the enrollment component no total: no split
    assert _single_arm(
        "The study included 39 people, 31 of whom were exposed to light flashes while sleeping, "
        "and eight of whom were exposed to continuous bright light."
    ) == [
        ("exposed to light flashes while sleeping", 31),
        ("exposed to continuous bright light", 8),
    ]
    # counts that do not add up to the total are part of the participants, or outcomes: no groups
    assert (
        _single_arm(
            "The study included 150 patients. Of this group, 68 patients had experienced their first "
            "dislocation, while 53 had recurrent dislocations."
        )
        == []
    )
    # a later item of a longer list ('84 ..., sixteen ..., and three ...') is no split, even when two add up
    assert (
        _single_arm(
            "The study included 19 patients. Of these patients, 84 had been ablated, sixteen were being treated "
            "with drug therapy, and three had implanted devices."
        )
        == []
    )
    assert (
        _single_arm(
            "The trial enrolled 100 patients. Of those, 30 who took the drug and 20 who took a placebo died."
        )
        == []
    )


def test_three_or_more_listed_groups_that_split_all_the_participants() -> None:
    # a list of three or more counts, each with its own words, adding up to the total: the compared groups
    assert _single_arm(
        "The researchers studied 6,671 patients treated for bipolar disorder. Of those, 2,148 had taken lithium, "
        "1,670 had used valproate, 1,477 had been on olanzapine and 1,376 had taken quetiapine."
    ) == [
        ("taken lithium", 2148),
        ("used valproate", 1670),
        ("on olanzapine", 1477),
        ("taken quetiapine", 1376),
    ]
    assert [
        n
        for _, n in _single_arm(
            "The study looked at 416 adults. The researchers analyzed spinal fluid from 114 adults with normal "
            "brain function, 200 who had mild cognitive impairment and 102 who had Alzheimer's."
        )
    ] == [114, 200, 102]
    # ... also with the outcome of each told between the groups; a time after a group's words is no label
    assert _single_arm(
        "The study included 3,021 patients. The 1,788 who continued statins up to the day of surgery had a risk "
        "of death of 1.7 percent, compared with 2.9 percent for 452 who stopped one to three days before "
        "surgery, and 3.8 percent for 781 who did not take statins."
    ) == [("statins", 1788), ("stopped", 452), ("did not take statins", 781)]
    # counts that do not add up to the total, or that tell outcomes, are no groups
    assert (
        _single_arm(
            "The study included 7,000 patients. Of those, 2,148 had taken lithium, 1,670 had used valproate, "
            "1,477 had been on olanzapine and 1,376 had taken quetiapine."
        )
        == []
    )
    assert (
        _single_arm(
            "The trial enrolled 41 patients. Of those, five had complete responses, 14 had partial responses "
            "and 22 had stable disease."
        )
        == []
    )


def test_a_group_stated_then_compared_with_another() -> None:
    # '... N people ... and compared them with M people': both groups, the first by its treatment or its people
    assert arm_sizes(
        "The team assigned 35 patients to renal denervation and compared them to 47 patients who had already had "
        "the procedure."
    ) == [35, 47]
    assert arm_sizes(
        "The scientists questioned more than 1,500 prostate cancer patients at three British hospitals and "
        "compared them with 3,000 healthy men."
    ) == [1500, 3000]
    # not when what they are compared with is no group of people
    assert (
        arm_sizes("The researchers followed 300 patients and compared them with national averages.")
        == []
    )
    # the comparison in the active voice, the first group sized in a sentence before it
    doc = run(
        "Researchers studied 10 athletes who had experienced the condition while swimming. They compared those "
        "participants with 20 others who did not have a history of the condition.",
        "trial_numbers",
        "trial_arms",
    )
    assert [(a.label.value, a.n.value if a.n else None) for a in doc._.arms] == [
        ("experienced the condition", 10),
        ("others who did not have a history of the condition", 20),
    ]


def test_two_described_groups_that_split_all_the_participants() -> None:
    # 'N <people> and M <other people>' adding up to the total: the two compared groups
    assert _single_arm(
        "The study involved 192 ME/CFS patients and 392 healthy controls matched for age and sex."
    ) == [("ME/CFS patients", 192), ("healthy controls", 392)]
    assert _single_arm(
        "Researchers measured blood flow differences in 17 nonsmokers and 24 smokers."
    ) == [("nonsmokers", 17), ("smokers", 24)]
    # the participants' make-up is no pair of groups, nor are a case-control study's cases and controls
    assert _single_arm("The study involved 19 women and 15 men who were all chronic smokers.") == []
    assert (
        _single_arm(
            "The analysis included 5,700 colorectal cancer cases and 7,100 controls from Europe."
        )
        == []
    )


def test_a_single_arm_is_read_in_the_sentence_that_says_who_got_it_and_without_quotes() -> None:
    # the design read from 'a preliminary study' in the lead: the treatment is found in the sentence that tells
    # who received it, not only near the total or the design cue
    assert _single_arm(
        "A new treatment might help more patients get a transplant, a preliminary study suggests. The treatment "
        "wiped out the antibodies in all but one of 25 patients. The kidneys worked well. Nobody died. In all, 25 U.S. and "
        "Swedish patients received an infusion of IdeS before their kidney transplant."
    ) == [("IdeS", 25)]
    # the researchers' words for what they used, with its quotes dropped, and the name it is called by
    assert _single_arm(
        "Researchers used a ''microfocused\" ultrasound to target the sweat glands in 14 men and women, aged 18 to 75."
    ) == [("microfocused ultrasound", 14)]
    assert _single_arm(
        "In a preliminary study, the technique, called microwave ablation, eliminated lung tumors in 19 of 28 "
        "patients."
    ) == [("microwave ablation", 28)]


def test_words_that_compare_nothing_leave_a_study_of_no_stated_design_its_one_group() -> None:
    text = "In the trial, 49 men with advanced prostate cancer received olaparib, and 16 of them responded. {}"
    assert _single_arm(text.format("")) == [("olaparib", 49)]
    # a standard treatment no group got, the placebo effect, a word holding 'sham', a hyphenated diagnostic
    # word, the people's own state before the treatment
    for aside in (
        "If the results hold, olaparib could become a standard treatment option.",
        "Surgery is the standard treatment for early cancer.",
        "We have to be mindful of the placebo effect.",
        "Many men felt shame or guilt about the disease.",
        "Doctors also did pre- and post-diagnostic evaluations.",
        "The men lived 110 days on average, compared with 36 days before treatment.",
    ):
        assert _single_arm(text.format(aside)) == [("olaparib", 49)], aside
    # but a standard treatment a group got, a placebo group or a sham treatment still compares
    for aside in (
        "Others received standard treatment.",
        "The standard treatment group did worse.",
        "They lived longer than those on standard treatment.",
        "The drug did better than standard therapy.",
        "The placebo group did worse.",
        "Others had a sham treatment.",
        "The men lived 110 days on average, compared with 36 days for the others.",
    ):
        assert _single_arm(text.format(aside)) == [], aside


def test_more_ways_of_telling_that_a_single_group_got_the_treatment() -> None:
    # a longer description of the people before 'who', and their result after the treatment's words
    assert _single_arm(
        "In a new study, 49 people with knee OA aged 45 to 87 who wore a knee brace had less pain after six months."
    ) == [("knee brace", 49)]
    # placed on a course of the treatment, its words set off by dashes
    assert _single_arm(
        "The 352 women who participated were monitored for tumor growth before and after being placed on a 16-week "
        "regimen of aromatase inhibitors -- estrogen-lowering agents -- before any surgery."
    ) == [("aromatase inhibitors", 352)]
    # the treatment's first word in quotes
    assert _single_arm(
        'Swedish scientists report that they\'ve successfully implanted "biosynthetic" corneas in 10 patients, '
        "paving the way for more treatment."
    ) == [("biosynthetic corneas", 10)]


def test_a_count_of_studies_is_no_group_of_people() -> None:
    # 'of 29 studies, they found people who got X': the count is of studies, not of the people who got X
    assert (
        arm_sizes(
            "In an analysis of 29 studies, they found people who got acupuncture typically reported more pain relief "
            "than those who didn't."
        )
        == []
    )
    # ... while a count of people before the same words is the group's size
    assert arm_sizes(
        "Of 575 patients who randomly received the iodine-alcohol combination, 42 developed an infection."
    ) == [575]


def test_a_single_arm_trials_treatment_read_in_the_headlines_words_before_a_treatment_noun() -> (
    None
):
    # a stated single-arm trial (an early phase) whose treatment no sentence names in a form read: the headline's
    # words ending in a treatment noun, not the verb or article before them
    text = (
        "Cervical cancer vaccine in early stages\n\nEighteen women with high-grade precancerous cervical lesions "
        "took part in the phase 1 study. Most of the lesions shrank within a year."
    )
    assert _single_arm(text) == [("Cervical cancer vaccine", 18)]
    assert _single_arm(text.replace("Cervical cancer vaccine", "Medtronic tests stent")) == [
        ("stent", 18)
    ]
    # not when the headline names no treatment, the text reports two studies, or the total's sentence splits the
    # people or tells of another trial
    assert _single_arm(text.replace("Cervical cancer vaccine", "Good news")) == []
    assert _single_arm(text + " Two other studies found the same.") == []
    assert (
        _single_arm(
            text.replace("took part in", "were given either the vaccine or a dummy shot in")
        )
        == []
    )
    assert _single_arm(text.replace("took part in the", "will take part in a larger")) == []


def test_a_small_study_of_no_stated_design_takes_its_headlines_treatment() -> None:
    # a study the text calls a small (or an early) one, of no stated design and no comparison, whose treatment only
    # the headline names: its one group, all the participants
    text = (
        "Retinal implant trial helps blind people see shapes\n\nIn a small study, three blind patients could see "
        "shapes and objects within days. The results were published in a journal on Wednesday."
    )
    assert _single_arm(text) == [("Retinal implant", 3)]
    # not without a word calling the study small or early, nor with a comparison of its own
    assert _single_arm(text.replace("In a small study, three", "Three")) == []
    assert _single_arm(text + " They did better than those in the control group.") == []


def test_two_groups_compared_by_their_samples_or_measures() -> None:
    assert arm_sizes(
        "Researchers analyzed breath samples collected before and after surgery from 31 lung cancer patients and "
        "compared their carbonyl VOCs levels with samples from 187 healthy patients."
    ) == [31, 187]
    assert arm_sizes(
        "The paper evaluated the brains of 23 deceased football players with CTE, and compared them to the brains "
        "of 50 deceased people diagnosed with Alzheimer's disease."
    ) == [23, 50]
    # 'their' words without the other group's samples or measures: no second group, so no first
    assert arm_sizes("They treated 40 patients and compared their scores to 40 others.") == []


def test_no_group_from_an_outcome_nor_from_the_first_of_a_list_of_kinds_of_people() -> None:
    assert arm_sizes("Over seven years, 1,457 women got a breast-cancer diagnosis.") == []
    assert (
        arm_sizes(
            "In the expansion phase, single-agent abemaciclib was administered to 47 patients with breast "
            "cancer, 68 with NSCLC, 17 with glioblastoma, and 15 with colorectal cancer."
        )
        == []
    )
    assert arm_sizes("Brexanolone injection was administered to 102 women with moderate PPD.") == [
        102
    ]
