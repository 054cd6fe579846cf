"""Enrollment component: which stated count is the headline N."""

from __future__ import annotations

from tests.helpers import enrollment_counts


def test_the_whole_after_a_part_of_it_is_the_size() -> None:
    # 'K out of M people': M is the whole group, even when the next sentence opens with the other group
    assert enrollment_counts(
        "Ten out of 20 people who faced this problem following a stroke received the magnet therapy daily "
        "for two weeks. The other 10 received a sham treatment."
    ) == (20, None)
    assert enrollment_counts(
        "The bacteria germinated in the cancers of 11 out of the 24 patients, with tumor cells dying off."
    ) == (24, None)
    assert enrollment_counts(
        "The researchers were able to identify tumor DNA from three out of six patients."
    ) == (6, None)


def test_a_rate_is_no_whole_group() -> None:
    # 'four of five patients' without 'the' reads as a rate: no study size
    assert enrollment_counts(
        "For a cancer that has already metastasized in four of five patients newly diagnosed, earlier "
        "detection holds a strong promise."
    ) == (None, None)


def test_the_researchers_as_subject_or_a_group_put_first() -> None:
    assert enrollment_counts(
        "They wrangled a group of 49 overweight and obese adults, took stool and blood samples and asked "
        "them to follow a diet."
    ) == (49, None)
    assert enrollment_counts(
        "They measured the penis length of 117 infertile and 56 fertile men visiting an andrology clinic."
    ) == (173, None)
    assert enrollment_counts(
        "A group of almost 3,200 patients, aged 58-74, had ultrasounds on their necks in 2002."
    ) == (3200, None)
    # ... not what they found ('They found 619 breast cancer deaths among women')
    assert enrollment_counts(
        "They found 619 breast cancer deaths among women in the counties that offered screening."
    ) == (None, None)
    # ... nor a sentence without them or the study
    assert enrollment_counts("Instructors guided 257 Latino adolescents through a program.") == (
        None,
        None,
    )


def test_a_count_compared_with_another_group_is_summed() -> None:
    assert enrollment_counts(
        "They compared the average number of hot flashes in 760 women who had treatment with 770 who did not."
    ) == (1530, None)


def test_dozens_in_words_are_counts() -> None:
    assert enrollment_counts("The study enrolled two dozen patients.") == (24, None)
    assert enrollment_counts("Researchers followed three dozen women for a year.") == (36, None)


def test_a_breakdown_of_a_count_is_not_a_second_group() -> None:
    # its parts, in brackets or after a dash, add up to the count: the same people counted twice
    assert enrollment_counts("The trial enrolled 40 patients (18 men and 22 women).") == (40, None)
    assert enrollment_counts("The study followed 12 patients -- six men and six women.") == (
        12,
        None,
    )
    # groups whose counts do not add up to an earlier count are still summed
    assert enrollment_counts("The study involved 19 women and 15 men.") == (34, None)


def test_the_first_count_of_a_sentence_whose_later_counts_are_smaller_is_the_whole() -> None:
    assert enrollment_counts(
        "In the new study, researchers implanted the pacemaker in 32 people for the first time through a "
        "puncture in the skin; in 10 patients, they had to reposition it."
    ) == (32, None)
    # ... not when a later count is larger: which is the study's is not said
    assert enrollment_counts(
        "In the study, the team scanned the brains of 10 patients with the disease; 32 people without it "
        "were scanned for reference."
    ) == (None, None)


def test_a_list_of_groups_is_summed() -> None:
    assert enrollment_counts(
        "The new study involved 27 people with heart failure so severe that they were comfortable only at "
        "rest, 25 people with less severe heart failure, and 28 healthy people."
    ) == (80, None)
    assert enrollment_counts(
        "In the study, Sapkota's team tested the saliva of 22 people with Alzheimer's disease, 25 people "
        "with what's known as mild cognitive impairment (a decline in memory), as well as 35 people whose "
        "mental skills were normal."
    ) == (82, None)
    # ... not a breakdown that adds up to the count
    assert enrollment_counts(
        "The newest study explored the effects of MDMA on 21 healthy volunteers, nine women and 12 men aged "
        "18 to 38."
    ) == (21, None)


def test_players_and_interns_are_people() -> None:
    assert enrollment_counts(
        "The study followed 474 football players from seven high schools throughout the fall season."
    ) == (474, None)
    assert enrollment_counts(
        "The research involved about 200 medical interns in their first year."
    ) == (
        200,
        None,
    )


def test_a_next_sentence_with_another_group_of_people_is_added() -> None:
    assert enrollment_counts(
        "For the HIV study, which was based in San Francisco, 80 participants (primarily men) were taught a "
        "set of eight skills over five weekly sessions. Another 79 participants were in the control group."
    ) == (159, None)


