"""Relation rules: verb and noun frames of ontology/lexicon/frames.json applied to a parsed article."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import TypeGuard

from spacy.attrs import LOWER
from spacy.tokens import Token

from .coref import EVENT_ANAPHORS, GROUP_NOUNS, ArticleMemory, antecedents, counted, most_named, name_head
from .dates import resolve_date_span
from .lexicon import Known, fold
from .mentions import (
    AIDES,
    ANAPHORIC_DETS,
    ARMED_SERVICES,
    COMPASS_ADJECTIVES,
    CORPORATE_SUFFIXES,
    DRAFTING_VERBS,
    GATHERING_HEADS,
    MISSIONS,
    MONEY_WORDS,
    PARTY_LETTERS,
    PARTY_POSTS,
    REGIONS,
    RESOLUTION_WORDS,
    SETTLEMENTS,
    VOTING_PREPS,
    Found,
    a_bare_state_body,
    appositions,
    body_words,
    completed,
    drafted_by,
    event_place,
    gathered_for,
    index_before,
    is_election,
    is_legal_form,
    is_party,
    name_after_a_post,
    named_after_of,
    names_listed,
    officials_of_states,
    owns_words_up_to,
    phrase_top,
    took_part,
    verb_in,
    visit_destination,
)
from .modality import yet_to_happen

ACTORS = {"Country", "Organization", "Person"}
DESCRIPTION_POS = {"DET", "NUM", "ADJ", "NOUN", "PROPN"}  # words of "two other Iranian airlines" in a list
LISTING_VERBS = {"add": "to", "put": "on", "place": "on"}  # "added X to its blacklist", "put X on its list"
BLACKLISTS = {"blacklist", "black-list"}
LIST_KINDS = {"sanction", "sanctions", "black", "terror", "terrorist", "entity"}
STATES = {"Country", "Organization"}
VOTED_ON = {"move", "measure", "motion", "proposal", "decision", "step", "text", "draft", "resolution"}
MINISTRY_HEADS = {"ministry", "department", "treasury"}  # "the US Treasury Department": a ministry of one state
SUBJ = {"nsubj", "nsubjpass", "csubj"}
PLURAL_POSSESSIVES = {"their"}
# "at the end of a visit", "on the sidelines of the summit", "on the first leg of a tour": a part of an event
EVENT_PARTS = {"end", "close", "conclusion", "start", "beginning", "eve", "course", "leg", "sidelines", "margins",
               "middle", "outset", "opening", "day"}
SUBJECT_CONTROL = {"promise", "pledge", "vow", "threaten", "offer"}  # "X promised Y to ...": X does it
GROUP_NOUNS_OF_ACTORS = {"company", "firm", "entity", "bank", "individual", "official", "person", "people",
                         "country", "state", "group", "organization", "organisation", "commander", "officer",
                         "airline", "executive"}  # "four Iranian companies, including X"
SEALING_VERBS = {"sign", "ink", "conclude", "win", "clinch", "secure", "finalize", "finalise"}  # a contract so
# made binds its maker to what it is to do
STANCE_NOUNS = {"support": ("supports", {"for"}), "backing": ("supports", {"for"}),
                "endorsement": ("supports", {"of"}), "opposition": ("opposes", {"to"}),
                "hostility": ("opposes", {"to", "towards", "toward"}),
                "recognition": ("supports", {"of"})}  # "Moscow's recognition of Abkhazia", as the verb 'recognise'
RECOGNISABLE = {"Place"}  # what a state may recognise besides states and bodies: a breakaway region
MEASURES = {"ton", "tonne", "barrel", "bushel", "bale", "unit", "shipment", "consignment", "cargo", "batch",
            "quantity", "amount", "volume", "load"}  # "tons of Russian wheat": the goods are in the "of" phrase
MAKER_MARKS = {"made", "built", "manufactured", "produced", "designed"}  # "Soviet-made", "Mitsubishi-built"
BACKING_MARKS = {"backed", "supported", "sponsored"}  # "the Iran-backed Houthis", "the U.S.-backed route"
RUNNERS = {"party", "coalition", "alliance", "government", "opposition", "front", "movement"}  # common nouns for
# those who run in elections, which NER may take for a name ("the Party gained nine seats")
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
# "launched an offensive", "stepped up its strikes", "waged a campaign": the subject's hostile act
WAGING_VERBS = frozenset({"launch", "carry", "conduct", "mount", "wage", "press", "intensify", "escalate", "step",
                          "stage", "begin", "start", "continue", "resume"})
HOLDING_VERBS = {"hold", "have"}  # "held talks", "had a meeting": the verb only carries its noun
CAPITAL_NOUNS = {"capital", "city", "town", "port"}  # "Ashgabat, the capital of Turkmenistan": where it is
PARTY_NOUNS = {"party", "signatory"}  # "X is a party / remains a signatory to the treaty"
# people who act for their states: "U.S. and Indian negotiators reached an agreement"
DELEGATIONS = {"delegation", "team", "negotiator", "mission"}
RELATED_BODIES = {"subsidiary", "unit", "affiliate", "division", "branch", "arm", "parent", "partner", "rival",
                  "client", "customer", "supplier"}  # another body than the one named on them
JOINT_ACTS = {"adopt", "sign", "issue", "approve", "endorse"}  # what leaders do together at a gathering
ROUND_NOUNS = {"round", "series", "session", "cycle"}  # "held two rounds of talks": the talks are held
GUEST_NOUNS = {"guest", "participant", "attendee"}  # "Among the guests are A and B": at the gathering
HANDING_VERBS = {"hand", "deliver", "convey", "present"}  # a message handed over is handed in person
DEPLOYING_VERBS = {"send", "dispatch", "deploy"}  # "the Pacific Fleet sent the corvette Rezkiy": its ship
MESSAGE_NOUNS = {"letter", "message", "invitation", "note", "credentials", "decision", "reply"}
ENVOYS = DELEGATIONS | {"delegate", "representative"}  # sent by a state or a body: "representatives of the IMF"
# "their summit": whose, the text rarely settles; "the Indian and French navies held an exercise": the two states
EVENT_SITTINGS = {"round", "session", "sitting"}  # "the round of talks", "the closing session of the summit"
SIDE_NOUNS = ENVOYS | {"diplomat", "official", "envoy", "government", "authority", "leader", "minister", "navy", "army",
                      "military", "force", "troop"}
STATEMENT_HEADS = {"statement", "communique", "communiqu\u00e9", "declaration"}  # what its issuers say things in
HEADS_OF_SIDES = {"president", "premier", "head", "chief"}  # "the presidents of the three countries"
RECEIVING_VERBS = {"receive", "get", "obtain", "win", "secure"}  # "Panama received 28 mln dlrs in U.S. aid"
GRANTING_VERBS = {"approve", "extend", "grant", "offer", "pledge", "disburse", "provide", "give"}  # "the bank
# approved a loan to Benin": who grants the loan supplies it
ADMISSION_VERBS = {"admit", "accept", "join", "enter", "welcome", "elect"}  # "admitted as its 47th member"
# "a package of sanctions", "its program of sanctions": the sanctions are the package's
PACKAGE_NOUNS = {"package", "program", "programme", "series", "set", "round", "wave", "list", "regime", "raft"}
MET_AT_MOST = 3  # people one sentence places at a meeting who are taken to have met each other
# "the summit brought together the leaders of A and B", "the forum gathered ministers from ten states"
GATHERING_VERBS = {"bring", "gather", "assemble", "draw", "unite", "involve", "include"}
LOCATING_VERBS = {"locate", "situate", "lie"}  # "the port lies in Hormozgan province"
PARTS_OF_A_STATE = COMPASS_ADJECTIVES | {"centre", "center"}  # "located in Iran's south": in Iran
# a party's word for its members, before a role or in apposition: "Republican Senator X", "X, a Texas Democrat"
PARTY_WORDS = {"republican": "republican party", "democrat": "democratic party", "democratic": "democratic party"}
CHAMBER_ROLES = {"senator": "senate", "senators": "senate", "sen.": "senate", "sen": "senate",
                 "representative": "house", "representatives": "house", "rep.": "house", "rep": "house",
                 "congressman": "house", "congresswoman": "house"}  # the word before a member's name
CHAMBER_GROUPS = {"senators": "senate", "congressmen": "house"}  # "the senators -- including A, B and C"
HOUSE_OF_REPRESENTATIVES = ["house", "of", "representatives"]
PARTY_MEMBERS = {"republican", "democrat"}  # the nouns for a member: "fellow Democrat X"
ARMED_HEADS = {"army", "navy", "force", "forces", "guard", "guards", "corps", "fleet", "gendarmerie"}  # a force's name
LEGISLATORS = {"deputy", "lawmaker", "legislator", "mp", "parliamentarian"}  # who sits in a parliament: "a Duma deputy"
PARTY_MEMBER_NOUNS = {"candidate", "nominee", "member", "deputy", "lawmaker", "legislator", "activist"}  # "X, the
# CDU's candidate"
PARTY_ROLES = {"senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "leader", "spokesman",
               "spokeswoman", "candidate", "presidential", "lawmaker", "legislator", "governor", "chairman"}


# an organization 'formed by' its members, 'made up of' them, 'grouping' them: where the members are named
MADE_OF = {"form": "agent", "found": "agent", "create": "agent", "establish": "agent", "make": "of",
           "compose": "of", "consist": "of", "comprise": "object", "group": "object", "unite": "object"}
# "The Arab League groups Egypt, Jordan and Syria": the form the parser takes for a noun after a name
GROUPING_VERBS = {f"{lemma}s" for lemma, where in MADE_OF.items() if where == "object"}


# where a port, a crossing or a pipeline lies by water: "on the Persian Gulf", "off Crete", "under the Black Sea"
SHORE_PREPS = {"on", "off", "over", "under", "across"}
COAST_WORDS = {"coast", "coastline", "shore", "seaboard"}
WATER_WORDS = {"sea", "gulf", "ocean", "river", "lake", "bay", "strait", "straits", "lagoon"}


@dataclass(frozen=True)
class Raw:
    """A fact a rule proposes, still in token coordinates."""

    subject: Found
    predicate: str
    object: Found
    rule: str
    trigger: int  # token index that signals the fact (for modality and the sentence)
    confidence: float
    item: Found | None = None
    item_text: str = ""
    via_coref: bool = False


def _among(voting: Token) -> Token | None:
    """The 'among' of 'among those voting against' (voting a noun or a participle of 'those'), or None."""
    held = voting.head if voting.dep_ in {"acl", "relcl"} and voting.head.lower_ == "those" else voting
    return held.head if held.dep_ == "pobj" and held.head.lower_ == "among" else None


class Frames:
    """The rules over one article, sharing its mentions and coreference memory."""

    def __init__(self, memory: ArticleMemory):
        self.memory = memory
        self.doc = memory.doc
        self.lexicon = memory.lexicon
        self.frames = memory.lexicon.frames
        self._facility_heads = self.lexicon.frame_words("facility_heads") | self.lexicon.frame_words("facility_parts")
        self._body_words = body_words(self.lexicon)
        self._attending = self.lexicon.frame_words("attending_verbs")
        self._meeting_heads = self.lexicon.frame_words("meeting_event_heads")
        self._gathering_heads = self._meeting_heads | GATHERING_HEADS  # a conference, a forum, a session too
        self._phrase_verbs = {key.split()[0] for key in self.frames.get("verbs", {}) if " " in key}  # "take part"
        self._election_results = self.lexicon.frame_words("election_result_verbs")
        self._designating = self.lexicon.frame_words("designating_verbs")
        self._protesting = self.lexicon.frame_words("rupture_verbs") | self.lexicon.frame_words("envoy_rebuff_verbs")
        self._elections = [f for f in memory.founds if is_election(self.doc, f, self.lexicon)]
        self._among: list[Token] | None = None  # "..., among them A, B and C", read when first asked for
        self.at: dict[int, Found] = {}
        for found in memory.founds:
            for i in range(found.start, found.end):
                self.at[i] = found

    # -- arguments -------------------------------------------------------------------------

    def entities(self, token: Token, classes: set[str] = ACTORS) -> tuple[list[Found], bool]:
        """The mentions a noun phrase headed by `token` stands for (with its conjuncts), and whether
        coreference was used."""
        found, coref, via = self._one(token, classes)
        if not found and token.lemma_.lower() in SIDE_NOUNS:
            # "special representatives and senior officials of A and B took part": the states the last says
            found, coref, via = next((hit for c in token.conjuncts if c.lemma_.lower() in SIDE_NOUNS
                                      and (hit := self._one(c, classes))[0]), (found, coref, via))
        if not found:
            return [], False
        group = list(found)
        if found[0].cls == "Person" and found[0].kind == "name":  # "A, his Prime Minister B, and C": a list
            for child in token.children:
                if child.dep_ == "appos" and child.i not in self.at:  # "A, his Russian counterpart B and C": the
                    child = next((c for c in child.children if c.dep_ == "appos"), child)  # parser hangs B on the
                listed = self.at.get(child.i)  # description it names
                if child.dep_ != "appos" or listed is None or listed.cls != "Person" or listed.kind != "name" \
                        or listed is found[0]:
                    continue
                more = [f for c in child.conjuncts if (f := self.at.get(c.i)) is not None and f.cls == "Person"
                        and f.kind == "name"]  # "A, B, C and D also attended": the parser hangs B on A, C and D on B
                after = max(listed.end, child.i + 1)
                if more or after < len(self.doc) and self.doc[after].text in {",", "and"}:  # not "A, B told
                    group += [listed, *more]  # reporters"
            group += self._titled_pair(token, found[0])
        if found[0].cls == "Country" and any(c.dep_ == "appos" and getattr(self.at.get(c.i), "cls", "") == "Country"
                                             for t in (token, via) for c in t.children):
            group += self._country_list(found[0].start, step=1)  # "Argentina, France, Gabon and Japan were among
            # those voting", "all ten member states: Afghanistan, Azerbaijan, ...": the parser takes the next state of
            # a list for the apposition of the one before; the run of names is the list
        for conj in {c.i: c for t in (token, via) for c in t.conjuncts if not _told_apart(t)}.values():
            more, used, _ = self._one(conj, classes)
            group += more
            coref = coref or used
            for state in (f for f in more if f.cls == "Country" and f.end - f.start > 1):
                for inner in self.doc[state.start:state.end]:  # "..., the Republic of Azerbaijan and Armenia": the
                    for last in inner.conjuncts:  # parser hangs the list's last state on the name's "of" phrase
                        if last.i >= state.end and (listed := self.at.get(last.i)) is not None \
                                and listed.cls == "Country" and "Country" in classes:
                            group.append(listed)
        return _unique(group), coref

    def _leader_of_delegation(self, delegation: Token) -> list[Found]:
        """The person named as who leads or heads a delegation ("the delegation led by X", "headed by X")."""
        return [f for verb in delegation.children if verb.dep_ == "acl" and verb.lemma_.lower() in {"lead", "head"}
                for name in self._agents(verb)
                if (f := self.at.get(name.i)) is not None and f.cls == "Person" and f.kind == "name"][:1]

    def _state_of_armed_service(self, found: Found) -> Found | None:
        """The state of an armed service named by its nationality ("the Ukrainian army"), which stands for the
        state as a side; None for any other mention."""
        if found.cls != "Organization" or found.key:
            return None
        owner = self.at.get(found.start - 2) if found.start >= 2 and self.doc[found.start - 1].tag_ == "POS" else None
        if owner is not None and owner.cls == "Country" \
                and tuple(t.lower_ for t in self.doc[found.start:found.end]) in ARMED_SERVICES:
            return owner  # "Russia's army"
        words = tuple(t.lower_ for t in self.doc[found.start + 1:found.end])
        return self._demonym_at(self.doc[found.start]) if words in ARMED_SERVICES else None

    def _named_after_a_comma(self, role: Token) -> Found | None:
        """'chaired by the host, Turkmen President X.': the person a role noun's apposition names, which the parser
        hung elsewhere; only a name that closes the clause, after nothing but its title."""
        i = role.right_edge.i + 1
        if role.right_edge.i != role.i or i + 1 >= len(self.doc) or self.doc[i].text != ",":
            return None
        k = i + 1
        while k < len(self.doc) and k - i <= 5 and k not in self.at and self.doc[k].is_title:
            k += 1
        named = self.at.get(k)
        if named is None or named.cls != "Person" or named.kind != "name" or named.start != k:
            return None
        after = self.doc[named.end] if named.end < len(self.doc) else None
        return named if after is None or after.is_punct else None

    def _titled_pair(self, token: Token, person: Found) -> list[Found]:
        """'Iranian President A and Russian President B signed': the parser hangs A under B's title; A is a
        subject too."""
        doc = self.doc
        for i in range(max(token.left_edge.i, 1), person.start):
            before = self.at.get(i - 1)
            if doc[i].lower_ == "and" and before is not None and before.cls == "Person" and before.kind == "name" \
                    and all(t.pos_ in {"ADJ", "PROPN", "NOUN"} and getattr(self.at.get(t.i), "cls", "") != "Person"
                            for t in doc[i + 1:person.start]):
                return [before]
        return []

    def _one(self, token: Token, classes: set[str]) -> tuple[list[Found], bool, Token]:
        """The mention at a token, through a description, an apposition or a pronoun's antecedent."""
        if token.lower_ in {"whom", "which"} and token.dep_ == "pobj" and token.head.head.dep_ == "relcl":
            token = _for_relative(token, token.head.head)  # "X, with whom Putin held talks": X
        found = self.at.get(token.i)
        if found is not None and found.kind == "description":
            ref = self.memory.refs.get(found)
            if ref is not None and ref.cls in classes:
                return [ref], True, token
            appositive = self._named_after_a_comma(token) if found.cls == "Person" and "Person" in classes else None
            if appositive is not None:
                return [appositive], False, token
        elif found is not None and found.cls in classes:
            state = self._state_of_armed_service(found) if "Country" in classes else None
            return [state or found], False, token  # "equipped the Ukrainian army": Ukraine
        described = token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.frame_words("org_descriptors") \
            and token.lemma_.lower() not in RELATED_BODIES  # "the Mogurt trading company", not "a Toshiba subsidiary"
        modelled = "Product" in classes and token.pos_ == "NOUN" and found is None
        for child in token.children:
            names = child.dep_ in {"compound", "appos"} \
                and (token.pos_ == "PROPN" or child.dep_ == "appos" or described)
            model = modelled and child.dep_ in {"compound", "amod", "nmod"}  # "built the Su-35 jets": the model
            if names or model:
                inner = self.at.get(child.i)  # "the Mogurt trading company signed": the company named
                if inner is not None and inner.cls in classes and inner.kind != "description" \
                        and (not described or child.dep_ == "appos" or inner.cls == "Organization") \
                        and (names or inner.cls == "Product"):
                    return [inner], False, child
        if "Person" in classes and found is None and token.lemma_.lower() in AIDES:
            aided = self.prep_objects(token, {"to", "for"})  # "an adviser to the UAE president, Anwar Gargash,":
            named = [f for t in aided for c in t.children if c.dep_ == "appos"  # the parser hangs the adviser's
                     and (f := self.at.get(c.i)) is not None and f.cls == "Person" and f.kind == "name"]  # name on
            if named:  # the post the adviser serves
                return named[:1], False, token
        if classes == {"Person"} and found is None and token.lemma_.lower() == "delegation":
            leaders = self._leader_of_delegation(token)  # "received the Iranian delegation led by X": X
            if leaders:
                return leaders, False, token
        if "Event" in classes and found is None and token.lower_ in EVENT_SITTINGS:
            events = [f for t in self.prep_objects(token, {"of"}) if (f := self.at.get(t.i)) is not None
                      and f.cls == "Event"]
            if events:  # "the two-day round of talks in Astana brought together ...": the talks
                return events, False, token
        if "Person" in classes and found is None and token.lower_ in self.lexicon.title_words:
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}]
            ends = [token.right_edge.i, preps[0].right_edge.i] if preps else []  # the second when a clause follows
            if token.dep_ == "conj" and token.i + 1 < len(self.doc):
                ends.append(token.i + 1)  # "with X and Turkish President Y": the parser makes the title the conjunct
            ends += [c.i for c in token.conjuncts if c.i > token.i and all(  # "with Pakistan's Deputy Prime Minister
                t.lower_ == "and" or t.is_title for t in self.doc[token.i + 1:c.i])]  # and Foreign Minister X": X
            posted = name_after_a_post(token)  # "met Iran's Ambassador to Russia Kazem Jalali"
            if posted is not None:
                ends.append(posted.i)
            holder = next((h for i in ends if (h := self.at.get(i)) is not None and h.cls == "Person"
                           and h.kind == "name" and h.start > token.i), None)
            if holder is not None:
                return [holder], False, token  # "by Minister of Roads Mehrdad Bazrpash": the parser makes the
                # title the object and hangs the name under its portfolio
        if "Person" in classes and found is None and token.lower_ in self.lexicon.title_words:
            appositive = self._named_after_a_comma(token)
            if appositive is not None:
                return [appositive], False, token
        if "Facility" in classes and found is None and token.lemma_.lower() in self._facility_heads:
            named = _unique([f for i in range(token.left_edge.i, token.i)
                             if (f := self.at.get(i)) is not None and f.cls == "Facility"])
            if named:  # "runs the Angra and Resende plants": the facilities the noun's names name
                return named, False, token
        if "Country" in classes and (token.lemma_.lower() in SIDE_NOUNS or token.tag_ == "NNS"
                                     and token.lemma_.lower() in HEADS_OF_SIDES):  # "the presidents of A and B"
            sent_by = {"Country", "Organization"} & classes if token.lemma_.lower() in ENVOYS else {"Country"}
            sides = self._nationalities(token) or [  # "representatives from Brazil and Mexico attended"
                f for t in self.prep_objects(token, {"from", "of"}) for c in (t, *t.conjuncts)
                if (f := self.at.get(c.i)) is not None and f.cls in sent_by] or [  # "delegates of the World Bank"
                f for c in token.children if c.dep_ in {"compound", "nmod"} and "Organization" in classes
                and (f := self.at.get(c.i)) is not None and f.cls == "Organization"  # "EU ministers sanctioned X"
                and self.lexicon.is_league(f.key)]
            if sides:  # "U.S. and Indian negotiators": the two states
                return sides, False, token
        if "Country" in classes and token.tag_ == "NNS" and token.lemma_.lower() in SIDE_NOUNS | HEADS_OF_SIDES:
            sides = [f for t in self.prep_objects(token, {"from", "of"}) if t.i not in self.at
                     and t.lower_ in GROUP_NOUNS and counted(t)
                     for f in antecedents(self.memory, t) if f.cls == "Country"]
            if sides:  # "the presidents of the three countries met": the states those are (as many as named
                return sides, True, token  # together; "the two countries" is too often a pair named long before)
        listed = self._among_them(token, classes) or self._listed_after_dash(token, classes)
        if listed:
            return listed, False, token
        if classes == {"Agreement"} and (token.lower_ == "it" or token.lemma_.lower() == "document" and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children)):
            # "it was signed by X", "X and Y signed the documents": the last agreement named, and rather the last
            # one the same verb took ("signed an agreement that is to replace the interim deal. ... it was signed")
            named = self.memory.before(token.i, {"Agreement"})
            same_verb = [f for f in named if (root := self.doc[f.start:f.end].root).dep_ in {"dobj", "nsubjpass"}
                         and root.head.lemma_ == token.head.lemma_]
            last = (same_verb or named)[:1]
            return last, bool(last), token
        if token.lower_ == "it" and token.dep_ in SUBJ and "Event" in classes:
            # "The forum opened. It brought together ...", "The meeting was chaired by X. It was attended by Y": the
            # event the sentence before was about
            events, _ = self._all(self.memory.subjects_before(token.i), {"Event"})
            if events:
                return events[:1], True, token
        refs = [r for r in antecedents(self.memory, token) if r.cls in classes]
        return refs, bool(refs), token

    def _among_them(self, group: Token, classes: set[str]) -> list[Found]:
        """'Delegates from 12 countries took part, among them A, B and C', 'officials attended the ceremony, among
        them X': the members named of a plural subject or object, wherever the parser hangs the list."""
        if group.tag_ != "NNS" or group.dep_ not in SUBJ | {"dobj"} or group.i in self.at:
            return []
        if self._among is None:  # most articles have no "among", and counting words is faster than a token walk
            written = self.doc.vocab.strings["among"] in self.doc.count_by(LOWER)
            self._among = [t for t in self.doc if t.lower_ == "them" and t.i and t.nbor(-1).lower_ == "among"
                           and t.head.i == t.i - 1] if written else []
        them = next((t for t in self._among if group.i < t.i < group.sent.end), None)
        if them is None or them.i + 1 >= group.sent.end \
                or any(t.tag_ == "NNS" and t.dep_ in SUBJ | {"dobj"} for t in self.doc[group.i + 1:them.i]):
            return []  # the nearest plural subject or object is the group "them" stands for
        head = self.doc[them.i + 1]
        while head.head.i > them.i and head.head.i != head.i:
            head = head.head  # "among them Armenian Prime Minister Nikol Pashinyan, ...": the list's first name
        listed, _ = self._all([head], classes)
        return listed

    def _listed_after_dash(self, group: Token, classes: set[str]) -> list[Found]:
        """'attended by the foreign ministers of the member states -- A of X, B of Y and C of Z --': the people a
        plural group of officials names after a dash or a colon, each maybe with the state they are of."""
        if group.tag_ != "NNS" or "Person" not in classes or group.lemma_.lower() not in SIDE_NOUNS \
                or group.i in self.at:
            return []
        end = group.sent.end
        dash = next((t.i for t in self.doc[group.i + 1:end] if t.text in {"--", "\u2014", ":"}), None)
        if dash is None or not owns_words_up_to(group, dash):
            return []
        out, _ = names_listed(self.doc, dash + 1, 1, self.at)
        return out if len(out) > 1 else []

    def _nationalities(self, noun: Token) -> list[Found]:
        """The countries named as modifiers of a noun ("Soviet and American diplomats", "U.S. officials")."""
        out: list[Found] = []
        for child in noun.children:
            if child.dep_ == "poss" and getattr(self.at.get(child.i), "cls", "") == "Country":
                out.append(self.at[child.i])  # "Russia's delegation"
                continue
            if child.dep_ not in {"amod", "compound", "nmod"}:
                continue
            for word in (child, *child.conjuncts):
                found = self.at.get(word.i)
                if found is not None and found.cls == "Country":
                    out.append(found)
                elif (country := self._demonym_at(word)) is not None:
                    out.append(country)
        return _unique(out)

    def subjects(self, verb: Token) -> list[Token]:
        """The subject tokens of a verb, looking through xcomp, conj and relative clauses."""
        agents = self._agents(verb)
        if agents:  # "vessels were confirmed hit by Iran and Iraq": who does it is the agent
            return agents
        token = verb
        raised = False  # "Egypt and Russia are expected to sign": the passive subject of the raising verb
        for _ in range(4):
            subs = [c for c in token.children if c.dep_ in ({"nsubj", "csubj", "nsubjpass"} if raised
                                                             else {"nsubj", "csubj"})]
            if len(subs) > 1:  # "Guo Jiakun: On January 17, President Xi had a call": a transcript's speaker
                subs = [s for s in subs if s.i + 1 >= len(self.doc) or self.doc[s.i + 1].text != ":"] or subs
            if subs:  # "Gorbachev, who had talks": the relative pronoun stands for the noun it hangs on
                return [_for_relative(s, token) for s in subs] + _as_did(token)
            if not raised and any(c.dep_ == "nsubjpass" for c in token.children):
                return []  # "the firm was accused of fraud, X said": a passive without 'by' names no doer
            sealed = self._sealed_contract(token)
            if sealed is not None:  # "signed a protocol to buy asbestos": who signed it buys
                return self.subjects(sealed.head)
            if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"} \
                    and not any(c.dep_ == "agent" for c in token.children):  # "a treaty signed by X": X signs
                return [token.head]
            if token.dep_ == "xcomp" and token.head.lemma_.lower() not in SUBJECT_CONTROL:
                controller = [c for c in token.head.children if c.dep_ == "dobj"]
                if controller:  # "asked France to stop selling arms": France would sell them
                    return controller
            if token.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp"} and token.head.i != token.i:
                raised = token.dep_ == "xcomp"
                token = token.head
                continue
            break
        if token.dep_ == "ROOT" and token.i > 0:  # "Hosted by X, the meeting brought together ...": the parser
            before = next((a for a in self.doc[token.i - 1].ancestors if a.dep_ == "appos"), None)  # makes the
            if before is not None and before.right_edge.i == token.i - 1 and before.pos_ in {"NOUN", "PROPN"}:
                return [before]  # subject an apposition of the host
        return self._thanked(verb)

    def _counterparties(self, verb: Token, others: list[Found], coref: bool) -> Iterator[Raw]:
        """'signed a protocol to buy asbestos from Zimbabwe': the other side of a sale a signed contract says is a
        party to the contract too."""
        sealed = self._sealed_contract(verb)
        contract = self.at.get(sealed.i) if sealed is not None else None
        if contract is None or contract.cls != "Agreement":
            return
        for other in others:
            if other.cls in STATES:
                yield Raw(other, "partyTo", contract, "verb:sealed-contract-side", verb.i, 0.7, via_coref=coref)

    def _sealed_contract(self, clause: Token) -> Token | None:
        """'signed an agreement to sell 500 cars to Hungary', 'won a contract to supply Colombia with X': the
        contract whose sale a clause says, when its subject signed or won it; None otherwise (who builds under a
        contract the parties signed is not every party)."""
        if clause.dep_ not in {"acl", "relcl"}:  # asked of every clause a subject is looked for in: cheap first
            return None
        contract = clause.head
        frame = self.frames.get("verbs", {}).get(clause.lemma_.lower(), {})
        if frame.get("relation") not in {"supplies", "acquires"} \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or contract.dep_ != "dobj" \
                or contract.lemma_.lower() not in self.lexicon.frame_words("party_nouns") \
                or contract.head.lemma_.lower() not in SEALING_VERBS:
            return None
        return contract

    @staticmethod
    def _agents(verb: Token) -> list[Token]:
        """The objects of a passive verb's 'by' ("attended by A and by B")."""
        bys = [b for c in verb.children if c.dep_ == "agent" for b in (c, *c.conjuncts)]
        if bys:
            bys += [c for c in verb.children if c.dep_ == "conj" and c.lower_ == "by"]
        agents = [g for b in bys if b.lower_ == "by" for g in b.children if g.dep_ == "pobj"]
        if not agents and len(bys) == 1 and verb.dep_ == "acl" and verb.head.dep_ == "nsubj":
            # "A Russian delegation led by X held talks": the parser makes X the subject of "held"
            agents = [c for c in verb.head.head.children if c.dep_ == "nsubj" and c.left_edge.i == bys[0].i + 1]
        return agents

    def _thanked(self, verb: Token) -> list[Token]:
        """'thanked X for supporting', 'gratitude to X for supporting': X is who supports."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ not in {"for", "of"}:
            return []
        owner = prep.head
        if owner.pos_ in {"NOUN", "PROPN", "PRON"}:
            return [owner]
        candidates = [c for c in owner.children if c.dep_ in {"dobj"}]
        candidates += [g for c in owner.children if c.dep_ == "prep" and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"]
        if owner.dep_ == "dobj":
            candidates += [g for c in owner.head.children if c.dep_ == "prep" and c.lower_ == "to"
                           for g in c.children if g.dep_ == "pobj"]
        return candidates

    def objects(self, verb: Token) -> list[Token]:
        """Direct objects of a verb (or its passive subject)."""
        objs = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
        objs += [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not objs and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children):
            objs = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "X arrived in Tehran and
            # was received by Y": the first verb's subject is the second's
        elif not objs and verb.dep_ == "conj" and verb.tag_ == "VBN" \
                and not any(c.dep_ in {"nsubj", "aux", "auxpass"} for c in verb.children) \
                and any(c.dep_ == "auxpass" for c in verb.head.children):
            objs = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "X was designed and built by Y": the
            # passive subject is both verbs'
        # the parser hangs a clause on a name's last word: "the Convention on the Legal Status of the Caspian Sea,
        # which A and B signed", "a memorandum on political consultations, signed by A and B"
        top = phrase_top(verb.head) if verb.dep_ in {"acl", "relcl"} else verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            objs.append(verb.head)  # "an agreement signed by Gandhi and Reagan"
            if top != verb.head and verb.i > 0 and verb.nbor(-1).text == ",":
                objs.append(top)
        # "the accord that Egypt and Sudan signed", and where the parser sees a relative clause, "the pact Moscow
        # concluded with Pyongyang": the noun the clause qualifies
        relative = [o for o in objs if o.lower_ in RELATIVE_PRONOUNS] if verb.dep_ in {"relcl", "acl"} else []
        zero = verb.dep_ == "relcl" and not objs and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                                                         for c in verb.children)
        if relative or zero:
            objs = [o for o in objs if o not in relative] + [verb.head] + ([top] if top != verb.head else [])
        return objs

    def prep_objects(self, head: Token, preps: set[str]) -> list[Token]:
        """Objects of the given prepositions under a head, and of prepositions conjoined to them ("with A and
        with B")."""
        found = [c for c in head.children if c.dep_ in {"prep", "dative"} and c.lower_ in preps]
        found += [c for p in found for c in p.conjuncts if c.lower_ == p.lower_]
        return [g for c in found for g in c.children if g.dep_ == "pobj"] + \
               [c for c in head.children if c.dep_ == "dative" and c.pos_ != "ADP"]

    def _clause_preps(self, verb: Token, preps: set[str]) -> list[Token]:
        """The given prepositions under a verb or anywhere in its direct object, where the parser may hang them
        ("charged France, ... and the EC with unfair practices"), and those conjoined to them ("the assets of A and
        of B")."""
        heads = [verb] + [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree]
        return [c for h in heads for c in h.children if c.lower_ in preps and (
            c.dep_ == "prep" or c.dep_ == "conj" and c.head.dep_ == "prep" and c.head.lower_ == c.lower_)]

    # -- rules -----------------------------------------------------------------------------

    def run(self) -> Iterator[Raw]:
        """Every rule over every token."""
        raws = list(self._rules())
        yield from raws
        yield from self.met_at_meetings(raws)
        yield from self.facilities_at_home(raws)

    def _rules(self) -> Iterator[Raw]:
        verbs = self.frames.get("verbs", {})
        staging = self.lexicon.frame_words("staging_verbs")
        for token in self.doc:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in verbs:
                yield from self.verb_frame(token, lemma, verbs[lemma])
            if token.pos_ == "VERB" and lemma in self._phrase_verbs:  # "took part in the forum": a verb and its
                for phrase in (f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "dobj"):  # object, a frame
                    if phrase in verbs:
                        yield from self.verb_frame(token, phrase.replace(" ", "-"), verbs[phrase])
            if token.pos_ in {"NOUN", "PROPN"}:
                yield from self.noun_frames(token, lemma)
            if token.lower_ in MAKER_MARKS and token.dep_ == "amod":
                yield from self._made_by(token)
            if token.dep_ == "amod" and (token.lower_ in BACKING_MARKS or token.lower_.rsplit("-", 1)[-1] in
                                         BACKING_MARKS and "-" in token.text):
                yield from self._backed_by(token)
            if token.pos_ == "VERB" and verb_in(token, frozenset({"apply", "bid"})):
                yield from self._applies_for(token)
            if token.pos_ == "VERB" and lemma == "vote" or token.lower_ == "voting" and _among(token) is not None:
                yield from self._votes(token)  # "A and B were among those voting in favour" (a noun to the parser)
            if token.pos_ == "VERB" and lemma in LISTING_VERBS:
                yield from self._blacklisted(token, LISTING_VERBS[lemma])
            if token.pos_ == "VERB" and lemma in self._designating:
                yield from self._outlawed(token)
            if token.pos_ == "VERB" and (lemma in {"attend", "participate"} or took_part(token)):
                yield from self._attended_the_event_just_named(token)
            if token.pos_ == "VERB" and lemma in JOINT_ACTS:
                yield from self._leaders_acted_together(token)
            if token.pos_ == "VERB" and lemma == "host":
                yield from self._hosted_guests(token)
            if token.pos_ == "VERB" and lemma in {"lead", "head"}:
                yield from self._delegation_led(token)
            if token.pos_ == "VERB" and lemma in self._protesting:
                yield from self._diplomatic_protest(token)
            if token.pos_ == "VERB" and lemma in self._election_results and self._elections:
                yield from self._election_result(token)
            if token.pos_ == "VERB" and lemma == "represent":
                yield from self._represented_at(token)
            if token.pos_ == "VERB" and lemma in GATHERING_VERBS:
                yield from self._gathered(token)
            if token.pos_ == "VERB" and token.tag_ == "VBN" and verb_in(token, staging):
                yield from self._hosted_by(token)
            if token.lower_ == "under" and token.dep_ == "prep" and token.head.pos_ == "VERB":
                yield from self._under_an_agreement(token, verbs.get(token.head.lemma_.lower(), {}))
            if token.pos_ == "VERB" and lemma == "call":
                yield from self._called_on(token)
            if token.pos_ == "VERB" and lemma in HANDING_VERBS:
                yield from self._handed_a_message(token)
            if token.pos_ == "VERB" and lemma in DEPLOYING_VERBS:
                yield from self._ships_sent(token)
            if token.pos_ == "VERB" and lemma in LOCATING_VERBS:
                yield from self._located_in(token)
            if token.lower_ == "war" and token.dep_ == "pobj" and token.head.lower_ == "at":
                yield from self._at_war(token)
            if token.pos_ == "VERB" and token.lemma_.lower() in MADE_OF and token.dep_ in {"acl", "relcl"}:
                yield from self._made_of(token, MADE_OF[token.lemma_.lower()], token.head)
            elif token.pos_ == "VERB" and MADE_OF.get(token.lemma_.lower()) in {"object", "of"}:  # "The GCC
                # groups A, B", "The ATPC consists of A, B", "the council is composed of A, B"
                subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
                    c for c in token.children if c.dep_ == "compound"]  # "The GCC groups ...": the parser may take
                for subject in subjects:  # the body's name for a word of the verb's
                    yield from self._made_of(token, MADE_OF[token.lemma_.lower()], subject)
        yield from self.event_participation()
        yield from self.demonym_locations()
        yield from self.war_sides()  # before the hyphenated sides: a war's sides hold whatever the sentence reports
        yield from self.hyphenated_sides()
        yield from self.drafters()
        yield from self.statement_issuers()
        yield from self.member_lists()
        yield from self.city_then_country()
        yield from self.places_within()
        yield from self.based_locations()
        yield from self.owned_equipment()
        yield from self.events_named_after_places()
        yield from self.election_places()
        yield from self.party_affiliations()
        yield from self.chamber_members()
        yield from self.ranks_in_forces()
        yield from self.occupations()

    def verb_frame(self, verb: Token, lemma: str, frame: dict) -> Iterator[Raw]:
        """A verb frame: subject, object and prepositional arguments to a relation."""
        relation = frame["relation"]
        base = frame.get("confidence", 0.8)
        if frame.get("finite") and verb.tag_ in {"VBG", "VBN"}:
            return  # "the guest house, now belonging to the ministry": the participle's subject is no clause's
        if frame.get("requires_preps") and not self._clause_preps(verb, set(frame["requires_preps"])):
            return  # "charged X with unfair practices" accuses; "charged a fee" does not
        if frame.get("excluding_preps") and self._clause_preps(verb, set(frame["excluding_preps"])):
            return  # "ordered aircraft to Iran" sends them; "ordered aircraft from Airbus" buys them
        if any(c.dep_ in {"advmod", "prt"} and c.lower_ in frame.get("cancelling_adverbs", ()) for c in verb.children):
            return  # "summoned its negotiators home": called back, not met
        subjects, sub_coref = self._all(self.subjects(verb), set(frame.get("subject_classes", ACTORS)))
        if not subjects and frame.get("hostile"):  # "Russian aircraft struck ...", "Pakistani drones and missiles hit"
            subjects = self._armed_sides(self.subjects(verb))
        if not subjects:
            return
        rule = f"verb:{lemma}"
        if relation == "leaderOf" and any(o.lemma_.lower() in DELEGATIONS for o in self.objects(verb)):
            relation = "ministerOf"  # "heads the Soviet delegation": an official of that state, not its leader
        if lemma in {"receive", "host", "welcome", "greet"}:
            guests, g_coref = self._all(self.objects(verb), {"Person"})
            for host in (s for s in subjects if s.cls == "Person"):
                for guest in guests:
                    yield Raw(host, "metWith", guest, rule, verb.i, 0.8, via_coref=sub_coref or g_coref)
            if guests:
                return
        if relation in {"supplies", "acquires"}:
            yield from self._trade(verb, frame, subjects, rule, base, sub_coref)
            return
        arguments = self.objects(verb) + self.prep_objects(verb, set(frame.get("preps", [])))
        if frame.get("no_pronoun_object"):
            arguments = [a for a in arguments if a.pos_ != "PRON"]
        if frame.get("preps_in_object"):  # "blamed a spate of blasts in the cities on the ANC": the parser hangs
            arguments += [g for p in self._clause_preps(verb, set(frame["preps"])) for g in p.children
                          if g.dep_ == "pobj"]  # the 'on' inside the object
        if relation == "metWith":  # "discussed the missile issue with Shultz": the parser hangs 'with' on the topic
            arguments += [t for o in self.objects(verb) for t in self.prep_objects(o, set(frame.get("preps", [])))]
        classes = set(frame["target_classes"]) if frame.get("target_classes") else self._target_classes(relation)
        if frame.get("hostile"):
            targets, obj_coref = self._attacked(verb, arguments, classes), False
        else:
            targets, obj_coref = self._all(arguments, classes)
        if frame.get("object_only"):  # "rejected the U.S. proposal": the proposal, not the state that made it
            targets = [t for t in targets if not any(a.left_edge.i <= t.start and t.end <= a.i for a in arguments)]
        # "chaired the meeting": took part in it, where "chaired the council" leads; "joined the Convention on X": a
        # party to it, where "joined the bloc" is a member
        for key, cls, actors in (("event_relation", "Event", ACTORS), ("agreement_relation", "Agreement", STATES)):
            if frame.get(key):
                objects, o_coref = self._all(arguments, {cls})
                for subject in (s for s in subjects if s.cls in actors):
                    for thing in objects:
                        yield Raw(subject, frame[key], thing, rule, verb.i, base, via_coref=sub_coref or o_coref)
        if relation == "partyTo":
            if lemma != "agree" and not frame.get("object_only"):  # "the formula he agreed upon with X", "issued
                targets = targets or self._agreement_in(verb)  # a communique reaffirming the accord": only the thing
            partners, p_coref = self._all(self.prep_objects(verb, set(frame.get("party_preps", []))), STATES)
            for partner in partners:  # "the EC agreed a trade deal with Argentina": both are parties
                for target in targets:
                    yield Raw(partner, "partyTo", target, rule, verb.i, base * 0.9, via_coref=sub_coref or p_coref)
        if relation in {"supports", "opposes"} and not targets and not frame.get("object_only"):
            owners = [c for o in self.objects(verb) for c in o.children if c.dep_ == "poss"]
            targets, obj_coref = self._all(owners, STATES | {"Person"})
        if relation == "builds" and not targets:
            targets = self._facility_part(verb)
        for subject in subjects:
            for target in targets:
                predicate = relation
                if relation == "partyTo" and subject.cls == "Person":
                    predicate = frame.get("person_relation", "")
                    country = self.memory.country_of(subject)
                    if country is not None:  # a leader or minister signs for their country
                        yield Raw(country, "partyTo", target, f"{rule}:signatory-country", verb.i, base * 0.85,
                                  via_coref=sub_coref or obj_coref)
                    if not predicate:
                        continue
                if relation == "partyTo" and (state := self._state_of_legislature(subject)) is not None:
                    if state.key != target.key:  # "the Duma ratified the treaty": Russia is the party
                        yield Raw(state, "partyTo", target, f"{rule}:for-state", verb.i, base * 0.9,
                                  via_coref=sub_coref or obj_coref)
                    continue
                if predicate == "ministerOf" and (subject.cls != "Person" or self._leads_a_state(subject)):
                    continue  # "Kohl led the West German delegation": the chancellor is no official of it
                if relation == "metWith" and (subject.cls != "Person" or target.cls != "Person"):
                    continue
                if relation == "cooperatesWith" and subject.cls == "Person":
                    continue
                if predicate in {"memberOf", "seeksMembershipOf"} and subject.cls == "Person" \
                        and self.lexicon.is_league(target.key) and self.memory.country_of(subject) is not None:
                    continue  # "the ministers discussed Iran's bid to join the SCO": a state's official does not
                    # join a league of states; the state does
                if subject.key and subject.key == target.key:
                    continue
                yield Raw(subject, predicate, target, rule, verb.i, base, via_coref=sub_coref or obj_coref)
                if frame.get("state_act") and subject.cls == "Person" and self._leads_a_state(subject) \
                        and (state := self.memory.country_of(subject)) is not None and state.key != target.key:
                    yield Raw(state, predicate, target, f"{rule}:for-state", verb.i, base * 0.9,
                              via_coref=sub_coref or obj_coref)  # "Putin recognised X": so did Russia
        if relation == "cooperatesWith" and len(subjects) > 1 and not targets:
            yield from self._pairs(subjects, rule, verb.i, base, sub_coref)
        people = _unique([s for s in subjects if s.cls == "Person"])
        if relation == "metWith" and len(people) > 1 and not targets:  # "A and B met in Geneva": each other
            for a, b in combinations(people, 2):
                if a.key != b.key or not a.key:
                    yield Raw(a, "metWith", b, f"{rule}:each-other", verb.i, base, via_coref=sub_coref)

    def _attacked(self, verb: Token, arguments: list[Token], classes: set[str]) -> list[Found]:
        """Who an attack hit: the side named ('Israel struck Iran'; not 'struck a deal', nor whom coreference
        guesses 'the separatist groups it struck' are), else the side whose places it hit ('struck Iranian nuclear
        facilities', 'struck Houthi targets', 'hit hideouts of the BLA', 'struck what it called two bases of X')."""
        named, guessed = self._all(arguments, classes - {"Agreement"})
        if named and not guessed:
            return named
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"
                    for o in c.children if o.dep_ == "oprd"]  # "what it called X": X
        places = self.lexicon.frame_words("target_nouns")
        out: list[Found] = []
        for noun in (w for o in objects for w in (o, *o.conjuncts)):
            out += self._nationalities(noun)
            if noun.lemma_.lower() in places:
                owners = [c for c in noun.children if c.dep_ in {"compound", "amod"}] + self.prep_objects(noun, {"of"})
                out += [f for c in owners if (f := self.at.get(c.i)) is not None and f.cls in STATES]
        return _unique(out)

    def _state_of_legislature(self, body: Found) -> Found | None:
        """The state whose parliament a body is ('the State Duma', 'the Dutch parliament'), as a mention at the
        body's; None for any other body, and for an assembly of no one state (the UN General Assembly)."""
        if body.cls != "Organization":
            return None
        words = self.lexicon.frame_words("legislature_words")
        name = fold(self.doc[body.start:body.end].text).removeprefix("the ")
        if name not in words and name.rsplit(" ", 1)[-1] not in words:
            return None
        known = self.lexicon.by_key.get(body.key)
        if known is not None:
            state = self.lexicon.state_on(known.country, self.memory.published) if known.country else None
            return Found(body.start, body.end, "Country", state.key, "demonym") if state is not None else None
        return self._demonym_at(self.doc[body.start + (self.doc[body.start].lower_ == "the")])

    def _leads_a_state(self, person: Found) -> bool:
        """Whether the article or the office-holders lexicon makes a person a head of state or government."""
        office = self.memory.office_of(person)
        if office is not None and any(self.lexicon.title_relation(t) == "leaderOf" for t in office.titles):
            return True
        name = self.doc[person.start:person.end]
        return self.lexicon.leads_on(name.text, self.memory.published)  # "Ortega" alone may be Daniel Ortega

    def _target_classes(self, relation: str) -> set[str]:
        return {
            "partyTo": {"Agreement"}, "memberOf": {"Organization"}, "metWith": {"Person"},
            "builds": {"Facility", "Product"}, "operates": {"Facility", "Product"}, "owns": {"Facility", "Product"},
            "supports": ACTORS | {"Agreement", "Facility"}, "opposes": ACTORS | {"Agreement", "Facility"},
            "cooperatesWith": STATES, "leaderOf": STATES, "ministerOf": STATES, "participatedIn": {"Event"},
        }.get(relation, ACTORS)

    def _trade(self, verb: Token, frame: dict, subjects: list[Found], rule: str, base: float,
               coref: bool) -> Iterator[Raw]:
        objs = self.objects(verb)
        recipient_preps = set(frame.get("recipient_preps", []))
        goods = objs + [g for o in objs if o.lower_ in {"much", "most", "some", "part", "all"} or o.lemma_ in MEASURES
                        for g in self.prep_objects(o, {"of"})]  # "exports much of its beef to the EC": the
        # parser may hang the recipient on the goods
        recipients, r_coref = self._all(self.prep_objects(verb, recipient_preps)
                                        + [r for g in goods for r in self.prep_objects(g, recipient_preps)], ACTORS)
        items = self.prep_objects(verb, set(frame.get("item_preps", [])))
        if frame.get("object_role") == "recipient_or_item":
            actor_objs, o_coref = self._all(objs, STATES | {"Person"})
            if actor_objs:
                recipients, r_coref = recipients + actor_objs, r_coref or o_coref
            else:
                items += objs
        else:
            items += objs
        if items and all(t.lemma_.lower() in self.lexicon.frame_words("not_goods") and not _in_money(t)
                         for t in items):
            return  # "gave the same message to Abe", "provided support": words and backing are no goods; "two
            # credits of 5 mln dlrs" are money
        item, item_text = self._item(items)
        if frame.get("product_only") and item is None:
            return
        if frame["relation"] == "acquires":
            source_preps = set(frame.get("source_preps", []))
            # "received a loan from the World Bank": the source may hang on the goods
            sources, s_coref = self._all(self.prep_objects(verb, source_preps)
                                         + [o for obj in objs for o in _prep_objects_within(obj, source_preps)], ACTORS)
            yield from self._counterparties(verb, sources, s_coref)
            for subject in subjects:
                for bought in ([item, *self._listed_with(item)] if item is not None else []):
                    yield Raw(subject, "acquires", bought, rule, verb.i, base, bought, item_text, coref)
                for source in sources:
                    if source.key != subject.key:
                        yield Raw(source, "supplies", subject, rule, verb.i, base * 0.9, item, item_text,
                                  coref or s_coref)
            # "importing Iran's fruits", "imports Soviet coal", "bought 1.5 million tons of Russian wheat": the
            # goods' possessor or nationality supplies
            for owner, o_coref in self._states_of_goods(items):
                for subject in subjects:
                    if owner.key != subject.key:
                        yield Raw(owner, "supplies", subject, rule, verb.i, base * 0.85, item, item_text,
                                  coref or o_coref)
            return
        if not recipients:
            recipients, r_coref = self._bilateral_partner(verb, subjects)
        yield from self._counterparties(verb, recipients, r_coref)
        yield from _each_supplies(subjects, recipients, rule, verb.i, base, item, item_text, coref or r_coref)

    def _states_of_goods(self, goods: list[Token]) -> list[tuple[Found, bool]]:
        """'Iran's fruits', 'Soviet coal', '1.5 million tons of Russian wheat': the states whose goods they are (by
        possessive or nationality, also past a measure), each with whether coreference found it."""
        measured = [g for t in goods if t.lemma_.lower() in MEASURES for g in self.prep_objects(t, {"of"})]
        states = []
        for token in goods + measured:
            owners, coref = self._sides_of(token, set())
            states += [(owner, coref) for owner in owners]
        return states

    def _bilateral_partner(self, verb: Token, subjects: list[Found]) -> tuple[list[Found], bool]:
        """'trade between X and Y ..., with X exporting grain': the other side of the pair receives it."""
        for token in verb.sent:
            if token.lower_ == "between" and token.dep_ == "prep" and token.head.lemma_.lower() in {
                    "trade", "commerce", "exchange", "turnover", "relation"}:
                group, coref = self._all([c for c in token.children if c.dep_ == "pobj"], STATES)
                keys = {s.key for s in subjects}
                if len(group) == 2 and keys & {g.key for g in group}:
                    return [g for g in group if g.key not in keys], coref
        return [], False

    def _item(self, tokens: list[Token]) -> tuple[Found | None, str]:
        for token in tokens:
            for t in token.subtree:
                found = self.at.get(t.i)
                if found is not None and found.cls == "Product":
                    return found, self._np_text(token)
            if tokens:
                return None, self._np_text(token)
        return None, ""

    def _listed_with(self, product: Found) -> list[Found]:
        """The other products listed with one ('natural gas and crude oil'), along the parser's conjunct links."""
        head = self.doc[product.end - 1]
        listed = [c for c in head.conjuncts if c.i > head.i]
        return [f for c in listed if (f := self.at.get(c.i)) is not None and f.cls == "Product" and f != product]

    def _np_text(self, token: Token) -> str:
        """The goods as written: the noun phrase without its article, at most a few words past the head."""
        start, end = token.left_edge.i, min(token.right_edge.i, token.i + 6) + 1
        while start < token.i and (self.doc[start].dep_ == "det" or self.doc[start].is_punct):
            start += 1
        return self.doc[start:end].text.strip('" ,\u201c\u201d')

    def _agreement_in(self, verb: Token) -> list[Found]:
        """Agreements under a verb's objects and prepositions ("left the negotiating table on the deal")."""
        found = []
        for child in verb.children:
            if child.dep_ in {"dobj", "prep", "nsubjpass"}:
                for token in child.subtree:
                    hit = self.at.get(token.i)
                    if hit is not None and hit.cls == "Agreement" and hit not in found:
                        found.append(hit)
        return found[:1]

    def _facility_part(self, verb: Token) -> list[Found]:
        for obj in self.objects(verb):
            if obj.lemma_.lower() in self._facility_heads:
                near = [f for h in (obj, verb) for g in self.prep_objects(h, {"at", "of", "in"})
                        if (f := self.at.get(g.i)) and f.cls == "Facility"]  # "two more units at the Bushehr plant"
                return near[:1] or self.memory.before(obj.i, {"Facility"})[:1]
        return []

    def _all(self, tokens: list[Token], classes: set[str]) -> tuple[list[Found], bool]:
        found: list[Found] = []
        coref = False
        for token in tokens:
            hits, used = self.entities(token, classes)
            found += hits
            coref = coref or used
        return _unique(found), coref

    def _pairs(self, group: list[Found], rule: str, trigger: int, base: float, coref: bool) -> Iterator[Raw]:
        for a, b in combinations(_unique(group), 2):
            if a.key != b.key:
                yield Raw(a, "cooperatesWith", b, rule, trigger, base, via_coref=coref)

    def noun_frames(self, noun: Token, lemma: str) -> Iterator[Raw]:
        """Noun frames: agreements between parties, cooperation of countries, bids for membership."""
        found = self.at.get(noun.i)
        if found is not None and found.cls == "Agreement" and noun.i == found.end - 1 or \
                (found is not None and found.cls == "Agreement" and noun.lemma_.lower() in
                 self.lexicon.frame_words("party_nouns")):
            yield from self._agreement_parties(noun, found)
        if lemma in self.lexicon.frame_words("cooperation_nouns"):
            yield from self._cooperation(noun)
        if lemma in self.lexicon.frame_words("membership_bid_nouns"):
            yield from self._membership_bid(noun)
        if lemma in {"partner", "ally", "member"}:
            yield from self._membership(noun, lemma)
        if lemma == "part" and noun.pos_ == "NOUN" and noun.dep_ in {"attr", "appos"}:
            yield from self._part_of(noun)
        if lemma in PARTY_NOUNS and noun.dep_ in {"attr", "appos"}:
            yield from self._parties_to(noun)
        if lemma in {"accession", "entry", "admission"}:
            yield from self._accession(noun)
        if lemma in self.lexicon.frame_words("backer_nouns"):
            yield from self._backers(noun)
        if lemma in self.lexicon.frame_words("counterpart_nouns"):
            yield from self._counterpart(noun)
        if lemma in {"meeting", "talk", "talks", "call"}:
            yield from self._meeting_with(noun)
        if lemma == "sideline" and noun.dep_ == "pobj" and noun.head.lower_ == "on":
            yield from self._on_the_sidelines(noun)
        if lemma in GUEST_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "among":
            yield from self._among_the_guests(noun)
        if lemma in {"table", "negotiation", "talk", "talks"}:
            yield from self._negotiating_side(noun)
        if lemma in self.lexicon.frame_words("conflict_heads") and found is not None and found.cls == "Event":
            yield from self._conflict_agent(noun, found)
        trade = self.lexicon.frames.get("supply_nouns", {})
        if (noun.lower_ in trade or lemma in trade) and noun.pos_ == "NOUN":
            yield from self._trade_noun(noun, trade.get(noun.lower_) or trade[lemma])
        if lemma in self.lexicon.frame_words("supplier_nouns") and noun.pos_ == "NOUN":
            yield from self._supplier(noun)
        if lemma in self.lexicon.frame_words("buyer_nouns") and noun.pos_ == "NOUN":
            yield from self._buyer(noun)
        if lemma in {"obligation", "commitment"} and noun.pos_ == "NOUN":
            yield from self._bound_by(noun)
        if lemma in {"sanction", "embargo", "boycott"}:
            yield from self._sanctions(noun)
        if lemma in {"list", "blacklist"}:
            yield from self._on_a_blacklist(noun)
        if lemma in STANCE_NOUNS and noun.pos_ == "NOUN":
            yield from self._stance(noun, *STANCE_NOUNS[lemma])
        if lemma in self.lexicon.frame_words("hostility_nouns") and noun.pos_ == "NOUN":
            yield from self._stance(noun, "opposes", {"on", "against"}, hostile=True)

    def _stance(self, noun: Token, relation: str, preps: set[str], hostile: bool = False) -> Iterator[Raw]:
        """"Kuwait's backing for Iraq", "Moscow's opposition to the plan", "a Turkish offensive against the YPG":
        whose stance towards whom; a hostile act is also against the state whose things it hits ("an Iranian
        attack on American ships", "the U.S. attack on Iran's oil platform")."""
        holders, h_coref = self._sides_of(noun, {"by"} if hostile else set())  # "Kuwait's backing", "Soviet support"
        if hostile and not holders and noun.dep_ == "dobj" and verb_in(noun.head, WAGING_VERBS):
            holders, h_coref = self._all(self.subjects(noun.head), STATES)  # "Israel launched strikes against X"
        objects = self.prep_objects(noun, preps)
        recognised = RECOGNISABLE if noun.lemma_.lower() == "recognition" else set()
        targets, t_coref = self._all(objects, STATES | {"Person", "Agreement"} | recognised)
        if hostile and not targets:
            for obj in objects:
                owners, used = self._sides_of(obj, set())
                targets, t_coref = targets + owners, t_coref or used
        for holder in holders:
            for target in targets:
                if holder.key != target.key:
                    yield Raw(holder, relation, target, "noun:stance", noun.i, 0.75, via_coref=h_coref or t_coref)

    def _made_by(self, mark: Token) -> Iterator[Raw]:
        """"Mitsubishi-made F-1 planes", "Soviet-built MiG-23s": the maker builds the product."""
        makers = [self.at.get(c.i) or self._demonym_at(c) for c in mark.children if c.dep_ in {"npadvmod", "compound"}]
        products = [f for t in mark.head.subtree if (f := self.at.get(t.i)) is not None and f.cls == "Product"
                    and self.lexicon.kind_of(f.key) != "commodity"]  # "Soviet-built steel
        # plants", "EC-produced oilseeds": a commodity is grown or mined, and no plant is it
        for maker in _unique([m for m in makers if m is not None and m.cls in STATES]):
            for product in _unique(products):
                yield Raw(maker, "builds", product, "noun:made-by", mark.i, 0.8)

    def _backed_by(self, mark: Token) -> Iterator[Raw]:
        """'the Iran-backed Houthis', 'the U.S.-backed "Trump Route"': the backer supports what it qualifies."""
        backers = [self.at.get(c.i) or self._demonym_at(c) for c in mark.children if c.dep_ in {"npadvmod", "compound"}]
        known = self.lexicon.country_word(mark.text.rsplit("-", 1)[0], self.memory.published) if "-" in mark.text \
            else None
        if known is not None:  # one token: "U.S.-backed"
            backers.append(Found(mark.i, mark.i + 1, "Country", known.key, "demonym"))
        backed, coref = self.entities(mark.head, ACTORS | {"Facility", "Agreement"})
        for backer in _unique([b for b in backers if b is not None and b.cls in STATES]):
            for target in backed:
                if backer.key != target.key:
                    yield Raw(backer, "supports", target, "noun:backed-by", mark.i, 0.75, via_coref=coref)

    def _bound_by(self, noun: Token) -> Iterator[Raw]:
        """"Iran's obligations under the Vienna Convention", 'its commitments under the NPT': whoever a treaty
        binds is a party to it."""
        agreements, a_coref = self._all(self.prep_objects(noun, {"under"}), {"Agreement"})
        holders, h_coref = self._sides_of(noun, set()) if agreements else ([], False)
        for holder in holders:
            for agreement in agreements:
                if _titled(agreement):  # not "under the deal"
                    yield Raw(holder, "partyTo", agreement, "noun:bound-by", noun.i, 0.8, via_coref=a_coref or h_coref)

    def _sides_of(self, noun: Token, preps: set[str]) -> tuple[list[Found], bool]:
        """Who a trade noun's own words name: its possessor, nationality or the objects of `preps`."""
        owners, coref = self._all([c for c in noun.children if c.dep_ == "poss"] + self.prep_objects(noun, preps),
                                  STATES)
        modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        for modifier in modifiers:  # "U.S. and British sanctions", "U.S. and EU sanctions": each is a side
            for child in [modifier] + [c for c in modifier.conjuncts if c.i < noun.i]:
                if (country := self._demonym_at(child)) is not None:
                    owners.append(country)
                elif modifier.dep_ in {"compound", "nmod"} and (named := self.at.get(child.i)) is not None \
                        and named.cls in STATES \
                        and self.doc[named.end].lower_ not in MONEY_WORDS | {"dollar", "dollars"}:
                    owners.append(named)  # "a World Bank loan to Kenya", not "a 35 mln U.S. Dlr loan to X"
        return _unique(owners), coref

    def _trade_noun(self, noun: Token, relation: str) -> Iterator[Raw]:
        """'Soviet arms sales to Iraq', "Iran's purchases of Su-35s from Russia": trade told by a noun."""
        items = self.prep_objects(noun, {"of"}) or [c for c in noun.children if c.dep_ == "compound"]
        item, item_text = self._item(items)
        rule = "noun:trade"
        if relation == "supplies":
            suppliers, s_coref = self._sides_of(noun, {"by", "from"})
            if not suppliers:  # the verb's relation, with the verb's tense: "would extend loans" is no loan yet
                suppliers, s_coref = self._all(self._granted_by(noun), STATES)
                rule = "verb:grant-goods" if suppliers else rule
            recipients, r_coref = self._all(self.prep_objects(noun, {"to", "for"}), STATES)
            if not recipients:
                receivers, rule = self._receivers(noun, rule)
                recipients, r_coref = self._all(receivers, STATES)
        else:
            recipients, r_coref = self._sides_of(noun, {"by"})
            suppliers, s_coref = self._all(self.prep_objects(noun, {"from"}), STATES)
            for buyer in recipients:
                if item is not None:
                    yield Raw(buyer, "acquires", item, "noun:trade", noun.i, 0.7, item, item_text, r_coref)
        yield from _each_supplies(suppliers, recipients, rule, noun.i, 0.7, item, item_text, s_coref or r_coref)

    def _granted_by(self, noun: Token) -> list[Token]:
        """The subjects of the verb that grants what a supply noun names: 'the bank approved a loan', 'the directors
        approved 15 mln dlrs of loans'."""
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "15 mln dlrs of loans"
        if held.dep_ == "dobj" and held.head.pos_ == "VERB" and held.head.lemma_.lower() in GRANTING_VERBS:
            return self.subjects(held.head)
        return []

    def _receivers(self, noun: Token, rule: str) -> tuple[list[Token], str]:
        """Who gets what a supply noun names, when the noun itself does not say, and the rule that says so: 'cut
        U.S. aid to Mexico' (the verb's 'to': the rule so far), 'Panama received 28 mln dlrs in U.S. aid' (the
        subject of receiving its amount: the verb's relation, with the verb's tense)."""
        if noun.dep_ == "dobj":
            return self.prep_objects(noun.head, {"to"}), rule
        above = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "of"} else None
        verb = above.head if above is not None and above.dep_ == "dobj" else above  # the parser hangs "in U.S.
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in RECEIVING_VERBS:  # aid" on either
            return self.subjects(verb), "verb:receive-goods"
        return [], rule

    def _supplier(self, noun: Token) -> Iterator[Raw]:
        """'X, India's main weapons supplier', 'X is a major arms supplier to Iraq'."""
        described = self._described_by(noun)
        if not described:
            return
        suppliers, s_coref = self._all(described, STATES)
        recipients, r_coref = self._all([c for c in noun.children if c.dep_ == "poss"]
                                        + self.prep_objects(noun, {"to", "for"}), STATES)
        _, item_text = self._item([c for c in noun.children if c.dep_ == "compound"])
        yield from _each_supplies(suppliers, recipients, "noun:supplier", noun.i, 0.75, None, item_text,
                                  s_coref or r_coref)

    def _buyer(self, noun: Token) -> Iterator[Raw]:
        """'Russia is a major buyer of Malaysian palm oil', 'China, the largest importer of Iranian crude oil': the
        buyer acquires the goods, and the goods' state, or whom they are bought from, supplies the buyer."""
        described = self._described_by(noun)
        buyers, b_coref = self._all(described, STATES)
        goods = self.prep_objects(noun, {"of", "for"})
        item, item_text = self._item(goods)
        whose, w_coref = self._all([c for c in noun.children if c.dep_ == "poss"], STATES)  # "Argentina's main
        # customer": whose customer it is sells to it
        if not buyers or item is None and not whose:
            return
        sellers, s_coref = self._all(self.prep_objects(noun, {"from"}), STATES)
        for owner, o_coref in [*self._states_of_goods(goods), *((w, w_coref) for w in whose)]:
            sellers, s_coref = _unique([*sellers, owner]), s_coref or o_coref
        for buyer in buyers:
            if item is not None:
                yield Raw(buyer, "acquires", item, "noun:buyer", noun.i, 0.75, item, item_text, b_coref)
            for seller in sellers:
                if seller.key != buyer.key:
                    yield Raw(seller, "supplies", buyer, "noun:buyer", noun.i, 0.7, item, item_text,
                              b_coref or s_coref)

    def _described_by(self, noun: Token) -> list[Token]:
        """What a describing noun says something of: the subject of 'X is a ...', the noun an apposition follows,
        the antecedent of 'which is ...'."""
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            described = [c for c in noun.head.children if c.dep_ == "nsubj"]
            if described and described[0].lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl":
                return [noun.head.head]  # "the Soviet Union, which is India's main supplier"
            return described
        return [noun.head] if noun.dep_ == "appos" else []

    def _sanctions(self, noun: Token) -> Iterator[Raw]:
        """'New Zealand has imposed sanctions against Fiji': who imposes them opposes their target; also of a
        package of them ('announced its program of sanctions against South Africa')."""
        outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in PACKAGE_NOUNS else noun
        verb = outer.head
        aimed = self.prep_objects(noun, {"against", "on"}) + (self.prep_objects(outer, {"against", "on"})
                                                              if outer is not noun else [])
        held: list[Token] = []  # who is under them: "X was placed under sanctions by A and B"
        if outer.dep_ == "dobj" and verb.lemma_.lower() in self.lexicon.frame_words("sanction_verbs"):
            aimed += self.prep_objects(verb, {"against", "on"})
            imposers, i_coref = self._all(self.subjects(verb), STATES)
        elif outer.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in self.lexicon.frame_words(
                "sanction_ending_verbs"):
            return  # "the EU lifted its sanctions on Iran", "sanctions on Iran were eased"
        else:  # "U.S. sanctions against Iran", "the sanctions imposed on Iran by the United States"
            clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            aimed += [t for c in clauses for t in self.prep_objects(c, {"against", "on"})]
            imposers, i_coref = self._sides_of(noun, set())
            if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "the zone is under U.S. and British sanctions"
                held = self._held_by(noun.head)
                by, b_coref = self._all(self.prep_objects(noun, {"by"}) + self._agents(noun.head.head), STATES)
                imposers, i_coref = _unique(imposers + by), i_coref or b_coref
            if outer is not noun:  # "its program of sanctions": the program's owner imposes them
                more, m_coref = self._sides_of(outer, set())
                imposers, i_coref = _unique(imposers + more), i_coref or m_coref
            agents, a_coref = self._all([t for c in clauses for t in self._agents(c)], STATES)
            imposers, i_coref = _unique(imposers + agents), i_coref or a_coref
        targets, t_coref = self._all(aimed, ACTORS)
        targets += [f for t in aimed for f in self._names_listed_from(t.left_edge.i, ACTORS)]
        targets += [f for t in aimed if t.lemma_.lower() in GROUP_NOUNS_OF_ACTORS
                    for f in self._examples(t, ACTORS) + self._listed_after_colon(t, ACTORS)]
        # "on four Iranian companies, including X", "on five people linked to the program: A, B and C"
        under, u_coref = self._all(held, ACTORS | {"Facility"})
        targets, t_coref = _unique(targets + under), t_coref or u_coref
        for imposer in imposers:
            for target in targets:
                if imposer.key != target.key:
                    yield Raw(imposer, "opposes", target, "noun:sanctions", noun.i, 0.8, via_coref=i_coref or t_coref)

    def _held_by(self, prep: Token) -> list[Token]:
        """Who a prepositional phrase of state says is in it: 'the zone is under U.S. sanctions', 'Zimbabwe, under
        U.S. sanctions for two decades, ...', 'a bank on the EU's sanctions list'."""
        state = prep.head
        subjects = [c for c in state.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and state.dep_ == "conj" and state.pos_ == "VERB":  # "X was cut off from SWIFT and placed
            subjects = [c for c in state.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # under sanctions"
        held = [_for_relative(c, state) for c in subjects
                if not any(n.dep_ == "neg" for n in state.children)]  # "a firm that is not under EU sanctions"
        named = state.head if state.pos_ == "PUNCT" else state  # the parser may hang the phrase on the comma
        if named.pos_ not in {"VERB", "AUX"} and prep.dep_ == "prep":
            held.append(named)
        return held

    def _on_a_blacklist(self, noun: Token) -> Iterator[Raw]:
        """'Promsvyazbank, a Russian bank on the EU's sanctions list', 'the firm is on a U.S. blacklist': the
        list's owner opposes whom it lists."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "on" or noun.lemma_.lower() != "blacklist" and not any(
                c.dep_ == "compound" and c.lemma_.lower() in {"sanction", "sanctions"} for c in noun.children):
            return
        owners, o_coref = self._sides_of(noun, set())
        held = self._held_by(noun.head)
        described = [h.head for h in held if h.dep_ == "appos"]  # "Promsvyazbank, a bank on ...": the name
        listed, l_coref = self._all(held + described, ACTORS | {"Facility"})
        yield from _each_to_each(owners, "opposes", listed, "noun:blacklist", noun.i, 0.75, o_coref or l_coref)

    def _names_listed_from(self, i: int, classes: set[str]) -> list[Found]:
        """The names of a run like 'Iran Air, the flag carrier, and two other airlines, A and B' from token i,
        past the descriptions set off in it; a possessor ('the Islamic Republic's') is none, and a name that is a
        clause's subject ends the run ('sanctions on Iran, Biden said')."""
        out: list[Found] = []
        end = self.doc[i].sent.end
        while i < end:
            token, found = self.doc[i], self.at.get(i)
            if found is not None and found.start == i:
                if self._possessive(found):  # its 's inside the mention or after it
                    i = found.end + (found.end < end and self.doc[found.end].tag_ == "POS")
                    continue
                if self.doc[found.start:found.end].root.dep_ in {"nsubj", "nsubjpass"}:
                    break
                if found.kind == "name" and found.cls in classes:
                    out.append(found)
                i = found.end
            elif token.text in {",", "(", ")"} or token.lower_ == "and" or token.pos_ in DESCRIPTION_POS \
                    or token.lower_ == "of" and self.doc[i - 1].tag_ == "NNS":  # "the Central Asian states of A, B"
                i += 1
            else:
                break
        return out

    def _agreement_parties(self, noun: Token, agreement: Found) -> Iterator[Raw]:
        parties: list[Found] = []
        coref = False
        named_to = max(agreement.end, agreement.name_end)
        topics = [t for t in self.prep_objects(noun, {"of", "on"}) if t.i < named_to]  # "a memorandum of
        # understanding between A and B": the parser hangs 'between' on the topic
        # "the Treaty on the Basic Principles of Friendly Relations between A and B": the 'between' hangs on the
        # title's last word, wherever the parser hung its 'on'
        titled = [t for t in self.doc[agreement.start:named_to] if t.i != noun.i and t not in topics] \
            if _titled(agreement) else []
        for prep in ("between", "with", "among"):
            heads = (noun, *topics, *titled) if prep != "with" else (noun, *topics)
            hits, used = self._all([o for t in heads for o in self.prep_objects(t, {prep})], STATES)
            parties += hits
            coref = coref or used
        if noun.dep_ == "dobj" and self.frames.get("verbs", {}).get(noun.head.lemma_.lower(), {}).get(
                "relation") == "partyTo":  # "signed the agreement on the corridor with Russia and Iran": the parser
            hits, used = self._all([o for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "with"  # hangs
                                    and t.head.i != noun.i and phrase_top(t.head).i == noun.i  # 'with' on 'corridor'
                                    for o in t.children if o.dep_ == "pobj"], STATES)
            parties += hits
            coref = coref or used
        owners, used = self._all([c for c in noun.children if c.dep_ == "poss"], STATES)
        parties += owners
        coref = coref or used
        for token in self.doc[agreement.start:agreement.end]:
            for part in token.text.split("-"):
                known = self.lexicon.demonyms.get(fold(part)) if "-" in token.text else None
                if known:
                    parties.append(Found(token.i, token.i + 1, "Country", known.key, "demonym"))
            hit = self.at.get(token.i)
            if hit is not None and hit is not agreement and hit.cls == "Country":
                parties.append(hit)
        # "a contract ... for Russia to build": the subject of the purpose clause
        governors = [noun.head] if noun.dep_ == "nsubjpass" else []
        for gov in governors:
            for clause in gov.children:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
                    hits, _ = self._all([g for g in clause.children if g.dep_ == "nsubj"], STATES)
                    parties += hits
        for child in noun.children:
            if child.dep_ in {"relcl", "acl"}:
                for marker in child.children:
                    if marker.lower_ == "for":
                        hits, _ = self._all([g for g in marker.subtree if g.dep_ == "nsubj"], STATES)
                        parties += hits
        for party in _unique(parties):
            yield Raw(party, "partyTo", agreement, "noun:agreement-parties", noun.i, 0.9, via_coref=coref)
        for purpose in self.prep_objects(noun, {"for"}):
            if purpose.lemma_.lower() in {"acquisition", "purchase", "procurement", "supply", "delivery"}:
                item, item_text = self._item(self.prep_objects(purpose, {"of"}))
                buyers = _unique(parties) or self._clause_subjects(noun)
                if item is not None:
                    for buyer in buyers:
                        yield Raw(buyer, "acquires", item, "noun:agreement-purchase", noun.i, 0.85, item,
                                  item_text)

    def _clause_subjects(self, noun: Token) -> list[Found]:
        token = noun
        while token.dep_ not in {"ROOT"} and token.head.i != token.i and token.pos_ != "VERB":
            token = token.head
        hits, _ = self._all(self.subjects(token), STATES)
        return hits

    def _cooperation(self, noun: Token) -> Iterator[Raw]:
        group, coref = self._all(self.prep_objects(noun, {"between", "of", "among"}), STATES)
        amods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        for mod in amods:
            for part in mod.text.split("-"):
                known = self.lexicon.demonyms.get(fold(part)) or self.lexicon.names.get(fold(part))
                if known and known.cls == "Country" and "-" in mod.text:
                    group.append(Found(mod.i, mod.i + 1, "Country", known.key, "demonym"))
        if len(group) < 2 and noun.dep_ in {"pobj", "dobj"}:
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            subs, s_coref = self._all(self.subjects(verb), STATES)
            partners, p_coref = self._all(self.prep_objects(noun, {"with"}), STATES)
            group = subs + partners if len(subs + partners) >= 2 else group
            coref = coref or s_coref or p_coref
        yield from self._pairs(group, "noun:cooperation", noun.i, 0.75, coref)

    def _membership_bid(self, noun: Token) -> Iterator[Raw]:
        applicants, coref = self._all([c for c in noun.children if c.dep_ == "poss"], STATES)
        for clause in noun.children:  # "Iran's bid to join BRICS"
            if clause.dep_ in {"acl", "relcl"} and clause.lemma_.lower() in {"join", "enter", "become"}:
                orgs, o_coref = self._all(self.objects(clause) + self.prep_objects(clause, {"of"}), {"Organization"})
                for applicant in applicants:
                    for org in orgs:
                        yield Raw(applicant, "seeksMembershipOf", org, "noun:membership-bid", noun.i, 0.85,
                                  via_coref=coref or o_coref)
        preps = self.prep_objects(noun, {"for", "to"})
        if not preps and noun.dep_ == "dobj":  # "follows its application last year for membership of X"
            preps = self.prep_objects(noun.head, {"for"})
        yield from self._bids(applicants, preps, {"in", "of", "to"}, "noun:membership-bid", noun.i, coref)

    def _made_of(self, verb: Token, where: str, body: Token) -> Iterator[Raw]:
        """'the Andean Pact, formed by Colombia, Peru and Ecuador', 'a union made up of A and B', 'the bloc, which
        groups A, B and C', 'the GCC groups four OPEC members -- A, B': the states an organization is formed by or
        made of are its members."""
        org = self.at.get(body.i)
        if org is None or org.cls != "Organization" or any(c.dep_ == "neg" for c in verb.children):
            return
        if verb.lemma_.lower() == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return  # "made up of", not "which made a proposal"
        if where == "agent":
            parts = self._agents(verb)
        elif where == "of":
            parts = self.prep_objects(verb, {"of"})
        else:
            parts = [c for c in verb.children if c.dep_ == "dobj"]
            parts += [a for p in parts if p.i not in self.at for a in p.children if a.dep_ == "appos"]
        members, coref = self._all(parts, {"Country"})
        for member in members:
            yield Raw(member, "memberOf", org, "verb:made-of", verb.i, 0.8, via_coref=coref)

    def _accession(self, noun: Token) -> Iterator[Raw]:
        """'following the entry of Spain and Portugal into the EC', "Greece's accession to the EC in 1981": an
        entry the text puts in the past makes a member."""
        if not self._in_the_past(noun):
            return  # "Turkey's entry into the EC", undated: a bid, a prospect or a fact; the text does not say
        entrants, coref = self._all([c for c in noun.children if c.dep_ == "poss"] + self.prep_objects(noun, {"of"}),
                                    STATES)
        into = self.prep_objects(noun, {"to", "into"})
        if noun.dep_ == "dobj":  # "followed the entry of Spain into the EC", parsed as the verb's
            into += self.prep_objects(noun.head, {"into"})
        orgs, o_coref = self._all(into, {"Organization"})
        if not orgs and noun.dep_ == "dobj":  # "until the EC has digested the accession of Spain"
            orgs, o_coref = self._all(self.subjects(noun.head), {"Organization"})
        for entrant in entrants:
            for org in orgs:
                yield Raw(entrant, "memberOf", org, "noun:accession", noun.i, 0.75, via_coref=coref or o_coref)

    def _in_the_past(self, noun: Token) -> bool:
        """Whether an act a noun names is over: dated before the article ('last year', 'in 1986'), or the object
        of 'since', 'after', 'following' or 'followed'."""
        if noun.dep_ == "pobj" and noun.head.lower_ in {"since", "after", "following"} \
                or noun.dep_ == "dobj" and noun.head.lemma_ == "follow":
            return True
        published = self.memory.published
        for ent in noun.sent.ents:  # "the accession of Spain last year": the date may hang on the verb
            after = ent.start - noun.right_edge.i  # "the accession of X in 1981", however the parser hangs it
            on_noun = noun.i in {ent.root.head.i, ent.root.head.head.i} or after == 1 \
                or after == 2 and self.doc[ent.start - 1].lower_ in {"in", "on"}
            if ent.label_ == "DATE" and on_noun and published is not None:
                when = resolve_date_span(ent.text, published)
                if when is not None and when[0] < published:
                    return True
        return False

    def _at_war(self, war: Token) -> Iterator[Raw]:
        """'Iran and Iraq, which have been at war since 1980', 'Iraq is at war with Iran': each opposes the other."""
        verb = war.head.head
        if any(c.dep_ in {"amod", "compound", "det", "poss"} for c in war.children) \
                or any(c.dep_ == "neg" for c in verb.children):
            return
        sides: list[Found] = []
        for sub in [c for c in verb.children if c.dep_ == "nsubj"] or self.subjects(verb):
            if sub.lower_ in {"which", "who"} and sub.i >= 2 and self.doc[sub.i - 1].text == ",":
                before = self.doc[sub.i - 2]  # the parser often hangs the clause on a noun further back
                sub = before.head if before.dep_ == "conj" else before
            sides += self.entities(sub, STATES)[0]
        sides = _unique(sides)
        others = self._all(self.prep_objects(war, {"with"}) + self.prep_objects(verb, {"with"}), STATES)[0]
        pairs = [(a, b) for a in sides for b in others] if others else \
            list(combinations(sides, 2)) if len(sides) == 2 else []
        for a, b in pairs:
            if a.key != b.key:
                yield Raw(a, "opposes", b, "noun:at-war", war.i, 0.8)
                yield Raw(b, "opposes", a, "noun:at-war", war.i, 0.8)

    def party_affiliations(self) -> Iterator[Raw]:
        """'Jack Kemp, a New York Republican', 'Republican Senator Bob Dole': the person belongs to the party."""
        for found in self.memory.founds:
            if found.cls != "Person" or found.kind != "name":
                continue
            head = self.doc[found.end - 1]
            words = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
            i = found.start - 1
            while i >= 0 and (self.doc[i].lower_ in self.lexicon.title_words or self.doc[i].lower_ in PARTY_ROLES) \
                    and getattr(self.at.get(i), "cls", "") != "Organization":  # not the "Party" of a party's name
                i -= 1
            if i >= 0 and (i < found.start - 1  # a role between: "Republican Senator"
                           or self.doc[i].dep_ == "appos"
                           or self.doc[i].lower_ in PARTY_MEMBERS and self.doc[i].tag_ == "NNP"):
                words.append(self.doc[i])  # "fellow Democrat William Proxmire": the party's noun before the name
            if found.end + 3 < len(self.doc) and self.doc[found.end].text in {"(", ","} \
                    and self.doc[found.end + 1].text in PARTY_LETTERS and self.doc[found.end + 2].text == "-" \
                    and self.doc[found.end + 3].text[:1].isupper():
                words.append(self.doc[found.end + 1])  # "Sen. Tom Harkin (D-Iowa)", "Rep. Dan Glickman, D-Kan.": a
                # U.S. lawmaker's party and state
            bracketed = self.at.get(found.end + 1) if found.end + 1 < len(self.doc) \
                and self.doc[found.end].text == "(" else None
            if bracketed is not None and bracketed.start == found.end + 1 and bracketed.cls == "Organization" \
                    and bracketed.end < len(self.doc) and self.doc[bracketed.end].text == ")" \
                    and is_party(self.doc, bracketed, self.lexicon):
                yield Raw(found, "memberOf", bracketed, "noun:party-member", bracketed.start, 0.8)  # "Prime Minister
                # Robert Fico (Smer-SD)": the party a name is labelled with
            for word in words:
                known = self.lexicon.names.get(PARTY_WORDS.get(word.lower_, "") or PARTY_LETTERS.get(word.text, ""))
                if known is not None and word.text[:1].isupper():
                    party = Found(word.i, word.i + 1, "Organization", known.key, "demonym")
                    yield Raw(found, "memberOf", party, "noun:party-member", word.i, 0.8)
            for noun in (c for c in head.children if c.dep_ == "appos" and c.i > head.i
                         and c.lemma_.lower() in PARTY_MEMBER_NOUNS):  # "X, candidate for the Progressive Federal
                owners = [c for c in noun.children if c.dep_ == "poss"] + self.prep_objects(noun, {"for", "of"})
                for named in (self.at.get(t.i) for t in owners):  # Party", "X, the CDU's candidate": its member
                    if named is not None and named.cls == "Organization" and is_party(self.doc, named, self.lexicon):
                        yield Raw(found, "memberOf", named, "noun:party-member", noun.i, 0.8)
            # "Communist Party candidate X", "X of the New People party": the party named before the role or after
            before = self.at.get(i) if 0 <= i < found.start - 1 and not any(  # the name; a leader leads it
                self.lexicon.title_relation(t.lower_) == "leaderOf" for t in self.doc[i + 1:found.start]) else None
            family = self.at.get(i) if 0 <= i < found.start - 1 else None
            if family is not None and family.kind == "party-family" and family.end == i + 1 \
                    and self.doc[i + 1:found.start].text.lower() not in PARTY_POSTS:
                before = family  # "Socialist Prime Minister X": a member; "Liberal leader X" leads it
            of = self._named_after_of(found)
            for named, at in ((before, i), (of, found.end)):
                if named is not None and named.cls == "Organization" and named.kind in {"name", "party-family"} \
                        and is_party(self.doc, named, self.lexicon) and (named is of or named.end == i + 1):
                    yield Raw(found, "memberOf", named, "noun:party-member", at, 0.8)
            # "Prime Minister Kalevi Sorsa's Social Democratic Party", "Nakasone's ruling LDP": his party
            owned = self._party_owned_from(found.end + 1) if found.end < len(self.doc) \
                and self.doc[found.end].tag_ == "POS" else None
            if owned is not None:
                yield Raw(found, "memberOf", owned, "noun:own-party", found.end, 0.75)
        for token in self.doc:  # "a setback for his ruling Liberal Democratic Party": the party of whom "his" is
            if token.lower_ not in {"his", "her"} or token.dep_ != "poss":
                continue
            owned = self._party_owned_from(token.i + 1)
            if owned is None or not owned.start <= token.head.i < owned.end:
                continue
            people, coref, _ = self._one(token, {"Person"})
            for person in people:
                yield Raw(person, "memberOf", owned, "noun:own-party", token.i, 0.75, via_coref=coref)

    def _party_owned_from(self, i: int) -> Found | None:
        """The party named from token i on, past up to three adjectives ("ruling", "minority") after a possessive."""
        start = i
        while i < len(self.doc) and self.doc[i].dep_ == "amod" and self.doc[i].is_lower \
                and self.doc[i].head.i > i and i - start < 3:
            i += 1
        owned = self.at.get(i)
        if owned is None or owned.start != i or owned.cls != "Organization" \
                or owned.kind not in {"name", "party-family"}:
            return None
        return owned if is_party(self.doc, owned, self.lexicon) else None

    def chamber_members(self) -> Iterator[Raw]:
        """'Sen. Bennett Johnston', 'Senators A of Utah, B of Alabama and C', 'Rep. X': a member of the
        article's one Senate, or of its one House."""
        chambers: dict[str, list[Found]] = {}
        for found in (f for f in self.memory.founds if f.cls == "Organization"):
            words = [t.lower_ for t in self.doc[found.start:found.end] if t.lower_ not in {"the", "u.s.", "us"}]
            kind = "senate" if words == ["senate"] else "house" if words in (["house"], HOUSE_OF_REPRESENTATIVES) \
                else ""
            if kind:
                chambers.setdefault(kind, []).append(found)
        for found in self.memory.founds:
            if found.cls != "Person" or found.kind != "name":
                continue
            first = self.doc[found.start:found.end].root
            while first.head.i < first.i and (first.dep_ == "conj" or first.dep_ == "appos" and first.conjuncts and (
                    (above := self.at.get(first.head.i)) is not None and above.cls == "Person")):
                first = first.head  # "Senators A of X, B of Y and C", where the parser may take B for A's appositive
            named = self.at.get(first.i)
            start = named.start if named is not None and named.cls == "Person" else found.start
            role = self._chamber_role(start) or self._chamber_role(found.start) or _chamber_group(first)
            listed = chambers.get(role, [])
            if listed and len({c.key for c in listed if c.key}) <= 1:  # "the Senate", "the U.S. Senate": one
                yield Raw(found, "memberOf", listed[0], f"title:{role}-member", found.start, 0.75)

    def _chamber_role(self, name_start: int) -> str:
        """The chamber the word before a name makes its bearer a member of: "Sen. X", "Republican Rep. X"; not
        "Trade Representative X", a title of its own."""
        if name_start < 1:
            return ""
        before = self.doc[name_start - 2] if name_start > 1 else None
        if before is not None and before.pos_ in {"NOUN", "PROPN", "ADJ"} and before.lower_ not in PARTY_WORDS:
            return ""  # "trade representative X", "U.S. Trade Representative X"
        return CHAMBER_ROLES.get(self.doc[name_start - 1].lower_, "")

    def ranks_in_forces(self) -> Iterator[Raw]:
        """'Rear Admiral X of the Iranian Navy', 'Revolutionary Guards general X': an officer of a force named with
        the rank is a member of it."""
        for found in self.memory.founds:
            if found.cls != "Person" or found.kind != "name" or found.start < 1 \
                    or fold(self.doc[found.start - 1].text) not in self.lexicon.honorifics:
                continue
            rank = found.start - 1
            while rank > 0 and fold(self.doc[rank - 1].text) in self.lexicon.honorifics:
                rank -= 1  # "Rear Admiral", "Brigadier General"
            forces = [self.at.get(rank - 1) if rank > 0 else None, self._named_after_of(found)]
            for force in forces:
                if force is not None and force.cls == "Organization" and force.kind == "name" \
                        and self.doc[force.end - 1].lower_ in ARMED_HEADS and force.start != found.start:
                    yield Raw(found, "memberOf", force, "noun:rank-in-force", found.start, 0.8)

    def occupations(self) -> Iterator[Raw]:
        """'Societe Generale economist Alain Marais', 'Kevin Barry, economist with National and City Brokers',
        'X, professor of political science at Waseda University': the one who works there is of that body."""
        jobs = self.lexicon.frame_words("occupation_nouns")
        legislatures = self.lexicon.frame_words("legislature_words")

        def works_at(body: Found | None, job: Token) -> TypeGuard[Found]:
            """Whether the body is one the job is held in: any for a job, a legislature for a legislator's."""
            return body is not None and body.cls == "Organization" and (job.lemma_.lower() in jobs or (
                job.lemma_.lower() in LEGISLATORS and (self.doc[body.end - 1].lower_ in legislatures or fold(
                    self.doc[body.start:body.end].text).removeprefix("the ") in legislatures)))

        for found in self.memory.founds:
            if found.cls != "Person" or found.kind != "name":
                continue
            head = self.doc[found.end - 1]
            job = self.doc[found.start - 1] if found.start > 0 else None
            if job is not None and job.lemma_.lower() in jobs | LEGISLATORS:
                i = job.i - 1
                while i >= 0 and self.doc[i].is_lower and self.doc[i].pos_ in {"ADJ", "NOUN"}:
                    i -= 1  # "OPZZ economic expert X", "American Enterprise Institute senior analyst X"
                body = self.at.get(i) if i >= 0 else None
                after = self._named_after_of(found)  # "analyst Mark Rogers of Prudential Bache Securities"
                if (body is None or body.end != i + 1) and after is not None and found.end < len(self.doc) \
                        and self.doc[found.end].head == head:
                    body, i = after, after.end - 1
                if works_at(body, job) and body.end == i + 1:
                    yield Raw(found, "memberOf", body, "noun:occupation-at", job.i, 0.75)
            for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
                if appos.lemma_.lower() not in jobs | LEGISLATORS:
                    continue
                employer = next((self.at.get(c.i) for c in appos.children if c.dep_ == "poss"), None) or next((
                    f for c in appos.children if c.dep_ == "compound" and (f := self.at.get(c.i)) is not None
                    and f.end == appos.i), None)  # "X, Texaco's coordinator of ...", "X, a State Duma deputy"
                if works_at(employer, appos):
                    yield Raw(found, "memberOf", employer, "noun:occupation-at", appos.i, 0.75)
                    continue
                for prep in (t for t in appos.subtree if t.dep_ == "prep" and t.lower_ in {"at", "with", "of"}):
                    if prep.lower_ == "of" and prep.head != appos:
                        continue  # "professor of political science at ...": the science is no body
                    bodies = [self.at[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in self.at]
                    body = next((b for b in bodies if b.cls == "Organization"), None)
                    if works_at(body, appos):
                        yield Raw(found, "memberOf", body, "noun:occupation-at", appos.i, 0.75)
                        break

    def _applies_for(self, verb: Token) -> Iterator[Raw]:
        """'The Soviet Union applied last year for membership of GATT': the applicant seeks membership."""
        applicants, coref = self._all(self.subjects(verb), STATES)
        yield from self._bids(applicants, self.prep_objects(verb, {"for"}), {"in", "of", "to", "into"},
                              "verb:apply-for", verb.i, coref)

    def _bids(self, applicants: list[Found], wanted: list[Token], preps: set[str], rule: str, trigger: int,
              coref: bool) -> Iterator[Raw]:
        """'(applied) for membership of X': each applicant seeks membership of the organizations named."""
        for noun in wanted:
            if noun.lemma_.lower() in {"membership", "accession", "entry", "admission"}:
                orgs, o_coref = self._all(self.prep_objects(noun, preps), {"Organization"})
                for applicant in applicants:
                    for org in orgs:
                        yield Raw(applicant, "seeksMembershipOf", org, rule, trigger, 0.85, via_coref=coref or o_coref)

    def _backers(self, noun: Token) -> Iterator[Raw]:
        """'Iran and Russia have been Assad's main backers', 'Iran, Assad's other backer', 'X, a longtime Reagan
        supporter', 'one of Reagan's staunch supporters', 'the backers of Assad': the backer supports the backed."""
        head = noun.head
        if noun.dep_ == "attr":
            holders_at = self.subjects(head)
        elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one" and head.head.dep_ == "attr":
            holders_at = self.subjects(head.head.head)
        elif noun.dep_ == "appos" and head.i < noun.i or noun.dep_ == "compound" and head.pos_ == "PROPN":
            holders_at = [head]  # "the group's backer Iran": the parser makes the noun part of the name
        else:
            return
        owner = head if noun.dep_ == "compound" else noun
        targets_at = [c for c in owner.children if c.dep_ == "poss"] + self.prep_objects(noun, {"of"}) + [
            c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        holders, h_coref = self._all(holders_at, ACTORS)
        targets, t_coref = self._all(targets_at, ACTORS | {"Agreement"})
        yield from _each_to_each(holders, "supports", targets, "noun:backer", noun.i, 0.75, h_coref or t_coref)

    def _membership(self, noun: Token, lemma: str) -> Iterator[Raw]:
        orgs, coref = self._all(self.prep_objects(noun, {"in", "of"}), {"Organization"})
        if not orgs and lemma == "member":  # "a member of the Hamas political bureau", "of the Majlis national
            orgs, coref = self._all([c for o in self.prep_objects(noun, {"of"}) if o.pos_ == "NOUN"  # security
                                     for c in o.children if c.dep_ in {"compound", "nmod", "poss"}], {"Organization"})
            # committee": a member of one of the body's organs is one of the body's
        if lemma == "member" and noun.dep_ == "pobj" and noun.head.lower_ == "as":
            yield from self._admitted_as(noun, orgs, coref)
            return
        if not orgs and lemma == "member":
            yield from self._members_named(noun)
            return
        if not orgs:
            if lemma in {"partner", "ally"}:
                yield from self._alliance(noun)
            return
        members, m_coref = self._all([c for c in noun.children if c.dep_ == "poss"], STATES)
        if lemma == "member" and noun.dep_ in {"attr", "appos"}:
            verb = noun.head
            subs, s_coref = self._all(self.subjects(verb) if noun.dep_ == "attr" else [verb], STATES | {"Person"})
            # "Mousa Abu Marzouk, a member of Hamas", "Iran is a member of the SCO"
            members += subs
            m_coref = m_coref or s_coref
            if verb.lemma_ in {"become", "join"}:
                done = completed(verb)  # "became", "has become"; not "will become"
                relation = "memberOf" if done else "seeksMembershipOf"
                for member in members:
                    for org in orgs:
                        yield Raw(member, relation, org, "noun:becomes-member", noun.i, 0.6 if not done else 0.8,
                                  via_coref=coref or m_coref)
                return
        for member in members:
            for org in orgs:
                yield Raw(member, "memberOf", org, f"noun:{lemma}-in", noun.i, 0.75, via_coref=coref or m_coref)

    def _part_of(self, noun: Token) -> Iterator[Raw]:
        """'the ISA is part of Iran's ICT ministry', 'RICHT, part of Iran's heritage ministry', 'Belarus became part
        of the Union State': a body or a state that is part of a body is in it (not 'will become part of')."""
        wholes, coref = self._all(self.prep_objects(noun, {"of"}), {"Organization"})
        verb = noun.head
        if not wholes or noun.dep_ == "attr" and (verb.lemma_ not in {"be", "become", "remain"}
                                                  or verb.lemma_ == "become" and not completed(verb)):
            return
        parts, p_coref = self._all(self.subjects(verb) if noun.dep_ == "attr" else [verb], STATES)
        for part in parts:
            for whole in wholes:
                if part.key != whole.key or not part.key:
                    yield Raw(part, "memberOf", whole, "noun:part-of", noun.i, 0.75, via_coref=coref or p_coref)

    def _alliance(self, noun: Token) -> Iterator[Raw]:
        """'Armenia, Russia's treaty ally', 'Belarus is Russia's closest ally', 'Iran and Belarus are both close
        partners of Russia', 'one of Moscow's closest partners': the state described and the state it is the ally
        or partner of cooperate; not a 'dialogue partner' or 'trading partner', which is a status or a market."""
        if any(c.lemma_.lower() in self.lexicon.frame_words("partner_status_words") for c in noun.children
               if c.dep_ in {"amod", "compound"}) or any(getattr(self.at.get(c.i), "cls", "") == "Organization"
                                                        for c in noun.children if c.dep_ == "compound"):
            return
        partners, p_coref = self._all([c for c in noun.children if c.dep_ == "poss"]
                                      + self.prep_objects(noun, {"of"}), {"Country"})
        phrase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lower_ == "one" else noun  # "one of Moscow's closest partners"
        described: list[Token] = []
        if phrase.dep_ == "attr" and phrase.head.lemma_ in {"be", "remain", "become"}:
            described = self.subjects(phrase.head)
        elif phrase.dep_ == "appos":
            described = [phrase.head]
        sides, s_coref = self._all(described, {"Country"})
        for side in sides:
            for partner in partners:
                if side.key != partner.key:
                    yield Raw(side, "cooperatesWith", partner, "noun:ally-of", noun.i, 0.7,
                              via_coref=s_coref or p_coref)

    def _admitted_as(self, noun: Token, orgs: list[Found], coref: bool) -> Iterator[Raw]:
        """'China, which was admitted as the bank's 47th member', 'Spain joined as NATO's 16th member': who is
        admitted or joins as a body's member is one."""
        verb = noun.head.head
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in ADMISSION_VERBS and orgs:
            before = _nominal_before(noun.head) if noun.head.i > verb.i else None
            members, m_coref = self._all([before] if before is not None else self.subjects(verb),
                                         STATES | {"Person"})  # "As a member of GATT, India cannot support
            # bartering", "Saudi Arabia, as a member of the GCC, backs Kuwait"; "urged Russia, as a permanent
            # member of the council, to act", "called on Russia, as ...": Russia is the member
            yield from _each_to_each(members, "memberOf", orgs, "noun:as-member", noun.i, 0.75, coref or m_coref)
            return
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADMISSION_VERBS:
            return
        if not orgs:  # "admitted to the EC as its 12th member", "joined NATO as its 16th member"
            orgs, coref = self._all(self.prep_objects(verb, {"to", "into"})
                                    + [c for c in verb.children if c.dep_ == "dobj"], {"Organization"})
        if not orgs:  # "admitted as the bank's 47th member"
            orgs, coref = self._all([c for c in noun.children if c.dep_ == "poss"], {"Organization"})
        subjects = [_for_relative(c, verb) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.lemma_.lower() not in {"join", "enter"} and not any(c.dep_ == "nsubjpass" for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ == "dobj"]  # "the summit admitted Senegal as a member"
        members, m_coref = self._all(subjects, STATES)
        for member in members:
            for org in orgs:
                if member.key != org.key:
                    yield Raw(member, "memberOf", org, "verb:admitted-as-member", verb.i, 0.8,
                              via_coref=coref or m_coref)

    def _parties_to(self, noun: Token) -> Iterator[Raw]:
        """'Iran is a party to the NPT', 'Russia and China remain parties to the deal, alongside Britain': the
        subjects (and those alongside them) are parties to the agreement; the copula carries the modality ("is
        not a party")."""
        verb = noun.head
        if noun.dep_ == "appos":  # "Russia, a party to the 2015 nuclear deal, ...": the name set off
            agreements, coref = self._all(self.prep_objects(noun, {"to", "of"}), {"Agreement"})
            parties, p_coref = self._all([verb], STATES)
        else:
            agreements, coref = self._all(self.prep_objects(noun, {"to"}) + self.prep_objects(verb, {"to"}),
                                          {"Agreement"})
            parties, p_coref = self._all(self.subjects(verb) + self.prep_objects(verb, {"alongside"}), STATES)
        for party in parties:
            for agreement in agreements:
                yield Raw(party, "partyTo", agreement, "noun:party-to", verb.i, 0.85, via_coref=coref or p_coref)

    def _counterpart(self, noun: Token) -> Iterator[Raw]:
        """'X ... his Iranian counterpart Y': X and Y met."""
        found = self.at.get(noun.i)
        others = [c for c in noun.children if c.dep_ in {"appos", "compound"}]
        if noun.i + 1 < len(self.doc) and self.at.get(noun.i + 1) is not None:
            others.append(self.doc[noun.i + 1])
        them, _ = self._all(others, {"Person"})
        if found is not None and found.kind == "description":
            ref = self.memory.refs.get(found)
            them = them or ([ref] if ref is not None else [])
        owner = [c for c in noun.children if c.dep_ == "poss"]
        me, _ = self._all(owner, {"Person"})
        for a in me:
            for b in them:
                if a.start != b.start:
                    yield Raw(a, "metWith", b, "noun:counterpart", noun.i, 0.8, via_coref=True)

    def _meeting_with(self, noun: Token) -> Iterator[Raw]:
        """'held talks with X', 'Putin's meeting with Raisi', 'a phone call with X', 'paid a courtesy call on X':
        who meets whom."""
        verb = _governing_verb(noun)
        holders = [noun, verb] if noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_ in HOLDING_VERBS \
            else [noun]  # "held talks with A, ..., and with B": the parser may hang the second "with" on "held"
        called_on = noun.lemma_.lower() == "call" and verb.lemma_.lower() == "pay" and noun.head.i == verb.i
        if not called_on:
            holders += self.prep_objects(noun, {"on", "at", "in"})  # "talks on the sidelines with A": the setting
        partners = [g for h in holders for g in self.prep_objects(h, {"with", "on"} if called_on else {"with"})]
        others, coref = self._all(partners, {"Person"})
        subs, s_coref = self._all(self.subjects(verb), {"Person"})
        owners, o_coref = self._all([c for c in noun.children if c.dep_ == "poss"], {"Person"})
        if owners:  # "her talks with Ryzhkov", "Putin's meeting with Raisi": the owner is a side
            subs, s_coref = owners, o_coref
        during = noun.dep_ == "pobj" and noun.head.lower_ in {"during", "at", "in"} and noun.head.head.i == verb.i
        if not others and len(subs) >= 2 and (noun.dep_ == "dobj" or during) \
                and noun.lemma_.lower() != "call":  # "X and Y held talks"; but who "told Z in a call" called Z
            for a, b in combinations(subs, 2):
                yield Raw(a, "metWith", b, "noun:held-talks", noun.i, 0.8, via_coref=s_coref)
            return
        for a in subs:
            for b in others:
                if a.start != b.start:
                    yield Raw(a, "metWith", b, "noun:meeting-with", noun.i, 0.85, via_coref=coref or s_coref)

    def _on_the_sidelines(self, noun: Token) -> Iterator[Raw]:
        """'The SCO summit opened in Astana. Putin held talks on the sidelines with Xi and Erdogan': who meets on
        the sidelines, of no gathering named, takes part in the gathering the article is about."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return  # "on the sidelines of the summit": the gathering named, read elsewhere
        gathering = self._gathering_of_the_article(noun)
        if not gathering:
            return
        verb = _governing_verb(noun)
        talks = noun.head.head if noun.head.head.pos_ == "NOUN" else verb
        withs = self.prep_objects(noun, {"with"}) + self.prep_objects(talks, {"with"}) + (
            self.prep_objects(verb, {"with"}) if talks is not verb else [])
        sides, coref = self._all(self.subjects(verb) + withs + [o for o in self.objects(verb)
                                                               if verb.lemma_ in {"meet", "receive"}], {"Person"})
        for side in sides:
            yield Raw(side, "participatedIn", gathering[0], "noun:on-the-sidelines", noun.i, 0.7, via_coref=coref)

    def _among_the_guests(self, noun: Token) -> Iterator[Raw]:
        """'Among the guests are A, B and C', 'Among those attending the summit were A and B': the people named take
        part in the gathering the phrase names, else in the gathering the article is about."""
        verb = noun.head.head
        if verb.lemma_ != "be":
            return
        events, e_coref = self._all(self.prep_objects(noun, {"at", "of"}), {"Event"})
        events = events or self._gathering_of_the_article(noun)
        if not events:
            return
        sides, coref = self._all(self.subjects(verb), {"Person"} | STATES)
        for side in sides:
            yield Raw(side, "participatedIn", events[0], "noun:among-the-guests", noun.i, 0.75,
                      via_coref=coref or e_coref)

    def _negotiating_side(self, noun: Token) -> Iterator[Raw]:
        """'X never left the negotiating table on the deal', 'X's negotiations on the treaty': X is a party."""
        if noun.lemma_.lower() == "table" and not any(c.lower_.startswith("negotiat") for c in noun.children):
            return
        holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
        agreements = [f for h in holders for g in self.prep_objects(h, {"on", "over", "about"})
                      if (f := self.at.get(g.i)) is not None and f.cls == "Agreement"]
        if not agreements:
            return
        verb = _governing_verb(noun)
        sides, coref = self._all(self.subjects(verb) + [c for c in noun.children if c.dep_ == "poss"], STATES)
        for side in sides:
            for agreement in agreements:
                yield Raw(side, "partyTo", agreement, "noun:negotiating-side", noun.i, 0.75, via_coref=coref)

    def _conflict_agent(self, noun: Token, event: Found) -> Iterator[Raw]:
        agents: list[Found] = []
        coref = False
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "amod" and fold(child.text) in self.lexicon.demonyms):
                if fold(child.text) in self.lexicon.demonyms:
                    known = self.lexicon.demonyms[fold(child.text)]
                    agents.append(Found(child.i, child.i + 1, "Country", known.key, "demonym"))
                else:
                    hits, used = self.entities(child, STATES)
                    agents += hits
                    coref = coref or used
        head = noun.head
        verb = head.head
        for _ in range(3):  # "hit by Iran and Iraq since 1984 in the war": 'in' may hang on the date
            if verb.pos_ == "VERB" or verb.head.i == verb.i or verb.dep_ not in {"pobj", "prep"}:
                break
            verb = verb.head
        if noun.dep_ == "pobj" and head.lower_ == "in" and verb.pos_ == "VERB" \
                and verb.lemma_.lower() not in {"be", "stay", "remain", "keep", "mediate"}:  # "stayed neutral in"
            hits, used = self._all(self.subjects(verb), STATES)
            agents += hits
            coref = coref or used
        for agent in _unique(agents):
            yield Raw(agent, "participatedIn", event, "noun:conflict-agent", noun.i, 0.75, via_coref=coref)

    def event_participation(self) -> Iterator[Raw]:
        """People at a named event: named in its name ('the Reagan-Gorbachev summit') or in a sentence
        that places them there ('on the sidelines of X', 'on the sidelines of the summit' named before)."""
        for found in self.memory.founds:
            if found.cls != "Event" or found.key.startswith(("conflict:", "war:")):
                continue  # a war's sides are the lexicon's, not whoever a sentence puts near it
            yield from self._named_in_event(found)
            yield from self._event_sides(found)
            if found in self._elections:
                continue  # "France will hold a presidential election", "Indonesia heads for general elections":
                # who runs in it is another matter
            yield from self._event_stagers(found)
            yield from self._at_setting(found, self.doc[found.start:found.end].root,  # "the 13th Meeting of X"
                                        range(found.start, max(found.end, found.name_end)))
        for token in self.doc:
            if token.lemma_.lower() in EVENT_ANAPHORS and token.i not in self.at \
                    and _setting_marker(token, self._attending):
                events, _ = self._all([token], {"Event"})
                for event in events[:1]:  # the summit named before: only the clause's subject is placed there
                    yield from self._at_setting(event, token, range(token.left_edge.i, token.i + 1), anaphor=True)
            elif token.lemma_.lower() in EVENT_ANAPHORS and token.i not in self.at and token.dep_ == "dobj":
                events, _ = self._all([token], {"Event"})
                for event in events[:1]:  # "X hosted the meeting with A and B", the meeting named before
                    yield from self._stagers_of(event, token, anaphor=True)

    def _at_setting(self, found: Found, head: Token, inside: range, anaphor: bool = False) -> Iterator[Raw]:
        """Who a sentence places at an event its clause is set at ('at the talks', 'on the sidelines of X')."""
        prep = _setting_marker(head, self._attending)
        if prep is None:
            return
        verb = prep.head
        for _ in range(4):  # "offered a compromise at talks", "signed its memorandum of obligations at the summit"
            if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"dobj", "pobj", "prep"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lower_ == "sidelines" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "On the sidelines of the summit, X held talks"
        if verb.pos_ == "VERB" or verb.pos_ == "AUX" and verb.dep_ == "ROOT":  # "X will offer a draft at talks"
            actors, coref = self._all(self.subjects(verb), STATES | {"Person"})
            if actors:  # "A met B on the sidelines of the meeting", "Biden met the leaders of Egypt and Jordan at a
                # summit": whom A met there was there too (a person the sentence names is, below, in any case)
                met, m_coref = self._all(self._met_there(verb), {"Person"} if anaphor else STATES | {"Person"})
                actors, coref = _unique(actors + met), coref or m_coref
            for actor in actors:
                # the verb is the trigger: "he will make a pitch at the meeting" is a plan to take part
                yield Raw(actor, "participatedIn", found, "sentence:subject-at-event", verb.i, 0.7,
                          via_coref=coref or anaphor)
        if anaphor:
            return  # a sentence about "the talks" may list one side's delegation, or someone greeted from afar
        sent = head.sent
        above = _reporters_above(prep.head)  # "Reagan said X would offer it at the talks": not there
        # a clause on a noun sets only the noun's phrase there: "Putin brushed off the corridor launched at the G20
        # summit", "the measures, approved by the ministers at a meeting in Luxembourg, target X" (but "Volodin, who
        # met him at the forum", "the invitation to X made at the summit", and "the meeting, held at the forum":
        # whoever met was there)
        noun = verb.head
        clause = range(noun.left_edge.i, noun.right_edge.i + 1) if verb.dep_ in {"acl", "relcl"} \
            and noun.lemma_.lower() not in self._meeting_heads | EVENT_ANAPHORS else range(sent.start, sent.end)
        # inside: the event's own words ("a visit to Rouen": not a visitor)
        people = [f for f in self.memory.founds if f.cls == "Person" and sent.start <= f.start < sent.end
                  and f.start in clause
                  and f.start not in inside and not _in_relative_clause(self.doc[f.start], head)
                  and not any(self.doc[i].dep_ == "nsubj" and self.doc[i].head.i in above
                              for i in range(f.start, f.end))]
        for person in people:
            target = self.memory.person_of(person)
            yield Raw(target, "participatedIn", found, "sentence:at-event", head.i, 0.7)

    def _met_there(self, verb: Token) -> list[Token]:
        """Whom a clause's subject meets: the object of 'met', 'received', 'hosted', or the 'with' of 'held talks
        with' and 'met with'; none for other verbs."""
        lemma = verb.lemma_.lower()
        if lemma in {"meet", "receive", "host", "greet"}:
            return self.objects(verb) + self.prep_objects(verb, {"with"})
        talks = [o for o in self.objects(verb) if o.lemma_.lower() in self._meeting_heads]
        if lemma == "hold" and talks:
            return self.prep_objects(verb, {"with"}) + [t for o in talks for t in self.prep_objects(o, {"with"})]
        return []

    def met_at_meetings(self, raws: list[Raw]) -> Iterator[Raw]:
        """'The meeting was attended by Mitterrand and Kohl': people of different states at one meeting met.

        Only people one sentence places at the same meeting (a summit, talks, a meeting), and not two of one
        state's delegation, whose meeting each other is no news.
        """
        meetings = self.lexicon.frame_words("meeting_event_heads")
        at: dict[tuple[int, int], list[Raw]] = {}
        for raw in raws:
            head = name_head(self.doc, raw.object)
            if raw.predicate == "participatedIn" and raw.subject.cls == "Person" \
                    and raw.rule not in {"verb:represented-at", "verb:attended"} \
                    and {head.lemma_.lower(), head.lower_} & meetings and not yet_to_happen(head, self.lexicon):
                # states represented at a gathering, a roll of those who "attended": no pairs; a meeting that "will
                # take place": none yet
                at.setdefault((raw.object.start, self.doc[raw.trigger].sent.start), []).append(raw)
        for group in at.values():
            if len({self.memory.identity(self.memory.person_of(r.subject)) for r in group}) > MET_AT_MOST:
                continue  # five leaders at a summit were there together; that each met each is no news
            for a, b in combinations(group, 2):
                one, other = self.memory.person_of(a.subject), self.memory.person_of(b.subject)
                if one is other or (one.key and one.key == other.key):
                    continue
                states = [self.memory.country_of(one), self.memory.country_of(other)]
                if states[0] is not None and states[1] is not None and states[0].key == states[1].key:
                    continue
                yield Raw(one, "metWith", other, "sentence:met-at-meeting", b.trigger,
                          round(min(a.confidence, b.confidence) * 0.9, 3), via_coref=a.via_coref or b.via_coref)

    def facilities_at_home(self, raws: list[Raw]) -> Iterator[Raw]:
        """"Iran enriches uranium at its Fordow and Natanz sites": a state's own facility, when the article puts
        it nowhere else, is on the state's soil. It must be named as a facility ("Russia's Mir system" is not
        one), and a military base is not at home: states keep them abroad."""
        named = self.memory.identity
        placed = {named(raw.subject) for raw in raws if raw.predicate == "locatedIn"}
        at_home = self.lexicon.frame_words("facility_heads") - self.lexicon.frame_words("facility_heads_abroad")
        for raw in raws:
            facility = raw.object
            if raw.predicate != "operates" or raw.subject.cls != "Country" or facility.cls != "Facility" \
                    or named(facility) in placed or self._equipment_noun(facility).lemma_.lower() not in at_home:
                continue
            placed.add(named(facility))
            yield Raw(facility, "locatedIn", raw.subject, "sentence:state-facility-at-home", raw.trigger,
                      round(raw.confidence * 0.9, 3), via_coref=raw.via_coref)

    def _event_stagers(self, event: Found) -> Iterator[Raw]:
        """'Rabuka staged a coup', 'Japan hosted the summit': who stages, hosts or holds an event takes part."""
        head = self.doc[event.end - 1]
        before = self.doc[event.start - 1] if event.start else head
        if head.dep_ != "dobj" and before.dep_ == "dobj" and before.pos_ == "NOUN" \
                and before.lemma_.lower() in self.lexicon.frame_words("event_heads"):
            head = before  # "began the joint exercise CASAREX 2025": the parser hangs the name apart from its noun
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj" \
                and head.head.head.lemma_.lower() in ROUND_NOUNS:
            head = head.head.head  # "hosted five rounds of Saudi-Iranian talks": the talks are what is hosted
        yield from self._stagers_of(event, head)
        yield from self._stagers_in_relative_clause(event, head)

    def _stagers_in_relative_clause(self, event: Found, head: Token) -> Iterator[Raw]:
        """'the 33rd Arab Summit, which Bahrain hosted in Manama': who a relative clause says staged the event."""
        staging = self.lexicon.frame_words("staging_verbs")
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.i < head.i or not verb_in(clause, staging) \
                    or not any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in clause.children):
                continue
            actors, coref = self._all(self.subjects(clause), STATES | {"Person"})
            for actor in actors:
                yield Raw(actor, "participatedIn", event, "verb:stage-event", clause.i, 0.75, via_coref=coref)

    def _stagers_of(self, event: Found, head: Token, anaphor: bool = False) -> Iterator[Raw]:
        """Who stages, hosts or holds an event whose noun is `head`, and whom a host hosts it with ('hosted the
        meeting with A and B')."""
        if head.dep_ != "dobj":
            return
        paid = self._is_visit(head) and verb_in(head.head, self.lexicon.frame_words("visit_verbs"))  # "Raisi paid a
        # visit to Moscow": whose visit it is
        if not paid and not verb_in(head.head, self.lexicon.frame_words("staging_verbs")):
            return
        rule = "verb:pay-visit" if paid else "verb:stage-event"
        actors, coref = self._all(self.subjects(head.head), STATES | {"Person"})
        if not actors:
            actors = self._armed_sides(self.subjects(head.head))  # "naval forces of Russia and Iran began the exercise"
        if actors and head.head.lemma_.lower() in {"host", "cohost"}:
            guests, g_coref = self._all(self.prep_objects(head, {"with"}) + self.prep_objects(head.head, {"with"}),
                                        STATES | {"Person"})
            actors, coref = _unique(actors + guests), coref or g_coref
        for actor in actors:
            yield Raw(actor, "participatedIn", event, rule, head.head.i, 0.75, via_coref=coref or anaphor)

    def _armed_sides(self, subjects: list[Token]) -> list[Found]:
        """The states whose armed men or weapons a subject names: 'Russian aircraft', 'naval forces of Russia and
        Iran', 'Pakistani drones and missiles'."""
        armed = self.lexicon.frame_words("armed_nouns")
        sides: list[Found] = []
        for word in (w for t in subjects for w in (t, *t.conjuncts) if w.lemma_.lower() in armed):
            sides += self._nationalities(word)
            sides += [f for o in self.prep_objects(word, {"of"}) for c in (o, *o.conjuncts)
                      if (f := self.at.get(c.i)) is not None and f.cls == "Country"]
        return _unique(sides)

    def _attended_the_event_just_named(self, verb: Token) -> Iterator[Raw]:
        """'The summit opened in Khankendi. Presidents A of Iran and B of Turkey attended, as did C': 'attended'
        with nothing after it ('attended in person' has nothing after it) is of the event the sentence or the one
        before named last, else of the gathering the article is about ('SCO Secretary-General Z also attended').
        So is 'took part' or 'participated', with the sides it lists after a colon ('Delegations of all five states
        took part: A, B, C')."""
        part = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part"]
        if any(c.dep_ in {"dobj", "xcomp", "ccomp"} and c not in part or c.dep_ == "prep" and _of_a_gathering(c)
               for c in (*verb.children, *(c for p in part for c in p.children))):
            return
        events = self._events_just_named(verb) or self._gathering_of_the_article(verb)
        if not events:
            return
        sides, coref = self._all(self.subjects(verb) + _as_did(verb), STATES | {"Person"})  # "..., as did C"
        sides = _unique(sides + [f for w in (verb, *part) if w.i + 2 < len(self.doc) and self.doc[w.i + 1].text == ":"
                                 for f in self._names_listed_from(w.i + 2, STATES | {"Person"})])
        for side in sides:
            yield Raw(side, "participatedIn", events[0], "verb:attended" if verb.lemma_.lower() == "attend"
                      else "verb:took-part", verb.i, 0.75, via_coref=coref)

    def _leaders_acted_together(self, verb: Token) -> Iterator[Raw]:
        """'The leaders of the five littoral states - A, B, C, D and E - adopted a final communique', 'the foreign
        ministers of A, B and C signed a joint statement': states whose leaders act together took part in the
        gathering the sentence or the one before names, else in the one the article is about."""
        leaders = [s for s in self.subjects(verb)
                   if s.tag_ == "NNS" and s.lemma_.lower() in SIDE_NOUNS | HEADS_OF_SIDES]
        states, coref = self._all([o for s in leaders for o in self.prep_objects(s, {"of"})], {"Country"})
        elsewhere = [f for o in self.prep_objects(verb, {"at", "in"}) if (f := self.at.get(o.i)) is not None
                     and f.cls != "Event"]
        if len(states) < 2 or elsewhere:
            return  # "the declaration signed at the White House by the leaders of A and B": not at the summit
        events = self._events_just_named(verb) or self._gathering_of_the_article(verb)
        for state in states if events else []:
            yield Raw(state, "participatedIn", events[0], "verb:leaders-acted-together", verb.i, 0.7, via_coref=coref)

    def _hosted_guests(self, verb: Token) -> Iterator[Raw]:
        """'The ministers met in Tehran for the second meeting of the platform. Foreign Minister A hosted Russia's B
        and Turkey's C': a host and the people hosted take part in the gathering the sentence or the one before
        named, when no other event is hosted."""
        guests, g_coref = self._all(self.objects(verb), {"Person"})
        if not guests or g_coref:
            return
        meetings = self._meeting_heads
        events = [e for e in self._events_just_named(verb) if name_head(self.doc, e).lemma_.lower() in meetings]
        if not events:
            return
        hosts, h_coref = self._all(self.subjects(verb), {"Person"})
        for side in hosts + guests:
            yield Raw(side, "participatedIn", events[0], "verb:hosted-guests", verb.i, 0.7,
                      via_coref=h_coref and side in hosts)

    def _delegation_led(self, verb: Token) -> Iterator[Raw]:
        """'The BRICS summit opened in Johannesburg. Lavrov led Russia's delegation', 'X led the Iranian delegation
        to the talks', 'The American side was led by X': who leads a state's delegation takes part, with the state, in
        the gathering it goes to, else in the gathering the article is about."""
        delegations = [o for o in self.objects(verb) if o.lemma_.lower() == "delegation" or o.lemma_.lower() == "side"
                       and o.dep_ == "nsubjpass" and self._nationalities(o)]  # "The American side was led by X"; not
        # "X leads Iran's side in several projects"
        if not delegations:
            return
        named, e_coref = self._all([t for d in delegations for t in self.prep_objects(d, {"to", "at"})]
                                   + self.prep_objects(verb, {"to", "at"}), {"Event"})
        events = named or self._gathering_of_the_article(verb)
        if not events:
            return
        leaders, l_coref = self._all(self.subjects(verb), {"Person"})
        states = _unique([s for d in delegations for s in self._nationalities(d)])
        for side in leaders + states:
            yield Raw(side, "participatedIn", events[0], "verb:lead-delegation", verb.i, 0.7,
                      via_coref=e_coref or l_coref and side in leaders)

    def _diplomatic_protest(self, verb: Token) -> Iterator[Raw]:
        """'Kyiv downgraded diplomatic relations with Tehran', 'Islamabad recalled its ambassador from Tehran',
        'stripped the Iranian ambassador of his accreditation', 'summoned Azerbaijan's ambassador': a side that cuts
        its ties with another or rebuffs its envoy opposes it."""
        lemma, words = verb.lemma_.lower(), self.lexicon.frame_words
        targets: list[Token] = []
        envoys: list[Token] = []
        for noun in self.objects(verb):
            if lemma in words("rupture_verbs") and noun.lemma_.lower() in words("tie_nouns"):
                targets += self.prep_objects(noun, {"with"}) + self.prep_objects(verb, {"with"})
            elif lemma in words("envoy_rebuff_verbs") and noun.lemma_.lower() in words("envoy_nouns"):
                envoys.append(noun)
        sides, coref = self._all(targets, STATES)
        for envoy in envoys:
            if lemma in {"recall", "withdraw"}:  # "recalled its ambassador from Tehran": the state it was posted to
                sent_to, used = self._all(self.prep_objects(envoy, {"in", "from"}) + self.prep_objects(verb, {"from"}),
                                          STATES)
            else:  # "expelled two Soviet diplomats", "summoned Azerbaijan's ambassador": the state it is of
                sent_to = self._nationalities(envoy) or self._all(self.prep_objects(envoy, {"of"}), STATES)[0]
                used = False
            over, o_coref = self._all(self.prep_objects(verb, {"over"}) + self.prep_objects(envoy, {"over"}),
                                      {"Agreement", "Event"})
            if over:  # "summoned the Russian ambassador over the Moscow-GCC statement": the protest is at that
                sent_to, used = over, o_coref
            sides, coref = _unique(sides + sent_to), coref or used
        if not sides:
            return
        actors, a_coref = self._all(self.subjects(verb), ACTORS)
        yield from _each_to_each(actors, "opposes", sides, "verb:diplomatic-protest", verb.i, 0.7, coref or a_coref)

    def _events_just_named(self, verb: Token) -> list[Found]:
        """The events named in a verb's sentence before it or in the sentence before, nearest first: a named event,
        or "the summit" the article named before."""
        event_words = self.lexicon.frame_words("event_heads")
        events: list[Found] = []
        for token in reversed(self.doc[self._sentence_before(verb):verb.i]):
            found = self.at.get(token.i)
            if found is not None and found.cls == "Event" and found.end == token.i + 1:
                events.append(found)
            elif found is None and token.lemma_.lower() in event_words and token.pos_ == "NOUN":
                events += self._all([token], {"Event"})[0]
        return events

    def _sentence_before(self, verb: Token) -> int:
        """Where the sentence before a verb's starts, past a stray word the parser cut off as a sentence."""
        opening = verb.sent.start
        while opening > 0:
            before = self.doc[opening - 1].sent
            opening = before.start
            if len(before) > 3:
                break
        return opening

    def _event_word_just_before(self, verb: Token) -> bool:
        """Whether the verb's sentence before it, or the sentence before, has a noun for an event other than a
        gathering ('the ceremony', 'the exercise')."""
        event_words = self.lexicon.frame_words("event_heads") - self.lexicon.frame_words("meeting_event_heads") \
            - self.lexicon.frame_words("placed_event_heads") - {"assembly", "congress"}
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in event_words
                   for t in self.doc[self._sentence_before(verb):verb.i])

    def _gathering_of_the_article(self, verb: Token) -> list[Found]:
        """The gathering named before a verb that the article names most, else the last one it named: a meeting or
        a conference, a forum, a session."""
        gatherings = [f for f in self.memory.before(verb.i, {"Event"}, window=False)
                      if name_head(self.doc, f).lemma_.lower() in self._gathering_heads]
        return most_named(self.memory, gatherings) or gatherings[:1]

    def _election_result(self, verb: Token) -> Iterator[Raw]:
        """'Fianna Fail won 81 of the 166 seats in the February 17 poll', 'the Radical Democrats dropping four
        seats', 'X won the election', 'he beat Y in the run-off of the presidential election': who wins or loses
        an election, or seats or votes in it, took part in it: the election the sentence names, else the one the
        article speaks of."""
        objects = self.objects(verb)
        named = [e for o in objects if (e := self.at.get(o.i)) in self._elections] + [  # "won control of the
            e for e in self._elections if (head := self.doc[e.end - 1]).dep_ == "pobj" and head.head.lower_ == "in"
            and next((a for a in head.ancestors if a.pos_ == "VERB"), None) == verb]  # capital
        # in the state elections": wherever the parser hangs the 'in'
        in_sentence = [e for e in self._elections if verb.sent.start <= e.start < verb.sent.end]
        rivals: list[Token] = []
        if verb.lemma_ in {"beat", "defeat"}:  # "A defeated B": both ran, where the sentence names the election
            rivals = [o for o in objects if self.at.get(o.i) not in self._elections]
            elections = named or in_sentence
        elif named or any(t.lemma_.lower() in self.lexicon.frame_words("election_result_nouns")
                          for o in objects for t in o.subtree):
            elections = named or in_sentence or (
                self._elections[:1] if len({e.key for e in self._elections}) == 1 else [])
        else:
            return
        if not elections:
            return
        sides, coref = self._all(self.subjects(verb) + rivals, {"Organization", "Person"})
        for side in (s for s in sides if s.end - s.start > 1 or self.doc[s.start].lemma_.lower() not in RUNNERS):
            yield Raw(side, "participatedIn", elections[0], "verb:election-result", verb.i, 0.7, via_coref=coref)

    def _represented_at(self, verb: Token) -> Iterator[Raw]:
        """'Russia was represented by Energy Minister X, and Mauritania by President Y' at an event the sentence or
        the one before names: each state and its envoy take part in it."""
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            return
        at = self.prep_objects(verb, {"at", "in"})
        events, e_coref = self._all(at, {"Event"})
        if e_coref or at and not events:
            return  # "represented at the wider meeting": some other gathering than the one named
        named_just_before = self._events_just_named(verb)
        if not events and not named_just_before and self._event_word_just_before(verb):
            return  # "80 delegations attended the ceremony. X was represented by Y": an event not named
        events = events[:1] or named_just_before[:1] or self._gathering_of_the_article(verb)
        agents = [b for c in verb.children if c.dep_ == "agent" for b in (c, *c.conjuncts)
                  if b.lower_ == "by" and not any(n.dep_ == "neg" for n in b.children)]  # not "not by Lavrov but"
        if not events or not agents:
            return
        # (states, their envoys): the passive subject's, then each gapped state's ("and Mauritania by President Y")
        pairs: list[tuple[list[Token], list[Token]]] = [([c for c in verb.children if c.dep_ == "nsubjpass"], [])]
        for k, agent in enumerate(agents):
            for envoy in (g for g in agent.children if g.dep_ == "pobj"):
                for person in (envoy, *envoy.conjuncts):
                    if getattr(self.at.get(person.i), "cls", "") in STATES:
                        pairs.append(([person], [g for c in person.children if c.dep_ == "prep" and c.lower_ == "by"
                                                 for g in c.children if g.dep_ == "pobj"]))
                    elif k == 0:
                        pairs[0][1].append(person)
                    elif not pairs[-1][1]:  # "Turkmenistan was represented by A and Afghanistan by B": the parser
                        pairs[-1][1].append(person)  # hangs the second 'by' on the verb
        for states, envoys in pairs:
            people = [p for p in self._all(envoys, {"Person"})[0] if p.kind == "name"]  # not "its envoy"
            if not people:
                continue
            sides, coref = self._all(states, STATES)
            for side in sides + people:
                yield Raw(side, "participatedIn", events[0], "verb:represented-at", verb.i, 0.75, via_coref=coref)

    def _gathered(self, verb: Token) -> Iterator[Raw]:
        """'the gathering brought together the top diplomats of A, B and C', 'the summit gathered A and B': whom an
        event brings together takes part in it."""
        if verb.lemma_.lower() in {"bring", "draw"} and not any(c.lower_ == "together" for c in verb.children):
            return  # "the talks brought results"
        events, e_coref = self._all(self.subjects(verb), {"Event"})
        if not events:
            return
        parts = []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for obj in (o for c in objects for o in (c, *c.conjuncts)):
            if obj.lemma_.lower() in SIDE_NOUNS | {"head", "chief"}:
                parts += self.prep_objects(obj, {"of", "from"}) or [obj]  # "the top diplomats of Iran, Russia"
            else:
                parts.append(obj)
        sides, coref = self._all(parts, STATES | {"Person"})
        sides = _unique(sides + self._people_listed_in(objects))
        for event in events:
            for side in sides:
                yield Raw(side, "participatedIn", event, "verb:event-gathers", verb.i, 0.75,
                          via_coref=coref or e_coref)

    def _people_listed_in(self, objects: list[Token]) -> list[Found]:
        """The people named in a verb's objects, however the parser broke their list ('brought together Russian
        Prime Minister A, Premier of the State Council of China B, Kazakh Prime Minister C'; 'the heads of government
        of the five states: A, B and C'), leaving out relative clauses ('..., who met D')."""
        people: list[Found] = []
        for obj in objects:
            for token in self.doc[obj.left_edge.i:obj.right_edge.i + 1]:
                found = self.at.get(token.i)
                if found is not None and found.cls == "Person" and found.kind == "name" \
                        and token.i == found.end - 1 and not _in_relative_clause(token, obj):
                    people.append(found)
        return people

    def _hosted_by(self, verb: Token) -> Iterator[Raw]:
        """'the summit, hosted by Japan', 'Hosted by Foreign Minister X, the gathering ...', 'the forum was hosted
        by X': the host of an event takes part in it."""
        hosts = self._agents(verb)
        if not hosts:
            return
        if verb.dep_ == "acl":
            described = [verb.head]
        elif any(c.dep_ == "nsubjpass" for c in verb.children):  # "the forum was hosted by X"
            described = [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif verb.i == verb.sent.start:  # the opening participle describes the sentence's subject, which the parser
            # may hang anywhere: take the noun after the comma that closes the host's name
            named = [f for h in hosts if (f := self.at.get(h.i)) is not None]
            after = max((f.end for f in named), default=verb.i + 1)
            while after < verb.sent.end and (self.doc[after].text == ","
                                             or self.doc[after].pos_ in {"DET", "ADJ", "NUM"}):
                after += 1
            described = [self.doc[after]] if after < verb.sent.end and self.doc[after].pos_ == "NOUN" else []
        else:
            return
        events, e_coref = self._all(described, {"Event"})
        sides, coref = self._all(hosts, STATES | {"Person"})
        for event in events:
            for side in sides:
                yield Raw(side, "participatedIn", event, "verb:event-host", verb.i, 0.75, via_coref=coref or e_coref)

    def _event_sides(self, event: Found) -> Iterator[Raw]:
        """'talks with Japan', 'a summit between Reagan and Mulroney': the sides of a meeting take part in it;
        'a summit in Ottawa': it took place there."""
        head = self.doc[event.end - 1]
        sides, coref = self._all(self.prep_objects(head, {"with", "between"}), STATES | {"Person"})
        if head.dep_ == "dobj" and head.head.lemma_ in HOLDING_VERBS:  # "held talks in Istanbul with diplomats
            # from A and B": the states, on the verb (the people the verb's 'with' names met its subject)
            states, s_coref = self._all(self.prep_objects(head.head, {"with"}), STATES)
            sides, coref = _unique(sides + states), coref or s_coref
        for side in sides:
            yield Raw(side, "participatedIn", event, "noun:event-sides", head.i, 0.75, via_coref=coref)
        if head.lemma_.lower() in self._meeting_heads or head.lower_ in self._meeting_heads:
            members, coref = self._all(self.prep_objects(head, {"of"}) + officials_of_states(head),
                                       {"Country", "Person"})
            for member in members:  # "a trilateral meeting of Azerbaijan, Russia and Iran" (a body's own
                # meeting is not news of its taking part)
                yield Raw(member, "participatedIn", event, "noun:meeting-of", head.i, 0.75, via_coref=coref)
        visit = self._is_visit(head)
        owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ not in PLURAL_POSSESSIVES]
        if visit:
            owners += self.prep_objects(head, {"by"})  # "a visit to Manila by President Aquino"
        sides, coref = self._all(owners, STATES | {"Person"})
        for side in sides:  # "Gandhi's visit"
            yield Raw(side, "participatedIn", event, "noun:event-owner", head.i, 0.75, via_coref=coref)
        wheres = [(visit_destination(head) if visit else None, "noun:visit-destination"),
                  (event_place(head, self.lexicon, described=True), "noun:event-place")]  # "a visit to Rouen", "a
        # summit in Ottawa", "held in the Russian capital"
        for where, rule in wheres:
            found = (self.at.get(where.i) or self._capital_described(where)) if where is not None else None
            if where is None or found is None or found.cls not in {"City", "Country", "Place"}:
                continue
            held = where.head.head  # "the summit will be held in Tehran": the verb's tense is the place's
            if held.pos_ == "VERB" and held.i != head.i:
                yield Raw(event, "locatedIn", found, "verb:event-held-in", held.i, 0.8)
            else:
                yield Raw(event, "locatedIn", found, rule, head.i, 0.8)

    def _is_visit(self, head: Token) -> bool:
        return head.lemma_.lower() in self.lexicon.frame_words("visit_heads")

    def _named_in_event(self, event: Found) -> Iterator[Raw]:
        names = {p for t in self.doc[event.start:event.end] for p in t.text.split("-")}
        for person in self.memory.founds:
            if person.cls == "Person" and person.kind == "name" and person.end <= event.start \
                    and self.doc[person.end - 1].text in names:
                yield Raw(person, "participatedIn", event, "noun:event-named-after", event.start, 0.8)

    def demonym_locations(self) -> Iterator[Raw]:
        """'Iranian Pouya Air Transport', 'the Soviet news agency Tass', "Iran's national news agency, IRNA":
        an organization or facility qualified by a nationality, directly or through a descriptive noun."""
        for found in self.memory.founds:
            if found.cls not in {"Organization", "Facility"} or found.kind != "name":
                continue
            known = self.lexicon.by_key.get(found.key)
            if self.lexicon.is_league(found.key):
                continue  # "French EC affairs minister": the EC is in no one country
            country = self._demonym_at(self.doc[found.start - 1]) if found.start else None
            named = self.at.get(found.start - 1) if found.start else None
            if country is None and named is not None and named.cls == "Country" and named.kind == "name" \
                    and self.doc[found.start - 1].dep_ in {"compound", "nmod"}:
                country = named  # "the U.S. Central Intelligence Agency"
            owner = named or (self.at.get(found.start - 2) if found.start >= 2 else None)  # "Kuwait's" or "Kuwait 's"
            if country is None and self.doc[found.start - 1].text in {"'s", "\u2019s"} and owner is not None \
                    and owner.cls == "Country" and owner.end >= found.start - 1 \
                    and (owner.kind == "name" or owner.kind == "metonym" and found.cls == "Organization") \
                    and self._may_be_home(known, owner):
                country = owner  # "Kuwait's Foreign Ministry", "Russia's Gazprom", "Tehran's IRNA news agency"; not
                # "Iran's Hezbollah", nor "Moscow's Cathedral Mosque" (in the city)
            country = country or self._owner_past_qualifiers(found, known) \
                or self._state_opening_the_name(found, known) or self._state_closing_the_name(found, known) \
                or self._state_after_its_body(found)
            if country is not None:
                yield Raw(found, "locatedIn", country, "noun:demonym-qualifier", country.start, 0.8)
                continue
            of = self._named_after_of(found)
            placed_by_of = of is not None and of.cls in {"Country", "City", "Place"} and of.kind == "name"
            described = self._nationality_of_descriptor(found) or self._nationality_in_apposition(found)
            first = self.doc[found.start:found.end].root
            while described is None and not placed_by_of and first.dep_ == "conj" and first.head.i < first.i:
                # not "China's X Corp and Y Ltd of Chile": Y is where its name says
                first = first.head  # "the French companies X, Y and Z": Z is French as X is
                listed = self.at.get(first.i)
                before = index_before(self.doc, first.i)
                if listed is not None and listed.cls == "Organization" and before >= 0 \
                        and self.doc[before].tag_ != "NN":  # "the French company X and Y of Munich": Y may be anyone's
                    described = self._nationality_of_descriptor(listed)
            if described is not None:
                yield Raw(found, "locatedIn", described, "noun:demonym-descriptor", described.start, 0.75)

    def _state_after_its_body(self, found: Found) -> Found | None:
        """'the Ministry of Foreign Affairs of Ukraine', where NER ends the body's name before its state: the state
        named right after a state's body and its 'of'."""
        if not a_bare_state_body(self.doc, found, self.lexicon):
            return None
        state = self._named_after_of(found)
        return state if state is not None and state.cls == "Country" and state.kind == "name" else None

    def _may_be_home(self, known: Known | None, state: Found | Known) -> bool:
        """Whether a state may be a known body's home: any state for a body the lexicon places nowhere, else its
        country or the state that country was on the article's date ("West Germany's Siemens" in 1987)."""
        if known is None or not known.country:
            return True
        then = self.lexicon.state_on(known.country, self.memory.published)
        return state.key in {known.country, then.key if then is not None else known.country}

    def _owner_past_qualifiers(self, found: Found, known: Known | None) -> Found | None:
        """"Iran's state-run Government Trading Corporation", "Russia's state-owned Gazprom": the state whose
        possessive a name hangs on, past the adjectives between the two."""
        root = self.doc[found.start:found.end].root
        if root.dep_ == "compound" and root.head.i >= found.end \
                and root.head.lemma_.lower() in self.lexicon.frame_words("org_descriptors"):
            root = root.head  # "Hungary's state-owned Mogurt trading company"
        owner = next((self.at.get(c.i) for c in root.children if c.dep_ == "poss" and c.i < found.start), None)
        if owner is None or owner.cls != "Country" or owner.end >= found.start \
                or not (owner.kind == "name" or owner.kind == "metonym" and found.cls == "Organization") \
                or not self._may_be_home(known, owner):
            return None
        between = self.doc[owner.end:found.start]
        qualifiers = all(t.tag_ == "POS" or t.dep_ in {"amod", "npadvmod", "advmod", "punct"} and t.head.i >= t.i
                         for t in between)
        return owner if qualifiers and any(t.tag_ != "POS" for t in between) else None

    def _state_opening_the_name(self, found: Found, known: Known | None) -> Found | None:
        """"Iran's Supreme National Security Council" (a name the lexicon knows with its state's possessive), 'the
        US Treasury Department', 'the British Ministry of Defence' (a ministry's name opening with its state) are
        that state's. Other names that open so ('Azerbaijan Airlines', 'the U.S. Navy') are not read: the text
        names the state as part of the name, and says nothing more of where the body is."""
        words = self.doc[found.start:found.end]
        if words[0].lower_ == "the":
            words = words[1:]
        if any(t.lower_ in MISSIONS for t in words):
            return None  # "Iran's consulate in Basra" is Iran's, on Iraq's soil
        ministry = words.root.lemma_.lower() in MINISTRY_HEADS
        for n in (2, 1):
            opening = words[:n]
            possessive = len(words) > n and words[n].text in {"'s", "\u2019s"}
            if len(words) <= n + possessive or not (possessive or ministry) or "-" in opening.text:
                continue
            state = self.lexicon.country_word(opening.text, self.memory.published)
            if state is not None and state.cls == "Country" and fold(opening.text) not in self.lexicon.combining \
                    and self._may_be_home(known, state):
                return Found(opening.start, opening.end, "Country", state.key, "demonym")
        return None

    def _state_closing_the_name(self, found: Found, known: Known | None) -> Found | None:
        """'the Central Bank of Iran', 'the Supreme Court of Russia', 'the Liberal Party of Australia': a body whose
        name ends with 'of' and a state is that state's."""
        words = self.doc[found.start:found.end]
        of = max((t.i for t in words[1:-1] if t.lower_ == "of"), default=None)
        if of is None or not any(t.lower_ in self._body_words for t in self.doc[found.start:of]):
            return None  # not "the Gulf of Mexico"
        start = of + 1 + (self.doc[of + 1].lower_ == "the")
        tail = self.doc[start:found.end]
        state = self.lexicon.names.get(fold(tail.text)) if len(tail) else None
        if state is None or state.cls != "Country" or not self._may_be_home(known, state):
            return None
        return Found(start, found.end, "Country", state.key, "demonym")

    def _nationality_of_descriptor(self, found: Found) -> Found | None:
        """The country of 'Soviet' or "Iran's" before a descriptive noun phrase right before a name ('the French
        daily Le Monde'), or the city before one ('the Tehran daily Shargh')."""
        name_root = self.doc[found.start:found.end].root
        descriptors = self.lexicon.frame_words("org_descriptors")  # "daily", "weekly": nouns tagged adjectives
        i, nouns = index_before(self.doc, found.start), 0
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        while i >= 0 and found.start - i <= 6:
            token = self.doc[i]
            if token.text == "'s" and i > 0:
                owner = self.at.get(i - 1)
                return owner if nouns and owner is not None and owner.cls == "Country" else None
            country = self._demonym_at(token)
            named = self.at.get(i)  # "the Kuwait magazine X"
            if country is None and named is not None and named.kind == "name" and named.cls == "Country" \
                    and token.dep_ == "compound" and named.end == i + 1:
                country = named
            elif country is None and named is not None and named.end == i + 1 and token.dep_ in {"compound", "nmod"}:
                country = named if named.cls == "City" else self._capital_itself(named)  # "the Tehran daily X"
            if country is not None:
                return country if nouns else None
            if token.text == "-" or token.tag_ == "VBN" and token.dep_ == "amod" and token.is_lower:
                i -= 1  # "the Norwegian state-owned firm X"
                continue
            modifier = token.dep_ in {"compound", "amod", "nmod", "npadvmod"}
            named_by = name_root.dep_ == "appos" and name_root.head.i == token.i  # "the agency, IRNA,"
            named_by |= token.i == found.start - 1 and token.pos_ == "NOUN"  # "agency Tass", parsed apart
            if not token.is_lower or token.pos_ not in {"NOUN", "ADJ"} or not (modifier or named_by):
                return None
            nouns += token.pos_ == "NOUN" or token.lower_ in descriptors
            i -= 1
        return None

    def _capital_itself(self, named: Found) -> Found | None:
        """The city a capital's name stands for where it was read as its state ('Tehran' in 'the Tehran daily')."""
        written = fold(self.doc[named.start:named.end].text)
        capitals = self.lexicon.capitals_of(named.key) if named.cls == "Country" and named.kind == "metonym" else []
        return Found(named.start, named.end, "City", f"place:{written}", "part") if written in capitals else None

    def _nationality_in_apposition(self, found: Found) -> Found | None:
        """'X, the French export credit agency', "Y, Iran's official news agency", "Iran's largest port, Z": the
        country of a descriptive noun in apposition with a name."""
        root = self.doc[found.start:found.end].root
        describing = self.lexicon.frame_words("org_descriptors") | self.lexicon.frame_words("legislature_words") \
            | self.lexicon.frame_words("facility_heads") - self.lexicon.frame_words("facility_heads_abroad")  # "X,
        # Russia's air base in Syria" is not in Russia; "Ukraine's parliament, the Verkhovna Rada" is in Ukraine
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= found.end]
        if root.dep_ == "appos" and root.head.i < found.start:
            nouns.append(root.head)  # "Türkiye's first nuclear power plant, Akkuyu"
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in describing:
                continue
            for child in noun.children:
                if child.i > noun.i or child.dep_ not in {"amod", "compound", "nmod", "poss"}:
                    continue
                owner = self._demonym_at(child) or self.at.get(child.i)
                if owner is not None and owner.cls == "Country":
                    return owner
            of = [f for t in self.prep_objects(noun, {"of"}) if (f := self.at.get(t.i)) is not None
                  and f.cls == "Country" and f.kind == "name"]  # "the national railway company of Kazakhstan"
            if of:
                return of[0]
        return None

    def _demonym_at(self, token: Token) -> Found | None:
        """The country a nationality word stands for ('Iranian', 'Soviet'), as a mention at that token."""
        known = self.lexicon.as_of(fold(token.text), self.lexicon.demonyms.get(fold(token.text)), self.memory.published)
        if known is None or token.ent_type_ not in {"NORP", "GPE"} and not (
                token.dep_ in {"amod", "compound"} and token.head.pos_ == "NOUN" and token.head.is_lower):
            return None  # not "American Express"; but "a Ugandan goodwill mission", whatever NER called the word
        return Found(token.i, token.i + 1, "Country", known.key, "demonym")

    def hyphenated_sides(self) -> Iterator[Raw]:
        """'the U.S.-Japan semiconductor agreement', 'the Franco-German meeting', 'the Iran-Iraq war': the
        two countries a hyphenated pair names are the agreement's parties or the event's participants."""
        for found in self.memory.founds:
            if found.cls not in {"Agreement", "Event"} or found.kind in {"anaphor", "generic", "bare"}:
                continue
            if found.key.startswith("agreement:drafted"):
                continue  # "the Russian-Chinese draft": its drafters back it; a resolution has no parties
            relation = "partyTo" if found.cls == "Agreement" else "participatedIn"
            start = min(found.start, self.doc[found.end - 1].left_edge.i)
            for side in self._hyphen_pair(start, found.end):
                yield Raw(side, relation, found, "noun:hyphenated-sides", found.start, 0.85)

    def _hyphen_pair(self, start: int, end: int) -> list[Found]:
        tokens = self.doc[start:end]
        for k, token in enumerate(tokens):
            mark = "/" if token.text.count("/") == 1 else "-"  # "the U.S./ASEAN memorandum"
            if token.text.count(mark) == 1 and not token.text.startswith(mark) and not token.text.endswith(mark):
                left, right = token.text.split(mark)
                pair = [(token.i, left), (token.i, right)]  # "U.S.-Japan" as one token
            elif token.text in {"-", "/"} and 0 < k < len(tokens) - 1 and not token.whitespace_ \
                    and not tokens[k - 1].whitespace_:
                pair = [(tokens[k - 1].i, tokens[k - 1].text), (tokens[k + 1].i, tokens[k + 1].text)]
            else:
                continue
            (i, a), (j, b) = [(i, self._side_word(word)) for i, word in pair]
            if a is not None and b is not None and a != b:
                return [Found(i, i + 1, a.cls, a.key, "demonym"), Found(j, j + 1, b.cls, b.key, "demonym")]
        return []

    def _side_word(self, word: str) -> Known | None:
        """The state a word of a hyphenated pair stands for ('Japan', 'Soviet'), or the league of states it names
        ('the Egypt-IMF agreement', 'the U.S./ASEAN memorandum')."""
        country = self.lexicon.country_word(word, self.memory.published)
        if country is not None:
            return country
        known = self.lexicon.names.get(fold(word))
        return known if known is not None and self.lexicon.is_league(known.key) and word.replace(".", "").isupper() \
            else None

    def drafters(self) -> Iterator[Raw]:
        """'a resolution drafted by Russia and China', 'a U.S.-drafted resolution', 'The resolution was put
        forward by France and Germany': who drafted a resolution supports it."""
        for found in self.memory.founds:
            head = self.doc[found.end - 1]
            if found.cls != "Agreement" or head.lemma_.lower() not in RESOLUTION_WORDS:
                continue
            named, _ = drafted_by(head, self.lexicon)
            sides = [self._drafter(i, key) for i, key in named.items() if i in self.at or key.startswith("country:")]
            for side in _unique(sides):
                yield Raw(side, "supports", found, "noun:drafted-by", head.i, 0.8)
            verb = head.head
            if head.dep_ == "nsubjpass" and verb.lemma_.lower() in DRAFTING_VERBS:  # "was put forward by A, B"
                writers, coref = self._all(self._agents(verb), STATES)
            elif head.dep_ == "dobj" and verb.lemma_.lower() in DRAFTING_VERBS - {"put"}:  # "A and B drafted it"
                writers, coref = self._all(self.subjects(verb), STATES)
            else:
                continue
            for side in writers:
                yield Raw(side, "supports", found, f"verb:{verb.lemma_.lower()}", verb.i, 0.8, via_coref=coref)

    def statement_issuers(self) -> Iterator[Raw]:
        """'Russia and Iran said in a joint statement that ...', 'In the Doha joint statement, the eight countries
        called for ...': who speaks in a joint statement issued it, and is a party to it."""
        for found in self.memory.founds:
            head = self.doc[found.start:found.end].root
            if found.cls != "Agreement" or found.kind == "anaphor" or head.lemma_.lower() not in STATEMENT_HEADS \
                    or head.dep_ != "pobj" or head.head.lower_ != "in":
                continue
            verb = head.head.head
            if verb.pos_ != "VERB":
                continue
            speakers, coref = self._all(self.subjects(verb), STATES)
            for side in speakers:
                yield Raw(side, "partyTo", found, "sentence:said-in-statement", verb.i, 0.75, via_coref=coref)

    def _drafter(self, i: int, key: str) -> Found:
        """The state or body a drafter's word names: its own mention, or the state a demonym stands for ("the
        Russian-Chinese draft")."""
        found = self.at.get(i)
        return found if found is not None and found.cls in STATES else Found(i, i + 1, "Country", key, "demonym")

    def _blacklisted(self, verb: Token, prep: str) -> Iterator[Raw]:
        """'Washington added the airline to its own blacklist', 'placed X on its sanctions list': who keeps the
        list opposes who is put on it."""
        lists = [g for g in self.prep_objects(verb, {prep}) if g.lemma_.lower() in BLACKLISTS
                 or g.lemma_.lower() == "list" and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower()
                                                       in LIST_KINDS for c in g.children)]
        if not lists:
            return
        listers, l_coref = self._all(self.subjects(verb), STATES)
        listed, t_coref = self._all(self.objects(verb) + [g for p in lists[0].children if p.lower_ == "with"
                                                          for g in p.children if g.dep_ == "pobj"], ACTORS)
        for lister in listers:
            for target in listed:
                if lister.key != target.key:
                    yield Raw(lister, "opposes", target, "verb:blacklist", verb.i, 0.75, via_coref=l_coref or t_coref)

    def _outlawed(self, verb: Token) -> Iterator[Raw]:
        """'HTS, which Ankara, Moscow and the United Nations list as a terrorist organisation', 'Washington
        designated the group a terrorist organisation', 'the movement is still listed as a terrorist organisation
        in Russia': who lists a side as terrorist opposes it."""
        outlaw = tuple(self.lexicon.frame_words("outlaw_words"))
        labels = [c for c in [*verb.children, *self.prep_objects(verb, {"as"})] if c.dep_ in {"oprd", "dobj", "pobj"}
                  and any(t.lower_.startswith(outlaw) for t in c.subtree)]  # "designated the Houthis a terrorist
        if not labels:  # organisation": the parser makes both objects
            return
        listers, l_coref = self._all(self.subjects(verb), STATES)
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if not listers and passive:  # "listed as a terrorist organisation in Russia", wherever the 'in' hangs
            listers, l_coref = self._all(self.prep_objects(verb, {"in"}) + self.prep_objects(labels[0], {"in"}),
                                         {"Country"})
        listed, t_coref = self._all([o for o in self.objects(verb) if o not in labels], ACTORS)
        for lister in listers:
            for target in listed:
                if lister.key != target.key:
                    yield Raw(lister, "opposes", target, "verb:outlaw", verb.i, 0.75, via_coref=l_coref or t_coref)

    def _votes(self, verb: Token) -> Iterator[Raw]:
        """'A and B voted in favor, while C voted against': how states voted on the resolution named after
        "for" or "against", or, with none named, on the last one the article named; abstaining is neither."""
        relation, named = "", []
        for prep in (c for c in verb.children if c.dep_ in {"prep", "advmod", "prt"}):
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ == "in" and any(o.lower_ in {"favor", "favour"} for o in objects):
                relation = "supports"  # "voted in favour of the draft"
                named = [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children
                         if g.dep_ == "pobj"]
            elif prep.lower_ in VOTING_PREPS:
                relation, named = ("supports" if prep.lower_ == "for" else "opposes"), objects
        if not relation:
            return
        targets = self._all(named, {"Agreement"})[0] if named else []
        if not targets and all(o.lemma_.lower() in VOTED_ON and any(c.lower_ in ANAPHORIC_DETS for c in o.children)
                               for o in named):  # "voted against the move": the resolution; not "every resolution"
            resolutions = [f for f in self.memory.founds if f.cls == "Agreement"
                           and (self.doc[f.end - 1].lemma_.lower() in RESOLUTION_WORDS
                                or "resolution" in self.doc[f.start:f.end].text.lower())]
            earlier = [f for f in resolutions if f.end <= verb.i]
            targets = earlier[-1:] or resolutions[:1]  # a lede's vote on a resolution the next paragraph names
        subjects, coref = self._all(self.subjects(verb), STATES)
        if not subjects and (among := _among(verb)) is not None and among.head.lemma_ == "be":
            subjects, coref = self._all(self.subjects(among.head), STATES)  # "A and B were among those voting for"
        if not subjects and verb.dep_ in {"acl", "relcl"}:
            subjects = self._voters_listed(verb.head)
        for subject in subjects:
            for target in targets:
                yield Raw(subject, relation, target, "verb:vote", verb.i, 0.85, via_coref=coref)

    def _voters_listed(self, group: Token) -> list[Found]:
        """The states a vote's plural subject lists: 'the countries voting against included A, B and C' (and the
        'besides D, E' set before them), 'with A, B and C among the 24 countries that voted against'."""
        if group.lemma_.lower() not in {"country", "state", "nation", "member", "government"} or group.tag_ != "NNS":
            return []
        if group.dep_ == "pobj" and group.head.lower_ == "among" and group.head.i > 0:
            return self._country_list(group.head.i - 1, step=-1)
        verb = group.head
        if group.dep_ != "nsubj" or verb.lemma_.lower() not in {"include", "be"}:
            return []
        listed = [f for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i > verb.i
                  for f in self._names_listed_from(c.left_edge.i, {"Country"})]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"besides", "beside"}):
            listed += self._names_listed_from(prep.i + 1, {"Country"})
        return listed

    def member_lists(self) -> Iterator[Raw]:
        """'OPEC members Gabon, Algeria and Libya', 'Hungary and Yugoslavia, the two GATT members': the
        countries listed right after or in apposition before 'ORG member(s)' are members."""
        for token in self.doc:
            if token.lower_ in GROUPING_VERBS and token.i > 0 and token.pos_ != "VERB":
                org = self.at.get(self._before_aside(token.i))  # "The Arab League groups Egypt, Jordan and Syria",
                # parsed as a noun
                if org is not None and org.cls == "Organization" and org.kind == "name":
                    for country in self._country_list(token.i + 1, step=1):
                        yield Raw(country, "memberOf", org, "verb:made-of", token.i, 0.8)
            if token.lemma_.lower() in {"country", "state", "nation"} and token.tag_ == "NNS" and token.i > 0 \
                    and token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in {"--", ":"}:
                org = self.at.get(token.i - 1)  # "the EFTA countries -- Switzerland, Austria and Sweden --"
                if org is not None and org.cls == "Organization" and org.kind == "name":
                    yield from self._members_listed(org, token.i + 2, token.i)
                continue
            if token.lemma_.lower() != "member" or token.pos_ != "NOUN" or token.i == 0:
                continue
            org = self.at.get(token.i - 1)
            of_org = [f for o in self.prep_objects(token, {"of"}) if (f := self.at.get(o.i)) is not None
                      and f.cls == "Organization" and f.kind == "name"]
            if of_org:  # "the permanent members of the Security Council -- China, Britain and France"
                end = max(t.i for o in self.prep_objects(token, {"of"}) for t in o.subtree) + 1
                if end < len(self.doc) and self.doc[end].text in {"--", "-", ":", ","}:
                    yield from self._members_listed(of_org[0], end + 1, token.i)
                continue
            if org is None and token.dep_ == "compound" and token.head.lemma_.lower() in {"state", "country", "nation"}:
                yield from self._members_of_the_last_body(token.head)
                continue
            if org is None and token.dep_ == "dobj" and token.head.lemma_.lower() in {"have", "count"} \
                    and token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in {":", "--"}:
                owners = [f for s in self.subjects(token.head) if (f := self.at.get(s.i)) is not None
                          and f.cls == "Organization" and f.kind == "name"]  # "the GECF had twelve members: A, B"
                if owners:
                    yield from self._members_listed(owners[0], token.i + 2, token.i)
                continue
            if org is None or org.cls != "Organization" or org.kind != "name":
                continue
            if token.tag_ == "NN":  # "CDU member Hans Tietmeyer", "X, a veteran National Party member"
                named = self.at.get(token.i + 1)
                if named is not None and named.cls == "Person" and named.kind == "name" and named.start == token.i + 1:
                    people, coref = [named], False
                else:
                    people, coref = self._all(self._described_by(token), {"Person"})
                for person in people:
                    yield Raw(person, "memberOf", org, "noun:org-member", token.i, 0.75, via_coref=coref)
            first = token.i + 1
            if first < len(self.doc) and self.doc[first].text in {"--", ":"}:
                first += 1  # "four OPEC members -- Saudi Arabia, Kuwait, Qatar and the UAE --"
            listed = self._country_list(first, step=1) or (  # "UMOA members are Benin, Mali and Togo"
                self._countries_listed_after(token) if token.dep_ == "nsubj" else [])
            left = token.left_edge.i
            if left > 1 and self.doc[left - 1].text == ",":
                listed += self._country_list(left - 2, step=-1)
            for country in listed:
                yield Raw(country, "memberOf", org, "noun:org-members-list", token.i, 0.8)

    def _members_listed(self, org: Found, first: int, trigger: int) -> Iterator[Raw]:
        """The countries listed from token `first` on are members of the body."""
        for country in self._country_list(first, step=1):
            yield Raw(country, "memberOf", org, "noun:org-members-list", trigger, 0.8)

    def _members_named(self, noun: Token) -> Iterator[Raw]:
        """"the union's five members, Russia, Kazakhstan, Belarus, Armenia and Kyrgyzstan", 'OPEC members such as
        the UAE and Saudi Arabia': the states listed right after a body's members, or as examples of them, are its
        members."""
        listed = self._countries_listed_after(noun) or self._examples(noun, STATES)
        if not listed:
            return
        orgs, coref = self._all([c for c in noun.children if c.dep_ in {"poss", "compound"}], {"Organization"})
        for org in orgs:
            if self.lexicon.is_state_body(fold(self.doc[org.start:org.end].text)):
                continue  # a ministry has no member states, whatever "the group" was taken for
            for member in listed:
                yield Raw(member, "memberOf", org, "noun:members-named", noun.i, 0.8, via_coref=coref)

    def _listed_after_colon(self, noun: Token, classes: set[str], marks: frozenset[str] = frozenset(":")
                            ) -> list[Found]:
        """The names a colon (or another of `marks`) lists right after a plural noun and what describes it ("five
        people linked to the program: A, B and C")."""
        if noun.tag_ != "NNS":
            return []
        end = noun.sent.end
        i = noun.i + 1
        while i < end and self.doc[i].text not in marks and noun in self.doc[i].ancestors:
            i += 1
        return self._names_listed_from(i + 1, classes) if i < end and self.doc[i].text in marks else []

    def _examples(self, noun: Token, classes: set[str]) -> list[Found]:
        """What a noun's 'such as', 'like' or 'including' lists ("OPEC members such as the UAE and Saudi
        Arabia")."""
        preps = [c for c in noun.children if c.dep_ == "prep" and (
            c.lower_ in {"like", "including"} or c.lower_ == "as" and c.i and self.doc[c.i - 1].lower_ == "such")]
        listed, _ = self._all([g for p in preps for g in p.children if g.dep_ == "pobj"], classes)
        return listed

    def _members_of_the_last_body(self, noun: Token) -> Iterator[Raw]:
        """'... signed with the EAEU. Also there were the heads of the other member states, Armenia, Belarus and
        Kyrgyzstan': the states listed after 'member states' are members of the international body last named."""
        listed = self._countries_listed_after(noun)
        if not listed:
            return
        bodies = [f for f in self.memory.before(noun.i, {"Organization"}) if f.kind == "name"
                  and self.lexicon.is_league(f.key)
                  and not (f.start > 0 and self.doc[f.start - 1].text == "(")]  # "(EEC)" is the name before it
        if not bodies:
            return
        for country in listed:
            yield Raw(country, "memberOf", bodies[0], "noun:members-of-the-body", noun.i, 0.7, via_coref=True)

    def _before_aside(self, i: int) -> int:
        """The token before i, or before the comma-bounded aside that ends right before i ('The PTA, set up in
        1982, groups ...': 'PTA')."""
        if self.doc[i - 1].text != ",":
            return i - 1
        start = self.doc[i - 1].sent.start
        opening = next((k for k in range(i - 2, start, -1) if self.doc[k].text == ","), None)
        return opening - 1 if opening is not None and i - 1 - opening <= 8 else i - 1

    def _countries_listed_after(self, noun: Token) -> list[Found]:
        """The countries listed right after a noun and a comma, dash or colon ("members, Armenia, Belarus and
        Kyrgyzstan"), or after the verb it is the subject of ("the group's members are A, B", "... include A")."""
        first = noun.i + 1
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.lemma_.lower() in {"be", "include"}:
            listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"} and c.i > verb.i]
            return self._country_list(listed[0].left_edge.i, step=1) if listed else []
        if first >= len(self.doc) or self.doc[first].text not in {",", "--", "-", ":"}:
            return []
        return self._country_list(first + 1, step=1)

    def _country_list(self, i: int, step: int) -> list[Found]:
        """Countries in a run like 'Gabon, Algeria and Libya' starting at token i, read forwards or backwards."""
        out: list[Found] = []
        while 0 <= i < len(self.doc):
            found = self.at.get(i)
            if found is not None and found.cls == "Country" and found.kind == "name":
                out.append(found)
                i = (found.end if step > 0 else found.start - 1)
            elif self.doc[i].text == "," or self.doc[i].lower_ == "and" and out or self.doc[i].lower_ == "the":
                i += step
            else:
                break
        return out

    def city_then_country(self) -> Iterator[Raw]:
        """'in Reykjavik, Iceland', 'Anchorage, Alaska': a city or place followed by the country or region it is in."""
        for found in self.memory.founds:
            if found.cls not in {"City", "Place"} or found.end + 1 >= len(self.doc) \
                    or self.doc[found.end].text != ",":
                continue
            country = self.at.get(found.end + 1)
            if country is None or country.cls not in {"Country", "Place"} or country.kind != "name" \
                    or country.start != found.end + 1 or self._continues_a_list(country.end) \
                    or self._possessive(country) or self._a_clause_subject(country) \
                    or country.cls == "Place" and found.cls != "City" and not self._a_known_region(country):
                continue  # "Paris, France and Italy" is a list, not an address; "In Vienna, Pakistan's envoy" and
                # "the talks were held in Moscow, Iran said" neither; a region holds a city, and "Gilan province,
                # X" (a name NER takes for a place) is no address, but "Maynard, Mass." is one
            yield Raw(found, "locatedIn", country, "noun:city-country", found.start, 0.85)

    def _a_known_region(self, found: Found) -> bool:
        """Whether a mention is of a state's own state, province or region that the gazetteer knows."""
        known = self.lexicon.by_key.get(found.key)
        return known is not None and known.cls == "Place"

    def _a_clause_subject(self, found: Found) -> bool:
        """Whether a mention is the subject of a clause of its own ('..., Iran said')."""
        return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i >= found.end for t in self.doc[found.start:found.end])

    def owned_equipment(self) -> Iterator[Raw]:
        """"Japan's F-1 planes", "Iran's S-300 batteries", "its Fordow and Natanz sites": a state's named weapons
        and facilities are ones it operates."""
        for found in self.memory.founds:
            generic = found.key.startswith("product:") and \
                found.key.split(":", 1)[1].replace("-", " ") in self.lexicon.products
            kinds = {"name", "designation"} | ({"phrase"} if found.cls == "Facility" else set())
            if found.cls not in {"Product", "Facility"} or found.kind not in kinds or generic:
                continue  # generic kinds ("missiles") are not named equipment
            noun = self._equipment_noun(found)
            owners = [c for c in noun.children if c.dep_ == "poss"]
            before = self.doc[found.start - 1] if found.start else None
            if before is not None and before.dep_ == "case" and before.head.dep_ == "poss":
                owners.append(before.head)  # "the Soviet Union's Cam Ranh base", parsed apart
            states, coref = self._all(owners, {"Country"})
            for state in states:
                if found.cls == "Facility" and state.kind == "metonym" and not coref:  # "Moscow's Cathedral Mosque",
                    city = fold(self.doc[state.start:state.end].text)  # "Tehran's Mehrabad airport": in the city
                    yield Raw(found, "locatedIn", Found(state.start, state.end, "City", f"place:{city}", "part"),
                              "noun:city-facility", noun.i, 0.75)
                    continue
                yield Raw(state, "operates", found, "noun:state-equipment", noun.i, 0.7, via_coref=coref)

    def _equipment_noun(self, found: Found) -> Token:
        """The noun a named piece of equipment heads or qualifies: "its Fordow and Natanz sites" for Natanz."""
        noun = self.doc[found.end - 1]
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head  # Natanz is listed with Fordow
        while noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i:
            noun = noun.head
        return noun

    def places_within(self) -> Iterator[Raw]:
        """"Iraq's Faw peninsula", 'Jolfa in north-west Iran', 'the Caspian Sea ports of Anzali and Nowshahr':
        a place owned by a country, put in one, or named after a word for a settlement that one qualifies; 'the
        Hmeimim air base in Syria': a facility put in one (a state's facility may be abroad)."""
        for found in self.memory.founds:
            facility = found.cls == "Facility" and found.kind in {"name", "phrase"}
            if not facility and (found.cls not in {"City", "Place"} or found.kind not in {"name", "place"}):
                continue
            head = self.doc[found.end - 1]
            if head.dep_ == "compound" and head.head.i == found.end and head.head.lemma_.lower() in SETTLEMENTS:
                head = head.head  # "Armenia's southern Syunik province": the province is Armenia's
            owner = None if facility else next((self.at.get(c.i) for c in head.children if c.dep_ == "poss"), None)
            if owner is None and not facility and found.start > 1 and self.doc[found.start - 1].tag_ == "POS" \
                    and not (head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i):  # not "Iran's
                state = self.at.get(found.start - 2)  # Caspian coast"; "between Sistan and Afghanistan's Nimroz
                owner = state if state is not None and state.cls == "Country" else None  # province": the parser
                # lists the state with the places before it
            nouns = [c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in CAPITAL_NOUNS]
            if head.dep_ == "appos" and head.head.lemma_.lower() in CAPITAL_NOUNS:
                nouns.append(head.head)  # "Uganda's capital, Kampala"
            for noun in nouns:
                whose = self.prep_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ == "poss"]
                owner = owner or next(iter(self._all(whose, {"Country", "Place"})[0]), None)  # "Ashgabat, the
                # capital of Turkmenistan", "Kazan, the capital of Tatarstan", "Kapan, the main town of Syunik
                # province", "Kampala, Uganda's capital"
            if not facility and head.lemma_.lower() in REGIONS and found.end == head.i + 1:
                states, _ = self._all(self.prep_objects(head, {"of"}), {"Country"})
                owner = owner or next(iter(states), None)  # "the Balkan region of Turkmenistan"
            i = found.end + (found.end + 1 < len(self.doc) and self.doc[found.end].text == ",")  # "Erbil, in Iraq"
            shores = {"on", "off"} if found.cls == "City" else SHORE_PREPS  # "a pipeline from Tabriz across the
            # Aras river" runs across it; the city does not
            if i + 1 < len(self.doc) and self.doc[i].lower_ in shores:
                water = self.at.get(i + 1 + (self.doc[i + 1].lower_ == "the"))
                if water is not None and water.cls == "Place" and self.doc[water.end - 1].lower_ in WATER_WORDS:
                    owner = owner or water  # "the port of Bandar Abbas on the Persian Gulf", "the Agarak checkpoint
                    # on the Aras river", "pipelines under the Black Sea"
                if self.doc[i].lower_ in {"on", "along"}:
                    owner = owner or self._coast_owner(i + 1)  # "Fereydunkenar on Iran's Caspian coast"
            if i + 1 < len(self.doc) and self.doc[i].lower_ == "in":
                i += 1
                while i < len(self.doc) and (self.doc[i].lower_.split("-")[0] in COMPASS_ADJECTIVES
                                             or self.doc[i].text == "-" or self.doc[i].lower_ == "the"
                                             and self.at.get(i) is None):  # "in the Kharkiv region"
                    i += 1
                after = self.at.get(i)
                containers = {"Country", "Place"} | ({"City"} if facility else set())
                if after is not None and after.cls == "Country" and self._possessive(after):  # "the Bagram air
                    # base in Afghanistan's Parwan province": in the province
                    region = self.at.get(after.end + (after.end < len(self.doc) and self.doc[after.end].tag_ == "POS"))
                    after = region if region is not None and region.cls in containers else after
                owner = owner or (after if after is not None and after.cls in containers else None)
            if owner is not None and owner.cls in {"Country", "Place", "City"} \
                    and (owner.key != found.key or not owner.key or found.kind == "place"):  # a capital keeps
                # its state's key
                yield Raw(found, "locatedIn", owner, "noun:place-within", found.start, 0.8)
        yield from self._capitals_described()
        for token in self.doc:
            if token.lemma_.lower() not in SETTLEMENTS or token.pos_ != "NOUN":
                continue
            names = named_after_of(token) + [t for t in appositions(token) if t.pos_ == "PROPN"]  # "Iraq's second
            # city, Basra", "Basra, Iraq's second city"
            # "the Egyptian resort city of Sharm el-Sheikh": a name the parser breaks at its particle, which a
            # mention covers whole
            names = names or [o for o in self.prep_objects(token, {"of"}) if o.pos_ == "PROPN"
                              and getattr(self.at.get(o.i), "cls", "") in {"City", "Place"}]
            # "the Caspian Sea ports of", "Iraq's port of", "the Iraqi port of": the region or state before it
            regions = [f for t in token.lefts for s in t.subtree if (f := self.at.get(s.i) or self._demonym_at(s))
                       is not None and f.cls in {"Place", "Country"}]
            coref = False
            if not regions:  # "Russia shipped ... through its Caspian port of Astrakhan": the subject's port
                regions, coref = self._all([c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"],
                                           {"Country"})
                regions = [r for r in regions if self.doc[r.start].sent == token.sent
                           and any(self.doc[i].dep_ == "nsubj" for i in range(r.start, r.end))]
            for name in names:
                place = self.at.get(name.i)
                if place is not None and place.cls in {"City", "Place"}:
                    for region in _unique(regions)[:1]:
                        yield Raw(place, "locatedIn", region, "noun:settlement-of", token.i, 0.8, via_coref=coref)

    def _coast_owner(self, i: int) -> Found | None:
        """The state whose coast a phrase starting at token i is: 'Iran's Caspian coast', 'Oman's northern
        shore'; None for any other phrase."""
        state = self.at.get(i)
        if state is None or state.cls != "Country" or not self._possessive(state):
            return None
        name = name_head(self.doc, state)
        return state if name.head.lemma_.lower() in COAST_WORDS and name.head.i > name.i else None

    def _capitals_described(self) -> Iterator[Raw]:
        """'Lavrov flew to Riyadh ... talks in the Saudi capital': the capital the article named last, of the state
        the description names, is in that state."""
        for token in self.doc:
            if token.lower_ != "capital" or token.pos_ != "NOUN" or self.prep_objects(token, {"of"}):
                continue
            state = self._state_of_capital(token)
            named = self._capitals_named_before(token, state) if state is not None else []
            if state is not None and named:
                yield Raw(named[-1], "locatedIn", state, "noun:capital-described", token.i, 0.75)

    def _state_of_capital(self, token: Token) -> Found | None:
        """The one state a description of a capital names ('the Saudi capital', "Iran's capital")."""
        states = [f for c in token.children if c.dep_ in {"amod", "compound", "poss"}
                  if (f := self.at.get(c.i) or self._demonym_at(c)) is not None and f.cls == "Country"]
        return states[0] if len(states) == 1 else None

    def _capitals_named_before(self, token: Token, state: Found) -> list[Found]:
        return [f for f in self.memory.founds if f.cls == "City" and f.end <= token.i
                and getattr(self.lexicon.capitals.get(fold(self.doc[f.start:f.end].text)), "key", None) == state.key]

    def _capital_described(self, token: Token) -> Found | None:
        """'held in the Russian capital': the capital city a description names, as the article named it last, else
        the state's one capital of the gazetteer."""
        if token.lower_ != "capital" or token.pos_ != "NOUN" or self.prep_objects(token, {"of"}) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        state = self._state_of_capital(token)
        if state is None:
            return None
        named = self._capitals_named_before(token, state)
        if named:
            return named[-1]
        capitals = self.lexicon.capitals_of(state.key)
        start = min([c.i for c in token.children if c.dep_ in {"amod", "compound", "poss"}] + [token.i])
        return Found(start, token.i + 1, "City", f"place:{capitals[0]}", "part") if len(capitals) == 1 else None

    def _under_an_agreement(self, under: Token, frame: dict) -> Iterator[Raw]:
        """'Iran supplies Turkey with gas under a 25-year contract': the two sides of a supply, a purchase or a
        construction done under an agreement are its parties."""
        if frame.get("relation") not in {"supplies", "acquires", "builds"}:
            return
        verb = under.head
        agreements, a_coref = self._all([c for c in under.children if c.dep_ == "pobj"], {"Agreement"})
        if not agreements:
            return
        doers, d_coref = self._all(self.subjects(verb), STATES)
        others, o_coref = self._all([o for o in self.objects(verb) if o.i < under.i]
                                    + self.prep_objects(verb, {"to", "from", "for", "with"}), {"Country"})
        for side in _unique(doers + others):
            yield Raw(side, "partyTo", agreements[0], "verb:under-agreement", under.i, 0.7,
                      via_coref=a_coref or d_coref or o_coref)

    def _called_on(self, verb: Token) -> Iterator[Raw]:
        """'He later called on President X': a visitor who calls on a person meets them; not 'called on X to
        withdraw', a demand."""
        if any(c.dep_ in {"xcomp", "ccomp", "advcl"} or c.lower_ == "to" for c in verb.subtree if c.i > verb.i):
            return
        hosts, h_coref = self._all(self.prep_objects(verb, {"on", "upon"}), {"Person"})
        visitors, v_coref = self._all(self.subjects(verb), {"Person"})
        for visitor in visitors:
            for host in hosts:
                yield Raw(visitor, "metWith", host, "verb:call-on", verb.i, 0.75, via_coref=v_coref or h_coref)

    def _handed_a_message(self, verb: Token) -> Iterator[Raw]:
        """'Gargash handed the letter to Foreign Minister Araghchi', 'the decision was conveyed to Muttaqi by
        Russia's ambassador', 'presented his credentials to President Aliyev': who hands a message to someone
        meets them."""
        messages = [o for o in self.objects(verb) if o.lemma_.lower() in MESSAGE_NOUNS]
        if not messages:
            return
        recipients, r_coref = self._all(self.prep_objects(verb, {"to"}) +
                                        [t for m in messages for t in self.prep_objects(m, {"to"})], {"Person"})
        givers, g_coref = self._all(self.subjects(verb), {"Person"})
        yield from _each_to_each(givers, "metWith", recipients, "verb:handed-message", verb.i, 0.7, r_coref or g_coref)

    def _ships_sent(self, verb: Token) -> Iterator[Raw]:
        """'The Pacific Fleet sent the corvettes Rezkiy and Pechenga', 'Iran dispatched the destroyer Jamaran,
        together with the tanker Bushehr': a force or state that sends a ship by name operates it."""
        carried = [t for o in self.objects(verb) for t in o.subtree] + \
            [t for w in self.prep_objects(verb, {"with"}) for t in w.subtree]
        ships = _unique([f for t in carried if (f := self.at.get(t.i)) is not None and f.cls == "Product"
                         and f.kind == "name" and not f.key])  # a named ship, not a model ("Su-35 jets")
        if not ships:
            return
        for subject in self.subjects(verb):
            senders, coref = self._all([subject], {"Organization", "Country"})
            for sender in senders:
                if sender.cls == "Country" and not sender.start <= subject.i < sender.end:
                    continue  # "the Chinese navy sent ...": the navy's ship, whose owner the text does not name
                for ship in ships:
                    yield Raw(sender, "operates", ship, "verb:ship-sent", verb.i, 0.7, via_coref=coref)

    def _located_in(self, verb: Token) -> Iterator[Raw]:
        """'Shahid Rajaee lies in Hormozgan province', 'the plant is located in Iran', 'the port, situated in
        Gilan province': a place, facility or body is where the verb puts it."""
        holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not holders and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            holders = [verb.head]
        holders = [named for h in holders for named in (
            named_after_of(h) if h.lemma_.lower() in SETTLEMENTS and named_after_of(h) else [h])]  # "the port of
        # Aktau lies on ...": Aktau, not the last port named
        things, coref = self._all([_for_relative(h, verb) for h in holders],
                                  {"Facility", "Place", "City", "Organization"})
        wheres = [next((c for c in o.children if c.dep_ == "poss"), o) if o.lower_ in PARTS_OF_A_STATE else o
                  for o in self.prep_objects(verb, {"in"})]
        wheres += [o for o in self.prep_objects(verb, SHORE_PREPS) if o.lower_ in WATER_WORDS]  # "lies on the
        # Caspian Sea"
        places, _ = self._all(wheres, {"Country", "Place", "City"})
        yield from _each_to_each(things, "locatedIn", places[:1], "verb:located-in", verb.i, 0.8, coref)

    def based_locations(self) -> Iterator[Raw]:
        """'a Belfast-based company, Harland', 'the Paris-based agency X', 'a firm based in Geneva, Y',
        'Cyprus-registered X', 'the Structure, which is headquartered in Tashkent', 'the agency is based in Vienna':
        the organization is where it is based."""
        for token in self.doc:
            if token.lower_ not in {"based", "headquartered", "registered", "incorporated"}:
                continue  # "Cyprus-registered X", "a company registered in Dubai"
            if token.dep_ in {"amod", "acl", "relcl"}:
                org = self._named_organization(token.head)
            else:
                org = next((f for s in token.children if s.dep_ in {"nsubj", "nsubjpass"}
                            and (f := self._named_organization(s)) is not None), None)
            wheres = [c for c in token.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < token.i]
            wheres += self.prep_objects(token, {"in"})
            places = self._places_at(wheres)
            if not places:
                continue
            listed = self._listed_after_colon(token.head, {"Organization"}, frozenset({":", ","})) \
                if token.dep_ == "amod" and token.head.lemma_.lower() in GROUP_NOUNS_OF_ACTORS else []
            for based in listed or ([org] if org is not None else []):  # "three India-based firms: A, B and C"
                yield Raw(based, "locatedIn", places[0], "noun:based-in", token.i, 0.8)
        yield from self._headquarters()
        yield from self._missions_in_cities()
        yield from self._companies_of_places()
        yield from self._bodies_in_cities()

    def _companies_of_places(self) -> Iterator[Raw]:
        """'Suzuki Motor Co Ltd of Japan', 'Digital Equipment Co of Maynard, Mass.': a company named with the place
        it is of is there."""
        for found in self.memory.founds:
            if found.cls != "Organization" or found.kind != "name":
                continue
            company = self._registered_company(found)
            place = self._named_after_of(found)
            if company and place is not None and place.cls in {"Country", "City", "Place"} and place.kind == "name":
                yield Raw(found, "locatedIn", place, "noun:company-of", found.end, 0.8)

    def _missions_in_cities(self) -> Iterator[Raw]:
        """'the Canadian embassy in Copenhagen': a mission named with its city is there."""
        for found in self.memory.founds:
            if found.key.startswith("mission:"):
                city = self.at.get(found.name_end - 1)
                if city is not None and city.cls in {"City", "Place"}:
                    yield Raw(found, "locatedIn", city, "noun:mission-in", found.end - 1, 0.8)

    def _bodies_in_cities(self) -> Iterator[Raw]:
        """'HSE University in Moscow', 'the Caspian Environmental Protection Center in Makhachkala': a body named with
        the city its name's 'in' phrase gives is there (not 'met Gazprom in Moscow', where the 'in' is the verb's).
        Not a league, nor a body named as the object of another noun ('a meeting of the Council in Minsk', 'concerts by
        the National Orchestra in Moscow'): the 'in' may be where that was. Nor a company or a bank, whose 'in' is
        as often a branch's ('Bank of America in Jakarta')."""
        for found in self.memory.founds:
            if found.cls != "Organization" or found.kind != "name" or found.end + 1 >= len(self.doc) \
                    or self.lexicon.is_league(found.key) or self._a_company(found):
                continue
            root = self.doc[found.start:found.end].root
            if root.dep_ == "pobj" and root.head.lower_ not in {"at", "to", "from", "with"}:
                continue
            preposition = self.doc[found.end]
            if preposition.lower_ != "in" or not found.start <= preposition.head.i < found.end:
                continue
            city = next((f for c in preposition.children if c.dep_ == "pobj" and (f := self.at.get(c.i)) is not None
                         and f.cls == "City" and f.kind in {"name", "place"}), None)
            if city is not None:
                yield Raw(found, "locatedIn", city, "noun:body-in-city", preposition.i, 0.75)

    def _registered_company(self, found: Found) -> bool:
        """Whether a name is a company's by its legal form ('Suzuki Motor Co Ltd') or its lexicon entry."""
        return is_legal_form(self.doc[found.end - 1].text, CORPORATE_SUFFIXES) \
            or self.lexicon.kind_of(found.key) == "company"

    def _a_company(self, found: Found) -> bool:
        """Whether a name is a company's or a bank's: a registered company, or one its words say is ('Bank of
        America', 'Morgan Guaranty Trust')."""
        words = {t.lower_ for t in self.doc[found.start:found.end]}
        return self._registered_company(found) or bool(words & {"bank", "co", "company", "trust"})

    def _headquarters(self) -> Iterator[Raw]:
        """'the agency's headquarters in Vienna', 'OPEC headquarters in Vienna', 'the Vienna headquarters of the
        IAEA': the organization is where its headquarters are."""
        for token in self.doc:
            if token.lower_ != "headquarters" or token.pos_ != "NOUN":
                continue
            owners = [c for c in token.children if c.dep_ in {"poss", "compound", "nmod"}]
            orgs, coref = self._all(owners + self.prep_objects(token, {"of"}), {"Organization"})
            wheres = [c for c in token.children if c.dep_ in {"compound", "nmod"}] + self.prep_objects(token, {"in"})
            places = self._places_at(wheres)
            for org in orgs[:1]:
                for place in places[:1]:
                    yield Raw(org, "locatedIn", place, "noun:headquarters-in", token.i, 0.8, via_coref=coref)

    def _places_at(self, tokens: list[Token]) -> list[Found]:
        """The places named at these tokens (a capital as the city or as its state)."""
        return [f for t in tokens if (f := self.at.get(t.i)) is not None and f.cls in {"Country", "City", "Place"}
                and f.kind in {"name", "metonym", "place"}]

    def _named_organization(self, noun: Token) -> Found | None:
        """The organization a descriptive noun names: itself, a name in apposition either way, or the name right
        after it ('the agency Tass', parsed apart)."""
        candidates = [self.at.get(noun.i)]
        candidates += [self.at.get(c.i) for c in noun.children if c.dep_ == "appos"]
        candidates.append(self.at.get(noun.i + 1) if noun.i + 1 < len(self.doc) else None)
        if noun.dep_ == "appos":  # "Toyota, the Tokyo-based car maker"
            candidates.append(self.at.get(noun.head.i))
        named = next((f for f in candidates if f is not None and f.cls == "Organization" and f.kind == "name"), None)
        if named is None and not any(candidates):  # "the Geneva-based council": the body it refers back to
            named = next((f for f in antecedents(self.memory, noun) if f.cls == "Organization" and f.kind == "name"),
                         None)
        return named

    def _named_after_of(self, found: Found) -> Found | None:
        """The mention right after a mention and its 'of' ('X of the New People party', 'Suzuki Ltd of Japan')."""
        after = found.end
        while after < len(self.doc) and self.doc[after].is_space:
            after += 1  # "Digital Equipment Co <DEC> of Maynard": the newswire's ticker, blanked
        if after + 2 < len(self.doc) and self.doc[after].text == "(" and self.doc[after + 2].text == ")":
            after += 3  # "Korea Hydro & Nuclear Power (KHNP) of South Korea": its short name
        i = after + 1
        if i >= len(self.doc) or self.doc[after].lower_ != "of":
            return None
        return self.at.get(i + (self.doc[i].lower_ == "the"))

    def _possessive(self, found: Found) -> bool:
        """Whether a mention is a possessive ("Pakistan's envoy"), with its 's inside the mention or after it."""
        return "POS" in {t.tag_ for t in self.doc[found.end - 1:found.end + 1]}

    def _continues_a_list(self, i: int) -> bool:
        """Whether token i goes on with a list of places: 'and Italy', ', Italy'."""
        if i >= len(self.doc):
            return False
        if self.doc[i].lower_ in {"and", "or"}:
            return True
        following = self.at.get(i + 1)
        return self.doc[i].text == "," and following is not None and following.cls in {"Country", "City", "Place"}

    def war_sides(self) -> Iterator[Raw]:
        """'Iraq, its enemy in the Gulf war': a state the sentence names that fought a war the lexicon knows took
        part in it."""
        for war in self.memory.founds:
            conflict = self.lexicon.wars.get(war.key)
            if conflict is None:
                continue
            sentence = self.doc[war.start].sent
            named = [f for f in self.memory.founds if sentence.start <= f.start < sentence.end]
            for state in named + self._hyphen_pair(war.start, war.end):  # "the Iraq-Iran war" names its sides
                if state.cls == "Country" and state.key in conflict.participants:
                    yield Raw(state, "participatedIn", war, "lexicon:war-side", war.start, 0.8)

    def election_places(self) -> Iterator[Raw]:
        """'the Irish general election', 'local elections in Hesse', 'France is due to hold a presidential
        election': where an election is held, by the nationality it names, the place after 'in', or the state
        that holds it."""
        for found in self._elections:
            head = self.doc[found.end - 1]
            place = next((c for t in self.doc[found.start:found.end] if (c := self._demonym_at(t)) is not None), None)
            if place is None:
                place = next((f for t in self.prep_objects(head, {"in"}) if (f := self.at.get(t.i)) is not None
                              and f.cls in {"Country", "Place", "City"}), None)
            if place is None and head.dep_ in {"dobj", "pobj"}:
                verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else head.head
                holders, _ = self._all(self.subjects(verb) if verb.pos_ in {"VERB", "AUX"} else [], {"Country"})
                place = holders[0] if len(holders) == 1 else None  # "Indonesia heads for general elections"
            if place is not None:
                yield Raw(found, "locatedIn", place, "noun:election-place", found.start, 0.8)

    def events_named_after_places(self) -> Iterator[Raw]:
        """'the Reykjavik summit', 'the Geneva arms talks': an event named after a city took place there."""
        for found in self.memory.founds:
            if found.cls != "Event" or found.kind in {"anaphor", "generic", "bare"}:
                continue
            first = self.doc[found.start]
            if first.lower_ == "the" and found.end - found.start > 1:
                first = self.doc[found.start + 1]
            known = self.lexicon.names.get(fold(first.text))
            end = first.i + 1
            while end + 1 < found.end and self.doc[end].ent_iob_ == "I" and first.ent_type_ in {"GPE", "LOC"}:
                end += 1  # "the New Delhi meeting": the city's every word
            name = fold(self.doc[first.i:end].text)
            gathering = self.doc[found.end - 1].lemma_.lower() in self._meeting_heads | {"forum", "conference"}
            a_city = first.ent_type_ == "GPE" or gathering and name in self.lexicon.capitals \
                and self.doc[end].ent_iob_ != "I" \
                or first.ent_type_ == "LOC" and name in self.lexicon.cities  # not "Union elections"
            if not a_city \
                    or not first.text[:1].isupper() \
                    or first.i + 1 >= found.end or self.lexicon.country_word(first.text) is not None \
                    or known is not None and known.cls == "Organization":
                continue  # "the BRICS summit", "the OPEC meeting": named after who meets, not where
            where = event_place(self.doc[found.end - 1], self.lexicon)
            if where is not None and fold(where.text) != name:
                continue  # "the Astana format talks resumed in Tehran": the text places it elsewhere
            city = Found(first.i, end, "City", f"place:{name}", "part")
            yield Raw(found, "locatedIn", city, "noun:event-named-after-place", found.start, 0.75)


CURRENCY_WORDS = MONEY_WORDS - {"-", "pct", "u.s."} | {"dollar", "dollars"}  # words that measure in money


def _in_money(noun: Token) -> bool:
    """Whether a noun is measured in money ('two credits of 5.0 mln dlrs', 'a 300 mln dlr credit')."""
    return any(t.ent_type_ == "MONEY" or t.lower_ in CURRENCY_WORDS for t in noun.subtree if t.i != noun.i)


def _prep_objects_within(phrase: Token, preps: set[str]) -> list[Token]:
    """The objects of prepositions anywhere in a noun phrase short of a clause ("loans worth 162 mln dlrs from the
    bank": the parser hangs 'from' on the amount)."""
    out, todo = [], [phrase]
    while todo:
        token = todo.pop()
        for child in token.children:
            if child.pos_ in {"VERB", "AUX"} or child.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
                continue
            if child.dep_ == "prep" and child.lower_ in preps:
                out += [g for g in child.children if g.dep_ == "pobj"]
            else:
                todo.append(child)
    return out


def _governing_verb(token: Token) -> Token:
    """The verb a noun's phrase hangs from ("held talks on the sidelines": held), or the sentence's root."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _as_did(verb: Token) -> list[Token]:
    """The subjects of an elliptical 'as did X' after a clause: 'A joined the session, as did B' (B joined it)."""
    return [s for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "do"
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def _for_relative(subject: Token, verb: Token) -> Token:
    """A verb's subject, or for a relative pronoun the noun its clause hangs on ("China, which was admitted")."""
    if subject.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return subject
    if subject.lower_ == "who" and verb.head.ent_type_ != "PERSON":
        noun = verb.head  # "Bagheri, the chief of staff of Iran's armed forces, who received him": the parser hangs
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":  # "who" on the
            noun = noun.head.head  # last noun; a person is who
        person = _described(noun)
        if person.ent_type_ == "PERSON":
            return person
    return _described(verb.head)


def _told_apart(noun: Token) -> bool:
    """'A, B and C, who leads the party': a singular relative clause on the last of a list is about it alone."""
    return noun.dep_ == "conj" and any(
        c.dep_ == "relcl" and _singular(c) and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS
                                                   for s in c.children) for c in noun.children)


