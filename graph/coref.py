"""Rule-based coreference inside one article: pronouns, the latter, the two countries, titles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from .lexicon import Lexicon, fold, singular
from .mentions import AIDES, GATHERING_HEADS, STYLES_OF_ADDRESS, Found, headline_end, text_of

PERSONAL = {"he", "him", "his", "she", "her", "hers"}
PLURAL = {"they", "them", "their", "theirs"}
NEUTER = {"it", "its"}
VERDICT_VERBS = {"reject", "deny", "dismiss", "welcome", "accept", "approve", "endorse", "refute", "denounce",
                 "condemn", "criticise", "criticize", "oppose", "support", "back"}  # verbs of a stance on a proposal
PROPOSITION_NOUNS = {"plan", "proposal", "offer", "report", "idea", "resolution", "demand", "request", "accusation",
                     "claim", "charge", "allegation", "statement", "initiative", "suggestion", "decision", "move",
                     "bid", "call", "draft", "measure", "bill", "law", "package", "ultimatum", "appeal"}
GROUP_NOUNS = {"countries", "nations", "sides", "states", "governments", "neighbours", "neighbors",
               "leaders", "partners", "allies", "capitals", "parties"}
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # "the four
# countries": as many states as the text named together
# "the two presidents", "both ministers": the last two people named
PERSON_GROUP_NOUNS = {"leaders", "presidents", "ministers", "premiers", "heads", "men", "women", "chancellors",
                      "secretaries", "envoys", "ambassadors"}
# "the presidents", bare: the two holders of the office named last, when the article has named just two
OFFICE_PLURALS = {"presidents", "leaders", "premiers", "chancellors", "ministers"}
ORG_ANAPHORS = {"organization", "organisation", "bloc", "alliance", "group", "body", "union", "grouping", "agency"}
LEAGUE_ANAPHORS = {"bloc", "alliance", "grouping"}  # words for a league of states, not for any body
# "the bank", "the fund", "the community": the last body whose name has the word, and only such a body
NAME_WORD_ANAPHORS = {"bank", "fund", "council", "commission", "community", "league", "committee", "association",
                      "federation", "club", "assembly", "department", "ministry", "directorate", "forum"}
COMPANY_ANAPHORS = {"company", "firm", "corporation", "giant", "concern", "conglomerate", "monopoly"}
AIRLINE_NAME_WORDS = {"air", "airlines", "airline", "airways", "aviation", "aeroflot"}  # "the airline": Iran Air
FACILITY_ANAPHORS = {"plant", "facility", "reactor", "station", "unit", "section", "site", "project",
                     "port", "corridor", "railway", "pipeline", "refinery", "complex", "block"}
COUNTRY_ANAPHORS = {"country", "emirate", "kingdom", "republic", "sultanate", "nation", "principality"}
EVENT_ANAPHORS = {"meeting", "summit", "talk", "talks", "conference", "negotiation", "consultation", "session", "round",
                  "parley", "forum", "gathering"}
GENERIC_MEETINGS = {"meeting", "gathering", "talk", "talks"}  # words for any meeting, a summit too
SITTINGS = {"session"}  # a sitting of a gathering: "the expanded session" of the summit named before
AIDE_ROLES = AIDES | {"spokesman", "spokeswoman", "spokesperson", "envoy", "emissary"}  # who works for someone
WINDOW = 3  # sentences an antecedent may lie back


@dataclass
class Office:
    """What the article has said so far about a person's office."""

    titles: set[str] = field(default_factory=set)
    country: str = ""
    held_country: str = ""  # whose the office was that day, by the office-holders lexicon, when the text is silent


