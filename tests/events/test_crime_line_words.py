"""The line between crime and political violence (the rules learnt from written set 76): a
killing over a plot of land or a debt by no one known, and a petty robbery that killed, are
crimes; a militia that forces traders to pay to pass levies them; a headline that blames a
side for a blast tells whose it was. The sentences here are written anew, not copied from
the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2024-08-12"

_types = partial(extraction.types_of, published=PUBLISHED)


def test_a_killing_over_a_plot_of_land_is_a_crime():
    assert _types("Farmer shot dead in row over plot of land in Nakuru; cousin arrested") == []


def test_a_killing_over_unpaid_debts_is_a_crime():
    types = _types(
        "A trader was shot dead by a gunman outside his shop in Davao on Monday in what police "
        "believe was a dispute over unpaid debts."
    )
    assert types == []


def test_a_petty_robbery_that_killed_is_a_crime():
    types = _types(
        "Gunmen robbed commuters on a bus of their phones and cash near Soweto on Friday, "
        "shooting dead a man who refused, police said."
    )
    assert types == []


def test_a_land_feud_between_two_named_sides_stays_political_violence():
    types = _types(
        "Fulani herders and Tiv farmers clashed over a dispute over land in Guma, leaving "
        "seven dead, police said."
    )
    assert types and types[0] != "OTHER"


def test_a_militia_forcing_traders_to_pay_to_pass_levies_them():
    types = _types(
        "Raia Mutomboki militiamen force drivers and traders to pay up to 3,000 Congolese "
        "francs to pass their barrier near Shabunda, residents said."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_a_headline_blaming_a_side_for_a_blast_tells_whose_it_was():
    assert _types("Kabul blames ISIS-K for blast that killed 12 at Kunduz mosque") == []
