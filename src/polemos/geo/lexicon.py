"""Words the geo stage reads as context rather than as places.

Kept as plain data so a domain expert can extend it: demonyms give country context
("Syrian", "Iraqi"), level words fix the admin level of a toponym ("the Aleppo province"),
and the stop list keeps capitalised common words ("March", "Police") from being matched
as places when no NER entity says they are one.
"""

from __future__ import annotations

# demonym (lower case) -> ISO2 countries it points to. Peoples spread over several
# countries point to all of them: context, never a place.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "syrian": ("SY",), "syrians": ("SY",), "iraqi": ("IQ",), "iraqis": ("IQ",),
    "kurdish": ("IQ", "SY", "TR", "IR"), "kurd": ("IQ", "SY", "TR", "IR"),
    "kurds": ("IQ", "SY", "TR", "IR"), "turkish": ("TR",), "turk": ("TR",), "turks": ("TR",),
    # the peoples of South Sudan's communal wars ("clashes between Dinka and Nuer youths in
    # Bor" is Jonglei's Bor, not Serbia's) and of Rakhine
    "dinka": ("SS",), "nuer": ("SS", "ET"), "murle": ("SS",), "shilluk": ("SS",),
    "anyuak": ("SS", "ET"), "rohingya": ("MM", "BD"),
    # Europe's Roma ("attacked homes of Roma families in Ballymena"), the news's word for the
    # people far more often than Italy's for Rome: a people of every country, so no context
    "roma": (), "romani": (),
    "iranian": ("IR",), "iranians": ("IR",), "persian": ("IR",), "lebanese": ("LB",),
    "jordanian": ("JO",), "israeli": ("IL",), "israelis": ("IL",), "palestinian": ("PS",),
    "palestinians": ("PS",), "saudi": ("SA",), "saudis": ("SA",), "yemeni": ("YE",),
    "yemenis": ("YE",), "egyptian": ("EG",), "egyptians": ("EG",), "libyan": ("LY",),
    "libyans": ("LY",), "tunisian": ("TN",), "algerian": ("DZ",), "moroccan": ("MA",),
    "sudanese": ("SD",), "somali": ("SO",), "ethiopian": ("ET",), "eritrean": ("ER",),
    "kenyan": ("KE",), "nigerian": ("NG",), "nigerians": ("NG",), "malian": ("ML",),
    "nigerien": ("NE",), "burkinabe": ("BF",), "chadian": ("TD",), "cameroonian": ("CM",),
    "congolese": ("CD",), "ugandan": ("UG",), "rwandan": ("RW",), "burundian": ("BI",),
    "mozambican": ("MZ",), "south african": ("ZA",), "afghan": ("AF",), "afghans": ("AF",),
    "pakistani": ("PK",), "pakistanis": ("PK",), "indian": ("IN",), "bangladeshi": ("BD",),
    "burmese": ("MM",), "myanmar": ("MM",), "thai": ("TH",), "filipino": ("PH",),
    "indonesian": ("ID",), "chinese": ("CN",), "japanese": ("JP",), "korean": ("KR",),
    "koreans": ("KR",),
    "north korean": ("KP",), "south korean": ("KR",), "russian": ("RU",), "russians": ("RU",),
    "ukrainian": ("UA",), "ukrainians": ("UA",), "belarusian": ("BY",), "georgian": ("GE",),
    "armenian": ("AM",), "azerbaijani": ("AZ",), "azeri": ("AZ",), "american": ("US",),
    "americans": ("US",), "canadian": ("CA",), "mexican": ("MX",), "mexicans": ("MX",),
    "colombian": ("CO",), "venezuelan": ("VE",), "brazilian": ("BR",), "argentine": ("AR",),
    "argentinian": ("AR",), "chilean": ("CL",), "peruvian": ("PE",), "british": ("GB",),
    "english": ("GB",), "scottish": ("GB",), "welsh": ("GB",), "irish": ("IE",),
    "french": ("FR",), "german": ("DE",), "germans": ("DE",), "italian": ("IT",),
    "spanish": ("ES",), "portuguese": ("PT",), "dutch": ("NL",), "belgian": ("BE",),
    "swiss": ("CH",), "austrian": ("AT",), "polish": ("PL",), "czech": ("CZ",),
    "hungarian": ("HU",), "romanian": ("RO",), "bulgarian": ("BG",), "greek": ("GR",),
    "serbian": ("RS",), "croatian": ("HR",), "bosnian": ("BA",), "albanian": ("AL",),
    "swedish": ("SE",), "norwegian": ("NO",), "danish": ("DK",), "finnish": ("FI",),
    "australian": ("AU",), "qatari": ("QA",), "emirati": ("AE",), "kuwaiti": ("KW",),
    "bahraini": ("BH",), "omani": ("OM",), "haitian": ("HT",), "cuban": ("CU",),
    "sri lankan": ("LK",), "nepali": ("NP",), "nepalese": ("NP",), "vietnamese": ("VN",),
    "malaysian": ("MY",), "zimbabwean": ("ZW",), "ghanaian": ("GH",), "senegalese": ("SN",),
    "liberian": ("LR",), "israelite": ("IL",), "jamaican": ("JM",), "dominican": ("DO",),
    "south sudanese": ("SS",), "new zealander": ("NZ",), "uzbek": ("UZ",), "kazakh": ("KZ",),
    "tajik": ("TJ",), "kyrgyz": ("KG",), "turkmen": ("TM",), "mongolian": ("MN",),
}


