"""The modality of a fact's trigger: asserted, or reported, denied, negated, planned, hypothetical."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cached_property

from spacy.tokens import Token

from .lexicon import Known, Lexicon, fold
from .mentions import dateline_credits, took_part, verb_in

FACTORS = {"asserted": 1.0, "reported": 0.6, "planned": 0.6, "hypothetical": 0.5, "negated": 0.4,
           "denied": 0.3}
SETTING_PREPS = {"at", "during"}
SIDE_PREPS = {"with", "between", "among"}
CLAUSE_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "dative", "agent"}
GOVERNMENT_VOICES = {"official", "government", "ministry", "department", "spokesman", "spokeswoman",
                     "spokesperson", "authority", "embassy", "delegation", "envoy", "diplomat", "leader", "leadership",
                     "administration", "cabinet", "president", "minister", "premier"}
SOURCES = {"report", "source", "media", "newspaper", "agency", "analyst"}  # who reports, never a party
TEMPORAL_LINKS = {"when", "once", "while", "after", "before", "until"}
# a noun trigger that a light verb's negation covers: "is not a member", "did not hold talks"; not "never left the
# table on the deal", where the verb says something of its own
NEGATED_THROUGH_HEAD = {"attr", "dobj", "nsubjpass"}
LIGHT_VERBS = {"be", "become", "remain", "hold", "have"}
OWN_REPORTERS = {"correspondent", "reporter"}  # the outlet's own staff, when it is not another outlet's
MEDIA = {"media", "agency", "television", "tv", "broadcaster", "channel", "source"}
# a meeting is a public event: "A held talks with B, Iranian media reported" credits the coverage, not a claim
MET_VERBS = {"meet", "talk", "host", "receive", "greet", "welcome", "confer", "attend"}
FACTIVE_SAYING = {"recall", "remind"}  # verbs of saying whose clause the speaker takes as known
STOPPING = {"stop", "cease", "halt", "quit", "end"}  # their gerund is going on now, whatever the plan is
UNCERTAIN = {"possible", "impossible", "unlikely", "doubtful", "conceivable", "uncertain"}
POSSIBILITY_NOUNS = {"possibility", "prospect", "chance", "likelihood", "option"}  # "the possibility of resuming
# loans": what the noun governs may or may not happen


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs that govern it, up to the root of its sentence."""
    chain = [trigger]
    token = trigger
    while token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def modality_of(trigger: Token, lexicon: Lexicon, speakers_ok: Iterable[Token] = (), on: date | None = None) -> str:
    """How the sentence commits to the fact its trigger signals.

    `speakers_ok` are tokens of the fact's own arguments: a report by one of them ("Iran said it
    supplied ...") is first-hand and stays asserted, and so is one by their state's voice ("the Kremlin
    said Russia ..."); another state's word on them ("Washington says Tehran sent missiles to Moscow") is
    reported. `on` is the article's date, for the names of states.
    """
    arguments = list(speakers_ok)
    own = {t.i for t in arguments}
    if any(c.dep_ == "neg" for c in trigger.children):
        return "negated"
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if trigger.dep_ in NEGATED_THROUGH_HEAD and trigger.head.lemma_ in LIGHT_VERBS \
                and any(c.dep_ == "neg" for c in trigger.head.children):
            return "negated"  # "Iran is not a member of X", "did not hold talks with Y"
        own_words = {c.lower_ for c in trigger.children if c.dep_ in {"amod", "det"}}
        if own_words & lexicon.frame_words("hedging_adjectives"):
            return "reported"  # "last Friday's alleged Iranian attack on a tanker"
        if own_words & lexicon.frame_words("hypothetical_modifiers"):
            return "hypothetical"  # "any Iranian attack on Soviet ships will bring a response"
    chain = _clause_chain(trigger)
    # "Kuwait, a target of anger over its backing for Iraq, rejected charges ...": what the subject phrase says
    # of the subject is presupposed, outside the scope of the verb it is the subject of
    inside = next((k for k, t in enumerate(chain[1:], 1) if t.dep_ in {"nsubj", "nsubjpass", "appos"}), None)
    if inside is not None:
        chain = chain[:inside + 1]
    hedges = lexicon.frame_words("hedges")
    for token in chain[:3]:
        if any(c.lower_ in hedges for c in token.children if c.dep_ == "advmod"):
            return "reported"
    local = chain[:2] if trigger.pos_ != "VERB" else chain[:1]
    local += [t.head for t in local if t.dep_ == "conj"]  # "will visit X and hold talks": the shared auxiliary
    for verb in local:
        mode = _aux_mode(verb, lexicon)
        if mode:
            return mode
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in verb.children) \
                and not any(c.dep_ in {"acomp", "attr"} for c in verb.head.children):
            return "planned"  # "is to visit", "was to receive": arranged, not done
    # "agreed on a formula at their summit", "would offer a draft at the talks": the verb's plan is about its
    # own object; the meeting where it happens is a setting, not part of the plan
    setting: set[int] = set()
    if trigger.pos_ == "NOUN" and len(chain) > 2 and chain[1].dep_ == "prep" and chain[1].lower_ in SETTING_PREPS:
        # up to the verb: "offered a compromise at the talks", "agreed on a concept during talks in Bonn"
        for token in chain[2:]:
            setting.add(token.i)
            if token.pos_ in {"VERB", "AUX"}:
                break
    in_sentence = [t for t in arguments if t.sent.start == trigger.sent.start]  # not an antecedent's own words
    voice = _StateVoice(lexicon, on, trigger, in_sentence)
    mode = _governing_mode(chain, lexicon, own, setting, voice)
    described = next((k for k, t in enumerate(chain)
                      if t.dep_ == "relcl" or k == 0 and _described_by_participle(t)), None)
    if described is not None and mode not in {"reported", "denied"}:
        # "set up to manage the conflict in Syria, where Russia and Iran support Assad": what a relative clause
        # says of its noun is the writer's (or the speaker's) description, outside the plan or the negation above
        return _governing_mode(chain[:described + 1], lexicon, own, setting, voice)
    return mode


