"""Context component: venue, sponsor, condition and investigators."""

from __future__ import annotations

from tests.helpers import condition_of, run, sponsor_of, venue_of


def test_meeting_name_with_an_ampersand() -> None:
    assert (
        venue_of(
            "The data were presented today at the Society for Research on Nicotine & Tobacco's "
            "22nd Annual Meeting."
        )
        == "Society for Research on Nicotine & Tobacco's 22nd Annual Meeting"
    )


def test_sponsor_name_with_saint_abbreviation() -> None:
    # 'St.' is part of the name, not the end of a sentence
    assert (
        sponsor_of("The trial was initially sponsored by St. Jude Medical, a device company.")
        == "St. Jude Medical"
    )
    assert sponsor_of("A pilot study funded by St. Jude Medical compared the two therapies.") == (
        "St. Jude Medical"
    )


def test_sponsor_as_the_study_s_adjective() -> None:
    assert sponsor_of("Patients in the Medtronic-sponsored trial did better.") == "Medtronic"
    assert (
        sponsor_of(
            "The results of the U.S. National Cancer Institute-supported study are published."
        )
        == "U.S. National Cancer Institute"
    )
    assert sponsor_of(
        "Each of the Boehringer Ingelheim-funded studies is named after a flower."
    ) == ("Boehringer Ingelheim")
    # an earlier trial's sponsor, a person's fellowship, an unnamed funder: none is the study's sponsor
    assert sponsor_of("In an earlier Lilly-sponsored phase-3 trial, the drug worked.") is None
    assert (
        sponsor_of("He is a Medical Research Council-funded clinical research training fellow.")
        is None
    )
    assert sponsor_of("A new company-funded study shows it works.") is None


def test_venue_of_a_trial_or_review_in_a_dated_issue() -> None:
    assert (
        venue_of(
            "It concludes a randomized trial in the August 18 New England Journal of Medicine."
        )
        == "New England Journal of Medicine"
    )
    assert (
        venue_of("The results are published in the Oct. 18 New England Journal of Medicine, today.")
        == "New England Journal of Medicine"
    )
    assert venue_of(
        "They wrote a review in the latest issue of the Annals of Family Medicine."
    ) == ("Annals of Family Medicine")
    # where a trial runs is not a venue
    assert (
        venue_of("Abbott plans to begin a 500-patient pivotal trial in Europe later this year.")
        is None
    )


def test_sponsor_named_before_its_grant() -> None:
    assert (
        sponsor_of(
            "This study was funded by a Canadian Institutes of Health Research (CIHR) team grant in "
            "Pediatric Emergency Medicine."
        )
        == "Canadian Institutes of Health Research (CIHR)"
    )
    # a grant's own name, given 'from' its funder: the funder
    assert (
        sponsor_of(
            "The research is supported by an AML-SPORE grant from the National Cancer Institute."
        )
        == "National Cancer Institute"
    )
    assert sponsor_of("The work was supported by a New York philanthropist.") is None
    # a sum of funding before its funder
    assert (
        sponsor_of(
            "This research received $62,500 of federal funding from The Eunice Kennedy Shriver National "
            "Institute of Child Health and Human Development."
        )
        == "Eunice Kennedy Shriver National Institute of Child Health and Human Development"
    )


def test_sponsor_after_the_product_and_its_maker() -> None:
    assert sponsor_of("The new study was funded by Picato manufacturer LEO Pharma.") == "LEO Pharma"


def test_a_disease_word_in_the_journal_s_name_named_again_is_no_condition() -> None:
    text = (
        "Reporting online today in International Forum of Allergy & Rhinology, the team describes "
        "five patients. The findings described in the International Forum of Allergy & Rhinology "
        "report demonstrate this feasibility."
    )
    c = run(text, "trial_enrollment", "trial_context")._.context
    assert c.venue is not None and c.venue.value == "International Forum of Allergy & Rhinology"
    assert c.condition is None


def test_venue_after_writing_a_study_of_n_or_a_print_date() -> None:
    assert (
        venue_of(
            "The trial found fewer infections, Dr. Winner and her colleagues wrote in The New England Journal of Medicine."
        )
        == "New England Journal of Medicine"
    )
    assert (
        venue_of(
            "Survival rose, according to a French study of 342 patients in today's New England Journal of Medicine."
        )
        == "New England Journal of Medicine"
    )
    assert (
        venue_of(
            "The results were published online ahead of print on October 11, 2016 by the Journal of Clinical Psychiatry."
        )
        == "Journal of Clinical Psychiatry"
    )
    assert (
        venue_of(
            "Researchers writing in the journal of the International Menopause Society, Climacteric, said the gel worked."
        )
        == "Climacteric"
    )
    # 'available in' a language or a country is no venue; 'available online in' a journal is
    assert venue_of("The guidelines are available in English, Spanish and French.") is None
    assert (
        venue_of(
            "The study of 300 adults is available online in the International Journal of Obesity."
        )
        == "International Journal of Obesity"
    )


