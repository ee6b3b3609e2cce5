"""Is a trigger a fact, a claim, a denial, a speculation, or history?

"many civilians who attempt to flee will be shot" is a speculation, not an
event; "The Syrian Arab Army claims to have recaptured ..." is a claim by the
SAA; "In a press release, US forces stated ..." attributes the report to US
forces. Cues come from the dependency parse when the sentence was parsed and
from the words around the trigger otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from polemos.article import ActorMention

MODALS = {"will", "would", "could", "might", "may", "shall", "should", "can", "must", "wo", "'ll"}
# verbs and adjectives under which an event is not (yet) real
NON_FACTIVE = {
    "likely",
    "unlikely",
    "expect",
    "anticipate",  # "observers anticipate an escalation of terrorist attacks"
    "predict",
    "plan",
    "threaten",
    "aim",
    "hope",
    "intend",
    "want",
    "vow",
    "seek",
    "prepare",
    "fear",
    "warn",
    "possible",
    "probable",
    "easy",
    "easier",
    "able",
    "try",
    "attempt",
    "think",
    "nice",
    "prevent",
    "avoid",
    "stop",
    "imagine",
    "risk",
    "wish",
    # "mercenaries who are paid to kill", "ordered the deployment ... to arrest the
    # perpetrators", "efforts are on to rescue the victims": a purpose, not an act
    "pay",
    "order",
    "effort",
    "urge",
    "appeal",  # "appealed to both sides to respect the truce"
    "pledge",
    "promise",
}


def _inflections(base: str) -> set[str]:
    """A word's regular inflections (and a few too many, which match nothing)."""
    stems = {base, base[:-1] if base.endswith("e") else base}
    if len(base) > 2 and base[-1] not in "aeiouwy" and base[-2] in "aeiou":
        stems.add(base + base[-1])  # plan -> planned, stop -> stopping
    forms = {base, base + "s", base + "es"}
    for stem in stems:
        forms |= {stem + "ed", stem + "ing"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}  # try -> tries, tried
    return forms


# every form of them: the pipeline runs spaCy without its tagger and lemmatizer (a third of
# its time), so words are matched by their forms, not by their lemma
NON_FACTIVE_FORMS = frozenset(
    {form for word in NON_FACTIVE for form in _inflections(word)} | {"sought", "thought", "paid"}
)
CONDITIONAL_MARKS = {"if", "once", "unless", "whether", "until"}
DENIAL_VERBS = {"deny", "denied", "denies", "reject", "refute", "dismiss"}