def _described_by_participle(verb: Token) -> bool:
    """'the Convention on the Legal Status of the Caspian Sea, signed in 2018 by A and B', 'the session, co-chaired
    by X and Y': a reduced relative clause on a noun describes a thing done; where the parser hangs the clause on
    the sentence's verb, only when it dates what it says (not 'the idea, first proposed by X, during his visit')."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "advcl"}:
        return False
    agent = any(c.dep_ == "agent" for c in verb.children)
    dated = any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ == "npadvmod" or c.dep_ == "prep"
                and c.lower_ in {"in", "on"} for t in c.subtree)  # "signed in 2018", not "during a two-day visit"
    return agent or dated if verb.dep_ == "acl" else agent and dated


def yet_to_happen(event_head: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun is the subject of a verb of the future: 'the meeting will take place in London',
    'the summit will be held in May'."""
    return event_head.dep_ in {"nsubj", "nsubjpass"} and _aux_mode(event_head.head, lexicon) == "planned"


def _aux_mode(verb: Token, lexicon: Lexicon) -> str | None:
    future = lexicon.frame_words("future_auxes")
    hypothetical = lexicon.frame_words("hypothetical_markers")
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in future:
            return "planned"
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in hypothetical:
            return "hypothetical"
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
            return "hypothetical"
    return None