@dataclass
class ArticleMemory:
    """Mentions seen so far in an article, for antecedents."""

    doc: Doc
    lexicon: Lexicon
    founds: list[Found]
    offices: dict[Found, Office] = field(default_factory=dict)
    refs: dict[Found, Found] = field(default_factory=dict)  # description -> the person it names
    published: date | None = None  # the article's date, for names whose meaning changed ("Germany")

    def sentence_of(self, token_i: int) -> int:
        """Where the sentence holding a token starts (its first token's index)."""
        return self.doc[token_i].sent.start

    def before(self, token_i: int, classes: set[str], window: bool = True) -> list[Found]:
        """Mentions of the classes ending before a token, nearest first, within the window."""
        limit = self._window_start(token_i) if window else 0
        return [f for f in reversed(self.founds)
                if f.end <= token_i and f.start >= limit and f.cls in classes and f.kind != "pronoun"]

    def subjects_before(self, token_i: int) -> list[Token]:
        """The subjects of the main verb of the sentence before a token's ("Tehran rejected it. The ministry
        said ...", "The forum opened. It brought together ..."): what the next sentence may go on about."""
        start = self.doc[token_i].sent.start
        if start == 0:
            return []
        return [c for c in self.doc[start - 1].sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]

    def found_at(self, token_i: int, classes: set[str] | None = None) -> Found | None:
        """The mention (of the classes, if given) that covers a token."""
        return next((f for f in self.founds if f.start <= token_i < f.end and (classes is None or f.cls in classes)),
                    None)

    def _window_start(self, token_i: int) -> int:
        sent = self.doc[token_i].sent
        starts = sorted({s.start for s in self.doc.sents if s.start <= sent.start})
        return starts[max(0, len(starts) - 1 - WINDOW)]

    def office_of(self, found: Found) -> Office | None:
        """What the article said of a person's office, also under their surname alone ("Garcia" after
        "Peruvian President Alan Garcia") when that names one titled person."""
        person = self.person_of(found)
        office = self.offices.get(person)
        if office is not None or found.cls != "Person" or person.kind != "name":
            return office
        surname = self.doc[person.end - 1].text
        same = [(other, o) for other, o in self.offices.items()
                if other.kind == "name" and self.doc[other.end - 1].text == surname]
        names = [self.doc[other.start:other.end].text.split() for other, _ in same]
        longest = max(names, key=len, default=[])
        if not same or any(longest[len(longest) - len(n):] != n for n in names):
            return None  # two people of one surname: neither
        # "Vyacheslav Volodin", later "Volodin, the chairman of ...": one person, all the article said of him
        countries = {o.country for _, o in same} - {""}
        held = {o.held_country for _, o in same} - {""}
        return Office({t for _, o in same for t in o.titles}, next(iter(countries)) if len(countries) == 1 else "",
                      next(iter(held)) if len(held) == 1 else "")

    def person_of(self, found: Found) -> Found:
        """The person a description names, or the mention itself."""
        return self.refs.get(found, found)

    def country_of(self, person: Found) -> Found | None:
        """The country a person holds office for, as far as the article has said, at the person's mention."""
        office = self.office_of(person)
        if office is None or not (office.country or office.held_country):
            return None
        return Found(person.start, person.end, "Country", office.country or office.held_country, "demonym")

    def identity(self, found: Found) -> str:
        """What makes two mentions one thing before resolution: the key, or the folded text."""
        return found.key or fold(self.doc[found.start:found.end].text)


def _is_subject(doc: Doc, found: Found) -> bool:
    return any(doc[i].dep_ in {"nsubj", "nsubjpass"} for i in range(found.start, found.end))


