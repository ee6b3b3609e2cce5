import csv
import io
import json
from pathlib import Path

import pytest

from polemos.eval.event_gold import (
    NO_EVENT,
    GoldEvent,
    GoldFormatError,
    detect_event_format,
    read_event_gold,
)
from polemos.eval.events import (
    evaluate_events,
    format_events_table,
    match_events,
    type_of_violence,
)


def _csv(rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


ACLED_CSV = _csv([
    ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
     "admin1", "location", "latitude", "longitude", "notes", "fatalities"],
    ["SYR1", "2022-06-30", "Explosions/Remote violence", "Air/drone strike",
     "Military Forces of Russia (2000-)", "Civilians (Syria)", "Idleb", "Idleb", 35.93, 36.63,
     "On 30 June 2022, Russian aircraft struck Idleb city, killing 2 civilians.", 2],
    ["SYR2", "2022-07-01", "Battles", "Armed clash", "Military Forces of Syria (2000-)",
     "Islamic State (Syria)", "Homs", "Palmyra", 34.56, 38.28,
     "On 1 July 2022, the army clashed with ISIS near Palmyra (Homs). [size=no report]", 0],
])

CASE_TSV = (
    "id\tEventSnippet\tSubType\n"
    "1\tWarplanes bombed Raqqa.\tAIR_STRIKE\n"
    "2\tAn earthquake hit the coast.\tNATURAL_DISASTER\n"
    "3\tProtesters marched peacefully.\tPEACE_PROTEST\n"
    "4\tThe minister met his counterpart.\tDIPLO\n"
)

UCDP_CSV = _csv([
    ["id", "type_of_violence", "side_a", "side_b", "source_headline", "source_date",
     "where_coordinates", "adm_1", "latitude", "longitude", "date_start", "best"],
    [1, 1, "Government of Syria", "Syrian insurgents", "Shelling kills 3 in Douma", "2016-01-02",
     "Douma town", "Rif Dimashq Governorate", 33.57, 36.40, "2016-01-02", 3],
    [2, 1, "Government of Syria", "Syrian insurgents", "Shelling kills 3 in Douma", "2016-01-02",
     "Harasta town", "Rif Dimashq Governorate", 33.56, 36.36, "2016-01-02", 1],
    [3, 3, "IS", "Civilians", "Bombardment targets Idlib and Hama", "2016-01-03",
     "Ein Laroz town", "Idlib Governorate", 35.69, 36.45, "2016-01-03", 2],
])


def _event(**fields):
    base = {
        "event_type": None, "sub_event_type": None, "actor1": None, "actor2": None,
        "date": None, "date_precision": "day", "location": None,
        "fatalities": {"low": None, "best": None, "high": None, "text": ""}, "counts": [],
        "modality": "reported", "attribution": None, "evidence": {}, "confidence": 0.5,
    }
    base.update(fields)
    return base


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_gold_formats_are_detected_from_columns(tmp_path):
    assert detect_event_format(_write(tmp_path, "a", ACLED_CSV)) == "acled"
    assert detect_event_format(_write(tmp_path, "b", CASE_TSV)) == "case"
    assert detect_event_format(_write(tmp_path, "c", UCDP_CSV)) == "ucdp"
    with pytest.raises(GoldFormatError, match="EventSnippet"):
        detect_event_format(_write(tmp_path, "d", "x,y\n1,2\n"))


def test_case_labels_map_to_acled_names_and_extras_to_other(tmp_path):
    gold = read_event_gold(_write(tmp_path, "case.tsv", CASE_TSV))
    assert [t.label for t in gold.texts] == ["Air/drone strike", NO_EVENT, "Peaceful protest",
                                             NO_EVENT]
    assert gold.texts[0].events[0].event_type == "Explosions/Remote violence"
    assert gold.texts[1].events == []


def test_ucdp_events_are_grouped_by_headline(tmp_path):
    gold = read_event_gold(_write(tmp_path, "ucdp.csv", UCDP_CSV))
    assert [len(t.events) for t in gold.texts] == [2, 1]
    assert gold.texts[0].published == "2016-01-02"