# case-sensitive on purpose: "May" is a month, "may" a modal; sentence-initial capitals listed
_WINDOW_SPECULATIVE = re.compile(
    r"\b(?:will|would|could|might|may|shall|should|likely|unlikely|if|once|unless|"
    r"Will|Would|Could|Might|If|Once|Unless|Should|"
    r"expected to|threaten(?:s|ed)? to|plan(?:s|ned)? to|vow(?:s|ed)? to)\b(?:\s+\S+){0,3}\s*$|"
    # "launched an offensive to retake Mosul", "the campaign to liberate the city", "its
    # capacity to attack the United States": what an undertaking is for, not done yet
    # (not "in a bid to disperse the crowd": what the bid names is often done there and then)
    r"\b(?:operations?|offensives?|campaigns?|missions?|capacity|capability|ability|"
    r"plot(?:s|ting)?)\s+to\s*$|"
    # "He didn't want him to get shot": a wish, no act
    r"\b(?:want|wants|wanted|wish|wished|wishes)\s+(?:\S+\s+)?to\b(?:\s+\S+){0,2}\s*$|"
    # "a gang initiation is supposedly going to take place involving the killing of"
    r"\b(?:going\s+to|supposedly|supposed\s+to)\b(?:\s+\S+){0,5}\s*$|"
    # "was bundled into a police van hours before he was due to address a rally": his
    # rally was yet to be (not "the delay was due to protests": a cause)
    r"\b(?:is|are|was|were)\s+(?:due|scheduled|set)\s+to\s+(?:address|attend|hold|lead|join|"
    r"speak|stage|take\s+part|begin|start)\b(?:\s+\S+){0,3}\s*$|"
    # "the BNP called a nationwide general strike for Sunday", "Unions called a 10th day of
    # nationwide strikes": one to come
    r"\bcall(?:s|ed)?(?:\s+for)?\s+(?:an?|another)\b(?:\s+\S+){0,6}\s*$|"
    # "The opposition called for nationwide protests next week"
    r"\bcall(?:s|ed|ing)?\s+for\s+(?:(?!and\b|but\b|then\b)[\w-]+\s+){0,3}$|"
    # "called on both sides to agree to an immediate ceasefire": what is asked for
    r"\bcall(?:s|ed|ing)?\s+(?:on|upon)\b(?:\s+\S+){0,8}?\s+to\b(?:\s+\S+){0,3}\s*$"
)
# what the act named as a subject is yet to do: "The truce is due to take effect on Monday",
# "the ceasefire will come into force"
_TO_COME_AFTER = re.compile(
    r"[\w-]+\s+(?:[\w-]+\s+){0,2}?(?:(?:is|are)\s+(?:due|set|scheduled)\s+to|will)\s+"
    r"(?:take\s+effect|come\s+into\s+(?:force|effect)|begin|start)\b",
    re.IGNORECASE,
)
# "agreed a bilateral ceasefire that will begin on October 1": the deal is made, what is to
# come is the truce it sets (not "the ceasefire will come into force": nothing agreed is told)
_AGREED_BEFORE = re.compile(
    r"\b(?:agreed|signed|reached|struck|brokered|inked|sealed|concluded|clinched)\s+"
    r"(?:(?:to|on|upon)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "the march planned for Saturday had been cancelled": one that never took place
_CALLED_OFF_AFTER = re.compile(
    r"[\w-]+(?:\s+(?!and\b|but\b)[\w-]+){0,5}?\s+(?:(?:had|has|have)\s+been|was|were)\s+"
    r"(?:cancell?ed|called\s+off|postponed|banned|prevented)\b",
    re.IGNORECASE,
)
_SENTENCE_SPECULATIVE = re.compile(
    r"^\s*(?:it is|it's|it was)\s+(?:also\s+)?(?:likely|possible|probable|expected|feared)\b|"
    # "A rumor spread across Northeast Texas ... warning people": hearsay of what may be
    r"^\s*(?:an?|the)\s+(?:[\w-]+\s+)?rumou?rs?\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|denied|denies|deny)\b(?!\s+(?:fewer|less|more)\b)(?:\s+\S+){0,2}"
    # "No security personnel were injured", "Nobody was killed": the harmed are none
    r"|\b(?:no|nobody|none)\b(?!\s+(?:fewer|less|more)\b)(?:\s+[\w-]+){0,3}\s+"
    r"(?:were|was|(?:has|have|had)\s+been)"
    # "Russia denied its planes were responsible for air strikes": the doer denies it
    r"|\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:was|were|is|are|had\s+been)"
    r"\s+(?:\w+\s+)?responsible\s+for(?:\s+\S+){0,2}"
    # "rejected accusations by Amnesty International that its troops killed civilians"
    r"|\b(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing|denied|denies|denying|"
    r"refuted|refutes|refuting)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:accusations?|allegations?|"
    r"claims?|reports?|charges?|suggestions?)\b[^.;]{0,60}?\bthat(?:\s+\S+){0,4})\s*$",
    re.IGNORECASE,
)

ATTRIBUTION_VERBS = (
    "said|says|say|stated|states|claimed|claims|claim|reported|reports|announced|announces|"
    "confirmed|confirms|added|told|alleged|alleges|accused|accuses|insisted|boasted|tweeted|"
    "posted|declared|noted|wrote|denied|denies|"
    # "The Taliban took credit for an ambush": a claim
    r"took\s+credit|takes\s+credit|take\s+credit|owned\s+up|owns\s+up|"
    # ... "New IRA admits responsibility for Derry courthouse car bomb"
    r"admit(?:s|ted)?\s+responsibility|accept(?:s|ed)?\s+responsibility|"
    # ... "the BLA issued a statement taking responsibility for the coordinated attacks"
    r"issued\s+a\s+statement\s+(?:taking|claiming)\s+(?:responsibility|credit)"
)
_SOURCE_VERB = re.compile(
    # ("Islamic State on Friday claimed", "Police on Monday said": the day between)
    r"^\s*(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?"
    rf"(?:also\s+|has\s+|have\s+|had\s+)?(?P<verb>{ATTRIBUTION_VERBS})\b"
    # "a man accused of blasphemy", "a soldier reported missing": a participle, no speaker
    r"(?!\s+(?:of|missing|dead|killed|wounded)\b)",
    re.I,
)
_DOCUMENT_AFTER = re.compile(
    r"^\s+(?:report|statement|sources?|records?)"
    r"(?:\s+(?:seen|obtained|reviewed)\s+by\s+(?:[\w.]+\s+){0,2}?[\w.]+)?(?=\s+\w)"
)
_RELATIVE_ASIDE = re.compile(
    r"^\s*,\s*(?:(?:which|who)\b[^,;.]{1,90}|(?:the|a|an|one\s+of)\s+[^,;.\"“]{1,60}),"
)
OUTLET_AFTER = re.compile(
    r"^-(?:run|owned|controlled|affiliated|backed|aligned|operated)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:TV|television|radio|channel|agency|news\s+agency|newspaper|media|outlet|website)\b",
    re.IGNORECASE,
)
_WHOSE_PLACE_AFTER = re.compile(
    r"^\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # "The People's Defense Force in Depayin township said"
    r"(?:\s+(?:township|district|province|state|region|county|village|town|city|area))?"
    r"(?=\s*,|\s+\w+\b)"
)
_INITIALS_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z-]{1,9})\)")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]+[a-z]?|[a-z][A-Z]+)[A-Z]*")
# "The British military's United Kingdom Maritime Trade Operations centre said", "the army's
# media wing said", "Hamas' armed wing said": a body of the actor speaks for it
_OWN_BODY_AFTER = re.compile(
    r"^['’]s?\s+(?:[A-Z][\w-]*\s+){0,6}"
    r"(?:(?:media|press|information|public\s+relations|armed|military)\s+)?"
    # ("the U.S. military's Central Command said")
    r"(?i:centre|center|command|agency|office|unit|service|wing|branch|department|directorate)"
    r"(?=\s)"
)
_MEMBERS_SPEAKING_AFTER = re.compile(
    r"^\s+(?:fighters|militants|members|rebels|commanders|officials|leaders|insurgents|"
    # "TTP faction claims responsibility": a part of the group speaks for it
    r"factions?|splinter\s+group|offshoot|affiliate|"
    # "The Ansar al-Sunna group claimed": its name with the word of its kind after it
    r"(?i:group|brigades?|battalions?|movement|organi[sz]ation|front|network|outfit))(?=\s)"
)
_SPOKESPERSON_END = re.compile(r"spokes(?:man|woman|person)$", re.I)
_SPOKESPERSON_AFTER = re.compile(
    r"^\s+spokes(?:man|woman|person)(?:\s+(?:Maj(?:or)?|Gen(?:eral)?|Lt|Col(?:onel)?|Brig(?:adier)?|"
    r"Capt(?:ain)?|Major\s+General)\.?)*(?:\s+[A-Z][\w'’.-]+){0,4},?(?=\s+[a-z])"
)
_PERSON_NAME = re.compile(r"^\s+(?:[A-Z][\w'’.-]+\s+){1,4}(?:,\s*)?")
_ACCORDING_TO = re.compile(
    r"\baccording to\s+(?P<source>(?:the\s+)?[\w'’ -]{2,60}?)(?=[,.;]|$)", re.I
)
_CHANNEL = re.compile(
    r"\b(?:in|via|through)\s+a\s+(?P<channel>press release|statement|communiqu[eé]|"
    r"video|post|tweet|press conference|briefing)\b",
    re.IGNORECASE,
)
# sources that report rather than fight: their word makes a report, not a claim
REPORTERS = {
    "officials",
    "an official",
    "a local official",
    "local officials",
    "health officials",
    "the health ministry",
    "the governor",
    "the regional governor",
    "the provincial governor",
    "the mayor",
    "a governor",
    "a spokesman",
    "monitors",
    "activists",
    "residents",
    "witnesses",
    "state media",
    "local media",
    "sources",
    "medics",
    "doctors",
    "police",
    "the un",
    "the united nations",
    "human rights watch",
    "amnesty international",
    "the monitor",
    "syrian observatory for human rights",
    "the syrian observatory for human rights",
    "the observatory",
    "sohr",
    "reuters",
    "afp",
    "ap",
    "sana",
    "al jazeera",
}