def test_a_study_someone_is_running_now_or_a_body_of_studies_gives_way() -> None:
    # a study someone is running now ('is directing a ... study of'): another study; its count gives way to the
    # article's own ...
    own = (
        "Researchers followed 1,200 men who had a PSA test. The men were tracked for a decade. "
        "The results were published on Monday. "
    )
    assert enrollment_counts(
        own
        + "Andriole is directing a National Cancer Institute study of 76,000 men that found no benefit."
    ) == (1200, None)
    # ... and, past the lead, is no size of the article's study when it states none
    lead = (
        "Lung scans often raise false alarms. Many smokers are tempted to get one. Small should mean curable. "
        "It is not so simple. "
    )
    assert enrollment_counts(
        lead
        + "The NCI is running a clinical trial in which 53,000 smokers were randomly assigned to scans."
    ) == (None, None)
    # ... as is one someone cites
    assert enrollment_counts(
        lead
        + "Screening proponents point to a European study of 162,000 men that showed a drop in deaths."
    ) == (None, None)
    # a body of studies someone has done: its people counted together are not the article's study's
    assert enrollment_counts(
        lead
        + "Myriad Genetics has published nine studies on Prolaris involving more than 3,000 patients."
    ) == (None, None)
    # ... but the study's own leader, and a pooled analysis of studies, keep their counts
    assert enrollment_counts(
        "Smith, who is leading the trial, said it enrolled 300 patients with asthma."
    ) == (300, None)
    assert enrollment_counts(
        lead + "The researchers analyzed nine studies involving more than 3,000 patients."
    ) == (3000, None)


def test_thirteen_and_fifteen_in_words_are_counts() -> None:
    # the pattern file's trigger must let a sentence whose count is 'thirteen' or 'fifteen' through
    assert enrollment_counts(
        "The latest study involved thirteen young people aged between 12 and 18 years of age."
    ) == (13, None)
    assert enrollment_counts("The study involved fifteen people with asthma.") == (15, None)


def test_the_results_of_the_people_read_so_far_are_the_size() -> None:
    assert enrollment_counts(
        "It's early -- results are in for only the first 16 patients -- but the results already are drawing "
        "praise from experts."
    ) == (16, None)
    assert enrollment_counts(
        "In a newly released study, investigators reported results from the first 10 people treated with the "
        "biosynthetic corneas."
    ) == (10, None)
    # ... not the results of something else
    assert enrollment_counts("The study reported results from 12 hospitals in Ohio.") == (
        None,
        None,
    )


def test_a_lone_group_named_by_its_treatment_is_the_whole() -> None:
    # one count with a treatment and nothing else stated: the study's people
    assert enrollment_counts(
        "In a small, preliminary study, researchers put 23 obese volunteers on the 16:8 diet, a form of "
        "intermittent fasting."
    ) == (23, None)
    # ... but two such counts are the groups of a study whose size is not said
    assert enrollment_counts(
        "In the new study, the infection rate was 3.4 percent among the patients. The 504 patients treated with "
        "the nose gel did well. The rate for 413 volunteers given placebo treatment was 7.7 percent."
    ) == (None, None)
    # ... and 'the N people who used ...' is the group of those who did
    assert enrollment_counts(
        "In the clinical trial, the 187 participants who used the device lost an average of 14 pounds."
    ) == (None, None)


def test_participated_after_a_longer_description() -> None:
    assert enrollment_counts(
        "About 1,500 patients at 61 clinics in the United States and abroad participated in the study."
    ) == (1500, None)


def test_more_ways_to_say_all_were_randomized() -> None:
    assert enrollment_counts(
        "The study enrolled 1,200 people. Participants here were randomized to their condition."
    ) == (1200, 1200)
    assert enrollment_counts(
        "The researchers enrolled nearly 700 men with early prostate cancer who were randomly selected either "
        "to undergo a radical prostatectomy or to stay in watchful waiting."
    ) == (700, 700)
    assert enrollment_counts(
        "The study included 148 patients. Two-thirds of subjects were randomly assigned to undergo fusion."
    ) == (148, 148)
    assert enrollment_counts(
        "The researchers recruited 39 volunteers with prediabetes. Two-thirds of them (26) were randomly "
        "assigned to two weeks of CPAP treatment."
    ) == (39, 39)
    assert enrollment_counts(
        "Researchers enrolled 300 adults and randomized them to nuts or a control diet."
    ) == (300, 300)


def test_what_was_tested_of_a_treatment_in_the_people() -> None:
    assert enrollment_counts(
        "The safety profile of tramiprosate in 2,025 AD patients across the two studies was favorable."
    ) == (2025, None)