def test_matching_picks_the_partner_with_the_same_type_and_place():
    gold = [
        GoldEvent(sub_event_type="Armed clash", event_type="Battles", latitude=34.56,
                  longitude=38.28),
        GoldEvent(sub_event_type="Air/drone strike", event_type="Explosions/Remote violence",
                  latitude=35.93, longitude=36.63),
    ]
    predicted = [
        _event(sub_event_type="Air/drone strike", event_type="Explosions/Remote violence",
               location={"latitude": 35.9, "longitude": 36.6}),
        _event(sub_event_type="Armed clash", event_type="Battles"),
    ]
    assert match_events(predicted, gold) == [(0, 1), (1, 0)]


def test_matching_tells_places_apart_by_distance():
    gold = [GoldEvent(latitude=33.57, longitude=36.40), GoldEvent(latitude=35.69, longitude=36.45)]
    predicted = [_event(location={"latitude": 35.6, "longitude": 36.5})]
    assert match_events(predicted, gold) == [(0, 1)]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_event(event_type="Violence against civilians", actor1="Islamic State"), 3),
        # civilians killed by a government's forces or by unnamed attackers: UCDP counts them
        # in the war's state-based dyad
        (_event(event_type="Violence against civilians", actor1="Military Forces of Syria",
                inter1="1", actor2="Civilians (Syria)", inter2="7"), 1),
        (_event(event_type="Violence against civilians",
                actor1="Unidentified Armed Group (Syria)", inter1="3"), 1),
        (_event(event_type="Battles", actor1="Military Forces of Syria", actor2="Islamic State"),
         1),
        (_event(event_type="Battles", actor1="Islamic State", actor2="Syrian Democratic Forces"),
         2),
        (_event(event_type="Explosions/Remote violence", actor1="X", inter1="1"), 1),
        (_event(event_type="Protests"), None),
        # nobody named: an air strike is a state's; other fighting defaults to state-based
        (_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                actor2="Civilians (Syria)", inter2="7"), 1),
        (_event(event_type="Battles", actor1="Unidentified Armed Group (Syria)", inter1="3"), 1),
        # a named group shelling civilians fights the war's state-based dyad
        (_event(event_type="Explosions/Remote violence", actor1="Islamic State", inter1="2",
                actor2="Civilians (Syria)", inter2="7"), 1),
        # a secondary warring party counts in its ally's dyad: the coalition in Syria backs
        # the SDF against the Islamic State, in Iraq the Iraqi state
        (_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                actor1="US-led coalition", inter1="8", location={"country": "SY"}), 2),
        (_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                actor1="US-led coalition", inter1="8", location={"country": "IQ"}), 1),
        # one side named whose war has one known enemy: that enemy is the other side
        (_event(event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack",
                actor1="Syrian Democratic Forces", inter1="2", location={"country": "SY"}), 2),
        (_event(event_type="Battles", actor1="Syrian Democratic Forces", inter1="2",
                actor2="Military Forces of Syria", inter2="1", location={"country": "SY"}), 1),
    ],
)
def test_type_of_violence(event, expected):
    assert type_of_violence(event) == expected


def test_acled_scores_each_field_and_counts_false_positives(tmp_path):
    path = _write(tmp_path, "acled.csv", ACLED_CSV)

    def extract(text, published, source=None):
        if "Russian" in text:
            return {"events": [
                _event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                       actor1="Military Forces of Russia", actor2="Civilians (Syria)",
                       date=published, location={"name": "Idlib", "admin1": "Idlib",
                                                 "latitude": 35.93, "longitude": 36.64},
                       fatalities={"low": 2, "best": 2, "high": 2, "text": "2"}),
                # a speculative event is not counted at all
                _event(event_type="Battles", sub_event_type="Armed clash",
                       modality="speculative"),
            ]}
        return {"events": [
            _event(event_type="Battles", sub_event_type="Armed clash",
                   actor1="Syrian Arab Army", actor2="Hayat Tahrir al-Sham", date="2022-07-02",
                   location={"name": "Homs", "admin1": "Homs", "latitude": 34.73,
                             "longitude": 36.72}),
            _event(event_type="Battles", sub_event_type="Government regains territory"),
        ]}

    [result] = evaluate_events([path], extract_fn=extract)
    m, n = result["metrics"], result["n_by_metric"]
    assert result["format"] == "acled" and result["n"] == 2
    assert m["sub_event_type_accuracy"] == 1.0
    assert m["sub_event_type_weighted_f1"] == 1.0
    assert m["actor1_accuracy"] == 1.0  # Syrian Arab Army maps to Military Forces of Syria
    assert m["actor2_accuracy"] == 0.5  # HTS is not Islamic State
    assert m["location_within_25km"] == 0.5  # Homs city is ~140 km from Palmyra
    assert m["admin1_accuracy"] == 1.0
    assert (m["date_exact"], m["date_within_1day"]) == (0.5, 1.0)
    assert m["fatalities_exact"] == 1.0 and m["fatalities_mae"] == 0.0
    assert (m["event_precision"], m["event_recall"]) == (2 / 3, 1.0)
    assert n["event_precision"] == 3 and n["actor2_accuracy"] == 2
    json.dumps(result)