@dataclass
class Attribution:
    source: str
    verb: str
    channel: str | None
    party: bool  # the source is a side of the conflict: its word is a claim
    category: str | None = None  # the source's actor category, when it is an actor

    def as_dict(self) -> dict[str, str | None]:
        return {"source": self.source, "verb": self.verb, "channel": self.channel}


def speculative(
    sentence: str,
    trigger_start: int,
    parse: Any | None,
    attempt_is_act: bool = False,
    stopping_is_act: bool = False,
    demand_is_act: bool = False,
) -> str | None:
    """The cue that makes the event at ``trigger_start`` (offset in the sentence) not real.

    ``attempt_is_act``: an attempt at this act is an act ("an attempt to assassinate a
    commander": ACLED codes the attack whether or not it killed). ``stopping_is_act``: the
    act is the stopping ("police stopped a torch rally with tear gas shells": the rally
    met, and its dispersal is what the trigger tells). ``demand_is_act``: the act is the
    demand ("Gunmen ordered residents to pay a 'protection levy'": extortion)."""
    if _SENTENCE_SPECULATIVE.search(sentence):
        return "sentence: it is likely/possible"
    to_come = _TO_COME_AFTER.match(sentence, trigger_start)
    if to_come and _AGREED_BEFORE.search(sentence, 0, trigger_start):
        to_come = None
    to_come = to_come or _CALLED_OFF_AFTER.match(sentence, trigger_start)
    if to_come:
        return f"words after: {to_come.group().strip()!r}"  # "The truce is due to take effect"
    before = sentence[:trigger_start]
    clause = re.split(r"[;:]|,\s+(?:and|but)\b", before)[-1]
    window = _WINDOW_SPECULATIVE.search(clause)
    if window and demand_is_act and window.group().strip().casefold().startswith("call"):
        # "has called a general mobilisation": the call is the act, not one to come
        window = None
    if window:
        return f"words: {window.group().strip()!r}"
    if parse is not None:
        return _parse_cue(parse, trigger_start, attempt_is_act, stopping_is_act, demand_is_act)
    return None


def _token_at(parse: Any, offset: int) -> Any | None:
    for token in parse:
        if token.idx <= offset < token.idx + len(token.text) + 1:
            return token
    return None


PRESUPPOSING_PREPOSITIONS = frozenset({"after", "since", "following"})
# the marks of a clause that tells when ("as thousands rally", "while police watched")
TIME_MARKS = frozenset({"as", "while", "when"})
ATTEMPT_FORMS = frozenset(_inflections("attempt") | _inflections("try"))
STOPPING_FORMS = frozenset(_inflections("stop") | _inflections("prevent"))
DEMAND_FORMS = frozenset(_inflections("pay") | _inflections("order") | {"paid"})


def _wanted_infinitive(token: Any) -> bool:
    """Is the clause an infinitive ("the army to launch") a non-factive verb governs?"""
    return token.head.lower_ in NON_FACTIVE_FORMS and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in token.children
    )