def test_venue_of_a_meeting_named_before_where_results_were_reported() -> None:
    assert (
        venue_of(
            "said Ravdin, who helped review the research for the San Antonio Breast Cancer Symposium, where results were reported Thursday."
        )
        == "San Antonio Breast Cancer Symposium"
    )
    assert (
        venue_of("She spoke at the San Antonio Breast Cancer Symposium, where she met colleagues.")
        is None
    )
    assert (
        venue_of(
            "The study was also presented at the recent annual meeting of the American Academy of Orthopaedic Surgeons in New Orleans."
        )
        == "annual meeting of the American Academy of Orthopaedic Surgeons"
    )


def test_venue_of_a_meeting_researchers_tell_of_and_a_journal_article_headline() -> None:
    assert (
        venue_of(
            "At the annual Alzheimer’s Association International Conference, researchers say they have found substances in saliva."
        )
        == "Alzheimer’s Association International Conference"
    )
    assert venue_of("At the conference, researchers said the trial of 300 people worked.") is None
    assert (
        venue_of(
            "The study is finally out in this week's New England Journal of Medicine. It enrolled 512 men."
        )
        == "New England Journal of Medicine"
    )
    # 'Journal Article' in a headline is an article, not a journal named 'Article ...'
    assert (
        venue_of("New Journal Article Highlights Benefits of Meditation\n\nA study of 40 adults.")
        is None
    )


def test_a_venue_that_lists_its_subjects_after_a_comma_is_read_whole() -> None:
    assert (
        venue_of(
            "The study is published in the journal Cancer Epidemiology, Biomarkers & Prevention."
        )
        == "Cancer Epidemiology, Biomarkers & Prevention"
    )
    assert (
        venue_of(
            "It was presented at the annual meeting of the American Academy of Allergy, Asthma, & Immunology."
        )
        == "annual meeting of the American Academy of Allergy, Asthma, & Immunology"
    )
    # a comma after the name that starts no list of its subjects ends it
    assert (
        venue_of("The study was published in The Lancet, and the findings were clear.")
        == "The Lancet"
    )


def test_venue_as_the_subject_that_published_or_in_a_releases_label() -> None:
    assert (
        venue_of(
            "Genomic Health announced that the Journal of Surgical Oncology published results from a study."
        )
        == "Journal of Surgical Oncology"
    )
    assert (
        venue_of(
            "Journal in Which the Study was Published: Cancer Discovery, a journal of the American Association"
            " for Cancer Research"
        )
        == "Cancer Discovery"
    )
    assert venue_of("The results of one of those studies are out Tuesday in JAMA.") == "JAMA"
    assert (
        venue_of(
            "Dr. Kim and colleagues in the May 26 online edition of Circulation: Arrhythmia and Electrophysiology."
        )
        == "Circulation: Arrhythmia and Electrophysiology"
    )
    # colleagues in a place, not in an issue of a journal
    assert venue_of("She and her colleagues in Boston found the drug worked in 300 people.") is None
    assert (
        venue_of(
            '"These findings support eating more fruit," write researcher Chaoyang Li, MD, PhD, of the CDC and'
            " colleagues in the Archives of Internal Medicine."
        )
        == "Archives of Internal Medicine"
    )
    assert (
        venue_of(
            "write researcher Robert Timmerman, MD, of the University of Texas Southwestern Medical Center,"
            " Dallas, and colleagues in the Journal of the American Medical Association."
        )
        == "Journal of the American Medical Association"
    )
    # colleagues in an institution, not a journal
    assert (
        venue_of("Dr. Lee and colleagues in the Warwick Cancer Research Centre found it worked.")
        is None
    )


def test_venue_of_a_dated_issue_without_a_publishing_verb() -> None:
    assert (
        venue_of(
            "In the September issue of Cancer Prevention Research, researchers report that "
            "metformin cut tumors."
        )
        == "Cancer Prevention Research"
    )
    assert (
        venue_of(
            "The authors wrote in the report published in the July 11 online edition and the "
            "August print issue of Pediatrics."
        )
        == "Pediatrics"
    )
    # an issue that is a question, not a journal's
    assert venue_of("Lawmakers raised the issue of Medicare payments for the drug.") is None