def _country_demonyms() -> dict[str, tuple[str, ...]]:
    """The demonyms the actor data gives every country ("Salvadoran", "Slovak"), for those
    the list above lacks; acronyms ("UAE", "US") are names of places, not adjectives."""
    from polemos.resources import load_yaml

    found: dict[str, tuple[str, ...]] = {}
    for code, entry in load_yaml("demonyms.yaml").items():
        for word in (entry or {}).get("demonyms", []) if isinstance(entry, dict) else []:
            if not word.replace(".", "").isupper():
                found.setdefault(word.casefold(), (code,))
    return found


for _word, _codes in _country_demonyms().items():
    DEMONYMS.setdefault(_word, _codes)

# Where a name written with a hyphenated Arabic article ("al-Kharita", "ar-Rayhan") can be a
# place: the Arabic-speaking countries and their neighbours whose names the news transliterates
# from Arabic. Only a loose (skeleton) match is limited to them: "al-Kharita" is no Kanda in
# Japan that shares its consonants.
ARABIC_NAMING_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH "
    "IR TR AF PK IL TD ML NE NG ER ET SS".split()
)

# Where GeoNames splits one land the news names as one between two countries, the text's
# support for one is support for the other (at this share): "Israeli warplanes struck Gaza"
# is the Palestinian territories' Gaza, not Mozambique's province nor Israel's namesake
# subdistrict; a Moroccan report's places may lie in Western Sahara
LINKED_COUNTRIES: dict[str, tuple[str, ...]] = {
    "IL": ("PS",),
    "PS": ("IL",),
    "MA": ("EH",),
    "EH": ("MA",),
}
LINKED_SHARE = 1.0

# GeoNames records no news means by their names (geonameid -> why): never candidates
NOT_CANDIDATES: dict[int, str] = {
    # "Gaza", a second-level unit of Israel's Southern District with no population: the
    # Gaza Strip's land filed under Israel; "Gaza" and "Gaza City" are the Palestinian city
    7870269: "Gaza subdistrict of Israel",
}

# Words for a kind of unit that one country (or two) has: "Mariga LGA (Niger)" is in
# Nigeria's Niger State, "tambon Lahan" in Thailand. As context they point to the country,
# as a demonym does.
UNIT_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {
    "lga": ("NG", "AU"), "lgas": ("NG", "AU"), "tambon": ("TH",), "amphoe": ("TH",),
    "changwat": ("TH",), "woreda": ("ET",), "kebele": ("ET",), "payam": ("SS",),
    "upazila": ("BD",), "upazilla": ("BD",), "barangay": ("PH",), "tehsil": ("PK", "IN"),
    "taluk": ("IN",), "hromada": ("UA",), "kecamatan": ("ID",), "kabupaten": ("ID",),
    "regency": ("ID",), "voivodeship": ("PL",), "groupement": ("CD",),
}

# countries whose counties are their first-level units (GeoNames' admin1): Kenya's 47
# counties since 2013, Liberia's, Ireland's, Hungary's, Romania's, Croatia's, Estonia's,
# Sweden's, Norway's; elsewhere ("Orange County") a county is second-level
FIRST_LEVEL_COUNTIES: tuple[str, ...] = ("KE", "LR", "IE", "HU", "RO", "HR", "EE", "SE", "NO")

# the words that name a side of a place ("northern Quneitra", "Northern Nicosia")
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern".split()
)

# level word (lower case) -> the admin level it names
# None: a unit word whose level differs by country (a department is first-level in Colombia
# and El Salvador, second-level in France): it ends the name but says nothing of its level
LEVEL_WORDS: dict[str, str | None] = {
    "province": "admin1", "provinces": "admin1", "governorate": "admin1",
    "governorates": "admin1", "state": "admin1", "region": "admin1", "oblast": "admin1",
    "regions": "admin1", "oblasts": "admin1",
    "prefecture": "admin1", "wilayah": "admin1", "muhafazah": "admin1",
    "district": "admin2", "districts": "admin2", "county": "admin2", "counties": "admin2",
    "parish": "admin2", "subdistrict": "admin2", "municipality": "admin2", "raion": "admin2",
    "countryside": "admin2", "lga": "admin2", "regency": "admin2", "regencies": "admin2",
    "city": "place", "town": "place", "village": "place",
    "department": None, "departments": None,
}