def _parse_cue(
    parse: Any,
    trigger_start: int,
    attempt_is_act: bool = False,
    stopping_is_act: bool = False,
    demand_is_act: bool = False,
) -> str | None:
    token = _token_at(parse, trigger_start)
    hops = 0
    # "Heavy clashes near Palmyra and IS seeks to advance": the event is the subject of the
    # wanting verb (a headline's run-on parse), not what is wanted
    subject = False
    # the act itself when it is joined to the verb above it: "Gunmen stopped a bus and shot
    # dead nine men", "stopped a bus, killing 10" tell the act beside the stopping, not
    # stopped by it ("stopped them from entering" is the verb's complement; "to rescue" is
    # a purpose)
    beside = token is not None and (
        token.dep_ == "conj"
        or token.dep_ == "advcl" and not any(c.lower_ == "to" for c in token.children)
        # "stopped a minibus ..., then stoned and burned 13 of them to death": the next act,
        # which the parser may leave hanging ("dep") from the stopping, "then" right before it
        or token.dep_ == "dep"
        and token.head.i < token.i
        and any(t.lower_ == "then" for t in token.doc[max(0, token.i - 2) : token.i + 1])
    )
    while token is not None and hops < 4:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return f"parse: {child.text} {token.text}"
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return f"parse: {child.text} ... {token.text}"
        if (
            token.lower_ in NON_FACTIVE_FORMS
            and hops > 0
            and not subject
            and not (attempt_is_act and token.lower_ in ATTEMPT_FORMS)
            and not (stopping_is_act and token.lower_ in STOPPING_FORMS)
            and not (demand_is_act and token.lower_ in DEMAND_FORMS)
            and not beside
        ):
            return f"parse: under {token.text!r}"
        # "seek to advance after shelling it": what happened before another act is told as
        # a fact, whatever is wanted of the other
        if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ in PRESUPPOSING_PREPOSITIONS:
            break
        # a reported clause ("said that X killed") keeps its own modality
        if token.dep_ in {"ccomp", "ROOT"} or token.head is token:
            # ... unless it is the infinitive a non-factive verb governs, clause subject and
            # all: "Analysts expect the army to launch an offensive"
            if token.dep_ == "ccomp" and _wanted_infinitive(token):
                subject = False
                beside = False
                token = token.head
                hops += 1
                continue
            if token.dep_ == "ccomp":
                for child in token.children:
                    if child.dep_ == "aux" and child.lower_ in MODALS:
                        return f"parse: {child.text} {token.text}"
            break
        if (
            hops == 0
            and token.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children)
            and any(c.dep_ == "nsubj" for c in token.children)
        ):
            # "Opposition vows to 'fight to the end' as thousands rally in Dhaka": a clause of
            # its own subject and time, told as a fact beside the vow it hangs from
            return None
        subject = subject or token.dep_ == "nsubj"
        # a chain of conjuncts ("stopped a bus, checked the cards and shot") stays beside
        beside = beside and (hops == 0 or token.dep_ == "conj")
        token = token.head
        hops += 1
    return None


def long_ago(sentence: str, trigger_start: int) -> str | None:
    """The words after the trigger, in its clause, that put the act in an era long past
    ("the killing of hundreds of people during the second intifada", "arrested in France
    during World War Two", "protests that ignited the conflict seven years ago"), else the
    words right before it that do ("months after clashes", "last year's offensive"), else
    the era the sentence opens on ("Ten years ago, ...")."""
    if _RELATIVE_BEFORE.search(sentence, max(0, trigger_start - 30), trigger_start):
        # the trigger inside a relative clause ("prisoners who were detained decades ago"):
        # what it says of someone named is left to the act it is told beside
        return None
    stop = _CLAUSE_END.search(sentence, trigger_start)
    end = stop.start() if stop else len(sentence)
    # "... demanded care for their family members who were detained decades ago": someone's
    # past, told in a clause of their own
    who = _WHO.search(sentence, trigger_start, end)
    match = _LONG_AGO.search(sentence, trigger_start, who.start() if who else end)
    if match is None:
        # "The meeting came months after clashes between their forces", "during last year's
        # offensive": the act is the time that the news is told from
        match = _LONG_AGO_BEFORE.search(sentence, max(0, trigger_start - 60), trigger_start)
    if match is None:
        # "Ten years ago, a gunman entered his church in Fort Worth and killed seven people":
        # a sentence that opens on its era tells every act in it then
        match = _OPENS_YEARS_AGO.match(sentence, 0, trigger_start)
    return f"words: {match.group()!r}" if match else None


# the dead summed by _HABITUAL's "killed since October", and a trigger that is a death itself
_SUMMED_DEAD = re.compile(r"(?:killed|wounded|injured|slain|died)\s")
_DEATH_WORD = re.compile(
    r"(?:kill|martyr|slain|slay|die|died|dead|death|wound|injur|murder|execut|shot)", re.I
)
# the dead named as what an act is for or of: "justice for activists", "families of those"
_DEAD_NAMED_FOR = re.compile(
    r"\b(?:for|of|to|honou?r\w*|mourn\w*|remember\w*|commemorat\w*)\s+(?:the\s+|those\s+|all\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.](?:\s|$)")
_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:who|which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$"
)
# a year before 1989: 1000-1988
_YEAR_LONG_PAST = r"(?:1[0-8]\d\d|19[0-7]\d|198[0-8])"
_LONG_AGO = re.compile(
    r"\bduring\s+(?:the\s+)?(?:(?:first|second)\s+intifada|World\s+War\s+(?:I|II|One|Two|1|2)\b|"
    r"(?:First|Second)\s+World\s+War|Holocaust|Cold\s+War|Vietnam\s+War|Korean\s+War|"
    r"apartheid\s+era|apartheid|Troubles|Nazi\s+occupation)|"
    # "captured from Syria during the 1967 Six-Day War", "in the first Gulf War"
    r"\b(?:during|in)\s+(?:the\s+)?(?:19\d\d\s+)?(?:(?:first|second)\s+)?(?:Gulf\s+War|"
    r"Six-Day\s+War|Six\s+Day\s+War|Yom\s+Kippur\s+War|Iran-Iraq\s+War|Falklands\s+War|"
    r"Spanish\s+Civil\s+War|Biafran\s+War|Soviet[- ]Afghan\s+War)\b|"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|several|many)\s+(?:years|decades)\s+ago\b|\bdecades\s+ago\b|"
    # "the Jallianwala Bagh massacre of 1919": a year before any conflict data set's first
    # (UCDP GED's is 1989), whatever the article's date, or when it has none
    rf"\b(?:of|in)\s+(?:(?:early|late|mid)[- ])?{_YEAR_LONG_PAST}\b",
    re.IGNORECASE,
)
_LONG_AGO_BEFORE = re.compile(
    r"\b(?:(?:weeks|months|years|decades)\s+after|a\s+year\s+after|(?:last|previous)\s+year['’]s)"
    r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$|"
    # "the 1921 Tulsa race massacre", "the 1985 Air India bombing" (not "1950 civilians were
    # killed", a count)
    # ... and the act a clause on it tells ("The 1982 Hama massacre, in which government
    # troops killed thousands")
    rf"\b{_YEAR_LONG_PAST}(?:['’]s)?\s+(?!(?:people|persons|civilians|soldiers|troops|fighters|"
    r"militants|men|women|children|residents|villagers|families|homes|houses|refugees|"
    r"migrants)\b)(?:[\w-]+\s+){0,3}(?:[\w-]+,?\s+(?:in\s+which|when|where)\s+"
    r"(?:[\w-]+\s+){0,4})?$",
    re.IGNORECASE,
)
_OPENS_YEARS_AGO = re.compile(
    r"\W*(?:(?:some|about|nearly|almost|more\s+than|over|just|exactly)\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|several|many|a\s+few)\s+(?:years|decades)|a\s+(?:year|decade)|"
    r"years|decades)\s+ago\b",
    re.IGNORECASE,
)


