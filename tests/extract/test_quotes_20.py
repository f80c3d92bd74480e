"""Quotes and speakers, round 20: a post's initials, a rank's initials or the last words of a long name
standing for the person named in full, and a formal post "of" a body before its holder's name (all
sentences made up)."""

from app.extract import run
from tests.extract.reading import speaker_of

# --- "The Chief Harbour Officer, CHO, for Port Vell, Jane Roe" … "the CHO said" ------------------------


_POST_INITIALS = (
    "Ferry ban at night\n\nThe Chief Harbour Officer, CHO, for Port Vell, Marguerite Obassi-Tonye, has "
    "banned night crossings from Monday.\n\nSpeaking on Tuesday, the CHO said the ban had become necessary "
    'after two collisions.\n\nThe CHO later insisted that the ban would stay "until the winter ends."'
)


def test_a_posts_initials_after_its_words_stand_for_its_holder() -> None:
    assert speaker_of(_POST_INITIALS, "the ban had become necessary") == "marguerite obassi-tonye"
    assert speaker_of(_POST_INITIALS, "until the winter ends") == "marguerite obassi-tonye"


def test_a_posts_initials_are_no_organisation() -> None:
    assert "CHO" not in {o.name for o in run(_POST_INITIALS).organisations}


def test_initials_that_do_not_spell_the_post_stay_an_organisation() -> None:
    text = (
        "Ferry ban at night\n\nThe Chief Harbour Officer, PVA, for Port Vell, Marguerite Obassi-Tonye, "
        "has banned night crossings.\n\nThe PVA said the ban had become necessary after two collisions."
    )
    assert speaker_of(text, "the ban had become necessary") != "marguerite obassi-tonye"


# --- "Deputy Commissioner Jane K. Roe" … "DC Roe said" -----------------------------------------------


def test_a_ranks_initials_before_a_surname_name_the_person() -> None:
    text = (
        "Police appeal\n\nPolice spokesman Deputy Commissioner Arvel K. Tombeh said officers were reviewing "
        'footage.\n\n"We are appealing to anyone who saw the car," DC Tombeh said.'
    )
    assert speaker_of(text, "We are appealing") == "arvel k. tombeh"
    assert "DC Tombeh" not in {o.name for o in run(text).organisations}


def test_initials_before_a_surname_nobody_has_are_left_alone() -> None:
    text = (
        "Police appeal\n\nPolice spokesman Arvel Tombeh said officers were reviewing footage.\n\n"
        '"We are appealing to anyone who saw the car," DC Mensah said.'
    )
    assert speaker_of(text, "We are appealing") != "arvel tombeh"


# --- "Josué Ferreira dos Santos" … "Ferreira dos Santos said" ----------------------------------------


def test_the_last_words_of_a_long_name_are_that_person() -> None:
    text = (
        "Riders lose income\n\nFor riders such as Josué Ferreira dos Santos, 29, the ban meant less money. "
        'He said he had earned R$180 a day.\n\n"I have two kids," Ferreira dos Santos said.'
    )
    extraction = run(text)
    assert speaker_of(text, "I have two kids") == "josue ferreira dos santos"
    assert "Ferreira dos Santos" not in {o.name for o in extraction.organisations}


# --- "“…,” Ngoumou Essomba said." after "Jean-Claude Ngoumou Essomba" ---------------------------------


def test_capitalised_words_ending_an_earlier_name_name_that_person() -> None:
    text = (
        "Night ban\n\nThe prefect, Jean-Claude Ngoumou Essomba, has banned motorbikes at night.\n\n"
        '"Security is not negotiable," Ngoumou Essomba said.'
    )
    assert speaker_of(text, "Security is not negotiable") == "jean-claude ngoumou essomba"


def test_capitalised_words_ending_no_earlier_name_name_no_one_from_it() -> None:
    text = (
        "Night ban\n\nThe prefect, Jean-Claude Ngoumou Essomba, has banned motorbikes at night.\n\n"
        '"Security is not negotiable," Tabi Ekane said.'
    )
    assert speaker_of(text, "Security is not negotiable") != "jean-claude ngoumou essomba"


def test_a_nickname_inside_a_name_is_no_quote_of_it() -> None:
    text = 'Fans cheer\n\nThe striker Jose "Momo" Ferrante said the crowd had been loud all night.'
    assert all(q.text != "Momo" for q in run(text).quotes)


# --- "The Mayor of the Town Council, Dr Jane Roe, said …" … "the Mayor said" -------------------------


def test_a_capitalised_post_of_a_body_before_its_holder_names_the_holder() -> None:
    text = (
        "Council backs ban\n\nThe Mayor of the Bellport City Council, Dr Osric Penhallow-Ndam, said the "
        'council supports the measure.\n\n"We have to weigh security against livelihoods," the Mayor said.'
    )
    assert speaker_of(text, "We have to weigh") == "osric penhallow-ndam"