def test_meeting_named_by_its_short_name_and_year() -> None:
    assert (
        venue_of(
            "Results will be presented Sunday at ENDO 2017, the Endocrine Society's 99th annual "
            "meeting in Orlando, Fla."
        )
        == "ENDO 2017"
    )
    # a year and a company are no meeting
    assert venue_of("At the end of 2017, the company said sales rose.") is None


def test_meeting_named_after_at_the_without_a_verb_of_presenting() -> None:
    assert (
        venue_of(
            "Details on the magnitude of benefit will be revealed in mid-March at the American "
            "College of Cardiology meeting in Washington, D.C."
        )
        == "American College of Cardiology meeting"
    )
    # a meeting not named is no venue
    assert venue_of("The doctors met at the end of the annual meeting.") is None


def test_sponsor_after_a_makers_clause_or_with_more_verbs() -> None:
    # a maker's relative clause or apposition before the verb
    assert (
        sponsor_of(
            "He consults for Shionogi Pharma Inc., which makes the spray and funded the work."
        )
        == "Shionogi Pharma Inc"
    )
    assert sponsor_of("Boston Scientific, maker of the microparticles, funded the study.") == (
        "Boston Scientific"
    )
    assert (
        sponsor_of(
            "Active Ideas LLC, which offers the HOVR device used in study, funded the research."
        )
        == "Active Ideas LLC"
    )
    assert (
        sponsor_of("He works at CSL Limited (which funded the study) in Parkville.")
        == "CSL Limited"
    )
    # more verbs, and words before the study's noun
    assert (
        sponsor_of(
            "The National Institute of Allergy and Infectious Diseases, which was the major sponsor of the study, said so."
        )
        == "National Institute of Allergy and Infectious Diseases"
    )
    assert sponsor_of("It was made by InSightec, which is funding the trial.") == "InSightec"
    assert (
        sponsor_of(
            "according to the National Cancer Institute, which funded the eight-year, $250 million study."
        )
        == "National Cancer Institute"
    )
    # a maker that is not said to fund the study is no sponsor
    assert (
        sponsor_of("Boston Scientific, which makes the microparticles, said the study went well.")
        is None
    )


def test_sponsor_funding_statement_leads_and_a_name_at_a_paragraph_end() -> None:
    assert (
        sponsor_of(
            "Funding for both trials was provided by GlaxoSmithKline, which plans to seek approval."
        )
        == "GlaxoSmithKline"
    )
    assert sponsor_of(
        "Funding for this study was from Mayo Clinic's Center for Regenerative Medicine."
    ) == ("Mayo Clinic's Center for Regenerative Medicine")
    assert (
        sponsor_of(
            "Funding for the study was provided by grants 1R01HS019356 and 1R01HS022640 from the Agency for "
            "Healthcare Research and Quality."
        )
        == "Agency for Healthcare Research and Quality"
    )
    assert (
        sponsor_of(
            "The study, published in the American Journal of Gastroenterology, received financial support from Pfizer."
        )
        == "Pfizer"
    )
    # the name ends with its paragraph
    assert (
        sponsor_of(
            "Research funding was provided by Eli Lilly and Company.\n\nRole of the Funder: it had a role."
        )
        == "Eli Lilly and Company"
    )
    assert sponsor_of("Funding for the drug was from the start a problem.") is None


def test_a_journal_described_before_its_name_and_a_meeting_s_sponsor() -> None:
    # 'the British medical journal Lancet': the word before 'medical journal' describes the journal named after it
    assert (
        venue_of("The study was published by the British medical journal Lancet on Friday.")
        == "Lancet"
    )
    assert (
        venue_of("Their paper is in the German chemistry journal Angewandte Chemie.")
        == "Angewandte Chemie"
    )
    assert venue_of("The study was published in the Lancet medical journal, they said.") == (
        "Lancet"
    )
    # who sponsors the meeting where the study was told is not the study's sponsor
    assert (
        sponsor_of(
            "The results were presented at a cancer meeting. The meeting is jointly sponsored by the "
            "Cancer Research Institute and the American Association for Cancer Research."
        )
        is None
    )
    assert (
        sponsor_of("The study was sponsored by the American Association for Cancer Research.")
        == "American Association for Cancer Research"
    )