# a relative clause on the place, between the act and the habit's words
_WHERE_CLAUSE = re.compile(r",\s+where\b", re.IGNORECASE)
_WILL_DO_AGAIN = re.compile(
    r"\b(?:would|will|plan(?:s|ned)?\s+to|vow(?:s|ed)?\s+to|promis(?:es|ed)\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def habitual(sentence: str, trigger_start: int) -> str | None:
    """The cue that makes the event a habit, not one event ("shells and barrel bombs have
    fallen almost every day", "every time there's shelling near the library"): ACLED and UCDP
    code events, not how often things happen."""
    start = max(sentence.rfind(";", 0, trigger_start), 0)
    end = sentence.find(";", trigger_start)
    match = _HABITUAL.search(sentence, start, end if end >= 0 else len(sentence))
    if (
        match is not None
        and trigger_start < match.start()
        and _AS_THEY_HAVE.search(sentence, max(0, match.start() - 40), match.start())
    ):
        # "pensioners gathered on Monday, as they have every week": this week's is one event
        match = None
    if (
        match is not None
        and trigger_start < match.start()
        and _WHERE_CLAUSE.search(sentence, trigger_start, match.start())
    ):
        # "clashed for a fifth day on the edge of Falam, where the garrison has been encircled
        # since November": the siege's months, told of the place; the clash is one event
        match = None
    if (
        match is not None
        and trigger_start < match.start()
        and _WILL_DO_AGAIN.search(sentence, max(trigger_start, match.start() - 40), match.start())
    ):
        # "gathered on Monday ..., and organisers said they would return every day": the habit
        # is the crowd's plan; Monday's gathering is one event
        match = None
    if (
        match is not None
        and trigger_start < match.start()
        and _SUMMED_DEAD.match(match.group())
        and _DEAD_NAMED_FOR.search(sentence, max(0, match.start() - 40), match.start())
        and not _DEATH_WORD.match(sentence, trigger_start)
    ):
        # "rallied ... to demand justice for activists killed since 2019": the dead the act
        # is for, summed in a phrase of their own; the rally is one event (a death told
        # before them is one of the sum: "had been martyred", the phrase it uses "for
        # fighters killed by Israeli fire since October")
        match = None
    if match is None:
        nth = _NTH_KILLED.search(sentence, start, end if end >= 0 else len(sentence))
        if nth is not None and not (
            trigger_start < nth.start() and _CLAUSE_END.search(sentence, trigger_start, nth.start())
        ):
            match = nth
    if match is None and _PERFECT_BEFORE.search(sentence, 0, trigger_start):
        match = _OVER_YEARS.search(sentence, start, end if end >= 0 else len(sentence))
        if (
            match is not None
            and match.end() <= trigger_start
            and _RELATIVE.search(sentence, start, match.start())
            and "," in sentence[match.end() : trigger_start]
        ):
            # "Vuhledar, the town that withstood Russian assaults for more than two years, has
            # fallen": the years of an aside on the subject, closed before the act
            match = None
        elif (
            match is not None
            and match.start() > trigger_start
            and (
                _RELATIVE.search(sentence, trigger_start, match.start())
                or _HELD_BY.search(sentence, trigger_start, match.start())
            )
        ):
            # "troops have recaptured the town from insurgents who had held it for two years":
            # the years of a relative clause after the act, on what someone else did (also
            # one without its pronoun: "Budha Pahad, the hilltop ... held by Maoists for over
            # three decades")
            match = None
    if match is None:
        # "Armed gangs have for years terrorised villages ..., kidnapping residents for ransom"
        match = _PERFECT_FOR_YEARS.search(sentence, start, trigger_start)
    # the perfect of the trigger's own clause: the trigger itself ("that has seized ...") or a
    # verb after it with no relative clause between ("Fighting ... has displaced"; not "a
    # protest ... against the city's clinic, that has been closed since March 2020")
    if match is None:
        # "The conflict has killed more than 6,000 people": a war's sum
        match = _WAR_SUMMED.match(sentence)
    perfect = next(
        (
            p
            for p in _PERFECT.finditer(sentence, start, end if end >= 0 else len(sentence))
            if p.start() <= trigger_start < p.end()
            or (
                p.start() > trigger_start
                and not _RELATIVE.search(sentence, trigger_start, p.start())
                and not _WHERE_CLAUSE.search(sentence, trigger_start, p.start())
                # "demanding the return of farmlands they said have been occupied by herdsmen
                # since 2016": a clause of its own, its relative pronoun left out
                and not _SAID_BEFORE.search(sentence, max(0, p.start() - 30), p.start())
                # ... as in "raised the national flag over the council building the rebels had
                # occupied for months": the holding of the place the act took back
                and not _PLACE_AND_HOLDER_BEFORE.search(
                    sentence, max(0, p.start() - 60), p.start()
                )
            )
            # "The Gran Grif gang has been blamed for attacks since 2022, including the killing
            # of dozens" (not "a young man that has been missing since May marched")
            or (
                p.end() <= trigger_start
                and not _RELATIVE.search(sentence, max(0, p.start() - 12), p.start())
                and not _RELATIVE.search(sentence, p.end(), trigger_start)
                and not _WHEN.search(sentence, p.end(), trigger_start)
            )
        ),
        None,
    )
    if match is None:
        # "... since the offensive began on Wednesday": a time the words are counted from
        match = next(
            (
                m
                for m in _SINCE_MONTHS.finditer(sentence, start, end if end >= 0 else len(sentence))
                if m.start() <= trigger_start < m.end()
            ),
            None,
        )
    if (
        match is None
        and perfect is not None
        and perfect.start() <= trigger_start
        and _DESCRIBING_BEFORE.search(sentence, max(0, perfect.start() - 12), perfect.start())
    ):
        # "the Jalisco New Generation Cartel, ..., which has fought the Sinaloa cartel for
        # control of drug routes": an aside on what a group has done, not the news
        match = perfect
    if match is None and perfect is not None:
        # "Fighting in El Fasher has displaced more than 130,000 people since May": a sum
        # since a month or a year, no one event ("has retaken the town, which IS had held
        # since 2014" is one)
        stop = end if end >= 0 else len(sentence)
        # "Since then it has seized more than a dozen outposts": counted from before
        before = _SINCE_MONTHS.search(sentence, start, perfect.start())
        if before is not None and _SUBJECT_BETWEEN.fullmatch(
            sentence, before.end(), perfect.start()
        ):
            match = before
        # "Fighting has intensified in recent weeks": a trend over weeks, no one event
        for span in (_SINCE_MONTHS, _OVER_YEARS):
            if match is not None:
                break
            since = span.search(sentence, perfect.end(), stop)
            if since is not None and (
                not _ANOTHER_CLAUSE.search(sentence, perfect.end(), since.start())
                # "The RSF has been besieging El Fasher, the last major city ..., since May"
                or _APPOSITIVE_BETWEEN.fullmatch(sentence, perfect.end(), since.start())
            ):
                match = since
                break
    return f"words: {match.group()!r}" if match else None


# lower case: "Syria Daily Report", "the Daily Star" are titles
# "as they have every week": the habit this one act is compared with
_AS_THEY_HAVE = re.compile(
    r"\b(?:as|like)\s+(?:[\w'’-]+\s+){1,3}(?:have|has|had|do|does|did)\s+(?:done\s+)?$",
    re.IGNORECASE,
)
_HABITUAL = re.compile(
    r"\b(?:(?:[Aa]lmost|[Nn]early)\s+)?[Ee]very\s+(?:single\s+)?(?:day|night|week|time)\b|"
    # "daily shelling", "shelled daily" ("the highest daily death toll", "their daily efforts
    # ... resume their attack" tell one day's)
    r"\bdaily\s+(?:shelling|attacks|raids|bombardments?|strikes|airstrikes|air\s+strikes|"
    r"clashes|fighting|basis|violations|breaches)\b|"
    r"\b(?:shelled|bombed|attacked|struck|targeted|hit|raided|pounded)\s+(?:\w+\s+)?daily\b|"
    r"\b[Ee]ach\s+time\b|\b[Ww]henever\b|\broutinely\b|\bday\s+after\s+day\b|"
    # "fighters killed by Israeli fire since October": the dead of months, summed
    # (not "the number of people who were killed since the beginning": a running toll
    # beside the act told)
    r"(?<!were\s)(?<!was\s)(?<!been\s)"
    r"\b(?:killed|wounded|injured|slain|died)\s+(?:by\s+(?:[\w'’-]+\s+){1,3})?since\s+"
    r"(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:19|20)\d\d|the\s+(?:war|start|beginning))\b|"
    # ... "reading out the names of women killed so far this year": a year's dead, summed
    r"(?<!were\s)(?<!was\s)(?<!been\s)"
    r"\b(?:killed|wounded|injured|slain|died)\s+(?:so\s+far\s+)?this\s+year\b|"
    # "At least 22 people were killed across the country": many acts summed
    r"\b(?:killed|died|dead|injured|wounded)\s+(?:[\w-]+\s+){0,2}?(?:across|throughout)\s+the\s+"
    r"(?:country|nation)\b|\b(?:killed|died)\s+nationwide\b|"
    # "It frequently targets hotels used by officials"
    # "Washington has previously hit back with airstrikes": acts before, none told now
    r"\b(?:has|have)\s+previously\b|"
    # "Jihadist groups have increasingly pushed into coastal states": a trend
    r"\b(?:has|have)\s+(?:been\s+)?increasingly\b|"
    # "Plateau has seen repeated attacks blamed on Fulani herders", "the town has come under
    # frequent shelling": a place's history of acts, no one of them
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:seen|witnessed|suffered|endured|experienced|"
    r"faced|come\s+under)\s+(?:[\w-]+\s+){0,2}?(?:repeated|frequent|regular|numerous|"
    r"recurrent|recurring|persistent|a\s+(?:series|wave|spate|string|surge)\s+of)\b|"
    # "has seen his new Isuzu attacked outside his home four times": more acts than one
    r"\b(?:has|have|had)\s+(?:seen|been)\b[^.;]{0,80}?\b(?:twice|(?:three|four|five|six|"
    r"seven|several|many|multiple|numerous|\d+)\s+times)\b|"
    # "Taking part in a fighting is one of the most common reasons for being sent to": a kind
    r"\bis\s+one\s+of\s+the\s+most\s+(?:common|frequent|usual)\b|"
    # "Police raids in Rio's favelas are frequently deadly"
    r"\b(?:are|is)\s+(?:frequently|often|regularly|usually|routinely|typically|commonly)\b|"
    r"\b(?:frequently|regularly|usually|typically|often)\s+(?:\w+\s+)?(?:attacks?|targets?|"
    r"shells?|strikes?|raids?|clash(?:es)?|kills?|bombs?|abducts?|kidnaps?|carries\s+out)\b"
)
# "Mendez is at least the third journalist killed in Mexico this year": a count, for the
# killing it names (not for "was gunned down on Tuesday, making him the fourth journalist
# killed this year": the act, then where it stands in the count)
_NTH_KILLED = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,4}(?:killed|murdered|slain|shot)\b[^.;]{0,30}?"
    # "the 28th person from New Hampshire killed since 2003 while serving in Iraq"
    r"\b(?:this\s+year|since\s+(?:19|20)\d\d)\b"
)
# "bandits have killed thousands of people in recent years": an act in the perfect, summed
# over years ("protested ... the loss suffered in the last three years" is one protest)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
_PERFECT_FOR_YEARS = re.compile(
    r"\b(?:have|has)\s+(?:long\s+)?for\s+(?:(?:many|several|two|three|\d+)\s+)?"
    r"(?:years|decades|months)\b[^.;]*$",
    re.I,
)
_PERFECT = re.compile(
    # "had": the perfect of reported speech ("the observatory said more than 300 people had
    # been killed since the offensive began")
    r"\b(?:have|has|had)\s+(?:been\s+[a-z]+ing|(?:(?:been|already|now|so\s+far)\s+)?"
    r"(?!been\b)[a-z]+(?:ed|en|wn|ght|t)|"
    # "Marib has been the focus of a Houthi offensive since early 2021"
    r"been\s+the\s+(?:focus|scene|site|target|centre|center|theatre|theater)\s+of)\b"
)
_WAR_SUMMED = re.compile(
    r"\s*(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+){0,2}?(?:conflict|war|insurgency|violence|"
    # "The Russian-backed offensive in eastern Ghouta has killed more than 1600 civilians"
    r"crisis|uprising|rebellion|civil\s+war|offensive|campaign|siege|bombardment)"
    r"(?:\s+(?:in|on|against|of|between)(?:\s+[\w'’-]+){1,6}?)?"
    # "The war between the army and the RSF erupted in April 2023 and has killed"
    r"(?:\s+(?:erupted|began|broke\s+out|started)\s+in\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d"
    r"\s+and)?\s+(?:has|have)\s+"
    r"(?:so\s+far\s+|already\s+)?"
    r"(?:killed|left|claimed|displaced|forced)\b"
)
_RELATIVE = re.compile(r"\b(?:which|who|whom|that|whose)\b")
# a place's holder named after it, in a clause with no pronoun: "the hilltop held by Maoists"
_HELD_BY = re.compile(
    r"\b(?:held|controlled|occupied|ruled|run|besieged|dominated)\s+by\b|"
    # ("regained control of Budha Pahar ..., a Maoist stronghold for nearly three decades")
    r"\b(?:stronghold|bastion|fiefdom)\b",
    re.IGNORECASE,
)
# a place and its holders right before a perfect, no pronoun between: "the council building
# the rebels had occupied", "the town the militants have held"
_PLACE_AND_HOLDER_BEFORE = re.compile(
    r"\b(?:buildings?|towns?|villages?|city|cities|bases?|areas?|districts?|positions?|hills?|"
    r"hilltops?|outposts?|camps?|posts?|territory|ground|regions?|neighbou?rhoods?|islands?)\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:rebels|militants|fighters|insurgents|"
    r"jihadists|separatists|militias?|militiamen|forces|troops|army|group|gunmen)\s+$",
    re.IGNORECASE,
)
# a speaker and a verb of saying right before a perfect: a reported clause of its own
_SAID_BEFORE = re.compile(
    r"\b(?:they|he|she|we|it|residents|villagers|officials|police|witnesses)\s+(?:said|say|says|"
    r"claimed|claim|claims|believe|believed|alleged|allege)\s+$"
)
# a relative clause set off by a comma: it describes what it follows
_DESCRIBING_BEFORE = re.compile(r",\s+(?:which|who)\s+$")
_SUBJECT_BETWEEN = re.compile(r",?\s+(?:[\w'’-]+\s+){0,3}")
_APPOSITIVE_BETWEEN = re.compile(
    r"[^,;]*,\s+(?:the|a|an)\s+(?:(?!\b(?:which|who|whom|that|had|when|where)\b)[^,;])*,\s*"
)
_WHEN = re.compile(r"\b(?:when|where|after|before|as)\b")
_ANOTHER_CLAUSE = re.compile(r",\s|\b(?:which|who|whom|that|had|when|where)\b")
_SINCE_MONTHS = re.compile(
    r"\b[Ss]ince\s+then\b|"
    # "has surged in KP since the TTP ended a ceasefire": counted from another act
    r"\bsince\s+(?:the\s+)?[\w-]+\s+(?:ended|broke|abandoned|began|started|launched|reignited|"
    r"erupted|resumed|flared|"
    r"seized\s+power|took\s+power|came\s+to\s+power|swept\s+back)\b|"
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?"
    # "69 civilians have been killed since 15 November", "since the 14th of January"
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|(?:19|20)\d\d\b|last\s+(?:year|month)\b|"
    r"the\s+(?:start|beginning|outbreak)\s+of\b|"
    # "at least 82 people have been killed and 156 injured since Thursday": days of fighting
    # summed
    r"(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"the\s+weekend\b|last\s+week\b|"
    # "have been killed since the offensive began on Wednesday"
    r"the\s+(?:[\w-]+\s+)?(?:offensive|war|conflict|fighting|clashes|operation|campaign|battle|"
    r"uprising|invasion|escalation|violence|siege)\s+(?:began|started|erupted|broke\s+out)\b|"
    # "attacks ... have increased since the coup"; "Protests have swept Iran since the death in
    # custody of Mahsa Amini"
    r"the\s+(?:[\w-]+\s+)?(?:coup|war|invasion|uprising|revolution|takeover|death|killing|"
    r"murder|assassination|arrest|election|elections)\b)"
)
_OVER_YEARS = re.compile(
    r"\bin\s+recent\s+(?:years|months|weeks)\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+"
    r"(?:(?:few|several|two|three|four|five|ten|\d+)\s+)?(?:years|decades?|months|weeks)\b|"
    # "JNIM has carried out dozens of attacks in the area this year"
    r"\b(?:so\s+far\s+)?this\s+year\b|"
    # "The group has been fighting for more than 15 years to topple the government"
    r"\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    r"(?:(?:a|two|three|four|five|six|ten|several|many|\d+)\s+)?(?:years|decades?|months)\b",
    re.I,
)