def test_two_holders_of_the_post_leave_the_title_unattributed() -> None:
    text = (
        "Councils back ban\n\nThe Mayor of the Bellport City Council, Dr Osric Penhallow-Ndam, backed the "
        "measure, and the Mayor of the Eastwick Town Council, Ms Lerato Fynn-Abara, opposed it.\n\n"
        '"We have to weigh security against livelihoods," the Mayor said.'
    )
    assert speaker_of(text, "We have to weigh") is None


# --- "Ibrahim Roe (Ibbe), of the party, …" … "“…,” Ibbe said." ---------------------------------------


def test_a_nickname_in_brackets_after_a_name_stands_for_that_person() -> None:
    text = (
        "List row\n\nCentral MP Idris Warrick-Haddad (Ibbe), of the opposition, called for the points to be "
        'published.\n\n"If the list is clean, show the points," Ibbe said.'
    )
    assert speaker_of(text, "If the list is clean") == "idris warrick-haddad"


def test_a_word_in_brackets_after_no_name_gives_no_speaker() -> None:
    text = (
        "List row\n\nThe opposition (Ibbe) called for the points to be published.\n\n"
        '"If the list is clean, show the points," Ibbe said.'
    )
    assert speaker_of(text, "If the list is clean") is None


# --- "“…,” said the Belgian." / "“…,” the Finn said." ------------------------------------------------


def test_a_nationality_noun_after_the_verb_is_the_person_just_named() -> None:
    text = (
        "Rally report\n\nTheo Vandermeulen went off on the opening stage and dropped to eighth.\n\n"
        '"It\'s a shame, because we had a good rhythm," said the Belgian.'
    )
    assert speaker_of(text, "It's a shame") == "theo vandermeulen"


def test_a_nationality_noun_before_the_verb_is_the_person_just_named() -> None:
    text = (
        "Rally report\n\nEemil Kauppinen won the last two stages but finished second.\n\n"
        '"Second is fine," the Finn said.'
    )
    assert speaker_of(text, "Second is fine") == "eemil kauppinen"


def test_a_nationality_noun_with_nobody_named_before_names_no_one() -> None:
    text = 'Rally report\n\nThe rally ended in snow on Sunday.\n\n"Second is fine," the Finn said.'
    assert speaker_of(text, "Second is fine") is None


def test_a_nationality_adjective_before_a_noun_is_no_person() -> None:
    text = (
        "Rally report\n\nEemil Kauppinen won the last two stages but finished second.\n\n"
        '"Second is fine," said the Belgian team.'
    )
    assert speaker_of(text, "Second is fine") != "eemil kauppinen"


# --- "She further noted that …", "The deputy mayor furthered that …" ----------------------------------


def test_further_between_subject_and_verb_keeps_the_subject() -> None:
    text = (
        "Harvest report\n\nMary Okonkwo said the harvest was good. She further noted that over 4,600 tractors "
        "had been deployed."
    )
    assert speaker_of(text, "4,600 tractors") == "mary okonkwo"


def test_furthered_that_reports_speech() -> None:
    text = "Market move\n\nMary Okonkwo furthered that the council had spent NLe4 million on the new market."
    assert speaker_of(text, "the council had spent") == "mary okonkwo"


def test_furthered_without_that_is_no_speech() -> None:
    text = "Career\n\nMary Okonkwo furthered her career in Lagos, where the council had a new market."
    assert run(text).quotes == ()


def test_the_capitalised_title_after_a_bodys_initials_is_its_holder() -> None:
    text = (
        "Market move\n\nThe Deputy Mayor of Freetown, Mary Okonkwo, said the market would move.\n\n"
        "The FCC Deputy Mayor furthered that the council had spent NLe4 million on the new market."
    )
    assert speaker_of(text, "the council had spent") == "mary okonkwo"


# --- "popularly known as “Mammy Fish”", "popularly called “okada”" -----------------------------------


def test_a_name_something_is_known_by_is_no_quote() -> None:
    text = (
        'Market move\n\nThe chairlady of the traders, Madam Mary Okonkwo, popularly known as "Mama Fish", '
        "told reporters that the traders were not consulted.\n\nThe ban covers commercial motorbikes, "
        'popularly called "okada", in the city.'
    )
    found = run(text).quotes
    assert all(q.text not in ("Mama Fish", "okada") for q in found)
    assert speaker_of(text, "the traders were not consulted") == "mary okonkwo"


def test_a_quote_after_a_verb_of_naming_with_an_object_is_still_a_quote() -> None:
    text = 'Market move\n\nMary Okonkwo called the decision "a betrayal of the traders".'
    assert speaker_of(text, "a betrayal of the traders") == "mary okonkwo"