def test_an_other_side_the_coder_left_empty_is_scored_apart(tmp_path):
    path = _write(tmp_path, "acled.csv", _csv([
        ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
         "admin1", "location", "latitude", "longitude", "notes", "fatalities"],
        ["UKR1", "2022-05-08", "Explosions/Remote violence",
         "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", "",
         "Donetsk", "Malotaranivka", 48.7, 37.6,
         "On 8 May 2022, Russian forces shelled Malotaranivka, Donetsk. Casualties unknown.", 0],
        ["UKR2", "2022-05-09", "Protests", "Peaceful protest", "Protesters (Ukraine)", "",
         "Kyiv City", "Kyiv", 50.45, 30.52, "On 9 May 2022, people rallied in Kyiv.", 0],
    ]))

    def extract(text, published, source=None):
        civilians = "Civilians (Ukraine)" if "shelled" in text else None
        return {"events": [_event(event_type="Protests", sub_event_type="Peaceful protest",
                                  actor1="Protesters (Ukraine)", actor2=civilians,
                                  date=published)]}

    [result] = evaluate_events([path], extract_fn=extract)
    m, n = result["metrics"], result["n_by_metric"]
    assert m["actor2_empty_accuracy"] == 0.5 and n["actor2_empty_accuracy"] == 2
    assert "actor2_accuracy" not in m  # no coder named a side


def test_a_clash_s_two_sides_count_in_either_order_an_attack_s_do_not(tmp_path):
    path = _write(tmp_path, "acled.csv", _csv([
        ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
         "admin1", "location", "latitude", "longitude", "notes", "fatalities"],
        ["AFG1", "2022-01-11", "Battles", "Armed clash", "National Resistance Front",
         "Military Forces of Afghanistan (2021-)", "Badakhshan", "Yaftal", 37.2, 70.5,
         "On 11 January 2022, the Taliban clashed with the NRF in Yaftal.", 3],
        ["AFG2", "2022-01-12", "Violence against civilians", "Attack",
         "Military Forces of Afghanistan (2021-)", "Civilians (Afghanistan)", "Badakhshan",
         "Yaftal", 37.2, 70.5, "On 12 January 2022, the Taliban killed a man in Yaftal.", 1],
    ]))

    def extract(text, published, source=None):
        clash = "clashed" in text
        return {"events": [_event(
            event_type="Battles" if clash else "Violence against civilians",
            sub_event_type="Armed clash" if clash else "Attack",
            # the text's order, and for the attack the sides wrongly swapped
            actor1="Taliban" if clash else "Civilians (Afghanistan)",
            actor2="National Resistance Front" if clash else "Taliban",
            date=published)]}

    [result] = evaluate_events([path], extract_fn=extract)
    m = result["metrics"]
    assert m["actor1_accuracy"] == 0.5 and m["actor2_accuracy"] == 0.5  # the clash only
    assert m["actor1_ordered_accuracy"] == 0.0 and m["actor2_ordered_accuracy"] == 0.0