# Words news capitalises that are place names somewhere ("March" in Germany, "Police" in
# Poland, "Mobile" in Alabama): not a toponym unless NER or a level word says so.
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those there here it its he she they we you i me my our their
    his her them us and or but if then so as at by for from in into of off on onto out
    over to up with without within under after before during since until while about
    above across against along among around behind below beneath beside between beyond
    near through throughout toward towards upon via
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr st sir lord lady president minister prime general colonel captain
    sergeant lieutenant major commander chief king queen prince princess sheikh imam pope
    sultan caesar emir tsar czar shah caliph
    god allah jesus christ bishop father mother police army navy air force forces
    government state states city county province district region village town news
    report reports reported said says told according also however meanwhile but yet still
    one two three four five six seven eight nine ten first second third last next new
    old north south east west northern southern eastern western central upper lower
    mobile reading bath most man young will union hope victory liberty independence
    justice peace freedom unity progress paradise eden success welcome friendship
    commerce enterprise industry opportunity harmony concord energy
    confederation federation alliance coalition congress assembly association colonia
    time day week month year today yesterday tomorrow morning evening night
    people men women children family home house school church court hospital center
    centre office department ministry council committee party group company club team
    university college street road avenue highway bridge airport station park square
    mount mountain river lake sea ocean island islands valley bay beach gulf
    west bank gaza strip
    all any some many much more less few several each every no not yes
    who what when where why how which
    is are was were be been being have has had do does did can could would should must
    might shall
    chairman director governor mayor senator representative spokesman spokeswoman
    official officials secretary ambassador judge
    black white red green blue brown gray grey golden silver
    christmas easter ramadan eid
    email phone facebook twitter
    """.split()
)

# Multi-word names that cover whole regions: kept as toponyms even though their words
# are in the stop list above.
KEEP_PHRASES: frozenset[str] = frozenset(
    {"west bank", "gaza strip", "gaza", "middle east", "north africa", "new york", "united states"}
)

# Extra names of admin units and countries the gazetteer sources lack, by GeoNames code:
# AP-style US state abbreviations ("Ky.", "Calif."), postal codes ("TX" in "Paris, TX"),
# common country names ("America", "Britain") and official names ("Seoul Special City").
# ACLED's names of admin-1 units are data: data/geo/admin1_names.tsv.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("America", "U.S.", "U.S.A.", "US", "USA", "United States of America", "the States"),
    "GB": ("Britain", "Great Britain", "U.K.", "UK"),
    "AE": ("U.A.E.", "UAE"),
    # wires write "Democratic Republic of Congo" without "the", and "Congo" alone for it as
    # often as for Congo-Brazzaville: both readings, for the text's places to choose
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo"),
    # "Ukrainians living in Korea": the South, as its papers and ACLED write it, not Koriya,
    # a district of Chhattisgarh (the North is named as such)
    "KR": ("South Korea", "Korea"),
    "KR.11": ("Seoul Special City", "Seoul City"),
    "IN.36": ("UP",),  # Uttar Pradesh, as Indian papers and ACLED write it
    "KP": ("North Korea",),
    "RU": ("Russia",),
    "IR": ("Iran", "Islamic Republic", "the Islamic Republic"),
    "NL": ("Holland",),
    "PS": ("Palestine", "Palestinian Territories"),
    "US.AL": ("Ala.", "AL"), "US.AK": ("AK",), "US.AZ": ("Ariz.", "AZ"),
    "US.AR": ("Ark.", "AR"), "US.CA": ("Calif.", "Cal.", "CA"), "US.CO": ("Colo.", "CO"),
    "US.CT": ("Conn.", "CT"), "US.DE": ("Del.", "DE"), "US.DC": ("D.C.", "DC"),
    "US.FL": ("Fla.", "FL"), "US.GA": ("Ga.", "GA"), "US.HI": ("HI",), "US.ID": ("ID",),
    "US.IL": ("Ill.", "IL"), "US.IN": ("Ind.", "IN"), "US.IA": ("IA",),
    "US.KS": ("Kan.", "Kans.", "KS"), "US.KY": ("Ky.", "KY"), "US.LA": ("La.", "LA"),
    "US.ME": ("ME",), "US.MD": ("Md.", "MD"), "US.MA": ("Mass.", "MA"),
    "US.MI": ("Mich.", "MI"), "US.MN": ("Minn.", "MN"), "US.MS": ("Miss.", "MS"),
    "US.MO": ("Mo.", "MO"), "US.MT": ("Mont.", "MT"), "US.NE": ("Neb.", "Nebr.", "NE"),
    "US.NV": ("Nev.", "NV"), "US.NH": ("N.H.", "NH"), "US.NJ": ("N.J.", "NJ"),
    "US.NM": ("N.M.", "N.Mex.", "NM"), "US.NY": ("N.Y.", "NY"), "US.NC": ("N.C.", "NC"),
    "US.ND": ("N.D.", "N.Dak.", "ND"), "US.OH": ("OH",), "US.OK": ("Okla.", "OK"),
    "US.OR": ("Ore.", "Oreg.", "OR"), "US.PA": ("Pa.", "Penn.", "PA"), "US.RI": ("R.I.", "RI"),
    "US.SC": ("S.C.", "SC"), "US.SD": ("S.D.", "S.Dak.", "SD"), "US.TN": ("Tenn.", "TN"),
    "US.TX": ("Tex.", "TX"), "US.UT": ("UT",), "US.VT": ("Vt.", "VT"), "US.VA": ("Va.", "VA"),
    "US.WA": ("Wash.", "WA"), "US.WV": ("W.Va.", "W. Va.", "WV"), "US.WI": ("Wis.", "Wisc.", "WI"),
    "US.WY": ("Wyo.", "WY"),
    # Canadian Press abbreviations of the provinces ("Man." is left out: a sentence's "man.")
    "CA.01": ("Alta.",), "CA.02": ("B.C.",), "CA.11": ("Sask.",), "CA.08": ("Ont.",),
    "CA.10": ("Que.",), "CA.07": ("N.S.",), "CA.04": ("N.B.",), "CA.09": ("P.E.I.", "PEI"),
    "CA.05": ("Nfld.", "N.L."), "CA.13": ("N.W.T.", "NWT"),
    # Australian states as their papers abbreviate them
    "AU.02": ("NSW",), "AU.04": ("Qld",),
    # Myanmar's states by the peoples' names the resistance and exile press write ("Karen
    # State", "Karenni", "Arakan"), which GeoNames' English names lack; "Karen" alone is a
    # people, not a place ("Karen villagers")
    "MM.05": ("Karen State",), "MM.06": ("Karenni State", "Karenni"),
    "MM.01": ("Arakan State", "Arakan"),
}

# A city that is an admin1 unit of its own, and the unit around it: "the countryside of
# Damascus" (Rif Dimashq, "rural Damascus") is not the Damascus governorate, which is the
# city. GeoNames admin1 codes.
COUNTRYSIDE_OF_CITY_UNIT: dict[str, str] = {
    "SY.13": "SY.08",  # Dimashq (the city) -> Rif Dimashq
    "YE.26": "YE.16",  # Amanat al Asimah (Sanaa city) -> Sanaa governorate
}

# Adjectives of a country's part, not of the whole country (lower case) -> the admin1 unit's
# GeoNames code: "the English city of Salisbury" is in England. As context they still
# point to the country (DEMONYMS).
UNIT_DEMONYMS: dict[str, str] = {
    "english": "GB.ENG", "scottish": "GB.SCT", "welsh": "GB.WLS", "texan": "US.TX",
    "californian": "US.CA", "floridian": "US.FL", "quebecois": "CA.10", "bavarian": "DE.02",
    "catalan": "ES.56", "sindhi": "PK.05",
}

# Adjectives of continents and regions (lower case) -> the region's name in data/geo/regions.tsv.
# Gold corpora mark "European", "Kurdish" as toponyms meaning the region.
REGION_DEMONYMS: dict[str, str] = {
    "european": "Europe", "african": "Africa", "asian": "Asia",
    "north american": "North America", "south american": "South America",
    "latin american": "South America", "central american": "Central America",
    "middle eastern": "Middle East", "mideast": "Middle East", "caribbean": "Caribbean",
    "kurdish": "Kurdistan", "abkhaz": "Abkhazia", "abkhazian": "Abkhazia",
    "south ossetian": "South Ossetia", "balkan": "Balkans", "scandinavian": "Scandinavia",
    "siberian": "Siberia", "mediterranean": "Mediterranean Sea", "atlantic": "Atlantic Ocean",
    "pacific": "Pacific Ocean", "arctic": "Arctic Ocean", "antarctic": "Antarctica",
    "sub-saharan": "Africa", "west african": "West Africa", "east african": "East Africa",
    "north african": "North Africa", "southeast asian": "Southeast Asia",
    "south asian": "South Asia", "central asian": "Central Asia", "east asian": "East Asia",
    "caucasian": "Caucasus", "levantine": "Levant", "sahelian": "Sahel",
}