# --- "…, the ministry disclosed." / "…, the company said on Monday, August 17." ------------------------


def test_a_trailing_disclosed_reports_the_clause_before_it() -> None:
    text = "Wheat harvest\n\nFarmers have harvested wheat on 3.4 million hectares, the Ministry of Agriculture disclosed."
    assert speaker_of(text, "Farmers have harvested wheat") is not None


def test_a_trailing_cue_with_a_day_and_date_reports_the_clause() -> None:
    text = (
        "Battery grant\n\nCorvane Energy has secured a EUR 84 million grant to build a battery near the port, "
        "the company said on Monday, August 17."
    )
    assert speaker_of(text, "has secured a EUR 84 million grant") == "corvane energy"


def test_disclosed_inside_a_relative_clause_reports_nothing() -> None:
    text = "Battery grant\n\nThe plan, which Corvane Energy disclosed in May, was dropped after a review."
    assert all(q.kind != "indirect" for q in run(text).quotes)


# --- "Dr Jane Roe, chairman of the Alliance, which represents 250 practices, told …" -------------------


def test_a_bodys_relative_clause_inside_a_persons_appositive_leaves_her_the_subject() -> None:
    text = (
        "GP warning\n\nDr Maeve Dunleavy-Orr, chairman of the Ulster Doctors Alliance, which represents about "
        "250 practices, told the paper the situation was the worst she had seen."
    )
    assert speaker_of(text, "the situation was the worst") == "maeve dunleavy-orr"


def test_a_body_with_its_own_relative_clause_still_speaks_for_itself() -> None:
    text = (
        "GP warning\n\nThe Ulster Doctors Alliance, which represents about 250 practices, said the situation "
        "was the worst in years."
    )
    assert speaker_of(text, "the situation was the worst") == "ulster doctors alliance"


# --- "When the judge asked whether she wished to speak, Roe turned …. “…,” she said." --------------------


def test_a_pronoun_in_a_fronted_clause_does_not_take_the_sentences_subject_place() -> None:
    text = (
        "Clerk sentenced\n\nDistrict Attorney Keisha Ambrose-Lyle asked for the maximum sentence.\n\n"
        "When the judge asked whether she wished to speak, Lavonne Whitlock-Perry turned to the gallery.\n\n"
        '"I let my own family down," she said.'
    )
    assert speaker_of(text, "I let my own family down") == "lavonne whitlock-perry"


def test_a_name_in_a_fronted_clause_can_still_be_the_one_meant() -> None:
    text = (
        "Clerk sentenced\n\nWhen Lavonne Whitlock-Perry arrived, the courtroom fell silent.\n\n"
        '"I let my own family down," she said.'
    )
    assert speaker_of(text, "I let my own family down") == "lavonne whitlock-perry"


# --- "Abdirahman Mohamed Abdi “Dhegey”, told reporters …" … "“…,” Dhegey said." -------------------------

_NICKNAMED = (
    'Drought appeal\n\nThe regional Minister of Humanitarian Affairs, Abdirahman Mohamed Abdi "Dhegey", told '
    "reporters that at least 41,000 families had been affected.\n\n"
    '"The situation is worse than 2017," Dhegey said.'
)


def test_a_nickname_in_quote_marks_after_a_name_is_no_quote() -> None:
    assert all(q.text != "Dhegey" for q in run(_NICKNAMED).quotes)


def test_a_name_with_its_nickname_in_quote_marks_is_still_the_subject() -> None:
    assert speaker_of(_NICKNAMED, "41,000 families") == "abdirahman mohamed abdi"


def test_the_nickname_in_quote_marks_stands_for_the_person() -> None:
    assert speaker_of(_NICKNAMED, "worse than 2017") == "abdirahman mohamed abdi"


def test_a_capitalised_word_quoted_after_no_name_is_left_to_the_other_rules() -> None:
    text = 'Word row\n\nThe minister said the word "Dhegey" meant nothing to him.'
    assert speaker_of(text, "meant nothing") is None


# --- "The President of the Riders Union, Jane Roe, described … and said …" -------------------------------


def test_the_holder_after_a_post_of_a_body_is_the_subject_of_a_second_verb() -> None:
    text = (
        "Night ban\n\nThe President of the Bellport Riders Union, Jane Okafor-Mbeki, described the ban as "
        '"collective punishment" and said more than 8,000 young men depend on motorbikes for a living.'
    )
    assert speaker_of(text, "8,000 young men") == "jane okafor-mbeki"


def test_a_body_opening_the_sentence_with_no_holder_after_it_stays_the_subject() -> None:
    text = (
        "Night ban\n\nThe Bellport Riders Union, which has 8,000 members, described the ban as "
        '"collective punishment" and said young men depend on motorbikes for a living.'
    )
    assert speaker_of(text, "young men depend") == "bellport riders union"