def test_more_words_for_people_and_a_study_for_them() -> None:
    assert enrollment_counts("The study included 520 youngsters with ear infections.") == (
        520,
        None,
    )
    assert enrollment_counts(
        "Researchers found that among 24,071 Medicare enrollees who had a negative screening colonoscopy, "
        "almost 24% were re-examined within seven years."
    ) == (24071, None)
    assert enrollment_counts(
        "The trial included 53 babies. Shortly after birth the preemies were randomly assigned to receive "
        "injections of either erythropoeitin or no treatment."
    ) == (53, 53)
    assert enrollment_counts(
        "But an analysis of insurance claims for more than 2,200 people with Type 2 diabetes who underwent "
        "surgery found that most could drop their drugs."
    ) == (2200, None)


def test_year_olds_graders_and_mother_child_pairs_are_people() -> None:
    assert enrollment_counts(
        "The researchers looked at 386 15-year-olds who were finishing up ninth grade."
    ) == (386, None)
    assert enrollment_counts(
        "For the work, a cohort of 541 9- to 11-year-olds in China completed a food questionnaire."
    ) == (541, None)
    assert enrollment_counts(
        "The study followed more than 20,000 fifth-graders in West Virginia for three years."
    ) == (20000, None)
    assert enrollment_counts(
        "They applied three methods to a sample of 273,107 mother-child pairs living in Stockholm."
    ) == (273107, None)
    # a count of years in an age is not a count of people
    assert enrollment_counts("The study enrolled women aged 50 to 69 and 45-year-olds.") == (
        None,
        None,
    )


def test_a_length_joined_by_a_hyphen_is_no_second_group() -> None:
    assert enrollment_counts(
        "In a new study, 15 patients with post-viral olfactory dysfunction had 10 weekly, 30-minute sessions "
        "of traditional Chinese acupuncture."
    ) == (15, None)
    # a second group's count after the first is still one group of a list
    assert enrollment_counts("In the study, 154 women got Tykerb, 149 Herceptin and 150 both.") == (
        None,
        None,
    )


def test_earlier_or_further_work_gives_way() -> None:
    lead = (
        "Lung scans often raise false alarms. Many smokers are tempted to get one. Small should mean curable. "
        "It is not so simple. "
    )
    # earlier work told of by what it found, past the lead, is no size of the article's study
    assert enrollment_counts(
        lead
        + "However, previous research led by Dr. Smith's group found extending the dose did not affect "
        "efficacy in a retrospective sample of 2,000 people."
    ) == (None, None)
    # ... nor a further study its author also did, nor studies counted as others
    assert enrollment_counts(
        lead
        + "Professor Elwood also led a major study which monitored the health habits of 2,235 men."
    ) == (None, None)
    assert enrollment_counts(
        "For this analysis, the authors looked only at the 16,718 women in the WHI who had not taken supplements "
        "before entering the trial. The case became stronger when researchers added in data from 13 other, "
        "unpublished trials involving almost 30,000 women."
    ) == (16718, None)
    # ... but what earlier research suggested does not make the study's own count another's
    assert enrollment_counts(
        lead
        + "To find out whether yoga could help, as earlier research had suggested, Dr. Sherman and her "
        "colleagues recruited 228 people with chronic low back pain."
    ) == (228, None)


def test_a_sentence_opening_with_the_next_study_gives_way_to_the_own_count() -> None:
    assert enrollment_counts(
        "Researchers measured weight loss in 185 patients a year after surgery. The second study, conducted by "
        "researchers in Taiwan, compared 30 obese patients who had gastric bypass with 30 similar patients."
    ) == (185, None)
    # ... but is the article's study when no other count is stated
    assert enrollment_counts(
        "Two papers report success with the drug. One describes the case of an 88-year-old woman. The drug "
        "rebuilt her bone. The second paper involved 40 patients with severe gum disease."
    ) == (40, None)


def test_a_sentence_opening_with_the_people_who_were_treated() -> None:
    # the people a sentence opens with and what was done to them: the study's size, with a breakdown that adds up
    # to it (no further groups), and not the part a later sentence opens with
    assert enrollment_counts(
        "Twenty men with metastatic prostate cancer, five with extra-pelvic lymph nodal disease and 15 with bone "
        "disease, were treated with hormone therapy, surgery and radiation. Of the five patients with extra-pelvic "
        "lymph node involvement, four achieved an undetectable PSA."
    ) == (20, None)
    # ... a second group joined by 'and' is summed, and a count in words with a hyphen is read
    assert enrollment_counts(
        "Fifty-one patients were treated with ECP and 14 with active comparators."
    ) == (65, None)
    # ... but not a part of a count stated before
    assert enrollment_counts("Of these, 30 patients were treated with the drug.") == (None, None)