def _singular(verb: Token) -> bool:
    """Whether a verb's form is of a singular subject ('leads', 'has led', 'was elected', 'is')."""
    return verb.tag_ == "VBZ" or verb.lower_ == "was" or any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBZ" or c.lower_ == "was") for c in verb.children)


def _described(noun: Token) -> Token:
    """'Egypt is the only country which signed': the subject a predicate noun describes, and in 'Neves, a
    politician who headed the party', the name a common noun is in apposition to; or the noun."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    if noun.dep_ == "appos" and noun.tag_ == "NN" and head.tag_ == "NNP" and head.i < noun.i:
        return head  # one name and one noun: "the Council, a step the three countries, which are": not so
    return noun


def _chamber_group(first: Token) -> str:
    """The chamber a list of names belongs to when it lists a chamber's members: 'the senators -- including A, B
    and C' (the list's first name, in apposition or after 'including'), or ''."""
    group = first.head
    if first.dep_ == "pobj" and group.lower_ == "including":
        group = group.head
    elif first.dep_ != "appos":
        return ""
    return CHAMBER_GROUPS.get(group.lower_, "") if group.i < first.i else ""


def _setting_marker(head: Token, attending: frozenset[str]) -> Token | None:
    """The preposition that makes an event the setting of its clause: 'at' or 'during' the talks, 'on the
    sidelines of' the summit, 'at the end of' or 'on the first leg of' a visit; 'for' it after a verb of coming
    together ('met in Tehran for the meeting', 'arrived in Moscow for the summit')."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None:
        return None
    if gathered_for(head, attending) is not None:
        return prep
    if prep.lower_ == "of" and prep.head.lemma_.lower() in EVENT_PARTS and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ in {"at", "during", "on", "in"}:
        return prep.head.head  # "said at the end of a visit": said at the visit
    if prep.lower_ == "of" and prep.head.lower_ == "sidelines" or prep.lower_ in {"at", "during"}:
        return prep
    return None