def test_case_scores_types_and_other(tmp_path):
    path = _write(tmp_path, "case.tsv", CASE_TSV)

    def extract(text, published, source=None):
        if "Warplanes" in text:
            return {"events": [_event(event_type="Explosions/Remote violence",
                                      sub_event_type="Air/drone strike")]}
        if "minister" in text:  # wrongly an event
            return {"events": [_event(event_type="Strategic developments",
                                      sub_event_type="Agreement")]}
        return {"events": []}

    [result] = evaluate_events([path], extract_fn=extract, confusion=True)
    m = result["metrics"]
    assert m["sub_event_type_accuracy"] == 0.5  # strike right, protest missed, quake OTHER
    # gold OTHER x2; predicted OTHER for the quake and the missed protest: P 1/2, R 1/2
    assert m["other_f1"] == pytest.approx(0.5)
    # ACLED labels: Air/drone strike F1 1, Peaceful protest F1 0; weights 1 and 1
    assert m["sub_event_type_weighted_f1"] == pytest.approx(0.5)
    assert result["confusion"]["Protests"] == {NO_EVENT: 1}
    assert "actor1_accuracy" not in m
    assert "Protests" in format_events_table([result])


def test_ucdp_scores_what_the_headline_states(tmp_path):
    path = _write(tmp_path, "ucdp.csv", UCDP_CSV)

    def extract(text, published, source=None):
        if "Douma" in text:
            return {"events": [_event(event_type="Explosions/Remote violence",
                                      sub_event_type="Shelling/artillery/missile attack",
                                      actor1="Military Forces of Syria", date=published,
                                      location={"name": "Douma", "admin1": "Rif Dimashq",
                                                "latitude": 33.57, "longitude": 36.40},
                                      fatalities={"best": 3})]}
        return {"events": [_event(event_type="Battles", actor1="Islamic State",
                                  location={"name": "Idlib", "latitude": 35.93,
                                            "longitude": 36.63})]}

    [result] = evaluate_events([path], extract_fn=extract)
    m, n = result["metrics"], result["n_by_metric"]
    # Douma: state-based, right; Idlib: a battle with one side unknown = 1, gold 3; Harasta missed
    assert m["type_of_violence_accuracy"] == pytest.approx(1 / 3)
    assert n["type_of_violence_accuracy"] == 3
    # of the two found, one is right
    assert m["type_of_violence_found_accuracy"] == pytest.approx(1 / 2)
    assert n["type_of_violence_found_accuracy"] == 2
    # only the Douma headline has a number
    assert n["fatalities_exact"] == 1 and m["fatalities_exact"] == 1.0
    assert m["actor1_accuracy"] == 1.0  # via the map: Military Forces of Syria = Government
    assert "sub_event_type_accuracy" not in m
    assert (m["event_precision"], m["event_recall"]) == (1.0, 2 / 3)


def _one_ucdp_headline(tmp_path, headline: str, where: tuple, event: dict) -> tuple[dict, dict]:
    """Metrics and counts of one state-based UCDP headline (Government of Syria against the
    insurgents, at ``where`` = (place, admin1, lat, lon)) scored against one event."""
    place, admin1, lat, lon = where
    path = _write(tmp_path, "ucdp.csv", _csv([
        ["id", "type_of_violence", "side_a", "side_b", "source_headline", "source_date",
         "where_coordinates", "adm_1", "latitude", "longitude", "date_start", "best"],
        [1, 1, "Government of Syria", "Syrian insurgents", headline, "2016-01-02", place,
         admin1, lat, lon, "2016-01-02", 0],
    ]))

    def extract(text, published, source=None):
        return {"events": [_event(event_type="Explosions/Remote violence", **event)]}

    [result] = evaluate_events([path], extract_fn=extract)
    return result["metrics"], result["n_by_metric"]


def test_ucdp_sides_are_also_scored_where_the_headline_names_them(tmp_path):
    m, n = _one_ucdp_headline(
        tmp_path, "Regime forces shell Douma",
        ("Douma town", "Rif Dimashq Governorate", 33.57, 36.40),
        {"sub_event_type": "Shelling/artillery/missile attack",
         "actor1": "Military Forces of Syria",
         "location": {"name": "Douma", "country": "SY", "latitude": 33.57, "longitude": 36.40}},
    )  # fmt: skip
    assert m["actor1_named_accuracy"] == 1.0 and n["actor1_named_accuracy"] == 1
    assert "actor2_named_accuracy" not in m  # no name of the insurgents in the headline