def test_an_age_is_no_count() -> None:
    # 'ages 50 and over' ends an age, not a count of the people named after it
    assert enrollment_counts(
        "When compared to the screening population ages 50 and over, screening mammography in women ages 40-49 "
        "detects 19.3% additional cancers, according to a study."
    ) == (None, None)


def test_what_was_taken_from_the_people_counts_them() -> None:
    # scans, samples, DNA or records of people, whatever verb the researchers used them with
    assert enrollment_counts(
        "Boffins from the University of California trained the computer using more than 2,100 scans from "
        "1,002 patients."
    ) == (1002, None)
    assert enrollment_counts(
        "This was achieved by assessing the DNA of 80,000 prostate cancer patients and 61,000 men without the "
        "disease."
    ) == (141000, None)
    # ... 'a million' is read (the trigger lets it through)
    assert enrollment_counts(
        "Using a cancer registry, the team examined records for more than a million women in the two groups "
        "of counties."
    ) == (1000000, None)
    # ... but not a part of a whole
    assert enrollment_counts(
        "The researchers were able to identify tumor DNA from three out of six patients."
    ) == (6, None)


def test_people_given_one_of_the_treatments_are_all_of_them() -> None:
    # 'received either X or Y': every participant, not one group; 'all but five people' is no count of them
    assert enrollment_counts(
        "The study is published in a journal. Sixty-eight study participants received either a monthly vitamin D "
        "supplement or placebo delivered with their meal. The study showed that the supplement raised vitamin D "
        "to optimal levels in all but five people."
    ) == (68, None)


def test_the_people_used_in_the_study_are_no_group() -> None:
    # 'used in this study' names the study that used them, not one group's treatment: with the groups' counts
    # beside it, the count is the study's size
    assert enrollment_counts(
        "In the new study, most adults treated with the capsules were cured. The 116 patients used in this study "
        "may have been selected because they were ideal candidates, Dr. Smith noted. Two-thirds of the 57 patients "
        "who got the pills were happy, while 44 percent of the 59 patients who received the FMT said the same."
    ) == (116, None)


def test_questionnaires_filled_out_by_people_and_people_visited() -> None:
    assert enrollment_counts(
        "In the latest study, researchers analyzed food questionnaires filled out by nearly 1,000 people "
        "participating in a larger, ongoing study."
    ) == (1000, None)
    assert enrollment_counts(
        "Members of the research team visited 15 couples in their home once a week for 10 weeks."
    ) == (15, None)


def test_an_analysis_or_an_experimental_treatment_is_about_the_study() -> None:
    # a count with no cue of its own stands in a sentence about the study when the sentence tells of an
    # analysis or of the experimental treatment, with no word 'study' in it
    assert enrollment_counts(
        "An analysis of lung cancer screening results in 3,200 people from the National Cancer Institute finds "
        "that 21 to 33 percent of the suspicious nodules found by CT scans are false alarms."
    ) == (3200, None)
    assert enrollment_counts(
        "An experimental treatment that involves spinal injections of ozone gas and steroids relieved pain in "
        "over two-thirds of 327 people with back problems related to a herniated disc."
    ) == (327, None)
    assert enrollment_counts(
        "The experimental procedure was done in 12 infants who were born with a congenital cataract condition."
    ) == (12, None)
    # (still no size in a sentence of general figures)
    assert enrollment_counts(
        "An experimental drug may one day help the 500,000 people diagnosed with the disease each year."
    ) == (None, None)


def test_a_place_further_on_is_where_the_study_was_done() -> None:
    # a country named away from the count is where the study's people were: the count is the study's size
    assert enrollment_counts(
        "The data, published in the New England Journal of Medicine, were from 60 healthy volunteers given the "
        "vaccine in Britain between Sept. 17 and Nov. 18 last year."
    ) == (60, None)
    assert enrollment_counts(
        "The pool of nearly 1,100 patients that the researchers focused on were part of the large trial that took "
        "place across 159 pancreatic cancer centers located in Europe, Canada, Australasia and Japan."
    ) == (1100, None)
    assert enrollment_counts(
        "Johansson and her colleagues used data from nationwide Swedish health registries to compare pregnancies "
        "between nearly 600 women who had given birth after bariatric surgery and more than 2,300 women who hadn't."
    ) == (2900, None)
    # ... but a country named right before the count or right after its people word makes it a country's figure
    assert enrollment_counts(
        "230,000 women in the United States got a breast cancer diagnosis in 2015, the researchers said."
    ) == (None, None)
    assert enrollment_counts(
        "In the U.S., the researchers said, 230,000 women got a breast cancer diagnosis in 2015."
    ) == (None, None)
    # ('U.S.' with its stops; and no count of people in pounds)
    assert enrollment_counts(
        "Although HGH is not a cure for the disease, which afflicts 30,000 people in the U.S., the researchers "
        "found that it reduced the number of hospitalizations."
    ) == (None, None)
    assert enrollment_counts(
        "In the cases studied, the researchers found that human growth hormone added 1.25 inches in height and "
        "three pounds to the patients."
    ) == (None, None)


