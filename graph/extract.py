"""spaCy Doc -> Mentions, Candidate facts and Attributes with character offsets (no spaCy objects leave)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .coref import ArticleMemory, most_named, name_head
from .dates import resolve_date_span
from .frames import MINISTRY_HEADS as GOVERNMENT_OFFICES  # the ministry words and 'treasury'
from .frames import Frames, Raw
from .lexicon import Lexicon, fold
from .mentions import (
    MINISTRY_HEADS,
    Found,
    a_bare_state_body,
    dateline_places,
    find_mentions,
    goods_as_written,
    is_election,
    party_state,
    phrase_top,
    phrases_as_written,
)
from .modality import FACTORS, modality_of, yet_to_happen
from .model import STATUS_RANK, Article, Attribute, Candidate, Extraction, Mention, Sentence
from .nlp import bracketed_names
from .offices import APPOINTING, OfficeClaim, bare_name, collect_offices

STATUS_WORDS = {  # lemma near an agreement -> its status
    "sign": "Signed", "ink": "Signed", "conclude": "Signed", "ratify": "Signed",
    "finalize": "DraftFinalized", "finalise": "DraftFinalized", "draft": "DraftFinalized",
    "negotiate": "Negotiating", "negotiation": "Negotiating", "work": "Negotiating", "talk": "Negotiating",
    "stage": "Negotiating", "completion": "Negotiating",
}
CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "dollar": "USD", "euro": "EUR", "yuan": "CNY",
              "rouble": "RUB", "ruble": "RUB", "rial": "IRR", "pound": "GBP", "yen": "JPY"}
SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "trillion": 1e12}
COREF_FACTOR = 0.85
# titles that only a state gives: with no country in the text, the state whose doings the holder reports
STATE_OFFICE_WORDS = {"minister", "ambassador", "undersecretary", "commissioner", "envoy", "secretary"}
STATE_LEADER_TITLES = {"president", "prime minister", "premier", "chancellor", "acting prime minister",
                       "acting president", "deputy prime minister", "king", "emir", "crown prince"}
NOT_STATE_OFFICE = {"opposition", "shadow", "former", "then", "ex", "party", "labour", "spokesman",
                    "spokeswoman", "general", "secretary-general", "company", "executive"}
MEETINGS = {"summit", "talks", "talk", "meeting", "negotiations", "conference", "consultations", "session"}
# "will hold talks with X", "will raise it during his visit": the meeting is to come
HAPPENINGS = {"noun:meeting-with", "noun:meeting-of", "noun:event-sides", "noun:event-owner", "noun:sanctions",
              "noun:negotiating-side", "noun:agreement-parties"}
UPCOMING = {"upcoming", "forthcoming", "planned", "proposed", "scheduled", "coming", "future", "new", "next",
            "possible"}
# classes whose unnamed mentions keep their whole noun phrase, which is what a reader searches for
DESCRIBED_CLASSES = {"Agreement", "Event"}
SIDED = {"partyTo", "participatedIn"}  # relations whose object has sides that speak for it
ACCESSIONS = {"verb:join", "verb:accede"}  # joining what exists: a plan to join is no membership or party yet
# relations inside a noun phrase, and the parties of a treaty someone breaks or keeps: true whoever reports the
# sentence, and whether or not the breach happened
PRESUPPOSED = {"noun:demonym-qualifier", "noun:demonym-descriptor", "noun:org-members-list", "noun:place-within",
               "noun:settlement-of", "noun:made-by", "noun:drafted-by", "noun:based-in", "noun:mission-in",
               "noun:body-in-city", "noun:city-country", "noun:election-place", "verb:made-of", "lexicon:war-side",
               "verb:breach", "verb:violate", "verb:honour", "verb:honor", "verb:contravene", "verb:abrogate",
               "verb:renew", "verb:implement", "verb:observe", "noun:party-member", "noun:own-party",
               "noun:party-of-state", "noun:bound-by"}
# rule suffixes of offices put in a state for want of another: the state the article is about, or the one its
# official met
HOME_STATE, HOST_STATE = "home-state", "host-state"


def extract(doc: Doc, article: Article, lexicon: Lexicon) -> Extraction:
    """Everything the rules find in one parsed article."""
    sentences = tuple(Sentence(article.id, i, s.start_char, s.end_char, article.text[s.start_char:s.end_char])
                      for i, s in enumerate(doc.sents))
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    founds = find_mentions(doc, lexicon, article.author, article.published, bracketed_names(article.text))
    memory = ArticleMemory(doc, lexicon, founds, published=article.published)
    party_states = _party_states(memory)  # whose party "the Socialists" is: the article's state's
    if any(f.kind == "party-family" for f in founds):
        founds = [replace(f, key=_party_key(f, party_states.get(f.start), memory)) if f.kind == "party-family"
                  else f for f in founds]
        memory = ArticleMemory(doc, lexicon, founds, published=article.published)
    founds_at = {i: f for f in founds for i in range(f.start, f.end)}
    claims = collect_offices(memory, founds_at)

    def to_mention(found: Found) -> Mention:
        span = doc[found.start:max(found.end, found.name_end)]
        key, cls = found.key, found.cls
        target = memory.refs.get(found)
        if target is not None:
            key = f"ref:{doc[target.start].idx}"
        elif lexicon.not_yet_a_state(key, article.published):
            key, cls = f"place:{fold(lexicon.by_key[key].name)}", "Place"  # "Kazakhstan" in 1987: a Soviet republic
        return Mention(article.id, span.start_char, span.end_char, span.text, cls, key,
                       sent_index[span.sent.start], found.kind)

    def entity_mention(found: Found) -> Mention:
        """A mention as an entity keeps it; only these carry the phrases (a fact's ends are found by offset)."""
        mention = to_mention(found)
        if found.cls in DESCRIBED_CLASSES:
            return replace(mention, phrases=phrases_as_written(doc[found.start:found.end].root))
        if found.cls == "Product" and found.kind != "designation":
            return replace(mention, phrases=goods_as_written(doc[found.end - 1]))
        if found.cls == "Organization" and (nationality := nationality_before(doc, found, lexicon)):
            return replace(mention, phrases=(f"{nationality} {mention.text}",))  # "the Japanese Export-Import Bank"
        return mention

    raws = list(Frames(memory).run())
    sides = _sides_of_the_same(raws)
    candidates = [c for raw in raws
                  if (c := _candidate(raw, doc, lexicon, to_mention, sentences, sent_index, article.published,
                                      founds, sides.get((raw.predicate, raw.object.start), ())))]
    home = _home_state(memory)  # the state the article is about, for offices and bodies named without one
    candidates += _office_candidates(claims, memory, home, to_mention, sentences, sent_index)
    candidates += _home_bodies(memory, raws, claims, home, to_mention, sentences, sent_index)
    candidates += _home_elections(memory, raws, home, to_mention, sentences, sent_index)
    candidates += _parties_placed(memory, party_states, to_mention, sentences, sent_index)
    mentions = tuple(entity_mention(f) for f in founds if f.kind not in {"pronoun"})
    attributes = _agreement_attributes(doc, founds, to_mention, lexicon, article.published)
    return Extraction(article, sentences, mentions, tuple(_dedupe(candidates)), tuple(attributes))


def nationality_before(doc: Doc, found: Found, lexicon: Lexicon) -> str:
    """The nationality word that qualifies a name right before it ("Japanese" of "the Japanese Export-Import
    Bank"), or ""."""
    if found.start == 0:
        return ""
    before = doc[found.start - 1]
    qualifies = before.dep_ in {"amod", "compound", "nmod"} and found.start <= before.head.i < found.end
    return before.text if qualifies and fold(before.text) in lexicon.demonyms else ""


def when_of(trigger, anchor: date | None) -> date | None:
    """The day a fact's trigger is dated to in its sentence ("signed ... on March 29"), if any."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for ent in trigger.sent.ents:
        if ent.label_ == "DATE" and verb.i in {ent.root.head.i, ent.root.head.head.i}:
            found = resolve_date_span(ent.text, anchor)
            if found is not None and found[1] == "day":
                return found[0]
    return None


def _sides_of_the_same(raws: list[Raw]) -> dict[tuple[str, int], tuple[Found, ...]]:
    """The sides of each agreement or event a rule names ("A said it reached agreement with B": A and B)."""
    sides: dict[tuple[str, int], list[Found]] = {}
    for raw in raws:
        if raw.predicate in SIDED:
            sides.setdefault((raw.predicate, raw.object.start), []).append(raw.subject)
    return {key: tuple(found) for key, found in sides.items()}


def _candidate(raw: Raw, doc: Doc, lexicon: Lexicon, to_mention, sentences, sent_index,
               anchor: date | None, founds: list[Found], co_sides: tuple[Found, ...] = ()) -> Candidate | None:
    trigger = doc[raw.trigger]
    # a party speaking of itself is first-hand, under any of its names ("the Kremlin said Russia ..."), and so is
    # one side speaking of the agreement or talks both sides are in ("A said it reached agreement with B")
    keys = ({raw.subject.key, raw.object.key} | {f.key for f in co_sides}) - {""}
    own = [raw.subject, raw.object, *co_sides] + [f for f in founds if f.key in keys]
    speakers = [doc[i] for f in own for i in range(f.start, f.end)]
    modality = "asserted" if raw.rule in PRESUPPOSED else modality_of(trigger, lexicon, speakers, anchor)
    if modality == "planned" and raw.rule.startswith("noun:") and raw.predicate != "seeksMembershipOf" \
            and raw.rule not in HAPPENINGS and (raw.rule, raw.predicate) != ("noun:hyphenated-sides", "participatedIn"):
        modality = "asserted"  # a noun phrase presupposes its relation ("the trilateral cooperation of X, Y"); but
        # the sides of "a Russian-Iranian forum" someone "proposed holding" have not met at it yet
    predicate = raw.predicate
    if predicate == "participatedIn" and modality == "asserted":
        event = name_head(doc, raw.object)
        if _future_event(event, anchor) or event.sent.start == trigger.sent.start and yet_to_happen(event, lexicon):
            modality = "planned"  # "a summit in Ottawa next month between Reagan and Mulroney", "the A-B meeting
            # will take place in London": not held yet (an event named in another sentence may since have been held)
    if predicate == "memberOf" and modality == "planned" and raw.rule in ACCESSIONS:
        predicate, modality = "seeksMembershipOf", "asserted"
    if predicate == "seeksMembershipOf" and modality == "planned" and raw.rule == "noun:becomes-member":
        modality = "asserted"  # "X is set to become a member of Y": the plan to join is what seeking membership is
    if predicate == "partyTo" and modality == "planned" and raw.subject.cls != "Person" \
            and not _in_talks(trigger) and raw.rule not in ACCESSIONS:  # "will join the convention": not yet
        # "Egypt and the Soviet Union are expected to sign an agreement": the signing is planned, but they are
        # already its negotiating sides, which is what partyTo says
        modality = "asserted"
    confidence = raw.confidence * FACTORS[modality] * (COREF_FACTOR if raw.via_coref else 1.0)
    sentence = sentences[sent_index[trigger.sent.start]]
    item = to_mention(raw.item) if raw.item is not None else None
    return Candidate(to_mention(raw.subject), predicate, to_mention(raw.object), raw.rule, sentence,
                     round(min(confidence, 1.0), 3), modality, item, when_of(trigger, anchor), raw.item_text[:200]) \
        if predicate else None


def _in_talks(trigger: Token) -> bool:
    """Whether a trigger is talks, or what talks are about ("agreed to formal talks on signing a pact with X"):
    when the talks themselves are still to come, nobody negotiates the agreement yet."""
    for token in (trigger, *trigger.ancestors):
        if token.lemma_.lower() in MEETINGS and token.pos_ == "NOUN":
            return True
        if token.pos_ in {"VERB", "AUX"} and token.tag_ != "VBG":
            return False
    return False


def _state_office(title: str) -> bool:
    """A title that only a state's government gives ("Defence Minister", "acting prime minister", "High
    Commissioner"), not a party's, a company's or a former one ("opposition leader", "then head")."""
    words = set(title.split())
    return not words & NOT_STATE_OFFICE and (bool(words & STATE_OFFICE_WORDS) or title in STATE_LEADER_TITLES)


def _unplaced(claim: OfficeClaim, memory: ArticleMemory) -> bool:
    """Whether nothing but the article's own country can say whose office this is: not a description that
    names someone ("the president"), not a person the office-holders lexicon knows under another title, not a
    title with a nationality the title walk could not read ("Guinean natural resources minister")."""
    doc, person = memory.doc, claim.person
    if person.kind != "name":
        return False
    lexicon = memory.lexicon
    if claim.relation == "leaderOf" and not any(lexicon.is_title(t.lower_) for t in doc[max(0, person.start - 1):
                                                                                        person.start + 1]):
        return False  # "the president of the bank's committee, X": a president in apposition leads a body, not a state
    name = bare_name(doc, person, lexicon)
    if lexicon.holds_any_office(name.text, memory.published) or lexicon.holds_any_office(
            name[-1].text, memory.published, written=name.text):  # "Saleh" alone, but not "Rachmat Saleh"
        return False
    i = person.start
    while i > 0 and person.start - i < 6 and doc[i - 1].pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ"}:
        i -= 1  # the title's own words: "Guinean natural resources minister"
    counterparts = lexicon.frame_words("counterpart_nouns")  # "his southern counterpart X": the other side's
    title = list(doc[i:person.start])
    post_words = list(title)
    root = doc[person.start:person.end].root
    if root.dep_ == "appos" and root.head.i < person.start:  # "the UN envoy for Syria, Geir Pedersen": the
        post = phrase_top(root.head, frozenset({"NOUN"}))  # parser may hang the name on the post's last noun
        post_words += [*root.head.lefts, *post.lefts]
    if any((known := lexicon.names.get(fold(t.text))) is not None and known.cls == "Organization"
           and known.kind != "government-body" for t in post_words if t.pos_ == "PROPN"):
        return False  # a body's official ("the UN envoy"), not a state's
    return not any(lexicon.country_word(w) is not None or t.lemma_.lower() in counterparts
                   for t in title for w in t.text.split("-"))


def _home_state(memory: ArticleMemory) -> Found | None:
    """The state an article is about: the one state the subject of its first sentence names ("New Zealand has
    imposed sanctions on Fiji", "Bolivian president X will propose ...", not the reporter of it), when it names
    only one."""
    doc, lexicon = memory.doc, memory.lexicon
    topic = next((f for f in memory.founds if f.start == 0 and f.cls == "Country"), None)
    if topic is not None and topic.end < len(doc) and doc[topic.end].text == ":":
        return topic  # a headline "Pakistan: more than 165,000 Afghans cross home": the story's state
    datelines = {span.sent.start for span, _ in dateline_places(doc)}
    root = next((s for s in doc.sents if s.start not in datelines), doc[:]).root  # the story's, not its dateline's
    clauses = [*(c for c in root.children if c.dep_ in {"ccomp", "parataxis"}), root]
    countries = {i: f for f in reversed(memory.founds) if f.cls == "Country" for i in range(f.start, f.end)}
    for subject in (c for clause in clauses for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
        own = countries.get(subject.i)
        if own is not None and subject.i > 1 and doc[subject.i - 1].text == "," and subject.i - 2 in countries:
            return _dateline_state(memory)  # a headline's "Iran, Venezuela sign ...": two states
        if own is not None and own.kind in {"name", "metonym"} and not any(c.dep_ == "conj" for c in subject.children):
            return own  # "Kuwait, a target of Iranian anger, rejected ...": the subject itself, not its apposition
        states: dict[str, Found] = {}
        for token in subject.subtree:
            found = countries.get(token.i)
            known = lexicon.country_word(token.text, memory.published) if token.text[:1].isupper() else None
            if found is None and known is not None and fold(token.head.text) not in lexicon.products:
                # "Russian gasoline reaches Iran": the goods' origin, not the story's state
                found = Found(token.i, token.i + 1, "Country", known.key, "demonym")
            if found is not None:
                states.setdefault(found.key, found)
        if states:
            return next(iter(states.values())) if len(states) == 1 else _dateline_state(memory)
    return _dateline_state(memory)


@dataclass(frozen=True)
class PartyState:
    """The state a party named by its family is of: its key, and its mention when the text names it with the party
    ("Finland's Conservatives")."""

    key: str
    named: Found | None


def _party_states(memory: ArticleMemory) -> dict[int, PartyState]:
    """The state of each party named by its family ('the Social Democrats'), by where the party starts: the one
    named with it ('the Swiss Social Democrats'); for a member's party, the state the member serves ('Socialist
    President X'); else the state the article is about; else the one its sentence names at the family's first
    mention that names one, the sentence of a member's title aside ('... as the Social Democrats lost in Swiss
    elections')."""
    doc, lexicon = memory.doc, memory.lexicon
    parties = [f for f in memory.founds if f.kind == "party-family"]
    if not parties:
        return {}
    named = {p.start: party_state(doc, p, lexicon, memory.published) for p in parties}
    titled = {p.start for p in parties if p.end < len(doc) and doc[p.end].lower_ in lexicon.title_words}
    by_family: dict[str, Found] = {}
    for party in parties:
        state = named[party.start] or (_one_state_of_sentence(memory, doc[party.start].sent)
                                       if party.start not in titled else None)
        if state is not None:
            by_family.setdefault(party.key, state)
    home = _home_state(memory)
    out: dict[int, PartyState] = {}
    for party in parties:
        served = _member_state(party, memory)
        if named[party.start] is None and served is not None:
            out[party.start] = PartyState(served, None)
            continue
        state = named[party.start] or home or by_family.get(party.key)
        if state is not None:
            out[party.start] = PartyState(state.key, named[party.start])
    return out


def _member_state(party: Found, memory: ArticleMemory) -> str | None:
    """The state the office-holders lexicon has the person after a party's family and a title serve
    ('Conservative Prime Minister X'), if one."""
    doc, lexicon = memory.doc, memory.lexicon
    i = party.end
    while i < len(doc) and doc[i].lower_ in lexicon.title_words:
        i += 1
    person = next((f for f in memory.founds if f.start == i and f.cls == "Person"), None) if i > party.end else None
    if person is None:
        return None
    served = {key for key in lexicon.served_on(doc[person.start:person.end].text, memory.published)
              if key.startswith("country:")}
    return served.pop() if len(served) == 1 else None


def _party_key(party: Found, of: PartyState | None, memory: ArticleMemory) -> str:
    """The key of a party named by its family in a state: the lexicon's party of that family and state ('Chilean
    Socialist Party'), else one named so ('party:swiss social democratic party'); with no state, the name as
    written: one node everywhere when it is a party's name, one per article when it is only what the members are
    called ('party-as-written:social democrats', which resolve scopes to its article)."""
    doc, lexicon = memory.doc, memory.lexicon
    state = of.key if of is not None else None
    family, written = party.key.split(":", 1)[1], fold(doc[party.start:party.end].text)
    known = lexicon.names.get(written)  # "West German Greens"
    if known is not None and lexicon.kind_of(known.key) == "party":
        return known.key
    names = [f"{v} party" for v in [family] + ([family.removesuffix("ic")] if family.endswith("atic") else [])]
    if state is not None:
        for name in names:  # "Democrat Party" too
            known = lexicon.national_body(name, state, memory.published) or lexicon.names.get(name)
            if known is not None and known.country == state and lexicon.kind_of(known.key) == "party":
                return known.key
    if of is None or of.named is None:  # "the Democrats" of a story about Japan's trade with the U.S.: the one
        for name in names:  # party known by that bare name, when the story names its state
            known = lexicon.names.get(name)
            if known is not None and lexicon.kind_of(known.key) == "party" \
                    and any(f.key == known.country for f in memory.founds):
                return known.key
    adjective = lexicon.adjectives.get(state) if state is not None else None
    if adjective:
        return f"party:{fold(adjective)} {family} party"
    return f"party:{written}" if written.endswith(" party") else f"party-as-written:{written}"  # a party's name
    # written out ("the Social Democratic Party") is one node in every article, as any name is


def _one_state_of_sentence(memory: ArticleMemory, sentence: Span) -> Found | None:
    """The one state a sentence names, by name or nationality ("Italy's government ... the Christian Democrats",
    "the Social Democrats ... in Swiss parliamentary elections"), or None."""
    states: dict[str, Found] = {}
    for found in memory.founds:
        if found.cls == "Country" and found.key and sentence.start <= found.start < sentence.end:
            states.setdefault(found.key, found)
    for token in sentence:
        known = memory.lexicon.country_word(token.text, memory.published) if token.is_title else None
        if known is not None and known.cls == "Country":
            states.setdefault(known.key, Found(token.i, token.i + 1, "Country", known.key, "demonym"))
    return next(iter(states.values())) if len(states) == 1 else None


def _parties_placed(memory: ArticleMemory, states: dict[int, PartyState], to_mention, sentences, sent_index
                    ) -> list[Candidate]:
    """'the Swiss Social Democrats', "Finland's Conservatives": a party named with its state is in it. One whose
    state is only the article's ('the Socialists' of an Italian story) is named for it but placed nowhere: the
    text does not say so."""
    doc = memory.doc
    out, placed = [], set()
    for party in memory.founds:
        state = states.get(party.start)
        if party.kind != "party-family" or party.key in placed or state is None or state.named is None:
            continue
        placed.add(party.key)
        sentence = sentences[sent_index[doc[party.start].sent.start]]
        out.append(Candidate(to_mention(party), "locatedIn", to_mention(state.named), "noun:party-of-state",
                             sentence, 0.7))
    return out


def _dateline_state(memory: ArticleMemory) -> Found | None:
    """'TEHRAN, May 17 (IRNA) - ': a state's own outlet filing from its capital, which names that state's
    officials without their state ("Minister of Roads X"). A wire filing from a capital names them so too, but
    also the officials of the state the story is about, so only the home outlet counts."""
    lexicon = memory.lexicon
    for span, credit in dateline_places(memory.doc):
        seat = lexicon.seat_of(fold(span.text), memory.published)
        outlet = lexicon.names.get(fold(credit))
        if seat is not None and outlet is not None and outlet.country == seat.key:
            return Found(span.start, span.end, "Country", seat.key, "demonym")
    return None


def _appointer_state(claim: OfficeClaim, memory: ArticleMemory) -> Found | None:
    """'Khamenei named Mokhber to run the government, and Bagheri Kani was appointed acting foreign minister': an
    official whose sentence has a state's official appointing someone serves that state."""
    doc = memory.doc
    sentence = doc[claim.person.start].sent
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_ not in APPOINTING:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
        for subject in subjects:  # "Khamenei named X": the parser may hang the verb on its subject
            person = memory.found_at(subject.i, {"Person"})
            country = memory.country_of(person) if person is not None and person != claim.person else None
            if country is not None:
                return country
    return None


def _host_state(memory: ArticleMemory, home: str) -> Found | None:
    """'Shultz forecast a golden future for the Philippines ... Defence Minister Ileto, after a meeting with
    Shultz': the official the home state's official met serves the state the article names most after home,
    when one is named more often than any other."""
    return next(iter(most_named(memory, [f for f in memory.founds if f.cls == "Country" and f.key
                                         and f.key != home])), None)


def _reported_actor(claim: OfficeClaim, memory: ArticleMemory) -> Found | None:
    """'Japan has decided to buy fighters, Defence Minister X said', 'Nakasone will visit Washington, Chief
    Cabinet Secretary X told reporters': an official speaks for the state whose doings they report."""
    doc = memory.doc
    root = doc[claim.person.start:claim.person.end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in memory.lexicon.frame_words("saying_verbs"):
        return None
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    if verb.dep_ in {"ccomp", "parataxis", "conj"} and verb.head.i != verb.i:
        clauses.append(verb.head)  # the report comes first and the saying verb hangs on it
    for clause in clauses:
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            found = memory.found_at(subject.i)
            if found is None:
                continue
            actor = None
            if found.cls == "Country" and found.kind in {"name", "metonym"}:
                actor = found
            office = memory.office_of(found)
            country = office.country or office.held_country if office is not None else ""
            if found.cls == "Person" and country:
                actor = Found(found.start, found.end, "Country", country, "demonym")
            if actor is not None:
                return None if _beside_its_official(claim, memory, actor.key) else actor
    return None


def _represented_state(claim: OfficeClaim, memory: ArticleMemory) -> Found | None:
    """'Mauritania was represented by President X', 'Belarus, represented by Prime Minister X', 'Prime Minister X
    represented Belarus': an official who represents a state holds its office."""
    doc = memory.doc
    root = doc[claim.person.start:claim.person.end].root
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i:
        root = root.head  # a name NER cut short: "Mohamed Ould Cheikh" of "... Cheikh El Ghazouani"
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
        states = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
    elif root.dep_ == "nsubj":
        verb = root.head
        states = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return None
    if verb.lemma_.lower() != "represent" or root.dep_ == "pobj" and any(
            memory.found_at(i, {"Country"}) for i in range(verb.i + 1, claim.person.start)):
        return None  # "A was represented by X and B by Y": Y represents B
    found = [f for s in states
             if (f := memory.found_at(s.i, {"Country"})) is not None and f.kind in {"name", "metonym"}]
    return found[0] if len(found) == 1 else None


def _listed_officials_state(claim: OfficeClaim, claims: list[OfficeClaim], memory: ArticleMemory) -> Found | None:
    """'talks with Prime Minister A and Mines Minister B', 'accompanied by Foreign Minister A, Minister for Planning
    B': an official listed next to officials with titles of their own that name no state either is of the one
    state those others are known to serve (by another sentence or the office-holders lexicon)."""
    doc = memory.doc
    sentence = doc[claim.person.start].sent
    people = sorted((f for f in memory.founds if f.cls == "Person" and sentence.start <= f.start < sentence.end),
                    key=lambda f: f.start)
    at = next((k for k, f in enumerate(people) if f.start == claim.person.start), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _between_listed_officials(doc, people[first - 1].end, people[first].start):
        first -= 1
    while last + 1 < len(people) and _between_listed_officials(doc, people[last].end, people[last + 1].start):
        last += 1
    listed = {f.start for f in people[first:last + 1]} - {claim.person.start}
    states: dict[str, Found] = {}
    for other in claims:
        if other.person.start not in listed or other.of is not None:
            continue  # "Prime Minister A and Iranian President B": B's state is not A's
        said = memory.offices.get(other.person)
        key = other.known_of.key if other.known_of is not None and other.known_of.cls == "Country" \
            else said.country or said.held_country if said is not None else ""
        if key:
            states.setdefault(key, Found(claim.person.start, claim.person.end, "Country", key, "demonym"))
    return next(iter(states.values())) if len(states) == 1 else None


def _between_listed_officials(doc: Doc, end: int, start: int) -> bool:
    """Whether the words between two names only separate them in a list and give the second its own title (",
    Minister for Planning", " and Power Minister"; not the " and " of "Foreign Ministers A and B", who share one)."""
    gap = doc[end:start]
    return 0 < len(gap) <= 8 and gap[0].text in {",", "and"} and gap[-1].is_title \
        and all(t.text in {",", "and"} or t.is_title and t.ent_type_ not in {"GPE", "NORP"}
                or t.lower_ in {"for", "of"} for t in gap)


def _quoting_outlet(claim: OfficeClaim, memory: ArticleMemory) -> Found | None:
    """'IRNA quoted Oil Minister X as saying', 'Minister X was quoted by Tass': a state's news agency quotes its
    own state's officials without naming the state."""
    root = memory.doc[claim.person.start:claim.person.end].root
    verb = root.head
    if root.dep_ == "dobj" and verb.lemma_.lower() == "quote":
        quoters = [c for c in verb.children if c.dep_ == "nsubj"]
    elif root.dep_ == "nsubjpass" and verb.lemma_.lower() == "quote":
        quoters = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    else:
        return None
    lexicon = memory.lexicon
    for quoter in quoters:
        outlet = memory.found_at(quoter.i, {"Organization"})
        if outlet is None:
            continue
        known = lexicon.by_key.get(outlet.key) or lexicon.names.get(fold(memory.doc[outlet.start:outlet.end].text))
        state = lexicon.state_on(known.country, memory.published) if known is not None and known.country else None
        if state is not None:  # Tass in 1987 is the Soviet Union's
            return Found(outlet.start, outlet.end, "Country", state.key, "demonym")
    return None


def _beside_its_official(claim: OfficeClaim, memory: ArticleMemory, country: str) -> bool:
    """'Defence Minister X, after a meeting with Shultz, said the U.S. was confident': the sentence puts another
    official of that state beside the speaker as whom they met, so the speaker is their counterpart, not one of
    them."""
    doc = memory.doc
    sentence = doc[claim.person.start].sent
    surname = doc[claim.person.end - 1].text
    officials = {doc[person.end - 1].text for person, office in memory.offices.items()
                 if country in {office.country, office.held_country}}  # by surname: "Shultz" is George Shultz
    meeting_verbs = memory.lexicon.frame_words("meeting_verbs")
    return any(found.cls == "Person" and sentence.start <= found.start < sentence.end
               and doc[found.end - 1].text in officials - {surname} and _interlocutor(doc[found.end - 1], meeting_verbs)
               for found in memory.founds)


def _interlocutor(name: Token, meeting_verbs: frozenset[str]) -> bool:
    """Whether a name is who someone met or talked with ("after a meeting with Shultz", "met Shultz")."""
    if name.dep_ == "pobj" and name.head.lower_ == "with":
        return True
    return name.dep_ == "dobj" and name.head.lemma_.lower() in meeting_verbs


def _future_event(head: Token, anchor: date | None) -> bool:
    """Whether an event noun is dated after the article ("next month's summit", "talks opening on Monday" are
    not: only a date the text puts after the article's day)."""
    meeting = head.lemma_.lower() in MEETINGS or head.lower_ in MEETINGS
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "ahead":
        return True  # "talks with Kohl ahead of her visit to Moscow"
    if any(c.lower_ in UPCOMING and (meeting or c.lower_ not in {"new", "next"}) for c in head.children
           if c.dep_ == "amod"):
        return True  # "a new summit" is still to come; "a new offensive" is another one
    for ent in head.sent.ents:
        if ent.label_ == "DATE" and anchor is not None and (head.i in {ent.root.head.i, ent.root.head.head.i}
                                                            or _dates_a_holding_to_come(ent, head)):
            found = resolve_date_span(ent.text, anchor)
            if found is not None and found[0] > anchor:
                return True
    return False


def _dates_a_holding_to_come(date_ent: Span, head: Token) -> bool:
    """'the Sixth World Congress of X, to be held here June 24': a date of an infinitive of holding that comes
    after the event's name, which the parser may hang on another verb."""
    verb = date_ent.root.head
    return verb.i > head.i and verb.lemma_.lower() in {"hold", "convene", "open", "take"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _plural_title_partners(claim: OfficeClaim, claims: list[OfficeClaim], memory: ArticleMemory) -> set[str] | None:
    """'Foreign Ministers A and B signed': for a name under a plural title of an office each state has one of,
    shared with other names, the states the text or the office-holders lexicon gives those others (None when the
    title is not so shared)."""
    doc = memory.doc

    def first_of(found: Found) -> Token:
        root = doc[found.start:found.end].root
        return root.head if root.dep_ == "conj" else root

    words = claim.title.split()
    if not (claim.relation == "leaderOf" or len(words) > 1 and words[-1] == "minister"
            and not set(words) & {"deputy", "vice", "state", "junior", "assistant"}):
        return None  # "State Secretaries A and B": an office a state has many of
    first = first_of(claim.person)
    if first.i == doc[claim.person.start:claim.person.end].root.i and not any(c.dep_ == "conj" for c in first.children):
        return None
    if not any(memory.lexicon.plural_title(t.lower_) for t in doc[max(first.left_edge.i, first.i - 8):first.i]):
        return None
    states = set()
    for other in claims:
        if other.person is claim.person or other.title != claim.title or first_of(other.person).i != first.i:
            continue
        said = memory.offices.get(other.person)
        state = other.of or other.known_of
        if state is not None and state.cls == "Country":
            states.add(state.key)
        elif said is not None and said.country:
            states.add(said.country)
    return states


def _office_candidates(claims: list[OfficeClaim], memory: ArticleMemory, home: Found | None, to_mention, sentences,
                       sent_index) -> list[Candidate]:
    doc = memory.doc
    out = []
    for claim in claims:
        # whose office: the sentence says > another sentence of the article says > who held it that day
        of, confidence, rule = claim.of, 0.95, f"title:{claim.title}"
        if of is None:
            country = memory.offices.get(claim.person)
            if country is not None and country.country:
                of, confidence = Found(claim.person.start, claim.person.end, "Country", country.country,
                                       "demonym"), 0.8
            elif claim.known_of is not None:
                of, confidence, rule = claim.known_of, 0.8, f"{rule}:office-holders"
            elif _state_office(claim.title) and _unplaced(claim, memory):
                actor = _reported_actor(claim, memory)
                if (represented := _represented_state(claim, memory)) is not None:
                    of, confidence, rule = represented, 0.7, f"{rule}:represented"
                elif (listed := _listed_officials_state(claim, claims, memory)) is not None:
                    of, confidence, rule = listed, 0.7, f"{rule}:listed-officials"
                elif actor is not None:
                    of, confidence, rule = actor, 0.6, f"{rule}:reported-actor"
                elif (outlet := _quoting_outlet(claim, memory)) is not None:
                    of, confidence, rule = outlet, 0.6, f"{rule}:quoting-outlet"
                elif (appointer := _appointer_state(claim, memory)) is not None:
                    of, confidence, rule = appointer, 0.6, f"{rule}:appointer"
                elif home is not None:
                    # "Foreign Ministers A and B": one title held in two states; whose is which only once the
                    # other holder's state is known
                    partners = _plural_title_partners(claim, claims, memory)
                    at_home = not _beside_its_official(claim, memory, home.key) if partners is None \
                        else bool(partners) and home.key not in partners
                    if at_home:
                        of, confidence, rule = home, 0.5, f"{rule}:{HOME_STATE}"  # the state the article is about
                    elif (partners is None or home.key in partners) \
                            and (host := _host_state(memory, home.key)) is not None:
                        of, confidence, rule = host, 0.4, f"{rule}:{HOST_STATE}"  # the other side, met by home's
        if of is None or of.cls not in {"Country", "Organization"}:
            continue
        sentence = sentences[sent_index[doc[claim.evidence_token].sent.start]]
        state = _state_of_body(of, memory) if of.cls == "Organization" else None
        if state is None and a_bare_state_body(memory.doc, of, memory.lexicon):
            served = _served_state(claim)  # "Foreign Ministry spokeswoman X", whom the office-holders lexicon knows
            whose = _state_of_bare_body(of, memory, home, served) \
                if claim.relation == "ministerOf" or served is not None else None
            if whose is None:
                continue  # "Foreign Ministry spokesman X" in a story of many states: whose ministry is unknown
            of, how, confidence = whose
            rule = f"{rule}:{how}"
        elif state is not None and claim.relation == "ministerOf":
            if "deputy" in claim.title.split() and not _is_ministry(of, memory):  # "the deputy chairman of
                # Russia's Security Council": on the council, as well as the state's official
                out.append(Candidate(to_mention(claim.person), "memberOf", to_mention(of), f"{rule}:body-of-state",
                                     sentence, round(confidence * 0.9, 3)))
            of = state  # a State Department official: the state's
        elif state is not None and _is_ministry(of, memory):  # "the director-general of the Israeli Foreign Ministry"
            out.append(Candidate(to_mention(claim.person), "ministerOf", to_mention(state), f"{rule}:body-of-state",
                                 sentence, round(confidence * 0.9, 3)))
        relation = claim.relation
        if relation == "ministerOf" and of.cls == "Organization" and state is None and _a_staffed_body(of, memory):
            relation = "memberOf"  # "the deputy head of the Federal Agency for Fishery": on the agency's staff
        out.append(Candidate(to_mention(claim.person), relation, to_mention(of), rule, sentence, confidence))
    return out


def _a_staffed_body(body: Found, memory: ArticleMemory) -> bool:
    """Whether an official of a body is one of its members rather than an official of a government: an agency, a
    force, a church, a company; not a ministry or a league of states (an EU commissioner serves the EU)."""
    return memory.lexicon.kind_of(body.key) != "intergovernmental" \
        and not _is_ministry(body, memory, GOVERNMENT_OFFICES)


def _home_bodies(memory: ArticleMemory, raws: list[Raw], claims: list[OfficeClaim], home: Found | None,
                 to_mention, sentences, sent_index) -> list[Candidate]:
    """'Kuwait today rejected the charges ... the Foreign Ministry said': a state's body named without its state,
    which no phrase of the article places, is the body of the state the sentence before speaks of, else of the
    state the article is about. 'Foreign Ministry spokeswoman X': the body of the state the office-holders lexicon
    has X serve."""
    doc, same = memory.doc, memory.identity
    placed = {same(raw.subject) for raw in raws if raw.predicate == "locatedIn"}
    served = {c.of.start: state for c in claims if c.of is not None and (state := _served_state(c)) is not None}
    out = []
    for body in memory.founds:
        if not a_bare_state_body(memory.doc, body, memory.lexicon) or same(body) in placed:
            continue
        whose = _state_of_bare_body(body, memory, home, served.get(body.start))
        if whose is None:
            continue
        state, how, _ = whose
        placed.add(same(body))  # one placing per body, at its first placed mention
        sentence = sentences[sent_index[doc[body.start].sent.start]]
        out.append(Candidate(to_mention(body), "locatedIn", to_mention(state), f"noun:{how}", sentence, 0.5))
    return out


def _home_elections(memory: ArticleMemory, raws: list[Raw], home: Found | None, to_mention, sentences,
                    sent_index) -> list[Candidate]:
    """'Haughey failed to win a majority in last month's election': an election no phrase places is held in the
    state of those the article says ran in it, else in the state the article is about, when the article is about
    that state far more than any other."""
    doc, same = memory.doc, memory.identity
    placed = {same(raw.subject) for raw in raws if raw.predicate == "locatedIn"}
    out = []
    for event in memory.founds:
        if same(event) in placed or not is_election(doc, event, memory.lexicon):
            continue
        runners = {country.key: country for raw in raws if raw.predicate == "participatedIn"
                   and same(raw.object) == same(event) and (country := memory.country_of(raw.subject)) is not None}
        state = next(iter(runners.values())) if len(runners) == 1 else home if _dominant(memory, home) else None
        if state is None:
            continue
        placed.add(same(event))
        sentence = sentences[sent_index[doc[event.start].sent.start]]
        out.append(Candidate(to_mention(event), "locatedIn", to_mention(state), "noun:home-state-election", sentence,
                             0.6))
    return out


def _dominant(memory: ArticleMemory, state: Found | None) -> bool:
    """Whether an article names a state at least twice as often as any other (a story about Finland's vote, not
    one about Russia and Iran)."""
    if state is None:
        return False
    counts = Counter(f.key for f in memory.founds if f.cls == "Country" and f.key)
    ranked = counts.most_common(2)
    return bool(ranked) and ranked[0][0] == state.key and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])


def _served_state(claim: OfficeClaim) -> Found | None:
    """The state the office-holders lexicon has a claim's person serve that day, if a state."""
    return claim.known_of if claim.known_of is not None and claim.known_of.cls == "Country" else None


def _state_of_bare_body(body: Found, memory: ArticleMemory, home: Found | None,
                        served: Found | None = None) -> tuple[Found, str, float] | None:
    """Whose a state's body named without its state is, how that was found and how sure it is: the state its
    official named with it serves (`served`, from the office-holders lexicon), else the state the sentence before
    speaks of, else the state the article is about, else unknown."""
    if served is not None:
        return served, "office-holders", 0.8
    speaker = _state_just_named(body, memory)
    if speaker is not None:
        return speaker, "state-just-named", 0.6
    return (home, "home-state-body", 0.5) if home is not None else None


def _state_just_named(body: Found, memory: ArticleMemory) -> Found | None:
    """'Tehran rejected the decision. Foreign Ministry spokesman X called it ...': the one state that is the
    subject (or the subject's owner: "Moscow's response was muted") of the sentence before a state's body named
    without its state, in the same paragraph, is the body's state."""
    doc = memory.doc
    start = doc[body.start].sent.start
    if start == 0 or doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_:
        return None  # a paragraph's first sentence speaks for itself
    states: dict[str, Found] = {}
    for subject in memory.subjects_before(body.start):
        for word in (subject, *subject.conjuncts, *(c for c in subject.children if c.dep_ == "poss")):
            found = memory.found_at(word.i, {"Country"})
            if found is not None and found.kind in {"name", "metonym"}:
                states.setdefault(found.key, found)
    return next(iter(states.values())) if len(states) == 1 else None


def _is_ministry(body: Found, memory: ArticleMemory, heads: frozenset[str] | set[str] = MINISTRY_HEADS) -> bool:
    """Whether a body is a ministry or department (or another of `heads`), whose head serves the state (not a
    central bank, whose head leads an independent body)."""
    known = memory.lexicon.by_key.get(body.key)
    name = known.name if known is not None else memory.doc[body.start:body.end].text
    return bool(set(fold(name).split()) & heads)


def _state_of_body(body: Found, memory: ArticleMemory) -> Found | None:
    """The state whose ministry or department a body is: the lexicon's government body, or a name like 'the
    Israeli Foreign Ministry' (a nationality, then a ministry or department)."""
    doc, lexicon = memory.doc, memory.lexicon
    known = lexicon.by_key.get(body.key)
    if known is not None:
        return Found(body.start, body.end, "Country", known.country, "demonym") \
            if known.kind == "government-body" and known.country else None
    words = [t for t in doc[body.start:body.end] if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in MINISTRY_HEADS:
        return None
    country = lexicon.country_word(words[0].text, memory.published)
    return Found(words[0].i, words[0].i + 1, "Country", country.key, "demonym") if country is not None else None


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    seen = set()
    out = []
    for c in candidates:
        key = (c.subject.start, c.subject.key, c.predicate, c.object.start, c.object.key, c.sentence.index)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _agreement_attributes(doc: Doc, founds: list[Found], to_mention, lexicon: Lexicon,
                          anchor: date | None) -> list[Attribute]:
    out: list[Attribute] = []
    for found in founds:
        if found.cls != "Agreement":
            continue
        span = doc[found.start:found.end]
        mention = to_mention(found)
        status = _status(span)
        if status:
            out.append(Attribute(mention, "status", status))
        for ent in doc[min(span.root.left_edge.i, span.start):span.end].ents:  # "$40 billion ... agreement"
            if ent.label_ == "MONEY":
                money = parse_money(ent.text)
                if money:
                    out.append(Attribute(mention, "monetaryValue", money[0]))
                    out.append(Attribute(mention, "currency", money[1]))
        for ent in span.sent.ents:
            if ent.label_ == "DATE" and ent.root.head.head.i in {t.i for t in _governors(span)}:
                when = resolve_date_span(ent.text, anchor)
                if when is not None and when[1] in {"day", "month"}:
                    out.append(Attribute(mention, "date", when[0].isoformat()))
                break
    return out


def _governors(span: Span) -> list[Token]:
    token = span.root
    chain: list[Token] = []
    while token.head.i != token.i and len(chain) < 4:
        token = token.head
        chain.append(token)
    return chain


def _status(span: Span) -> str | None:
    best = None
    words = [span.root] + _governors(span) + [t for t in span.root.subtree]
    for token in words:
        status = STATUS_WORDS.get(token.lemma_.lower())
        if token.lower_ == "signed":
            status = "Signed"
        if status and (best is None or STATUS_RANK[status] > STATUS_RANK[best]):
            best = status
    return best


def parse_money(text: str) -> tuple[str, str] | None:
    """'$40 billion' -> ('40000000000', 'USD'); None when there is no number or currency."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not number:
        return None
    value = float(number.group().replace(",", ""))
    for word, scale in SCALES.items():
        if re.search(rf"\b{word}\b", text, re.I):
            value *= scale
    currency = next((code for sign, code in CURRENCIES.items() if sign in text.lower()), None)
    if currency is None:
        return None
    return (f"{value:.0f}" if value == int(value) else f"{value}", currency)

