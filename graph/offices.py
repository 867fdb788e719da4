"""Offices of people: titles before a name, appositions and descriptions ("Russian Foreign Minister")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .coref import (
    NAME_WORD_ANAPHORS,
    ArticleMemory,
    Office,
    aide_serving,
    antecedents,
    body_named_with,
    core_title,
    definite,
    last_conjunct_before,
    name_in_apposition,
    resolve_description,
)
from .lexicon import DEPUTY_WORDS, Lexicon, fold
from .mentions import (
    AIDES,
    INSTITUTIONS,
    MINISTRY_HEADS,
    ORDINAL_WORDS,
    PARTY_POSTS,
    POSTED_TITLES,
    Found,
    completed,
    is_party,
    names_a_title,
    names_listed,
    no_name_right_after,
    owns_words_up_to,
    portfolio_of_a_minister,
)


@dataclass(frozen=True)
class OfficeClaim:
    """A person (mention) holds a titled office, of a country or organization when the text says."""

    person: Found
    title: str
    relation: str  # leaderOf | ministerOf
    of: Found | None  # the country or organization
    evidence_token: int  # a token of the sentence that states it
    known_of: Found | None = None  # whose office the office-holders lexicon says it was, that day


PLACES = {"Place", "City", "Country"}
UNIT_NOUNS = {"department", "division", "directorate", "section", "bureau", "unit", "office", "faculty", "branch"}
TITLED_BODY_WORDS = NAME_WORD_ANAPHORS | {"party", "union"}  # "party leader X", "committee chairman X"


def _country_token(token: Token, lexicon: Lexicon, founds_at: dict[int, Found]) -> Found | None:
    if token.i > 0:  # two-word demonyms: "West German", "South Korean"
        known = lexicon.demonyms.get(fold(f"{token.nbor(-1).text} {token.text}"))
        if known:
            return Found(token.i - 1, token.i + 1, "Country", known.key, "demonym")
    for part in token.text.split("-"):
        known = lexicon.demonyms.get(fold(part))
        if known:
            return Found(token.i, token.i + 1, "Country", known.key, "demonym")
    found = founds_at.get(token.i)
    if found and found.cls in {"Country", "Organization"}:
        return found
    known = lexicon.names.get(fold(token.text))
    if known is not None and known.cls == "Country" and token.text[:1].isupper():
        return Found(token.i, token.i + 1, "Country", known.key, "demonym")
    return None


POSTED = frozenset(POSTED_TITLES | {"delegate"})
FORMER = frozenset({"former", "then", "ex", "late"})
APPOINTING = frozenset({"appoint", "name", "elect", "nominate", "confirm", "make", "install", "choose",
                        "select"})  # "was appointed X", "was chosen as X"
TITLE_REACH = 9  # words a title before a name may take: "Deputy Minister of Foreign Affairs of the Russian Federation"
TITLE_PARTS = frozenset({"foreign", "prime", "deputy", "supreme", "vice"})  # words of titles, not titles
GENERIC_HEADS = frozenset({"chief", "head", "director", "commander", "boss"})  # "security chief": a body's head


# the organ of an organization whose chair a title before a name is: "OPEC conference president", "board chairman"
BODY_PARTS = {"conference", "council", "board", "assembly", "summit", "congress"}
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "press secretary"})
STATE_POSTS = frozenset({"chancellor", "prime minister", "premier", "senator", "governor", "mayor"})  # a party's name
# before one of these ("SPD Chancellor X", "CDU Premier X") says the holder's party, not what the holder heads


def _is_title_word(token: Token, lexicon: Lexicon) -> bool:
    return lexicon.is_title(token.lower_) or token.lower_ in TITLE_PARTS


def title_before(doc: Doc, found: Found, lexicon: Lexicon,
                 founds_at: dict[int, Found]) -> tuple[str, Found | None, bool]:
    """The title words, the country or organization and a 'counterpart' flag left of a name."""
    words: list[str] = []
    countries: list[Found] = []
    orgs: list[Found] = []
    counterpart = False
    i = _before_a_rank_phrase(doc, found.start, lexicon) - 1
    reach = i - TITLE_REACH  # a rank ("Colonel General") takes no room from the title before it
    words += _title_inside(doc, found, lexicon)
    listed = None if words else _listed_portfolio(doc, found.start, lexicon)
    if listed is not None:
        words, i = listed
    while i >= 0 and i > reach:
        token = doc[i]
        low = token.lower_
        other = founds_at.get(i)
        if low in {"to", "in"} and i > 0 and doc[i - 1].lower_ in POSTED:
            countries = [c for c in countries if c.start < i]  # "ambassador to Moscow": where, not whose
            orgs = [o for o in orgs if o.start < i]
            i -= 1
            continue
        if low == "and" and words and i > 0 and doc[i - 1].text[:1].isupper() \
                and doc[i - 1].pos_ in {"PROPN", "NOUN"} and founds_at.get(i - 1) is None:
            i -= 1  # "Crown Prince and Prime Minister Saad": two titles, one person
            continue
        if words and token.is_lower and token.pos_ in {"NOUN", "ADJ", "CCONJ"} and low not in FORMER \
                and _portfolio_word(token, found, lexicon):
            if token.pos_ != "CCONJ":  # "Venezuelan energy and mines minister X"
                words.insert(0, low)
            i -= 1
            continue
        if other is not None and other.kind == "description" and other.key.startswith("title:") \
                and _names_after_body(doc, other, founds_at) is found:
            words = other.key.split(":", 1)[1].split() + words  # "the head of the CIA William Casey"
            break
        if token.text == "-" and words and i > 0 and not token.whitespace_ and not doc[i - 1].whitespace_ \
                and doc[i - 1].is_alpha and doc[i - 1].lower_ not in FORMER:
            words[0] = f"{doc[i - 1].lower_}-{words[0]}"  # "Secretary-General X": one title word the tokenizer split
            i -= 2
            continue
        if token.text == ")" and words and i >= 3 and doc[i - 2].text == "(" and _an_acronym(doc[i - 1].text):
            i -= 3  # "Democratic Justice Party (DJP) chairman X": the body before its initials
            continue
        if "\n" in token.text or token.text in {",", ";", ":", "(", ")", '"', ".", "?", "!"} or low == "and" \
                or other is not None and other.cls == "Person" and not _title_of_the_name(other, low, words, lexicon) \
                or token.ent_type_ in {"DATE", "TIME"}:
            break  # "on Thursday and Friday Deputy Trade Representative X": the days are no part of the title
        country = _country_token(token, lexicon, founds_at)
        if country is not None and country.cls == "Country":
            countries.append(country)
            i = min(i, country.start)
            if token.dep_ == "poss" or (i + 1 < len(doc) and doc[i + 1].text == "'s"):
                i -= 1
                continue
        elif other is not None and other.kind == "party-family" and " ".join(words) not in PARTY_POSTS:
            i = other.start  # "Socialist President X": his party's, not the party's president
        elif other is not None and other.cls == "Organization" and (other.key or other.end - other.start > 1
                                                                     or _an_acronym(doc[other.start].text)
                                                                     or words and _a_company_word(token, lexicon)):
            inside = [c for t in doc[other.start:other.end] if (c := _country_token(t, lexicon, {})) is not None]
            if inside and not other.key and inside[0].start == other.start \
                    and _a_department(doc[inside[0].end:other.end], lexicon):  # "U.S. Treasury", "Thai Industry": a
                # government department; not "Confederation of Portuguese Industry", a body named for its state, nor
                # "Russian Football Union", one named by its nationality
                countries.append(inside[0])
            else:
                orgs.append(other)
            i = other.start
        elif low in lexicon.frame_words("counterpart_nouns"):
            counterpart = True
        elif low == "the" and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lexicon.title_words:
            words.insert(0, low)  # "the head of the CIA William Casey", "Chancellor of the Exchequer X"
        elif low == "the" and i > 1 and doc[i - 1].lower_ == "of" and countries and countries[-1].start == i + 1 \
                and not words and ((body := founds_at.get(i - 2)) is not None and body.cls == "Organization"
                                   or body is None and doc[i - 2].pos_ in {"PROPN", "NOUN"}
                                   and doc[i - 2].text[:1].isupper()):
            pass  # "Chairman of the State Duma | of the Russian Federation | X": the body's state, then the body;
            # "Minister of Culture | of the Russian Federation | X": the state, then the portfolio
        elif low in {"the", "his", "her", "their", "its"}:
            break
        elif low == "whose" and words:  # "the forum, whose secretary general X said": the clause's noun
            named = founds_at.get(_whose_noun(token).i)
            if named is not None and named.cls == "Country":
                countries.append(named)
            elif named is not None and named.cls == "Organization":
                orgs.append(named)
            break
        elif low == "of" and words:
            words.insert(0, low)  # "Secretary of State X"
        elif low in {"'s", "of"}:
            pass
        elif low in BODY_PARTS and words:
            pass  # "OPEC conference president X": the organization's president
        elif token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.text[:1].isupper() or low in lexicon.title_words:
            words.insert(0, low)
        else:
            break
        i -= 1
    while words and words[-1] in {"of", "the"}:
        words.pop()  # "the head of the CIA X": the body came between
    while words and words[0] in {"of", "the"}:
        words.pop(0)  # "the resignation of Prime Minister X"
    shared_of = None
    if not words:
        words, shared_of = _shared_plural_title(doc, found, lexicon, founds_at)
    if not words:
        words, shared_of = _title_of_a_set_off_list(doc, found, lexicon, founds_at)
    if not words:
        words, shared_of = _title_of_an_of_list(doc, found, lexicon, founds_at)
    if not words and countries and countries[0].end >= found.start - 1 and doc[found.start - 1].lower_ == "'s":
        words = _title_of_the_first_listed(doc, found, lexicon, founds_at)
    title = lexicon.singular_title(_without_honorifics(words, lexicon))
    relation = lexicon.title_relation(title) if title else None
    first_choice, second = (orgs, countries) if relation == "leaderOf" else (countries, orgs)
    if _names_an_institution(title.split()):
        second = []  # "Brazil's central bank president": the bank's head, not the state's
    ranked = first_choice + second
    of = ranked[0] if ranked else None
    if of is None and title and found.end + 1 < len(doc) and doc[found.end].lower_ == "of":
        after = founds_at.get(found.end + 1)  # "Prime Minister Kaare Willoch of Norway"
        if after is not None and after.cls in {"Country", "Organization"} and after.kind in {"name", "metonym"}:
            of = after
    return title, of or shared_of, counterpart  # "Presidents A of Peru and B of Argentina": B's own state first


def _title_of_the_name(other: Found, low: str, words: list[str], lexicon: Lexicon) -> bool:
    """Whether a one-word description found as a person is the title word of the name the scan started from: 'The
    Minister | of Culture of the Russian Federation | X' (a title word, with the rest of the title after it)."""
    return other.kind == "description" and other.end - other.start == 1 and low in lexicon.title_words \
        and bool(words) and words[0] == "of"