def test_could_after_the_count_tells_what_the_study_found() -> None:
    # 'could' after a count with no cue of its own is what the study found, not what may come about
    assert enrollment_counts(
        "Scientists have developed an eye implant that allowed three blind patients to see shapes and objects "
        "within days of treatment in a trial and say the device could become routine."
    ) == (3, None)
    assert enrollment_counts(
        "Although the Lancet study was small — only 17 children completed the entire protocol — it demonstrated "
        "that a computer algorithm could safely interpret glucose data."
    ) == (17, None)
    # ... but before the count it is what may come about
    assert enrollment_counts(
        "Experts said the device, tested in a trial, could eventually change the lives of up to 200,000 patients."
    ) == (None, None)
    # (nor a label's number before a count of levels: 'Abeta 42 levels as people who already have it')
    assert enrollment_counts(
        "What we've learned through our research is that people at risk exhibit the same elevated Abeta 42 levels "
        "as people who already have it, so they could get tested anytime."
    ) == (None, None)


def test_a_breakdown_in_parentheses_is_no_further_group() -> None:
    # counts in parentheses after a group's count break it down: the sentence's groups still add up to the size
    assert enrollment_counts(
        "To find out, Sobel and their colleagues presented 18 children with ASD and 18 normally developing "
        "children (17 boys and 1 girl in each group) with pleasant and unpleasant odors."
    ) == (36, None)


def test_a_second_group_along_with_or_compared_with_is_added() -> None:
    # a second group brought in 'along with', 'together with', or 'and compared them with' is the study's too
    assert enrollment_counts(
        "In the study, researchers recruited 38 children who had been diagnosed with ASD along with a control "
        "group of 31 other children between the ages of 5 and 10."
    ) == (69, None)
    assert enrollment_counts(
        "The scientists studied more than 1,500 prostate cancer patients at three British hospitals between 1994 "
        "and 2009 and compared them with 3,000 healthy men."
    ) == (4500, None)
    # ('1994 and 2009' is no second group: the words may hold a pair of numbers joined by 'and')
    assert enrollment_counts(
        "Cao looked at data from over 86,000 women who were part of the Nurses' Health Study between 1980 and 2012 "
        "and over 43,000 men who were part of the Health Professionals Follow-Up Study from 1986 to 2012."
    ) == (129000, None)
    # ... and a group compared with 'a control group of' people
    assert enrollment_counts(
        "Researchers compared a group of 66 high school athletes in contact sports who had been recently diagnosed "
        "with a concussion to a control group of 169 high school student athletes from both contact and "
        "non-contact sports."
    ) == (235, None)
    # (not a count that is no people's: 'along with 20 percent')
    assert enrollment_counts(
        "The study included 120 patients with migraine, along with 20 percent of their relatives."
    ) == (120, None)


def test_a_second_randomized_group_with_the_people_word_left_out() -> None:
    # 'randomized N people to A and M to B': both groups were randomized
    assert enrollment_counts(
        "The scientists randomized 152 Alzheimer's patients to a 10-week course of dextromethorphan-quinidine "
        "and 127 to placebo."
    ) == (279, 279)
    assert enrollment_counts(
        "The researchers randomly assigned 52 women to acupuncture and 40 to sham needles."
    ) == (92, 92)
    # (not the end of an age range: 'aged 18 to 65 and 127 to ...' is no second group; nor a count that only
    # enrolled its people)
    assert (
        enrollment_counts(
            "The scientists randomized 152 patients aged 18 to 65 and 127 to placebo."
        )[0]
        == 152
    )
    assert enrollment_counts(
        "The researchers enrolled 152 patients with anemia and 12 to 15 of their caregivers."
    ) == (152, None)


def test_a_part_told_after_an_opening_of_the_n_people() -> None:
    # 'Of the N people ..., K died': K is a part of the N, no further group that makes the sentence a list
    assert enrollment_counts(
        "A new study of soy found women who ate more lived longer. Of the 444 patients with lung cancer, 318 died "
        "during the three years of follow-up, the researchers wrote."
    ) == (444, None)
    assert enrollment_counts(
        "A study led by a Duke researcher found patients may not need annual scans. Of the initial 19,066 "
        "participants with a negative initial LDCT scan, 444 (2 percent) were diagnosed with lung cancer."
    ) == (19066, None)
    # (not a part told by what it did: 'Of 32 women who had ovarian tissue frozen ..., 10 women had a child')
    assert enrollment_counts(
        "A new study finds cancer patients can have children. Of 32 women who had ovarian tissue frozen and "
        "transplanted in this study, 10 women -- or 31 percent -- had a child, she said."
    ) == (None, None)
    # (nor a larger number after the comma: 'Of the 20 patients, 30 ...' is no part)
    assert enrollment_counts(
        "A new study of soy found women who ate more lived longer. Of the 20 women with lung cancer, 30 family "
        "members were also screened."
    ) == (None, None)