def test_pipeline_failure_is_counted_not_raised(tmp_path):
    path = _write(tmp_path, "case.tsv", CASE_TSV)

    def extract(text, published, source=None):
        raise RuntimeError("boom")

    [result] = evaluate_events([path], extract_fn=extract, limit=1)
    assert len(result["failures"]) == 1
    assert "failed on 1 text" in format_events_table([result])


def test_actor_map_file_replaces_the_default(tmp_path):
    acled = _write(tmp_path, "acled.csv", ACLED_CSV)
    mapping = _write(tmp_path, "map.csv", "canonical,gold_name,dataset\nRussia,Military Forces "
                     "of Russia (2000-),acled\n")

    def extract(text, published, source=None):
        return {"events": [_event(actor1="Russia")]}

    [result] = evaluate_events([acled], extract_fn=extract, actor_map=mapping, limit=1)
    assert result["metrics"]["actor1_accuracy"] == 1.0


def test_ucdp_counts_a_secondary_party_in_its_ally_s_side(tmp_path):
    # UCDP codes Russia's air strikes in Syria in the Government of Syria's dyad
    m, n = _one_ucdp_headline(
        tmp_path, "Russian airstrikes hit Idlib city",
        ("Idlib town", "Idlib Governorate", 35.93, 36.63),
        {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia",
         "location": {"name": "Idlib", "country": "SY", "latitude": 35.93, "longitude": 36.63}},
    )  # fmt: skip
    assert m["actor1_accuracy"] == 1.0
    assert m["actor1_named_accuracy"] == 1.0 and n["actor1_named_accuracy"] == 1


def test_the_outlets_a_coder_read_reach_the_pipeline(tmp_path):
    # as a user's ingest knows the outlet, the evaluation passes the gold's: UCDP's
    # source_office, ACLED's source (the outlet's country is context, polemos.outlets)
    ucdp = _write(tmp_path, "ucdp.csv", _csv([
        ["id", "type_of_violence", "side_a", "side_b", "source_headline", "source_date",
         "source_office", "where_coordinates", "adm_1", "latitude", "longitude", "date_start",
         "best"],
        [1, 1, "Government of Syria", "Syrian insurgents", "Clashes in Barada valley",
         "2016-01-02", "SOHR;SOHR", "Wadi Barada area", "Rif Dimashq Governorate", 33.6, 36.2,
         "2016-01-02", 0],
    ]))
    acled = _write(tmp_path, "acled.csv", _csv([
        ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "notes",
         "source"],
        ["UKR1", "2022-05-08", "Battles", "Armed clash", "Military Forces of Russia (2000-)",
         "On 8 May 2022, fighting in Bilohorivka.", "Kyiv Independent"],
    ]))
    seen = []

    def extract(text, published, source=None):
        seen.append(source)
        return {"events": []}

    evaluate_events([ucdp, acled], extract_fn=extract)
    assert seen == ["SOHR;SOHR", "Kyiv Independent"]


def test_ucdp_places_are_scored_only_where_the_headline_names_the_gold_one(tmp_path):
    daraa = {"sub_event_type": "Shelling/artillery/missile attack",
             "location": {"name": "Daraa", "admin1": "Daraa", "latitude": 32.62,
                          "longitude": 36.10}}
    teir_maaleh = ("Teir Maaleh village", "Homs Governorate", 34.80, 36.71)
    # the headline names our place, not the gold event's: nothing to score
    m, n = _one_ucdp_headline(tmp_path, "Shells hit Daraa", teir_maaleh, daraa)
    assert "admin1_accuracy" not in n and "location_within_25km" not in n
    # it names the gold event's governorate: admin1 is scored, the point is not
    m, n = _one_ucdp_headline(tmp_path, "Shells hit Daraa and clashes in Homs countryside",
                              teir_maaleh, daraa)
    assert n["admin1_accuracy"] == 1 and m["admin1_accuracy"] == 0.0
    assert "location_within_25km" not in n
    # the gold place itself, in another transliteration: both are scored
    m, n = _one_ucdp_headline(tmp_path, "Shells hit Ter Maala", teir_maaleh, daraa)
    assert n["admin1_accuracy"] == 1 and n["location_within_25km"] == 1