def antecedents(memory: ArticleMemory, token: Token) -> list[Found]:
    """The mentions a pronoun or an anaphoric noun phrase refers to (empty when unsure)."""
    word = token.lower_
    doc = memory.doc
    if word in PERSONAL or word in STYLES_OF_ADDRESS and token.i and doc[token.i - 1].lower_ in {"his", "her"}:
        owner = _conjunct_owner(memory, token, "Person")  # "His Majesty was received by ...": as "he" would be
        if owner is not None:
            return [memory.person_of(owner)]
        other_side = _counterparts_state(memory, token)  # "his French counterpart": not a Frenchman's
        people = [p for p in memory.before(token.i, {"Person"}) if not _clause_mate(doc, p, token)
                  and not (other_side and (country := memory.country_of(p)) is not None and country.key in other_side)]
        subjects = [p for p in people if _is_subject(doc, p)]
        same_sentence = [p for p in subjects if doc[p.start].sent == token.sent]
        chosen = (same_sentence or subjects or people)[:1]
        return [memory.person_of(p) for p in chosen]
    if word == "two" and token.dep_ in {"nsubj", "nsubjpass"} and [c.lower_ for c in token.children] == ["the"]:
        return two_people_before(memory, token.i)  # "X held talks with Y, and the two signed a memorandum"
    if word in PERSON_GROUP_NOUNS and any(c.lower_ in {"two", "both"} for c in token.children):
        people = two_people_before(memory, token.i)
        if people:
            return people
    if word in OFFICE_PLURALS and [c.lower_ for c in token.children] == ["the"]:
        return _the_office_holders(memory, token)
    count = counted(token)
    if word in OFFICE_PLURALS and count and definite(token) and len(list(token.children)) == 2:
        return _the_office_holders(memory, token, count)  # "The seven leaders adopted a joint declaration"
    if count and token.lower_ in GROUP_NOUNS - {"leaders", "partners", "allies"} and definite(token):
        return _states_counted(memory, token.i, count)
    if word in PLURAL or (token.lemma_.lower() in {"country", "side", "nation", "state"}
                          and any(c.lower_ in {"two", "both"} for c in token.children)) \
            or (token.lower_ in GROUP_NOUNS and any(c.lower_ in {"two", "both", "three"} for c in token.children)) \
            or token.lower_ in {"sides", "parties"} and [c.lower_ for c in token.children] == ["the"]:  # "The
        # sides adopted a communique": the group last named, as "they" would be
        group = group_before(memory, token.i)
        if not group and word not in PLURAL and (any(c.lower_ in {"two", "both"} for c in token.children)
                                                 or word in {"sides", "parties"}):  # "the sides", said of a pair
            group = pair_before(memory, token.i)  # "the two sides": the last two states named
            group = group if len(group) == 2 else _states_of_two_people(memory, token.i)
        return group
    if word in NEUTER:
        actors = [f for f in memory.before(token.i, {"Country", "Organization"}) if not _clause_mate(doc, f, token)
                  and not _ruled_out_by_a_verdict(doc, f, token) and not _one_of_a_list(doc, f, token)]
        subjects = [a for a in actors if _is_subject(doc, a)]
        return (subjects or actors)[:1]
    if word in {"latter", "former"}:
        pair = pair_before(memory, token.i)
        if len(pair) >= 2:
            return [pair[-1]] if word == "latter" else [pair[0]]
        return []
    lemma = token.lemma_.lower()
    if lemma in COMPANY_ANAPHORS and definite(token):  # "the Russian gas giant": the company last named
        return [f for f in memory.before(token.i, {"Organization"}) if _company_of(memory, f, token)][:1]
    if lemma == "airline" and definite(token):
        return body_named_with(memory, token, AIRLINE_NAME_WORDS)
    if lemma in ORG_ANAPHORS and definite(token):  # "the union" is the last body named a union, if one was
        return body_named_with(memory, token, {lemma}) or _league_before(memory, token, lemma) \
            or _bodies_before(memory, token.i, lemma, window=True)[:1] \
            or most_named(memory, _bodies_before(memory, token.i, lemma, window=False))
    if lemma in NAME_WORD_ANAPHORS and definite(token) and not any(c.dep_ in {"amod", "compound"}
                                                                    and c.lower_ != "based" for c in token.children):
        bodies = body_named_with(memory, token, {lemma})  # "the bank's 47th member": the ADB; "a member of the
        if lemma not in EVENT_ANAPHORS:  # Doha-based forum": the Gas Exporting Countries Forum, unless a forum
            return bodies  # that is a gathering was named since
        events = _event_named_before(memory, token, lemma, memory.before(token.i, {"Event"}))
        if bodies and not (events and events[0].start > bodies[0].start):
            return bodies
    if lemma in FACILITY_ANAPHORS and (definite(token) or token.i > 0):
        return memory.before(token.i, {"Facility"})[:1]
    if lemma in COUNTRY_ANAPHORS and any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return _whose_country(memory, token)
    if lemma in COUNTRY_ANAPHORS and definite(token) and token.tag_ != "NNS" \
            and not any(c.dep_ in {"amod", "compound"} for c in token.children):  # "the four countries": not one
        regions = [f for f in memory.before(token.i, {"Place"}, window=False) if lemma in _name_words(memory, f)]
        if regions:
            return regions[:1]  # "the Chechen Republic ... the head of the republic": a state's republic, named so
        countries = [f for f in memory.before(token.i, {"Country"}) if not _clause_mate(doc, f, token)]
        subjects = [c for c in countries if _is_subject(doc, c)]
        return (subjects or countries)[:1]  # "the emirate's backing for Iraq": the state last spoken of
    if lemma in EVENT_ANAPHORS and definite(token):  # "the summit" is the last summit named
        return _event_named_before(memory, token, lemma, memory.before(token.i, {"Event"})) \
            or most_named(memory, _event_named_before(memory, token, lemma,
                                                       memory.before(token.i, {"Event"}, window=False)))
    return []


def _bodies_before(memory: ArticleMemory, token_i: int, lemma: str, window: bool) -> list[Found]:
    """The bodies named before a token that 'the group', 'the body' or 'the agency' may be: no newspaper, unless
    the word is 'agency'."""
    return [f for f in memory.before(token_i, {"Organization"}, window)
            if lemma == "agency" or memory.lexicon.kind_of(f.key) != "media"]


def _league_before(memory: ArticleMemory, token: Token, lemma: str) -> list[Found]:
    """'the alliance', 'the bloc': the last league of states named, passing over a body of it named since ('the
    CSTO ... the alliance's Collective Security Council ... the six members of the alliance')."""
    if lemma not in LEAGUE_ANAPHORS:
        return []
    return [f for f in memory.before(token.i, {"Organization"})
            if memory.lexicon.is_league(f.key)][:1]