def test_the_trial_a_later_analysis_took_its_data_from_randomized_others() -> None:
    # 'analyzed data from the X Trial, a study that randomly assigned ...': the parent trial randomized, not the
    # analysis of a part of it
    assert enrollment_counts(
        "Patz and colleagues analyzed data from the National Lung Screening Trial, a large prospective study that "
        "randomly assigned former smokers to either receive three annual low-dose CT scans or three chest "
        "radiographs. Of the initial 19,066 participants with a negative initial LDCT scan, 444 (2 percent) were "
        "diagnosed with lung cancer."
    ) == (19066, None)
    # ... but a study that randomly assigned its own people keeps them randomized
    assert enrollment_counts(
        "The study included 300 patients with asthma. The researchers randomly assigned the patients to either "
        "the new inhaler or a placebo."
    ) == (300, 300)


def test_half_a_million_people_is_their_count() -> None:
    # 'half a million' counts 500,000 people, not a million ('a million' after 'half')
    assert enrollment_counts(
        "A new study found the score predicts death. To create the score, the researchers analysed data collected "
        "between 2006 and 2010 from nearly half a million adults aged between 40 and 70 years from the UK Biobank."
    ) == (500000, None)
    assert enrollment_counts(
        "In the new study, researchers at Quest Diagnostics examined records for a quarter of a million pregnant women."
    ) == (250000, None)


def test_a_study_described_by_a_list_of_its_features() -> None:
    # 'In this <features, with commas> study, N people ...': the study's size
    assert (
        enrollment_counts(
            "Sun Pharma announced successful trial results. In this 12 week, multicenter, randomized, double-masked, "
            "vehicle controlled Phase 3 confirmatory study, 744 dry eye patients were treated either with Seciera, or "
            "its vehicle. Previously, in a completed Phase 2b/3 clinical trial in 455 patients, Seciera demonstrated a "
            "rapid onset of action."
        )[0]
        == 744
    )


def test_sizes_printed_as_n_equals() -> None:
    # a study's size in brackets right after the study word
    assert enrollment_counts(
        "A new study revealed that your cereal choice at breakfast might have an impact on lunch. The results of "
        "the randomized, controlled crossover study (n=47) showed that instant oatmeal enhanced satiety."
    ) == (47, None)
    # (not a group's: 'the small cell lung cancer group (n=13)')
    assert enrollment_counts(
        "A new study found the test worked. In the small cell lung cancer group (n=13), the test identified most "
        "cancers."
    ) == (None, None)
    # the randomized groups' sizes: randomized is their sum, the recruited count stays the total
    assert enrollment_counts(
        "A new study found the diet cut breast cancer. From 2003 to 2009, 4,282 women were recruited. Women were "
        "randomly assigned to the Mediterranean diet supplemented with EVOO (n=1,476), the Mediterranean diet "
        "supplemented with nuts (n=1,285) or the control diet with advice to reduce their dietary intake of fat "
        "(n=1,391)."
    ) == (4282, 4152)
    assert enrollment_counts(
        "A new trial found the spray worked. Non-responders were randomized (1:1) to flexibly-dosed esketamine nasal "
        "spray (56 or 84 mg twice weekly) plus a newly initiated oral antidepressant (N=114) or placebo nasal spray "
        "plus a newly initiated oral antidepressant (N=109)."
    ) == (223, 223)


def test_randomly_selected_to_receive_after_and_were() -> None:
    # '..., and were randomly selected to receive either A or B': the participants were randomized
    assert enrollment_counts(
        "A new trial found shorter antibiotic courses were worse. The study included 520 children. The children "
        "ranged in age from 9 months to 23 months, and were randomly selected to receive either a standard 10-day "
        "course of antibiotics or a shortened course."
    ) == (520, 520)


