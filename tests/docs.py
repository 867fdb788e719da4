"""Hand-built spaCy Docs for rule tests: no trained model needed."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, like_num) without a trained model


def make_doc(spec: str, ents: list[tuple[int, int, str]] = ()) -> Doc:
    """A Doc from 'word/POS/dep/head[/lemma]' items separated by spaces; head is a token index.

    Use '_' for a space inside a word is not supported: one item per token. Sentence starts follow
    the parse (one root per sentence).
    """
    words, pos, deps, heads, lemmas = [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word, tag, dep, head = parts[0], parts[1], parts[2], int(parts[3])
        lemma = parts[4] if len(parts) > 4 else word.lower()
        words.append(word)
        pos.append(tag)
        deps.append(dep)
        heads.append(head)
        lemmas.append(lemma)
    spaces = [not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s", ")", ":"}) for i in range(len(words))]
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    return Doc(_VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, ents=iob)
