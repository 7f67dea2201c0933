"""Golden tests for event coding: the constructions of the genre, one each, mostly with
invented people so that the rules, not a list of names, are tested."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.model import CodedArticle, Event

pytestmark = pytest.mark.model

THURSDAY = "2023-04-27"


@pytest.fixture(scope="module")
def code(pipeline):  # type: ignore[no-untyped-def]
    def run(
        text: str,
        published: str | None = THURSDAY,
        source: str | None = None,
        title: str | None = None,
    ) -> CodedArticle:
        return pipeline.code(text, published=published, source=source, title=title)  # type: ignore[no-any-return]

    return run


def countries(refs: list) -> set[str | None]:  # type: ignore[type-arg]
    return {r.country for r in refs}


def one(coded: CodedArticle, kind: str) -> Event:
    found = [e for e in coded.events if e.type == kind]
    assert len(found) == 1, f"{kind}: {[(e.type, e.rule) for e in coded.events]}"
    return found[0]


def test_met_with_is_a_meeting_of_both(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("Kenyan President Amani Kibet met with Ugandan Foreign Minister Ruth Akello."),
        "CONSULT",
    )
    assert countries(event.actor) | countries(event.recipient) == {"KEN", "UGA"}
    assert event.cameo and event.cameo.startswith("04") and event.quad_class == 1


def test_held_talks_with(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("Chilean Foreign Minister Tomas Reyes held talks with his Peruvian counterpart."),
        "CONSULT",
    )
    assert "CHL" in countries(event.actor) | countries(event.recipient)


def test_host_receives_the_visitor(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code(
            "Ghanaian President Kofi Mensah received Togolese Prime Minister Ama Lawson in Accra."
        ),
        "CONSULT",
    )
    assert event.mode == "visit"
    assert countries(event.actor) == {"TGO"} and countries(event.recipient) == {"GHA"}


def test_passive_reception(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("Togolese Prime Minister Ama Lawson was received by Ghanaian President Kofi Mensah."),
        "CONSULT",
    )
    assert countries(event.actor) == {"TGO"} and countries(event.recipient) == {"GHA"}


def test_banquet_for_a_guest(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code(
            "Vietnamese President Tran Van Minh hosted a banquet for the visiting Lao delegation."
        ),
        "CONSULT",
    )
    assert countries(event.recipient) == {"VNM"} and countries(event.actor) == {"LAO"}


def test_phone_call_has_no_host(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("The Estonian foreign minister spoke by phone with her Finnish counterpart today."),
        "CONSULT",
    )
    assert event.mode == "phone" and event.recipient == []
    assert countries(event.actor) == {"EST", "FIN"}
    assert event.date == dt.date(2023, 4, 27)


def test_weekday_and_visit_location(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code(
            "Secretary of State Antony Blinken met with Chancellor Olaf Scholz in Berlin "
            "on Wednesday."
        ),
        "CONSULT",
    )
    assert event.mode == "visit" and countries(event.recipient) == {"DEU"}
    assert event.date == dt.date(2023, 4, 26) and event.date_text == "Wednesday"
    assert event.location is not None and event.location.country == "DEU" and event.location.lat


def test_future_meeting_is_agree(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Norwegian Prime Minister Ola Berg will visit Kenya next week."), "AGREE")
    assert countries(event.actor) == {"NOR"} and countries(event.recipient) == {"KEN"}
    assert event.date is None  # the date belongs to the visit, not to the announcement


def test_signing_is_support_by_both(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Argentina and Uruguay signed a trade agreement on Monday."), "SUPPORT")
    assert countries(event.actor) == {"ARG", "URY"} and event.cameo == "057"


def test_praise_thanks_congratulations(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "The Malian envoy thanked Senegal for its help and congratulated Ghana on the election."
    )
    supports = [e for e in coded.events if e.type == "SUPPORT"]
    assert {frozenset(countries(e.recipient)) for e in supports} == {
        frozenset({"SEN"}),
        frozenset({"GHA"}),
    }


def test_pledge_of_aid_is_agree(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Japan pledged to provide emergency aid to Nepal."), "AGREE")
    assert countries(event.actor) == {"JPN"} and countries(event.recipient) == {"NPL"}


def test_reported_willingness_is_the_subjects_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Premier Ivo Marek said that the Czech side is willing to expand cooperation with Poland."
    )
    event = one(coded, "AGREE")
    assert countries(event.actor) == {"CZE"} and countries(event.recipient) == {"POL"}


def test_call_on_to_is_a_request(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Brazil called on Venezuela to release the detained journalists."), "REQUEST")
    assert event.mode == "yield" and countries(event.recipient) == {"VEN"}


def test_condemnation_is_accuse(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Lithuania condemned Belarus for the forced landing of the plane."), "ACCUSE")
    assert event.mode == "disapprove" and countries(event.recipient) == {"BLR"}
    assert event.goldstein is not None and event.goldstein < 0


# -- accusations, protests, aid (accuse helper) ---------------------------------------------


def test_what_a_protest_is_held_for_is_no_second_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyans blocked roads in Nairobi to protest at Uganda's new tariffs.")
    assert [e.type for e in coded.events] == ["PROTEST"]


def test_gathering_for_a_rally_is_a_demonstration(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Thousands of Ghanaians were converging Thursday for a rally in Accra to protest the new "
        "taxes."
    )
    event = one(coded, "PROTEST")
    assert event.mode == "demo" and countries(event.actor) == {"GHA"}


def test_returning_for_talk_is_a_meeting(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Chilean and Bolivian negotiators return to Vienna this week for talk on the border "
        "dispute."
    )
    event = one(coded, "CONSULT")
    assert countries(event.actor) | countries(event.recipient) == {"CHL", "BOL"}
    assert not code("There was talk of war in Santiago.").events


def test_holding_talks_is_negotiation_even_on_a_visit(code) -> None:  # type: ignore[no-untyped-def]
    talks = one(
        code(
            "Chilean Foreign Minister Tomas Reyes held talks with Peruvian President Ana Soto in "
            "Lima on Monday."
        ),
        "CONSULT",
    )
    assert talks.cameo == "046" and talks.mode == "visit"
    assert countries(talks.actor) == {"CHL"} and countries(talks.recipient) == {"PER"}
    met = one(
        code("Chilean Foreign Minister Tomas Reyes met Peruvian President Ana Soto in Lima."),
        "CONSULT",
    )
    assert met.cameo == "042"


def test_intent_to_deepen_economic_cooperation_is_material(code) -> None:  # type: ignore[no-untyped-def]
    energy = one(
        code("Chile and Peru are seeking to deepen a partnership in energy, a Chilean said."),
        "AGREE",
    )
    assert energy.cameo == "031"
    rights = one(
        code(
            "Chile and Peru are seeking to deepen their partnership on human rights, a Chilean "
            "official said."
        ),
        "AGREE",
    )
    assert rights.cameo == "032"


def test_a_body_named_with_its_state_as_possessor_is_that_states(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Opponents of Ghana's Senate met on Sunday in Kumasi.")
    senate = [e for e in coded.entities if e.name == "Senate"]
    assert senate and senate[0].country == "GHA"
    assert "USA" not in {e.country for e in coded.entities}


def test_an_untagged_capitalized_body_name_is_an_organization(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The Third World Desert Forum condemned Eritrea on Saturday.")
    accuse = one(coded, "ACCUSE")
    assert countries(accuse.actor) == {"NGO"} and countries(accuse.recipient) == {"ERI"}


def test_protesting_somewhere_is_a_demonstration_protesting_to_someone_a_complaint(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Ghanaian lawmakers protested on Sunday in Kumasi.")
    assert one(coded, "PROTEST").mode == "demo"
    complaint = one(
        code("The Kenyan ambassador protested to the Ugandan foreign ministry."), "ACCUSE"
    )
    assert complaint.cameo == "114" and countries(complaint.recipient) == {"UGA"}


def test_an_act_said_to_run_counter_to_goals_or_undermine_them_is_criticized(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Eritrea’s continued offensive in Tigray runs counter to these commitments.",
        "Eritrea’s continued shelling of border towns undermines regional stability.",
    ):
        accuse = one(code(text, source="U.S. Department of State"), "ACCUSE")
        assert countries(accuse.recipient) == {"ERI"}
    coded = code(
        "We will work together to counter Russian disinformation.",
        source="U.S. Department of State",
    )
    assert not [e for e in coded.events if e.type == "ACCUSE"]
    owner = one(
        code(
            "France is a partner in standing up to Eritrea’s attempts to undermine democratic "
            "systems.",
            source="U.S. Department of State",
        ),
        "ACCUSE",
    )
    assert countries(owner.recipient) == {"ERI"}
    coded = code(
        "Kenyan President Amani Kibet and Ghanaian President Kofi Mensah discussed cooperation "
        "in addressing Eritrea’s coercive practices and attempts at undermining the regional "
        "order.",
        source="U.S. Department of State",
    )
    assert not [e for e in coded.events if e.type == "ACCUSE" and "KEN" in countries(e.recipient)]


def test_a_team_sent_to_investigate_is_an_investigation(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "The African Union sent 30 military and civilian experts to Burundi on Monday to "
        "investigate the feasibility of a monitoring force."
    )
    event = one(coded, "ACCUSE")
    assert event.mode == "investigate" and countries(event.recipient) == {"BDI"}
    assert not [e for e in coded.events if e.type == "AID"]
    aid = code("Kenya dispatched a team of doctors to Somalia to help the victims.")
    assert countries(one(aid, "AID").recipient) == {"SOM"}


def test_weapons_are_military_aid(code) -> None:  # type: ignore[no-untyped-def]
    received = one(code("Zambian rebels received weapons from the Malawian army."), "AID")
    assert received.cameo == "072" and countries(received.actor) == {"MWI"}
    supplied = one(code("Ghana supplied arms to the Togolese army last year."), "AID")
    assert supplied.cameo == "072" and countries(supplied.recipient) == {"TGO"}


def test_what_someone_is_punished_for_is_not_an_act_of_the_punisher(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("A Kenyan court jailed a Somali trader for supplying weapons to Ethiopian rebels.")
    assert [e.type for e in coded.events] == ["COERCE"]
    coded = code(
        "The United States designated two Kenyan firms for providing support to al-Shabaab."
    )
    assert [e.type for e in coded.events] == ["SANCTION"]


def test_what_a_feeling_is_voiced_for_is_not_the_speakers_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("President Kibet expressed sorrow for the horrific shootings in Mombasa.")
    assert not [e for e in coded.events if e.type == "ASSAULT"]


def test_claiming_that_another_attacked_accuses_him(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Ugandan officials claimed that Kenyan troops had killed six herders.")
    accuse = one(coded, "ACCUSE")
    assert accuse.cameo == "112"
    assert countries(accuse.actor) == {"UGA"} and countries(accuse.recipient) == {"KEN"}
    assert not [e for e in code("Kenya claimed victory in the election.").events]


def test_an_allegation_is_about_the_subject_of_what_it_says(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan officials alleged that Somalia had shelled the border town.")
    accuse = one(coded, "ACCUSE")
    assert countries(accuse.actor) == {"KEN"} and countries(accuse.recipient) == {"SOM"}


def test_sanctions_and_threats(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Canada imposed sanctions on Iran on Monday. Canada will impose further sanctions on Iran."
    )
    sanction = one(coded, "SANCTION")
    assert sanction.mode == "discontinue" and countries(sanction.recipient) == {"IRN"}
    threat = one(coded, "THREATEN")
    assert countries(threat.recipient) == {"IRN"}


def test_attack_and_arrest(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Sudanese rebels attacked an army base. Sudanese police arrested ten protesters.")
    assert one(coded, "ASSAULT").quad_class == 4
    assert one(coded, "COERCE").mode == "arrest"


def test_negation_is_flagged(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("The Bolivian minister did not meet the Chilean delegation."), "CONSULT")
    assert "negated" in event.aux


def test_refusal_is_reject(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Mali refused to withdraw its troops from the border."), "REJECT")
    assert countries(event.actor) == {"MLI"}


def test_historical_act(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Angola had signed a peace accord with Namibia in 2019."), "SUPPORT")
    assert "historical" in event.aux


def test_conditional_threat(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("Nigeria said it will withdraw its peacekeepers from Chad unless the talks resume."),
        "THREATEN",
    )
    assert countries(event.actor) == {"NGA"}


def test_several_events_in_one_sentence(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Portugal praised Spain and criticized Morocco.")
    kinds = {(e.type, frozenset(countries(e.recipient))) for e in coded.events}
    assert ("SUPPORT", frozenset({"ESP"})) in kinds and ("ACCUSE", frozenset({"MAR"})) in kinds


def test_repeated_mentions_merge(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Governor Ana Silva met with a delegation of the Communist Party of Vietnam on Monday. "
        "Silva welcomed the delegation."
    )
    event = one(coded, "CONSULT")
    assert len(event.evidence) == 2 and event.mode == "visit"


def test_evidence_points_into_the_text(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Jordan condemned the attack on the embassy and Egypt welcomed the decision.")
    for event in coded.events:
        for ev in event.evidence:
            for span in (ev.sentence_span, ev.trigger, *ev.actor, *ev.recipient):
                assert coded.article.text[span.start : span.end] == span.text


def test_no_publication_date_keeps_the_expression(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Canada and Mexico held talks on Tuesday.", published=None), "CONSULT")
    assert event.date is None and event.date_text == "Tuesday"


def test_topics_from_the_clause(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("Chile and Peru agreed to expand cooperation in trade and investment."), "AGREE"
    )
    assert {"trade", "investment"} <= set(event.topics)


def test_verb_with_a_lemmatizer_slip_and_place_of_its_object(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Thousands of teachers throughout Ghana staged demonstrations in Accra on Monday.")
    protest = next(e for e in coded.events if e.type == "PROTEST")
    assert [a.country for a in protest.actor] == ["GHA"]
    assert protest.location is not None and protest.location.name == "Accra"


def test_date_on_the_meeting_noun(code) -> None:  # type: ignore[no-untyped-def]
    held = one(
        code("Kenya and Ghana held the first trade dialogue meeting on April 24 in Nairobi."),
        "CONSULT",
    )
    assert held.date == dt.date(2023, 4, 24) and held.date_text == "April 24"
    chaired = one(
        code(
            "The Second Kenya-Ghana Trade Dialogue on April 24 was co-chaired by Kenyan "
            "Minister Amina Otieno and Ghanaian Minister Kwame Mensah."
        ),
        "CONSULT",
    )
    assert chaired.date == dt.date(2023, 4, 24)


def test_date_inside_another_noun_phrase_does_not_date_the_act(code) -> None:  # type: ignore[no-untyped-def]
    event = one(
        code("Kenya condemned the April 3 conviction of opposition leaders by Uganda."),
        "ACCUSE",
    )
    assert event.date_text != "April 3"


def test_it_is_time_for_is_a_request_not_the_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's Foreign Minister Amina Otieno said it is time for Ugandan rebels to accept "
        "a ceasefire."
    )
    request = one(coded, "REQUEST")
    assert countries(request.actor) == {"KEN"} and request.mode == "yield"
    assert not [e for e in coded.events if e.type == "RETREAT"]


def test_posing_a_threat_is_not_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The rebel offensive on Goma poses a threat to Congo's humanitarian situation.")
    assert not [e for e in coded.events if e.type == "THREATEN"]


def test_sanctions_on_unplaced_people_aim_at_the_article_country(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the United States is designating Karim Haddad and four companies in his network. "
        "The network funds armed groups in Libya. Libya's conflict has displaced thousands. "
        "Libyan officials and Libya's government welcomed talks. Libya needs a ceasefire."
    )
    sanction = one(code(text), "SANCTION")
    assert countries(sanction.actor) == {"USA"} and "LBY" in countries(sanction.recipient)


def test_thanks_go_to_the_person_not_to_the_reasons(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Secretary of State Amina Otieno spoke today with Ghana Foreign Minister Kwame Boateng. "
        "The Secretary thanked the Foreign Minister for Ghana's leadership on regional security "
        "issues, support for Afghanistan peace negotiations, and continued partnership on "
        "counterterrorism efforts."
    )
    support = one(coded, "SUPPORT")
    assert countries(support.recipient) == {"GHA"}


def test_a_stated_policy_commitment_is_pledged_to_nobody_present(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Amina Otieno spoke today with Ghanaian Foreign Minister Kwame "
        "Boateng. Minister Otieno emphasized the Kenyan commitment to promoting a peaceful "
        "future for the region, and highlighted Kenya's commitment to working with the "
        "African Union."
    )
    agree = one(coded, "AGREE")
    assert countries(agree.actor) == {"KEN"} and countries(agree.recipient) == {"IGO"}


def test_commitment_to_a_states_sovereignty_is_support(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Amina Otieno and Ghanaian Foreign Minister Kwame Boateng "
        "reaffirmed their commitment to Mali's sovereignty and territorial integrity."
    )
    support = one(coded, "SUPPORT")
    assert countries(support.recipient) == {"MLI"}
    assert not [e for e in coded.events if e.type == "AGREE"]


def test_a_place_where_a_conference_will_be_held_is_no_recipient(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya and Ghana intend to pursue cooperation in working with international "
        "organizations, including the climate conference to be held in Glasgow this fall."
    )
    agree = one(coded, "AGREE")
    assert countries(agree.recipient) <= {"IGO"}


def test_world_regions_are_not_towns(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan President Amani Kibet will make his first official trip to Asia.")
    assert all("PHL" not in countries(e.recipient) for e in coded.events)
    assert all(ent.country != "PHL" for ent in coded.entities)


def test_undersigned_members_of_a_coalition_are_the_statements_authors(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The text of the following statement was released by the Governments of Austria, "
        "Bulgaria, Canada, and the United States of America.\n\nBegin text:\n\nThe undersigned "
        "members of the Press Liberty Alliance strongly condemn Belarus' arrest of journalist "
        "Ivan Petrov. The Press Liberty Alliance demands the immediate release of Mr. Petrov."
    )
    coded = code(text)
    accuse = one(coded, "ACCUSE")
    assert countries(accuse.actor) == {"AUT", "BGR", "CAN", "USA"}
    assert countries(accuse.recipient) == {"BLR"}
    assert countries(one(coded, "REQUEST").actor) == {"AUT", "BGR", "CAN", "USA"}


def test_its_looks_back_to_the_possessor_of_the_governing_noun(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "The networks play an important role in Eritrea's ability to continue its "
        "unconscionable war on the citizens of Ethiopia."
    )
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"ERI"} and countries(assault.recipient) == {"ETH"}


def test_one_act_in_one_sentence_is_kept_with_its_recipient(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Amina Otieno will travel on July 28 to Accra where she will "
        "meet with senior Ghanaian officials."
    )
    agree = [e for e in coded.events if e.type == "AGREE"]
    assert agree and all(e.recipient for e in agree)


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Chad has threatened to stop the border talks if Sudan goes ahead with the planned "
        "deployment of new troops in the region."
    )
    threat = one(coded, "THREATEN")
    assert countries(threat.actor) == {"TCD"} and countries(threat.recipient) == {"SDN"}


def test_up_to_a_number_of_victims_is_the_object(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Somali rebels have kidnapped up to 12 Kenyan aid workers from a market.")
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"SOM"} and countries(assault.recipient) == {"KEN"}
    assert assault.mode == "abduct"


def test_exploding_bombs_in_a_city_assaults_that_place(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Somali rebels exploded a series of bombs in the capital Mogadishu.")
    assault = one(coded, "ASSAULT")
    assert assault.mode == "explosives" and countries(assault.recipient) == {"SOM"}


def test_launching_artillery_fire_against_camps(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Ethiopian forces launched artillery and rocket fire against Eritrean camps.")
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"ETH"} and countries(assault.recipient) == {"ERI"}


def test_workers_of_a_company_named_after_its_city(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Egyptian authorities have been pressuring workers of the Delta Textile Company of "
        "Alexandria to cancel the strike."
    )
    request = one(coded, "REQUEST")
    assert countries(request.recipient) == {"EGY"}
    company = next(e for e in coded.entities if "Company" in e.name)
    assert company.country == "EGY"


def test_his_commitment_to_a_people_is_addressed_to_them(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "President Amani Kibet of Kenya has reneged on his commitment to the Somali people "
        "for holding elections."
    )
    reject = one(coded, "REJECT")
    assert countries(reject.recipient) == {"SOM"}


def test_a_date_between_subject_and_verb_does_not_hide_the_host(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amani Kibet on Saturday hosted Ugandan Prime Minister Ruth Akello "
        "in this lakeside city."
    )
    consult = one(coded, "CONSULT")
    assert countries(consult.actor) == {"UGA"} and countries(consult.recipient) == {"KEN"}


def test_received_visiting_guest_is_the_visitor(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Ghanaian President Kofi Mensah on Tuesday received visiting Togolese Foreign Minister "
        "Ama Lawson."
    )
    consult = one(coded, "CONSULT")
    assert consult.mode == "visit"
    assert countries(consult.actor) == {"TGO"} and countries(consult.recipient) == {"GHA"}


def test_an_office_holder_of_unstated_nationality_acting_at_home(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Judge Tomas Ferrante opened fraud investigations against 12 Peruvian government "
        "officials suspected of taking bribes."
    )
    accuse = one(coded, "ACCUSE")
    assert countries(accuse.actor) == {"PER"} and countries(accuse.recipient) == {"PER"}
    judge = next(e for e in coded.entities if "Ferrante" in e.name)
    assert judge.confidence <= 0.4
    assert any(ev.rule == "domestic-counterpart" for ev in judge.evidence)


def test_no_domestic_guess_for_an_unnamed_spokesperson(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("A spokesperson condemned the arrest of Peruvian journalists.", source=None)
    assert all("PER" not in countries(e.actor) for e in coded.events if e.type == "ACCUSE")


def test_suspensions_and_cuts_of_links_and_programs_are_sanctions(code) -> None:  # type: ignore[no-untyped-def]
    for text, target in (
        ("Kenya announced a suspension of air links with Somalia on Wednesday.", "SOM"),
        ("Kenya suspended part of a military aid program for Somalia.", "SOM"),
        ("The United Nations reduced food supplies to the largest Somali refugee camp.", "SOM"),
    ):
        sanction = one(code(text), "SANCTION")
        assert countries(sanction.recipient) == {target}, text


def test_a_promise_about_ones_own_country_addresses_nobody(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan President Amani Kibet promised to democratize Kenya.")
    agree = one(coded, "AGREE")
    assert countries(agree.actor) == {"KEN"} and not agree.recipient


def test_protests_by_groups_the_text_names_by_role(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Seven opposition parties in Zambia have organized a general strike that shut down "
        "Lusaka. Prisoners rioted at a jail in Zambia's capital Lusaka on Monday."
    )
    protests = [e for e in coded.events if e.type == "PROTEST"]
    assert len(protests) >= 2
    assert all(countries(p.actor) == {"ZMB"} for p in protests)


def test_resorting_to_throwing_stones_during_demonstrations_against(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kurdish youths resorted to throwing stones during demonstrations against the alleged "
        "abuses by the Turkish military."
    )
    protest = one(coded, "PROTEST")
    assert protest.actor and countries(protest.recipient) == {"TUR"}


def test_lifting_a_curfew_is_a_retreat_in_that_place(code) -> None:  # type: ignore[no-untyped-def]
    retreat = one(code("Kenya lifted a night curfew in Somalia on Sunday."), "RETREAT")
    assert retreat.cameo == "0813" and countries(retreat.recipient) == {"SOM"}


def test_troop_build_ups_and_violence_verbs(code) -> None:  # type: ignore[no-untyped-def]
    for text, kind, target in (
        ("Ethiopia has strengthened its forces in Somalia.", "MOBILIZE", "SOM"),
        ("Kenyan border guards sexually abused Somali migrants.", "ASSAULT", "SOM"),
        ("Somali guerrillas wounded two Kenyan soldiers in an ambush.", "ASSAULT", "KEN"),
    ):
        event = one(code(text), kind)
        assert countries(event.recipient) == {target}, text


def test_a_country_named_as_the_place_is_not_a_town_abroad(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Serb forces were engaged in ethnic cleansing in Montenegro.")
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"SRB"}
    assert assault.location is not None and assault.location.country == "MNE"


def test_retaking_a_town_is_occupying_territory(code) -> None:  # type: ignore[no-untyped-def]
    coerce = one(code("Ugandan forces have retaken a strategic town in eastern Congo."), "COERCE")
    assert countries(coerce.actor) == {"UGA"} and coerce.cameo == "192"
    assert countries(coerce.recipient) == {"COD"}


def test_an_attack_without_a_named_agent_has_its_place_as_source(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "A roadside bombing near the town of Kandahar on Sunday killed one British soldier."
    )
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"AFG"} and countries(assault.recipient) == {"GBR"}
    assert assault.actor[0].sectors == ["UNK"] and assault.cameo == "190"
    coded = code(
        "A Chilean journalist has been killed in a car bomb explosion in a suburb of Lima."
    )
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"PER"} and countries(assault.recipient) == {"CHL"}
    assault = one(code("There were ten Kenyan soldiers killed in Somalia today."), "ASSAULT")
    assert countries(assault.actor) == {"SOM"} and countries(assault.recipient) == {"KEN"}
    assert not code("Three Kenyan soldiers were killed.").events  # no agent, no place
    coded = code(
        "Kenya imposed visa restrictions on 46 Somali officials for their involvement in "
        "undermining or injuring institutions in Somalia."
    )
    assert not [e for e in coded.events if e.type == "ASSAULT"]  # no attack reported


def test_the_nationality_of_the_weapon_is_the_attackers(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Three Somali villagers were killed in Kenyan tank shelling in Somalia.",
        "A Kenyan air strike killed five Somali civilians.",
    ):
        assault = one(code(text), "ASSAULT")
        assert countries(assault.actor) == {"KEN"}, text
        assert countries(assault.recipient) == {"SOM"}, text


def test_forcing_people_out_of_their_homes_is_a_mass_expulsion(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The Kenyan army forced out more than 1,000 Somali refugees from their homes.")
    assault = one(coded, "ASSAULT")
    assert assault.cameo == "201" and countries(assault.actor) == {"KEN"}
    assert countries(assault.recipient) == {"SOM"}
    assert not code("The board forced out the Kenyan chief executive.").events


def test_using_people_as_human_shields(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Somali rebels used Kenyan hostages as human shields.",
        "The Somali army has been holding thousands of Kenyan civilians as human shields.",
    ):
        assault = one(code(text), "ASSAULT")
        assert assault.cameo == "184" and countries(assault.actor) == {"SOM"}, text
        assert countries(assault.recipient) == {"KEN"}, text
    assert not code("Kenya used the talks as a shield.").events


def test_violating_a_ceasefire(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Both the Kenyan military and the Somali rebels are guilty of violating the ceasefire "
        "agreement signed in March."
    )
    assault = one(coded, "ASSAULT")
    assert assault.cameo == "196" and countries(assault.actor) == {"KEN", "SOM"}
    assert one(code("Somali rebels broke the truce on Monday."), "ASSAULT").cameo == "196"


def test_an_act_one_side_is_accused_of_is_not_reported_as_done(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The Kenyan government has accused Somali rebels of attacking a Kenyan convoy.")
    assert [e.type for e in coded.events] == ["ACCUSE"]


def test_an_ally_is_not_the_state_it_allies(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Somali guerrillas killed the deputy chief of Kenya's militia ally in Somalia.")
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"SOM"} and countries(assault.recipient) == {"SOM"}


def test_an_air_strike_is_an_aerial_attack(code) -> None:  # type: ignore[no-untyped-def]
    assault = one(code("Ethiopia launched an air strike against Somali rebels."), "ASSAULT")
    assert assault.cameo == "195" and countries(assault.recipient) == {"SOM"}


def test_a_bomb_exploding_in_a_place_and_killing_people(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("A bomb exploded in a market in Mogadishu, killing ten Kenyan tourists.")
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"SOM"} and countries(assault.recipient) == {"KEN"}


def test_expelling_a_population_is_a_mass_expulsion(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Ethiopian forces expelled thousands of Somali civilians from the region.")
    assert one(coded, "ASSAULT").cameo == "201"
    # CAMEO: expelling diplomats reduces relations (161), expelling people deports them (174)
    expelled = one(code("Kenya expelled two Somali diplomats."), "SANCTION")
    assert expelled.cameo == "161" and countries(expelled.recipient) == {"SOM"}
    deported = one(code("Zambia expelled three Malawian traders."), "COERCE")
    assert deported.cameo == "174" and deported.mode == "deport"
    assert countries(deported.recipient) == {"MWI"}


def test_sieges_beheadings_and_troops_massed_on_a_border(code) -> None:  # type: ignore[no-untyped-def]
    for text, kind, cameo in (
        ("Ethiopian troops laid siege to the Somali town of Baidoa.", "COERCE", "191"),
        ("Ethiopian forces besieged the Somali town of Baidoa.", "COERCE", "191"),
        ("Ethiopian militants beheaded a Somali hostage.", "ASSAULT", "1823"),
        ("Ethiopia has massed troops along its border with Somalia.", "MOBILIZE", "154"),
    ):
        event = one(code(text), kind)
        assert event.cameo == cameo and countries(event.actor) == {"ETH"}, text
        assert countries(event.recipient) == {"SOM"}, text


def test_engaging_a_patrol_in_a_firefight(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Somali rebels engaged Kenyan peacekeepers in a firefight near Mogadishu.")
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"SOM"} and countries(assault.recipient) == {"KEN"}
    assert assault.cameo == "193"


def test_police_dispersing_protesters_and_preventing_a_demonstration(code) -> None:  # type: ignore[no-untyped-def]
    assault = one(
        code("Kenyan riot police used tear gas to disperse demonstrators in Nairobi."),
        "ASSAULT",
    )
    assert countries(assault.actor) == {"KEN"} and assault.cameo == "175"
    coerce = one(
        code("Turkish police prevented the demonstration staged by students in Ankara."),
        "COERCE",
    )
    assert countries(coerce.actor) == {"TUR"} and countries(coerce.recipient) == {"TUR"}


def test_reiterating_that_a_state_must_act_is_a_request(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("A senior Kenyan minister reiterated that Somalia must hand over the suspects.")
    request = one(coded, "REQUEST")
    assert countries(request.actor) == {"KEN"} and countries(request.recipient) == {"SOM"}


def test_handing_over_medicine_is_aid_and_shunning_work_a_strike(code) -> None:  # type: ignore[no-untyped-def]
    aid = one(code("Swiss doctors handed over 700 kg of medicine to Kenyan hospitals."), "AID")
    assert countries(aid.actor) == {"CHE"}
    strike = one(code("Kenyan teachers shunned work on Monday in Nairobi."), "PROTEST")
    assert strike.mode == "strike"


def test_a_two_word_nationality_keeps_its_demonym(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Russian Jewish immigrants settled in the West Bank.")
    group = next(e for e in coded.entities if "immigrants" in e.name)
    assert group.country == "RUS"


def test_civilians_protesting_demonstrate_while_states_complain(code) -> None:  # type: ignore[no-untyped-def]
    protest = one(code("Kenyan students protested against the new fees in Nairobi."), "PROTEST")
    assert countries(protest.actor) == {"KEN"}
    coded = code("China protested the sale of weapons to Taiwan.")
    assert [e.type for e in coded.events] == ["ACCUSE"]


def test_a_war_that_refugees_flee_is_not_their_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya will provide food aid to refugees fleeing the civil war in Somalia.")
    assert not [e for e in coded.events if e.type == "ASSAULT"]


def test_wanting_another_to_act_is_a_request_and_wanting_to_attack_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    request = one(code("Kenya wants Somalia to release the prisoners."), "REQUEST")
    assert countries(request.actor) == {"KEN"} and countries(request.recipient) == {"SOM"}
    coded = code("Ethiopia wants to attack Eritrea.")
    threat = one(coded, "THREATEN")
    assert countries(threat.recipient) == {"ERI"}
    assert not [e for e in coded.events if e.type == "ASSAULT"]


def test_a_headline_names_the_target_of_unplaced_sanctions(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the United States is designating Karim Haddad, who funds the Houthis. "
        "The Houthis attacked Marib in Yemen. Yemen's people suffer. Iranian officials and "
        "Iran's government helped. Iran denied it. Yemeni officials welcomed the step."
    )
    coded = code(text, title="U.S. Sanctions Network Enriching Houthis")
    sanction = one(coded, "SANCTION")
    assert countries(sanction.recipient) == {"YEM"}


def test_a_call_to_reaffirm_an_alliance_reaffirms_it(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Amina Otieno spoke today with Ghanaian Foreign Minister Kwame "
        "Boateng to reaffirm the strong Kenya-Ghana alliance and friendship."
    )
    support = one(coded, "SUPPORT")
    assert countries(support.actor) == {"KEN"} and countries(support.recipient) == {"GHA"}


def test_the_importance_of_two_states_working_together_is_agreed(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amani Kibet and Ghanaian President Kofi Mensah underscored the "
        "importance of Kenya and Ghana working together on climate issues."
    )
    agree = one(coded, "AGREE")
    assert countries(agree.actor) == {"KEN", "GHA"} and not agree.recipient


def test_ready_to_help_the_countries_is_pledged_to_both(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Amina Otieno expressed her encouragement for peace talks "
        "between Eritrea and Ethiopia. She said Kenya stood ready to help the countries find "
        "a lasting peace."
    )
    support = one(coded, "SUPPORT")
    assert countries(support.recipient) == {"ERI", "ETH"}
    agree = one(coded, "AGREE")
    assert countries(agree.recipient) == {"ERI", "ETH"}


def test_a_planned_meeting_is_announced_not_held(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amani Kibet's planned meeting with Ghana's president is on Friday."
    )
    assert not [e for e in coded.events if e.type == "CONSULT"]


def test_a_condemned_conviction_is_coded_as_the_states_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya is deeply concerned by the June 14 mass conviction of opposition activists in "
        "Uganda. Kenya calls on Ugandan authorities to release them.",
        published="2023-06-15",
    )
    sanction = one(coded, "SANCTION")
    assert countries(sanction.actor) == {"UGA"} and countries(sanction.recipient) == {"UGA"}
    assert "+implicit-state" in sanction.rule
    assert sanction.date == dt.date(2023, 6, 14)
    request = one(coded, "REQUEST")
    assert request.date == dt.date(2023, 6, 15)  # the statement's day, not the conviction's


def test_an_arrest_without_agent_is_by_the_state_where_it_happened(code) -> None:  # type: ignore[no-untyped-def]
    coerce = one(code("A Canadian missionary was arrested in Lebanon on Monday."), "COERCE")
    assert countries(coerce.actor) == {"LBN"} and countries(coerce.recipient) == {"CAN"}


def test_condemned_atrocities_committed_by_forces_are_an_assault(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya and Ghana condemned the atrocities committed by Eritrean forces in Mekelle and "
        "elsewhere in Ethiopia."
    )
    assault = one(coded, "ASSAULT")
    assert countries(assault.actor) == {"ERI"} and countries(assault.recipient) == {"ETH"}
    assert countries(one(coded, "ACCUSE").recipient) == {"ERI"}


def test_striking_a_building_is_an_attack_and_striking_workers_protest(code) -> None:  # type: ignore[no-untyped-def]
    assault = one(code("Eritrean forces struck an apartment building in Mekelle."), "ASSAULT")
    assert countries(assault.actor) == {"ERI"}
    protest = one(code("Kenyan teachers struck on Monday over pay."), "PROTEST")
    assert protest.mode == "strike"


def test_own_citizens_detained_abroad_are_not_detained_by_their_own_state(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "We want Americans who are being illegally detained around the world to come home.",
        source="U.S. Department of State",
    )
    assert all("USA" not in countries(e.actor) for e in coded.events if e.type == "COERCE")


def test_troops_arriving_deploy_and_peacekeepers_arriving_are_aid(code) -> None:  # type: ignore[no-untyped-def]
    aid = one(code("The first deployment of NATO peacekeeping troops arrived in Somalia."), "AID")
    assert aid.cameo == "074" and countries(aid.recipient) == {"SOM"}
    mobilize = one(code("Ethiopian troops arrived in Somalia on Monday."), "MOBILIZE")
    assert countries(mobilize.actor) == {"ETH"}
    visit = one(code("Kenyan President Amani Kibet arrived in Accra on Monday."), "CONSULT")
    assert visit.mode == "visit"


def test_joint_war_games_are_military_cooperation(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("French and Egyptian warships on Monday launched 10 days of war games.")
    cooperate = one(coded, "COOPERATE")
    assert countries(cooperate.actor) == {"FRA", "EGY"} and cooperate.cameo == "062"


def test_blockades_aid_given_and_declarations_demanding(code) -> None:  # type: ignore[no-untyped-def]
    coerce = one(code("Israel reimposed blockades in the West Bank on Friday."), "COERCE")
    assert countries(coerce.recipient) == {"PSE"}
    aid = one(code("The European Union gave the Ivory Coast 3 million dollars of aid."), "AID")
    assert countries(aid.recipient) == {"CIV"}
    request = one(
        code("Kenyan rebels issued a declaration demanding that the Kenyan government resign."),
        "REQUEST",
    )
    assert countries(request.actor) == {"KEN"} and countries(request.recipient) == {"KEN"}


def test_receiving_observers_calling_off_strikes_refusing_refugees(code) -> None:  # type: ignore[no-untyped-def]
    retreat = one(
        code("Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE."),
        "RETREAT",
    )
    assert retreat.cameo == "0862" and countries(retreat.recipient) == {"IGO"}
    concede = one(
        code("The Kenyan teachers' union called off a four-day strike on Thursday."), "CONCEDE"
    )
    assert countries(concede.actor) == {"KEN"}
    reject = one(code("Kenya says it will not accept any more refugees."), "REJECT")
    assert countries(reject.actor) == {"KEN"}


def test_a_road_block_is_aimed_at_whom_its_purpose_names(code) -> None:  # type: ignore[no-untyped-def]
    first = one(
        code("Thousands of people blocked streets in Nairobi in defiance of Ugandan authorities."),
        "PROTEST",
    )
    assert countries(first.recipient) == {"UGA"}
    second = one(
        code(
            "Demonstrators in Nairobi blocked a road to show their disapproval for the United "
            "States' military policies."
        ),
        "PROTEST",
    )
    assert countries(second.recipient) == {"USA"}


def test_a_movement_acted_on_at_home_takes_that_country(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The Mozambique government accepted demands from Shona rebels for reforms.")
    concede = one(coded, "CONCEDE")
    assert countries(concede.recipient) == {"MOZ"}
    rebels = next(e for e in coded.entities if "rebels" in e.name)
    assert rebels.confidence <= 0.4


def test_no_domestic_guess_for_the_publishers_own_state(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Today, the United States is designating three front companies.",
        source="U.S. Department of State",
    )
    assert all(e.country != "USA" for e in coded.entities if "companies" in e.name)


def test_withdrawing_inspectors_is_a_sanction_and_announcing_it_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The United Nations announced that it will withdraw its inspectors from Iraq.")
    threat = one(coded, "THREATEN")
    assert countries(threat.actor) == {"IGO"} and countries(threat.recipient) == {"IRQ"}


def test_arresting_political_opponents_and_rioting_alongside_others(code) -> None:  # type: ignore[no-untyped-def]
    coerce = one(
        code("The Haitian military government declared a state of siege, arresting opponents."),
        "COERCE",
    )
    assert countries(coerce.recipient) == {"HTI"}
    protest = one(
        code(
            "Prisoners rioted at a jail in Dili on Monday joining thousands of demonstrators in "
            "demanding independence from Indonesian rule."
        ),
        "PROTEST",
    )
    assert countries(protest.recipient) == {"IDN"}


def test_a_conditional_willingness_to_meet_is_agreed_and_un_mediators_are_igo(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Somali rebel leaders said they would meet U.N. mediator Tomas Ferrante if he gave "
        "them a veto over any settlement."
    )
    agree = one(coded, "AGREE")
    assert countries(agree.actor) == {"SOM"} and countries(agree.recipient) == {"IGO"}
    assert "hypothetical" in agree.aux
    assert not [e for e in coded.events if e.type == "CONSULT"]


def test_preparing_to_shell_is_a_show_of_force_and_us_led_is_american(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "The Ethiopian army prepared to resume shelling Eritrean rebel-held territory as talks "
        "on the political front were deadlocked."
    )
    mobilize = one(coded, "MOBILIZE")
    assert countries(mobilize.actor) == {"ETH"} and countries(mobilize.recipient) == {"ERI"}
    reject = one(
        code("The Turkish government refused to commit to any assistance to the US-led war."),
        "REJECT",
    )
    assert countries(reject.recipient) == {"USA"}


def test_alerts_patrols_and_ended_mediation(code) -> None:  # type: ignore[no-untyped-def]
    alert = one(code("Ethiopian troops remained on alert in Somalia today."), "MOBILIZE")
    assert countries(alert.actor) == {"ETH"} and countries(alert.recipient) == {"SOM"}
    patrols = one(code("The Kenyan government has ordered patrols by police."), "MOBILIZE")
    assert countries(patrols.actor) == {"KEN"}
    ended = one(
        code("Kenyan officers ended mediation efforts between rival Somali militias."),
        "SANCTION",
    )
    assert ended.cameo == "165" and countries(ended.recipient) == {"SOM"}


def test_issuing_a_reminder_that_a_state_must_act_is_a_request(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amani Kibet issued a stern reminder Saturday to Somalia that it must "
        "cooperate fully with the inspectors."
    )
    request = one(coded, "REQUEST")
    assert countries(request.actor) == {"KEN"} and countries(request.recipient) == {"SOM"}


def test_met_virtually_today_is_a_remote_meeting(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amani Kibet met virtually today with Ghanaian President Kofi Mensah."
    )
    assert one(coded, "CONSULT").mode == "phone"


def test_bodies_and_targets_placed_by_where_the_act_happens(code) -> None:  # type: ignore[no-untyped-def]
    retreat = one(
        code(
            "The IAEA has dispatched inspectors to the Natanz Enrichment Facilities in central "
            "Iran."
        ),
        "RETREAT",
    )
    assert countries(retreat.recipient) == {"IRN"}
    assault = one(
        code("Somali guerrillas blew up three power lines leading into Mogadishu last month."),
        "ASSAULT",
    )
    assert countries(assault.recipient) == {"SOM"}


def test_a_hostile_act_held_out_on_a_condition_with_a_modal_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Kenya may suspend its trade talks with Uganda if the border stays closed.",
        "Kenya would impose sanctions on Uganda if the border stays closed.",
        "Kenya could cut off aid to Uganda if the attacks go on, the minister said.",
    ):
        coded = code(text)
        threat = one(coded, "THREATEN")
        assert countries(threat.actor) == {"KEN"} and countries(threat.recipient) == {"UGA"}
        assert not [e for e in coded.events if e.type == "SANCTION"]


def test_readiness_to_impose_martial_law_is_a_threat_by_the_government(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Zambia's interim government said that it is prepared to impose martial law.")
    government = next(e for e in coded.entities if "government" in e.name)
    assert government.kind == "GROUP"  # a body, not a person: "it" can refer to it
    threat = one(coded, "THREATEN")
    assert threat.cameo == "1324" and threat.mode == "restrict"
    assert countries(threat.actor) == {"ZMB"}
    assert not [e for e in coded.events if e.type == "COERCE"]
    imposed = one(code("The Zambian army imposed martial law in Lusaka."), "COERCE")
    assert imposed.cameo == "1724" and imposed.mode == "martial-law"


def test_a_commitment_is_agree_when_the_parser_puts_the_subject_on_the_auxiliary(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The trade minister said Peru is committed to opening up the economy.")
    agree = one(coded, "AGREE")
    assert countries(agree.actor) == {"PER"}


def test_allowing_a_domestic_opponent_to_act_is_a_concession_to_them(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Zambia's Electoral Commission allowed opposition leader Mwila Banda to register.")
    commission = next(e for e in coded.entities if e.name == "Electoral Commission")
    assert commission.country == "ZMB"  # the body of the place that possesses it
    concede = one(coded, "CONCEDE")
    assert countries(concede.actor) == {"ZMB"} and countries(concede.recipient) == {"ZMB"}
    coded = code("The Kenyan court decided to allow opposition leader Otieno Kamau to run.")
    concede = one(coded, "CONCEDE")  # a decision taken, not a promise (AGREE)
    assert countries(concede.recipient) == {"KEN"}
    assert not [e for e in coded.events if e.type == "AGREE"]


def test_pushing_or_insisting_on_demands_asks_the_one_who_must_act(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Kenya pushed for Uganda to open the border.",
        "Kenya is pushing hard for Uganda support its peace plan.",  # parsed as a for-clause
        "Kenya insisted on its demand that Uganda's government open the border.",
    ):
        request = one(code(text), "REQUEST")
        assert countries(request.actor) == {"KEN"} and countries(request.recipient) == {"UGA"}


def test_a_titled_alias_places_a_person_whose_surname_alone_is_ambiguous(code) -> None:  # type: ignore[no-untyped-def]
    # "Bush" alone is borne by people of two countries in the actor dictionary; "President
    # Bush" names only U.S. presidents, so the threat has a known actor
    threat = one(code("President Bush has threatened further action against Russia."), "THREATEN")
    assert countries(threat.actor) == {"USA"} and countries(threat.recipient) == {"RUS"}


def test_what_a_conditional_threat_demands_is_not_coded_as_done(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya said it will withdraw its troops from Somalia unless the Somali government "
        "declares a ceasefire with the rebels."
    )
    threat = one(coded, "THREATEN")
    assert countries(threat.actor) == {"KEN"}
    assert [e.type for e in coded.events] == ["THREATEN"]  # no RETREAT for the ceasefire


def test_a_protests_demand_is_not_a_separate_request(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Angry Kenyan students staged rallies in Nairobi against President Mwangi Otieno, "
        "saying he must resign."
    )
    assert one(coded, "PROTEST")
    assert not [e for e in coded.events if e.type == "REQUEST"]
    # a request by others in the same sentence stays
    coded = code("Kenyan students staged rallies in Nairobi as Uganda urged Kenya to talk.")
    assert one(coded, "PROTEST") and one(coded, "REQUEST")


def test_forcing_out_an_agency_is_an_expulsion_and_forcing_out_civilians_a_mass_expulsion(
    code,  # type: ignore[no-untyped-def]
) -> None:
    expel = one(code("Kenya forced the UN refugee agency out of the country."), "SANCTION")
    assert expel.mode == "expel" and countries(expel.recipient) == {"IGO"}
    coded = code("The Kenyan army forced out 2,000 Somali refugees from their camp.")
    assault = one(coded, "ASSAULT")
    assert assault.cameo == "201" and countries(assault.recipient) == {"SOM"}
    assert not [e for e in coded.events if e.type == "SANCTION"]


def test_the_other_side_of_an_accepted_plan_for_ending_a_dispute_is_its_recipient(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Norway accepted a formula for ending its fishing dispute with Iceland.")
    agree = one(coded, "AGREE")
    assert countries(agree.actor) == {"NOR"} and countries(agree.recipient) == {"ISL"}


def test_a_known_person_tagged_as_an_organization_is_a_person_for_pronouns(code) -> None:  # type: ignore[no-untyped-def]
    # the NER model tags "Obama" at the start of this sentence as ORG; the actor dictionary
    # knows him as a person, so "he" refers to him
    coded = code("Obama said he would not send aid to Syria", published=None)
    assert next(e for e in coded.entities if e.name == "Obama").kind == "PERSON"
    refusal = one(coded, "REJECT")
    assert countries(refusal.actor) == {"USA"} and countries(refusal.recipient) == {"SYR"}


def test_denying_entry_or_visas_is_a_sanction_not_a_denial(code) -> None:  # type: ignore[no-untyped-def]
    sanction = one(code("Kenya denied visas to Ugandan officials."), "SANCTION")
    assert sanction.cameo == "163" and countries(sanction.recipient) == {"UGA"}
    coded = code(
        "Kenya said it would cut aid to Ugandan rebels and would deny entry to Kenya to "
        "their leaders."
    )
    assert not [e for e in coded.events if e.type == "REJECT"]
    assert one(coded, "THREATEN")  # one announced measure against the rebels


def test_opposing_a_plan_or_deployment_is_rejecting_it(code) -> None:  # type: ignore[no-untyped-def]
    reject = one(code("Kenya opposed the peace plan of Uganda."), "REJECT")
    assert countries(reject.actor) == {"KEN"} and countries(reject.recipient) == {"UGA"}
    coded = code(
        "Somali rebels rejected a Kenyan peace plan and said they also opposed the "
        "deployment of a regional force."
    )
    assert one(coded, "REJECT") and not [e for e in coded.events if e.type == "ACCUSE"]
    assert one(code("Kenya opposed Uganda."), "ACCUSE").mode == "disapprove"


def test_what_is_allowed_is_not_coded_as_done(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Zambia's Electoral Commission allowed opposition leader Mwila Banda to hold a rally "
        "in Lusaka."
    )
    assert one(coded, "CONCEDE")
    assert not [e for e in coded.events if e.type == "PROTEST"]


def test_cameo_codes_follow_the_codebook(code) -> None:  # type: ignore[no-untyped-def]
    """Where the CAMEO codebook draws a line the PLOVER type does not: appeals (02) apart from
    demands (10), empathy (018) apart from praise, promised aid by kind (033x), rockets (194)
    apart from air strikes (195), visits coded from the visitor (042)."""
    asked = one(code("Kenya asked Sweden to send food aid."), "REQUEST")
    assert asked.cameo == "023"  # an appeal for aid
    demanded = one(code("Kenya demanded that Uganda withdraw its troops."), "REQUEST")
    assert demanded.cameo == "105"
    sorrow = one(code("The Kenyan president expressed condolences to Uganda."), "SUPPORT")
    assert sorrow.cameo == "018" and countries(sorrow.recipient) == {"UGA"}
    arms = one(code("Norway will supply arms to Ukraine."), "AGREE")
    assert arms.cameo == "0332" and countries(arms.recipient) == {"UKR"}
    rockets = one(code("Hezbollah launched rockets at Israel on Monday."), "ASSAULT")
    assert rockets.cameo == "194" and rockets.mode == "heavy-weapons"
    hosted = one(code("Kenyan President Tomas Okello received Ugandan envoy Ana Bisa."), "CONSULT")
    assert hosted.cameo == "042" and countries(hosted.actor) == {"UGA"}


def test_arrest_warrants_refusals_to_yield_and_travel_warnings(code) -> None:  # type: ignore[no-untyped-def]
    warrant = one(code("A court in Ghana issued arrest warrants for two Nigerian men."), "COERCE")
    assert warrant.mode == "arrest" and countries(warrant.recipient) == {"NGA"}
    assert countries(warrant.actor) == {"GHA"}
    refused = one(code("Tarek Osei said Ghana would not give permission to Nigeria."), "REJECT")
    assert refused.cameo == "124" and refused.mode == "yield"
    assert countries(refused.recipient) == {"NGA"}
    warned = one(code("The State Department advised against travel to Mali."), "SANCTION")
    assert warned.cameo == "160" and countries(warned.recipient) == {"MLI"}
    helped = one(code("Sweden helped Ukrainian refugees."), "AID")
    assert countries(helped.recipient) == {"UKR"}


def test_an_act_dated_weeks_before_the_main_one_is_background(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya closed its border with Somalia two weeks after Somali militants attacked Lamu."
    )
    closed = one(coded, "COERCE")
    assert closed.cameo == "191" and countries(closed.recipient) == {"SOM"}
    assert "historical" not in closed.aux
    assert "historical" in one(coded, "ASSAULT").aux
    # without the measured span the attack is reported as news
    assert "historical" not in one(code("Somali militants attacked Lamu."), "ASSAULT").aux


def test_demolishing_homes_is_destruction(code) -> None:  # type: ignore[no-untyped-def]
    event = one(code("Israeli forces demolished Palestinian homes in Hebron."), "ASSAULT")
    assert event.mode == "destroy" and event.cameo == "1712"
    assert countries(event.actor) == {"ISR"} and countries(event.recipient) == {"PSE"}


def test_i_under_a_byline_is_its_author(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Okello, Minister of Foreign Affairs of Kenya\n\n"
        "On behalf of the people of Kenya, I offer my best wishes to the people of Ghana."
    )
    wishes = one(code(text), "SUPPORT")
    assert [a.name for a in wishes.actor] == ["Tomas Okello"]
    assert countries(wishes.recipient) == {"GHA"}


def test_welcomes_wishes_contacts_and_standing_by(code) -> None:  # type: ignore[no-untyped-def]
    welcomed = one(code("Japan welcomes the passage of Kenya's new climate law."), "SUPPORT")
    assert countries(welcomed.recipient) == {"KEN"}
    stood = one(code("Japan stands by Ukraine."), "SUPPORT")
    assert countries(stood.actor) == {"JPN"} and countries(stood.recipient) == {"UKR"}
    contact = one(code("Japan has been in contact with Kenyan officials."), "CONSULT")
    assert countries(contact.actor) == {"JPN", "KEN"}
    assert not code("Rescuers lost contact with the Indonesian plane.").events


def test_call_upon_fighting_a_pandemic_and_named_militants(code) -> None:  # type: ignore[no-untyped-def]
    asked = one(code("Kenya called upon Ugandan authorities to free the journalists."), "REQUEST")
    assert countries(asked.recipient) == {"UGA"}
    # fighting a disease or corruption is no battle; fighting an enemy is
    assert not code("Kenya and Uganda continue to fight COVID-19 and corruption.").events
    fought = one(code("Syrian troops fought Islamic State militants near Palmyra."), "ASSAULT")
    assert countries(fought.actor) == {"SYR"} and countries(fought.recipient) == {"IMG"}


def test_meeting_needs_welcoming_leadership_and_working_with(code) -> None:  # type: ignore[no-untyped-def]
    # "meet the needs of X" is no meeting with X
    coded = code("Kenya and Uganda pledged to meet the needs of Somali refugees.")
    assert not [e for e in coded.events if e.type == "CONSULT"]
    welcomed = one(code("Japan welcomes Kenya's leadership in the region."), "SUPPORT")
    assert countries(welcomed.recipient) == {"KEN"}
    worked = one(code("Japan worked with Kenya to build a port."), "COOPERATE")
    assert countries(worked.actor) | countries(worked.recipient) == {"JPN", "KEN"}


def test_a_title_and_its_name_after_a_comma_are_one_person(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Secretary Blinken met the Foreign Minister of Bangladesh, Dr. Abdul Momen, today."
    )
    met = one(coded, "CONSULT")
    assert sorted(a.name for a in met.actor + met.recipient) == ["Abdul Momen", "Blinken"]


def test_the_victim_is_not_the_attacker(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "An attempt to kill deputy governor of the Omsk region, Pavel Orlov, was thwarted in "
        "Omsk, the city's police reported."
    )
    assert not [e for e in coded.events if any(a.name == "Pavel Orlov" for a in e.actor)]


def test_attending_a_gathering_abroad_is_a_visit_at_home_a_multilateral_meeting(code) -> None:  # type: ignore[no-untyped-def]
    abroad = one(code("Norwegian Premier Ola Berg attended the summit in Nairobi."), "CONSULT")
    assert abroad.mode == "visit" and abroad.cameo == "042"
    assert countries(abroad.actor) == {"NOR"} and countries(abroad.recipient) == {"KEN"}
    home = one(code("Kenyan President Amos Otieno attended the NATO summit in Nairobi."), "CONSULT")
    assert home.mode == "multilateral" and [r.name for r in home.recipient] == ["NATO"]
    planned = one(code("Norwegian Premier Ola Berg will attend a summit in Nairobi."), "AGREE")
    assert planned.cameo == "036" and countries(planned.recipient) == {"KEN"}


def test_a_scheduled_or_expected_act_is_the_passive_subjects_intent(code) -> None:  # type: ignore[no-untyped-def]
    for verb in ("is scheduled to visit", "is expected to visit", "is due to visit"):
        event = one(code(f"Norwegian Prime Minister Ola Berg {verb} Kenya."), "AGREE")
        assert countries(event.actor) == {"NOR"} and countries(event.recipient) == {"KEN"}


def test_cooperation_looked_forward_to_is_a_pledge_to_the_partner(code) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Japan looks forward to working with Kenya on the port.",
        "Japan will work with Kenya to build a port.",
    ):
        event = one(code(text), "AGREE")
        assert countries(event.actor) == {"JPN"} and countries(event.recipient) == {"KEN"}


def test_threats_responded_to_and_commitments_undermined_are_no_acts(code) -> None:  # type: ignore[no-untyped-def]
    from readouts.events.arguments import countered
    from readouts.nlp import load

    nlp = load("md")
    for text, noun in (
        ("We respond to authoritarian threats.", "threats"),
        ("Kenya will counter Russian aggression.", "aggression"),
    ):
        doc = nlp(text)
        assert countered(next(t for t in doc if t.text == noun))
    assert not countered(nlp("Russia made threats.")[2])
    coded = code("The Kenyan government has undermined its international commitments.")
    assert not [e for e in coded.events if e.type == "AGREE"]


def test_the_international_community_is_placed_nowhere(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Japan will keep working with the international community to end repression in Belarus."
    )
    found = [a for a in coded.entities if "community" in a.name]
    assert found and all(a.country is None for a in found)


def test_shown_heroism_and_fighting_for_freedom_are_no_protest_or_battle(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya is grateful for the heroism demonstrated by those courageous Ugandans.")
    assert not [e for e in coded.events if e.type == "PROTEST"]
    coded = code("Japan will stand with the people of Kenya as they fight for their sovereignty.")
    assert not [e for e in coded.events if e.type == "ASSAULT"]
    protest = one(
        code("Thousands of students demonstrated against the government in Nairobi."), "PROTEST"
    )
    assert countries(protest.actor) == {"KEN"}


def test_the_sides_are_the_two_parties_just_named_not_the_callers(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Norwegian Premier Ola Berg spoke today with Kenyan President Amos Otieno. Noting "
        "reports of clashes between Indian and Pakistani forces, Berg called for the sides to "
        "show restraint."
    )
    asked = one(coded, "REQUEST")
    assert countries(asked.actor) == {"NOR"} and countries(asked.recipient) == {"IND", "PAK"}
    assert asked.mode == "yield"  # restraint is asked for
    met = code(
        "Norwegian Premier Ola Berg met Kenyan President Amos Otieno. "
        "The two sides agreed to expand trade."
    )
    agreed = one(met, "AGREE")  # no pair named just before: the meeting's two sides
    assert countries(agreed.actor) | countries(agreed.recipient) == {"NOR", "KEN"}


def test_a_major_city_in_a_country_the_story_names_wins_over_a_bigger_namesake(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Japanese envoys met rival militias in Tripoli, the north Lebanese port.")
    met = one(coded, "CONSULT")
    assert countries(met.actor) | countries(met.recipient) == {"JPN", "LBN"}
    libya = one(code("Japanese envoys met Libyan militia leaders in Tripoli."), "CONSULT")
    assert countries(libya.actor) | countries(libya.recipient) == {"JPN", "LBY"}


def test_a_state_visit_readout_in_the_chinese_agency_style(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno held talks with visiting Norwegian Premier Ola Berg in "
        "Nairobi on Wednesday. Berg said Norway is willing to expand cooperation with Kenya "
        "and invited Otieno to visit Norway next year. After the talks, the two heads of state "
        "witnessed the signing of five cooperation documents. Otieno held a welcome ceremony "
        "for Berg before the talks."
    )
    keys = {
        (e.type, e.cameo, frozenset(countries(e.actor)), frozenset(countries(e.recipient)))
        for e in coded.events
    }
    assert ("AGREE", "036", frozenset({"NOR"}), frozenset({"KEN"})) in keys  # the invitation
    assert ("SUPPORT", "057", frozenset({"NOR", "KEN"}), frozenset()) in keys  # the signing
    visits = [e for e in coded.events if e.type == "CONSULT"]
    assert len(visits) == 1 and countries(visits[0].actor) == {"NOR"}  # talks and ceremony


def test_an_invitation_to_invest_stays_a_request(code) -> None:  # type: ignore[no-untyped-def]
    asked = one(code("Kenya invited Japanese companies to invest in its ports."), "REQUEST")
    assert countries(asked.recipient) == {"JPN"}


def test_a_wire_report_with_a_dateline_a_summons_and_both_countries(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "NAIROBI, Feb 3 (Reuters) - Kenya on Friday summoned Uganda's deputy high commissioner "
        "to lodge a strong protest over the killing of two Kenyan soldiers, the foreign "
        "ministry said.\n\nSeparately, Norwegian Premier Ola Berg spoke by telephone with "
        "French President Emmanuel Macron.\n\nThe United States urged both countries to "
        "exercise restraint."
    )
    protests = [e for e in coded.events if e.type == "ACCUSE"]
    assert len(protests) == 1  # the summons and the protest it was for are one act
    assert countries(protests[0].actor) == {"KEN"} and countries(protests[0].recipient) == {"UGA"}
    asked = one(coded, "REQUEST")  # the two countries of the story, not the phone call's pair
    assert countries(asked.recipient) == {"KEN", "UGA"}


def test_a_dateline_is_a_sentence_of_its_own_but_hyphens_are_not_datelines() -> None:
    from readouts.nlp import load

    nlp = load("md")
    doc = nlp("NAIROBI, Feb 3 (Reuters) - Kenya summoned the envoy.")
    assert [s.text for s in doc.sents][-1] == "Kenya summoned the envoy."
    doc = nlp("The U.S.-UAE dialogue on June 8 was co-chaired by two ministers.")
    assert len(list(doc.sents)) == 1


def test_a_condemned_act_just_reported_aims_the_condemnation_at_its_author(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Earlier on Wednesday, Ugandan forces shelled the town of Busia, killing three "
        "civilians, Kenyan officials said. Kenya's Foreign Ministry condemned the attack."
    )
    attack = one(coded, "ASSAULT")
    assert "historical" not in attack.aux  # "earlier" on a day of its own is today's news
    condemned = one(coded, "ACCUSE")
    assert countries(condemned.actor) == {"KEN"} and countries(condemned.recipient) == {"UGA"}


def test_what_a_call_discussed_is_no_place_of_the_call(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Norwegian Premier Ola Berg spoke by phone with Kenyan President Amos Otieno. "
        "The two leaders discussed the situation in Somalia."
    )
    assert all(e.location is None for e in coded.events if e.type == "CONSULT")


def test_the_presidents_include_one_the_text_names_without_his_title(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
        "Erdogan. The presidents agreed to maintain contacts.",
        published="2023-05-08",
    )
    agreed = one(coded, "AGREE")  # the knowledge base gives Putin's office on that day
    assert countries(agreed.actor) == {"RUS", "TUR"} and not agreed.recipient


def test_a_protest_report_with_pronouns_relative_clauses_and_a_second_speech_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Thousands of protesters rallied outside parliament in Nairobi on Tuesday, and police "
        "used tear gas to disperse them. The European Union said the bill was incompatible "
        "with its values and urged the Kenyan government to withdraw it. Japan imposed "
        "sanctions on four Kenyan judges it accused of corruption."
    )
    dispersed = one(coded, "ASSAULT")  # "them" are the protesters, not the police
    assert [r.name for r in dispersed.recipient] == ["protesters"]
    urged = one(coded, "REQUEST")
    assert countries(urged.actor) == {"IGO"} and countries(urged.recipient) == {"KEN"}
    accused = one(coded, "ACCUSE")
    assert countries(accused.actor) == {"JPN"} and countries(accused.recipient) == {"KEN"}


def test_the_government_of_a_story_about_one_country_is_that_countrys(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Thousands of Kenyan protesters rallied in Nairobi against a draft law, Kenya's "
        "interior ministry said. Kenyan police detained 20 Kenyan students. The European "
        "Union urged the government to withdraw the bill."
    )
    urged = one(coded, "REQUEST")
    assert countries(urged.recipient) == {"KEN"}


def test_the_place_hung_on_a_long_titles_name_places_the_meeting(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Norwegian Premier Ola Berg met today with Kenyan Cabinet Secretary for Foreign and "
        "Diaspora Affairs Amos Otieno in Nairobi."
    )
    met = one(coded, "CONSULT")
    assert met.mode == "visit" and countries(met.recipient) == {"KEN"}
    assert met.location is not None and met.location.country == "KEN"


def test_a_courtesy_one_would_like_to_extend_is_extended_now(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya's president said he would like to extend his congratulations to Japan.")
    assert one(coded, "SUPPORT").cameo == "051"
    assert one(code("Kenya would like to visit Japan next year."), "AGREE").cameo == "036"


def test_a_paragraph_opening_with_us_keeps_it_in_the_envoys_title(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Office of the Spokesperson\n\nU.S. Special Representative for the Democratic People's "
        "Republic of Korea (DPRK) Ambassador Ola Berg will travel to Seoul.",
        source="U.S. Department of State",
    )
    envoy = next(e for e in coded.entities if e.name == "Ola Berg")
    assert envoy.country == "USA"  # neither the portfolio nor its acronym


def test_claiming_responsibility_for_an_attack_makes_it_the_claimers(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "The Kenyan militant group Tana Front claimed responsibility for an attack on Mombasa."
    )
    attack = one(coded, "ASSAULT")
    assert [a.name for a in attack.actor] == ["Tana Front"]
    assert countries(attack.recipient) == {"KEN"}
    denied = code("The Tana Front denied responsibility for the attack on Mombasa.")
    assert not denied.events  # denying a part is neither an attack nor a rejection of Mombasa


def test_protesters_who_burn_or_wreck_riot(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan protesters set fire to the Ugandan embassy in Nairobi.")
    riot = one(coded, "PROTEST")
    assert (riot.mode, riot.cameo) == ("riot", "145")
    assert countries(riot.recipient) == {"UGA"}
    armed = code("Kenyan protesters fired rockets at the Ugandan embassy in Nairobi.")
    assert one(armed, "ASSAULT").cameo == "194"  # weapons make an armed attack


def test_an_alleged_act_is_not_reported_as_done(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan officials alleged that Ugandan troops had shelled the town and that the "
        "Ugandan army helped to carry out killings of herders in Turkana."
    )
    assert not [e for e in coded.events if e.type == "ASSAULT"]
    accuse = one(coded, "ACCUSE")
    assert countries(accuse.actor) == {"KEN"} and countries(accuse.recipient) == {"UGA"}


def test_aid_counted_in_tonnes_or_money_and_its_kind(code) -> None:  # type: ignore[no-untyped-def]
    sent = one(code("Kenya sent 10 tonnes of medical supplies to Uganda."), "AID")
    assert sent.cameo == "073" and countries(sent.recipient) == {"UGA"}
    assert one(code("Kenya sent military aid to Uganda."), "AID").cameo == "072"
    pledged = one(code("Kenya pledged 50 million euros in humanitarian aid to Uganda."), "AGREE")
    assert pledged.cameo == "0333" and countries(pledged.recipient) == {"UGA"}


def test_failing_to_agree_is_no_agreement(code) -> None:  # type: ignore[no-untyped-def]
    failed = one(code("Kenya and Uganda failed to reach an agreement in Nairobi."), "AGREE")
    assert "negated" in failed.aux
    reached = one(code("Kenya and Uganda reached an agreement in Nairobi."), "AGREE")
    assert "negated" not in reached.aux


def test_the_ministers_of_two_states_are_both_states(code) -> None:  # type: ignore[no-untyped-def]
    call = one(
        code("The foreign ministers of Kenya and Uganda discussed trade during a phone call."),
        "CONSULT",
    )
    assert call.mode == "phone"
    assert countries(call.actor) | countries(call.recipient) == {"KEN", "UGA"}


def test_a_summoned_ambassador_named_by_demonym_is_the_recipient(code) -> None:  # type: ignore[no-untyped-def]
    summons = one(code("Kenya's Foreign Ministry summoned the Ugandan ambassador."), "ACCUSE")
    assert countries(summons.recipient) == {"UGA"}


def test_a_courts_sentence_falls_on_its_own_countrys_people(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("A Kenyan court sentenced opposition leader Amos Otieno to ten years in prison.")
    sentence = one(coded, "SANCTION")
    assert sentence.mode == "convict" and countries(sentence.recipient) == {"KEN"}


def test_a_march_through_a_city_is_placed_there(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Hundreds of protesters marched through central Nairobi on Sunday.")
    march = one(coded, "PROTEST")
    assert march.location is not None and march.location.country == "KEN"
    assert countries(march.actor) == {"KEN"}


def test_missiles_fired_at_a_state_or_into_the_sea(code) -> None:  # type: ignore[no-untyped-def]
    attack = one(code("Kenya fired rockets into Uganda on Thursday."), "ASSAULT")
    assert attack.cameo == "194" and countries(attack.recipient) == {"UGA"}
    launch = code("Kenya fired a ballistic missile into the sea on Thursday.")
    assert not [e for e in launch.events if e.type == "ASSAULT"]
    assert one(launch, "MOBILIZE").cameo == "150"  # a show of force
    toward = one(code("Kenya fired a missile toward Uganda on Thursday."), "ASSAULT")
    assert toward.cameo == "194"  # not "fire on" (small arms): a date is no target


def test_air_strikes_that_kill_are_aerial(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan air strikes killed at least 20 people in Somalia overnight.")
    assert one(coded, "ASSAULT").cameo == "195"


def test_brokering_a_truce_mediates_between_the_sides(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya and Tanzania brokered a truce between Uganda and Rwanda.")
    mediation = one(coded, "CONSULT")
    assert mediation.cameo == "045"
    assert countries(mediation.actor) == {"KEN", "TZA"}
    assert countries(mediation.recipient) == {"UGA", "RWA"}


def test_ordering_an_envoy_to_leave_expels_him(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The Kenyan government ordered the Ugandan ambassador to leave the country.")
    expulsion = one(coded, "SANCTION")
    assert expulsion.cameo == "161" and countries(expulsion.recipient) == {"UGA"}


def test_a_known_name_the_tagger_missed_still_meets(code) -> None:  # type: ignore[no-untyped-def]
    met = one(code("Macron and Scholz met in Paris."), "CONSULT")
    assert countries(met.actor) | countries(met.recipient) == {"FRA", "DEU"}
    assert countries(met.recipient) == {"FRA"}  # in Paris: the French side hosts


def test_two_titled_people_parsed_as_one_phrase_both_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("President Macron and Chancellor Scholz attended the summit in Rome.")
    visit = one(coded, "CONSULT")
    assert countries(visit.actor) == {"FRA", "DEU"}  # "Macron" parsed as a modifier


def test_a_seat_of_government_places_the_meeting_in_its_city(code) -> None:  # type: ignore[no-untyped-def]
    met = one(code("Kenyan President Amos Otieno met Putin at the Kremlin."), "CONSULT")
    assert met.location is not None and met.location.country == "RUS"
    assert countries(met.recipient) == {"RUS"}  # the host
    welcomed = one(
        code("President Biden welcomed Kenyan President Amos Otieno to the White House."),
        "CONSULT",
    )
    assert welcomed.location is not None and welcomed.location.country == "USA"


def test_a_person_of_a_country_is_from_it(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Chancellor Ola Berg of Norway attended the summit in Rome.")
    visit = one(coded, "CONSULT")
    assert countries(visit.actor) == {"NOR"} and countries(visit.recipient) == {"ITA"}


def test_exchanging_views_is_consulting(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya's foreign minister and his Ugandan counterpart exchanged views on trade.")
    assert one(coded, "CONSULT").cameo == "040"
    assert not [e for e in coded.events if e.type == "COOPERATE"]


def test_welcoming_companies_to_invest_receives_no_one(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya welcomes Ugandan companies to invest and do business in Kenya.")
    assert not [e for e in coded.events if e.type == "CONSULT"]
    assert one(code("Kenya welcomed the Ugandan delegation."), "CONSULT").mode == "visit"


def test_the_surname_he_is_no_pronoun(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Chinese Vice Premier He Lifeng met with Kenyan President Amos Otieno.")
    names = {e.name: e.country for e in coded.entities if e.kind == "PERSON"}
    assert names.get("He Lifeng") == "CHN"


def test_a_weekday_hung_on_the_one_met_dates_the_meeting(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Chinese Vice Premier Ding Xuexiang met with a delegation of U.S. business leaders in "
        "Beijing on Monday.",
        published="2023-03-21",
    )
    assert one(coded, "CONSULT").date == dt.date(2023, 3, 20)


def test_meeting_virtually_with_hung_on_with_is_remote(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Deputy Secretary Sherman meets virtually with Tunisian Prime Minister Hichem "
        "Mechichi, from the Department of State."
    )
    assert one(coded, "CONSULT").mode == "phone"


def test_what_one_is_thanked_for_is_no_event_of_its_own(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Secretary Blinken spoke today with Japanese Foreign Minister Motegi Toshimitsu. "
        "Secretary Blinken also thanked Foreign Minister Motegi for Japan’s commitment to "
        "hosting safe and secure Olympic and Paralympic games."
    )
    assert not [e for e in coded.events if e.type == "AGREE"]
    assert one(coded, "SUPPORT").cameo == "051"


def test_an_eu_service_official_is_of_an_international_body(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Deputy Secretary Sherman spoke today with European External Action Service "
        "Secretary General Stefano Sannino."
    )
    assert next(e for e in coded.entities if e.name == "Stefano Sannino").country == "IGO"


def test_fighting_side_by_side_or_against_terrorism_is_no_attack(code) -> None:  # type: ignore[no-untyped-def]
    assert not code("Kenya and Uganda fought side by side through two wars.").events
    assert not code("Kenya will continue fighting against terrorism in all its forms.").events
    fought = one(code("Kenyan troops fought against al-Shabaab in Somalia."), "ASSAULT")
    assert [r.name for r in fought.recipient] == ["al-Shabaab"]


def test_under_secretary_parsed_as_a_preposition_still_acts(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "In Nigeria, Under Secretary Nuland and the team will meet with government and "
        "civil society representatives to discuss issues of shared concern.",
        source="U.S. Department of State",
    )
    plan = one(coded, "AGREE")
    assert [a.name for a in plan.actor] == ["Nuland"]
    assert countries(plan.recipient) == {"NGA"}


def test_with_hung_on_the_meeting_place_is_the_one_met(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno met today in Riga, Latvia with Ugandan President Ola Berg."
    )
    met = one(coded, "CONSULT")
    assert countries(met.actor) | countries(met.recipient) == {"KEN", "UGA"}


def test_a_bare_verb_torn_from_its_to_is_not_the_speakers_act(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's president met Ugandan President Ola Berg to exchange views regarding how to "
        "stop the attack on Somalia as well as the urgent need for Ethiopia to cease its "
        "aggression, allow for humanitarian corridors, and fully withdraw from Somali territory."
    )
    assert not [e for e in coded.events if e.type == "RETREAT" and countries(e.actor) == {"KEN"}]


def test_repressing_protests_and_arresting_protesters_are_two_acts(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "The Kenyan regime violently repressed the protests, arresting hundreds of demonstrators."
    )
    assert one(coded, "ASSAULT").cameo == "175"
    assert one(coded, "COERCE").mode == "arrest"
    assert not [e for e in coded.events if e.type == "PROTEST"]  # the regime did not protest


def test_accompanying_someone_to_a_country_is_a_visit(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya's foreign minister will accompany President Amos Otieno to Uganda.")
    plan = one(coded, "AGREE")
    assert plan.cameo == "036" and countries(plan.recipient) == {"UGA"}


def test_a_meeting_noun_among_one_governments_people_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Following meetings in Jerusalem and Bethlehem, President Biden and Secretary "
        "Blinken will continue to Jeddah for the Summit of the Gulf Cooperation Council."
    )
    assert not [e for e in coded.events if e.type == "CONSULT"]


def test_a_statement_that_welcomes_a_person_endorses(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya welcomes Secretary General Ola Berg of Norway to his new post.")
    assert not [e for e in coded.events if e.type == "CONSULT"]
    endorsed = one(code("Kenya welcomes Secretary General Ola Berg of Norway."), "SUPPORT")
    assert countries(endorsed.recipient) == {"NOR"}
    received = one(code("The Kenyan president welcomed Ola Berg of Norway in Nairobi."), "CONSULT")
    assert received.mode == "visit"


def test_the_people_a_meeting_includes_are_met(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno met with the heads of the Rome-Based Food Security "
        "Agencies today in Rome, including UN World Food Program (WFP) Executive Director "
        "Ola Berg."
    )
    met = one(coded, "CONSULT")
    assert {a.name for a in met.actor + met.recipient} >= {"Amos Otieno", "Ola Berg"}


def test_the_foreign_minister_is_the_minister_of_foreign_affairs(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's president spoke today with Ugandan Minister of Foreign Affairs Ola Berg. "
        "The president thanked the Foreign Minister for Uganda's assistance."
    )
    thanks = one(coded, "SUPPORT")
    assert [r.name for r in thanks.recipient] == ["Ola Berg"]


def test_what_is_praised_deep_in_the_reason_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's president spoke with Ugandan Foreign Minister Ola Berg. The president also "
        "thanked the Foreign Minister for Uganda's role in advancing peace and security in "
        "the region, including Uganda's support for Somalia peace negotiations."
    )
    assert [e.cameo for e in coded.events if e.type == "SUPPORT"] == ["051"]
    assert not [e for e in coded.events if "SOM" in countries(e.recipient)]


def test_visitors_placed_only_by_their_destination_make_no_visit(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Women leaders from 11 countries arrived in Kenya this week.")
    assert not [e for e in coded.events if e.type == "CONSULT"]
    visit = one(code("A delegation of Ugandan lawmakers arrived in Kenya this week."), "CONSULT")
    assert countries(visit.actor) == {"UGA"}


def test_a_bare_office_the_ner_calls_an_organization_is_its_holder(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's foreign minister met with Israeli National Security Advisor Ola Berg "
        "yesterday. The minister and the National Security Advisor discussed coordination."
    )
    meetings = [e for e in coded.events if e.type == "CONSULT"]
    assert len(meetings) == 1
    assert countries(meetings[0].actor) | countries(meetings[0].recipient) == {"KEN", "ISR"}


def test_a_state_department_official_is_american_wherever_he_travels(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Office of the Spokesperson\n\nUnder Secretary Ola Berg will travel to Pakistan. "
        "Under Secretary Berg will meet with senior Pakistani officials in Islamabad.",
        source="U.S. Department of State",
    )
    berg = next(e for e in coded.entities if "Berg" in e.name)
    assert berg.country == "USA"
    assert [e.cameo for e in coded.events if "PAK" in countries(e.recipient)]


def test_ending_a_war_is_not_waging_it(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's president will meet Ugandan officials to discuss ending the war in Sudan."
    )
    assert not [e for e in coded.events if e.type == "ASSAULT"]


def test_those_who_continue_to_be_detained_are_not_the_jailers(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Thousands of Kenyans reportedly continue to be detained arbitrarily in Uganda.")
    for event in coded.events:
        assert not any("Kenyans" in a.name for a in event.actor)


def test_a_city_naming_an_event_is_where_it_is_held(code) -> None:  # type: ignore[no-untyped-def]
    plan = one(code("Kenya's president will attend the Beijing Olympics."), "AGREE")
    assert countries(plan.recipient) == {"CHN"}


def test_a_military_raid_is_an_assault_a_police_raid_a_seizure(code) -> None:  # type: ignore[no-untyped-def]
    assert one(code("Kenyan troops raided a Somali village."), "ASSAULT").cameo == "190"
    raid = one(code("Kenyan police raided the offices of an opposition newspaper."), "COERCE")
    assert raid.cameo == "171"


def test_resuming_relations_is_diplomatic_cooperation(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya and Uganda resumed diplomatic relations after seven years.")
    assert [e.cameo for e in coded.events] == ["050"]


def test_the_sides_are_the_ones_talking_not_the_ones_criticised(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Ola Berg and Ugandan Foreign Minister Amos Otieno held a "
        "telephone conversation on Thursday. Berg criticised the decision of Finland and "
        "Sweden to apply for NATO membership. The sides agreed to maintain contacts."
    )
    agreed = one(coded, "AGREE")
    assert countries(agreed.actor) | countries(agreed.recipient) == {"KEN", "UGA"}


def test_a_condemned_attack_carried_out_against_a_state_is_coded_and_dated(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya strongly condemns the missile attacks carried out by Ethiopia against civilian "
        "infrastructure across Somalia on 10 October.",
        published="2022-10-11",
    )
    attack = one(coded, "ASSAULT")
    assert countries(attack.actor) == {"ETH"} and countries(attack.recipient) == {"SOM"}
    assert attack.date == dt.date(2022, 10, 10)


def test_the_one_said_to_be_visiting_is_the_visitor_of_a_summit(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "On March 20, commencing at 12:00 noon for approximately 90 minutes, Mr. Ola Berg, "
        "Prime Minister of Norway, who is visiting India, held a Norway-India Summit Meeting "
        "with Indian Prime Minister Amos Otieno.",
        published="2023-03-21",
    )
    people = {"Ola Berg", "Amos Otieno"}
    meetings = [e for e in coded.events if {p.name for p in e.actor + e.recipient} == people]
    assert len(meetings) == 1, [(e.type, e.rule) for e in coded.events]
    summit = meetings[0]
    assert [a.name for a in summit.actor] == ["Ola Berg"]
    assert [r.name for r in summit.recipient] == ["Amos Otieno"]
    assert summit.date == dt.date(2023, 3, 20)


def test_a_trip_to_a_country_and_to_its_capital_is_one_visit(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenya's foreign minister will travel to Germany and France next week. On Monday, the "
        "minister will travel to Berlin. On Tuesday, the minister will travel to Paris."
    )
    trips = [e for e in coded.events if e.cameo == "036"]
    assert sorted(c for e in trips for c in countries(e.recipient)) == ["DEU", "FRA"]


def test_missiles_that_strike_carry_their_attacker(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "At least 30 people were killed when Ethiopian missiles struck a shopping mall in "
        "Mogadishu, Somali officials said."
    )
    attack = one(coded, "ASSAULT")
    assert countries(attack.actor) == {"ETH"} and countries(attack.recipient) == {"SOM"}


def test_trading_accusations_or_fire_is_no_trade(code) -> None:  # type: ignore[no-untyped-def]
    traded = one(code("Kenya and Uganda traded accusations of ceasefire violations."), "ACCUSE")
    assert countries(traded.actor) == {"KEN", "UGA"}
    fire = code("Kenyan and Ugandan troops traded fire along the border.")
    assert one(fire, "ASSAULT").cameo == "190"
    assert not [e for e in fire.events if e.type == "COOPERATE"]


def test_blocking_a_package_rejects_it_and_barring_people_bans_them(code) -> None:  # type: ignore[no-untyped-def]
    blocked = one(code("Kenya blocked the African Union's aid package for Somalia."), "REJECT")
    assert countries(blocked.recipient) == {"IGO"}
    barred = one(
        code("The Ugandan government barred Kenyan traders from entering Uganda."), "COERCE"
    )
    assert barred.mode == "ban" and countries(barred.recipient) == {"KEN"}


def test_a_government_and_its_rebels_signing_a_ceasefire_is_an_event(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya and the Umoja Front rebel group signed a ceasefire agreement in Nairobi.")
    signed = one(coded, "SUPPORT")
    assert len(signed.actor) == 2 and "Kenya" in {a.name for a in signed.actor}
    assert countries(signed.actor) == {"KEN"}  # one country, two camps


def test_suspending_a_member_state_reduces_relations(code) -> None:  # type: ignore[no-untyped-def]
    suspended = one(
        code("The African Union suspended Niger following the military coup."), "SANCTION"
    )
    assert suspended.cameo == "161" and countries(suspended.recipient) == {"NER"}


def test_spoke_with_x_to_follow_up_is_a_call_with_x(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan Foreign Minister Amos Otieno spoke today with Canadian Deputy Foreign Minister "
        "Marta Morgan to follow up on previous conversations on Russia’s aggression.",
        published="2022-02-16",
    )
    call = one(coded, "CONSULT")
    assert call.mode == "phone" and call.date == dt.date(2022, 2, 16)
    assert countries(call.actor) | countries(call.recipient) == {"KEN", "CAN"}


def test_a_hyphenated_country_is_one_name(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya warmly congratulates the people of Timor-Leste on their national day.")
    assert countries(one(coded, "SUPPORT").recipient) == {"TLS"}


def test_conducting_an_attack_is_an_attack(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("We are confident that Ethiopia conducted this attack on the convoy.")
    assert countries(one(coded, "ASSAULT").actor) == {"ETH"}


def test_a_meeting_at_the_vatican_is_hosted_by_the_holy_see(code) -> None:  # type: ignore[no-untyped-def]
    met = one(code("Kenyan President Amos Otieno met Pope Francis at the Vatican."), "CONSULT")
    assert met.mode == "visit" and countries(met.recipient) == {"VAT"}


def test_neither_nor_subjects_negate_the_act(code) -> None:  # type: ignore[no-untyped-def]
    attended = one(code("Neither Kenya nor Uganda attended the summit in Addis Ababa."), "CONSULT")
    assert "negated" in attended.aux
    both = one(code("Both Kenya and Uganda attended the summit in Addis Ababa."), "CONSULT")
    assert "negated" not in both.aux


def test_welcoming_a_states_affirmation_supports_that_state(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan President Amos Otieno welcomed Bahrain's affirmation of the principles.")
    welcome = one(coded, "SUPPORT")
    assert countries(welcome.actor) == {"KEN"} and countries(welcome.recipient) == {"BHR"}


def test_talks_named_by_a_hyphenated_pair_of_states_are_between_both(code) -> None:  # type: ignore[no-untyped-def]
    for text, pair in (
        ("The U.S.-Kenya talks took place yesterday in Geneva.", {"USA", "KEN"}),
        ("The Japan-Chile talks took place yesterday in Geneva.", {"JPN", "CHL"}),
    ):
        talks = one(code(text), "CONSULT")
        assert countries(talks.actor) == pair, text
        assert talks.date == dt.date(2023, 4, 26)  # the day before publication
        assert talks.location is not None and talks.location.name == "Geneva"


def test_a_hyphenated_pair_modifying_an_abstract_noun_is_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("U.S.-Kenya cooperation will contribute to green growth.")
    assert not coded.events  # a tie between two states, nobody who contributes


def test_a_meeting_between_two_states_that_was_held_is_theirs(code) -> None:  # type: ignore[no-untyped-def]
    held = code("The meeting between Kenya and Uganda was held on Monday in Kampala.")
    met = one(held, "CONSULT")
    assert countries(met.actor) | countries(met.recipient) == {"KEN", "UGA"}
    assert met.date == dt.date(2023, 4, 24)
    topic = code("Kenyan officials shared evidence about contacts between Chile and Peru.")
    assert not [e for e in topic.events if e.type == "CONSULT"]  # what the evidence is about


def test_an_alliance_named_by_a_pair_of_states_is_a_partnership(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The visit will reaffirm the U.S.-Kenya Alliance's central role in the region.")
    ties = [(r.type, {r.a.country, r.b.country}) for r in coded.relations]
    assert ("PARTNERSHIP", {"USA", "KEN"}) in ties


def test_addressing_threats_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    from readouts.events.arguments import countered

    doc = pipeline.nlp("We will also work together to address threats to freedom of expression.")
    threats = next(t for t in doc if t.text == "threats")
    assert countered(threats)  # what "we" work against, not a threat "we" make
    made = pipeline.nlp("Kenya issued threats against Chile.")
    assert not countered(next(t for t in made if t.text == "threats"))


def test_welcoming_a_declaration_by_a_government_supports_it(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya welcomes the declaration by the Government of Chile.")
    assert countries(one(coded, "SUPPORT").recipient) == {"CHL"}


def test_days_of_talks_that_were_held_or_concluded_are_one_meeting_dated_by_the_verb(code) -> None:  # type: ignore[no-untyped-def]
    for verb in ("held", "concluded"):
        coded = code(f"Kenya and Uganda {verb} two days of talks in Nairobi yesterday.")
        talks = one(coded, "CONSULT")  # one meeting, not the verb's and the noun's
        assert countries(talks.actor) | countries(talks.recipient) == {"KEN", "UGA"}, verb
        assert talks.date == dt.date(2023, 4, 26), verb  # "yesterday", not "two days"


def test_co_verbs_are_one_word_and_take_the_partner_of_their_object(code) -> None:  # type: ignore[no-untyped-def]
    chaired = one(code("Kenya and Chile co-chaired the meeting in Geneva on Monday."), "CONSULT")
    assert countries(chaired.actor) == {"KEN", "CHL"} and chaired.date == dt.date(2023, 4, 24)
    future = code(
        "Kenyan Foreign Minister Amos Otieno will co-chair the Strategic Dialogue with "
        "Foreign Minister Lucia Quispe of Peru in Nairobi."
    )
    agree = one(future, "AGREE")
    assert agree.cameo == "036" and countries(agree.recipient) == {"PER"}


def test_a_meeting_its_subject_hosted_is_dated_by_the_hosting_verb(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenya co-hosted a ministerial meeting with Chile in Nairobi on Monday.")
    assert one(coded, "CONSULT").date == dt.date(2023, 4, 24)


def test_congratulating_a_newly_elected_president_names_his_country(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno congratulated Senegal's newly elected president Ousmane "
        "Diallo on his victory."
    )
    assert countries(one(coded, "SUPPORT").recipient) == {"SEN"}


def test_receiving_a_phone_call_makes_the_caller_the_actor(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno received a phone call from Peruvian President Lucia "
        "Quispe on Sunday."
    )
    call = one(coded, "CONSULT")
    assert call.mode == "phone" and call.date == dt.date(2023, 4, 23)
    assert countries(call.actor) == {"PER"} and countries(call.recipient) == {"KEN"}


def test_recalling_an_ambassador_to_a_state_sanctions_that_state(code) -> None:  # type: ignore[no-untyped-def]
    recall = one(code("Kenya recalled its ambassador to Chile on Monday."), "SANCTION")
    assert countries(recall.recipient) == {"CHL"}


def test_a_killing_the_accusation_goes_on_to_describe_is_alleged_too(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Chile accused Peru of shelling the town overnight, killing four civilians.")
    assert not [e for e in coded.events if e.type == "ASSAULT"]
    assert countries(one(coded, "ACCUSE").recipient) == {"PER"}


def test_talks_with_a_visiting_guest_make_the_guest_the_visitor(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Chinese Premier Li Qiang held talks with visiting Vietnamese Prime Minister Pham Minh "
        "Chinh in Beijing on Tuesday."
    )
    talks = one(coded, "CONSULT")
    assert countries(talks.actor) == {"VNM"} and countries(talks.recipient) == {"CHN"}
    assert [r.name for r in talks.recipient] == ["Li Qiang"]  # not the city
    assert talks.date == dt.date(2023, 4, 25)


def test_promised_tanks_are_intended_military_aid(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Chile will send 14 tanks to Peru, its defence minister said.")
    agree = one(coded, "AGREE")
    assert agree.cameo == "0332" and countries(agree.recipient) == {"PER"}
    sent = one(code("Chile delivered howitzers to Peru last week."), "AID")
    assert sent.cameo == "072"


def test_a_state_or_province_named_in_the_sentence_places_unnamed_groups(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Armed men abducted 20 students from a school in Kaduna state on Thursday.")
    abduction = one(coded, "ASSAULT")
    assert abduction.mode == "abduct"
    assert countries(abduction.actor) == {"NGA"} and countries(abduction.recipient) == {"NGA"}


def test_a_known_city_the_ner_calls_a_person_is_a_place(code) -> None:  # type: ignore[no-untyped-def]
    trip = one(code("Kenya welcomes the recent Omani trip to Sanaa."), "CONSULT")
    assert countries(trip.recipient) == {"YEM"}


def test_a_tie_named_by_a_pair_of_states_is_no_cooperation_event(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("They reaffirmed the importance of U.S.-Kenya cooperation to take policy action.")
    assert not [e for e in coded.events if e.type == "COOPERATE"]


def test_the_partner_of_a_discussed_negotiation_is_no_participant(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno met Chilean President Lucia Quispe in Nairobi. The "
        "leaders also discussed the ongoing negotiations with Iran."
    )
    assert not [e for e in coded.events if "IRN" in countries(e.actor) | countries(e.recipient)]


def test_bombardment_is_artillery_unless_aircraft_bomb(code) -> None:  # type: ignore[no-untyped-def]
    shelled = one(
        code("Insurgents bombarded a government-held part of Aleppo overnight."), "ASSAULT"
    )
    assert shelled.cameo == "194"  # CAMEO 194: artillery; nothing says it came from the air
    bombed = one(
        code("Russian warplanes bombarded rebel-held areas of Idlib on Monday."), "ASSAULT"
    )
    assert bombed.cameo == "195" and countries(bombed.recipient) == {"SYR"}


def test_jets_striking_targets_in_a_place_attack_it_from_the_air(code) -> None:  # type: ignore[no-untyped-def]
    struck = one(code("Chilean jets struck targets in Peru on Monday."), "ASSAULT")
    assert struck.cameo == "195"
    assert countries(struck.actor) == {"CHL"} and countries(struck.recipient) == {"PER"}


def test_attending_a_meeting_on_a_country_is_no_visit_to_it(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("Kenyan Foreign Minister Amos Otieno attended a meeting on Haiti on Monday.")
    assert not [e for e in coded.events if "HTI" in countries(e.recipient)]
    held = one(code("Kenyan Foreign Minister Amos Otieno attended a summit in Lima."), "CONSULT")
    assert countries(held.recipient) == {"PER"}


def test_a_pluperfect_in_reported_speech_is_the_reported_act_not_background(code) -> None:  # type: ignore[no-untyped-def]
    said = one(code("The Chilean army said it had killed 50 rebels in the north."), "ASSAULT")
    assert "historical" not in said.aux
    earlier = one(code("The Chilean army had killed 50 rebels in the north."), "ASSAULT")
    assert "historical" in earlier.aux


def test_exchanging_fire_is_a_clash_of_both(code) -> None:  # type: ignore[no-untyped-def]
    clash = one(code("Kenya and Uganda exchanged fire across the border on Tuesday."), "ASSAULT")
    assert countries(clash.actor) == {"KEN", "UGA"}


def test_a_courtesy_call_on_the_king_at_his_palace_is_a_visit(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "Kenyan President Amos Otieno paid a courtesy call on King Charles III at Buckingham "
        "Palace."
    )
    call = one(coded, "CONSULT")
    assert call.mode == "visit" and countries(call.recipient) == {"GBR"}


def test_a_visit_made_at_someones_invitation_is_the_guests(code) -> None:  # type: ignore[no-untyped-def]
    coded = code(
        "At the invitation of Premier Li Qiang, German Chancellor Olaf Scholz will pay an "
        "official visit to China from April 14 to 16."
    )
    visit = one(coded, "AGREE")  # parsed with Scholz as an apposition of Li Qiang
    assert countries(visit.actor) == {"DEU"} and countries(visit.recipient) == {"CHN"}


def test_a_group_owned_by_a_pronoun_is_not_placed_by_the_scene(code) -> None:  # type: ignore[no-untyped-def]
    coded = code("The Chilean military said its aircraft struck rebel targets in Peru overnight.")
    assert not [e for e in coded.events if "PER" in countries(e.actor)]