# UCDP GED joins the headlines, dates and outlets of an event's several sources with ";"
UCDP_SOURCES_CSV = _csv([
    ["id", "type_of_violence", "side_a", "side_b", "source_headline", "source_date",
     "source_office", "where_coordinates", "adm_1", "latitude", "longitude", "date_start",
     "best"],
    [1, 2, "IS", "SDF",
     "Warplanes bomb Al-Raqqah city;63 were killed yesterday including 16 members of the "
     "&#8220;regime forces&#8221;", "2017-06-01;2017-06-02", "SOHR;SOHR", "Ar Raqqah town",
     "Ar Raqqah Governorate", 35.95, 39.01, "2017-06-01", 4],
    [2, 1, "Government of Syria", "Syrian insurgents", "Shelling on Douma;Shelling on Douma",
     "2016-01-02;2016-01-02", "SOHR;SN4HR", "Douma town", "Rif Dimashq Governorate", 33.57,
     36.40, "2016-01-02", 1],
    [3, 1, "Government of Syria", "Syrian insurgents", "Shelling on Harasta;more", "2016-01-02",
     "SOHR", "Harasta town", "Rif Dimashq Governorate", 33.56, 36.36, "2016-01-02", 1],
])


def test_ucdp_sources_joined_in_one_row_are_read_as_reports_of_their_own(tmp_path):
    gold = read_event_gold(_write(tmp_path, "ucdp.csv", UCDP_SOURCES_CSV))
    raqqa, douma, harasta = gold.texts
    # each headline with its own date and outlet; the ";" of a character reference joins
    # nothing
    assert raqqa.parts == (
        ("Warplanes bomb Al-Raqqah city", "2017-06-01", "SOHR"),
        ("63 were killed yesterday including 16 members of the “regime forces”", "2017-06-02",
         "SOHR"),
    )
    # the gold text itself is the row's, so splits and scores see the same texts as before
    assert raqqa.text.startswith("Warplanes bomb Al-Raqqah city;63")
    # two outlets with one headline: two reports, each its own outlet's
    assert [p[2] for p in douma.parts] == ["SOHR", "SN4HR"]
    # one date for two headlines: the lists do not align, so the row stays one text
    assert harasta.parts == ()


def test_ucdp_reports_of_one_text_are_extracted_apart_and_merged(tmp_path):
    path = _write(tmp_path, "ucdp.csv", UCDP_SOURCES_CSV)
    seen = []

    def extract(text, published, source=None):
        seen.append((text, published, source))
        if "Douma" in text:  # both outlets tell the same strike
            return {"events": [_event(
                event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack", date="2016-01-02",
                location={"name": "Douma", "country": "SY", "admin1": "Rif Dimashq",
                          "precision": "place", "latitude": 33.57, "longitude": 36.40},
                evidence={"sentence": "Shelling on Douma"})]}
        return {"events": []}

    [result] = evaluate_events([path], extract_fn=extract)
    assert ("63 were killed yesterday including 16 members of the “regime forces”",
            "2017-06-02", "SOHR") in seen
    assert ("Shelling on Douma", "2016-01-02", "SN4HR") in seen
    # the second outlet's report of the Douma shelling is merged into the first's
    assert result["n_by_metric"]["event_precision"] == 1
    assert result["metrics"]["event_recall"] == pytest.approx(1 / 3)


def test_case_codes_an_act_told_as_its_doer_s_claim_as_attribution(tmp_path):
    from polemos.events import TOLD_AS_CLAIM

    path = _write(tmp_path, "case.tsv", (
        "id\tEventSnippet\tSubType\n"
        "1\tIS claimed responsibility for a car bomb in Diyarbakir.\tATTRIB\n"
        "2\tA car bomb exploded in Diyarbakir.\tREM_EXPLOS\n"
    ))
    bomb = {"event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED"}

    def extract(text, published, source=None):
        told_as = {"told_as": TOLD_AS_CLAIM} if "claimed" in text else {}
        return {"events": [_event(**bomb, modality="claimed" if told_as else "reported",
                                  evidence=told_as)]}

    [result] = evaluate_events([path], extract_fn=extract)
    # both right: the claim is CASE's attribution (OTHER), the bare act its bomb
    assert result["metrics"]["sub_event_type_accuracy"] == 1.0
    assert result["metrics"]["other_f1"] == 1.0