def test_venue_of_an_earlier_study_a_submission_or_a_quoted_section() -> None:
    # a journal said to have published two or more years before the latest year the text prints: earlier work
    assert (
        venue_of(
            "BOSTON, June 2, 2017 -- The company announced results of its trial. The results of an "
            "earlier study were published in the journal Sleep in 2010."
        )
        is None
    )
    assert (
        venue_of(
            "The first study, published in the journal Hypertension in 2012, found benefits. This second "
            "study just published in the AJCN in 2015 looked to address this question."
        )
        == "AJCN"
    )
    # a year before the latest is as often the study's own
    assert (
        venue_of(
            "In a study, published in the journal Indoor Air in 2005, a prototype was tested. In 2006, ..."
        )
        == "Indoor Air"
    )
    # results not yet presented
    assert (
        venue_of(
            "Data will be submitted for presentation at the European Hematology Association 2019 "
            "Annual Meeting."
        )
        is None
    )
    # a quoted section name is no journal; a quoted journal after 'journal' is
    assert (
        venue_of(
            'These and other factors are described in the "Risk Factors" section of the report.'
        )
        is None
    )
    assert (
        venue_of('The study was published Tuesday in the medical journal "Cell Metabolism."')
        == "Cell Metabolism"
    )


def test_a_venue_after_a_dated_article_or_an_older_dated_study_is_earlier_work() -> None:
    # an article, report or paper introduced with its year is a citation, whatever the text's date
    assert (
        venue_of(
            "Meniscal injuries are the most common knee injury, according to a 2014 article in the Journal"
            " of Orthopedics."
        )
        is None
    )
    assert (
        venue_of(
            "Milk allergies are rising, according to a 2009 article in the journal Pediatrics. In 2010, Wood"
            " and colleagues reported on a study of milk allergy. That study was published in the Journal of"
            " Allergy and Clinical Immunology."
        )
        == "Journal of Allergy and Clinical Immunology"
    )
    # a study with a year two or more before the latest the text prints is earlier work
    assert (
        venue_of(
            "A 1997 study of healthy physicians, published in the New England Journal of Medicine, was the"
            " first to show it. The 2008 study showed that the statin reduced the risk."
        )
        is None
    )
    # a dated paper is the study's own write-up
    assert (
        venue_of(
            "The company cites one study, a 2008 paper published in the Journal of Chinese Medicine. In 2010"
            " the FDA cleared the laser."
        )
        == "Journal of Chinese Medicine"
    )
    # a study with the latest year the text prints may be the story's own
    assert (
        venue_of(
            "On the positive side, a 2008 study of 50 people in the Journal of Infectious Diseases found that"
            " people who took zinc lozenges had shorter colds."
        )
        == "Journal of Infectious Diseases"
    )


def test_an_earlier_venue_is_dated_against_when_the_text_was_written_not_its_forecasts() -> None:
    own = "The study, published in the journal Diabetes Care in 2016, followed 300 adults. "
    # a projection's year ('by 2030') is not when the text was written: the study's own journal stays
    assert venue_of(own + "Diabetes cases will double by 2030, experts say.") == "Diabetes Care"
    # a planned year after the article's publication date is no more
    later = own + "A larger trial is expected to report in 2019."
    assert venue_of(later) is None  # with no date, the latest year printed is all there is
    assert venue_of(later, published="2016-09-01") == "Diabetes Care"
    # the date does not rescue an earlier study's journal, nor date a study's own journal by itself
    earlier = "In 2017, the company reported its trial. An earlier study was published in the journal Sleep in 2010."
    assert venue_of(earlier, published="2017-06-02") is None
    own_then = "Her research was published in the journal Sleep in 2010. Now she wants to know why it works."
    assert venue_of(own_then, published="2013-03-28") == "Sleep"


def test_a_journal_named_after_journal_with_of_the_inside() -> None:
    assert (
        venue_of(
            "The team announced the finding today in the journal Proceedings of the National Academy "
            "of Sciences."
        )
        == "Proceedings of the National Academy of Sciences"
    )
    assert (
        venue_of(
            "This study, published in the journal Philosophical Transactions of the Royal Society B, "
            "found that patients improved."
        )
        == "Philosophical Transactions of the Royal Society B"
    )