def denied(sentence: str, trigger_start: int) -> str | None:
    before = sentence[:trigger_start]
    match = _NEGATION.search(before)
    if match and _NAME_WITH_NO.match(before, match.start()) and before[: match.start()].strip():
        return None  # "No Vax activists gathered": a movement's name, mid-sentence
    return f"words: {match.group().strip()!r}" if match else None


_NAME_WITH_NO = re.compile(r"No\s+[A-Z]")


def source_verb(mention: ActorMention, after: str) -> re.Match[str] | None:
    """The telling verb that makes ``mention`` a speaker, in ``after`` (the sentence's text
    from the mention's end): "US forces stated", "army spokesman Cyrille Atonfack said", "a
    police report seen by Reuters said"."""
    if _SPOKESPERSON_END.search(mention.text):
        after = _PERSON_NAME.sub("", after, count=1)
    else:
        # "Junta spokesman Major General Zaw Min Tun denied": its spokesman speaks for it
        after = _SPOKESPERSON_AFTER.sub("", after, count=1)
    # "The RSF, which has been at war with Sudan's army since April 2023, denied", "Hayat
    # Tahrir al-Sham, the dominant group in Idlib, said"
    # "Two residents of Marte, who spoke on condition of anonymity, said": where they live
    after = _WHOSE_PLACE_AFTER.sub("", after, count=1)
    # "Houthi-run al-Masirah TV said": its outlet speaks for it
    after = OUTLET_AFTER.sub("", after, count=1)
    after = _RELATIVE_ASIDE.sub("", after, count=1)
    after = _OWN_BODY_AFTER.sub("", after, count=1)
    # "PDF fighters said they had ambushed": the group's own members speak for it
    after = _MEMBERS_SPEAKING_AFTER.sub("", after, count=1)
    initials = _INITIALS_AFTER.match(after)
    if initials and (
        initials.group(1).upper()
        == "".join(w[0] for w in re.split(r"[\s-]+", mention.text) if w[:1].isupper())
        # "the Malian armed forces (FAMa) said": its initials in its own language
        or _ACRONYM.fullmatch(initials.group(1))
    ):
        after = after[initials.end() :]  # "Inter-Services Public Relations (ISPR) said"
    return _SOURCE_VERB.match(_DOCUMENT_AFTER.sub("", after, count=1))