def _titled(agreement: Found) -> bool:
    """Whether an agreement is named by a name or a title ('the Treaty on the Basic Principles of ...'), not only by
    its kind ('the deal')."""
    return agreement.kind == "name" or agreement.name_end > agreement.end


def _of_a_gathering(prep: Token) -> bool:
    """Whether a preposition under 'attended' or 'took part' may name the gathering ('in the talks', 'at the summit'),
    not only how or when one took part ('in person', 'for the first time', 'via video link')."""
    return prep.lower_ in {"in", "at"} and [c.lower_ for c in prep.children] != ["person"]


def _in_relative_clause(token: Token, about: Token) -> bool:
    """Whether a word is inside a clause that a relative word opens ('..., whose key members are X and Y'),
    however the parser hangs that clause, unless the clause is about a given noun ('the summit, which was
    chaired by X')."""
    openers = RELATIVE_PRONOUNS - {"that"} | {"whose"}  # a clause opened by "that" may be a reported one
    return any(t.dep_ != "ROOT" and t.left_edge.lower_ in openers and t.left_edge.i < token.i
               and not (t.dep_ == "relcl" and t.head.i == about.i) for t in token.ancestors)


def _reporters_above(token: Token) -> set[int]:
    """The verbs above the clause a token is in that take that clause as their reported content."""
    out: set[int] = set()
    while token.head.i != token.i:
        if token.dep_ in {"ccomp", "parataxis"}:
            out |= {token.head.i} | {t.i for t in token.head.ancestors}
            break
        token = token.head
    return out


