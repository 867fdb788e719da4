"""The modality of a fact's trigger: asserted, or reported, denied, negated, planned, hypothetical."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .lexicon import Lexicon
from .mentions import verb_in

FACTORS = {"asserted": 1.0, "reported": 0.6, "planned": 0.6, "hypothetical": 0.5, "negated": 0.4,
           "denied": 0.3}
SETTING_PREPS = {"at", "during"}
UNCERTAIN = {"possible", "impossible", "unlikely", "doubtful", "conceivable", "uncertain"}


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs that govern it, up to the root of its sentence."""
    chain = [trigger]
    token = trigger
    while token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def modality_of(trigger: Token, lexicon: Lexicon, speakers_ok: Iterable[Token] = ()) -> str:
    """How the sentence commits to the fact its trigger signals.

    `speakers_ok` are tokens of the fact's own arguments: a report by one of them ("Iran said it
    supplied ...") is first-hand and stays asserted.
    """
    own = {t.i for t in speakers_ok}
    if any(c.dep_ == "neg" for c in trigger.children):
        return "negated"
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
        setting = {chain[2].i}  # and the verb whose object it is: "offered a compromise at the talks"
        setting |= {chain[3].i} if chain[2].dep_ == "dobj" and len(chain) > 3 else set()
    return _governing_mode(chain[1:], lexicon, own, setting)


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
                    setting: frozenset[int] | set[int] = frozenset()) -> str:
    denial = lexicon.frame_words("denial_verbs")
    reporting = lexicon.frame_words("reporting_verbs")
    saying = lexicon.frame_words("saying_verbs")
    plans = lexicon.frame_words("plan_verbs")
    denial_nouns = lexicon.frame_words("denial_nouns")
    if any(t.lemma_.lower() in denial for t in chain):
        return "denied"
    for token in chain:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in denial_nouns | {"report", "claim", "allegation", "assertion"}:
            return "reported" if lemma not in denial_nouns else "denied"
        if lemma in reporting:
            return "reported"
        if lemma in saying and not _speaker_is_party(token, own):
            return "reported" if _speaker_is_third_party(token) else "asserted"
        if token.i in setting:
            continue
        if any(c.dep_ == "acomp" and c.lower_ in UNCERTAIN for c in token.children):
            return "hypothetical"  # "it is possible to reach an agreement"
        if (lemma in plans or token.pos_ == "VERB" and verb_in(token, plans - {"go"})) \
                and token.pos_ in {"VERB", "AUX", "ADJ"}:  # "hopes" is lemmatised "hop"
            return "planned"
        mode = _aux_mode(token, lexicon)
        if mode == "hypothetical":
            return mode
    return "asserted"


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    return None


def _speaker_is_party(verb: Token, own: set[int]) -> bool:
    speaker = _speaker(verb)
    return speaker is not None and any(t.i in own for t in speaker.subtree)


def _speaker_is_third_party(verb: Token) -> bool:
    """Media and unnamed sources report; officials and governments who speak for themselves assert."""
    speaker = _speaker(verb)
    if speaker is None:
        return False
    return speaker.ent_type_ == "ORG" or speaker.lemma_.lower() in {"report", "source", "media",
                                                                       "newspaper", "agency", "analyst"}