def test_a_measure_the_intervention_lowers_is_the_condition_when_no_disease_is_named() -> None:
    text = (
        "Barley lowers not one but two types of 'bad cholesterol', review suggests\n\n"
        "Eating barley significantly reduced levels of two types of bad cholesterol, a research paper "
        "has found. The review included 14 studies."
    )
    assert condition_of(text) == "cholesterol"
    assert (
        condition_of(
            "Newer Blood Pressure Drugs as Good as Older Ones: Study\n\n"
            "Newer blood pressure drugs are as safe and effective as older medications."
        )
        == "Blood Pressure"
    )


def test_a_named_disease_comes_before_a_measure_the_intervention_lowers() -> None:
    text = (
        "Drug lowers cholesterol in heart patients\n\n"
        "The drug lowered LDL cholesterol in 500 patients with heart disease, the study found."
    )
    assert condition_of(text) == "heart disease"
    # 'improved control of blood sugar and cholesterol': a list, not what the study targets
    assert (
        condition_of(
            "First human clinical trial of a vitamin\n\n"
            "In mice it produced improved control of blood sugar and cholesterol. The trial enrolled 12 "
            "healthy adults."
        )
        is None
    )


def test_more_conditions_are_disease_words() -> None:
    # aortic stenosis, chronic traumatic encephalopathy, severe combined immunodeficiency, a torn meniscus
    text = (
        "Less-invasive heart valve replacement tied to better quality of life\n\n"
        "People who get minimally-invasive surgery to replace damaged heart valves have an easier time, a "
        "research review suggests. The analysis focused on people with what's known as aortic stenosis."
    )
    assert condition_of(text) == "aortic stenosis"
    assert (
        condition_of(
            "Stem Cells Shows Promise For Repairing Torn Meniscus\n\nThe study treated 55 patients."
        )
        == "Torn Meniscus"
    )


def test_the_first_sentence_names_the_headline_s_disease_more_precisely() -> None:
    text = (
        "Breakthrough study shows survival advantage for advanced kidney cancer patients\n\n"
        "For the first time, an immune checkpoint inhibitor has been proven to increase survival among "
        "patients with advanced renal cell carcinoma (RCC). The trial enrolled 821 patients."
    )
    assert condition_of(text) == "advanced renal cell carcinoma"
    # another disease in the first sentence leaves the headline's
    assert (
        condition_of(
            "Drug helps people with psoriasis\n\n"
            "The drug helped patients with rheumatoid arthritis too. The trial enrolled 300 patients."
        )
        == "psoriasis"
    )
    # 'men who have to fight prostate cancer twice': no participants' disease
    assert (
        condition_of(
            "Old drug gets new trick for prostate cancer treatment\n\n"
            "A commonly used drug could increase survival rates for men who have to fight prostate cancer twice."
        )
        == "prostate cancer"
    )


def test_more_precise_compares_last_words_and_takes_empty_phrases() -> None:
    from extractor.components.context import _more_precise

    assert _more_precise("moderate to severe psoriasis", "psoriasis")
    assert _more_precise("advanced renal cell carcinoma", "advanced kidney cancer")
    assert not _more_precise("psoriasis", "psoriasis")
    assert not _more_precise("rheumatoid arthritis", "psoriasis")
    assert not _more_precise("", "psoriasis") and not _more_precise("psoriasis", "")


def test_aids_the_verb_or_the_noun_is_no_condition_but_aids_the_disease_is() -> None:
    assert (
        condition_of("Tiny device curbs hunger, aids weight loss\n\nThe device was tested.") is None
    )
    assert (
        condition_of("In the study of 200 adults with expensive hearing aids, the program helped.")
        is None
    )
    assert condition_of("The vaccine trial enrolled 300 people with AIDS.") == "AIDS"


def test_a_latin_journal_title_joined_by_et_is_read_whole() -> None:
    assert (
        venue_of(
            "The results were published online in Acta Obstetricia et Gynecologica Scandinavica. "
            "The trial enrolled 200 women."
        )
        == "Acta Obstetricia et Gynecologica Scandinavica"
    )


def test_a_newspaper_section_is_no_venue() -> None:
    assert (
        venue_of(
            "An article in Monday's Health section on the effectiveness of statins said that the drugs "
            "appeared on the market. The study was published in the Archives of Internal Medicine."
        )
        == "Archives of Internal Medicine"
    )


def test_a_headline_verb_after_the_journal_is_not_its_name() -> None:
    assert (
        venue_of(
            "Study Results Published in JAMA Conclude that 3D Exams Outperform Conventional Mammography\n\n"
            "The study of 13,000 women found more cancers."
        )
        == "JAMA"
    )