def attribution(
    sentence: str, mentions: list[ActorMention], sentence_start: int
) -> Attribution | None:
    """Who says so: 'US forces stated', 'the SAA claims', 'according to activists'."""
    channel_match = _CHANNEL.search(sentence)
    channel = channel_match.group("channel").lower() if channel_match else None
    for mention in mentions:
        verb = source_verb(mention, sentence[mention.end - sentence_start :])
        if verb:
            # "activists said": a monitor's word, not a side's
            party = mention.category not in {"civilians", "unknown", "protesters"}
            return Attribution(
                mention.actor, verb.group("verb").lower(), channel, party, mention.category
            )
    according = _ACCORDING_TO.search(sentence)
    if according:
        source = according.group("source").strip()
        for mention in mentions:
            if (
                according.start("source")
                <= mention.start - sentence_start
                < according.end("source")
            ):
                party = mention.category not in {"civilians", "unknown"}
                return Attribution(
                    mention.actor, "according to", channel, party, mention.category
                )
        # a source no actor of the conflict names ("the International Organization for
        # Migration") reports; the sides' own words were found among the mentions above
        return Attribution(source, "according to", channel, False)
    reporter = re.search(
        rf"\b(?P<source>(?:the\s+)?(?:{'|'.join(re.escape(r) for r in REPORTERS)}))\s+"
        rf"(?P<verb>{ATTRIBUTION_VERBS})\b",
        sentence,
        re.IGNORECASE,
    )
    if reporter:
        return Attribution(reporter.group("source"), reporter.group("verb").lower(), channel, False)
    return None
