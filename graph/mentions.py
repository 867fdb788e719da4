"""Finding entity mentions in a parsed Doc: spaCy's entities, the lexicons and noun-phrase patterns."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from .dates import MONTHS
from .lexicon import ACRONYM_LETTERS, PATRONYMICS, Known, Lexicon, fold, singular
from .nlp import DATELINE_SET_APART

# spaCy entity label -> contract class (NORP is a nationality, handled as a modifier, not an entity)
NER_CLASSES = {"PERSON": "Person", "GPE": "Place", "LOC": "Place", "ORG": "Organization",
               "FAC": "Facility", "EVENT": "Event", "PRODUCT": "Product", "LAW": "Agreement"}
STRONG_AGREEMENT_HEADS = {"agreement", "treaty", "deal", "contract", "accord", "pact", "memorandum",
                          "mou", "protocol", "convention"}
JOINT_DOCUMENTS = {"declaration", "communique", "statement"}
DOCUMENT_NAME_HEADS = STRONG_AGREEMENT_HEADS - {"deal", "contract", "memorandum", "mou"}  # what heads a document's
# title ("the Convention on Nuclear Safety"), not a gathering's or a body's
DOCUMENT_KINDS = {"understanding", "intent", "intention"}  # "a memorandum of understanding", "a letter of intent"
SIGNING_VERBS = {"sign", "ink", "initial", "countersign"}
ROMAN_NUMERAL = re.compile(r"^[IVXL]{2,6}$")
ORDINAL_NUMBER = re.compile(r"^\d+(st|nd|rd|th)$")
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,9}-\d{1,4}[A-Z0-9]{0,3}$")
STYLES_OF_ADDRESS = {"majesty", "highness", "holiness", "excellency", "eminence", "beatitude"}  # "His Majesty"
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "through", "across", "via"}
# "arrived from Helsinki", "a visit to Nairobi", "leaves for Moscow": where someone goes is a place
MOTION_VERBS = {"arrive", "return", "fly", "come", "travel", "leave", "depart", "drive", "go", "head", "visit",
                "trip", "journey", "flight", "descend", "spread", "march", "sail", "move"}
NAME_PARTS = {"PROPN"}
# product categories that become entities (commodities only where traded: resolve drops the idle ones); goods stay
# literals on the evidence
EQUIPMENT_KINDS = {"weapon", "aircraft", "vehicle", "vessel"}
ENTITY_PRODUCT_KINDS = {"weapon", "aircraft", "vehicle", "vessel", "fuel", "technology", "commodity"}
PORTFOLIO_HEADS = {"secretary", "minister", "ministry", "department", "office", "commissioner", "commission",
                   "undersecretary", "director"}
# words that make "U.S. Navy", "U.N. Security Council" a body after an abbreviated country or organization
INSTITUTIONS = {"army", "navy", "air", "force", "forces", "marines", "guard", "embassy", "consulate", "senate",
                "congress", "house", "mission", "department", "council", "command", "treasury", "government",
                "administration", "commission", "court", "agency", "bank", "office", "ministry", "committee",
                "chamber", "corps", "assembly", "fund", "service", "institute", "board", "authority"}
MISSIONS = {"embassy", "consulate"}
POSTED_TITLES = {"ambassador", "envoy", "representative", "consul", "emissary"}
# the parts of the world a post can cover ("assistant director for Africa")
WORLD_REGIONS = {"africa", "asia", "europe", "latin america", "north america", "south america", "middle east",
                 "far east", "near east", "east asia", "southeast asia", "south asia", "central asia", "oceania",
                 "the americas", "eastern europe", "western europe", "the pacific", "the caribbean"}
# a monarch's or pontiff's title is followed by one name ("King Baudouin", "Emir Jaber")
REGNAL_TITLES = {"king", "queen", "emir", "amir", "emperor", "sultan", "shah", "pope"}
# capitalised words before a name that are roles, not given names ("Senator Sam Nunn", "Cardinal Jaime Sin")
ROLE_WORDS = POSTED_TITLES | {"senator", "sen", "congressman", "congresswoman", "rep", "governor", "gov", "mayor",
                              "judge", "justice", "chairman", "chairwoman", "cardinal", "pope", "bishop", "archbishop",
                              "spokesman", "spokeswoman", "officer", "chief", "director", "secretary", "commander",
                              "speaker", "deputy", "vice", "acting", "former"}
PORTFOLIO_TITLES = {"minister", "secretary", "commissioner", "undersecretary"}
TITLE_MODIFIERS = {"caretaker", "interim", "acting", "outgoing", "incoming"}  # "Caretaker Prime Minister X"
COMPASS = {"north", "south", "east", "west"}
PARTY_LETTERS = {"D": "democratic party", "R": "republican party"}  # "(D-Iowa)", "(R-N.Y.)": a U.S. lawmaker's party
NEGATING_PREFIXES = {"non", "anti", "pro"}  # "non-OPEC Mexico": a qualifier NER takes into the name
COLON_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}): ")
POSSESSIVE_BEFORE_A_NAME = re.compile(r"[A-Z]\w*(['\u2019]s) [A-Z]")
PUBLICATION_WORDS = {"weekly", "monthly", "quarterly", "magazine", "review", "journal", "digest", "gazette", "list",
                     "almanac", "yearbook"}
# nouns that a company's or a medium's name follows directly ("the magazine X", "the French companies X and Y");
# not "committee" or "board", which a title and a person's name follow ("executive committee chairman X")
NAMING_NOUNS = frozenset({"magazine", "newspaper", "paper", "daily", "weekly", "journal", "agency", "company",
                          "firm", "maker", "manufacturer", "bank", "carrier", "airline", "concern", "conglomerate",
                          "producer", "supplier", "exporter", "importer", "contractor", "shipbuilder", "automaker",
                          "carmaker", "refiner", "lender", "insurer", "broadcaster", "publisher", "consortium",
                          "organisation", "organization", "group"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
ROUTE_PREPS = {"from", "for", "of", "towards", "toward", "into", "via", "through", "across", "beyond"}
STRIKING_VERBS = {"hit", "shell", "bomb", "capture", "seize", "liberate", "storm"}  # what they strike is a place
MESSAGE_WORDS = {"letter", "message", "call", "note", "statement", "reply", "response", "invitation", "request",
                 "word", "greeting", "greetings", "visit", "support", "hear", "receive"}
# words that count a party's members ("three Democrats", "many Socialists"), who are people, not the party
MEMBER_COUNTS = {"some", "many", "several", "few", "most", "all", "both", "other", "fellow", "dozens"}
# the posts a party named by its family has ("Socialist leader X"); before any other it is the holder's party
PARTY_POSTS = frozenset({"leader", "chairman", "chairwoman", "secretary-general", "general secretary",
                         "secretary general", "chief", "head"})
LEGISLATURE_WORDS = {"national", "federal", "legislative", "parliamentary", "consultative", "constituent"}
COMPASS_ADJECTIVES = COMPASS | {"northern", "southern", "eastern", "western", "central", "northeast", "northwest",
                                "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"}
ADMINISTRATIVE_UNITS = {"province", "district"}
GEOGRAPHY = ADMINISTRATIVE_UNITS | {"region", "island", "peninsula", "waterway", "strait", "straits", "canal",
                                    "river", "bay", "lake", "desert", "valley", "mountains", "coast", "plateau",
                                    "delta", "archipelago"}
REGIONS = {"island", "province", "region", "district", "republic", "state", "oblast", "governorate", "prefecture",
           "territory", "county", "emirate"}  # "the Russian republic of Tatarstan", "the Indian state of Punjab"
CITY_NOUNS = {"port", "city", "town", "township", "village", "oasis", "harbour", "harbor", "capital", "resort"}
LEGAL_FORMS = {"ltd", "inc", "plc", "ag", "sa", "gmbh", "nv", "bv", "spa", "ab", "oy", "oyj", "asa", "bhd", "pty",
               "pte", "llc", "kk", "srl", "sarl"}  # the end of a company's name ("Skanska AB", "Sime Darby Bhd")
CORPORATE_SUFFIXES = LEGAL_FORMS | {"co", "corp", "corporation"}  # "Aluminum Co of America" goes on past them


def is_legal_form(word: str, forms: frozenset[str] | set[str] = LEGAL_FORMS) -> bool:
    """Whether a word as written is one of a company's legal forms ("Ltd.", "AB"; with CORPORATE_SUFFIXES also
    "Co", "Corp")."""
    return word.lower().rstrip(".") in forms
# the parts of a city: "the streets of La Paz", "the outskirts of Kabul" are the city
CITY_PARTS = {"streets", "outskirts", "suburbs", "suburb", "centre", "center", "downtown"}
EXCLAVES = {"exclave", "enclave"}  # "the Russian exclave of Kaliningrad", "its Nakhchivan exclave"
SETTLEMENTS = REGIONS | (CITY_NOUNS - {"capital"}) | EXCLAVES
PERSON_PARTICLES = {"de", "da", "del", "van", "von", "der", "den", "la", "le", "di", "du", "dos"}  # "Willy de Clercq"
PLACE_PARTICLES = {"de", "da", "do", "del", "la", "el", "al", "sur", "am", "an"}  # "Rio de Janeiro"
AIDES = {"aide", "adviser", "advisor", "assistant"}
MEDIA_OCCASIONS = {"press", "news", "media"}
MINISTRY_HEADS = {"ministry", "department"}  # bodies whose head serves the state (not a central bank's)
CODENAME_WORDS = {"codenamed", "code-named", "dubbed", "named", "called"}
CIRCLE_NOUNS = {"leader", "minister", "head", "member", "state", "country", "nation", "official", "delegate",
                "representative", "envoy", "chief"}
# with the lexicon's state body heads (army, navy, force...): "the Islamic Republic of Iran Army Aviation"
BODY_ENDINGS = {"aviation", "guard", "guards", "corps", "fleet"}
HEADS_OF_BODIES = {"head", "director", "chief", "chairman", "chairwoman", "chairperson", "rector", "president"}
# the last words of bodies' names that also end places' names ("the West Bank", "the Soviet Union", "Times Square")
PLACE_NAME_ENDINGS = {"bank", "union", "front", "house", "air", "center", "centre", "post", "times", "exchange"}
LIST_MARKS = {",", "--", "\u2014", ":", "and"}  # what comes before an item of a list
GATHERING_NAME_HEADS = {"summit", "meeting", "session"}
BODY_OR_GATHERING = {"assembly", "congress"}  # "the UN General Assembly" is a body; its session the event
SITTINGS = {"session", "sitting", "plenary"}  # parts of a gathering: "the plenary session of the forum"
GATHERING_HEADS = GATHERING_NAME_HEADS | {"conference", "forum", "congress"}  # a name's head, when a gathering's
# the last word of a building's or a work's name, whatever NER called it ("al-Shaab Palace", "Crocus City Hall",
# "the Suez Canal"); a centre only as a venue ("Sandton Convention Centre", not "the Carter Center")
FACILITY_NAME_ENDINGS = {"palace", "hall", "airport", "fairground", "canal", "mosque", "cathedral", "shrine",
                         "stadium", "cosmodrome", "refinery", "shipyard", "pipeline"}
NEWSWIRE_SIGNS = {"reuters", "reuter"}  # a wire's name, which the text may run into the next name
SURNAME_ENDINGS = {"hall", "palace"}  # building words that are also surnames: "Fawn Hall" is a person
VENUE_WORDS = {"convention", "conference", "exhibition", "expo", "congress", "innovation", "trade", "press"}
NAME_CONNECTORS = {"the", "of", "and", "for", "on", "-"}
SERIES_NOUNS = {"consultations", "talks", "negotiations", "process"}
FORUM_NOUNS = {"platform", "forum", "format", "group", "council", "commission", "committee", "club", "board"}
AMOUNTS = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE"}
MONEY_WORDS = {"dlr", "dlrs", "mln", "bln", "billion", "million", "stg", "yen", "pct", "$", "-", "u.s."}
ELECTION_QUALIFIERS = {"amod", "compound", "nmod", "nummod", "poss", "npadvmod"}  # "last month's", "May 6"
YEAR = re.compile(r"(?:1[89]|20)\d\d")
TRANSIENT = {"ongoing", "current", "continuing", "recent", "latest", "so-called", "the", "a", "an", "this"}
WHICH_ONE = {"earlier", "last", "next", "first", "upcoming", "forthcoming", "coming"}  # "the next summit in Baku"
# words before a meeting that say which one or when, not what kind: "took part in the previous meeting"
UNKINDED = WHICH_ONE | {"later", "previous", "same", "other", "final", "closing", "opening", "regular", "new", "such",
                        "several", "many", "annual", "general", "monthly", "weekly", "daily", "routine", "future",
                        "further", "plenary"}
# equipment words that follow a model's name but are not products on their own ("FSX fighters", not "Kurdish
# fighters")
MODEL_HEADS = {"fighter", "jet", "interceptor"}
WARSHIPS = {"submarine", "frigate", "destroyer", "corvette", "warship", "aircraft carrier"}  # "Upholder submarines"
ARMED_GROUPS = {"militia", "militias", "rebels", "guerrillas", "guerrilla", "insurgents", "fighters", "faction"}
BODY_WORDS = {"structure", "alliance", "bloc", "community", "forum", "league", "secretariat", "organisation"}
ACRONYM = re.compile(rf"^{ACRONYM_LETTERS}$")
NAME_JOINERS = {"of", "for", "and", "on", "the", "de"}
# a page's furniture, and a wire's sign-off line ("-- BERNAMA"), which credits the story as a dateline does
BOILERPLATE = re.compile(r"\blogo\b|^\s*(last update|updated|share|follow us|subscribe)\b"
                         r"|(?-i:^\s*(?:--?|\u2013|\u2014) ?[A-Z]{2,}(?:[ -][A-Z]{2,})*\s*$)", re.I)


@dataclass(frozen=True)
class Found:
    """A mention candidate in token coordinates, before overlaps are settled."""

    start: int  # token index
    end: int  # token index, exclusive
    cls: str
    key: str = ""
    kind: str = "name"
    priority: int = 1
    name_end: int = 0  # where the name ends, when it reaches past the span (over nested mentions)


def headline_end(text: str) -> int:
    """Where a headline line opening an article ends: a short first line without a full stop; 0 if none."""
    first = text.split("\n", 1)[0]
    return len(first) if "\n" in text and len(first) <= 160 and not first.rstrip().endswith(".") else 0


def is_party(doc: Doc, found: Found, lexicon: Lexicon) -> bool:
    """Whether a body named is a political party: 'the Social Democratic Party', 'the New People party', 'the CDU'."""
    return doc[found.end - 1].lower_ == "party" or found.end < len(doc) and doc[found.end].lower_ == "party" \
        or lexicon.kind_of(found.key) == "party" or found.kind == "party-family"


def is_election(doc: Doc, found: Found, lexicon: Lexicon) -> bool:
    """Whether a mention is one of an election ('the 1981 poll'), as election_mentions keys them."""
    return found.cls == "Event" and found.key.startswith("event:") \
        and doc[found.end - 1].lemma_.lower() in lexicon.frame_words("election_heads")


def is_title_case_line(sent: Span) -> bool:
    """A headline in title case, where spaCy's NER guesses wildly."""
    last = sent.text.strip()[-1:] if sent.text.strip() else ""
    if last in {".", "!", "?", '"', "\u201d"}:
        return False  # a sentence, not a headline
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) / len(words) >= 0.85


def lexicon_matches(doc: Doc, lexicon: Lexicon, on: date | None = None, max_len: int = 8) -> list[Found]:
    """Every span whose folded text names a country, organization, capital or seat of power."""
    found: list[Found] = []
    tokens = list(doc)
    for i, token in enumerate(tokens):
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            continue
        longest: tuple[int, tuple[str, str, str]] | None = None
        # grow the span while it is still the start of some known name; the longest hit wins
        for j in range(i + 1, min(len(tokens), i + max_len) + 1):
            text = doc[i:j].text
            key = fold(text)
            if "\n" in text or not lexicon.may_name(key):
                break
            hit = _lookup(key, text, lexicon, on)
            if hit and not tokens[j - 1].is_punct:  # folding drops dots: "Tashkent ." is no longer name
                longest = (j, hit)
        if longest is not None:
            j, hit = longest
            styled = j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j + 1].lower_ in {"style", "like", "type"}
            start = i + (token.lower_ == "the" and not i < token.head.i < j)  # "The London-based magazine"
            if not styled and start < j:  # "a SWIFT-style system" names no organization
                found.append(Found(start, j, *hit, priority=3))
    return found


def _lookup(key: str, text: str, lexicon: Lexicon, on: date | None) -> tuple[str, str, str] | None:
    known = lexicon.as_of(key, lexicon.names.get(key), on)
    if known and key in lexicon.acronyms and not text.replace(".", "").isupper():
        known = None  # "who", "us": ordinary words, not WHO or the US
    if known and (not text.isupper() or len(text) > 1) and _case_ok(text, known):
        return known.cls, known.key, "name"
    seat = lexicon.seat_of(key, on)
    if seat is not None:
        return "Country", seat.key, "metonym"
    return None


def _case_ok(text: str, known: Known) -> bool:
    # "US" must be upper case to be the country, not the pronoun "us"
    letters = text.replace(".", "")
    return not (len(letters) <= 4 and letters.lower() in {"us", "eu", "un", "it", "am", "is"}
                and not letters.isupper())


CLOCK_WORDS = frozenset({"am", "pm", "gmt", "utc", "est", "edt", "cet", "bst"})