def _each_supplies(suppliers: list[Found], recipients: list[Found], rule: str, trigger: int, confidence: float,
                   item: Found | None, item_text: str, coref: bool) -> Iterator[Raw]:
    """Each supplier supplies each recipient, never itself."""
    for supplier in suppliers:
        for recipient in recipients:
            if supplier.key != recipient.key:
                yield Raw(supplier, "supplies", recipient, rule, trigger, confidence, item, item_text, coref)


def _nominal_before(word: Token) -> Token | None:
    """The head of the noun phrase that ends right before a word and the comma before it ('urged Russia, | as',
    'called on Russia, | as'); None when no comma or no noun comes before."""
    if word.i < 2 or word.nbor(-1).text != ",":
        return None  # "spent two years in Peru as a member of the Peace Corps": he was the member
    i = word.i - 2
    last = word.doc[i]
    while last.head.i != last.i and last.head.right_edge.i == i and last.head.pos_ in {"NOUN", "PROPN"}:
        last = last.head
    return last if last.pos_ in {"NOUN", "PROPN"} else None


def _each_to_each(subjects: list[Found], relation: str, objects: list[Found], rule: str, trigger: int,
                  confidence: float, coref: bool) -> Iterator[Raw]:
    """Each subject in the relation to each object, never a thing to itself."""
    for subject in subjects:
        for obj in objects:
            if subject.key != obj.key or not subject.key:
                yield Raw(subject, relation, obj, rule, trigger, confidence, via_coref=coref)


def _unique(found: list[Found]) -> list[Found]:
    seen: set[tuple[int, int]] = set()
    out = []
    for f in found:
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            out.append(f)
    return out