def body_named_with(memory: ArticleMemory, token: Token, words: set[str]) -> list[Found]:
    """The last body named before a token whose name has one of the words ("the union": the Eurasian Economic
    Union; "the airline": Iran Air)."""
    return [f for f in memory.before(token.i, {"Organization"}, window=False) if words & _name_words(memory, f)][:1]


def _name_words(memory: ArticleMemory, found: Found) -> set[str]:
    """The words of a mention's name and of the lexicon's name for it ("EAEU": eurasian, economic, union)."""
    known = memory.lexicon.by_key.get(found.key)
    text = memory.doc[found.start:found.end].text + (" " + known.name if known is not None else "")
    return set(fold(text).split())


def _whose_country(memory: ArticleMemory, token: Token) -> list[Found]:
    """'President X, whose country has applied to join': the state the person the clause is about holds office
    for, as far as the article has said."""
    clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return []
    person = memory.found_at(clause.head.i, {"Person"})
    country = memory.country_of(person) if person is not None else None
    return [country] if country is not None else []


def _event_named_before(memory: ArticleMemory, token: Token, lemma: str, events: list[Found]) -> list[Found]:
    """Of the events named before an anaphor, nearest first, those it can name: 'the summit' a summit; 'the
    meeting', 'the gathering', 'the talks', when none such was named, any summit or talks, not a visit or a war."""
    doc = memory.doc
    same = [f for f in events if name_head(doc, f).lemma_.lower() == lemma or _sitting_of(name_head(doc, f), lemma)]
    if not same and lemma in SITTINGS:  # the article's main gathering, or else the last one named
        gatherings = [f for f in events if name_head(doc, f).lemma_.lower() in GATHERING_HEADS]
        return most_named(memory, gatherings) or gatherings[:1]
    if same or lemma not in GENERIC_MEETINGS:
        return same
    meetings = memory.lexicon.frame_words("meeting_event_heads")
    return [f for f in events if name_head(doc, f).lemma_.lower() in meetings]