def _portfolio_opening(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int | None:
    """Where a minister's portfolio starts in an NER span that holds it: after the span's own "Minister of", or at
    the span's start when "Minister of" comes right before it; None when neither."""
    if end - start > 2 and doc[start].lower_ in lexicon.title_words and doc[start + 1].lower_ in {"of", "for"}:
        return start + 2
    return start if _after_a_portfolio_title(doc, start) else None


def _after_a_portfolio_title(doc: Doc, start: int) -> bool:
    """Whether a span comes right after a title and its 'of' or 'for' ("Minister of | ...", "Commissioner for |
    ...")."""
    return start >= 2 and doc[start - 1].lower_ in {"of", "for"} and doc[start - 2].lower_ in PORTFOLIO_HEADS


def _past_portfolio(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a person's name starts in an entity that begins with a minister's portfolio ("Roads and Urban
    Development Mehrdad Bazrpash"). Unchanged when nothing of a name would be left."""
    first = _portfolio_end(doc, start, end, lexicon)
    return first if end - first >= 2 else start


def _portfolio_end(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """The first token from `start` (before `end`) that is neither a word a ministry's name is made of nor a
    comma: where "Energy and Mines" or "Industry, Mine and Trade" ends."""
    words = lexicon.frame_words("state_body_words")
    while start < end and (doc[start].lower_ in words or doc[start].text == ","):
        start += 1
    return start


def _holds_an_office(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name the lexicons do not know has an office title in apposition after it."""
    if fold(span.text) in lexicon.names:
        return False
    return any(noun.dep_ == "appos" and noun.i >= span.end and noun.pos_ in {"NOUN", "PROPN"}
               and names_a_title(noun, lexicon) for noun in span.root.children)


def names_a_title(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is an office title, alone or with the words compounded before it ("director general", "Iran
    Khodro's chief executive")."""
    return lexicon.title_relation(noun.lower_) is not None or any(lexicon.title_relation(
        " ".join(t.lower_ for t in noun.lefts if t.dep_ in deps) + " " + noun.lower_) is not None
        for deps in ({"compound"}, {"compound", "amod"}))


def _name_words_only(span: Span) -> bool:
    """Whether a span is capitalised proper nouns, with maybe a particle or an Arabic article joined inside
    ("Samer al-Khalil", "Hans van den Broek")."""
    inner = {t.i for t in span[1:-1]}
    return all(t.pos_ == "PROPN" and t.is_title or t.i in inner and (
        t.lower_ in PERSON_PARTICLES | PATRONYMICS | {"al", "el"} or t.text == "-") for t in span)


def _listed_with_people(span: Span, lexicon: Lexicon) -> bool:
    """Whether a plain name NER took for a body or a state is one of three or more names listed together, one of
    them a person's, none a body's or a place's ("Kazem Mirzai Kondori, Hossein Bakshayesh and Hojat Abdulahi
    Fard"; not "the Boston and Maine, ... and the Western Pacific")."""
    if not _a_plain_name(span, lexicon) or any(_a_known_or_bodily_word(t, lexicon) or fold(t.text) in lexicon.cities
                                               for t in span):
        return False
    others = [c for c in span.root.conjuncts if not c.like_num]
    return len(others) >= 1 and any(c.ent_type_ == "PERSON" for c in others) \
        and all(c.ent_type_ in {"PERSON", "ORG", "GPE", ""} and c.pos_ == "PROPN"
                and not _a_known_or_bodily_word(c, lexicon) for c in others)


def _a_known_or_bodily_word(token: Token, lexicon: Lexicon) -> bool:
    """A word of a body's name, a legal form or a name the lexicons know: no word of a person's name."""
    return _a_body_word(token, lexicon) or is_legal_form(token.text) or fold(token.text) in lexicon.names


COMMITTEES = {"committee", "subcommittee"}


def ner_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """spaCy's entities mapped to contract classes, with leading determiners dropped."""
    products = lexicon.products
    event_heads = lexicon.frame_words("event_heads")
    body_heads = lexicon.frame_words("state_body_heads")
    found = []
    for ent in _joined_body_names(doc, lexicon):
        cls = NER_CLASSES.get(ent.label_)
        if not cls:
            continue
        parts = ent.text.split("-")
        if len(parts) > 1 and all(lexicon.country_word(p.strip()) for p in parts):
            continue  # "U.S.-Japan", "Franco-German": two sides, named in the rules, not one entity
        start = ent.start
        while start < ent.end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        if ent.end - start > 1 and doc[start].lower_ in NEWSWIRE_SIGNS and start > 0 \
                and doc[start - 1].lemma_.lower() == "tell":
            start += 1  # "sources told Reuters Taiwan and the U.S. have held talks": the wire, then what it was told
        if start + 2 < ent.end and doc[start].lower_ in NEGATING_PREFIXES and doc[start + 1].text == "-":
            if fold(doc[start + 2:ent.end].text) in lexicon.names:
                start += 2  # "non-European Community countries": the body the qualifier names
            elif start + 3 < ent.end and doc[start + 2].text.isupper():
                start += 3  # "non-OPEC Mexico", "anti-NATO Greece": the name after the qualifier
        end = ent.end
        if end - start > 1 and doc[end - 1].lower_ == "reuter" and not doc[end - 1].is_lower and (
                end == len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text):
            end -= 1  # "... between Scandinavia and the U.S. REUTER": the wire's sign-off ends the story
        closed = next((k for k in range(start, end) if doc[k].text in {")", "]"}), None)
        if closed is not None and not any(doc[k].text in {"(", "["} for k in range(start, closed)) \
                and ent.end - closed > 2 and not is_legal_form(doc[ent.end - 1].text):
            start = closed + 1  # "Progressive Slovakia (PS) Michal Simecka": NER began inside the bracket (not
            # "(Mincing Lane) Ltd", a company's name)
        article = next((k for k in range(start + 1, end) if doc[k].text in {"a", "an"}), None)
        if article is not None:
            end = article  # "signed in the Kremlin a Treaty of ...": an article opens the next phrase, no name
            # goes on past one
        opened = next((k for k in range(start, end) if doc[k].text in {"(", "["}), None)
        if opened is not None and not any(doc[k].text in {")", "]"} for k in range(opened, end)):
            end = opened  # "the Shanghai Cooperation Organization (SCO": the name ends before its bracket
        end = _before_a_date(doc, start, _before_a_clause_subject(doc, start, end))
        if cls != "Person":
            end = _before_a_rank(doc, start, end, lexicon)
            if end == start:
                continue  # "Rear Admiral | X": NER took the whole rank for a body
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text == "'s"
                               or doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}):  # "Indo-Pakistani war of"
            end -= 1
        if cls == "Organization" and end > start:
            end = _past_a_committee(doc, end)  # "the House Energy | subcommittee", "the GATT | civil aircraft
            # committee": a body's committee, named by the body and words in lower case
        if cls == "Person" and end - start == 1 and _an_acronym_in_running_text(doc[start]):
            cls = "Organization"  # "The chairman of TRW said", "NMIC will hold the rest": nobody's name is written
            # in capitals in a sentence that is not
        if cls == "Person" and end - start == 1 and doc[start].tag_ in {"NN", "NNS"} \
                and (doc[start].is_sent_start or start > 0 and doc[start - 1].is_space):
            continue  # "Turnout was just under 50%", "Volumes and price are still being negotiated": a common noun
            # opening a sentence, which NER took for a name
        if cls == "Person" and end < len(doc) and doc[end].text == "." \
                and fold(doc[end - 1].text) in lexicon.honorifics:
            continue  # "Marine Cpl. X", "Sgt. Y": NER took an abbreviated rank for a name
        if cls == "Person" and doc[start].lower_ in STYLES_OF_ADDRESS and all(
                t.lower_ in STYLES_OF_ADDRESS | lexicon.title_words | lexicon.honorifics for t in doc[start:end]):
            continue  # "His Majesty said", "His Majesty King | Hamad": how a king is addressed, not his name
        if cls == "Person" and end < len(doc) and doc[end].is_title \
                and singular(doc[end].lower_) in lexicon.title_words and doc[end - 1].head.i >= end:
            continue  # "Sinopec Managing Director Wang Yupu": NER took the words before a title for a name
        if cls == "Person" and end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
                and doc[end].is_title and doc[end - 1].head.i == end and fold(doc[end].text) not in lexicon.names:
            end += 1  # "Fernando Santos Alvite": NER stopped one surname short of the name's head
        elif cls == "Person" and end < len(doc) and doc[end].is_title and not doc[end].ent_type_ \
                and fold(doc[end].text) in lexicon.holders \
                and fold(" ".join(t.text for t in doc[start:end + 1] if fold(t.text) not in lexicon.honorifics)) \
                in lexicon.holders:
            end += 1  # "Seyyed Ebrahim | Raisi": an office-holder's name that NER cut before its surname
        elif cls == "Person":
            end = _past_a_split_particle(doc, end, lexicon)  # "Jose Eduardo | dos Santos", "Hans van | den Broek"
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ in PATRONYMICS and doc[ent.end + 1].is_title:
            continue  # "Prince Fahd" of "Prince Fahd ibn Salman": the name goes on, and is taken whole below
        patronymic = start if doc[start].lower_ in PATRONYMICS else start - 1  # "Prince Abdulaziz | bin Salman"
        if cls in {"Person", "Place"} and patronymic >= 1 and doc[patronymic].lower_ in PATRONYMICS \
                and _in_a_name(doc[patronymic - 1], lexicon):
            cls, start = "Person", patronymic  # "Sultan ibn Abdulaziz": NER took the father's name for a place
            while start > 0 and _in_a_name(doc[start - 1], lexicon):
                start -= 1
        named = _past_a_posts_state(doc, start, end, lexicon) if cls in {"Person", "Organization", "Place"} else start
        if named > start:
            cls, start = "Person", named  # "President of Tajikistan Emomali Rahmon": one body or person to NER
        held = _holder_after_a_titled_body(doc, start, end, lexicon) if cls == "Organization" else None
        if held is not None:
            found.append(Found(held, end, "Person"))  # "Speaker of the Islamic Consultative Assembly | Mohammad
            end = held  # Bagher Ghalibaf", "Chairwoman of the Federation Council | Valentina Matviyenko"
        if cls == "Person" and end - start > 2 and doc[start].lower_ in REGIONS and doc[start].is_title \
                and start > 0 and doc[start - 1].is_title and doc[start - 1].ent_type_ in {"GPE", "LOC", ""}:
            start += 1  # "Governor of Sverdlovsk | Region Denis Pasler": the region's word, not a given name
        if cls in {"Person", "Place"} and end - start > 1 and is_legal_form(doc[end - 1].text, CORPORATE_SUFFIXES):
            cls = "Organization"  # "Sime Darby Bhd", "Aubrey G. Lanston Co": a legal form ends no one's name
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound":
                start -= 1  # NER's "Darby Bhd" of "Sime Darby Bhd"
        if cls == "Person":
            start = _past_a_split_rank(doc, start, end, lexicon)  # "Captain | First Rank Oleg Petrov"
            start, end = _whole_person_name(doc, start, end, lexicon)
        if cls in {"Organization", "Facility"} and end - start > 1:
            facility = cls == "Facility" or _a_facility_name(doc[start:end])
            start = _past_country_prefix(doc, start, end, lexicon, cities=facility)  # "U.S. Central Intelligence
            # Agency", "Tehran's Mehrabad International Airport"
            end = _before_title_suffix(doc, start, end, lexicon)  # "Gazprom Chief Executive"
        folded = fold(doc[start:end].text)
        untitled = " ".join(w for w in folded.split() if w not in lexicon.honorifics)  # "Emir Sheikh": a title
        if end > start and (lexicon.is_title(lexicon.singular_title(folded)) or folded in lexicon.honorifics
                            or not untitled
                            or untitled != folded and lexicon.is_title(lexicon.singular_title(untitled))
                            or lexicon.country_word(doc[start].text) is not None
                            and lexicon.is_title(fold(doc[start + 1:end].text))):
            continue  # "Crown Prince", "Iranian Charge d'Affaires": NER takes a title for a product or a body
        if end > start and end < len(doc) and doc[end - 1].lower_ not in body_heads \
                and all(t.lower_ in lexicon.title_words for t in doc[start:end + 1]) \
                and _a_title(doc[start:end + 1], lexicon):
            continue  # "Supreme | Leader Ali Khamenei": NER took the first word of a title for a body
        if cls == "Place" and end - start > 1 and doc[end - 1].lower_ in BODY_ENDINGS | body_heads \
                and any(lexicon.class_of(doc[start:k].text) == "Country"
                        for k in range(start + 1, end)):
            cls = "Organization"  # "the Islamic Republic of Iran Army Aviation": NER calls a state's force a place
        elif cls == "Place" and _ends_in_a_body_word(doc[start:end], lexicon) \
                and not lexicon.class_of(doc[start:end].text):
            cls = "Organization"  # "HSE University", "the Coffee Marketing Board": a body by its last word
        if cls == "Facility" and end - start > 1 and doc[end - 1].lower_ in lexicon.frame_words("org_suffixes") \
                and doc[end - 1].lower_ not in {"center", "centre", "post"}:
            cls = "Organization"  # "Safiran Airport Services", "Iran Shipyard Company": a firm, not its site
        if (cls in {"Organization", "Place"} or cls == "Person" and doc[end - 1].lower_ not in SURNAME_ENDINGS) \
                and end - start > 1 and _a_facility_name(doc[start:end]):
            cls = "Facility"  # "Tehran Permanent International Fairground", "Sandton Convention Centre", "St
            # Nicholas Cathedral" (a person to NER)
        elif cls in {"Organization", "Facility", "Person"} and end > start and _a_show_name(doc[start:end], lexicon):
            cls = "Event"  # "the Moscow International Book Fair", "Iran Airshow 2022": a body, a site or a person
            # to NER
        elif cls == "Organization" and end > start and doc[end - 1].lemma_.lower() in event_heads \
                and not _a_parliament(doc[end - 1]):
            cls = "Event"  # NER calls "the Indo-Pakistani war" an ORG: its head says it is an event; "the National
            # Assembly" is a parliament
        elif cls == "Organization" and (_a_gathering_of(doc[start:end]) or _attended_as_a_gathering(doc[start:end])):
            cls = "Event"  # "the 7th Summit of Heads of State of the GECF", "the Summit of the Americas"
        elif cls in {"Organization", "Facility"} and end > start and _a_numbered_gathering(doc, start, end, lexicon):
            cls = "Event"  # "the XI Moscow Conference on International Security", "the 25th St Petersburg
            # International Economic Forum": a body or a building to NER
        if cls == "Event" and start == ent.start and start > 0 and doc[start - 1].ent_type_ == "ORDINAL" \
                and doc[start - 1].head.i >= start:
            start -= 1  # "the 13th | International Meeting of ...": which one is part of the name
        of = next((k for k in range(start + 2, end - 1) if doc[k].lower_ == "of"), None) \
            if cls == "Organization" and start > 0 and doc[start - 1].text in LIST_MARKS else None
        if of is not None and _a_plain_name(doc[start:of], lexicon) \
                and not any(_a_body_word(t, lexicon) for t in doc[start:of]) \
                and lexicon.class_of(doc[of + 1:end].text) == "Country":
            cls, end = "Person", of  # "-- A of Belarus, Murat Nurtleu of Kazakhstan": a person listed with the state
            # they are of (not "The National Bank of Poland")
        cut = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"
                    and is_legal_form(doc[k - 1].text)), None) if cls == "Organization" else None
        if cut is not None and (lexicon.country_word(doc[cut + 1:end].text) is not None
                                or fold(doc[cut + 1:end].text) in lexicon.cities):
            end = cut  # "Digital Equipment Co of Maynard": the company, and the town it is of
        if cls in {"Organization", "Place"} and end > start and _holds_an_office(doc[start:end], lexicon):
            cls = "Person"  # "Willy de Clercq, External Relations Commissioner of ...": an ORG to NER; "Andrii
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_:
                start -= 1  # Sybiga, Ukraine's foreign minister": a place to NER, that took no given name
        elif ent.label_ in {"ORG", "GPE"} and end > start and _listed_with_people(doc[start:end], lexicon):
            cls = "Person"  # "officials, Kazem Mirzai Kondori, Hossein Bakshayesh and Hojat Abdulahi Fard": names
            # listed with people's, two of which NER took for bodies
        if cls != "Person" and (named := _past_a_leading_title(doc, start, end, lexicon)) > start:
            cls, start = "Person", named  # "Permanent Representative Vassily Nebenzia": an ORG to NER
        elif cls in {"Facility", "Product", "Organization"} and _titled_name(doc, start, end, lexicon):
            cls = "Person"  # "India's national security adviser Ajit Doval": a facility to NER
        elif cls in {"Place", "Organization"} and (_set_off_after_a_title(doc, start, lexicon)
                                                   or _in_apposition_to_a_title(doc[start:end], lexicon)) \
                and _a_plain_name(doc[start:end], lexicon):
            cls = "Person"  # "Russia's Minister of Construction, Housing and Utilities, Irek Faizullin", "the Head
            # of Adygea, Murat Kumpilov": a place or a body to NER
        if cls == "Person" and end - start > 2 and fold(doc[start].text) in lexicon.demonyms \
                and doc[start + 1].is_title:
            start += 1  # "Belgian Willy de Clercq, EC Commissioner": NER took the nationality into the name
        opener = lexicon.names.get(fold(doc[start].text)) if end - start > 1 else None
        if cls == "Person" and opener is not None and opener.cls == "Organization" and opener.kind == "company":
            cls = "Organization"  # "its subsidiary Gazprom Armenia": a company's name opens the name
        if cls != "Person" and end - start > 1 and fold(doc[start:end].text) in lexicon.holders:
            cls = "Person"  # "Kazakhstan's Kassym-Jomart Tokayev": an ORG to NER, an office-holder's full name
        portfolio = _portfolio_opening(doc, start, end, lexicon) if cls == "Organization" else None
        if portfolio is not None:
            after = end
            while after < len(doc) and after - end < 4 and not doc[after].ent_type_ \
                    and (doc[after].is_title or doc[after].lower_ in {"and", ","}):
                after += 1  # "Minister of Economic Affairs | and Finance | Ehsan Khandouzi"
            if portfolio > start and after < len(doc) and doc[after].ent_type_ == "PERSON":
                continue  # "Minister of Industry, Mine and Trade Abbas Aliabadi": a portfolio before a name
            reach = _untagged_name_end(doc, end, lexicon)  # "Economic Development Dmitry | Volvach": NER stopped
            named = _past_portfolio(doc, portfolio, reach, lexicon)  # before the surname
            if named > portfolio and doc[named - 1].lower_ not in {"and", ","} \
                    and _name_words_only(doc[named:reach]):
                found.append(Found(named, reach, "Person"))  # "Minister of Industry, Mine and Trade Mohammad Atabak",
                continue  # "Minister of | Transport Roman Starovoit": NER took the portfolio and the name for a body
        if cls == "Person" and _after_a_portfolio_title(doc, start):
            start = _past_portfolio(doc, start, end, lexicon)  # "Minister of Roads Mehrdad Bazrpash": NER took
            # the portfolio into the name
        if _after_a_portfolio_title(doc, start) and fold(doc[start:end].text) not in lexicon.names \
                and not is_legal_form(doc[end - 1].text, CORPORATE_SUFFIXES):
            continue  # "Secretary of State", "Commissioner for External Relations": a portfolio, not a body (but
            # "director of China State Shipbuilding Corp" names a company)
        if end < len(doc) and singular(doc[end].lower_) in PORTFOLIO_TITLES \
                and fold(doc[start:end].text) not in lexicon.names:
            continue  # "Commerce Secretary", "External Relations Commissioner": the same, before the title
        if _reuters_capital(doc, start, end, lexicon) or end - start == 1 and (
                fold(doc[start].text) in lexicon.demonyms or doc[start].lower_ in COMPASS):
            continue  # "U.S. Arms control", a lone "Kuwaiti", "the North": no organization or place named
        if cls != "Person" and any(0 <= end - w <= start and fold(doc[end - w:end].text) in lexicon.honorifics
                                   for w in (2, 3, 4)):
            continue  # "General of the Army Sergei Shoigu": a rank, whose last words NER took for a body
        if cls == "Person" and end - start > 2 and doc[start].lower_ in lexicon.title_words \
                and doc[start + 1].lower_ in {"of", "for"}:
            post = fold(doc[start + 2:end].text)  # "the Head of Kalmykia": a title and its post, which NER took
            if post not in lexicon.regions:  # for a name; the post stays, where the lexicons know it
                continue
            cls, start = "Place", start + 2
        if cls != "Person" and end - start > 2 and doc[start].lower_ in PORTFOLIO_TITLES \
                and doc[start + 1].lower_ in {"of", "for"} and _a_whole_portfolio(doc, start + 2, end, lexicon):
            continue  # "X, Iran's Minister of Industry, Mine and Trade, met ...": a title with its portfolio, no body
        if end - start == 1 and doc[start].lower_ in TITLE_MODIFIERS:
            continue  # "Caretaker Prime Minister X": NER takes the title's first word for a body
        if end - start == 1 and _a_rubric(doc, start, lexicon):
            continue  # "Outlook. Russia and Iran agree ...", "MIGRANTS | Iran, Afghanistan": a section's label
        if _compass_qualifier(doc[start:end]):
            continue  # "East-West scientific cooperation", "Far Eastern clients": a direction, not a place
        if not any(t.is_alpha and t.lower_ not in CLOCK_WORDS for t in doc[start:end]):
            continue  # "9:40 A.M.", "GMT", "1987": NER's names need a word
        if cls != "Product" and not any(t.text[:1].isupper() for t in doc[start:end]) \
                and any(t.text[:1].isupper() for t in doc[start:end].sent[1:]):
            continue  # "national news agency", "defense departments": a description, not a name (unless the
            # whole text is lower case, as some wire copy is)
        listed = _coordinated_names(doc[start:end]) if end > start else []
        if listed and listed[0] == doc[start:end].root and fold(doc[start:end].text) not in lexicon.names:
            found += [Found(_proper_name_start(name), name.i + 1, cls, priority=1) for name in listed]
            continue  # "the Fordow and Natanz sites": two names sharing a noun, which NER took for one
        if end > start and not (end - start == 1 and doc[start].ent_type_ in {"GPE", "LOC", "ORG"}
                                and doc[start].pos_ == "ADJ") and fold(doc[start:end].text) not in products:
            found.append(Found(start, end, cls, priority=1))
    return found


def _a_rubric(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """Whether a word opening a line labels the section or topic after it: a label the lexicon lists, alone on its
    line or before a stop or colon ("Background.", "Verdict:"), or a word in capitals no name has, before a bar
    ("COURTS | ...")."""
    if i + 1 >= len(doc) or i and not doc[i - 1].is_space:
        return False
    after = doc[i + 1]
    if doc[i].lower_ in lexicon.frame_words("section_labels") \
            and (after.text in {".", ":", "|"} or after.is_space and "\n" in after.text):
        return True
    return after.text == "|" and doc[i].text.isupper() and fold(doc[i].text) not in lexicon.names


def _past_a_committee(doc: Doc, end: int) -> int:
    """Where a body's committee that NER cut at the body's name ends: past up to two words in lower case and
    'committee' or 'subcommittee' that the name qualifies, and past 'on' and the capitalised words of its remit
    ('subcommittee on International Economic Policy and Trade'); `end` if no committee follows."""
    k = end
    while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} \
            and doc[k].lower_ not in COMMITTEES:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in COMMITTEES or not doc[k].is_lower \
            or not end <= doc[end - 1].head.i <= k:
        return end
    k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "on" and doc[k + 1].is_title:
        k += 1
        while k < len(doc) and (doc[k].is_title or doc[k].lower_ in {"and", ","} and k + 1 < len(doc)
                                and doc[k + 1].is_title):
            k += 1
    return k


def _an_acronym_in_running_text(token: Token) -> bool:
    """A word of three or more capitals in a sentence mostly in lower case, and no speaker's tag ("MILLER:")."""
    if not (token.is_alpha and token.is_upper and len(token.text) >= 3):
        return False
    words = [t for t in token.sent if t.is_alpha]
    speaker = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"
    return not speaker and sum(t.is_upper for t in words) * 2 < len(words)


def _a_parliament(token: Token) -> bool:
    """Whether an event word is a parliament's name: 'the National Assembly', 'the Federal Assembly'."""
    return token.text == "Assembly" and token.i > 0 and token.nbor(-1).lower_ in LEGISLATURE_WORDS


def _a_body_word(token: Token, lexicon: Lexicon) -> bool:
    """A word of a body's name rather than a person's ("Bank", "Court", "Ministry", "Forces", "Council")."""
    low = token.lower_
    return low in INSTITUTIONS or low in BODY_ENDINGS or low in lexicon.title_words or any(
        singular(low) in lexicon.frame_words(words) for words in ("org_suffixes", "state_body_heads",
                                                                  "state_body_words"))


def _a_title(span: Span, lexicon: Lexicon) -> bool:
    """Whether a span is an office title the lexicon knows, in the singular or the plural ("Foreign Ministers")."""
    return lexicon.is_title(lexicon.singular_title(fold(span.text)))


def _past_a_split_particle(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """Where a person's name ends when NER stopped at or before its particle ("Jose Eduardo | dos Santos"): past
    one or two lower-case particles and the capitalised surname after them."""
    k = _past_particles(doc, end)
    split = k > end or doc[end - 1].lower_ in PERSON_PARTICLES
    if split and k < len(doc) and doc[k].is_title and doc[k].is_alpha and fold(doc[k].text) not in lexicon.names:
        return k + 1
    return end


def _past_particles(doc: Doc, i: int) -> int:
    """Where the one or two lower-case name particles starting at `i` end ("van den" of "Hans van den Broek");
    `i` itself when there are none."""
    k = i
    while k < len(doc) and k - i < 2 and doc[k].is_lower and doc[k].lower_ in PERSON_PARTICLES:
        k += 1
    return k


def _a_plain_name(span: Span, lexicon: Lexicon) -> bool:
    """Two or three capitalised proper nouns that name nothing the lexicons know, maybe with a particle inside
    ("Willy de Clercq") or joined by a hyphen ("Kassym-Jomart Tokayev"): a person's name, by its shape."""
    joined = [t for t in span if t.text == "-" and span.start < t.i < span.end - 1]
    words = [t for t in span if t not in joined and (t.lower_ not in PERSON_PARTICLES or t.i in {span.start,
                                                                                                 span.end - 1})]
    return 2 <= len(words) <= 3 and len(span) - len(joined) - len(words) <= 1 \
        and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words) and fold(span.text) not in lexicon.names


def _past_a_leading_title(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a person's name starts in an NER span a capitalised title opens ("Permanent Representative Vassily
    Nebenzia", "EC Commissioners Willy de Clercq"); unchanged when no title opens it or no plain name follows."""
    if not doc[start].text[:1].isupper():
        return start
    titled = start + 1 if fold(doc[start].text) in lexicon.names and doc[start].text.isupper() \
        or fold(doc[start].text) in lexicon.demonyms else start  # a body's or a state's: "Kazakh President X"
    last = doc[end - 1].lower_  # "General Electric Co", "General Services Administration" are bodies
    bodily = len(last) <= 2 or last in INSTITUTIONS or last in lexicon.frame_words("org_suffixes")
    return next((cut for cut in range(end - 2, titled, -1)
                 if (_a_title(doc[titled:cut], lexicon)
                     or fold(doc[titled:cut].text) in lexicon.honorifics and not bodily)  # "Rear Admiral X"
                 and _a_plain_name(doc[cut:end], lexicon)), start)


def _set_off_after_a_title(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a name comes after a title, its portfolio or post and a comma ("Minister of Justice, X", "Minister
    of Cooperatives, Labour and Social Welfare, X", "the Head of Adygea, X")."""
    if start < 4 or doc[start - 1].text != ",":
        return False
    return any(doc[of].lower_ in {"of", "for"} and doc[of - 1].lower_ in lexicon.title_words
               and (doc[of - 1].lower_ in PORTFOLIO_TITLES and _a_whole_portfolio(doc, of + 1, start - 1, lexicon)
                    or fold(doc[of + 1:start - 1].text) in lexicon.regions
                    or lexicon.class_of(doc[of + 1:start - 1].text) == "Country")
               for of in range(max(1, start - 10), start - 2))


def _in_apposition_to_a_title(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is set off by a comma right after the one title it is in apposition to ("Kazakhstan's
    interior minister, Marat Akhmetzhanov, said")."""
    root, doc = span.root, span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," and root.dep_ == "appos" \
        and root.head.i == span.start - 2 and root.head.tag_ == "NN" and names_a_title(root.head, lexicon)


def _titled_name(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A plain name right after a lower-case title word ("national security adviser Ajit Doval")."""
    if not start or not doc[start - 1].is_lower or not _a_plain_name(doc[start:end], lexicon):
        return False
    return any(_a_title(doc[k:start], lexicon) for k in range(max(0, start - 4), start))


def _before_a_clause_subject(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when NER ran on past a comma into the subject of the next clause ("a session of the State
    Duma, Raisi said"): a name after a comma that is the verb's subject, not in apposition, is not part of it."""
    for comma in range(start + 1, end - 1):
        rest = doc[comma + 1:end]
        if doc[comma].text == "," and rest.root.dep_ in {"nsubj", "nsubjpass"} \
                and all(t.pos_ == "PROPN" and t.is_title for t in rest) \
                and not start <= rest.root.head.i < end:
            return comma
    return end


def _before_a_date(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when NER ran on into the date after it ("a letter sent to the council on Aug. 28")."""
    for k in range(start + 1, end - 1):
        if doc[k].pos_ == "ADP" and all(t.like_num or t.is_punct or t.lower_.rstrip(".") in MONTHS
                                        for t in doc[k + 1:end]):
            return k
    return end


def _before_a_rank(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a body's name ends when NER took in the rank of the officer named after it ("the Armed Forces of the
    Islamic Republic of Iran Major | General Mohammad Bagheri", "the Armed Forces Maj | . Gen. X"); `start` when
    NER took nothing but the rank ("Rear Admiral | X")."""
    for cut in (end - 4, end - 3, end - 2, end - 1):  # "the Russian Federation | General of the Army | Sergei Shoigu"
        if cut < start or end >= len(doc) or not doc[cut].is_title:
            continue
        if any(fold(doc[cut:stop].text) in lexicon.honorifics for stop in range(end + 1, min(end + 4, len(doc)))) \
                or fold(doc[cut:end].text) in lexicon.honorifics and (doc[end].ent_type_ == "PERSON" or (
                    end - cut > 1 and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_)):
            return cut
    return end


def _joined_body_names(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """NER's entities, with 'Ports | and | Maritime Organization' one body: a plural common word, 'and', and a
    body's name ending in a word such as Organization, which NER took for two bodies; the same for a venue's name
    ('Congress | and | Exhibition Centre')."""
    suffixes = lexicon.frame_words("org_suffixes")
    ents = list(doc.ents)
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and ent.label_ == after.label_ == "ORG" and len(ent) == 1 and ent[0].tag_ in {
                "NNS", "NNPS"} and ent.end + 1 == after.start and doc[ent.end].lower_ == "and" \
                and after[-1].lower_ in suffixes and fold(ent.text) not in lexicon.names:
            out.append(Span(doc, ent.start, after.end, label="ORG"))
            k += 2
            continue
        if after is not None and ent.end + 1 == after.start and doc[ent.end].lower_ == "and" \
                and ent[-1].is_title and ent[-1].lower_ in VENUE_WORDS and _a_facility_name(after):
            out.append(Span(doc, ent.start, after.end, label="FAC"))  # "the Patriot Congress | and | Exhibition
            k += 2  # Centre": one venue, not a congress and a centre
            continue
        if after is not None and ent.label_ == after.label_ == "PERSON" and ent.end == after.start \
                and len(after) == 1 and after[0].is_title and ent[-1].is_title and ent[-1].head.i == after.start \
                and not any(t.lower_ in STYLES_OF_ADDRESS | lexicon.title_words | lexicon.honorifics
                            for t in doc[ent.start:after.end]):
            out.append(Span(doc, ent.start, after.end, label="PERSON"))  # "Roberto Abreu | Sodre": NER cut a
            k += 2  # three-word name in two
            continue
        start = _company_name_start_before_and(doc, ent) if ent.label_ == "ORG" else None
        if start is not None:
            while out and out[-1].end > start:  # "Australian" of "Australian Meat and Livestock Corp"; the whole
                start = min(start, out.pop().start)  # "E.F. Hutton" of "E.F. Hutton and Co"
            out.append(Span(doc, start, ent.end, label="ORG"))
            k += 1
            continue
        if after is not None and ent.label_ == "ORG" and after.label_ in {"GPE", "NORP"} \
                and _body_of_a_state(doc, ent, after, lexicon):
            out.append(Span(doc, ent.start, after.end, label="ORG"))  # "the Supreme Court | of | Russia": one body
            k += 2
            continue
        state = _untagged_state_after_of(doc, ent, lexicon) if ent.label_ == "ORG" else None
        body = doc[ent.start:ent.end - (ent[-1].lower_ == "of")]
        if state is not None and _body_of_a_state(doc, body, state, lexicon):
            out.append(Span(doc, ent.start, state.end, label="ORG"))  # "the Central Election Commission of |
            k += 1  # Georgia": NER ended the body's name before the state it is of
            continue
        out.append(ent)
        k += 1
    return _with_listed_portfolios(doc, out, lexicon)


def _with_listed_portfolios(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """The entities, with a body whose portfolio lists three or more parts ("Ministry of Cultural Heritage, Tourism
    and Handicrafts") one name: NER cuts it at the commas, taking the last parts for bodies or people of their own.
    A title's list ("Minister of Cooperatives, Labour and Social Welfare") names no one, so entities inside it
    go."""
    for head, end in _listed_portfolios(doc, lexicon):
        covering = next((e for e in ents if e.start <= head < e.end), None)
        kept = [e for e in ents if e is not covering and not (head < e.start < end)]
        titled = doc[head].lower_ in PORTFOLIO_TITLES
        cut = [Span(doc, end + (doc[end].text == ","), e.end, label="PERSON" if titled else e.label_) for e in ents
               if head < e.start < end < e.end - 1]  # "Minister of ... and Handicrafts Ezatollah Zarghami": the
        # name after the list, which NER took with its last part
        if covering is not None:
            kept.append(Span(doc, covering.start, max(end, covering.end), label=covering.label_))
        elif not titled:
            kept.append(Span(doc, head, end, label="ORG"))  # a ministry NER did not tag
        ents = sorted(kept + cut, key=lambda e: e.start)
    return ents


def _listed_portfolios(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where a title's or a body's portfolio of three or more parts stands: the head word ("Minister", "Ministry",
    "Chamber") and the end of its last part."""
    runs = []
    for token in doc[1:]:
        head = doc[token.i - 1]
        if token.lower_ in {"of", "for"} and head.is_title and head.lower_ in PORTFOLIO_HEADS | {"chamber"}:
            end = _listed_portfolio_end(doc, token.i + 1, lexicon)
            if end is not None:
                runs.append((head.i, end))
    return runs


def _a_whole_portfolio(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether the words from `start` to `stop` are a minister's portfolio and nothing else ("Justice", "Roads and
    Urban Development", "Industry, Mine and Trade")."""
    return _portfolio_end(doc, start, stop, lexicon) == stop or _listed_portfolio_end(doc, start, lexicon) == stop


def _listed_portfolio_end(doc: Doc, start: int, lexicon: Lexicon) -> int | None:
    """Where a portfolio of parts joined by commas and a last 'and' ends ("Industry, Mine and Trade",
    "Science, Research and Technology"): capitalised words, the first and last parts ending in a ministry's word;
    None when the words after `start` are no such list (a name after the comma is not a part)."""
    words = lexicon.frame_words("state_body_words")
    parts, last = 0, False
    while True:
        end, titled = None, start
        for k in range(start, min(start + 3, len(doc))):
            if not (doc[k].is_title and doc[k].is_alpha):
                break
            titled = k + 1
            if doc[k].lower_ in words or singular(doc[k].lower_) in words:
                end = k + 1
        if end is None and parts and not last and titled - start == 1:
            end = titled  # "Research" between "Science" and "Technology"
        if end is None:
            return None
        parts += 1
        if last:
            return end if parts >= 3 else None
        if end < len(doc) and doc[end].text == ",":
            start = end + 1
            if start < len(doc) and doc[start].lower_ == "and":
                start, last = start + 1, True  # "Agriculture, Forestry, and Fisheries"
        elif end < len(doc) and doc[end].lower_ == "and" and parts >= 2:
            start, last = end + 1, True
        else:
            return None


def _company_name_start_before_and(doc: Doc, ent: Span) -> int | None:
    """Where a company's name NER cut at its 'and' starts ('Marinduque Mining and | Industrial Corp'): two or three
    capitalised words no entity but a nationality claims, before 'and' and a short name ending in Corp or Ltd;
    one to three capitalised words of any name before 'and Co' ('Morgan Grenfell and | Co Ltd')."""
    if len(ent) > 3 or not is_legal_form(ent[-1].text, CORPORATE_SUFFIXES) or ent.start < 2 \
            or doc[ent.start - 1].lower_ != "and":
        return None
    partners = all(is_legal_form(t.text, CORPORATE_SUFFIXES) for t in ent)  # "Merrill Lynch and | Co": the
    claimed = {"", "NORP", "ORG", "PERSON"} if partners else {"", "NORP"}  # partners' names, whatever NER said
    j = ent.start - 2
    while j >= 0 and ent.start - 2 - j < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ != "DET" \
            and doc[j].ent_type_ in claimed:
        j -= 1
    return j + 1 if ent.start - 2 - j >= (1 if partners else 2) else None


def _ends_in_a_body_word(span: Span, lexicon: Lexicon) -> bool:
    """A name of several words whose last, capitalised, is a word for a body that no place's name ends with ("HSE
    University", "the Coffee Marketing Board"; not "the West Bank")."""
    return len(span) > 1 and _a_body_not_place_word(span[-1], lexicon)


def _a_body_not_place_word(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word for a body that no place's name is made with ('University', 'Ministry'; not 'Bank' or
    'House')."""
    return token.is_title and token.lower_ in name_ending_bodies(lexicon) and token.lower_ not in PLACE_NAME_ENDINGS


def _a_body_of(span: Span, lexicon: Lexicon) -> bool:
    """A name headed by a capitalised word for a body with its 'of' after it ('the Ministry of Sport', 'the
    Institute of Applied Physics'; not 'the Gulf of Oman', nor a paper's 'News of ...')."""
    root = span.root
    return _a_body_not_place_word(root, lexicon) and root.lower_ not in {"news", "press"} and root.i + 1 < span.end \
        and span.doc[root.i + 1].lower_ == "of"


def name_ending_bodies(lexicon: Lexicon) -> frozenset[str]:
    """Words a body's name ends with ('Bank', 'Association', 'Navy', 'Authority'): the lexicon's organization
    suffixes and the institutions."""
    return lexicon.frame_words("org_suffixes") | INSTITUTIONS


def body_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that make a name a body's ('Party', 'Court', 'Bank', 'Authority')."""
    return name_ending_bodies(lexicon) | {"court", "society", "academy"}


def _untagged_state_after_of(doc: Doc, ent: Span, lexicon: Lexicon) -> Span | None:
    """The state's name, untagged, after 'of' right after a body's name, or after the 'of' NER ended it on ("the
    State Electoral Commission | of Bulgaria", "the Central Election Commission of | Georgia")."""
    of = ent.end - 1 if ent[-1].lower_ == "of" else ent.end
    if of == ent.start or of >= len(doc) or doc[of].lower_ != "of" or of + 1 >= len(doc):
        return None
    start = of + 1 + (doc[of + 1].lower_ == "the")
    for width in (5, 4, 3, 2, 1):  # "of the Islamic Republic of Iran"
        if start + width > len(doc) or any(t.ent_type_ for t in doc[start:start + width]):
            continue
        known = lexicon.names.get(fold(doc[start:start + width].text))
        if known is not None and known.cls == "Country":
            return doc[of + 1:start + width]
    return None


def _body_of_a_state(doc: Doc, body: Span, state: Span, lexicon: Lexicon) -> bool:
    """Whether NER split one body's name before the state it ends with: 'the Supreme Court | of | Russia', 'the
    Islamic Renaissance Party | of | Tajikistan' (not a bare ministry, whose state the rules read as its owner)."""
    between = doc[body.end:state.start]
    if [t.lower_ for t in between] not in (["of"], ["of", "the"]) or not body[-1].is_title:
        return False
    start = body.start + (body[0].lower_ == "the")
    if fold(doc[start:body.end].text) in lexicon.names or body[-1].lower_ in MINISTRY_HEADS:
        return False
    known = lexicon.names.get(fold(doc[state.start + (state[0].lower_ == "the"):state.end].text))
    heads = body_words(lexicon) - MINISTRY_HEADS
    return known is not None and known.cls == "Country" and any(t.lower_ in heads for t in body)  # "the
    # Organization for Investment, Economic and Technical Assistance | of | Iran"


def _compass_qualifier(span: Span) -> bool:
    """Whether a span is only words of direction qualifying a common noun ("East-West trade", "Far Eastern
    clients"), with a pair or an adjective in it; "the Far East" and "Middle East peace" name places."""
    words = [t.lower_ for t in span if t.text != "-"]
    if not words or not set(words) <= COMPASS_ADJECTIVES | {"far"} or span.root.head.pos_ != "NOUN" \
            or not span.root.head.is_lower or span.root.dep_ not in {"amod", "compound", "nmod"}:
        return False
    return any(t.text == "-" for t in span) or bool(set(words) & (COMPASS_ADJECTIVES - COMPASS))


def possessive_publication_mentions(doc: Doc) -> list[Found]:
    """"Jane's Defence Weekly", "Lloyd's List": a publication named with its founder's possessive, which NER
    splits into a person and a body."""
    found = []
    for match in POSSESSIVE_BEFORE_A_NAME.finditer(text_of(doc)):
        marker = doc.char_span(match.start(1), match.end(1))
        if marker is None or marker.start == 0 or not doc[marker.start - 1].is_title:
            continue
        token = doc[marker.start]
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end - token.i <= 4:
            end += 1
        if end > token.i + 1 and doc[end - 1].lower_ in PUBLICATION_WORDS:
            found.append(Found(token.i - 1, end, "Organization", priority=3))
    return found


def _acronym_defined(doc: Doc, opened: int) -> bool:
    """'(RATS)' at `opened`: a bracketed acronym and nothing else."""
    return opened + 2 < len(doc) and doc[opened + 2].text == ")" and ACRONYM.match(doc[opened + 1].text) is not None


def initials_match(acronym: str, words: list[str]) -> bool:
    """'RATS' of Regional Anti Terrorist Structure, 'EAEU' of Eurasian Economic Union: each word gives the acronym
    its first letter or a few first letters; small joining words may give none."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word.lower() in NAME_JOINERS and initials_match(acronym, rest):
        return True
    letters = word.upper()
    return any(acronym[:n] == letters[:n] and initials_match(acronym[n:], rest)
               for n in range(1, min(len(acronym), len(letters), 2) + 1))


def acronym_defined_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Regional Anti-Terrorist Structure (RATS)': capitalised words whose initials spell the acronym that
    follows them, and end in a word for a body, name that body where NER saw no name. Later uses of the acronym
    are mentions too, of whatever the name before it was."""
    bodies = lexicon.frame_words("org_suffixes") | lexicon.frame_words("org_descriptors") | INSTITUTIONS | BODY_WORDS
    found = []
    for opened in range(2, len(doc) - 2):
        if doc[opened].text != "(" or not _acronym_defined(doc, opened):
            continue
        acronym = doc[opened + 1].text.replace("-", "")
        words: list[str] = []
        start = opened
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].text == "-" or
                             doc[start - 1].lower_ in NAME_JOINERS and words):
            start -= 1
            if doc[start].is_alpha:
                words.insert(0, doc[start].text)
            if len(words) >= 2 and doc[start].is_title and initials_match(acronym, words):
                break
        else:
            continue
        found += [Found(t.i, t.i + 1, "Organization") for t in doc[opened + 3:] if t.text == doc[opened + 1].text
                  and not t.ent_type_]  # "RATS was set up in 2004": resolved to what it abbreviates
        if not any(t.lower_ in bodies for t in doc[start:opened]) \
                or any(t.ent_type_ not in {"", "ORG", "GPE", "NORP"} for t in doc[start:opened]):
            continue  # "the Agency for International Development (AID)": NER may take only "Agency"
        found.append(Found(start, opened, "Organization", priority=1))
    return found


def acronym_body_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Kurdish YPG militia', 'the SPLA rebels': an acronym before a word for a body or an armed group is
    that body's name, where NER saw no name."""
    bodies = lexicon.frame_words("org_descriptors") | ARMED_GROUPS
    return [Found(t.i, t.i + 1, "Organization") for t in doc
            if t.dep_ in {"compound", "nmod"} and t.head.i == t.i + 1 and t.head.lemma_.lower() in bodies
            and re.fullmatch(r"[A-Z]{2,6}", t.text) and not t.ent_type_ and lexicon.country_word(t.text) is None]


def conflict_mentions(doc: Doc, lexicon: Lexicon, on: date | None) -> list[Found]:
    """Wars the lexicon knows, by the name they had on the article's date ('the Gulf war' of 1987)."""
    found = []
    for i in range(len(doc)):
        longest = None
        for j in range(i + 1, min(len(doc), i + 8) + 1):
            key = fold(doc[i:j].text)
            if key not in lexicon.conflict_prefixes:
                break
            cased = any(t.text[:1].isupper() for t in doc[i:j] if not t.is_sent_start)
            conflict = lexicon.conflict_named(key, cased, on)
            if conflict is not None:
                longest = (j, conflict)
        if longest is not None:
            start = i + (doc[i].lower_ == "the")
            found.append(Found(start, longest[0], "Event", longest[1].known.key, "name", priority=3))
    return found


def _given_name(token: Token, lexicon: Lexicon, before_patronymic: bool = False) -> bool:
    """A capitalised name word NER left out of a person's name: not a title, honorific, state or known name.
    Before "ibn"/"bin" a title word is a given name too ("Sultan ibn Abdulaziz")."""
    return not token.ent_type_ and _a_name_word(token, lexicon, before_patronymic)


def _a_name_word(token: Token, lexicon: Lexicon, before_patronymic: bool = False) -> bool:
    """A capitalised word that may be part of a person's name: not a title (unless before "ibn"/"bin"), honorific,
    state or known name."""
    return (token.pos_ == "PROPN" and token.is_alpha and token.is_title
            and (before_patronymic or not {token.lower_, singular(token.lower_)} & lexicon.title_words)
            and token.lower_ not in lexicon.honorifics
            and lexicon.country_word(token.text) is None and fold(token.text) not in lexicon.names)


def _in_a_name(token: Token, lexicon: Lexicon) -> bool:
    """A word of the given names before "ibn"/"bin": one NER tagged a person's, or a name word."""
    return token.lower_ not in lexicon.honorifics and (token.ent_type_ == "PERSON" and token.is_title
                                                      or _given_name(token, lexicon, True))


def _past_a_split_rank(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a name starts in a span that opens with the last words of a rank begun before it (NER's "First Rank
    Oleg Petrov", the words after the title "First" of "Captain First Rank Oleg Petrov")."""
    for inside in (2, 1):
        if end - start > inside + 1 and _ends_a_rank(doc, start + inside - 1, lexicon, inside):
            return start + inside
    return start


def _ends_a_rank(doc: Doc, i: int, lexicon: Lexicon, least: int = 1) -> bool:
    """Whether a word closes a rank of several words ("Captain First | Rank"), reaching back past the `least`
    words before it that NER took into a name: no given name."""
    return any(i - before >= 0 and fold(doc[i - before:i + 1].text) in lexicon.honorifics
               for before in range(least, 4))


def _whole_person_name(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """'Dieter Sigmar', 'Haddadi Gholam-reza': a given name before the span that is a compound of its head, and a
    hyphenated second half after it, which NER left out of the person's name."""
    first = start  # the given names before the span that hang on its head
    while first > 0 and doc[first - 1].dep_ == "compound" and first <= doc[first - 1].head.i < end \
            and _given_name(doc[first - 1], lexicon) and doc[first - 1].lower_ not in ROLE_WORDS | REGIONS \
            and doc[first - 1].lower_ not in lexicon.frame_words("occupation_nouns") \
            and doc[first - 1].lower_ not in lexicon.frame_words("state_body_words") \
            and not _ends_a_rank(doc, first - 1, lexicon):  # "... and Infrastructure | X": a portfolio's last word
        first -= 1
    after_a_title = first > 0 and singular(doc[first - 1].lower_) in lexicon.title_words
    if first < start - 1 and after_a_title:
        start = first  # "Secretary General Asad Majeed | Khan": given names between a title and NER's name
    elif first == start - 1 and (doc[first].is_sent_start or not doc[first - 1].is_title or doc[first - 1].ent_type_
                                 or after_a_title) and (first == 0 or doc[first - 1].tag_ != "DT"):
        start = first  # one given name, not after another capitalised word, which makes a title of both
        # ("Defence Secretary X"), unless that word ends a title ("Chief Executive Alexei Miller"); not after
        # "the", which makes a body of it ("the Presidency Marco Maciel")
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].pos_ == "PROPN" and not doc[end + 1].ent_type_:
        end += 2
    elif end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and _a_surname_cut_off(doc[end], lexicon):
        end += 1  # "Ali Akbar | Mehrabian", whose surname NER took for a body or a place of its own
    return start, end


def _a_surname_cut_off(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word NER made a one-word body or place of, right after a person's name that hangs on it: a
    name's word, and no city or body word."""
    alone = not token.ent_type_ or token.ent_iob_ == "B" and (token.i + 1 == len(token.doc)
                                                             or token.doc[token.i + 1].ent_iob_ != "I")
    return alone and token.ent_type_ in {"ORG", "GPE", "NORP", ""} and _a_name_word(token, lexicon) \
        and fold(token.text) not in lexicon.cities and token.lower_ not in body_words(lexicon)


def _past_a_posts_state(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a person's name starts in an NER span that a title's state or region opens ("President of
    Turkmenistan Serdar Berdimuhamedov", "ambassador to Iraq Elbrus Kutrashev", "director for Africa Paul
    Acquah"): the state is a mention of its own. Unchanged when no title comes before the state or no name of
    two or more capitalised words after it."""
    if not _after_a_title(doc, start, {"of", "to", "for", "in"}, lexicon) \
            or is_legal_form(doc[end - 1].text, CORPORATE_SUFFIXES | name_ending_bodies(lexicon)):
        return start  # "managing director of China State Shipbuilding Corp": a body's name
    for width in (5, 4, 3, 2, 1):  # "President of the Islamic Republic of Iran Masoud Pezeshkian"
        post = fold(doc[start:start + width].text)
        known = lexicon.names.get(post)
        rest = doc[start + width:end]
        a_region = 1 < width < end - start and doc[start + width - 1].lower_ in REGIONS \
            and all(t.is_title for t in doc[start:start + width])  # "Governor of Astrakhan Region Igor Babushkin"
        if (known is not None and known.cls == "Country" or post in WORLD_REGIONS or a_region) and len(rest) >= 2 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) \
                and fold(rest.text) not in lexicon.names:
            return start + width
    return start


def _holder_after_a_titled_body(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int | None:
    """Where the holder's name starts in an NER body span that a title and 'of' open and a name of two or more
    capitalised words closes, right after the body's word or the state it is of ("Chairwoman of the Federation
    Council Valentina Matviyenko", "Speaker of the Majlis of the Islamic Republic of Iran Mohammad Ghalibaf")."""
    if not _after_a_title(doc, start, {"of"}, lexicon):
        return None
    bodies = body_words(lexicon)
    for k in range(max(start + 1, end - 4), end - 1):
        rest = doc[k:end]
        closes_a_body = doc[k - 1].lower_ in bodies or any(
            lexicon.class_of(doc[j:k].text) == "Country" for j in range(start + 1, k))
        if closes_a_body and all(t.pos_ == "PROPN" and t.is_title for t in rest) \
                and fold(rest.text) not in lexicon.names and doc[k].lower_ not in bodies:
            return k
    return None


def _after_a_title(doc: Doc, start: int, preps: set[str], lexicon: Lexicon) -> bool:
    """Whether a span follows a title and one of `preps`, with or without 'the' ("President of | X", "Chairwoman of
    the | X", "ambassador to | X")."""
    of = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return of >= 1 and doc[of].lower_ in preps and _ends_a_title(doc, of, lexicon)


def _ends_a_title(doc: Doc, of: int, lexicon: Lexicon) -> bool:
    """Whether the words before the 'of' at `of` end a title: a title word ('President of'), or a portfolio after
    one ('Deputy Minister of Foreign Affairs of the Russian Federation')."""
    if singular(doc[of - 1].lower_) in lexicon.title_words:
        return True
    k = of - 1
    while k > 0 and of - k <= 5 and doc[k].is_title and doc[k].lower_ not in {"the"}:
        if doc[k - 1].lower_ == "of" and k >= 2 and singular(doc[k - 2].lower_) in lexicon.title_words:
            return True
        k -= 1
    return False


def _past_country_prefix(doc: Doc, start: int, end: int, lexicon: Lexicon, cities: bool = False) -> int:
    """Where an organization's or a facility's name starts inside an NER span that a country word opens ('U.S.
    Central Intelligence Agency' of a known body, "Angola's Sonangol" of any) or, for a facility, a city's
    possessive ("Tehran's Mehrabad airport"); the country or city is a mention of its own, and the qualifier makes
    the body located there."""
    first = doc[start]
    if lexicon.country_word(first.text) is None:
        a_city = cities and (fold(first.text) in lexicon.capitals or fold(first.text) in lexicon.cities)
        return start + 2 if a_city and end - start > 2 and doc[start + 1].text in {"'s", "\u2019s"} else start
    if fold(doc[start + 1:end].text) in lexicon.names:
        return start + 1
    if first.text.endswith(".") and end - start > 3 and doc[end - 1].lower_ in name_ending_bodies(lexicon) \
            and all(t.is_title or t.text == "-" or t.lower_ in {"and", "of"} for t in doc[start + 1:end]) \
            and not _known_body_inside(doc, start + 1, end, lexicon):
        described = doc[start + 1].lower_ in lexicon.frame_words("org_descriptors")  # "the U.S. Firm Amoco Corp"
        return start + 1 + described  # "U.S. National Soybean Processors Association": the abbreviation qualifies
        # the name; "U.S. Chamber of Commerce", "U.S. Marine Corps" are names
    if end - start > 2 and doc[start + 1].text in {"'s", "\u2019s"}:
        return start + 2
    return start


def _before_title_suffix(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """Where an organization's name ends when NER ran on into a capitalised title after it ("Gazprom Chief
    Executive" of "Gazprom Chief Executive Alexei Miller"); not a body named so ("Office of the Trade
    Representative")."""
    if end == len(doc) or not (doc[end].is_title and doc[end].pos_ == "PROPN") \
            or fold(doc[start:end].text) in lexicon.names:
        return end
    for cut in range(start + 1, end):
        if doc[cut].is_title and lexicon.is_title(fold(doc[cut:end].text)):
            return cut
    return end


def _known_body_inside(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether some words of a span name an organization the lexicon knows."""
    return any(lexicon.class_of(doc[a:b].text) == "Organization"
               for a in range(start, end) for b in range(a + 1, end + 1))


def _reuters_capital(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'U.S. Imposes', 'U.N. Diplomats': newswire capitalises the word after an abbreviation; NER then
    takes the pair for a name. The abbreviation is found on its own by the lexicons."""
    first, rest = doc[start], doc[start + 1:end]
    if not (end - start > 1 and first.text.endswith(".") and fold(first.text) in lexicon.names
            and all(t.is_title and not t.is_upper for t in rest)) or any(t.lower_ in INSTITUTIONS for t in rest):
        return False
    # "U.S. National Soybean Processors Association" is a body's name; in "U.S. Firm Phelps Dodge Corp" the
    # lexicon finds the company
    long_name = len(rest) > 1 and not _known_body_inside(doc, start + 1, end, lexicon)
    return not (long_name and any(t.lower_ in name_ending_bodies(lexicon) for t in rest))


def _left_edge(head: Token, allowed: set[str]) -> int:
    start = head.i
    for child in head.lefts:
        if child.dep_ in allowed:
            start = min(start, child.left_edge.i)
    return start


NO_ONE_THING = {"no", "every", "each", "any", "all"}
# "Tehran, Moscow ink Rasht-Astara railway deal": a headline's verb the parser took into the agreement's name
HEADLINE_SIGNING = {"sign", "signs", "ink", "inks", "seal", "seals", "clinch", "clinches"}


def agreement_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Noun phrases headed by an agreement noun ("the $40 billion energy cooperation agreement")."""
    heads = lexicon.frame_words("party_nouns")
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if _a_numbered_resolution(token):
            found.append(Found(token.i, token.i + 2, "Agreement", kind="name", priority=2))
            continue
        jointly = lemma in JOINT_DOCUMENTS and any(c.lower_ == "joint" for c in token.lefts)
        if lemma not in heads and not jointly and not _a_signed_document(token) or token.pos_ not in {"NOUN", "PROPN"}:
            continue  # "a joint statement" is agreed by its sides; "a statement" is one side's
        joint = jointly or lemma == "document"
        if lemma not in STRONG_AGREEMENT_HEADS and token.pos_ != "PROPN" and not joint:
            continue  # "a declaration" may be anyone's; "a joint declaration" is agreed between sides
        if lemma == "deal" and any(c.lower_ in {"great", "good"} for c in token.lefts):
            continue
        if any(c.dep_ == "det" and c.lower_ in NO_ONE_THING for c in token.lefts):
            continue  # "no agreement on the offensive", "every agreement reached with him": no one document
        if token.dep_ == "compound" and token.head.lemma_.lower() in heads:
            continue
        start = _left_edge(token, {"compound", "amod", "nmod", "nummod", "quantmod", "npadvmod", "punct"})
        end = token.i + 1
        for child in token.rights:
            topic_end = child.right_edge.i + 1
            if topic_end - start > 16:
                topic_end = _without_clauses(child)
            if child.dep_ == "prep" and child.lower_ == "of" and topic_end - start <= 16 \
                    and any(o.lemma_.lower() in DOCUMENT_KINDS or _a_bare_topic(o) for o in child.children
                            if o.dep_ == "pobj"):
                end = _cut_parties(doc, token.i + 1, topic_end)  # "a memorandum of understanding on energy", "a
                # memorandum of obligations", "a treaty of friendship"
            elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "PROPN" and token.is_title \
                    and (titled := _proper_of_phrase_end(token)) and not _a_place_or_date(doc[child.i + 1], lexicon):
                end = _cut_parties(doc, token.i + 1, titled)  # "a Treaty of Strategic Partnership and Cooperation":
                # a title, as "the Treaty of ..." is to NER
            elif child.dep_ == "prep" and child.lower_ in {"on", "for"} and topic_end - start <= 16:
                end = _cut_parties(doc, token.i + 1, topic_end)
                if token.text[:1].isupper():  # "the Treaty on Strategic Partnership in Moscow": a title ends
                    end = next((t.i for t in doc[child.i + 1:end] if t.dep_ == "prep" and t.lower_ in {"in", "at"}
                                and any(_a_place_or_date(o, lexicon) for o in t.children)), end)
            elif child.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                end = max(end, _purpose_end(child, start))  # "an agreement to open an office in Peking"
            elif (aim := _aimed_at(child)) is not None:
                end = max(end, _purpose_end(aim, start))  # "agreements aimed at boosting trade"
        if end == token.i + 1 and (titled := _titled_topic_end(token)):
            end = titled  # "signed a Treaty on the Junction Point of State Borders | in Khujand": a title, however
            # the parser hangs its 'on'
        start = next((k + 1 for k in range(token.i - 1, start - 1, -1) if doc[k].text in HEADLINE_SIGNING), start)
        while start < token.i and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}
                                   or doc[start].ent_type_ in AMOUNTS or doc[start].like_num
                                   or doc[start].lower_ in MONEY_WORDS) and not _a_term(doc, start, token.i) \
                and not _a_batch_count(doc[start], token):
            start += 1
        if end > token.i + 2 and doc[end - 1].dep_ == "acl" and doc[end - 1].tag_ == "VBN" \
                and doc[end - 2].text == ",":
            end -= 1  # "a memorandum on political consultations, signed | by A and B": the signers are cut off,
            # and so is the participle left behind
        end = next((t.i for t in doc[token.i + 1:end] if _a_day(t) or _at_a_gathering(t, lexicon)), end)  # "signed a
        # memorandum | on Tuesday", "the memorandum of obligations | at the SCO summit in Samarkand"
        while end > token.i + 1 and doc[end - 1].is_punct and doc[end - 1].text != ")":
            end -= 1
        found.append(Found(start, token.i + 1, "Agreement", kind=_agreement_kind(token, lexicon), priority=2,
                           name_end=end))
    return found


def _titled_topic_end(head: Token) -> int:
    """Where the capitalised topic right after a capitalised document head ends ('Treaty on the Junction Point of
    State Borders', 'Convention on Nuclear Safety'), whatever the parse; 0 when there is none."""
    doc = head.doc
    if not head.is_title or head.is_sent_start or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in {"on", "of"}:
        return 0
    end = _proper_words_end(doc, head.i + 2, len(doc))
    return end if any(t.is_title for t in doc[head.i + 2:end]) else 0


def _bodies_inside_titles(found: list[Found], doc: Doc) -> list[Found]:
    """Drop the unknown bodies NER finds inside a document's capitalised title ('a Treaty on the Junction Point of
    State Borders'): the words are the title's, not a body's."""
    titles = [(f.end, f.name_end) for f in found if f.cls == "Agreement" and f.name_end > f.end
              and doc[f.end - 1].is_title and not doc[f.end - 1].is_sent_start]
    return [f for f in found if not (f.cls == "Organization" and not f.key and f.priority <= 1 and any(
        end <= f.start and f.end <= name_end for end, name_end in titles))]


def _a_day(prep: Token) -> bool:
    """'signed a memorandum | on Tuesday': a preposition 'on' whose object is a day or time says when, not what
    about."""
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children)


def _at_a_gathering(prep: Token, lexicon: Lexicon) -> bool:
    """'signed a memorandum of obligations | at the SCO summit': a preposition 'at' whose object is a gathering or a
    place says where a document was signed, not what it is about."""
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in lexicon.frame_words("placed_event_heads")
                              or _a_place_or_date(o, lexicon)) for o in prep.children)


def a_bare_state_body(doc: Doc, body: Found, lexicon: Lexicon) -> bool:
    """Whether a body is a state's, named without its state ("the Foreign Ministry", "the Defence Ministry")."""
    name = fold(doc[body.start:body.end].text)
    return body.cls == "Organization" and body.kind == "name" and " " in name and name not in lexicon.names \
        and lexicon.is_state_body(name)


def _a_bare_topic(noun: Token) -> bool:
    """'of obligations', 'of friendship': a bare common noun after 'of' says what a document is about (not 'of the
    two sides', 'of 2001')."""
    return noun.pos_ == "NOUN" and noun.is_lower and not noun.ent_type_ \
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def _a_batch_count(word: Token, head: Token) -> bool:
    """'nine memoranda of understanding', 'four agreements': how many documents were signed together is part of
    the batch's name (a sum of money is not)."""
    return word.dep_ == "nummod" and word.head.i == head.i and word.like_num and word.ent_type_ in {"CARDINAL", ""} \
        and head.lower_ != head.lemma_.lower() and word.lower_ not in MONEY_WORDS | {"one", "million", "billion"}


RESOLUTION_HEADS = {"resolution", "draft"}
RESOLUTION_WORDS = RESOLUTION_HEADS | {"text"}  # what a resolution voted on is called again: "that text"
# "drafted by", "put forward by", "a U.S.-sponsored resolution": who wrote a resolution that others vote on
DRAFTING_VERBS = {"draft", "sponsor", "co-sponsor", "cosponsor", "table", "propose", "submit", "introduce", "put",
                  "present"}
VOTING_PREPS = {"for", "against"}
ANAPHORIC_DETS = {"the", "this", "that"}


def resolution_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Resolutions known by who drafted them ("a resolution drafted by Russia and China", "a U.S.-drafted
    resolution", "the Russian-Chinese draft"), one that is vetoed or voted on ("vetoed a Security Council
    resolution"), and "the resolution", "the draft", "that text" after one.

    A drafted resolution is keyed by its drafters, so that its later names are the same node.
    """
    found: list[Found] = []
    seen = False
    for token in doc:
        if not token.lower_.startswith(("resol", "draft", "text")):
            continue  # the spelling first: a lemma costs more to read
        lemma = token.lemma_.lower()
        if _a_numbered_resolution(token):
            seen = True
            continue
        if token.pos_ != "NOUN" or lemma not in RESOLUTION_WORDS \
                or token.dep_ == "compound" and token.head.lemma_.lower() in RESOLUTION_HEADS:
            continue  # "a draft resolution": the resolution heads it
        det = next((c.lower_ for c in token.lefts if c.dep_ in {"det", "poss"}), "")
        if det in NO_ONE_THING:
            continue  # "voted against every Western-sponsored resolution": no one text
        drafters, name_end = drafted_by(token, lexicon)
        start = _left_edge(token, {"compound", "amod", "nmod", "npadvmod", "punct"})
        while start < token.i and (doc[start].is_punct or doc[start].lower_ in ARTICLES):
            start += 1
        named_by_drafters = any(i < token.i for i in drafters)  # "the Russian-Chinese draft"
        if det in ANAPHORIC_DETS and seen and not named_by_drafters:
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):  # not "the text of the deal"
                found.append(Found(token.i, token.i + 1, "Agreement", kind="anaphor", priority=2))
        elif drafters and lemma != "text":
            key = "agreement:drafted by " + "+".join(sorted({k.split(":", 1)[-1] for k in drafters.values()}))
            found.append(Found(start, token.i + 1, "Agreement", key=key, kind="phrase", priority=2,
                               name_end=name_end))
            seen = True
        elif lemma == "resolution" and _voted_on(token):  # its body's name stays a mention of its own
            found.append(Found(token.i, token.i + 1, "Agreement", kind="phrase", priority=2))
            seen = True
    return found


def drafted_by(head: Token, lexicon: Lexicon) -> tuple[dict[int, str], int]:
    """Who drafted a resolution, as its own phrase names them: token index -> state key (or the name folded),
    and where the phrase ends. "a resolution drafted by Russia and China", "put forward by Britain and
    France", "a U.S.-drafted resolution", "a South Korean draft resolution", "the Russian-Chinese draft"."""
    doc = head.doc
    drafters: dict[int, str] = {}
    end = head.i + 1
    described = [c for c in head.rights if c.dep_ == "acl"]
    after = head.right_edge.i + 1  # "adopted a resolution, put forward by A, ...": the parser may hang the
    if head.dep_ == "dobj" and after + 1 < len(doc) and doc[after].text == ",":  # participle on the verb
        described += [c for c in head.head.rights if c.dep_ == "advcl" and c.i == after + 1 and c.tag_ == "VBN"]
    for verb in (c for c in described if c.lemma_.lower() in DRAFTING_VERBS):
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for obj in (o for o in agent.children if o.dep_ == "pobj"):
                for name in [obj, *obj.conjuncts]:
                    written = doc[_proper_name_start(name):name.i + 1].text
                    state = lexicon.country_word(written)
                    if state is None and name.pos_ != "PROPN":
                        continue  # "presented by Chile by 25 votes to six": the count is no drafter
                    drafters[name.i] = state.key if state is not None else f"name:{fold(written)}"
                    end = max(end, name.i + 1)
    drafted = head.lemma_.lower() == "draft" or any(c.lemma_.lower() == "draft" for c in head.lefts)
    for modifier in (c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}):
        if modifier.lower_.endswith(("-drafted", "-sponsored")):  # "a U.S.-drafted resolution"
            state = lexicon.country_word(modifier.text.rsplit("-", 1)[0])
            if state is not None:
                drafters[modifier.i] = state.key
        elif modifier.tag_ == "VBN" and modifier.lemma_.lower() in DRAFTING_VERBS:  # "Canadian - drafted"
            for word in (c for c in modifier.lefts if not c.is_punct):
                state = lexicon.country_word(" ".join(t.text for t in word.subtree if not t.is_punct))
                if state is not None:
                    drafters[word.i] = state.key
        elif drafted and modifier.lemma_.lower() != "draft":  # "a South Korean draft", "the Russian-Chinese draft"
            words = [t for t in modifier.subtree if not t.is_punct]
            whole = lexicon.country_word(" ".join(t.text for t in words))
            states = [(words[-1], whole)] if whole is not None else [(t, lexicon.country_word(t.text)) for t in words]
            drafters.update((t.i, state.key) for t, state in states if state is not None)
    return drafters, end


def _voted_on(head: Token) -> bool:
    """Whether a noun is what is vetoed or voted for or against ("vetoed a Security Council resolution")."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "veto":
        return True
    return head.dep_ == "pobj" and head.head.lower_ in VOTING_PREPS and head.head.head.lemma_.lower() == "vote"


def _a_numbered_resolution(token: Token) -> bool:
    """'Security Council resolution 2231', 'Resolution 598': a resolution is named by its number."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "resolution" and following is not None and following.text.isdigit()


def _a_term(doc: Doc, start: int, head: int) -> bool:
    """'a 20-year treaty', 'a 10-year contract', 'a 25-point joint statement': the term an agreement runs for, or
    the number of its points, is part of how it is named."""
    return start + 2 < head and doc[start].like_num and doc[start + 1].text == "-" \
        and doc[start + 2].lemma_.lower() in {"year", "month", "decade", "point"}


def _a_signed_document(token: Token) -> bool:
    """'signed a 20-year cooperation document': a document that sides sign is an agreement (eight documents
    inked are as many agreements, not one); one that is read, leaked or published is not. "The document was
    signed" is left alone: which agreement it is, the last one named or the story's own, takes more than
    recency to tell."""
    return token.lemma_.lower() == "document" and token.tag_ == "NN" and token.dep_ in {"dobj", "nsubjpass"} \
        and token.head.lemma_.lower() in SIGNING_VERBS \
        and not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in token.children)


def _without_clauses(phrase: Token) -> int:
    """Where a phrase ends before a clause about its last noun: "on a free trade zone | that is to replace the
    interim deal" (the clause says what the zone does; it is no part of the topic)."""
    end = phrase.right_edge.i + 1
    for token in phrase.subtree:
        if token.dep_ == "relcl" and token.head.i > phrase.i:
            end = min(end, token.left_edge.i)
    return end


PHRASE_STOPS = {"appos", "cc", "conj", "punct", "mark", "advcl"}
ARTICLES = {"a", "an", "the"}


AIMS = {"aim", "design", "intend", "mean"}  # "an accord aimed at / designed to ...": what it is for
QUANTITY_NOUNS = {"variety", "number", "series", "set", "range", "host", "couple", "pair", "string", "raft"}


def goods_as_written(head: Token) -> tuple[str, ...]:
    """The words that qualify goods the article names by their kind: "cruise missiles", "long-range strategic
    missiles", "advanced Iranian drones" (hidden labels of the kind's node, as a search finds them)."""
    modifiers = [c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod", "npadvmod"}]
    if not modifiers or not head.is_lower:
        return ()
    words = head.doc[min(m.left_edge.i for m in modifiers):head.i + 1]
    if any(t.is_punct and t.text != "-" for t in words):
        return ()
    return (" ".join(words.text.split()),)


def phrases_as_written(head: Token, max_tokens: int = 24) -> tuple[str, ...]:
    """The noun phrase a described agreement or event heads, as the article writes it, at each extent past the
    head alone: "a meeting in Paris", "a meeting in Paris last January", each also without its article; from
    the quantity it is counted by, too ("a number of trade pacts").

    Search finds the thing by the words the article used; the entity's label stays the short name.
    """
    doc = head.doc
    starts = [head.left_edge.i]
    counter = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if counter is not None and counter.lemma_.lower() in QUANTITY_NOUNS and counter.i < head.i:
        starts.append(counter.left_edge.i)  # "a variety of agreements aimed at trade"
    starts += [c.right_edge.i + 1 for c in head.lefts if c.dep_ == "poss"]  # "Putin's state visit": "state visit"
    ends = [head.i + 1, *_extents(head)]
    comma = next((t.i for t in doc[head.i + 1:max(ends)] if t.text in {",", ";", "--"}), max(ends))
    found: dict[str, None] = {}
    for start in starts:
        for end in sorted(set(ends)):
            end = min(end, comma)  # "an accord on fishing rights, which runs ...": a clause about it, not its name
            while end > head.i + 1 and doc[end - 1].is_punct and doc[end - 1].text != ")":
                end -= 1
            if end - start > max_tokens:
                break
            article = doc[start].lower_ in ARTICLES and doc[start].head.i in {head.i, getattr(counter, "i", -1)}
            if end - start - article < 2:
                continue  # "a meeting": the head alone finds every meeting
            found[" ".join(doc[start:end].text.split())] = None
            if article:
                found[" ".join(doc[start + 1:end].text.split())] = None
    return tuple(found)


def _extents(token: Token, top: bool = True) -> list[int]:
    """Where a phrase may end right of a token: after each right dependent, and inside the last one's own
    ("agreements aimed at boosting trade", "... between their countries", "between Nigeria and the Paris Club"),
    never between two conjuncts; not into a clause, nor into a list of such things (the head's own conjuncts)."""
    doc = token.doc
    # "a meeting of the Council" in "a meeting of the Council in St Petersburg", but not "between Tehran" in
    # "between Tehran and Moscow"
    ends: list[int] = [token.i + 1] if token.dep_ == "pobj" and not top and not any(
        c.dep_ == "conj" for c in token.children) else []
    last = token.i + 1
    for child in token.rights:
        listed = child.dep_ in {"cc", "conj"} and not top
        if child.dep_ in PHRASE_STOPS and not listed or any(t.text in {",", ";", "(", "--"}
                                                              for t in doc[last:child.i]):
            break
        if child.dep_ == "cc":
            continue
        if child.dep_ == "conj":
            ends.append(child.i + 1)  # "... and the Paris Club", before what follows the last conjunct
        ends += _extents(child, top=False)
        last = child.right_edge.i + 1
        ends.append(last)
    return ends


def _a_place_or_date(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a place or a date: by the parser's entity, or a capital the lexicon knows."""
    words = " ".join(t.text for t in token.subtree)
    return token.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} or fold(words) in lexicon.capitals


def _aimed_at(child: Token) -> Token | None:
    """The verb of 'aimed at / designed to VERB ...' after an agreement noun, or None."""
    if child.dep_ != "acl" or child.lemma_.lower() not in AIMS:
        return None
    link = next((c for c in child.children if c.dep_ in {"prep", "xcomp"}), None)
    if link is None or link.dep_ == "xcomp":
        return link  # "designed to promote trade"
    return next((c for c in link.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)  # "aimed at boosting"


def _purpose_end(verb: Token, start: int) -> int:
    """Where 'to VERB its object' ends after an agreement noun (0 when it has no object or runs on)."""
    current: Token | None = verb
    while current is not None:
        obj = next((c for c in current.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj.right_edge.i + 1 if obj.right_edge.i - start < 16 else 0
        current = next((c for c in current.children if c.dep_ == "xcomp"), None)  # "to stop dumping chips"
    return 0


def _cut_parties(doc: Doc, start: int, end: int) -> int:
    """End a name before 'between X and Y' / 'with X', and before ', which ...': neither the parties nor a
    clause about the agreement is part of its name."""
    for token in doc[start:end]:
        if token.lower_ in {"between", "with", "among", "by"}:
            return token.i
        if token.text == "," and token.i + 1 < end and doc[token.i + 1].tag_ in {"WDT", "WP", "WP$"}:
            return token.i
    return end


def _agreement_kind(head: Token, lexicon: Lexicon) -> str:
    """'anaphor' for "this treaty", 'generic' for "a new, major agreement", else 'phrase'."""
    generic = lexicon.frame_words("agreement_generic_modifiers")
    mods = [t for c in head.lefts if c.dep_ != "det" for t in c.subtree if not t.is_punct]
    content = [t for t in mods if t.lower_ not in generic and t.ent_type_ not in {"MONEY", "CARDINAL", "DATE"}]
    has_content_pp = any(c.dep_ == "prep" and c.lower_ in {"on", "for"} for c in head.rights) or any(
        c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or _aimed_at(c)
        for c in head.rights) or bool(_titled_topic_end(head))  # "the Treaty on the Non-Proliferation of ..."
    det = next((c.lower_ for c in head.lefts if c.dep_ in {"det", "poss"}), "")
    amount = det in {"a", "an"} and any(t.ent_type_ == "MONEY" for t in mods)  # "a $40 billion memorandum": one
    if content or has_content_pp or amount:  # of its own, where "a new memorandum" may be the one just named
        return "phrase"
    if det in {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}:
        return "anaphor"
    return "generic" if mods else "bare"


def event_mentions(doc: Doc, lexicon: Lexicon, on: date | None = None) -> list[Found]:
    """Named summits and conferences, and wars, invasions and operations in a country."""
    named = lexicon.frame_words("event_name_heads")
    conflicts = lexicon.frame_words("conflict_heads")
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if (lemma in named or token.lower_ in named) and token.pos_ in {"NOUN", "PROPN"} \
                and not (lemma in conflicts and _conflict_place(token) is not None) \
                and not (lemma == "affair" and token.lower_ != "affair") \
                and not _a_parliament(token):
            # "Foreign Affairs" is no event, and "the National Assembly" a parliament
            start = _left_edge(token, {"compound", "amod", "nmod"})
            owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"),
                         None)
            if owner is not None:  # "the SCO's 23rd summit", "OPEC's December meeting": a body's own
                start = min(start, owner.left_edge.i)
            circle = next((c for c in token.lefts if c.dep_ == "poss" and c.lemma_.lower() in CIRCLE_NOUNS
                           and any(t.pos_ == "PROPN" or t.text.isupper() for t in c.lefts)), None)
            if circle is not None:  # "the BRICS foreign ministers' meeting", "the GCC oil ministers' meeting"
                start = min(start, circle.left_edge.i)
            for k in range(token.i - 1, start - 1, -1):  # "(White House) cabinet meeting": not past a bracket
                if doc[k].is_punct and doc[k].text != "-" and doc[k].dep_ != "case":  # not the "'" of "ministers'"
                    start = k + 1
                    break
            called = "so-called" in "".join(t.lower_ for t in doc[token.left_edge.i:token.i])  # "the so-called
            # tanker war"; "a specially convened Franco-German meeting", "a multi-million pound City scandal": else
            # the name starts at its first proper word
            skipped = {"ADV", "VERB", "ADJ"} if called else {"ADV", "VERB", "ADJ", "NUM", "NOUN"}
            while start < token.i and (doc[start].lower_ in TRANSIENT | {"earlier", "last", "next", "first", "-"}
                                       or doc[start].is_lower and doc[start].pos_ in skipped):
                start += 1
            start = past_so_called(doc, start, token.i)
            based = next((t.i for t in doc[start:token.i] if t.lower_ == "based"), None)
            if based is not None:  # "the Doha-based Gas Exporting Countries Forum": where it sits is no part of
                start = based + 1  # its name
            if start > token.left_edge.i and doc[start - 1].ent_type_ == "ORDINAL" and start < token.i \
                    and not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in token.lefts):
                start -= 1  # "the 17th BRICS summit", "the sixth Caspian summit": which one is part of the name;
                # "his first OPEC meeting" is his first, not the first
            if start < token.i and (any(t.pos_ == "PROPN" or t.text.isupper() or _proper_adjective(t)
                                        for t in doc[start:token.i])
                                    or _demonym_pair(doc[start:token.i], lexicon) or called):
                found.append(Found(start, token.i + 1, "Event", kind="phrase", priority=2))
            elif lemma in GATHERING_NAME_HEADS and token.text[:1].isupper() and token.i > token.sent.start \
                    and (name_end := _proper_of_phrase_end(token)):
                ordinal = start - 1 if start > token.left_edge.i and doc[start - 1].ent_type_ == "ORDINAL" else start
                found.append(Found(ordinal, token.i + 1, "Event", kind="phrase", priority=2, name_end=name_end))
                # "the 7th Summit of Heads of State and Government of the Gas Exporting Countries Forum"
            elif (sides := _states_after(token, "between")) and lemma in conflicts | {"talks", "summit", "meeting"}:
                states = frozenset(state.key for t in sides if (state := lexicon.country_word(t.text, on)) is not None)
                war = lexicon.conflict_between(states, on) if lemma in conflicts else None
                found.append(Found(token.i, token.i + 1, "Event", war.known.key if war else "", kind="phrase",
                                   priority=2, name_end=sides[-1].i + 1))  # "the war between Iran and Iraq"
        elif lemma in conflicts and token.pos_ == "NOUN":
            place = _conflict_place(token)
            if place is not None:
                start = _left_edge(token, {"amod", "compound"})
                while start < token.i and doc[start].lower_ in TRANSIENT:
                    start += 1
                found.append(Found(start, token.i + 1, "Event", key=f"conflict:{fold(place.text)}",
                                   kind="phrase", priority=2, name_end=place.i + 1))
    return found


def _proper_of_phrase_end(head: Token) -> int:
    """Where a capitalised 'of' phrase after a gathering's head ends ('Summit of the Americas', 'Meeting of the
    Parties'), before a bracket; 0 when the phrase is not all proper words."""
    doc = head.doc
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            end = _proper_words_end(doc, prep.i + 1, prep.right_edge.i + 1)  # "the Summit of the Americas | in
            # Port of Spain"
            if any(t.pos_ == "PROPN" for t in doc[prep.i + 1:end]):
                return end
    return 0


def _proper_words_end(doc: Doc, start: int, stop: int) -> int:
    """Where a run of capitalised words, numbers and the words that join them in a name ('of', 'the', 'and')
    starting at `start` ends, before `stop` and without a joining word at its end."""
    end = next((t.i for t in doc[start:stop] if not (t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS
                                                       or t.like_num)), stop)
    while end > start and doc[end - 1].lower_ in NAME_CONNECTORS:
        end -= 1
    return end


def _proper_adjective(token: Token) -> bool:
    """'the sixth Caspian summit': a capitalised adjective NER takes for a group or place, inside a sentence."""
    return token.is_title and token.i != token.sent.start and token.ent_type_ in {"NORP", "GPE", "LOC"}


def _demonym_pair(span: Span, lexicon: Lexicon) -> bool:
    """'Belgian-Dutch', 'Franco-German': two nationalities joined by a hyphen name a bilateral event."""
    words = [w for t in span for w in t.text.split("-") if w]
    return "-" in span.text and sum(lexicon.country_word(w) is not None for w in words) >= 2


def placed_event_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Meetings named by where they happen: "talks with Japan in Geneva", "a summit in Ottawa next month".

    The mention runs from the head's modifiers to the place, so its text is how the article names the
    event; its key (place and head) joins "the talks" later in the article, and only there.
    """
    heads = lexicon.frame_words("placed_event_heads")
    named_heads = lexicon.frame_words("event_name_heads")
    gatherings = named_heads - BODY_OR_GATHERING
    found = []
    for token in doc:
        if not {token.lemma_.lower(), token.lower_} & heads or token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        named = [t for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"} for t in c.subtree]
        if any(t.pos_ == "PROPN" or t.text.isupper() for t in named) or (named and _demonym_pair(
                doc[named[0].i:token.i], lexicon)):
            continue  # "the Reagan-Gorbachev summit": a name, found by event_mentions
        if any(c.lower_ in MEDIA_OCCASIONS for c in token.lefts if c.dep_ in {"compound", "amod"}):
            continue  # "a press conference in Moscow" is where something was said, not an event of its own
        if token.lemma_.lower() in SITTINGS and any(
                o.dep_ == "pobj" and o.is_title and o.lemma_.lower() in gatherings
                for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            continue  # "the plenary session of the Eastern Economic Forum in Vladivostok": a sitting of the named
            # forum, which is the event one takes part in
        if any(c.dep_ == "appos" and c.lemma_.lower() in named_heads and any(
                t.pos_ == "PROPN" for t in c.subtree if t.i < c.i) for c in token.children):
            continue  # "The previous round, the fifth Moscow format meeting, was held in Kazan": the name says which
        circle = _event_circle(token)
        officials, series = officials_of_states(token), _numbered_in_series(token)
        place = event_place(token, lexicon) or circle or (officials[-1] if officials else series)
        if place is None:
            found += _an_attended_gathering(token)
            continue
        start = _left_edge(token, {"compound", "amod"})
        while start < token.i and (doc[start].lower_ in TRANSIENT | WHICH_ONE | {"planned", "proposed"}
                                   or doc[start].pos_ in {"ADV", "VERB", "DET", "NUM"} or doc[start].is_punct
                                   or doc[start].ent_type_ in {"DATE", "TIME", "CARDINAL"}):
            start += 1
        words = " ".join(t.lower_ for t in doc[start:token.i + 1])
        name_end = _name_end_at(token, place)
        if circle is not None and circle.i < place.i and circle.ent_type_ == "ORG" \
                and any(c.ent_type_ == "ORDINAL" for c in token.lefts) and (bounded := _name_end_at(token, circle)):
            name_end = bounded  # "the 78th session of the UN General Assembly | in New York": a numbered gathering
            # of a body is named by the body, the city only where it met ("a meeting of the council in Minsk" is
            # told from the one in St Petersburg by its city)
        if not name_end and (states := _states_after(token, "of") or officials):
            name_end = states[-1].i + 1  # "a trilateral meeting of Azerbaijan, Russia and Iran ... was held in Baku"
        if not name_end and circle is not None:  # "met in Tehran for the second meeting of the 3+3 platform": the
            place, name_end = circle, _name_end_at(token, circle)  # body it gathers names it, not the city
        if not name_end and series is not None:
            place, name_end = series, _name_end_at(token, series)  # "the third session of the talks, in Geneva"
        found.append(Found(start, token.i + 1, "Event", key=f"event:{fold(place.text)} {words}", kind="phrase",
                           priority=2, name_end=name_end))
    return found


def _an_attended_gathering(head: Token) -> list[Found]:
    """A meeting someone attended or took part in, named by what kind it is or whom it gathers though not by where:
    'took part in the quadrilateral meeting of foreign ministers', 'attended an extraordinary summit'. A bare 'the
    meeting' or 'the second round' names no kind."""
    if not attended(head):
        return []
    kinds = [c for c in head.lefts if c.dep_ == "amod" and c.pos_ == "ADJ" and not c.ent_type_
             and c.lower_ not in TRANSIENT | UNKINDED]
    circle = next((o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.lemma_.lower() in CIRCLE_NOUNS), None)
    if not kinds and circle is None or head.tag_ == "NNS" and head.lemma_.lower() != head.lower_:
        return []  # "took part in plenary sessions": several, of no one name ("talks" is one)
    doc = head.doc
    start = min([k.left_edge.i for k in kinds] + [head.i])
    end = circle.i + 1 if circle is not None else head.i + 1
    return [Found(start, head.i + 1, "Event", key=f"event:{fold(doc[start:end].text)}", kind="phrase", priority=2,
                  name_end=end)]


def _numbered_in_series(head: Token) -> Token | None:
    """'the 20th round of international talks on Syria': a numbered meeting of a series of talks is named by its
    number and the series; the last word of that name (the topic a series is 'on', else the series)."""
    if not any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in head.lefts):
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for series in prep.children:
                if series.dep_ == "pobj" and series.lower_ in SERIES_NOUNS:
                    return next((topic for on in series.rights if on.dep_ == "prep" and on.lower_ == "on"
                                 for topic in on.children if topic.dep_ == "pobj" and topic.pos_ == "PROPN"), series)
    return None


def _name_end_at(head: Token, place: Token) -> int:
    """Where an event's name ends when it runs on to its place or circle, or 0: a place in the head's own phrase
    ends the name; one in a clause about it ("talks which ended in X") does not."""
    doc = head.doc
    named_at = place.head.head
    if named_at.lemma_.lower() in SETTLEMENTS and named_at.dep_ == "pobj":
        named_at = named_at.head.head  # "a summit in the Chinese city of Tianjin"
    if named_at.i != head.i and _body_of(named_at) != head:
        return 0
    if place.ent_type_ == "ORG":  # "a meeting of the Committee for a Currency Union": the body's whole name
        return max(place.i + 1, next((_before_a_clause_subject(doc, e.start, e.end) for e in doc.ents
                                      if e.start <= place.i < e.end), 0))
    return place.i + 1


def phrase_top(token: Token, heads: frozenset[str] = frozenset({"NOUN", "PROPN"}),
               stops: frozenset[str] = frozenset()) -> Token:
    """The noun a run of prepositional phrases ending at a token hangs from ('memorandum' for 'consultations' in
    'a memorandum on political consultations', 'Convention' for 'Sea' in 'the Convention on the Legal Status of
    the Caspian Sea'), or the token itself; the token itself too when a noun on the way up is one of `stops`."""
    top = token
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in heads:
        top = top.head.head
        if stops and (top.lemma_.lower() in stops or top.lower_ in stops):
            return token
    return top


def _body_of(token: Token) -> Token | None:
    """The meeting noun whose 'of' phrase a token ends ('meeting' for 'Council' in 'a meeting of the Council')."""
    return token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None


def _event_circle(head: Token) -> Token | None:
    """Who a meeting gathers, when the text names them as a body: 'a summit of EC leaders', 'a meeting of
    OPEC oil ministers' (the token ending that phrase)."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in CIRCLE_NOUNS \
                        and any(t.ent_type_ in {"ORG", "NORP", "GPE"} for t in obj.lefts):
                    return obj
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
                    return obj  # "a meeting of the Supreme Eurasian Economic Council": a body meets
                if obj.dep_ == "pobj" and obj.lemma_.lower() in FORUM_NOUNS and any(
                        t.pos_ in {"NUM", "PROPN"} or t.ent_type_ for t in obj.lefts):
                    return obj  # "the third meeting of the 3+3 regional cooperation platform": a named forum meets
                if obj.dep_ == "pobj" and obj.lower_ in SERIES_NOUNS and any(
                        t.pos_ == "PROPN" for t in obj.subtree if t.i < obj.i):
                    return obj  # "the sixth meeting of the Moscow format consultations": one of a named series
    return None


def event_place(head: Token, lexicon: Lexicon, described: bool = False) -> Token | None:
    """The place an event noun happens at: 'talks in Geneva', 'a summit at Venice', 'talks which ended in X'; with
    `described` (an event found otherwise), also a capital's description ('held in the Russian capital'), a city
    after a venue ('at the Skolkovo centre in Moscow') and one set off after it ('at the summit, in Sochi')."""
    staging = lexicon.frame_words("staging_verbs")
    clauses = [c for c in head.rights if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB" and _about_its_head(c)]
    said_of = head.head if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i else head
    # "The previous round, the fifth Moscow format meeting, was held in Kazan": what is said of the description
    # is said of the name in apposition with it
    if said_of.dep_ in {"dobj", "nsubjpass"} and verb_in(said_of.head, staging):
        clauses.append(said_of.head)  # "Japan hosted the summit in Tokyo", "the summit was held in Ashgabat"
    top = phrase_top(said_of, stops=lexicon.frame_words("event_heads"))  # "Participants in the seventh meeting ...,
    # held in Moscow", "attended the opening of the sixth meeting ..., held in the Russian capital": the parser hangs
    # the participle above the event; not above another event ("the meeting of the format of consultations": what is
    # said of the meeting is not said of the consultations)
    clauses += [c for c in top.children if c.dep_ == "acl" and top is not said_of and _staged_after(c, head, staging)]
    if top.dep_ == "dobj":  # "opened the meeting, held in Kazan": the parser hangs the participle on the verb
        clauses += [c for c in top.head.children if c.dep_ == "advcl" and _staged_after(c, head, staging)]
    if said_of.dep_ == "nsubj" and said_of.head.pos_ == "VERB":
        clauses.append(said_of.head)  # "the talks resumed in Tehran", "the summit opened in Ashgabat"
    gathered = gathered_for(head, lexicon.frame_words("attending_verbs"))
    if gathered is not None:
        clauses.append(gathered)  # "the ministers met in Tehran for the meeting"
    circle = _event_circle(head)
    if circle is not None:
        clauses.append(circle)  # "a meeting of the Eurasian Economic Council in St Petersburg": the parser hangs
        # the place on the body
    clauses += [o for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in CIRCLE_NOUNS and o is not circle]
    # "a meeting of foreign ministers in Moscow": on the officials, too
    for owner in [head] + clauses:
        for child in owner.rights:
            if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                for obj in child.children:
                    place = _place_named(obj, lexicon, described)
                    if place is None and described and obj.dep_ == "pobj" and obj.ent_type_ not in {"GPE", "LOC"}:
                        place = next((p for c in obj.rights if c.dep_ == "prep" and c.lower_ == "in"
                                      for o in c.children if (p := _place_named(o, lexicon, described)) is not None),
                                     None)  # "held at the Skolkovo innovation centre in Moscow"
                    if place is not None:
                        return place
    return _place_set_off_after(head, lexicon) if described else None


def _staged_after(clause: Token, head: Token, staging: frozenset[str]) -> bool:
    """Whether a clause is a subjectless participle of staging after an event ('..., held in Kazan')."""
    return clause.tag_ == "VBN" and clause.i > head.i and verb_in(clause, staging) \
        and not any(d.dep_.startswith("nsubj") for d in clause.children)


def _place_named(obj: Token, lexicon: Lexicon, described: bool) -> Token | None:
    """The place the object of 'in' or 'at' names: a city or country, the name after 'the city of', or with
    `described` a capital's description."""
    named = named_after_of(obj)[:1] if obj.lemma_.lower() in SETTLEMENTS else []
    if named:
        return named[0]  # "in the Russian city of Nizhny Novgorod", whatever NER makes of the name
    if obj.dep_ == "pobj" and obj.text[:1].isupper() and (
            obj.ent_type_ in {"GPE", "LOC"} or fold(obj.text) in lexicon.capitals):
        return obj
    if described and obj.dep_ == "pobj" and obj.lower_ == "capital":
        return obj
    return None


def _place_set_off_after(head: Token, lexicon: Lexicon) -> Token | None:
    """'at the first Russia-Africa summit, in Sochi in 2019': a place set off by a comma right after an event
    that an 'at' or 'during' takes, which the parser hangs on the verb above."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in {"at", "during"}:
        return None
    comma = head.right_edge.i + 1
    if comma + 2 >= len(head.doc) or head.doc[comma].text != "," or head.doc[comma + 1].lower_ != "in":
        return None
    inside = head.doc[comma + 1]
    if inside.head.i != prep.head.i and inside.head not in prep.ancestors:
        return None  # "against 43 at the summit, in Sochi": the parser hangs the place on the verb above
    return next((p for o in inside.children if (p := _place_named(o, lexicon, False)) is not None), None)


def gathered_for(head: Token, attending: frozenset[str]) -> Token | None:
    """The verb of coming together an event is the 'for' of ('met in Tehran for the meeting', 'arrived in Moscow
    for the summit', 'was in Oman for the talks'), or None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.pos_ == "VERB" and verb_in(prep.head, attending):
        return prep.head
    if prep.head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ in {"in", "at"} and c.i < prep.i
                                        for c in prep.head.children):
        return prep.head  # being somewhere for an event is being at it
    return None


def _about_its_head(clause: Token) -> bool:
    """Whether a clause hung on a noun is about it: 'a summit, held in X', 'the forum, which the ministry organised
    in X'; not 'told reporters after a meeting that the drones were made in Russia', a reported clause the parser
    hangs there (a subject of its own and no relative word)."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or any(c.lower_ in {"which", "that", "who", "whom", "where"} and c.dep_ != "mark"
                               for c in clause.children)


def completed(verb: Token) -> bool:
    """Whether a verb tells of something done: 'became', 'has become', 'was appointed'; not 'will become',
    'would have joined', 'becomes'."""
    return verb.tag_ in {"VBD", "VBN"} and all(c.lemma_ in {"be", "have"} for c in verb.children
                                               if c.dep_ in {"aux", "auxpass"})


def verb_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a verb is one of the lemmas, also where the lemmatizer errs ('staged' -> 'stag')."""
    low = token.lower_
    forms = {token.lemma_.lower(), low, low[:-1], low[:-2], low[:-3], low[:-3] + "e"}
    return bool(forms & lemmas)


def staged_event_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'Rabuka staged his second coup', 'Iraq launched an offensive': a hostile act someone stages is an event."""
    acts = lexicon.frame_words("staged_event_heads")
    found = []
    for token in doc:
        if token.lemma_.lower() not in acts or token.pos_ != "NOUN" or token.dep_ != "dobj" \
                or not verb_in(token.head, lexicon.frame_words("staging_verbs")):
            continue
        start = _left_edge(token, {"amod", "compound", "nummod"})
        while start < token.i and (doc[start].dep_ in {"det", "poss"} or doc[start].is_punct):
            start += 1
        end = token.i + 1
        for prep in token.rights:  # "an attack on an Iranian oil platform"
            if prep.dep_ == "prep" and prep.lower_ in {"on", "against"} and prep.right_edge.i - start < 10:
                end = prep.right_edge.i + 1
        text = fold(doc[start:end].text)
        found.append(Found(start, token.i + 1, "Event", key=f"event:{text}", kind="phrase", priority=2,
                           name_end=end if end > token.i + 1 else 0))
    return found


def visit_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'an official visit to Mexico', 'a tour of European capitals', 'Gandhi's visit here': a visit to somewhere
    is an event; one the text does not place ('during his visit') is too vague to be a node of its own."""
    heads = lexicon.frame_words("visit_heads")
    found = []
    for token in doc:
        if token.lemma_.lower() not in heads or token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        where = visit_destination(token)
        if where is None:
            continue
        text = fold(doc[token.i:where.i + 1].text)
        found.append(Found(token.i, token.i + 1, "Event", key=f"event:{text}", kind="phrase", priority=2,
                           name_end=where.i + 1))
    return found


def election_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the May 6 whites-only general election', "last month's election", 'the 1981 poll': an election the text
    speaks of is an event, one node for all its mentions in the article, keyed by its fullest mention. A mention
    naming neither kind nor year ('the election', 'the poll') is the last election spoken of that no year dates;
    a bare 'the poll' starts none (it may be a survey)."""
    kinds, heads = lexicon.frame_words("election_kinds"), lexicon.frame_words("election_heads")
    lemmas = doc.count_by(LEMMA)
    if not any(doc.vocab.strings[form] in lemmas for head in heads for form in (head, head.title())):
        return []  # most articles hold no election, and counting lemmas is cheaper than a token walk
    groups: list[tuple[frozenset[str], str, list[Found]]] = []  # kinds and year of each election so far, mentions
    for token in doc:
        span = _election_span(token, lexicon) if token.lemma_.lower() in heads else None
        if span is None:
            continue
        said = frozenset({t.lower_ for t in doc[span[0]:span[1]]} & kinds)
        after = [p for p in token.rights if p.dep_ == "prep" and p.lower_ in {"of", "in"}]  # "the elections of 1983"
        year = _year_of(doc[span[0]:span[1]]) or next((y for p in after if (y := _year_of(p.subtree))), "")
        mention = Found(span[0], span[1], "Event", kind="phrase", priority=2)
        if said or year:
            group = next((g for ks, y, g in groups if y == year and (not said or not ks or said == ks)), None)
            if group is None and not year:
                group = next((g for ks, y, g in reversed(groups) if not y and ks >= said), None)
        else:  # "the election" after "the May 6 election" and "the 1981 poll": the one of this time, not of a year
            group = next((g for _, y, g in reversed(groups) if not y), groups[-1][2] if groups else None)
            if group is None and token.lemma_.lower() == "poll":
                continue
        if group is None:
            groups.append((said, year, [mention]))
        else:
            group.append(mention)
    found = []
    for _, _, group in groups:
        fullest = max(group, key=lambda f: f.end - f.start)
        found += [replace(f, key=f"event:{fold(doc[fullest.start:fullest.end].text)}") for f in group]
    return found


def _election_span(head: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the phrase naming an election starts and ends, if the noun is one: qualified ('general elections',
    'the July 11 poll') or definite ('the election'); not 'an opinion poll', 'the polls' or 'election campaign'."""
    lemma = head.lemma_.lower()
    listed = head.i + 1 < len(head.doc) and head.doc[head.i + 1].dep_ == "cc"  # "a by-election and local
    if lemma not in lexicon.frame_words("election_heads") or head.pos_ not in {"NOUN", "PROPN"} \
            or head.dep_ in {"compound", "amod"} and not listed:  # elections": not "election campaign"
        return None
    lefts = list(head.lefts)
    qualifiers = [c for c in lefts if c.dep_ in ELECTION_QUALIFIERS]
    if lemma == "poll" and (head.tag_ == "NNS" or any(
            t.lower_ in lexicon.frame_words("survey_words") or t.dep_ == "compound" and t.pos_ == "PROPN"
            for t in head.subtree)):
        return None  # "a MORI poll", "opinion polls", "the polls"
    if any(c.dep_ == "poss" and c.ent_type_ != "DATE" for c in lefts):
        return None  # "Iran's presidential election" keeps the state a mention of its own; "his election" is to an
        # office
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "next"} for c in lefts)
    verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)  # "gained nine seats in elections"
    won_in = head.dep_ == "pobj" and head.head.lower_ == "in" and verb is not None \
        and verb.lemma_.lower() in lexicon.frame_words("election_result_verbs")
    if not qualifiers and not definite and not won_in:
        return None
    doc = head.doc
    start = min([head.i] + [c.left_edge.i for c in qualifiers])
    start = max([start] + [t.i + 1 for t in doc[start:head.i] if t.dep_ == "cc" or t.text == ","])  # "an Upper
    # House by-election and nationwide local elections": the last of the list
    while start < head.i and doc[start].dep_ == "det":
        start += 1
    if lemma == "poll" and any(t.text[:1].isupper() and lexicon.country_word(t.text) is None
                               for t in doc[start:head.i] if t.i > t.sent.start and t.ent_type_ != "DATE"):
        return None  # "Today's MORI poll", "a Los Angeles Times poll": a survey
    return start, head.i + 1


def _year_of(tokens: Iterable[Token]) -> str:
    """The first year written among some tokens ('1981', 'June 1988'), or ''."""
    return next((t.text for t in tokens if YEAR.fullmatch(t.text)), "")


def visit_destination(head: Token) -> Token | None:
    """Where a visit goes: the last word of 'to Mexico', 'of European capitals' (a tour), or 'here'."""
    for child in head.rights:
        if child.dep_ == "advmod" and child.lower_ == "here":
            return child
        if child.dep_ == "prep" and (child.lower_ == "to" or child.lower_ == "of" and head.lemma_.lower() == "tour"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and any(t.text[:1].isupper() for t in obj.subtree):
                return obj
    return None


def officials_of_states(head: Token) -> list[Token]:
    """The states whose officials a meeting gathers: 'a meeting of the foreign ministers of Syria, Russia, Iran
    and Turkey' (two or more)."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in CIRCLE_NOUNS:
                    return _states_after(obj, "of")
    return []


def _states_after(head: Token, prep: str) -> list[Token]:
    """The states a preposition after a noun names ('talks between X and Y', 'a meeting of A, B and C'), when
    there are two or more and all are places (countries)."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == prep:
            objs = [o for o in child.children if o.dep_ == "pobj"]
            sides = [t for o in objs for t in (o, *o.conjuncts)]
            if len(sides) >= 2 and all(t.ent_type_ == "GPE" for t in sides):
                return sorted(sides, key=lambda t: t.i)
    return []


def _conflict_place(token: Token) -> Token | None:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"in", "of", "against", "on"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in {"GPE", "LOC"}:
                    return obj
    return None


def facility_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Facilities named by a place or proper noun and a facility head ("Bushehr nuclear power plant")."""
    wholes = lexicon.frame_words("facility_heads")
    heads = wholes | lexicon.frame_words("facility_parts")
    qualifiers = lexicon.frame_words("facility_qualifiers")
    found = []
    for token in doc:
        if token.lemma_.lower() not in heads or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if token.dep_ == "compound" and token.head.lemma_.lower() in heads:
            continue
        if named_after_of(token):
            continue  # "the Caspian Sea ports of Anzali and Nowshahr": the names are the places
        if portfolio_of_a_minister(token, lexicon):
            continue  # "Ecuador mines and energy minister X": a portfolio, not a facility
        mods = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod", "poss", "nummod"}]
        proper = [m for m in mods if any(t.pos_ == "PROPN" for t in m.subtree)]
        if not proper:
            continue
        start = min(m.left_edge.i for m in mods)
        owners = [t for t in doc[start:token.i] if t.dep_ == "poss" and (_a_state_word(t, lexicon)
                                                                         or _a_known_place(t, lexicon))]
        after_owner = max(o.right_edge.i for o in owners) + 1 if owners else start
        if owners and any(t.pos_ == "PROPN" for t in doc[after_owner:token.i]):
            if token.lemma_.lower() not in wholes:
                continue  # "its Canam Steel Works unit": an owner's unit is a company's division
            start = _past_descriptions(doc, after_owner, token.i, qualifiers)  # "Iran's Bushehr plant": Iran owns
            # it, and is no part of its name; "Abu Dhabi's offshore Abu al-Bukhoosh oilfield"
        listed = _coordinated_names(doc[start:token.i])
        if listed:  # "its Fordow and Natanz sites": a facility per name, unless all name places ("its Quebec
            # and Ontario plants"); NER's place labels are unsteady, so one name that is no place decides
            if not all(name.ent_type_ in {"GPE", "LOC"} or _a_known_place(name, lexicon) for name in listed):
                found += [Found(_proper_name_start(name), name.i + 1, "Facility", priority=2) for name in listed]
            continue
        if token.tag_ in {"NNS", "NNPS"}:
            continue  # "Iran's offshore oilfields", "the Black Sea ports": several, none named
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        while start < token.i and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        if indefinite and all(t.ent_type_ in {"GPE", "LOC"} or _a_known_place(t, lexicon)
                              for t in doc[start:token.i] if t.pos_ == "PROPN"):
            continue  # "at a Tehran mosque": one of the city's, unnamed
        start = past_so_called(doc, _past_descriptions(doc, start, token.i, qualifiers), token.i)  # "the key Ouadi
        # Doum airstrip", "the so-called Zangezur corridor"
        if not all(t.pos_ in {"PROPN", "ADJ", "NOUN", "PART", "PUNCT", "NUM"} or t.lower_ in qualifiers
                   for t in doc[start:token.i]):
            continue
        owner = proper[0]
        if owner.dep_ == "poss" and start <= owner.i and _in_apposition_with_a_name(token):
            continue  # "Nhava Sheva, India's largest container port": the name is the facility, India a state
        key = ""  # "Iran's Bushehr plant" is the Bushehr plant, by its name
        if owner.dep_ == "poss" and start <= owner.i:  # "Russia's 201st military base" is not its 102nd, nor
            key = f"facility:{fold(owner.text)} {fold(doc[owner.right_edge.i + 1:token.i + 1].text)}"  # its air base
        found.append(Found(start, token.i + 1, "Facility", key=key, kind="phrase", priority=2))
    return found


def _past_descriptions(doc: Doc, start: int, end: int, qualifiers: frozenset[str]) -> int:
    """Where a facility's name starts past the lower-case adjectives that describe it ("offshore", "key"), which
    are no part of it; the facility qualifiers ("nuclear", "naval") are."""
    while start < end and doc[start].pos_ == "ADJ" and doc[start].is_lower and doc[start].lower_ not in qualifiers:
        start += 1
    return start


def _in_apposition_with_a_name(noun: Token) -> bool:
    """Whether a noun is set off by commas beside a proper name, before it or after it (and the second of the two
    ends where a punctuation mark does: not "..., the Agency for Atomic Energy announced")."""
    def closed(token: Token) -> bool:
        after = token.right_edge.i + 1
        return after >= len(token.doc) or token.doc[after].is_punct
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i and closed(noun) \
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i and closed(c) for c in noun.children)


def mission_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Canadian embassy in Copenhagen', "Iran's consulate in Basra": a state's mission named by its state
    and its city. Every state has one in many cities, so the city is part of the name."""
    found = []
    for token in doc:
        if not token.lower_.startswith(("embass", "consul")) or token.lemma_.lower() not in MISSIONS \
                or token.pos_ not in {"NOUN", "PROPN"}:
            continue  # the spelling first: a lemma costs more to read
        owners = [c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"}]
        state = lexicon.country_word(owners[0].text.removesuffix("'s")) if len(owners) == 1 else None
        if state is None:
            continue
        cities = [obj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "in"
                  for obj in prep.children if obj.dep_ == "pobj" and _plain_proper_name(obj)
                  and (obj.ent_type_ == "GPE" or _a_known_place(obj, lexicon))]
        if len(cities) != 1 or lexicon.country_word(cities[0].text) is not None:
            continue  # "the U.S. embassy in Iran" names no city
        key = f"mission:{state.key} {token.lemma_.lower()} {fold(cities[0].text)}"  # "Iran's" is "the Iranian"
        found.append(Found(owners[0].left_edge.i, token.i + 1, "Organization", key=key, priority=2,
                           name_end=cities[0].i + 1))
    return found


def joint_body_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Russia-Iran intergovernmental commission', 'the Pakistan-Russia Intergovernmental Commission', 'the
    Azerbaijan-Iran State Commission on Economic, Trade and Humanitarian Cooperation': a body two states set up
    together, named by the pair. NER rarely tags it, and it is one body whichever way round the text names the
    pair ("Russian-Iranian"), so its key is the two states and the words of its kind."""
    heads = lexicon.frame_words("joint_body_heads")
    found = []
    for token in doc:
        if token.lower_ not in heads or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
            continue
        start = _left_edge(token, {"amod", "compound", "nmod", "punct", "npadvmod"})
        hyphens = [k for k in range(start + 1, token.i - 1) if doc[k].text == "-" and not doc[k].whitespace_
                   and not doc[k - 1].whitespace_]
        sides = [(k, lexicon.country_word(doc[k - 1].text), lexicon.country_word(doc[k + 1].text)) for k in hyphens]
        pairs = [(k, a, b) for k, a, b in sides if a is not None and b is not None and a.cls == b.cls == "Country"
                 and a.key != b.key]
        if len(pairs) != 1:
            continue
        k, one, other = pairs[0]
        first = k - 1
        while first > start and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ in {"PROPN", "ADJ"}:
            first -= 1  # "the Permanent Russian-Iranian ... Commission": a capitalised word is the name's
        kind = " ".join(t.lower_ for t in doc[k + 2:token.i + 1] if t.lower_ not in {"joint", "permanent", "bilateral"})
        key = f"org:joint {' '.join(sorted([one.key, other.key]))} {kind}".replace(" - ", "-")
        topic = next((p for p in token.rights if p.dep_ == "prep" and p.lower_ in {"on", "for", "of"}
                      and p.right_edge.i - token.i <= 10), None)  # "... commission on trade and economic cooperation"
        end, name_end = token.i + 1, 0
        if topic is not None and all(t.is_title or t.lower_ in {"and", ",", "of", "the"}
                                     for t in doc[topic.i + 1:topic.right_edge.i + 1]):
            end = topic.right_edge.i + 1  # "... State Commission on Economic, Trade and Humanitarian Cooperation", "...
            # Chamber of Commerce": the capitalised topic is the name's, whatever NER made of it
        elif topic is not None and topic.lower_ != "of":  # "the Russia-Iran commission of experts" names no topic
            name_end = topic.right_edge.i + 1
        found.append(Found(first, end, "Organization", key=key, priority=2, name_end=name_end))
    return found


def past_so_called(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after a leading "so-called" (one token or three, or what is left of them), before
    `end`."""
    i = start
    while i < end and doc[i].lower_ in {"so", "-", "called", "so-called"}:
        i += 1
    return i if "called" in "".join(t.lower_ for t in doc[start:i]) else start


def _a_state_word(owner: Token, lexicon: Lexicon) -> bool:
    """Whether a possessive names a state or stands for something ("its", "Iran's"), not a place in a name
    ("Bushehr's first reactor")."""
    words = " ".join(t.text for t in owner.subtree if t.dep_ not in {"case", "det"})
    return owner.pos_ == "PRON" or lexicon.country_word(words) is not None


def _a_known_place(name: Token, lexicon: Lexicon) -> bool:
    """Whether a proper noun names a country or city the lexicons know ("the Quebec and Ontario plants")."""
    key = fold(name.doc[_proper_name_start(name):name.i + 1].text)
    known = lexicon.names.get(key)
    return key in lexicon.capitals or known is not None and known.cls in {"Country", "City", "Place"}


def _coordinated_names(span: Span) -> list[Token]:
    """The proper names coordinated in a span before a plural noun they share ("the Fordow and Natanz sites"),
    or none ("the Procter and Gamble plant" is one name)."""
    shared = span.root.head
    while shared.dep_ in {"compound", "nmod"} and shared.head.i > shared.i:
        shared = shared.head  # "the Fordow and Natanz enrichment sites"
    if shared.i < span.end or shared.tag_ not in {"NNS", "NNPS"}:
        return []
    for token in span:
        listed = [c for c in token.conjuncts if c.i > token.i and c.i < span.end and c.pos_ == "PROPN"]
        if token.pos_ == "PROPN" and listed and any(t.dep_ == "cc" for t in token.children):
            return [token, *listed]
    return []


def portfolio_of_a_minister(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun opens a run of lower-case words that ends on a minister's title ("mines and energy
    minister")."""
    for word in token.doc[token.i + 1:token.i + 5]:
        if word.lower_ in lexicon.title_words and lexicon.title_relation(word.lower_) == "ministerOf":
            return True
        if not (word.is_lower and word.pos_ in {"NOUN", "ADJ", "CCONJ"}):
            return False
    return False


def product_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Model designations (Su-35, S-400) and products of the lexicon that are entities."""
    exclusions = lexicon.frame_words("designation_exclusions")
    generic = lexicon.frame_words("generic_products")
    trade = lexicon.frame_words("supply_nouns") | {"output", "production"}
    found = []
    skip_until = -1
    for token in doc:
        if token.i < skip_until:
            continue
        if DESIGNATION.match(token.text) and token.text.lower() not in exclusions \
                and fold(token.text) not in lexicon.names and token.ent_type_ not in {"DATE", "TIME"}:
            key = f"product:{fold(token.text)}"
            if token.i >= 2 and doc[token.i - 1].text == "(" and DESIGNATION.match(doc[token.i - 2].text):
                key = f"product:{fold(doc[token.i - 2].text)}"  # "Sukhoi-35 (Su-35)": one product
            start = token.i - 1 if token.i and _a_maker_word(doc[token.i - 1], lexicon) else token.i
            found.append(Found(start, token.i + 1, "Product", key=key, kind="designation", priority=3))
            continue
        if fold(token.text) not in lexicon.product_starts:
            continue
        for width in (3, 2, 1):
            span = doc[token.i:token.i + width]
            known = lexicon.products.get(fold(span.text))
            head = span[-1]
            if known and known.kind in ENTITY_PRODUCT_KINDS and head.pos_ in {"NOUN", "PROPN"} \
                    and (head.dep_ != "compound" or _traded_good(head, known, trade)) \
                    and fold(known.name) not in generic \
                    and not any(DESIGNATION.match(c.text) for c in head.lefts):
                found.append(Found(token.i, token.i + width, "Product", key=known.key, priority=2))
                skip_until = token.i + width
                break
    return found


def _a_maker_word(word: Token, lexicon: Lexicon) -> bool:
    """Whether a proper noun before a model designation is its maker's name ("Ilyushin Il-76", "Beriev Be-200"),
    which NER often takes for a person's: not a state, city or body the lexicons know ("Iran's Shahed-136")."""
    folded = fold(word.text)
    return word.pos_ == "PROPN" and word.is_title and word.is_alpha and word.ent_type_ not in {"GPE", "NORP", "DATE"} \
        and folded not in lexicon.names and folded not in lexicon.cities


def _traded_good(word: Token, known: Known, trade: frozenset[str]) -> bool:
    """'crude oil exports', 'natural gas output': a fuel named as what is shipped or produced is the product."""
    return known.kind == "fuel" and word.head.lower_ in trade


def model_name_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'Silkworm anti-ship missiles', 'Scud B missiles', 'the Soviet-made Frog': a proper name before a word for
    equipment, or after a maker's '-made', names a product model, whatever NER called it."""
    found = []
    for token in doc:
        known = lexicon.products.get(fold(token.text))
        if token.pos_ == "NOUN" and (known is not None and (known.kind in {"weapon", "aircraft"}
                                                            or fold(known.name) in WARSHIPS)
                                     or token.lemma_.lower() in MODEL_HEADS):
            names = [t for t in doc[token.left_edge.i:token.i] if t.dep_ in {"compound", "amod", "nmod"}
                     and _model_word(t, lexicon)]
        elif token.pos_ in {"PROPN", "NOUN"} and _model_word(token, lexicon) \
                and any(c.dep_ == "amod" and c.lower_ in {"made", "built"} for c in token.lefts):
            names = [t for t in token.lefts if t.dep_ == "compound" and _model_word(t, lexicon)] + [token]
        else:
            continue
        if not names:
            continue
        start, named = names[0].i, {t.i for t in names}
        end = start + 1
        while end in named:  # the first unbroken run of the name's words
            end += 1
        found.append(Found(start, end, "Product", key=f"product:{fold(doc[start:end].text)}", kind="designation",
                           priority=3))
    return found


def _model_word(token: Token, lexicon: Lexicon) -> bool:
    text = token.text
    return (text[:1].isupper() and (text.isalpha() or len(text) == 1)
            and token.ent_type_ not in {"GPE", "NORP", "DATE", "LOC", "FAC"}
            and lexicon.country_word(text) is None and fold(text) not in lexicon.names
            and fold(text) not in lexicon.demonyms and token.lower_ not in INSTITUTIONS
            and not lexicon.is_title(token.lower_) and not token.is_sent_start)


def named_vessel_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the aircraft carrier Kitty Hawk', 'the frigate USS Stark': a ship's name after its kind is a product."""
    found = []
    for token in doc:
        if fold(token.text) not in lexicon.product_starts:
            continue
        for width in (2, 1):
            kind = lexicon.products.get(fold(doc[token.i:token.i + width].text))
            if kind is None or kind.kind != "vessel" or not doc[token.i:token.i + width].text.islower() \
                    or any(t.is_punct for t in doc[token.i:token.i + width]):
                continue  # "the submarine. General X said": folding drops the full stop, the sentence does not
            start = token.i + width
            plural = doc[start - 1].tag_ == "NNS"  # "the corvettes Rezkiy and Aldar Tsydenzhapov": each name is a ship
            while start < len(doc):
                end = _vessel_name_end(doc, start, lexicon)
                if end == start:
                    break
                found.append(Found(start, end, "Product", kind="name", priority=3))
                if not plural or end + 1 >= len(doc) or doc[end].lower_ not in {"and", ","}:
                    break
                start = end + 1
            break
    return found


def _vessel_name_end(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """Where a ship's name that starts at `start` ends (at `start` when none does)."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and lexicon.country_word(doc[end].text) is None and end - start < 4:
        end += 1
    return end


def description_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Definite descriptions of office holders ("the Russian president", "his Iranian counterpart")."""
    found = []
    counterparts = lexicon.frame_words("counterpart_nouns")
    for token in doc:
        if token.pos_ != "NOUN" and not token.text[:1].isupper():
            continue
        head = token
        if head.dep_ == "compound" or head.ent_type_ == "PERSON":
            continue  # "the Soviet oil minister Vasily Dinkov": a titled name, not a description
        start = _left_edge(head, {"amod", "compound", "det", "poss", "nmod"})
        words = doc[start:head.i + 1]
        owned = bool(words) and words[0].dep_ == "poss" and words[0].head.i == head.i \
            and getattr(lexicon.country_word(words[0].text), "cls", "") == "Country" \
            and no_name_right_after(head, lexicon)
        if not words or words[0].lower_ not in {"the", "his", "her", "their", "its"} and not owned:
            continue
        if any(t.ent_type_ == "PERSON" for t in head.rights if t.dep_ in {"appos", "compound"}):
            continue
        if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
            continue
        paired = {i for t in words[1:-1] if fold(f"{t.text} {t.nbor(1).text}") in lexicon.demonyms
                  for i in (t.i, t.i + 1)}  # "the West German chancellor": one demonym of two words
        title = " ".join(t.lower_ for t in words[1:] if t.lower_ not in lexicon.demonyms and t.i not in paired
                         and fold(t.text) not in lexicon.names and (t.dep_ != "poss" or t.i == head.i)
                         and t.text != "'s")
        owners = [t for t in words if t.dep_ == "poss" and t.head.i == head.i and head.dep_ == "appos"]
        first = (owners[-1] if owners else words[0]).right_edge.i + 1  # after "the", "Russia's"; in apposition
        # to a name, after "the Kremlin's" too, which says whose office the name holds
        if head.lower_ in counterparts:
            found.append(Found(first, head.i + 1, "Person", key="counterpart", kind="description", priority=2))
        elif title and lexicon.title_relation(title) and (words[0].lower_ == "the" or owned) and first <= head.i:
            found.append(Found(first, head.i + 1, "Person", key=f"title:{title}", kind="description", priority=2))
    return found


def no_name_right_after(head: Token, lexicon: Lexicon) -> bool:
    """Whether a state's title noun names no holder right after it: "Russia's foreign minister", "Turkey's
    ambassador in Athens, Nazmi Akiman" (set off by a comma) are descriptions; "Iran's Minister of Roads Mehrdad
    Bazrpash" is a title before a name."""
    doc = head.doc
    named = next((t for t in doc[head.i + 1:head.right_edge.i + 2] if t.ent_type_ == "PERSON"), None)
    if named is None:  # "Chile's Minister of Mining Samuel Lira": a name NER missed, in apposition to the title
        named = next((t.left_edge for t in head.children if t.dep_ == "appos" and t.pos_ == "PROPN"
                      and t.is_title), None)
    after = head.right_edge.i + 1
    if named is None and head.dep_ in {"nmod", "compound"} and after < len(doc) and head.head.i >= after \
            and doc[after].pos_ == "PROPN" and doc[after].is_title and doc[after].head.i == head.head.i:
        named = doc[after]  # or the name the title qualifies
    named = named or name_after_a_post(head)
    if named is None and head.i + 2 < len(doc) and doc[head.i + 1].lower_ in {"of", "for"}:
        k = max(_portfolio_end(doc, head.i + 2, len(doc), lexicon),
                _listed_portfolio_end(doc, head.i + 2, lexicon) or 0)
        if k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k - 1].lower_ != "and":
            named = doc[k]  # "Iran's Minister of Roads and Urban Development | Mehrdad Bazrpash", which the parser
            # hung elsewhere
    return named is None or doc[named.i - 1].text == ","


def name_after_a_post(title: Token) -> Token | None:
    """The first word of the name an envoy's title and post come before ("Iran's Ambassador to Russia | Kazem
    Jalali"), or None."""
    doc = title.doc
    if title.lower_ not in POSTED_TITLES or title.i + 2 >= len(doc) or doc[title.i + 1].lower_ not in {"to", "in"}:
        return None
    k = title.i + 2
    while k < len(doc) and doc[k].ent_type_ in {"GPE", "LOC"}:
        k += 1
    if title.i + 2 < k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].ent_type_ in {"",
                                                                                                        "PERSON"}:
        return doc[k]
    return None


def government_mentions(doc: Doc, lexicon: Lexicon, on: date | None = None) -> list[Found]:
    """'the British government', 'the Iranian authorities', 'the Soviet leadership': the state, by its
    government (kept as a metonym, as 'Moscow' for Russia)."""
    words = lexicon.frame_words("seat_words_government")
    found = []
    for token in doc:
        if token.lower_ not in words or token.pos_ not in {"NOUN", "PROPN"} or token.i == 0:
            continue
        nationality = doc[token.i - 1]
        known = lexicon.country_word(nationality.text, on) if nationality.dep_ in {"amod", "compound"} else None
        if known is not None and known.cls == "Country":
            found.append(Found(nationality.i, token.i + 1, "Country", known.key, "metonym", priority=3))
    return found


def administration_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Reagan administration', 'Biden administration officials': a government named after the person who
    leads it is an organization (and not a mention of that person)."""
    found = []
    for token in doc:
        if token.lower_ != "administration" or token.i == 0:
            continue
        start = token.i
        while start > 0 and token.i - start < 2 and _leader_name_word(doc[start - 1], lexicon):
            start -= 1
        if start < token.i and not _after_a_portfolio_title(doc, start):  # not "Minister of Territorial
            found.append(Found(start, token.i + 1, "Organization", priority=2))  # Administration"
    return found


def _leader_name_word(word: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that can be a leader's name: not a country, a known entity, a seat or a title."""
    return (word.pos_ == "PROPN" and word.is_alpha and word.text[:1].isupper()
            and not lexicon.country_word(word.text) and fold(word.text) not in lexicon.names
            and lexicon.seat_of(fold(word.text), None) is None and not lexicon.is_title(word.lower_)
            and word.ent_type_ not in {"GPE", "LOC", "NORP"})


def region_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Caucasus region', 'the Faw peninsula', 'Thassos island': a proper name before a word for a
    piece of geography is a Place; 'the Caspian ports of Anzali and Nowshahr': the names after a word
    for a settlement are places (cities, for towns and ports)."""
    found = []
    for token in doc:
        low = token.lower_
        if low in GEOGRAPHY and token.i > 0:
            name = doc[token.i - 1]
            if (name.text[:1].isupper() and name.pos_ in {"PROPN", "NOUN", "ADJ"} and name.dep_ == "compound"
                    or name.ent_type_ in {"NORP", "LOC", "GPE"}) \
                    and not (lexicon.country_word(name.text) and named_after_of(token)):  # "the Greek island of
                # Evia" is Evia, not a place named "Greek island" ("the Balkan region of Turkmenistan" is one)
                start = name.i
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                        and doc[start - 1].text[:1].isupper() and token.i - start < 3:
                    start -= 1
                if low == "coast":  # "the Red Sea coast" is on the Red Sea; "the Syrian coast" is Syria's shore,
                    if not lexicon.country_word(doc[start:token.i].text) \
                            and not set(doc[start:token.i].text.lower().split()) & COMPASS_ADJECTIVES:  # no place of
                        # its own, nor the "South coast"
                        found.append(Found(start, token.i, "Place", priority=2))
                elif low not in ADMINISTRATIVE_UNITS:
                    key = f"place:{fold(doc[start:token.i].text)}" if low == "region" else ""
                    found.append(Found(start, token.i + 1, "Place", key=key, priority=2))
                elif name.pos_ == "PROPN" and name.lower_ not in COMPASS:  # "Syunik province" is Syunik
                    found.append(Found(start, token.i, "Place", priority=2))
        if token.lemma_.lower() in SETTLEMENTS and token.pos_ == "NOUN":
            cls = "City" if token.lemma_.lower() in CITY_NOUNS else "Place"
            for name in named_after_of(token):
                found.append(Found(_proper_name_start(name), name.i + 1, cls, priority=2))
    return found


def named_after_of(noun: Token) -> list[Token]:
    """'the ports of Anzali and Nowshahr', 'the port city of Bandar Anzali': the heads of the proper names after
    'of' (one word, or capitalised words compounded on it), with their conjuncts."""
    out = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _plain_proper_name(obj):
                    out += [t for t in (obj, *obj.conjuncts) if _plain_proper_name(t)]
    return out


def _proper_name_start(head: Token) -> int:
    """Where a proper name ends by `head` starts: the capitalised proper nouns compounded on it right before it."""
    start, doc = head.i, head.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
            and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].text[:1].isupper() or start > 1
                                                    and doc[start - 1].text in PLACE_PARTICLES
                                                    and doc[start - 2].text[:1].isupper()):
        start -= 1  # "Rio de Janeiro"
    return start


def _plain_proper_name(token: Token) -> bool:
    """A capitalised proper noun whose only modifiers are capitalised proper nouns right before it."""
    compounds = [c for c in token.children if c.dep_ == "compound"]
    return token.pos_ == "PROPN" and token.text[:1].isupper() \
        and len(compounds) == token.i - _proper_name_start(token) <= 2


def titled_name_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'Alexei Likhachev, the head of Rosatom,': a proper name in apposition with an office is a person;
    'ambassador to Moscow Salah Bassiouni': so are two or three capitalised words NER left untagged right after
    a title (and the place a posted title names)."""
    found = _posted_names(doc, lexicon)
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
            continue
        partners = appositions(token)
        if any(p.pos_ == "NOUN" and lexicon.title_relation(p.lower_) for p in partners):
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].ent_type_ not in {"GPE", "LOC", "NORP"} \
                    and not _ends_a_rank(doc, start - 1, lexicon):  # "ambassador to Iraq X Y"
                start -= 1
            while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                    and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
                start -= 2  # "Anwaar-ul-Haq Kakar": the parts of a hyphenated given name
            if token.i > start or token.text[:1].isupper():
                found.append(Found(start, token.i + 1, "Person", priority=1))
    return found


def appositions(token: Token) -> list[Token]:
    """The nouns in apposition with a token, either way ("X, the minister" and "the minister, X")."""
    return [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])


def described_body_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """"SAIPA, Iran's second-biggest manufacturer,", "the state energy company SOCAR": a one-word name NER left
    untagged, in apposition with a noun that describes a body (company, agency, watchdog), is an organization."""
    descriptors = lexicon.frame_words("org_descriptors")
    found = []
    for token in doc:
        if token.ent_type_ or not token.is_alpha or len(token) < 3 or token.dep_ == "compound" \
                or not (token.pos_ == "PROPN" and token.is_title or token.text.isupper()) \
                or token.tag_ in {"NNS", "NNPS"} and not token.text.isupper():
            continue
        partners = appositions(token)
        if not any(p.tag_ == "NN" and p.is_lower and p.lemma_.lower() in descriptors for p in partners) \
                or fold(token.text) in lexicon.names or token.lower_ in lexicon.title_words \
                or token.lower_ in lexicon.honorifics:
            continue
        start = _proper_name_start(token)
        if not any(t.ent_type_ for t in doc[start:token.i]):
            found.append(Found(start, token.i + 1, "Organization", priority=1))
    return found


ARMED_SERVICES = {("navy",), ("army",), ("air", "force"), ("armed", "forces"), ("coast", "guard"), ("military",)}
NATIONAL_BODIES = ARMED_SERVICES | {("parliament",)}


def national_body_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'the Iraqi air force', 'the Chinese navy', 'the Brazilian military', 'the Dutch parliament': a state's armed
    service or parliament named by its nationality is an organization, which NER leaves untagged when written in
    lower case."""
    found = []
    for token in doc:
        owner = token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "POS" \
            and lexicon.class_of(token.text) == "Country"  # "Iran's navy"
        if not token.is_title or not owner and fold(token.text) not in lexicon.demonyms \
                or token.ent_type_ not in {"NORP", "GPE", ""} and not owner:  # NER may call "Azerbaijan's" a body
            continue
        after = token.i + 2 if owner else token.i + 1
        for words in NATIONAL_BODIES:
            end = after + len(words)
            if end > len(doc) or tuple(t.lower_ for t in doc[after:end]) != words \
                    or owner and not lexicon.is_state_body(" ".join(words)):
                continue  # "Ukraine's military": no body named so, whose node would be every state's
            head = doc[end - 1]
            its_weapons = head.dep_ == "compound" and head.head.lemma_.lower() in lexicon.frame_words("armed_nouns")
            untagged = not head.ent_type_ or owner and head.ent_type_ == "ORG"  # NER's "navy" of "Iran's navy"
            if head.pos_ == "NOUN" and (head.dep_ not in {"compound", "amod"} or its_weapons) and untagged:
                found.append(Found(after if owner else token.i, end, "Organization", priority=1))  # "Iraqi air
                # force planes", not "Soviet military aid"
    return found


def party_family_mentions(doc: Doc, lexicon: Lexicon, on: date | None = None) -> list[Found]:
    """'the Social Democrats', 'Finland's Conservatives', 'Socialist Prime Minister X': a party named by what its
    members are called, keyed 'party:' with its family's adjective (extract settles whose party it is)."""
    plurals, singulars = party_families(lexicon)
    found = []
    for token in doc:
        if not token.is_title:
            continue
        for size in (2, 1):
            end = token.i + size
            words = doc[token.i:end]
            written = " ".join(t.lower_ for t in words)
            if end > len(doc) or written not in plurals and written not in singulars \
                    or not all(t.is_title for t in words) or fold(words.text) in lexicon.names:
                continue
            before_a_title = end < len(doc) and doc[end].lower_ in lexicon.title_words  # "Liberal leader X"
            if written in singulars and end < len(doc) and doc[end].lower_ == "party":
                if fold(doc[token.i:end + 1].text) in lexicon.names:
                    break  # "the Communist Party" the lexicon knows
                family, end = singulars[written], end + 1  # "Thatcher's Conservative party"
            elif written in singulars and before_a_title:  # "Socialist President Francois Mitterrand"
                family = singulars[written]
            elif written in plurals and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                family = plurals[written]  # not "the Republicans Abroad group", a longer name
            else:
                continue
            if any(c.dep_ == "nummod" or c.lower_ in MEMBER_COUNTS for c in doc[end - 1].children):
                break  # "three Democrats joined seven Republicans": members, not the party
            party = Found(token.i, end, "Organization", f"party:{family}", "party-family", priority=2)
            state = party_state(doc, party, lexicon, on)
            if state is not None and state.end == token.i:  # "the Swiss Social Democrats", not "Finland's | ..."
                party = replace(party, start=state.start)
            found.append(party)
            break
    return found


def party_families(lexicon: Lexicon) -> tuple[dict[str, str], dict[str, str]]:
    """A party's family by the plural its members are called ('social democrats') and by the singular or the
    adjective a member's title takes ('social democrat', 'social democratic'); the U.S. parties' singulars are
    the party-member rule's."""
    plurals: dict[str, str] = lexicon.frames.get("party_families", {})
    singulars = {}
    for plural, family in plurals.items():
        if family not in {"democratic", "republican"}:
            singulars[plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]] = family
            singulars[family] = family
    return plurals, singulars


def party_state(doc: Doc, party: Found, lexicon: Lexicon, on: date | None = None) -> Found | None:
    """The state a party named by its family is named with: 'Swiss' of 'Swiss Social Democrats', 'West German'
    of 'West German Greens', 'Finland' of "Finland's Conservatives"; None when the text names none."""
    plurals, singulars = party_families(lexicon)
    end = party.end - (1 if doc[party.end - 1].lower_ == "party" else 0)
    two = end - 2 >= party.start and doc[end - 2:end].text.lower() in plurals.keys() | singulars
    start = end - (2 if two else 1)
    i = start - 1 if start and doc[start - 1].text in {"'s", "\u2019s"} else start
    for size in (2, 1):
        if i - size >= 0 and all(t.is_title for t in doc[i - size:i]):
            known = lexicon.country_word(doc[i - size:i].text, on)
            if known is not None and known.cls == "Country":
                return Found(i - size, i, "Country", known.key, "demonym")
    return None


def _posted_names(doc: Doc, lexicon: Lexicon) -> list[Found]:
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        start = i + 1
        if token.lower_ in POSTED_TITLES and i + 2 < len(doc) and doc[i + 1].lower_ in {"to", "in"} \
                and doc[i + 2].ent_type_ in {"GPE", "LOC"}:
            start = i + 2
            while start < len(doc) and doc[start].ent_type_ in {"GPE", "LOC"}:
                start += 1  # "ambassador to Moscow Salah Bassiouni": past the post
        elif token.lower_ not in lexicon.title_words or not token.text[:1].isupper():
            i += 1
            continue
        set_off = False
        if i + 2 < len(doc) and doc[i + 1].lower_ in {"of", "for"} and token.lower_ in lexicon.title_words:
            start = _portfolio_end(doc, i + 2, len(doc), lexicon)  # "Minister of Energy and Mines Javier Ponce"
            listed = _listed_portfolio_end(doc, i + 2, lexicon)
            if listed is not None and listed < len(doc) and doc[listed].text == ",":
                start = listed + 1  # "Minister of Cultural Heritage, Tourism and Handicrafts, X"
            set_off = start - 2 > i + 1 and doc[start - 1].text == "," and doc[start - 2].is_alpha \
                and doc[start - 2].lower_ != "and"  # "Minister of Labour, X,": the name set off after the post
            if not set_off and (start == i + 2 or doc[start - 1].lower_ in {"and", ","}):
                i += 1  # "Minister of Regional and Industrial Expansion": a portfolio word we do not know
                continue
        start = _past_a_split_rank(doc, start, len(doc), lexicon)  # "Captain First | Rank Oleg Petrov"
        end = _untagged_name_end(doc, start, lexicon)
        shortest = 1 if token.lower_ in REGNAL_TITLES and end == start + 1 == i + 2 else 2
        if set_off and not (end < len(doc) and (doc[end].text in {",", ".", ";"} or doc[end].lower_ == "and")):
            end = start  # a set-off name is set off at its end too
        if end - start >= shortest and (end == len(doc) or doc[end].pos_ != "PROPN"):
            found.append(Found(start, end, "Person", priority=1))
        i = max(end, i + 1)
    return found


def _untagged_name_end(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """Where two or three capitalised words NER left untagged after a title end, a particle between them
    included ("Finance Minister Barend du Plessis", whose given name the tagger may even read as a verb)."""
    not_names = lexicon.title_words | INSTITUTIONS | lexicon.honorifics
    end, words = start, 0
    while end < len(doc) and words < 3:
        token = doc[end]
        name_word = token.text[:1].isupper() and not token.ent_type_ and token.is_alpha and token.tag_ != "NNPS" \
            and token.lower_ not in not_names
        after = _past_particles(doc, end + 1)  # "Hans van den | Broek"
        before_particle = end + 1 < after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha
        if not name_word or not (token.pos_ == "PROPN" or before_particle):
            break
        end, words = (after if before_particle else end + 1), words + 1
    return end


def text_of(doc: Doc) -> str:
    """A Doc's text, kept on the Doc: Doc.text joins every token anew on each call, and the mention finders read it
    several times per article."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def author_mentions(doc: Doc, author: str | None) -> list[Found]:
    """The byline's author, where the text names them."""
    if not author:
        return []
    at = text_of(doc).find(author)
    span = doc.char_span(at, at + len(author)) if at >= 0 else None
    return [Found(span.start, span.end, "Person", kind="name", priority=4)] if span is not None else []


def dateline_cities(doc: Doc) -> list[Span]:
    """The city each wire dateline opens with ("ST PETERSBURG, Dec 25 (Interfax) - ")."""
    return [span for span, _ in dateline_places(doc)]


def dateline_credits(doc: Doc) -> set[str]:
    """The agencies the datelines credit with the story ("Interfax" of "(Interfax)", "TASS" of "/TASS/")."""
    return {credit for _, credit in dateline_places(doc) if credit}


def dateline_places(doc: Doc) -> list[tuple[Span, str]]:
    """Each wire dateline's city with the agency it credits ('' when none)."""
    if "datelines" not in doc.user_data:  # asked for more than once per article
        found, aside = [], set()
        for match in DATELINE_SET_APART.finditer(text_of(doc)):
            group = next((name for name in ("credit", "agency", "caps") if match.group(name)), None)
            for name in (group, "region"):
                if name and match.group(name):
                    aside |= {t.i for t in doc.char_span(*match.span(name), alignment_mode="expand") or ()}
            start = match.start("city")
            for city in match.group("city").split("/"):  # "NEW DELHI/TEHRAN": a story filed from two cities
                span = doc.char_span(start, start + len(city), alignment_mode="expand")
                start += len(city) + 1
                if span is not None:
                    found.append((span, match.group(group) if group else ""))
        doc.user_data["datelines"], doc.user_data["dateline_aside_tokens"] = found, aside
    return doc.user_data["datelines"]


def dateline_aside_tokens(doc: Doc) -> set[int]:
    """The tokens of the agencies datelines credit and of the districts they add to the city ("ROOPPUR (Pabna),
    Oct 5 (BSS)"): a source and a locator of the story, not actors in it."""
    dateline_places(doc)
    return doc.user_data["dateline_aside_tokens"]


def rubric_line_tokens(doc: Doc, longest_field: int = 10) -> set[int]:
    """The tokens of a line below the headline made of short fields between bars ("MIGRANTS | Iran, Afghanistan |
    Consular services | 01/03/2023"): a rubric, whose words label the story rather than act in it."""
    text = text_of(doc)
    ranges = []
    offset = text.find("\n")
    while offset != -1:
        end = text.find("\n", offset + 1)
        line = text[offset + 1:end if end != -1 else len(text)]
        fields = line.split(" | ")
        if len(fields) > 1 and all(0 < len(field.split()) <= longest_field for field in fields):
            ranges.append((offset + 1, offset + 1 + len(line)))
        offset = end
    return {t.i for t in doc if any(start <= t.idx < stop for start, stop in ranges)} if ranges else set()


def city_mentions(doc: Doc, lexicon: Lexicon, longest: int = 5) -> list[Found]:
    """A city of the gazetteer named in two words or more ('Rostov-on-Don', 'Bandar Abbas'), which NER cuts short
    or takes for a person; one-word names are left to NER and their use (_places_taken_for_people)."""
    found = []
    for i, token in enumerate(doc):
        if token.text[:1].isupper() and fold(token.text) in lexicon.city_starts:  # not "the Beira corridor"
            for j in range(min(len(doc), i + longest), i + 1, -1):
                if doc[j - 1].text[:1].isupper() and fold(doc[i:j].text) in lexicon.cities:
                    found.append(Found(i, j, "City", priority=2))
                    break
    return found


def dateline_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """A dateline's city is one city, however NER splits or types its capitals ("ST PETERSBURG", "ALMATY"); a
    capital is left to the lexicon, which knows its state."""
    return [Found(span.start, span.end, "City", priority=3)
            for span in dateline_cities(doc) + colon_dateline_cities(doc, lexicon)
            if len(span) > 1 or fold(span.text) not in lexicon.capitals]


def colon_dateline_cities(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """A known city in capitals opening a line before a colon, as some papers date a story ("KARACHI: Pakistani
    companies ..."); not a label such as "BREAKING:" or a speaker's name in a transcript."""
    if "colon_datelines" not in doc.user_data:  # asked twice per article
        doc.user_data["colon_datelines"] = [(span.start, span.end) for match in COLON_DATELINE.finditer(text_of(doc))
                                            if (span := doc.char_span(*match.span(1))) is not None]
    spans = [doc[start:end] for start, end in doc.user_data["colon_datelines"]]
    return [span for span in spans if fold(span.text) in lexicon.cities or fold(span.text) in lexicon.capitals]


def settle_overlaps(found: list[Found]) -> list[Found]:
    """Keep the longest, highest-priority mention where mentions overlap."""
    chosen: list[Found] = []
    taken: set[int] = set()
    for item in sorted(found, key=lambda f: (-3 * (f.end - f.start) - f.priority, f.start)):
        span = set(range(item.start, item.end))
        if span & taken:
            continue
        chosen.append(item)
        taken |= span
    return sorted(chosen, key=lambda f: f.start)


def marked_company_mentions(doc: Doc, marked: tuple[tuple[int, int], ...], lexicon: Lexicon) -> list[Found]:
    """The companies the newswire marks by setting their names in angle brackets ("<Suralco>, owned by Alcoa",
    "<Aluvic Ltd>"), whatever NER made of the name, and however much of it NER took; the same name unmarked
    elsewhere in the article ("Suralco said") is the same company."""
    if not marked:
        return []
    text = text_of(doc)
    names = {text[start:end].strip() for start, end in marked}
    spans = [m.span() for name in names if name
             for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    found = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or not any(c.isalpha() for c in span.text):
            continue  # "<S.E.S.M.>" is a name; "<1987>" is not
        known = lexicon.names.get(fold(span.text))
        key = known.key if known is not None and known.cls == "Organization" else ""
        found.append(Found(span.start, span.end, "Organization", key, "name", priority=3))
    return found


def find_mentions(doc: Doc, lexicon: Lexicon, author: str | None = None, on: date | None = None,
                  marked: tuple[tuple[int, int], ...] = ()) -> list[Found]:
    """All entity mentions of a Doc, one per token at most; `marked` are the character spans of names the
    source sets in angle brackets."""
    companies = marked_company_mentions(doc, marked, lexicon)
    found = (author_mentions(doc, author) + companies + dateline_mentions(doc, lexicon) + region_mentions(doc, lexicon)
             + city_mentions(doc, lexicon)
             + administration_mentions(doc, lexicon) + government_mentions(doc, lexicon, on)
             + lexicon_matches(doc, lexicon, on)
             + ner_mentions(doc, lexicon) + possessive_publication_mentions(doc)
             + acronym_defined_mentions(doc, lexicon) + acronym_body_mentions(doc, lexicon)
             + titled_name_mentions(doc, lexicon) + described_body_mentions(doc, lexicon)
             + national_body_mentions(doc, lexicon) + party_family_mentions(doc, lexicon, on)
             + agreement_mentions(doc, lexicon) + resolution_mentions(doc, lexicon)
             + event_mentions(doc, lexicon, on) + placed_event_mentions(doc, lexicon)
             + staged_event_mentions(doc, lexicon) + visit_mentions(doc, lexicon) + election_mentions(doc, lexicon)
             + conflict_mentions(doc, lexicon, on)
             + facility_mentions(doc, lexicon) + mission_mentions(doc, lexicon) + joint_body_mentions(doc, lexicon)
             + product_mentions(doc, lexicon) + model_name_mentions(doc, lexicon) + named_vessel_mentions(doc, lexicon)
             + description_mentions(doc, lexicon) + ministry_mentions(doc, lexicon))
    if companies:  # "Foreign Trade Bank <Vneshtorgbank>": a name the wire marks ends where its bracket does
        found = [f for f in found if f in companies or not any(
            f.start < c.end and c.start < f.end and (f.start < c.start or f.end > c.end) for c in companies)]
    boiler = {t.i for s in doc.sents if BOILERPLATE.search(s.text) for t in s} | dateline_aside_tokens(doc) \
        | rubric_line_tokens(doc)
    headline = {t.i for s in doc.sents if is_title_case_line(s) for t in s}
    settled = _bodies_again(doc, _surnames_again(doc, settle_overlaps(_bodies_inside_titles(found, doc)), lexicon),
                            lexicon)
    kept = [_retype_by_use(doc, _retype(doc, item, lexicon), lexicon) for item in settled
            if not (item.start in headline and item.priority < 3 or item.start in boiler and item.priority < 4)]
    kept = _national_bodies(doc, _events_named_by_their_place(doc, kept), lexicon, on)
    kept = _places_taken_for_people(doc, _office_holders_by_surname(doc, kept, lexicon, on), lexicon)
    kept = _regions_named(doc, kept, lexicon)
    return _capitals_as_places(doc, [_seat_as_office(doc, item, lexicon) for item in kept], lexicon)


def _national_bodies(doc: Doc, found: list[Found], lexicon: Lexicon, on: date | None) -> list[Found]:
    """"Russia's Security Council" is Russia's own council, not the United Nations one the bare name would be,
    when the lexicon knows Russia's."""
    out = []
    at = {f.end: f for f in found}
    for item in found:
        possessed = item.start and doc[item.start - 1].text in {"'s", "\u2019s"}
        owner = at.get(item.start) or at.get(item.start - 1) if possessed else None  # NER may take the 's in
        known = lexicon.by_key.get(item.key)
        if owner is not None and owner.cls == "Country" and known is not None and known.country != owner.key:
            own = lexicon.national_body(fold(doc[item.start:item.end].text), owner.key, on)
            if own is not None:
                item = replace(item, key=own.key)
        out.append(item)
    return out


def _office_holders_by_surname(doc: Doc, found: list[Found], lexicon: Lexicon, on: date | None) -> list[Found]:
    """'Lavrov met Wang Yi': a lone surname NER took for a body or a place is a person when it is the one name of
    an office-holder in office on the article's date, and names no state, body or city the lexicons know."""
    out = []
    for item in found:
        word = doc[item.start]
        folded = fold(word.text)
        if item.cls in {"Organization", "Place"} and item.kind == "name" and not item.key \
                and item.end - item.start == 1 and word.is_title and word.is_alpha \
                and folded not in lexicon.names and folded not in lexicon.cities \
                and lexicon.full_name_in_office(word.text, on) is not None:
            item = replace(item, cls="Person")
        out.append(item)
    return out


def _events_named_by_their_place(doc: Doc, found: list[Found]) -> list[Found]:
    """'a trilateral meeting ... was held in Baku ... Armenia did not take part in the Baku meeting': an event
    named by a place and its head alone is the article's one event of that head placed there, when there is one."""
    placed = {(item.key, doc[item.end - 1].lemma_.lower()) for item in found
              if item.cls == "Event" and item.key.startswith("event:")}
    out = []
    for item in found:
        words = [t for t in doc[item.start:item.end - 1] if t.lower_ != "the"]
        if item.cls == "Event" and not item.key and words and all(t.ent_type_ == "GPE" for t in words):
            named = f"event:{fold(' '.join(t.text for t in words))} "
            keys = {key for key, head in placed if key.startswith(named) and head == doc[item.end - 1].lemma_.lower()}
            if len(keys) == 1:
                item = replace(item, key=keys.pop())
        out.append(item)
    return out


def ministry_mentions(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """'a foreign ministry spokesman', 'the Soviet defence ministry': a ministry wire copy writes in lower case,
    which NER does not tag. Its portfolio words come from the ministries' word list (a nationality before them
    places it, as it does a capitalised one)."""
    portfolio = lexicon.frame_words("state_body_words") - {"and", "of", "the", "for"}
    found = []
    for token in doc:
        cased = token.is_title and not token.ent_type_  # "the Argentine Foreign Ministry" NER missed
        if token.lower_ not in MINISTRY_HEADS or not (token.is_lower or cased) or token.pos_ not in {"NOUN", "PROPN"} \
                or token.ent_type_ not in {"", "ORG"}:
            continue
        start, end = token.i, token.i + 1
        while start > 0 and (doc[start - 1].is_title and not doc[start - 1].ent_type_ if cased
                             else doc[start - 1].is_lower) and doc[start - 1].lower_ in portfolio \
                and doc[start - 1].dep_ in {"compound", "amod", "nmod"}:
            start -= 1
        if start == token.i and end < len(doc) and doc[end].lower_ == "of":  # "the ministry of energy and mines"
            last = end
            for k in range(end + 1, min(len(doc), end + 6)):
                if not (doc[k].is_lower and doc[k].lower_ in portfolio | {"and"}):
                    break
                last = k if doc[k].lower_ != "and" else last
            end = last + 1 if last > end else end
        if start == token.i and end == token.i + 1:
            continue  # "the ministry": which one, the text said before
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" and lexicon.country_word(owner := doc[c.left_edge.i:c.i + 1].text)
               is None and fold(owner) not in lexicon.capitals for c in token.children):
            continue  # "the Banco do Brasil's foreign trade department": a firm's, not "New Delhi's defence ministry"
        found.append(Found(start, end, "Organization", priority=1))
    return found


def _surnames_again(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'Rilwanu Lukman said ... "...," Lukman told reporters', 'Wang Yi chaired ... Araghchi also met Wang': a lone
    surname of a person the article names in full is that person, where NER missed it or called it something else
    (and no lexicon knows it); a family name written first ("Wang Yi", "Kim Dae-jung") is the name's first word."""
    named = [f for f in found if f.cls == "Person" and f.kind == "name" and f.end - f.start >= 2]
    surnames = {doc[f.end - 1].text for f in named
                if doc[f.end - 1].is_alpha and doc[f.end - 1].text.istitle() and doc[f.end - 2].text != "-"}
    surnames |= {doc[f.start].text for f in named if f.end - f.start <= 3 and doc[f.start].is_title
                 and fold(doc[f.start].text) in lexicon.family_names_first}
    if not surnames:
        return found
    at = {i: f for f in found for i in range(f.start, f.end)}
    people: dict[int, Found] = {}
    for token in doc:
        if token.text not in surnames or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN") \
                or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
            continue
        item = at.get(token.i)
        if item is None or (item.cls != "Person" and item.end - item.start == 1 and not item.key
                            and item.priority <= 1):
            people[token.i] = Found(token.i, token.i + 1, "Person")
    return sorted([f for f in found if f.start not in people] + list(people.values()), key=lambda f: f.start)


def _bodies_again(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'Rosselkhoznadzor said ... Rosselkhoznadzor, headed by X': a body's name the article names elsewhere names
    that body wherever it is written again and nothing else was found there; not a word the article also writes
    in lower case ("Council" of a heading, "council") or a lone word for a body ("Association"), nor a name found
    elsewhere as something else."""
    texts = [t.text for t in doc]  # read once: a token's attributes are slow to reach
    names = {tuple(texts[f.start:f.end]): f for f in found
             if f.cls == "Organization" and f.kind == "name" and texts[f.start][:1].isupper()
             and texts[f.end - 1][:1].isupper() and texts[f.end - 1].isalpha()
             and not any(w in {"'s", "\u2019s"} for w in texts[f.start:f.end])}  # not "Russia's SPFS": a state's
    if not names:
        return found
    other = {tuple(texts[f.start:f.end]) for f in found if f.cls != "Organization"}  # "Fordow", a site to the
    bodies = body_words(lexicon) | BODY_WORDS  # lexicon, once a body to NER: not again
    lower = {w for w in texts if w.islower()}
    names = {words: f for words, f in names.items() if words not in other and (
        len(words) > 1 or words[0].lower() not in bodies and words[0].lower() not in lower)}
    if not names:
        return found
    taken = {i for f in found for i in range(f.start, f.end)}
    starts: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        starts[text].append(i)
    again: list[Found] = []
    for words, item in names.items():
        for start in starts.get(words[0], ()):
            end = start + len(words)
            if tuple(texts[start:end]) == words and not taken & set(range(start, end)) \
                    and not (end < len(doc) and doc[end].pos_ == "PROPN" and texts[end][:1].isupper()) \
                    and not (start > 0 and doc[start - 1].pos_ == "PROPN" and texts[start - 1][:1].isupper()):
                again.append(Found(start, end, "Organization", item.key, "name", item.priority))
                taken |= set(range(start, end))
    return sorted(found + again, key=lambda f: f.start)


def names_listed(doc: Doc, i: int, step: int, founds_at: dict[int, Found]) -> tuple[list[Found], int | None]:
    """The people a list names from token i on, one way (step 1 or -1), past 'of' states, commas and names NER
    missed ("-- A of Belarus, B of India and C --"); and the dash or colon the walk stopped at, if any."""
    names: list[Found] = []
    sent = doc[max(0, min(i, len(doc) - 1))].sent
    while sent.start <= i < sent.end:
        other = founds_at.get(i)
        if doc[i].text in {"--", "\u2014", ":"}:
            return names, i
        if other is not None and other.cls == "Person" and other.kind == "name":
            names.insert(0, other) if step < 0 else names.append(other)
            i = other.start - 1 if step < 0 else other.end
        elif other is not None or doc[i].text == "," or doc[i].lower_ in {"and", "of"} or doc[i].is_title:
            i += step
        else:
            break
    return names, None


def owns_words_up_to(group: Token, end: int) -> bool:
    """Whether every word from a noun to `end` is the noun's own, punctuation aside ("the foreign ministers of the
    organization's member states --"): a list set off after them is the noun's."""
    return all(t.dep_ == "punct" or group.is_ancestor(t) for t in group.doc[group.i + 1:end])


def _retype(doc: Doc, item: Found, lexicon: Lexicon) -> Found:
    """Places that the lexicons know as countries."""
    if item.cls == "Place" and not item.key:
        key = fold(doc[item.start:item.end].text)
        if key in lexicon.names:
            known = lexicon.names[key]
            return Found(item.start, item.end, known.cls, known.key, "name", item.priority)
    return item


def _retype_by_use(doc: Doc, item: Found, lexicon: Lexicon) -> Found:
    """Names NER took for a body or a person that their use shows otherwise: 'the base at Nea Makri' (a
    place), 'FSX fighters', 'Stinger missiles' (a product), 'X, the French credit agency' (a body)."""
    if item.key or item.kind != "name":
        return item
    if item.cls in {"Person", "Place", "City", "Product"} and item.priority <= 1 \
            and _described_as_a_body(doc, item, lexicon):
        return Found(item.start, item.end, "Organization", kind="name", priority=item.priority)
    if item.cls == "Person" and item.end - item.start == 1 and item.priority <= 1 and _headed(doc[item.start], lexicon):
        return Found(item.start, item.end, "Organization", kind="name", priority=item.priority)
    if (item.cls in {"Person", "Place", "City"} or item.cls == "Organization" and item.end - item.start == 1) \
            and item.priority <= 1 and _described_as_a_facility(doc, item, lexicon):
        return Found(item.start, item.end, "Facility", kind="name", priority=item.priority)  # "Nhava Sheva, India's
        # largest container port", "Türkiye's first nuclear power plant, Akkuyu"; a place the gazetteer knows stays
        # one ("Astrakhan, the Russian port"), and a body of several words is the company that runs it ("X
        # Petrochemical, a refinery")
    if item.cls in {"Organization", "Product"} and _named_as_an_event(doc, item, lexicon):
        return Found(item.start, item.end, "Event", kind="name", priority=item.priority)
    if item.cls in {"Organization", "Event"} and _named_as_a_document(doc[item.start:item.end]):
        return Found(item.start, item.end, "Agreement", kind="name", priority=item.priority)
    if item.cls not in {"Organization", "Person"}:
        return item
    root = doc[item.start:item.end].root
    if item.cls == "Organization" and fold(root.text) not in lexicon.names and _under_a_plural_title(root, lexicon):
        return Found(item.start, item.end, "Person", kind="name", priority=item.priority)
    prep = root.head if root.dep_ == "pobj" else None
    facilities = lexicon.frame_words("facility_heads")
    if prep is not None and prep.lower_ in {"at", "near", "outside"} and (  # "the base at X", "close its base at X"
            prep.head.lemma_.lower() in facilities
            or any(c.dep_ == "dobj" and c.lemma_.lower() in facilities for c in prep.head.children)):
        return Found(item.start, item.end, "City", kind="name", priority=item.priority)
    if item.cls == "Person" and prep is not None and prep.lower_ in {"at", "with"} \
            and prep.head.lemma_.lower() in lexicon.frame_words("occupation_nouns"):
        return Found(item.start, item.end, "Organization", kind="name", priority=item.priority)  # "professor at X"
    if item.end >= len(doc) or item.cls != "Organization" or item.end - item.start > 1 \
            or doc[item.start].lower_ in INSTITUTIONS or fold(doc[item.start].text) in lexicon.names:
        return item  # "U.S. Air Force planes", "Navy destroyers": who operates them
    following = doc[item.end]
    known = lexicon.products.get(fold(following.text))
    if known is not None and known.kind in EQUIPMENT_KINDS \
            and doc[item.end - 1].dep_ in {"compound", "nmod", "amod"} and doc[item.end - 1].head.i == following.i:
        return Found(item.start, item.end, "Product", kind="name", priority=item.priority)
    return item


def _named_as_a_document(span: Span) -> bool:
    """A name NER took for a body or an event that a document's word heads, its topic after it: 'the United Nations
    Framework Convention on Climate Change', 'the Vienna Convention on Diplomatic Relations' (not 'the Collective
    Security Treaty Organization', nor 'the Democratic National Convention')."""
    root = span.root
    return root.lemma_.lower() in DOCUMENT_NAME_HEADS and root.is_title and root.i + 1 < span.end \
        and span.doc[root.i + 1].lower_ in {"on", "of", "for", "against"}


def _headed(token: Token, lexicon: Lexicon) -> bool:
    """A lone name that has a head, which no person has: 'Rosnedra head Evgeny Petrov', 'the Hermitage's director',
    'Rossotrudnichestvo, headed by X' (not 'Putin aide X', 'Trump's campaign chairman')."""
    if fold(token.text) in lexicon.names or not token.is_title:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ in HEADS_OF_BODIES and after.i + 1 < len(token.doc) \
            and token.doc[after.i + 1].ent_type_ == "PERSON" and token.doc[after.i + 1].is_title:
        return True  # "Rosnedra head Evgeny Petrov"
    if token.dep_ == "poss" and token.head.lower_ in HEADS_OF_BODIES \
            and not any(c.dep_ in {"compound", "prep"} for c in token.head.children):
        return True  # "the Hermitage's long-serving director"
    clause = next((c for c in token.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"head", "chair"}
                   and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)), None)
    return clause is not None  # "Rossotrudnichestvo, headed since 2020 by X"


def _described_as_a_facility(doc: Doc, item: Found, lexicon: Lexicon) -> bool:
    """'X, India's largest container port', "Egypt's first nuclear power plant, X": a name the gazetteer does not
    know, in apposition with a noun for a facility."""
    facility_heads = lexicon.frame_words("facility_heads")
    if not any(noun.pos_ == "NOUN" and noun.lemma_.lower() in facility_heads for noun in _appositive_nouns(doc, item)):
        return False
    folded = fold(doc[item.start:item.end].text)
    return folded not in lexicon.cities and folded not in lexicon.capitals and folded not in lexicon.names


def _a_facility_name(span: Span) -> bool:
    """Whether a name ends in a word for a building or a work, capitalised as part of it ("Miraflores Palace",
    "Skolkovo Innovation Center")."""
    last = span[-1]
    if not last.is_title:
        return False
    if last.lower_ in {"centre", "center"}:
        return len(span) > 1 and span[-2].lower_ in VENUE_WORDS
    return last.lower_ in FACILITY_NAME_ENDINGS


def _a_show_name(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name ends, but for a year, in a word that only a show, a festival or a contest ends its name with:
    'Book Fair', 'Film Festival', 'Chess Championship 2023'."""
    words = list(span)
    if len(words) > 1 and _a_year(words[-1]):
        words.pop()
    return len(words) > 1 and words[-1].lower_ in lexicon.frame_words("show_heads")


def _a_year(token: Token) -> bool:
    """Whether a token is a year of the last two centuries ("2022", "1987")."""
    return token.like_num and len(token.text) == 4 and token.text[:2] in {"19", "20"}


def _a_gathering_of(span: Span) -> bool:
    """Whether a name NER took for a body is a gathering's: its head is 'summit', 'meeting' or 'session' with an
    'of' phrase after it, inside the name ('the Summit of the Americas'). A body can be a 'Conference of' or a
    'Congress of', so those stay bodies."""
    root = span.root
    return root.lemma_.lower() in GATHERING_NAME_HEADS and root.i < span.end - 1 \
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < span.end for c in root.rights)


def _attended_as_a_gathering(span: Span) -> bool:
    """Whether a name headed by 'conference', 'forum', 'summit' or the like, which NER took for a body, is what
    someone attended or took part in, or what talks were held on the sidelines of: a gathering ('attended the
    International Conference on Nuclear Science and Technology')."""
    root = span.root
    sidelines = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "sidelines"
    return root.lemma_.lower() in GATHERING_HEADS and (attended(root) or sidelines)


def attended(noun: Token) -> bool:
    """Whether a noun is what someone attended, took part in or participated in."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() == "attend"
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and (verb.lemma_.lower() == "participate"
                                                                  or took_part(verb))


def took_part(verb: Token) -> bool:
    """Whether a verb is 'take part', however it is inflected."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _a_numbered_gathering(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a name headed by 'conference', 'forum', 'summit', 'meeting', 'session' or 'congress' is one
    gathering of a series: numbered ("XI", "25th"), dated ("... Forum 2022") or named after its city ("the Moscow
    Conference on International Security"). A standing body ("the Conference on Disarmament", "the Gas Exporting
    Countries Forum") is none of these."""
    root = doc[start:end].root
    if root.lemma_.lower() not in GATHERING_HEADS:
        return False
    first, last = doc[start], doc[end - 1]
    numbered = first.ent_type_ == "ORDINAL" or first.lower_ in ORDINAL_WORDS \
        or bool(ORDINAL_NUMBER.fullmatch(first.lower_) or ROMAN_NUMERAL.fullmatch(first.text)) \
        or start > 0 and doc[start - 1].ent_type_ == "ORDINAL" \
        or _a_year(last)
    return numbered or any(fold(doc[start:k].text) in lexicon.cities or fold(doc[start:k].text) in lexicon.capitals
                           for k in range(start + 1, min(root.i, start + 3) + 1))


def _named_as_an_event(doc: Doc, item: Found, lexicon: Lexicon) -> bool:
    """Whether the text gives a name NER took for a body as an event's: 'the drill, codenamed CASAREX 2024',
    'the next Caspian drill, CASAREX 2025,', 'the Maritime Security Belt 2024 exercise' (a year, then the event), 'the
    rescue exercise CASAREX 2025' (the event, then a name with a year).
    The parser often breaks such phrases, so this reads the words around the name."""
    heads = lexicon.frame_words("event_heads")
    before = doc[item.start - 1] if item.start > 0 else None
    after = doc[item.end] if item.end < len(doc) else None
    if before is not None and before.lower_ in CODENAME_WORDS:
        return any(t.lemma_.lower() in heads for t in doc[max(0, item.start - 5):item.start - 1])
    if before is not None and before.text == "," and item.start >= 2 and doc[item.start - 2].lemma_.lower() in heads \
            and (after is None or after.text in {",", ".", ")"}):
        return True
    last = doc[item.end - 1]
    return _a_year(last) and (any(
        t.lemma_.lower() in heads for t in doc[item.end:item.end + 2]) or before is not None
        and before.lemma_.lower() in heads)  # "the rescue exercise CASAREX 2025"


def _under_a_plural_title(root: Token, lexicon: Lexicon) -> bool:
    """'Prime Ministers X of China and Y of Portugal': a name conjoined to a person's under a plural title is a
    person's, whatever NER called it."""
    first = root.head
    if root.dep_ != "conj" or first.ent_type_ != "PERSON":
        return False
    return any(lexicon.plural_title(t.lower_) for t in root.doc[first.left_edge.i:first.i])


def _described_as_a_body(doc: Doc, item: Found, lexicon: Lexicon) -> bool:
    """'X, the French export credit agency', 'the Kuwaiti magazine X', 'the companies X, Y and Z': a name in
    apposition with a noun for an organization (set off by a comma, or right after a company or medium word; not
    'chairman of the executive committee John Smith')."""
    root = doc[item.start:item.end].root
    described = _appositive_nouns(doc, item)
    at = index_before(doc, item.start)
    before = doc[at] if at >= 0 else None
    if before is not None and before.lemma_.lower() in NAMING_NOUNS and before.lower_ != "groups" and (
            root.head.i == before.i or before.head.i == root.i or item.cls != "Person"  # "the PTA groups A, B"
            or _a_described_name(doc, before, item)):
        return True  # "the Kuwaiti magazine X", "the shipping firm X"; a place NER saw after "organisation" even
        # where the parser broke the phrase ("the employers organisation Confindustria said")
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.i
    while start > 0 and doc[start - 1].ent_type_ == "ORG":
        start -= 1
    if first is not root and first.ent_type_ == "ORG" and start > 0 and doc[start - 1].lemma_.lower() in NAMING_NOUNS:
        return True  # "the French companies X, Y and Z": each is a company
    if first is not root and first.dep_ == "appos" and first.head.tag_ == "NNS" \
            and first.head.lemma_.lower() in NAMING_NOUNS and doc[first.left_edge.i - 1].text in {",", ":"}:
        return True  # "three shipping companies: X, based in Y, and Z and W": the later names of the list too
    return any(noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.frame_words("org_descriptors")
               for noun in described)


def _a_described_name(doc: Doc, noun: Token, item: Found) -> bool:
    """'the news agency X' where the parser broke the phrase: a name right after a determined noun for a body, and
    no verb after the name that would make the noun its object ("the company X founded")."""
    determined = any(t.lower_ in {"the", "a", "an"} for t in doc[max(0, noun.i - 3):noun.i])
    after = doc[item.end] if item.end < len(doc) else None
    return determined and (after is None or after.pos_ not in {"VERB", "AUX"})


def _appositive_nouns(doc: Doc, item: Found) -> list[Token]:
    """The heads of the descriptions set off by a comma in apposition with a name, after it or before it."""
    root = doc[item.start:item.end].root
    described = [c for c in root.children if c.dep_ == "appos" and c.i > item.end and item.end < len(doc)
                 and doc[item.end].text == ","]
    if root.dep_ == "appos" and root.head.i < item.start and doc[item.start - 1].text == ",":
        described.append(root.head)
    return described


def index_before(doc: Doc, i: int) -> int:
    """The index of the last word before token i, past the blanks the wire's brackets leave ("French firm
    <Aerospatiale>"), or -1."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _places_taken_for_people(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'a speech at Vladivostok', 'at Jolfa in north-west Iran', 'between Kuwait and Khor Fakkan': a name NER
    called a person that the text uses as a place, unless the article or the lexicon knows such a person. A
    name NER called a body must be placed outright ('at X in the Soviet Far East'): 'a speech at Harvard'. A city
    of the gazetteer needs only a place preposition ('builds it in Rostov-on-Don'), and is a city."""
    people = [(f.start, doc[f.end - 1].lower_) for f in found if f.cls == "Person" and f.end - f.start >= 2]
    name_words = {t.lower_ for f in found if f.cls == "Person" and f.end - f.start >= 2 for t in doc[f.start:f.end]}
    bodies = {(fold(doc[f.start:f.end].text), f.start) for f in found if f.cls == "Organization"}
    out = []
    for item in found:
        span = doc[item.start:item.end]
        named_elsewhere = any(word == doc[item.end - 1].lower_ and start != item.start for start, word in people)
        if item.kind == "name" and not item.key and item.priority <= 1 and not named_elsewhere \
                and fold(span.text) not in lexicon.holders \
                and not any(name == fold(span.text) and start != item.start for name, start in bodies):
            city = fold(span.text) in lexicon.cities
            if item.cls == "Place" and city or item.cls in {"Person", "Organization"} and city and _in_a_place(span) \
                    or item.cls == "Organization" and city and _listed_with_places(span, lexicon) \
                    or item.cls == "Person" and city and (_after_a_route_preposition(span)
                                                          or _a_bare_word(doc, item, lexicon)
                                                          and span.text.lower() not in name_words):
                item = Found(item.start, item.end, "City", kind="name", priority=item.priority)
            elif item.cls == "Person" and (listed := _listed_only_with_places(span, lexicon)) \
                    and _a_bare_word(doc, item, lexicon) and span.text.lower() not in name_words:
                item = Found(item.start, item.end, "City" if listed == "City" else "Place", kind="name",
                             priority=item.priority)  # "campuses in Tehran, Mashhad and Babolsar"
            elif item.cls == "Person" and _used_as_place(span.root, item.end, lexicon) \
                    or item.cls == "Organization" and _placed_in_a_state(doc, span.root, item.end) \
                    and not _ends_in_a_body_word(span, lexicon) and not _a_body_of(span, lexicon):  # "at MGIMO
                # University in Moscow", "at the Ministry of Sport in Astana": a body
                item = Found(item.start, item.end, "Place", kind="name", priority=item.priority)
        out.append(item)
    return out


REGION_WORDS = (REGIONS - {"island"}) | {w + "s" for w in REGIONS - {"island", "county", "territory"}} \
    | {"counties", "territories", "krai", "krais"}  # "Sonora State", "eastern Sabah and Sarawak states"
PARTY_TAGS = set(PARTY_LETTERS) | {"I"}  # "Sen. Tom Harkin (D-Iowa)", "Rep. Bill Green, R-N.Y.", an independent


def _regions_named(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'in Sabah and Sarawak states', 'Hermosillo, Sonora State', 'Maynard, Mass.', 'Sen. Tom Harkin (D-Iowa)': a
    state's own state, province or region the gazetteer knows is a place, whatever NER made of it or if it found
    nothing there. A one-word name NER called a person or a body must be used as a place; the gazetteer's name is
    the place's."""
    if not lexicon.regions:
        return found
    taken = {i for item in found for i in range(item.start, item.end)}
    out = [_as_region(doc, item, lexicon) or item for item in found]
    starts = _hashed(lexicon.region_starts)
    marks = _hashed(frozenset({",", "-"}))  # where an abbreviation may follow
    lowers = doc.to_array(LOWER).tolist()  # token attributes one by one are slow
    abbreviations = lexicon.region_abbreviations
    candidates = {i for i, low in enumerate(lowers) if low in starts} \
        | {i + 1 for i, low in enumerate(lowers[:-1]) if low in marks
           and (doc[i + 1].text in abbreviations or doc[i + 1].text + "." in abbreviations)}
    end = 0
    for i in sorted(candidates - taken):
        region = _region_at(doc, i, taken, lexicon) if i >= end else None
        if region is not None:
            out.append(region)
            end = region.end
    placed = {f.key for f in out if f.cls == "Place" and f.key in lexicon.by_key}
    out = [_region_named_before(doc, item, placed, lexicon) or item for item in out]
    return sorted(out, key=lambda f: f.start)


def _region_named_before(doc: Doc, item: Found, placed: set[str], lexicon: Lexicon) -> Found | None:
    """'Haghshenas said Gilan wanted ...' in a story that names the province of Gilan: a one-word name NER called a
    person or a body, untitled, that the story uses as a region elsewhere, is that region."""
    if item.kind != "name" or item.key or item.cls not in {"Person", "Organization"} or item.end - item.start != 1 \
            or _titled(doc, item.start, lexicon):
        return None
    known = lexicon.regions.get(fold(doc[item.start].text))
    if known is None or known.key not in placed or fold(doc[item.start].text) in lexicon.cities:
        return None
    return Found(item.start, item.end, "Place", known.key, "name", item.priority)


@lru_cache(maxsize=8)
def _hashed(words: frozenset[str]) -> frozenset[int]:
    """The hashes spaCy keeps strings by, of a set of words, to test a Doc's arrays against."""
    return frozenset(hash_string(w) for w in words)


def _as_region(doc: Doc, item: Found, lexicon: Lexicon) -> Found | None:
    """A name NER found that the gazetteer knows as a region, retyped and keyed as that region."""
    if item.kind != "name" or item.key or item.cls not in {"Person", "Organization", "Place", "City", "Facility"}:
        return None
    start, end = item.start, item.end
    abbreviated = _region_abbreviation(doc, start, end, lexicon)
    if abbreviated is not None:
        return Found(start, end, "Place", abbreviated.key, "name", item.priority)
    if doc[start].lower_ not in lexicon.region_starts:
        return None
    longer = next((k for k in range(min(len(doc), end + 3), end, -1) if fold(doc[start:k].text) in lexicon.regions
                   and not doc[k - 1].is_punct and not any(t.ent_type_ for t in doc[end:k])), end)  # "Mato Grosso |
    # do Sul": NER stopped short; not "Idlib province | .", which folds to the same name
    if longer > end:
        return Found(start, longer, "Place", lexicon.regions[fold(doc[start:longer].text)].key, "name", item.priority)
    if end - start > 1 and doc[end - 1].lower_ in REGION_WORDS and fold(doc[start:end].text) not in lexicon.regions:
        end -= 1  # "Sonora State": the state's name; but "Kilis province" is the gazetteer's own name
    folded = fold(doc[start:end].text)
    known = lexicon.regions.get(folded)
    if known is None or folded in lexicon.cities and end == item.end:
        return None  # "Parana" is a city too, and the gazetteer of cities types it
    if item.cls not in {"Place", "City"} and (end - start == 1 or _titled(doc, start, lexicon)
                                              or folded in lexicon.holders) \
            and not _used_as_region(doc, start, item.end, lexicon):
        return None  # "Delta said", "Sabah" for Kuwait's emir: a one-word name must be used as a place
    return Found(item.start, item.end, "Place", known.key, "name", item.priority)


def _region_at(doc: Doc, i: int, taken: set[int], lexicon: Lexicon) -> Found | None:
    """A region the gazetteer knows named at token i, where no mention was found: the longest name that is neither
    part of a longer proper name nor, for one word, used other than as a place."""
    if not doc[i].text[:1].isupper() or i and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
            and not doc[i - 1].is_sent_start:
        return _abbreviated_region_at(doc, i, lexicon)
    for end in range(min(len(doc), i + 6), i, -1):
        if any(k in taken for k in range(i, end)) or doc[end - 1].is_punct:
            continue
        known = lexicon.regions.get(fold(doc[i:end].text))
        if known is None or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        if end - i == 1 and (doc[i].pos_ != "PROPN" or not _used_as_region(doc, i, end, lexicon)):
            break
        return Found(i, end, "Place", known.key, "name")
    return _abbreviated_region_at(doc, i, lexicon)


def _abbreviated_region_at(doc: Doc, i: int, lexicon: Lexicon) -> Found | None:
    """A region wire copy abbreviates at token i ('Mass.', 'W.Va' and its full stop), where it writes one."""
    known = _region_abbreviation(doc, i, i + 1, lexicon)
    if known is None and i + 1 < len(doc) and doc[i + 1].text == ".":
        known = _region_abbreviation(doc, i, i + 2, lexicon)  # "Charleston, W.Va.": the full stop apart
        return Found(i, i + 2, "Place", known.key, "name") if known is not None else None
    return Found(i, i + 1, "Place", known.key, "name") if known is not None else None


def _region_abbreviation(doc: Doc, start: int, end: int, lexicon: Lexicon) -> Known | None:
    """The region an abbreviation names where wire copy writes one: after a town and a comma ('Maynard, Mass.',
    'Vancouver, B.C.') or in a lawmaker's party tag ('D-Kan.', 'R-N.Y.', 'D-Iowa')."""
    text = doc[start:end].text
    known = lexicon.region_abbreviations.get(text)
    if start < 2 or known is None and not (doc[start - 1].text == "-" and fold(text) in lexicon.regions):
        return None
    before = doc[start - 2]
    if doc[start - 1].text == "-" and before.text in PARTY_TAGS:
        return known or lexicon.regions[fold(text)]
    if known is not None and doc[start - 1].text == "," and before.pos_ == "PROPN" and before.text[:1].isupper() \
            and before.ent_type_ != "PERSON":
        return known
    return None


def _titled(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a title or an honorific comes right before a name ('Governor X', 'Mr X')."""
    return start > 0 and doc[start - 1].lower_.rstrip(".") in lexicon.title_words | lexicon.honorifics | ROLE_WORDS


def _used_as_region(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """'in Punjab', 'eastern Sabah', 'Sabah and Sarawak states', 'Sonora State', 'Sarawak and Johor': a name the
    text uses as a place's."""
    span = doc[start:end]
    if doc[end - 1].lower_ in REGION_WORDS or end < len(doc) and doc[end].lower_ in REGION_WORDS:
        return True
    if start and doc[start - 1].lower_ in COMPASS_ADJECTIVES:
        return True
    listed = _listed_beside(span)
    if listed and all(fold(t.text) in lexicon.regions for t in listed):
        return True
    return _in_a_place(span) or _listed_with_places(span, lexicon)


def _a_bare_word(doc: Doc, item: Found, lexicon: Lexicon) -> bool:
    """A one-word name with no title or honorific before it, in apposition to no one, that says and writes nothing
    ('Shiraz', not 'President Santos', 'Mr Jordan', 'his wife, Nancy', 'Jackson said' or 'a letter from Jackson'):
    wire copy names a person in full, so a city's name NER called a person is the city's."""
    word = doc[item.start]
    of_a_person = word.dep_ == "appos" and word.head.pos_ == "NOUN" and word.head.lemma_.lower() not in CITY_NOUNS
    speaks = word.dep_ == "nsubj" and word.head.lemma_.lower() in lexicon.frame_words("saying_verbs") \
        | lexicon.frame_words("reporting_verbs")  # "Jackson said"
    writes = word.dep_ == "pobj" and word.head.head.lemma_.lower() in MESSAGE_WORDS  # "a letter from Jackson"
    return item.end - item.start == 1 and not _titled(doc, item.start, lexicon) \
        and not (of_a_person or speaks or writes)  # "his wife, Nancy"


def _in_a_place(span: Span) -> bool:
    """'in X', 'between X and Y', 'the port city of X', 'the capital X', 'X, the largest city': words that make a
    name a place's."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ == "pobj":
        root = root.head
    if _is_locative(root) or root.dep_ == "pobj" and root.head.lower_ == "between":
        return True  # not "a letter to Jackson"
    if any(c.dep_ == "appos" and c.lemma_.lower() in CITY_NOUNS for c in span.root.children):
        return True  # "Almaty, the largest city"
    return _after_a_city_noun(span.doc, span.start)


def _listed_with_places(span: Span, lexicon: Lexicon) -> bool:
    """'swept through Aleppo and Hama', 'travelled to Lahore and Karachi': a one-word name listed with places is
    one too."""
    return any(c.ent_type_ in {"GPE", "LOC"} and c.pos_ == "PROPN" or fold(c.text) in lexicon.capitals
               for c in _listed_beside(span))


def _listed_beside(span: Span) -> list[Token]:
    """The names a one-word name is listed with ('Aleppo and Hama'); none for a longer name."""
    root = span.root
    if len(span) != 1:
        return []
    listed = list(root.conjuncts)
    if root.dep_ == "appos" and root.conjuncts:  # "Tehran, Isfahan, Shiraz and Kish": the parser hangs the list
        listed.append(root.head)  # on the first name
    return listed


def _listed_only_with_places(span: Span, lexicon: Lexicon) -> str:
    """'City' when a one-word name is listed with cities only ('Tehran, Mashhad and Babolsar'), 'Place' when with
    places only, '' otherwise (a person is listed with people)."""
    listed = _listed_beside(span)
    if not listed:
        return ""
    cities = [c for c in listed if fold(c.text) in lexicon.cities or fold(c.text) in lexicon.capitals]
    if len(cities) == len(listed):
        return "City"
    places = [c for c in listed if c.ent_type_ in {"GPE", "LOC"} and c.pos_ == "PROPN"]
    return "Place" if len(places) == len(listed) else ""


def _after_a_route_preposition(span: Span) -> bool:
    """'a driver from Tabriz', 'a pipeline from Tabriz', 'the prayer leader of Tabriz', 'member of parliament for
    Tabriz': a city of the gazetteer after a preposition that says where from, where to or whose. Only for a name NER
    called a person: people are rarely written by a bare name that is also a city's."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ in {"pobj", "dobj"}:
        root = root.head
    if root.dep_ == "dobj":  # "drones hit Odesa", "shelled Kherson"
        return root.head.lemma_.lower() in STRIKING_VERBS
    if root.dep_ != "pobj" or root.head.lower_ not in ROUTE_PREPS:
        return False
    return not (root.head.lower_ == "from" and root.head.head.lemma_.lower() in MESSAGE_WORDS)  # "a letter from X"


def _after_a_city_noun(doc: Doc, start: int) -> bool:
    """'the capital Sanaa', 'the Iranian capital, Tehran', 'the port city Bandar Abbas'."""
    before = [t for t in doc[max(0, start - 3):start] if t.text != ","]
    return any(t.lower_ in CITY_NOUNS and t.pos_ == "NOUN" for t in before[-2:])


def _used_as_place(root: Token, end: int, lexicon: Lexicon) -> bool:
    """Whether a name is the object of a place preposition and the text places it ('in north-west Iran',
    ', Iraq') or puts something there (a speech, a plant, talks, an arrival), or is listed with places."""
    if root.dep_ == "conj" and root.head.dep_ == "pobj" \
            and (root.head.ent_type_ in {"GPE", "LOC"} or fold(root.head.text) in lexicon.cities) \
            and root.head.head.lower_ in {"between", "in", "at", "near", "to", "from"} \
            and any(c.dep_ == "cc" for c in root.head.children):
        return True  # "between Kuwait and X", not "Dodd of Connecticut and George Mitchell" nor "ambassador to
        # Moscow, Kazem Jalali," (an apposition the parser took for a list)
    if root.dep_ == "compound" and root.head.lower_ in REGIONS | EXCLAVES:
        return True  # "its Nakhchivan exclave", "the Tabriz province"
    if root.dep_ != "pobj":
        return False
    host = root.head.head.lemma_.lower()
    if root.head.lower_ in {"to", "from"}:  # "flew to X in southern Iran", not "a message to X in Geneva"
        return host in MOTION_VERBS and _placed_in_a_state(root.doc, root, end, frozenset({"to", "from"}))
    if root.head.lower_ not in PLACE_PREPS:
        return False
    return _placed_in_a_state(root.doc, root, end) or host in MOTION_VERBS \
        or host in {"speech", "address", "base", "headquarters"} \
        or host in lexicon.frame_words("facility_heads") | lexicon.frame_words("event_heads")


def _placed_in_a_state(doc: Doc, root: Token, end: int, preps: frozenset[str] = PLACE_PREPS) -> bool:
    """'at X in north-west Iran', 'in X, Iraq': the object of a place preposition, put in a named place."""
    if root.dep_ != "pobj" or root.head.lower_ not in preps:
        return False
    i = end + 1
    while i < len(doc) and (doc[i].lower_ in {"the"} | COMPASS_ADJECTIVES or doc[i].text == "-"
                            or doc[i].ent_type_ == "NORP"):  # "in the Soviet Far East"
        i += 1
    return end < len(doc) and doc[end].text in {",", "in"} and i < len(doc) and doc[i].ent_type_ in {"GPE", "LOC"}


def _seat_as_office(doc: Doc, item: Found, lexicon: Lexicon) -> Found:
    """'White House officials', 'the White House briefing room': the office, not the state it stands for.

    A seat naming an office holder's title, or the role of a named aide ("Kremlin leader", "White House
    spokesman", "Kremlin foreign policy aide Yuri Ushakov"), still stands for the state, whose office it is;
    "White House aides" are the office's.
    """
    last = doc[item.end - 1]
    if item.kind != "metonym" or fold(doc[item.start:item.end].text) in lexicon.capitals \
            or last.lower_ in lexicon.frame_words("seat_words_government"):
        return item  # "Soviet government officials", "Philippine government delays": the state's
    head = last.head
    if last.dep_ in {"compound", "nmod"} and head.i >= item.end and head.pos_ == "NOUN" \
            and lexicon.title_relation(head.lower_) is None and not _aide_before_a_name(head):
        return Found(item.start, item.end, "Organization",
                     "org:" + fold(doc[item.start:item.end].text).replace(" ", "-"), "phrase", item.priority)
    return item


def _aide_before_a_name(noun: Token) -> bool:
    """'aide Yuri Ushakov': an aide's role as the title of a person named right after it."""
    return noun.lemma_.lower() in AIDES and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].ent_type_ == "PERSON"


def _capitals_as_places(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """A capital used as a place (or a dateline's city) is a City, also in an article where it acts for its state.

    "A base near Athens" and "talks in Moscow" are the city; "Moscow said" stays the state, so an article
    that does both has both nodes, the state's carrying the capital as an alias.
    """
    datelines = {span.start for span in dateline_cities(doc) + colon_dateline_cities(doc, lexicon)}  # "NEW DELHI,
    # Dec 25 - ", "TEHRAN: ": where it was written
    places = {f.start for f in found if f.kind == "metonym" and fold(doc[f.start:f.end].text) in lexicon.capitals
              and (f.start in datelines or _is_locative(doc[f.start:f.end].root) or _after_a_city_noun(doc, f.start)
                   or _before_its_state(doc, f, found))}
    return [Found(item.start, item.end, "City", item.key, "place", item.priority) if item.start in places else item
            for item in found]


def _before_its_state(doc: Doc, capital: Found, found: list[Found]) -> bool:
    """'Vienna, Austria, 4 June 2023': a capital followed by its own state, as an address writes it."""
    return capital.end < len(doc) and doc[capital.end].text == "," and any(
        f.start == capital.end + 1 and f.cls == "Country" and f.kind == "name" and f.key == capital.key for f in found)


def _is_locative(token: Token) -> bool:
    if token.dep_ == "conj" and token.head.dep_ == "pobj":
        token = token.head  # "talks in Moscow and Washington"
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in token.children):
        return True  # "to Harare, where he held talks"
    head = token.head
    if token.dep_ in {"npadvmod", "compound"} and head.lower_ in {"based", "headquarters"}:
        return True  # "the London-based magazine", "the Vienna headquarters of the agency"
    if token.dep_ == "dobj" and head.lemma_ in {"leave", "visit", "reach", "tour"}:
        return True  # "is to leave Washington on Friday", "visited Tokyo"
    if token.dep_ != "pobj" or head.head.lemma_ == "cooperate":
        return False
    if head.lower_ == "of" and head.head.lower_ in COMPASS | CITY_PARTS:  # "north of Athens", "streets of Lima"
        return True
    return head.lower_ in LOCATIVE_PREPS or head.lower_ in {"from", "to", "for"} and head.head.lemma_ in MOTION_VERBS