def test_a_second_group_after_words_joined_by_and_or_named_as_the_control_group() -> None:
    # 'along with' may follow words joined by 'and'
    assert enrollment_counts(
        "In the first successful trial on humans, 11 healthy people were vaccinated and infected with the seasonal "
        "flu strain along with 11 non-vaccinated volunteers."
    ) == (22, None)
    # ', and M as a control group': the second group with its people word left out
    assert enrollment_counts(
        "A new study found TMS helped tinnitus. The French research team worked with 26 patients who received "
        "active TMS treatment, and 33 as a control group, who received sham (placebo) treatment."
    ) == (59, None)
    # (not an outcome's count after ', and': '120 patients who had surgery, and 30 were later readmitted')
    assert enrollment_counts(
        "A new clinical trial found that the drug lowered blood pressure. The study included 120 patients who had "
        "surgery, and 30 were later readmitted."
    ) == (120, None)


def test_a_count_of_a_study_dated_by_a_past_year_is_another_studys() -> None:
    # beside a count of the article's own study, a study dated by a past year of publication gives way
    assert enrollment_counts(
        "Tiny electrical shocks to the brain enhance memory, a study finds. The current study was done at the "
        "University of California at Los Angeles in seven epileptic patients awaiting surgery. The team used this "
        "opportunity to see how stimulating the brain affects memory. In a study published in the Annals of Neurology "
        "in 2010 researchers tested deep brain stimulation in six patients over the course of a year."
    ) == (7, None)
    # with no count of its own, past the lead, when the article tells of its own new study
    text = (
        "Will drinking coffee extend your life? Nurses who drink coffee had a lower risk of premature death. Decades "
        "of studies have examined links between coffee drinking and health. Overall, the conclusions have been "
        "pro-coffee. Fewer studies link coffee to a higher likelihood of dying prematurely, but this 2013 paper, on "
        "43,727 people followed for a median of 17 years, found a higher risk. The new research, published in "
        "Circulation on Monday, mined three large studies."
    )
    assert enrollment_counts(text) == (None, None)
    # ... but without one, the dated study may be the one a feature is about
    assert enrollment_counts(text.replace("The new research", "Other research")) == (43727, None)
    # not a study the article's own study continues, nor the start of its own time line
    assert enrollment_counts(
        "Surgery for prostate cancer beats watchful waiting, a Swedish study finds. The study was published today. "
        "The benefit grew over time. Doctors were pleased. It's actually an update of a 2008 report, with an "
        "additional three years of data on the nearly 700 men who volunteered for the trial up to 15 years ago."
    ) == (700, None)
    assert enrollment_counts(
        "Hot flashes can last for years, the new study finds. Women were asked about symptoms. Many had them. Most "
        "were bothered. As reported in the journal Menopause, in 2013 and 2014 Davis and her team analyzed survey "
        "responses from nearly 1,500 women ages 40 to 65."
    ) == (1500, None)


def test_a_second_group_further_on_in_the_sentence_is_added() -> None:
    # after a first group's words that hold 'and' or commas, the second group joined by 'and' is the study's too
    assert enrollment_counts(
        "The researchers followed 237 women who were using an implant like Implanon and Nexplanon and 263 women "
        "using the Mirena hormonal IUD."
    ) == (500, None)
    assert enrollment_counts(
        "The authors followed 20 Italian patients from January 1996 to June 2009 with atypical endometrial "
        "hyperplasia (AEH), which often precedes the cancer, and 14 women with early-stage endometrial cancer."
    ) == (34, None)
    # ... or brought in by a verb of its own
    assert enrollment_counts(
        "To help the brain cool down, researchers outfitted 12 primary insomnia patients with a "
        "temperature-controlled cap that has cool water flowing through it and recruited 12 healthy controls."
    ) == (24, None)
    assert enrollment_counts(
        "The colleagues analyzed breath samples collected before and after surgery from 31 lung cancer patients and "
        "compared their carbonyl VOCs levels with samples from 187 healthy patients."
    ) == (218, None)
    # (not past another count, nor after 'including', nor a share)
    assert enrollment_counts(
        "The current results are based on data from 282 human study participants - 52 with type 1 diabetes who "
        "participated in the BCG clinical trials and 230 who contributed blood samples for mechanistic studies."
    ) == (282, None)
    assert enrollment_counts(
        "The colleagues studied the effectiveness of these procedures in 2,482 women with BRCA mutations, including "
        "247 women who had risk-reducing surgery to remove their breasts and 993 who had risk-reducing surgery."
    ) == (2482, None)
    assert enrollment_counts(
        "For the work, a cohort of 541 9- to 11-year-olds in China, 54 percent boys and 46 percent girls, completed "
        "a questionnaire."
    ) == (541, None)
    # (nor an outcome's count: what happened to some of the people, near or further on)
    assert enrollment_counts(
        "The study enrolled 120 patients with heart failure and 30 patients died during follow-up."
    ) == (120, None)
    assert enrollment_counts(
        "Researchers followed 500 women who took hormones and aspirin and 40 women developed breast cancer."
    ) == (500, None)
    assert enrollment_counts(
        "The trial enrolled 450 patients with advanced melanoma, which had spread to the liver or lungs, and 45 "
        "patients were excluded."
    ) == (450, None)
    assert enrollment_counts(
        "They studied 3,000 nurses who worked night shifts and rotating schedules and 40 nurses who were later "
        "diagnosed with cancer."
    ) == (3000, None)