def _governing_mode(chain: list[Token], lexicon: Lexicon, own: set[int],
                    setting: frozenset[int] | set[int] = frozenset(), voice: _StateVoice | None = None) -> str:
    """The mode the words above a trigger give it; `chain` is the trigger and the words that govern it."""
    denial = lexicon.frame_words("denial_verbs")
    reporting = lexicon.frame_words("reporting_verbs")
    saying = lexicon.frame_words("saying_verbs")
    plans = lexicon.frame_words("plan_verbs")
    denial_nouns = lexicon.frame_words("denial_nouns")
    if any(t.lemma_.lower() in denial for t in chain[1:]):
        return "denied"
    if len(chain) > 1 and chain[0].dep_ == "xcomp" and chain[1].pos_ == "VERB" \
            and chain[1].lemma_.lower() in lexicon.frame_words("refusal_verbs") \
            and (chain[0].lemma_.lower() not in lexicon.frame_words("election_result_verbs")
                 or took_part(chain[0])):
        return "negated"  # "declined to attend", "refused to sign", "declined to take part": not done; but "refusing
        # to cut aid to Mexico" leaves the aid, and who "failed to win a majority in the election" stood in it
    ongoing = False
    for k, token in enumerate(chain[1:], 1):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in denial_nouns | {"report", "claim", "allegation", "assertion"}:
            return "reported" if lemma not in denial_nouns else "denied"
        if (lemma in reporting or lemma in saying) and chain[k - 1].dep_ == "prep" \
                and chain[k - 1].lower_ in SETTING_PREPS:
            continue  # "said during a visit to Riyadh that ...": where it was said, not what
        if (lemma in reporting or lemma in saying) and _media_credit_for_a_meeting(token, chain[k - 1], chain[0],
                                                                                     lexicon):
            return "asserted"  # "... was attended by A and B, Turkish diplomatic sources said"
        if lemma in FACTIVE_SAYING and chain[k - 1].dep_ == "ccomp":
            continue  # "X recalled that the presidents met in Baku in 2016": what one recalls happened
        if lemma in reporting:
            return "asserted" if _own_correspondent(_speaker(token)) else "reported"
        if lemma in saying and not _speaker_is_party(token, own):
            speaks_for = voice.of(_speaker(token)) if voice else None
            if speaks_for is not None:
                return "asserted" if speaks_for else "reported"
            return "reported" if _speaker_is_third_party(token) else "asserted"
        if token.i in setting:
            continue
        if lemma in STOPPING and chain[k - 1].tag_ == "VBG":
            ongoing = True  # "asked Italy to stop selling weapons to Jordan": what is to stop is going on, whatever
        if ongoing:  # is planned or asked of it (a report of it is still a report)
            continue
        if _plans_what_is_below(token, chain[k - 1], lexicon):
            return "planned"
        if any(c.dep_ == "acomp" and c.lower_ in UNCERTAIN for c in token.children) \
                or token.pos_ == "NOUN" and lemma in POSSIBILITY_NOUNS:
            return "hypothetical"  # "it is possible to reach an agreement", "the possibility of resuming loans"
        if (lemma in plans or token.pos_ == "VERB" and verb_in(token, plans - {"go"})) \
                and token.pos_ in {"VERB", "AUX", "ADJ"} \
                and (lemma != "go" or token.tag_ == "VBG"):  # "hopes" is lemmatised "hop"; "is going to meet" is a
            return "planned"  # plan, but who "went to Kazan and met Putin" did meet him
        mode = _aux_mode(token, lexicon)
        if mode == "hypothetical":
            return mode
        if mode == "planned" and _purpose_of(chain[k - 1]):
            return mode  # "Nakasone will visit Washington to discuss trade with Reagan": the purpose of a plan
        if _at_the_time_of(chain[k - 1]) and (mode == "planned" or any(
                c.dep_ == "acomp" and c.lemma_.lower() in plans for c in token.children)):
            return "planned"  # "X will meet Y when he pays a visit", "is likely to ... when he visits"
    return "asserted"


def _purpose_of(clause: Token) -> bool:
    """Whether a clause is the infinitive of purpose of the verb it hangs on ("... to discuss trade")."""
    return clause.dep_ in {"advcl", "xcomp"} and clause.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _at_the_time_of(clause: Token) -> bool:
    """Whether a clause dates the one it hangs on ("when he visits", "once it is signed"), and so shares its
    tense: what happens when a future thing happens is future too."""
    return clause.dep_ == "advcl" and any(c.lower_ in TEMPORAL_LINKS for c in clause.children
                                          if c.dep_ in {"advmod", "mark"})