def _listed_portfolio(doc: Doc, start: int, lexicon: Lexicon) -> tuple[list[str], int] | None:
    """'Minister of Industry, Mine and Trade X', 'Minister of Roads and Urban Development X': a title whose
    portfolio lists capitalised words with commas or 'and', right before a name; its words and where it starts."""
    j, listed = start - 1, False
    portfolio: list[str] = []
    while j > 1 and start - j <= 8 and doc[j].ent_type_ != "PERSON" \
            and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].text in {",", "&"} or doc[j].lower_ == "and"):
        listed = listed or not doc[j].is_alpha
        if doc[j].is_alpha and doc[j].lower_ != "and":
            portfolio.insert(0, doc[j].lower_)
        j -= 1
    if not (listed and portfolio and doc[j].lower_ == "of" and doc[j - 1].lower_ in lexicon.title_words):
        return None
    return [doc[j - 1].lower_, "of", *portfolio], j - 2


def _an_acronym(word: str) -> bool:
    """'ECA', 'UNFCCC': a body named by its letters, which NER tags without the lexicon knowing it."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _heads_a_portfolio(title: str, lexicon: Lexicon) -> bool:
    """'security chief', 'nuclear chief', 'foreign policy chief': a generic head's word after a portfolio, the head
    of a body of the state named with it, not of the state ('army chief' names the body itself, 'managing
    director' is a title of its own); a lone 'the Iranian commander' heads a body of the state the text does not
    name."""
    words = [word for word in title.split() if word not in FORMER]
    if not words or words[-1] not in GENERIC_HEADS or _names_an_institution(words):
        return False
    return not any(" ".join(words[k:]) in lexicon.leader_titles for k in range(len(words) - 1))


def _a_company_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether a one-word body before a title is a company's name ("Fiat chairman X", "GenCorp spokesman X"), not a
    department's ("Treasury Secretary X") or a title's own word."""
    low = token.lower_
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and token.ent_type_ != "ORDINAL" \
        and low not in ORDINAL_WORDS \
        and low not in lexicon.title_words and low not in lexicon.frame_words("state_body_words") \
        and not lexicon.is_title(low)  # "Second Rear Admiral X": NER takes the rank's ordinal for a body


def _a_department(words: Span, lexicon: Lexicon) -> bool:
    """Whether the words after a state's name in a body's name name one of its departments ("Foreign Ministry",
    "Treasury"), not a body of the nation's own ("Football Union", "Red Crescent Society")."""
    state_words = lexicon.frame_words("state_body_words") | lexicon.frame_words("state_body_heads")
    return all(word.lower_ in state_words or word.is_punct for word in words)


def _names_an_institution(words: list[str]) -> bool:
    """Whether a title's words name a body ('central bank president', 'Senate leader'): its holder heads that
    body, not the state."""
    return any(word in INSTITUTIONS for word in words)


def _portfolio_word(token: Token, found: Found, lexicon: Lexicon) -> bool:
    """Whether a lower-case word left of a name modifies a minister's title after it ('energy and mines minister'):
    a portfolio, not an institution that would make the title another body's ('central bank president')."""
    if _names_an_institution([token.lemma_.lower()]) or token.lemma_.lower() in lexicon.frame_words("org_descriptors"):
        return False
    head = token
    for _ in range(4):  # "mines" hangs on "energy", which hangs on "minister"
        if head.head.i == head.i or head.head.i >= found.end:
            break
        head = head.head
        if head.lower_ in lexicon.title_words and lexicon.title_relation(head.lower_) == "ministerOf":
            return True  # not "Brazil's coffee chief": the head of a body, not of the state
    # the parser may break the run apart ("Colombian mines and energy minister X": "mines" as a subject)
    return portfolio_of_a_minister(token, lexicon)


def _names_after_body(doc: Doc, description: Found, founds_at: dict[int, Found]) -> Found | None:
    """'the director of the IAEA Hans Blix': the name right after 'of [the] BODY' that a title describes."""
    i = description.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        body = founds_at.get(i)
        if body is not None and body.cls in {"Organization", "Country"}:
            name = founds_at.get(body.end)
            if name is not None and name.cls == "Person" and name.kind == "name":
                return name
    return None


def _shared_plural_title(doc: Doc, found: Found, lexicon: Lexicon,
                         founds_at: dict[int, Found]) -> tuple[list[str], Found | None]:
    """'Presidents A of Peru and B of Argentina', 'EC Commissioners A and B': the second name shares the plural
    title before the first, and whose office it is when the title says."""
    first = _first_listed(doc, found, founds_at, {"conj"})  # "Presidents A of X, B of Y and C of Z": C's is A
    if first is None:
        return [], None
    if not any(lexicon.plural_title(t.lower_) for t in doc[max(0, first.start - 4):first.end]):
        return [], None
    title, of, _ = title_before(doc, first, lexicon, founds_at)
    return (title.split(), of if of is not None and of.end <= first.start else None) if title else ([], None)


def _title_of_a_set_off_list(doc: Doc, found: Found, lexicon: Lexicon,
                             founds_at: dict[int, Found]) -> tuple[list[str], Found | None]:
    """'the foreign ministers of the member states -- A of Belarus, B of India', 'the foreign ministers of Saudi
    Arabia, Jordan and Egypt: A, B and C': a name in a list set off by a dash or colon after a plural title holds
    that office; of the state named after the name, or of the state listed in the same place after the title."""
    before, dash = names_listed(doc, found.start - 1, -1, founds_at)
    if dash is None:
        return [], None
    group = next((t for t in reversed(doc[max(0, dash - 12):dash]) if lexicon.plural_title(t.lower_)), None)
    if group is None or not owns_words_up_to(group, dash):
        return [], None
    words = [t.lower_ for t in group.children if t.dep_ in {"amod", "compound"} and t.i < group.i
             and _is_title_word(t, lexicon)] + [group.lower_]
    states = [f for t in group.children if t.dep_ == "prep" and t.lower_ == "of" for o in t.children
              if o.dep_ == "pobj" for c in (o, *o.conjuncts)
              if (f := founds_at.get(c.i)) is not None and f.cls == "Country"]
    after, _ = names_listed(doc, found.end, 1, founds_at)
    listed = before + [found] + after
    return words, states[len(before)] if len(states) == len(listed) > 1 else None


def _title_of_an_of_list(doc: Doc, found: Found, lexicon: Lexicon,
                         founds_at: dict[int, Found]) -> tuple[list[str], Found | None]:
    """'the presidents of Venezuela, Nicolas Maduro, and of Russia, Vladimir Putin': each name set off after 'of' and
    a state holds the plural title before the list, of that state."""
    state = _state_set_off_before(doc, found, founds_at)
    if state is None:
        return [], None
    i = state.start - 2
    while i >= 0:  # back over "of X, A, and" to the plural title the list hangs on
        token = doc[i]
        if lexicon.plural_title(token.lower_):
            first = i
            while first > 0 and i - first < 3 and _is_title_word(doc[first - 1], lexicon):
                first -= 1  # "the foreign ministers of ..."
            return [t.lower_ for t in doc[first:i + 1]], state
        if token.lower_ == "and" or token.text == ",":
            i -= 1
            continue
        person = founds_at.get(i)
        earlier = _state_set_off_before(doc, person, founds_at) if person is not None and person.cls == "Person" \
            else None
        if earlier is None:
            return [], None
        i = earlier.start - 2
    return [], None


def _state_set_off_before(doc: Doc, person: Found, founds_at: dict[int, Found]) -> Found | None:
    """The country of "of X, A" right before a person's name A, if the text names one so."""
    if person.start < 2 or doc[person.start - 1].text != ",":
        return None
    state = founds_at.get(person.start - 2)
    if state is None or state.cls != "Country" or state.end != person.start - 1 or state.start < 1 \
            or doc[state.start - 1].lower_ != "of":
        return None
    return state


def _whose_noun(whose: Token) -> Token:
    """The noun a 'whose' clause is on ("the forum, whose secretary general ...": forum), or 'whose' itself."""
    return next((a.head for a in whose.ancestors if a.dep_ == "relcl"), whose)


def _title_of_the_first_listed(doc: Doc, found: Found, lexicon: Lexicon,
                               founds_at: dict[int, Found]) -> list[str]:
    """'Defence Minister A, Kazakhstan's B and Tajikistan's C': a name listed with only its state after a titled
    name holds the same office, of its own state."""
    first = _first_listed(doc, found, founds_at, {"conj", "appos"})
    if first is None or first.kind != "name":
        return []
    title, _, _ = title_before(doc, first, lexicon, founds_at)
    return title.split() if title and lexicon.title_relation(title) else []


def _first_listed(doc: Doc, found: Found, founds_at: dict[int, Found], links: set[str]) -> Found | None:
    """The person named first in the list a name ends ('A, B and C': A for C), along the parser's links."""
    head = doc[found.start:found.end].root
    while head.dep_ in links and head.head.i != head.i:
        head = head.head
    first = founds_at.get(head.i)
    return first if first is not None and first.cls == "Person" and first.start < found.start else None


def _before_a_rank_phrase(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """Where the military ranks of two or more words right before a name start ("Defence Minister | General of
    the Army | Sergei Shoigu", "Deputy Minister | Colonel General | X"): they are no part of the title."""
    moved = True
    while moved:
        moved = False
        for width in (4, 3, 2):
            if end - width >= 0 and doc[end - width].is_title and fold(doc[end - width:end].text) in lexicon.honorifics:
                end, moved = end - width, True
                break
    return end


def _title_inside(doc: Doc, found: Found, lexicon: Lexicon) -> list[str]:
    """Title words NER took into a name: 'Charge d'Affaires Mohammad Baqeri', 'President Reagan'."""
    before = doc[found.start - 1].lower_ if found.start else ""
    for width in (3, 2, 1):
        if found.end - found.start > width:
            words = [t.lower_ for t in doc[found.start:found.start + width]]
            if width == 1 and (lexicon.is_title(before) or before in lexicon.honorifics) \
                    and not lexicon.is_title(f"{before} {words[0]}"):
                continue  # "Foreign Minister Amir Hossein X", "Crown Prince Sultan": after a title, a given name
            if doc[found.start + width].text == "-":
                continue  # "Amir-Abdollahian": a name joined by a hyphen
            if lexicon.is_title(lexicon.singular_title(" ".join(words))):
                return words
    return []


def _without_honorifics(words: list[str], lexicon: Lexicon) -> str:
    """The title without 'General', 'Sheikh'..., unless the word belongs to it ('NATO General Secretary')."""
    words = list(words)
    while words and words[-1] in lexicon.honorifics:  # "... Secretary Lord Carrington"
        if lexicon.is_title(" ".join(words)):
            return " ".join(words)  # "U.N. Secretary General X": the title ends in the word
        words.pop()
    for k in range(len(words)):
        if lexicon.is_title(" ".join(words[k:])) and any(w in lexicon.honorifics for w in words[k:]):
            return " ".join(words[k:])
    return " ".join(w for w in words if w not in lexicon.honorifics)


def collect_offices(memory: ArticleMemory, founds_at: dict[int, Found]) -> list[OfficeClaim]:
    """Walk the article's person mentions in order, recording offices and resolving descriptions."""
    doc, lexicon = memory.doc, memory.lexicon
    claims: list[OfficeClaim] = []
    for found in memory.founds:
        if found.cls != "Person":
            continue
        title, of, counterpart = title_before(doc, found, lexicon, founds_at)
        if found.kind == "description":
            if _names_after_body(doc, found, founds_at) is not None:
                continue  # the name after it holds the office
            desc_title = found.key.split(":", 1)[1] if ":" in found.key else ""
            of = of or _demonym_inside(doc, found, lexicon)
            target = resolve_description(memory, found, of.key if of is not None and of.cls == "Country" else "",
                                         "counterpart" if found.key == "counterpart" else desc_title)
            if target is None:
                continue
            memory.refs[found] = target
            if found.key == "counterpart":
                continue
            core = core_title(desc_title)  # "the Chancellor" after "Chancellor of the Exchequer X": that office
            same = [c for c in claims if c.person == target and core_title(c.title) == core]
            if name_in_apposition(memory, found) is target and any(c.of is not None for c in same):
                continue  # "X, Bahrain's industry minister": the name's own apposition has said it, and whose
            title, person = same[0].title if same else desc_title, target
        else:
            person = found
            appos_titles = _appositive_titles(doc, found, lexicon, founds_at, lambda t: _possessor(memory, t))
            appos_title, appos_of = appos_titles[0] if appos_titles else ("", None)
            for joined_title, joined_of in appos_titles[1:]:  # "X, Vice President of Iran and head of ..."
                joined = lexicon.title_relation(joined_title)
                if joined:
                    claims.append(OfficeClaim(person, joined_title, joined, joined_of, found.start))
            if not title or lexicon.title_relation(title) is None:  # "Navy Admiral X, chairman of ...": a rank
                if appos_title:
                    title, of = appos_title, appos_of or of
            elif appos_title and appos_of is not None and of is None and appos_of.cls == "Country" \
                    and lexicon.title_relation(appos_title) == lexicon.title_relation(title):
                of = appos_of  # "China's U.N. representative, Ambassador X": the ambassador is China's
            elif appos_title and appos_of is not None and (of is None or appos_of.key != of.key):
                second = lexicon.title_relation(appos_title)  # "Council President X, the delegate of Italy"
                if second:
                    claims.append(OfficeClaim(person, appos_title, second, appos_of, found.start))
            if counterpart and not title:
                title = _counterpart_title(memory, found)
            if of is None and title and (word := _body_word_of_title(doc, found, title)):
                of = next(iter(body_named_with(memory, doc[found.start], {word})), None)  # "party leader Jim
                # Bolger" after "the New Zealand National Party": the party's leader
            aided = _aided_state(doc, found, lexicon, founds_at)
            if aided is not None:  # "X, an adviser to Iran's Supreme Leader": an official of Iran
                claims.append(OfficeClaim(person, aided[0], "ministerOf", aided[1], found.start))
        if of is not None and found.kind != "description" and _state_post_of_a_party(title, of, doc, lexicon):
            claims.append(OfficeClaim(person, title, "memberOf", of, found.start))
            of = None  # "former SPD Chancellor Helmut Schmidt": the state's chancellor, and the party's member
        relation = lexicon.title_relation(title) if title else None
        if not relation:
            continue
        if of is not None and of.cls == "Organization" and _through_a_unit(doc, of, founds_at):
            relation = "memberOf"  # "director general of IRIB's international affairs department": one of IRIB's
        if relation == "leaderOf" and of is not None and of.cls == "Country" and _heads_a_portfolio(title, lexicon):
            relation = "ministerOf"  # "Russian security chief X": the head of one of the state's bodies
        elif relation == "ministerOf" and _speaks_for_a_firm(title, of, doc, lexicon):
            relation = "memberOf"  # "GenCorp spokesman X" is on the company's staff, no official of a state
        if of is None and found.kind != "description":
            of = _side_of(doc, found, lexicon)  # "on behalf of the Russian side, by Transport Minister X"
        office = memory.offices.setdefault(person, Office())
        unplaced = of is None or of.cls == "Organization" and of.key not in lexicon.by_key  # "the Foreign Ministry"
        known_of = _office_from_holders(memory, found, title) if unplaced and found.kind != "description" else None
        office.titles.add(core_title(title))
        if of is not None and of.cls == "Country":
            office.country = of.key
        elif known_of is not None and known_of.cls == "Country":
            office.held_country = known_of.key
        claims.append(OfficeClaim(person, title, relation, of, found.start, known_of))
    return claims


def _through_a_unit(doc: Doc, body: Found, founds_at: dict[int, Found]) -> bool:
    """Whether a body is named as the owner of an unnamed unit of it ("IRIB's international affairs department",
    "the Moscow office of Reuters"): whoever heads the unit is on the body's staff, not its head."""
    token = doc[body.start:body.end].root
    for _ in range(5):
        token = token.head
        place = founds_at.get(token.i)
        if token.dep_ == "prep" and token.lower_ == "of" or place is not None and place.cls in PLACES \
                or place is None and token.pos_ == "PROPN" and token.dep_ == "pobj":
            continue  # "head of the department of Central Asia of the Institute": the unit is named by its region
        if token.i in founds_at or token.pos_ != "NOUN":
            return False
        return token.lemma_.lower() in UNIT_NOUNS
    return False


def _state_post_of_a_party(title: str, of: Found, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a title is a state's post and the body named before it a political party ("CDU Chancellor")."""
    post = core_title(title)
    if post not in STATE_POSTS and not post.endswith("minister") or of.cls != "Organization":
        return False
    return is_party(doc, of, lexicon)


def _speaks_for_a_firm(title: str, of: Found | None, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a spokesperson speaks for a company, a party, a news outlet or another body that is neither a
    state's nor a league of states ("a Texaco spokesman", "a spokesman for the union")."""
    if core_title(title) not in SPOKESPEOPLE or of is None or of.cls != "Organization":
        return False
    kind = lexicon.kind_of(of.key)
    name = fold(doc[of.start:of.end].text).removeprefix("the ")
    state, _, rest = name.partition(" ")
    if rest and lexicon.country_word(state) is not None:
        name = rest  # "the Iranian Navy" is a state's body as "the Navy" is
    return kind in {"company", "media", "party", "ngo"} or not kind and not lexicon.is_state_body(name) \
        and not set(name.split()) & MINISTRY_HEADS  # every body the lexicon knows has a kind


def _body_word_of_title(doc: Doc, found: Found, title: str) -> str:
    """The body a title before a name opens with ('party' of 'party leader X', 'committee' of 'committee chairman
    X', whether or not the title read keeps it), or ''."""
    words = title.split()
    if len(words) > 1:
        return words[0] if words[0] in TITLED_BODY_WORDS else ""
    i = found.start - 1
    while i >= 0 and doc[i].lower_ in words:
        i -= 1
    return doc[i].lower_ if 0 <= i < found.start - 1 and doc[i].lower_ in TITLED_BODY_WORDS else ""


def _aided_state(doc: Doc, found: Found, lexicon: Lexicon,
                 founds_at: dict[int, Found]) -> tuple[str, Found] | None:
    """The role and the state whose official a person in apposition is the aide of: 'X, an adviser to Iran's
    Supreme Leader', 'X, a top aide to Surinam military leader Y'."""
    head = doc[found.end - 1]
    for role in (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in AIDES):
        for aided in (o for p in role.children if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                      for o in p.children if o.dep_ == "pobj"):
            for token in aided.subtree:
                state = _country_token(token, lexicon, founds_at)
                if state is not None and state.cls == "Country":
                    return role.lemma_.lower(), state
    return None


def bare_name(doc: Doc, found: Found, lexicon: Lexicon) -> Span:
    """A person's name without the title or honorific NER may have taken into it ("President Reagan", "Ministers
    Sergey Lavrov")."""
    start = found.start
    while start < found.end - 1 and (_is_title_word(doc[start], lexicon) or lexicon.plural_title(doc[start].lower_)
                                     or fold(doc[start].text) in lexicon.honorifics):
        start += 1
    return doc[start:found.end]


def _office_from_holders(memory: ArticleMemory, found: Found, title: str) -> Found | None:
    """'President Reagan' with no country in the text: the country (or organization) whose office that
    name held on the article's date, from the office-holders lexicon, when only one fits."""
    lexicon = memory.lexicon
    span = bare_name(memory.doc, found, lexicon)
    on = None if _former(memory.doc, found, lexicon) else memory.published  # "then-president Anwar Sadat"
    for name, written in ((span.text, ""), (span[-1].text, span.text)):  # "Saleh" may not be "Rachmat Saleh"
        held = lexicon.office_holder(name, title, on, written) if name else None
        known = lexicon.by_key.get(held.of) if held is not None else None
        if known is not None:
            return Found(found.start, found.end, known.cls, known.key, "demonym")
    return None


def _side_of(doc: Doc, found: Found, lexicon: Lexicon) -> Found | None:
    """The state a clause says a person acts for: "on the Iranian side it was signed by Minister X", "on behalf of
    the Russian side, by Transport Minister Y"; the side phrase hangs on the verb the person is an argument of,
    before the argument ("by Minister A and, on behalf of the Russian side, by B": only B is Russia's)."""
    branch = token = doc[found.end - 1]
    while token.dep_ in {"pobj", "agent", "prep", "compound", "appos", "conj"} and token.head.i != token.i:
        branch, token = token, token.head
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "for"} and c.i < branch.i):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ == "behalf":
                obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj"), obj)
            if obj.lemma_.lower() != "side":
                continue
            for word in (c for c in obj.children if c.dep_ in {"amod", "compound", "poss"}):
                known = lexicon.country_word(word.text)
                if known is not None and known.cls == "Country":
                    return Found(word.i, word.i + 1, "Country", known.key, "demonym")
    return None


def _counterpart_title(memory: ArticleMemory, found: Found) -> str:
    """'Putin and his Iranian counterpart Masoud Pezeshkian': the counterpart holds the same office; so in
    'After talks with his Iraqi counterpart X, Lavrov said', where whose counterpart comes after."""
    sent = memory.doc[found.start].sent
    before = [other for other in reversed(memory.founds)
              if other.cls == "Person" and other.end <= found.start and other.start >= sent.start]
    after = [other for other in memory.founds if other.cls == "Person" and other.kind == "name"
             and found.end <= other.start < sent.end and memory.doc[other.end - 1].dep_ == "nsubj"
             and memory.doc[other.end - 1].head.i == sent.root.i]
    for other in before or after[:1]:
        office = memory.office_of(other)  # "Araghchi held talks with his Russian counterpart X": his office
        if office is not None and office.titles:
            return sorted(office.titles)[0]
        known = memory.lexicon.title_on(bare_name(memory.doc, other, memory.lexicon).text, memory.published)
        if known is not None:  # "Putin and his Iranian counterpart X": the office Putin held that day
            return known
    return ""


def _demonym_inside(doc: Doc, found: Found, lexicon: Lexicon) -> Found | None:
    for token in doc[found.start:found.end]:
        if token.i + 1 < found.end:  # "the West German minister": one demonym of two words
            paired = _country_token(token.nbor(1), lexicon, {})
            if paired is not None and paired.start == token.i and paired.cls == "Country":
                return paired
        known = lexicon.demonyms.get(fold(token.text)) or lexicon.names.get(fold(token.text))
        if known and known.cls == "Country":
            return Found(token.i, token.i + 1, "Country", known.key, "demonym")
    return None


def _appositive_titles(doc: Doc, found: Found, lexicon: Lexicon, founds_at: dict[int, Found],
                       possessor: Callable[[Token], Found | None]) -> list[tuple[str, Found | None]]:
    """'Alexei Likhachev, the head of Rosatom,' / 'the head of Rosatom, Alexei Likhachev': title and whose; with
    the titles joined to it ("X, Vice President of Iran and head of its atomic agency"), each with its own."""
    head = doc[found.end - 1]
    appositions = [a for a in head.children if a.dep_ == "appos" and a.i > head.i
                   and last_conjunct_before(head, a.i) is None]  # "A and B, the Iranian president": B's
    nouns = list(appositions)
    if head.dep_ == "appos" and head.head.i < head.i and aide_serving(head.head, AIDES) is None:  # "an adviser to
        # the UAE president, Anwar Gargash,": the name after the comma is the adviser's, hung on the president
        nouns.append(head.head)
        post = head.head.head  # "the Ambassador of Russia to Tehran, X": the parser hangs X on the post
        if head.head.dep_ == "pobj" and post.dep_ == "prep" and post.lower_ in {"to", "in", "at"} \
                and post.head.pos_ in {"NOUN", "PROPN"} and post.head.i < post.i:
            nouns.append(post.head)
        elif head.head.dep_ == "pobj" and post.dep_ == "prep" and post.lower_ == "of" and post.head.i < post.i \
                and lexicon.title_relation(post.head.lower_) is not None \
                and doc[_past_ranks(doc, found, lexicon)].text == ",":
            nouns.append(post.head)  # "talks with the speaker of the Iranian parliament, X": X is the speaker (and
            # "the director of Russia's National Guard, General X", the director)
    made = head.head if _made_into(head) else _subjectless_appointment(doc, head) or _appointed_object(head)
    if made is None and head.dep_ == "appos" and _made_into(head.head):
        made = head.head.head  # "His deputy, X, was chosen as secretary general"
    if made is not None:
        # "X was appointed acting foreign minister", "X became prime minister in June", "X was elected as speaker"
        nouns += [c for c in made.children if c.dep_ in {"oprd", "attr"} and c.pos_ in {"NOUN", "PROPN"}]
        nouns += [o for p in made.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                  if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
    for clause in (c for noun in [head, *appositions] for c in noun.children):
        # "Lukman, who is also Nigerian oil minister,", "Belousov, an economist who became defence minister in
        # May,": what the person is, or has become; not what they were
        if clause.dep_ == "relcl" and (clause.lower_ == "is" or clause.lemma_ == "become" and completed(clause)) \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            nouns += [c for c in clause.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
    titles: list[tuple[str, Found | None]] = []
    for noun in nouns:
        named = founds_at.get(noun.i)
        if named is not None and named.cls == "Person" and named.kind == "name" and noun.i >= named.end - 1:
            continue  # "Foreign Minister Wang Yi, Brazil's Mauro Vieira": a list of names, not a title
        relative = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}  # "the Soviet leader who
        # met Reagan": a name in the relative clause is no holder of the title
        if any(getattr(founds_at.get(t.i), "cls", "") == "Person" for t in noun.subtree
               if t.i > noun.i and t.i not in relative and not found.start <= t.i < found.end
               and not noun.i < found.start <= t.i):
            continue  # "North, the then head of the CIA William Casey": the title is the next name's (and in "the
            # head of the CFDT, Maire, meeting with Chirac", Chirac comes after the name the title is for)
        first = _title_of_noun(noun, lexicon, founds_at, possessor)
        if first is None:
            continue
        joined = []
        for other in (c for c in noun.conjuncts if c.i > noun.i):
            if any(getattr(founds_at.get(t.i), "cls", "") == "Person" for t in other.subtree if t.i > other.i) \
                    or not no_name_right_after(other, lexicon):
                continue  # "Armenia's Minister of Labour, X, and Iran's Minister of Labour, Y", "X, Minister of A
                # and Iran's Minister of B Y": the second title is Y's
            title = _title_of_noun(other, lexicon, founds_at, possessor)
            if title is None:
                continue
            if title[1] is None:
                if _title_preps(other):
                    continue  # "... and commander of the kingdom's national guard": a body we do not name
                title = (title[0], first[1])  # "Russia's foreign minister and top diplomat": Russia's too
            joined.append(title)
        titles += [first, *joined]  # "X, the chief negotiator, was appointed foreign minister": both
    return titles


def _possessor(memory: ArticleMemory, token: Token) -> Found | None:
    """The body a definite description as possessor stands for, the last one named with the description's word
    ("the union's chairman": the last union named); not a pronoun, nor any body ("its leader", "the agency's head"
    after two bodies and a state is too often the wrong one's)."""
    if token.pos_ != "NOUN" or not definite(token):
        return None
    if token.lemma_.lower() in {"country", "nation"} and token.tag_ != "NNS":  # "the country's 14th president"
        return next((f for f in antecedents(memory, token) if f.cls == "Country"), None)
    return next(iter(body_named_with(memory, token, {token.lemma_.lower()})), None)


def _past_ranks(doc: Doc, found: Found, lexicon: Lexicon) -> int:
    """The token before a name and the rank or title words right before it ('General', 'Colonel General')."""
    i = found.start - 1
    while i > 0 and doc[i].is_title and (_is_title_word(doc[i], lexicon) or fold(doc[i].text) in lexicon.honorifics):
        i -= 1
    return i


def _title_of_noun(noun: Token, lexicon: Lexicon, founds_at: dict[int, Found],
                   possessor: Callable[[Token], Found | None] = lambda t: None) -> tuple[str, Found | None] | None:
    """The title a noun in apposition names and whose office it is, or None when it is no title; `possessor`
    says whom an unnamed possessor of the title stands for ("its director", "the union's chairman")."""
    if not names_a_title(noun, lexicon):  # "Iran Khodro's chief executive"
        return None
    lefts = [m for t in noun.lefts for m in (*[c for c in t.lefts if c.dep_ in {"compound", "amod"}
                                               and c.lower_ in DEPUTY_WORDS], t)]  # "a deputy director general"
    modifiers = [t for t in lefts if t.dep_ in {"compound", "amod"} and fold(t.text) not in lexicon.demonyms
                 and not (t.tag_ in {"VBN", "VBG"} and t.is_lower and t.lower_ not in lexicon.title_words)
                 and t.ent_type_ != "ORDINAL"]  # "the country's 14th president": its president
    # "a widely respected leader": a leader, whatever the praise
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in DEPUTY_WORDS \
            and doc[noun.i - 2] not in modifiers:
        modifiers.append(doc[noun.i - 2])  # "a vice-rector of X": the parser sets the parts of the title apart
    last = _title_past_of(noun, lexicon) or noun.lower_
    words = [t.lower_ for t in modifiers]
    title = re.sub(r"\s*-\s*", "-", " ".join([*words, last]))  # "Vice - President": one word
    unnamed = [t.lower_ for t in modifiers if getattr(founds_at.get(t.i), "cls", "") not in {"Organization", "Country"}]
    bare = re.sub(r"\s*-\s*", "-", " ".join([*unnamed, last]))
    named_body = None
    if len(unnamed) < len(words) and not lexicon.is_title(title) and lexicon.is_title(bare) \
            and noun.lower_ not in POSTED:  # "France's U.N. ambassador": posted to the body, France's envoy
        words, title = unnamed, bare  # "ADB Vice-President X": the bank's, and the title is "vice-president"
        named_body = next(f for t in modifiers if (f := founds_at.get(t.i)) is not None and f.cls in {
            "Organization", "Country"})
    # "Brazil's coffee chief": a leader's title with other words heads a body, not the state
    heads_a_body = lexicon.title_relation(title) == "leaderOf" and (
        _names_an_institution(words) or any(w not in lexicon.title_words and w not in FORMER for w in words))
    of = None
    descriptors = lexicon.frame_words("org_descriptors")
    # "Commissioner of the European Communities": the object of 'of' first, then words of the title itself
    # ("director of the Japan office of the USTR" is not Japan's: the object itself, not its modifiers)
    before = [t for t in noun.subtree if t.i < noun.i]
    objects = [o for p in _title_preps(noun) for o in p.children if o.dep_ == "pobj"]
    owners = [o for o in objects if (body := founds_at.get(o.i)) is not None and not (
        lexicon.is_league(body.key)
        and any(c.dep_ == "poss" for c in o.children))]  # "director of Russia's National Guard": the Guard's, not
    # Russia's; but "secretary of Armenia's Security Council" is Armenia's, not the UN's
    owners += [t for o in objects for t in o.subtree if founds_at.get(o.i) is not None or t.i >= o.i]
    owners += [o.nbor(1) for o in objects if o.i + 1 < len(o.doc) and o.lemma_.lower() in descriptors
               and getattr(founds_at.get(o.i + 1), "cls", "") == "Organization"]  # "president of the employers
    # organisation Confindustria said": the parser took the name for the verb's subject
    owners += [t for o in objects if o.lemma_.lower() in descriptors for t in o.subtree
               if t.i < o.i and getattr(founds_at.get(t.i), "cls", "") == "Organization"]  # "head of the CFDT
    # union federation", "leader of the Force Ouvriere labour group": the body the descriptor describes
    if any(founds_at.get(t.i) or _country_token(t, lexicon, founds_at) for t in before) and \
            any(o.i > c.i for o in objects for c in noun.conjuncts if c.i > noun.i):
        owners = []  # "Luxembourg's foreign minister and chairman of the Socialist International": the chairman's
    for t in [*owners, *before]:
        if t.lower_ == "whose":  # "the forum, whose secretary general, X, said": the clause's noun
            t = _whose_noun(t)
        named = founds_at.get(t.i)
        if named is not None and named.cls == "Person":
            named = None  # "the country's 14th president": the description itself, not whose it is
        hit = named or _country_token(t, lexicon, founds_at) \
            or (possessor(t) if t.dep_ == "poss" and t.head == noun else None)
        if hit is not None and (hit.cls == "Organization" or hit.cls == "Country" and not heads_a_body):
            of = hit
            break
    return title, named_body or of


def _title_past_of(noun: Token, lexicon: Lexicon) -> str | None:
    """'chief of staff', 'chief of the General Staff': a title whose words go on past its 'of', or None."""
    for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"):
        words = [t.lower_ for t in obj.lefts if t.dep_ in {"det", "compound", "amod"}] + [obj.lower_]
        bare = words[1:] if words[0] == "the" else words  # "chief of the General Staff": titled without "the" too
        for title in (f"{noun.lower_} of {' '.join(words)}", f"{noun.lower_} of {' '.join(bare)}"):
            if lexicon.is_title(title):
                return title
    return None


def _title_preps(noun: Token) -> list[Token]:
    """The 'of'/'at' phrases of a title; a title joined to another shares the phrase the parser hangs on the
    first ("chairman and chief executive of Compaq")."""
    def of_at(word: Token) -> list[Token]:
        return [p for p in word.children if p.dep_ == "prep" and p.lower_ in {"of", "at"}]

    if noun.dep_ == "conj" and noun.head.i < noun.i and not of_at(noun):
        return [p for p in of_at(noun.head) if p.i > noun.i]
    return of_at(noun)


def _subjectless_appointment(doc: Doc, name: Token) -> Token | None:
    """'..., and Ali Bagheri Kani, the chief negotiator, was appointed acting foreign minister': the verb right
    after a name (and its apposition) that the parser left without a subject, when it gave the office."""
    i = max(t.i for t in name.subtree) + 1
    while i < len(doc) and doc[i].dep_ in {"aux", "auxpass"}:
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb if _gave_office(verb, passive=any(c.dep_ == "auxpass" for c in verb.children)) else None


def _made_into(subject: Token) -> bool:
    """'X was appointed', 'X has been named', 'X became': the subject of a verb that gave it the office after the
    verb, done (not 'will be named'); not the one who appointed ('Putin appointed him defence minister')."""
    return subject.dep_ in {"nsubj", "nsubjpass"} and _gave_office(subject.head, passive=subject.dep_ == "nsubjpass")


def _appointed_object(name: Token) -> Token | None:
    """'Parliament elected the army commander, General X, as the country's president', 'Putin named X his envoy':
    the active verb that gave the office to its object, the name or the noun the name is set off after."""
    token = name
    while token.dep_ in {"appos", "pobj", "prep"} and token.head.i != token.i:
        token = token.head  # "the commander of the Armed Forces, General X": the parser hangs X on the forces
    verb = token.head
    set_off = token.dep_ == "npadvmod" and any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)  # the
    # parser may hang the name set off after the object on the verb
    if token.dep_ != "dobj" and not set_off or verb.lemma_ not in APPOINTING \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb if completed(verb) else None


def _gave_office(verb: Token, passive: bool) -> bool:
    """Whether a verb, done, made its subject what follows it: 'became', 'was appointed', 'has been named'."""
    return completed(verb) and (verb.lemma_ == "become" and not passive or verb.lemma_ in APPOINTING and passive)


def _former(doc: Doc, found: Found, lexicon: Lexicon) -> bool:
    """Whether the title before a name is a past one: 'former President', 'then-president', 'ex-premier'."""
    i = found.start - 1
    while i >= 0 and _is_title_word(doc[i], lexicon):
        i -= 1
    if i >= 1 and doc[i].text == "-":
        i -= 1
    return i >= 0 and doc[i].lower_ in FORMER