# --- "A commercial motorcyclist who witnessed the crash, but asked not to be named, told …" -------------


def test_one_unnamed_by_what_he_does_reports_speech_with_no_speaker() -> None:
    text = (
        "Hit and run\n\nA commercial motorcyclist who said he witnessed the accident, but asked not to be "
        'named for fear of reprisal, told the paper that the vehicle "did not even slow down."'
    )
    assert ("indirect", 'the vehicle "did not even slow down."', None) in [
        (q.kind, q.text, q.speaker_key) for q in run(text).quotes
    ]


def test_the_witness_named_in_the_next_sentence_speaks() -> None:
    text = (
        "Hit and run\n\nA witness told reporters that the car did not stop. Kofi Mensah-Bonsu, who sells "
        'phone cards at the junction, said: "It was going very fast."'
    )
    assert speaker_of(text, "the car did not stop") == "kofi mensah-bonsu"


# --- "“…,” Eng. Al Nuaimi said." --------------------------------------------------------------------------


def test_eng_before_a_name_abbreviates_engineer_and_ends_no_sentence() -> None:
    text = (
        "Greenhouse output\n\nDirector Hamad Saleh Al Nuaimi spoke at the forum.\n\n"
        '"Our farmers have proved it," Eng. Al Nuaimi said.'
    )
    assert speaker_of(text, "Our farmers have proved it") == "hamad saleh al nuaimi"


def test_a_surname_with_no_abbreviated_title_still_names_the_speaker() -> None:
    text = (
        "Greenhouse output\n\nDirector Hamad Saleh Al Nuaimi spoke at the forum.\n\n"
        '"Our farmers have proved it," Al Nuaimi said.'
    )
    assert speaker_of(text, "Our farmers have proved it") == "hamad saleh al nuaimi"


# --- "Tisza Power said in March it would build …" ------------------------------------------------------


def test_the_month_between_said_and_its_clause_is_when_it_was_said() -> None:
    text = (
        "Storage\n\nUtility group Corvane Power said in March it would build a 200 MW system near the port."
    )
    assert speaker_of(text, "it would build a 200 MW system") == "corvane power"


def test_a_month_the_clause_is_about_is_no_cue_tail() -> None:
    text = "Storage\n\nThe system Corvane Power built in March was the largest in the region."
    assert all(q.kind != "indirect" for q in run(text).quotes)


# --- "Officials at the regulator said …" -----------------------------------------------------------------


def test_officials_at_a_body_are_unnamed_voices_not_the_body() -> None:
    text = (
        "Moto loans\n\nThe Kivu Utilities Regulatory Authority set new rules on Monday. Officials at the "
        "regulator said petrol motorcycles already registered would be allowed to operate."
    )
    assert speaker_of(text, "petrol motorcycles already registered") is None


def test_a_spokesperson_for_a_body_still_speaks_for_it() -> None:
    text = (
        "Moto loans\n\nThe Kivu Utilities Regulatory Authority set new rules on Monday. A spokesman for the "
        "authority said petrol motorcycles already registered would be allowed to operate."
    )
    assert speaker_of(text, "petrol motorcycles already registered") == "kivu utilities regulatory authority"


# --- "…, according to the district relief office." ----------------------------------------------------


def test_an_office_named_for_work_no_body_named_does_is_not_the_last_body_named() -> None:
    text = (
        "River erosion\n\nThe Kurigram Water Development Board said the river had changed course.\n\n"
        "Cropland and two mosques have also been washed away, according to the district relief office."
    )
    assert speaker_of(text, "Cropland and two mosques") is None


def test_an_office_whose_modifier_a_body_named_holds_is_that_body() -> None:
    text = (
        "Audit\n\nThe Office of the State Auditor opened an inquiry in May.\n\n"
        "The clerk has repaid $100,000, the auditor's office said."
    )
    assert speaker_of(text, "The clerk has repaid") == "office of the state auditor"


# --- "Figures obtained by the group under freedom of information show that …" -----------------------------


def test_figures_opening_a_sentence_show_a_clause_with_no_speaker() -> None:
    text = (
        "Maternity\n\nFigures obtained by the group under freedom of information show that at least 14 babies "
        "have been born on the road since 2016."
    )
    assert ("indirect", "at least 14 babies have been born on the road since 2016", None) in [
        (q.kind, q.text, q.speaker_key) for q in run(text).quotes
    ]


def test_documents_a_paper_has_seen_show_nothing_reported() -> None:
    text = (
        "Tankers\n\nDocuments seen by the Daily Courier show that a company linked to a councillor was paid "
        "for deliveries that never arrived."
    )
    assert all(q.kind != "indirect" for q in run(text).quotes)