def _sitting_of(head: Token, lemma: str) -> bool:
    """Whether an event is a sitting of the series an anaphor names: 'the consultations' is 'the sixth meeting of
    the Moscow format consultations', 'the talks' 'the 20th round of talks on Syria'."""
    return any(c.lemma_.lower() == lemma for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj")


def name_head(doc: Doc, found: Found) -> Token:
    """A name's head word: 'summit' of 'the Kazan summit' and of 'the Summit of the Americas' (not its last word)."""
    return doc[found.start:found.end].root


def most_named(memory: ArticleMemory, candidates: list[Found]) -> list[Found]:
    """'... is also attending the three-day meeting', 'applied to join the group', sentences after the summit
    or the bloc was last named: the one the article names most often, when one is named more often than the
    others."""
    ranked = Counter(memory.identity(f) for f in candidates).most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:  # a headline's short name ("GECF summit adopts ...")
        end = headline_end(text_of(memory.doc))  # is no rival of the body's ("The 7th Summit of the Gas Exporting
        body = [f for f in candidates if memory.doc[f.start].idx >= end]  # Countries Forum closed ...")
        if len(body) < len(candidates):
            return most_named(memory, body)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return []
    return [f for f in candidates if memory.identity(f) == ranked[0][0]][:1]


def _company_of(memory: ArticleMemory, found: Found, anaphor: Token) -> bool:
    """Whether an organization can be 'the (Russian) company': not a known government or international body,
    and of the nationality the anaphor gives, where both are known."""
    known = memory.lexicon.by_key.get(found.key)
    if known is not None and known.kind != "company":
        return False
    nationalities = [memory.lexicon.country_word(c.text) for c in anaphor.children if c.dep_ in {"amod", "compound"}]
    said = {n.key for n in nationalities if n is not None and n.cls == "Country"}
    return not (said and known is not None and known.country and known.country not in said)


def _conjunct_owner(memory: ArticleMemory, pronoun: Token, cls: str) -> Found | None:
    """'Foreign Minister X and his Venezuelan counterpart Y': a possessive in the conjunct after a name is that
    name's, unless the name is of the state the conjunct names ("met President X and his Iranian counterpart":
    the counterpart of the visitor, not of the Iranian X)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i >= pronoun.i:
        return None
    owner = memory.found_at(noun.head.i, {cls})
    if owner is None or owner.kind == "pronoun":
        return None  # "he and his counterpart": whose, the pronoun's own antecedent says
    country = memory.country_of(owner) if cls == "Person" else None
    return None if country is not None and country.key in _states_named_on(memory, noun) else owner


def _counterparts_state(memory: ArticleMemory, pronoun: Token) -> set[str]:
    """The state a counterpart noun names ("his Iranian counterpart"), whose people the pronoun is not."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.lemma_.lower() not in memory.lexicon.frame_words("counterpart_nouns"):
        return set()
    return _states_named_on(memory, noun)


def _states_named_on(memory: ArticleMemory, noun: Token) -> set[str]:
    return {known.key for c in noun.children if c.dep_ in {"amod", "compound"}
            and (known := memory.lexicon.country_word(c.text, memory.published)) is not None}


def _clause_mate(doc: Doc, found: Found, pronoun: Token) -> bool:
    """An object pronoun or description never names the subject of its own verb ("Russia would supply it",
    "X met the envoy")."""
    if pronoun.dep_ not in {"dobj", "pobj", "dative", "iobj"}:
        return False
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    return any(doc[i].dep_ in {"nsubj", "nsubjpass"} and doc[i].head.i == verb.i for i in range(found.start, found.end))


def _an_object_of_its_subject(doc: Doc, found: Found, description: Token) -> bool:
    """A subject description never names a person its own clause has as an object ("after talks with Prime Minister
    X, the Hungarian prime minister said": not X)."""
    if description.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    name = name_head(doc, found)
    if name.dep_ not in {"dobj", "pobj", "dative"} or description.left_edge.i <= name.i <= description.right_edge.i:
        return False
    governor = name.head
    while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
        governor = governor.head  # up to the verb whose clause the name is in
    return governor.i == description.head.i


def _one_of_a_list(doc: Doc, found: Found, pronoun: Token) -> bool:
    """Whether a mention is one of several names joined by 'and' or commas, which a singular pronoun outside the
    list does not stand for ("Renault, Volkswagen and other brands halted deliveries to Russia after its
    invasion": Russia's); "Iran and its allies" keeps Iran."""
    name = name_head(doc, found)
    outside = not found.start <= name.head.i < found.end  # "National Distillers and Chemical Corp": one name
    if not (name.dep_ == "conj" and outside) and not any(c.dep_ == "conj" and not found.start <= c.i < found.end
                                                         for c in name.children):
        return False
    top = name
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return not top.left_edge.i <= pronoun.i <= top.right_edge.i


def _ruled_out_by_a_verdict(doc: Doc, found: Found, pronoun: Token) -> bool:
    """Whether a mention cannot be what a verdict verb's 'it' stands for. 'Tass said Moscow rejected it': what is
    rejected, denied or welcomed is what was reported, not who reports it (the subject of a verb the pronoun's
    clause hangs from), nor what was named before a proposal ('proposed a plan ... rejected it')."""
    if pronoun.dep_ != "dobj" or pronoun.head.lemma_.lower() not in VERDICT_VERBS:
        return False
    reporters = {c.i for a in pronoun.head.ancestors for c in a.children if c.dep_ == "nsubj"}
    if any(i in reporters for i in range(found.start, found.end)):
        return True
    since = doc[found.end:pronoun.i]  # "The U.S. proposed a plan. Moscow rejected it": the plan
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in PROPOSITION_NOUNS for t in since)