def test_more_words_for_people() -> None:
    # asthmatics, offenders, beneficiaries ... are the study's people
    assert enrollment_counts(
        "A new study of asthma drugs was published. For the study, the team tried three drug regimens on 210 "
        "asthmatics."
    ) == (210, None)
    assert enrollment_counts(
        "In the biggest study, sponsored by the National Institute on Drug Abuse, about 300 offenders — most of them "
        "heroin users on probation or parole — were randomly assigned to receive either Vivitrol or counseling."
    ) == (300, 300)
    assert enrollment_counts(
        "Researchers reported findings from a trial that is testing the impact of diagnostic testing for Alzheimer's "
        "disease on nearly 19,000 Medicare beneficiaries."
    ) == (19000, None)


def test_a_fraction_of_a_named_cohort_gives_no_total() -> None:
    # only a fraction of the named cohort took part: its number is not printed, and the cohort's is not the total
    assert enrollment_counts(
        "The new study was published in the BMJ. About half of the 90,000 women who participated in the Nurses' "
        "Health Study also answered questions about their typical diet while they were teens."
    ) == (None, None)
    # ... while a fraction of the study's own people keeps their count
    assert enrollment_counts(
        "In the study, half of the 400 women who took part in the trial got the drug."
    ) == (400, None)
    assert enrollment_counts(
        "For the study, the researchers analyzed data on 70,000 women who participated in the Nurses' Health Study."
    ) == (70000, None)


def test_enlisted_people_are_the_studys() -> None:
    # 'enlisted N people' is a study's enrollment, read before a later study's count
    assert enrollment_counts(
        "To assess its potential in adults, the study team enlisted nearly 1,400 men and women, 50 and older, who "
        "had a history of nocturia. For three months, participants were randomly assigned to use either the spray "
        "or a placebo. Separately, he analyzed physical activity data reported by more than 10,000 men and women in "
        "a U.S. health survey."
    ) == (1400, 1400)


def test_the_groups_randomized_out_of_a_whole_are_its_parts_not_more_people() -> None:
    # (arms29 found 238 + 118 = 356: the second group added to the whole its first group was counted out of)
    assert enrollment_counts(
        "Of the 238 patients, 120 were randomized to the drug arm and 118 to the placebo arm."
    ) == (238, 238)
    assert enrollment_counts("120 patients were randomized to the drug and 118 to placebo.") == (
        238,
        238,
    )


def test_those_who_consented_are_the_participants_not_those_offered() -> None:
    assert enrollment_counts(
        "Between 2013 and 2014, 68 eligible prostate cancer patients were identified and offered study "
        "participation, of which 45 consented (66 percent) to attend yoga classes."
    ) == (45, None)


def test_a_body_of_trials_as_the_subject_is_not_the_study() -> None:
    assert enrollment_counts(
        "A new study finds the products fail. Among 787 adults who had quit smoking, nearly a third relapsed, "
        "according to a study published online Monday by the journal Tobacco Control. "
        "The researchers wrote more. The company replied. "
        "“Hundreds of clinical trials involving more than 35,000 participants have proven the products,” it said."
    ) == (787, None)
    # ... while a pooled analysis of them is
    assert enrollment_counts(
        "The researchers analyzed dozens of trials involving more than 35,000 participants."
    ) == (35000, None)


def test_studies_told_of_together_randomized_their_own_people() -> None:
    assert enrollment_counts(
        "The study analyzed data from more than 40,000 women who developed breast cancer. Much of the debate "
        "rests on outdated studies done from the 1960s through the 1980s in which women were randomly assigned "
        "to get mammograms or not."
    ) == (40000, None)


def test_the_trials_a_product_has_been_through_are_not_the_study() -> None:
    assert enrollment_counts(
        "The Phase 2 study was a three-center, randomized, double-blind, inpatient study. After screening, "
        "participants were randomized to different doses. The company reported more. The results were positive. "
        "The products have been evaluated in three Phase 1/2 clinical trials, which evaluated the safety of the "
        "products in a total of 176 individuals."
    ) == (None, None)


def test_a_trial_told_in_the_present_tense() -> None:
    assert enrollment_counts(
        "He signed up for a University of Pennsylvania study on the effects of brain games. The trial involves "
        "200 adults ages 18 to 35. A study using two groups of 20 Temple students in 2007-10 found memory "
        "training did little."
    ) == (200, None)