def _plans_what_is_below(token: Token, below: Token, lexicon: Lexicon) -> bool:
    """Whether a word above the trigger makes what hangs below it a plan: "the project calls for X and Y to build
    400 helicopters", "approval for Egypt to produce the tank", "a plan to build two more units", and "gave
    approval for Turkey to produce", where the parser hangs the clause on the verb."""
    plan_nouns = lexicon.frame_words("plan_nouns")
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in plan_nouns and _complement_of(below)
    if token.pos_ != "VERB":
        return False
    particles = [c for c in token.children if c.dep_ == "prep"] + \
        [c for c in below.children if c.dep_ == "mark"]  # "calls for X to build": "for" marks the clause
    phrases = lexicon.frame_words("plan_phrasal_verbs")
    if any(f"{token.lemma_.lower()} {c.lower_}" in phrases for c in particles):
        return True
    return below.dep_ == "advcl" and _complement_of(below) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in plan_nouns for c in token.children)


def _complement_of(below: Token) -> bool:
    """Whether what hangs below a noun is its content ("approval for X to produce", "a plan to build", "an offer
    of warships"), not a clause about the noun itself ("the invitation made at their summit")."""
    if below.dep_ == "prep":
        return below.lower_ in {"for", "of", "to", "on"}
    return below.dep_ in {"acl", "relcl", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    return None


def _speaker_is_party(verb: Token, own: set[int]) -> bool:
    speaker = _speaker(verb)
    return speaker is not None and any(t.i in own for t in speaker.subtree)


def _own_correspondent(speaker: Token | None) -> bool:
    """"an Interfax correspondent reports" in Interfax's story, "our correspondent reports": the outlet reports
    what its own reporter saw, not a claim of someone else's. Another outlet's reporter is a third party."""
    if speaker is None or speaker.lemma_.lower() not in OWN_REPORTERS:
        return False
    outlets = [t for t in speaker.lefts if t.dep_ in {"compound", "poss", "nmod"} and t.pos_ == "PROPN"]
    credits = {fold(c) for c in dateline_credits(speaker.doc)}
    return all(fold(t.text) in credits for t in outlets)


def _media_credit_for_a_meeting(verb: Token, clause: Token, trigger: Token, lexicon: Lexicon) -> bool:
    """Whether 'X media reported' or 'sources said' is the credit after a meeting told as done ("A held talks
    with B after the ceremony, Iranian state media reported"), not a report put first ("Iranian media reported that
    A had also sat down with B"), which is a claim."""
    speaker = _speaker(verb)
    if speaker is None or not {speaker.lemma_.lower(), speaker.lower_} & MEDIA or clause.i > verb.i:
        return False
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB":
        return lemma in MET_VERBS
    return lemma in lexicon.frame_words("meeting_nouns")


def _speaker_is_third_party(verb: Token) -> bool:
    """Media and unnamed sources report; officials and governments who speak for themselves assert."""
    speaker = _speaker(verb)
    if speaker is None:
        return False
    return speaker.ent_type_ == "ORG" or speaker.lemma_.lower() in SOURCES


class _StateVoice:
    """Whether a speaker is a state's voice (the state, its capital or seat of power, its ministries, "U.S.
    officials") and whether that state is among the states a fact's arguments name."""

    def __init__(self, lexicon: Lexicon, on: date | None, trigger: Token, arguments: list[Token]):
        self.lexicon, self.on, self.trigger, self.arguments = lexicon, on, trigger, arguments

    @cached_property
    def argument_states(self) -> set[str]:
        """The states the fact's arguments and the trigger's other sides name (read only once a speaker is met)."""
        return _states_of_arguments(self.arguments + _clause_arguments(self.trigger), self.lexicon, self.on)

    def of(self, speaker: Token | None) -> bool | None:
        """True when the speaker speaks for a state of the fact, False for another state, None when the
        speaker is no state's voice or the fact names no state."""
        if speaker is None or speaker.lemma_.lower() in SOURCES or not self.argument_states:
            return None
        states = self._office_of(speaker) if speaker.ent_type_ == "PERSON" else self._spoken_for(speaker)
        if not states:
            return None
        return bool(states & self.argument_states)

    def _office_of(self, person: Token) -> set[str]:
        """The state a named person speaks for by the office the sentence gives them ("John Kirby, a spokesman for
        the White House", "Iranian Foreign Minister X"); none when it gives none."""
        words = [t for c in person.children if c.dep_ in {"appos", "compound", "amod", "poss", "nmod"}
                 for t in c.subtree]
        bodies = {k for t in words if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"
                  for k in self._spoken_for(t)}  # "a spokesman for the State Department"
        return _states_named(sorted(words, key=lambda t: t.i), self.lexicon, self.on) | bodies

    def _spoken_for(self, speaker: Token) -> set[str]:
        """The state a speaker speaks for: a state, capital, seat of power or government body by name
        ("Washington", "the Kremlin", "the U.S. State Department"), or a government word a nationality
        modifies ("U.S. officials", "Iran's foreign ministry"); a company named after a state is not its voice."""
        name = " ".join(t.text for t in speaker.lefts if t.dep_ == "compound") + " " + speaker.text
        state = _state_named(name.strip(), self.lexicon, self.on)
        if state is not None:
            return {state.key}
        body = self.lexicon.names.get(fold(name))
        if body is not None and body.kind == "government-body" and body.country:
            return {body.country}
        if speaker.lemma_.lower() not in GOVERNMENT_VOICES:
            return set()
        modifiers = [t for c in speaker.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"} for t in c.subtree]
        return _states_named(modifiers, self.lexicon, self.on)


def _clause_arguments(trigger: Token) -> list[Token]:
    """The words of the other sides a trigger names: a verb's subject and objects ("Egypt and the Soviet Union
    signed"), the subject of the verb a noun is the object of ("A held talks"), and the sides after "with" or
    "between" ("its agreement with the United States")."""
    words = [t for child in trigger.children if child.dep_ == "prep" and child.lower_ in SIDE_PREPS
             for t in child.subtree]
    if trigger.pos_ == "VERB":
        words += [t for child in trigger.children if child.dep_ in CLAUSE_ARGUMENTS for t in child.subtree]
    elif trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":  # "A held talks with B": A is a side too
        words += [t for child in trigger.head.children if child.dep_ in {"nsubj", "nsubjpass"} for t in child.subtree]
    return words


def _states_of_arguments(arguments: list[Token], lexicon: Lexicon, on: date | None) -> set[str]:
    """The states a fact's arguments name, with the nationality of their titles ("Russian President X"), and the
    states the office-holders lexicon has a named person serve that day ("Lavrov": Russia)."""
    words: list[Token] = []
    served: set[str] = set()
    for token in arguments:
        words.append(token)
        for child in token.lefts:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                words.extend(child.subtree)
        if token.pos_ == "PROPN" and token.dep_ != "compound" and token.ent_type_ in {"PERSON", ""}:
            name = " ".join(t.text for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
            served |= lexicon.served_on(f"{name} {token.text}".strip(), on)
    return _states_named(sorted(set(words), key=lambda t: t.i), lexicon, on) | served


def _state_named(text: str, lexicon: Lexicon, on: date | None) -> Known | None:
    """The state a name, nationality, capital or seat of power stands for on a date."""
    return lexicon.seat_of(fold(text), on) or lexicon.country_word(text, on)


def _states_named(words: list[Token], lexicon: Lexicon, on: date | None) -> set[str]:
    """The keys of the states the words name, longest name first ("South Korean", not "Korean")."""
    found: set[str] = set()
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            run = words[k:k + n]
            if len(run) < n or run[-1].i - run[0].i != n - 1:
                continue
            state = _state_named(" ".join(t.text for t in run), lexicon, on)
            if state is not None:
                found.add(state.key)
                k += n
                break
        else:
            k += 1
    return found