def definite(token: Token) -> bool:
    """A noun under 'the', 'this' or 'that'."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)


def group_before(memory: ArticleMemory, token_i: int) -> list[Found]:
    """The most recent coordinated group of countries or organizations ("Russia and Iran")."""
    doc = memory.doc
    actors = memory.before(token_i, {"Country", "Organization"})
    for found in actors:
        head = doc[found.end - 1]
        group = [found]
        for other in head.conjuncts:
            match = memory.found_at(other.i)
            if match and match.cls in {"Country", "Organization"} and match not in group:
                group.append(match)
        if len(group) >= 2:
            return sorted(group, key=lambda f: f.start)
    return []


def counted(group: Token) -> int:
    """How many a plural noun says it is, from three to ten ("the four countries"), else 0."""
    return next((COUNTS[c.lower_] for c in group.children if c.lower_ in COUNTS and c.dep_ == "nummod"), 0)


def _states_counted(memory: ArticleMemory, token_i: int, count: int) -> list[Found]:
    """'the four countries': the states last named together as many as that, in one coordination ("Russia, Iran,
    Turkey and Syria") or else in one sentence; none when no sentence before names so many."""
    group = group_before(memory, token_i)
    if len(group) == count and all(f.cls == "Country" for f in group):
        return group
    by_sentence: dict[int, dict[str, Found]] = {}
    for found in memory.before(token_i, {"Country"}):
        by_sentence.setdefault(memory.sentence_of(found.start), {}).setdefault(
            found.key or fold(memory.doc[found.start:found.end].text), found)
    for sentence in sorted(by_sentence, reverse=True):
        if len(by_sentence[sentence]) == count:
            return sorted(by_sentence[sentence].values(), key=lambda f: f.start)
    return []


def two_people_before(memory: ArticleMemory, token_i: int) -> list[Found]:
    """The two people "the two presidents" names: the last two named together ("A and B signed"), else the last
    two distinct people named before it, in text order."""
    saying = memory.lexicon.frame_words("saying_verbs") | memory.lexicon.frame_words("reporting_verbs")
    speakers = {c.i for verb in memory.doc[token_i].ancestors if verb.lemma_.lower() in saying
                for c in verb.children if c.dep_ == "nsubj"}  # "X said the two men discussed ...": not X
    named = [f for f in memory.before(token_i, {"Person"}) if (f.kind == "name" or f in memory.refs)
             and memory.doc[f.start:f.end].root.i not in speakers]
    at_root = {memory.doc[f.start:f.end].root.i: f for f in named}
    for found in named:
        root = memory.doc[found.start:found.end].root
        partner = at_root.get(root.head.i) if root.dep_ == "conj" else None
        if partner is not None and partner is not found:
            return sorted([memory.person_of(partner), memory.person_of(found)], key=lambda f: f.start)
    people: list[Found] = []
    surnames: set[str] = set()  # "Garcia" is Alan Garcia named again
    for found in named:
        person = memory.person_of(found)
        surname = memory.doc[person.end - 1].text
        if surname not in surnames:
            people.append(person)
            surnames.add(surname)
        if len(people) == 2:
            return sorted(people, key=lambda f: f.start)
    return []


def _the_office_holders(memory: ArticleMemory, token: Token, count: int = 2) -> list[Found]:
    """'The presidents adopted a joint statement' after two presidents were named: those two, when exactly two
    people named so far in the article hold that office, for two different states, and the article has not
    named a body's holders of it ("foreign ministers of the Group of Seven": the ministers are theirs); 'the seven
    leaders': the seven, when exactly as many are named."""
    if _a_body_of_holders_before(memory, token):
        return []
    holders: list[Found] = []
    for found in memory.before(token.i, {"Person"}, window=False):
        person = memory.person_of(found)
        office = memory.office_of(person)
        if office is None or not _holds(memory, office, token.lower_):
            continue
        if not any(memory.doc[p.end - 1].text == memory.doc[person.end - 1].text for p in holders):
            holders.append(person)
    if len(holders) != count:
        return []
    if count > 2:
        return sorted(holders, key=lambda f: f.start)
    first, second = (memory.country_of(person) for person in holders)
    if first is not None and second is not None and first.key == second.key:
        return []
    return sorted(holders, key=lambda f: f.start)


def _a_body_of_holders_before(memory: ArticleMemory, token: Token) -> bool:
    """Whether an earlier mention of the plural names the holders of a body ("G7 foreign ministers", "leaders
    of the bloc", "all ministers"): more holders than the two the article names by name."""
    bodies = memory.before(token.i, {"Organization"}, window=False)
    for earlier in memory.doc[:token.i]:
        if earlier.lower_ != token.lower_ or earlier.pos_ != "NOUN":
            continue
        first, last = earlier.left_edge.i, earlier.right_edge.i
        if any(first <= body.start and body.end <= last + 1 for body in bodies):
            return True
        if any(c.lower_ == "all" or (c.like_num and c.lower_ not in {"two", "2"}) for c in earlier.children):
            return True
    return False


def _holds(memory: ArticleMemory, office: Office, plural: str) -> bool:
    """Whether an office is one a plural like 'the presidents' speaks of; 'the leaders' are heads of state or
    government, 'the ministers' hold any minister's post."""
    if plural == "leaders":
        return any(memory.lexicon.title_relation(title) == "leaderOf" for title in office.titles)
    post = singular(plural)
    return any(title.endswith(post) for title in office.titles) if post == "minister" else post in office.titles


def _states_of_two_people(memory: ArticleMemory, token_i: int) -> list[Found]:
    """'Azerbaijani President A hosted Iranian President B. The two countries signed ...': with no two states named
    by name, the two states of the last two people named, when they differ."""
    states = [memory.country_of(person) for person in two_people_before(memory, token_i)]
    if len(states) == 2 and states[0] is not None and states[1] is not None and states[0].key != states[1].key:
        return [state for state in states if state is not None]
    return []


def pair_before(memory: ArticleMemory, token_i: int) -> list[Found]:
    """The last two distinct countries named before a token, in text order (for 'the latter')."""
    seen: list[Found] = []
    keys: list[str] = []
    for found in memory.before(token_i, {"Country"}):
        if found.key not in keys:
            keys.append(found.key)
            seen.append(found)
        if len(seen) == 2:
            break
    demonyms = _demonyms_before(memory, token_i)
    if len(demonyms) >= 2:
        return demonyms
    return list(reversed(seen))


def _demonyms_before(memory: ArticleMemory, token_i: int) -> list[Found]:
    """Countries named by demonyms in the same sentence ("Iranian-Russian relations")."""
    doc = memory.doc
    sent = doc[token_i].sent
    found: list[Found] = []
    for token in doc[sent.start:token_i]:
        for part in token.text.split("-"):
            known = memory.lexicon.demonyms.get(fold(part))
            if known:
                found.append(Found(token.i, token.i + 1, "Country", known.key, "demonym"))
    return found


def core_title(title: str) -> str:
    """The office a title names, without its portfolio: "defence minister" -> "minister"; "prime minister" and
    "foreign minister" stay whole."""
    words = title.split(" of ")[0].split() or [""]  # "chancellor of the exchequer": the chancellor
    return " ".join(words[-2:]) if len(words) > 1 and words[-2] in {"prime", "foreign", "supreme"} else words[-1]


def resolve_description(memory: ArticleMemory, found: Found, country: str, title: str) -> Found | None:
    """The person a title description names ("the Russian president"), if the article allows."""
    people = [memory.person_of(p) for p in memory.before(found.start, {"Person"}, window=False)
              if p.kind == "name" or p in memory.refs]
    # a lede's description before the name: a person later in its own sentence, or in the next one where the
    # office-holders lexicon agrees
    sentence = memory.doc[found.start].sent
    after = [p for p in memory.founds if p.cls == "Person" and p.kind == "name" and p.start > found.end]
    root = memory.doc[found.start:found.end].root
    clause = root.head if root.dep_ in {"nsubj", "nsubjpass"} else None
    same_sentence = [p for p in after if memory.sentence_of(p.start) == sentence.start and not (
        clause is not None and not root.left_edge.i <= p.start <= root.right_edge.i
        and (clause.left_edge.i <= p.start <= clause.right_edge.i
             or name_head(memory.doc, p).dep_ in {"dobj", "pobj", "dative"}))]  # "Iran's justice minister reviews
    # treaties with X", "The governor met X": X is whom the subject met, not the subject
    next_sentence = [p for p in after if memory.sentence_of(p.start) == sentence.end
                     and _lexicon_holder(memory, p, country, title)]
    named = _name_set_off_after(memory, found)
    if named is not None:  # "Iran's ambassador to Moscow, Kazem Jalali, told": the name in apposition
        return named
    named = name_in_apposition(memory, found)
    if named is not None and not _of_another_state(memory, named, country):
        return named  # "Mr Gorbachev, the Soviet leader who met Reagan"
    return _description_of(memory, found, people or same_sentence, country, title) \
        or _description_of(memory, found, next_sentence, country, title)


def _name_set_off_after(memory: ArticleMemory, found: Found) -> Found | None:
    """The name set off by commas right after a description and its post ('the ambassador to Moscow, X,')."""
    doc = memory.doc
    i = found.end
    while i < min(found.end + 8, len(doc)) and doc[i].text != "," and (
            doc[i].pos_ in {"ADP", "DET", "PROPN", "ADJ", "NOUN"} and not memory.found_at(i, {"Person"})):
        i += 1  # "to Moscow", "in the Gulf", "to the international organisations"
    name = memory.found_at(i + 1, {"Person"}) if i < len(doc) and doc[i].text == "," else None
    if name is None or name.kind != "name" or name.start != i + 1 or name.end >= len(doc) \
            or doc[name.end].text not in {",", "."} and not doc[name.end].is_sent_start:
        return None
    return name


def name_in_apposition(memory: ArticleMemory, found: Found) -> Found | None:
    """'Mr Gorbachev, the Soviet leader who met Reagan': the name right before that a description is set off
    from."""
    head = memory.doc[found.start:found.end].root
    if head.dep_ != "appos" or head.head.i >= found.start:
        return None
    anchor = last_conjunct_before(head.head, head.i) or head.head  # "A and B, the Iranian president": B
    name = memory.found_at(anchor.i, {"Person"})
    return name if name is not None and name.kind == "name" else None


def last_conjunct_before(token: Token, i: int) -> Token | None:
    """The last of a token's conjuncts between it and position i, if any: what an apposition after a list is set
    off from ("A and B, the Iranian president": B)."""
    return max((c for c in token.conjuncts if token.i < c.i < i), key=lambda c: c.i, default=None)


def _of_another_state(memory: ArticleMemory, person: Found, country: str) -> bool:
    """Whether the text or the office-holders lexicon puts a person in office in a state other than `country`."""
    if not country:
        return False
    said = memory.office_of(person)
    if said is not None and (said.country or said.held_country):
        return _placed_elsewhere(said, country)
    served = memory.lexicon.served_on(memory.doc[person.start:person.end].text, memory.published)
    return bool(served) and country not in served


def _placed_elsewhere(office: Office, country: str) -> bool:
    """Whether what the article said of an office (or the lexicon had for it) puts it in a state other than
    `country`."""
    return bool(country) and (office.country or office.held_country) not in {"", country}


def _description_of(memory: ArticleMemory, found: Found, people: list[Found], country: str,
                    title: str) -> Found | None:
    head = memory.doc[found.start:found.end].root
    own_subjects = {memory.doc[memory.person_of(f).end - 1].text for f in memory.founds if f.cls == "Person"
                    and head.sent.start <= f.start < head.sent.end
                    and (_clause_mate(memory.doc, f, head) or _an_object_of_its_subject(memory.doc, f, head))}
    aided = _aided_by(memory, head)
    if aided is not None:  # "Velayati, an adviser to Iran's Supreme Leader": the leader is not Velayati
        own_subjects.add(memory.doc[memory.person_of(aided).end - 1].text)
    compatible = []
    stateless = None  # "the Russian minister" after "Russian Defence Minister X" and "Defence Minister Y": X, whose
    # state the text gave, not Y, named last with none
    for person in people:
        if memory.doc[person.end - 1].text in own_subjects:
            continue  # "X met the envoy": the envoy is not X
        office = memory.offices.get(person, Office())
        said = memory.office_of(person) or office  # "Dedov" after "the Russian ambassador, Alexey Dedov"
        if _placed_elsewhere(said, country) or country and _possessive_state(memory, person) not in {"", country}:
            continue  # "the Iranian president" is not "then-President Donald Trump", the lexicon's American, nor
            # "the Iraqi minister" "Algeria's Mohamed Arkab"
        if title == "counterpart":
            if country and office.country == country:
                return person
            continue
        if core_title(title) in office.titles:  # "the High Commissioner": the person titled so
            if not country or said.country or said.held_country:
                return person
            stateless = stateless or person
            continue
        if not office.titles and title != "counterpart" and _lexicon_holder(memory, person, country, title) is False:
            continue  # "the Iranian foreign minister" is not Lavrov, whom the lexicon has as Russia's
        compatible.append((person, office))
    if any(o.ent_type_ for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
           if o.dep_ == "pobj"):
        return None  # "the commander of the Tajik Air Force": that body's, not whoever the text named without office
    if stateless is not None:
        return stateless
    for person, office in compatible:
        if title != "counterpart" and not office.titles:
            return person
    return None


def _possessive_state(memory: ArticleMemory, person: Found) -> str:
    """The state a name is given as another's by a possessive before it ('Algeria's Mohamed Arkab'), or ''."""
    if person.start < 2 or memory.doc[person.start - 1].lower_ not in {"'s", "'"}:
        return ""
    state = memory.found_at(person.start - 2, {"Country"})
    return state.key if state is not None else ""


def _aided_by(memory: ArticleMemory, head: Token) -> Found | None:
    """The person named in apposition to an aide's role whose object a description is ('X, an adviser to the
    president', 'X, spokesman for the prime minister')."""
    role = aide_serving(head, AIDE_ROLES)
    return memory.found_at(role.head.i, {"Person"}) if role is not None and role.dep_ == "appos" else None


def aide_serving(post: Token, roles: set[str]) -> Token | None:
    """The aide's role when a noun is the post the aide serves ('an adviser to the president': adviser)."""
    prep = post.head
    if post.dep_ != "pobj" or prep.lower_ not in {"to", "for"} or prep.head.lemma_.lower() not in roles:
        return None
    return prep.head


def _lexicon_holder(memory: ArticleMemory, person: Found, country: str, title: str) -> bool | None:
    """Whether the office-holders lexicon has a person the text gives no office in this title (of this country)
    on the article's date; None when it knows no office of that name then."""
    lexicon, on = memory.lexicon, memory.published
    name = memory.doc[person.start:person.end].text
    if not title or not lexicon.holds_any_office(name, on):
        return None
    held = lexicon.office_holder(name, title, on)
    return held is not None and (not country or held.of == country)
