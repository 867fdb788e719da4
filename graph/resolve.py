"""Mentions -> Entities (names, aliases, coreference, stable IRIs); Candidates -> Facts with evidence."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from .extract import HOME_STATE, HOST_STATE
from .frames import ACTORS
from .lexicon import ACRONYM_LETTERS, PATRONYMICS, SHORT_PORTFOLIOS, Lexicon, fold, singular
from .mentions import CORPORATE_SUFFIXES, RESOLUTION_WORDS, headline_end, initials_match, is_legal_form
from .model import KEYED_KINDS, STATUS_RANK, Candidate, Entity, Evidence, Extraction, Fact, Mention, Resolved
from .vocab import SYMMETRIC_PREDICATES

ACRONYM_AFTER = re.compile(rf"\s*\(({ACRONYM_LETTERS})\)")  # "(RATS)" right after a name
ACRONYM_DEFINED = re.compile(rf"\s*\(({ACRONYM_LETTERS})\)\s*$")  # "... Nuclear Forces (INF)"
DETERMINERS = re.compile(r"^(the|a|an)\s+", re.I)
EQUIPMENT = {"weapon", "aircraft", "vehicle", "vessel"}  # product categories that are scenery unless traded
COMPANY_NAME_TAILS = CORPORATE_SUFFIXES | {"sdn", "&"}  # what a company's short name drops ("Airod Sdn Bhd": Airod)
# keys that end in their article's slug when they name something of one article only ("event:talks:reuters-12")
ARTICLE_SCOPED = ("agreement:", "event:", "organization:", "party-as-written:")
VISITOR_RULES = {"noun:event-owner", "verb:pay-visit"}  # "Sorsa's visit", "a visit by Sorsa", "Sorsa paid a visit"
# "12 | agreements", "20 | cooperation documents": a number before plural documents counts them
BATCH_AFTER_NUMBER = (r"\s+(?:(?!billion|million|bln|mln)[a-z-]+\s+){0,2}"
                      r"(?:agreements|accords|contracts|deals|treaties|memoranda|memorandums|protocols|documents)\b")
DRAFTED_BY_AFTER_COMMA = re.compile(
    r"\b(resolution|draft),\s+(?=(?:drafted|sponsored|co-sponsored|tabled|proposed|submitted|introduced"
    r"|presented|put forward) by\b)", re.I)
PLACE_AFTER_NAME = re.compile(r"^(\S+(?:\s+\S+)+?)\s+(?:in|at)\s+(?:the\s+)?[A-Z][^,]*$")  # "X in Moscow"
RANGES = {  # a fact's object must be of one of these classes
    "leaderOf": {"Country", "Organization"}, "ministerOf": {"Country", "Organization"},
    "memberOf": {"Organization"}, "seeksMembershipOf": {"Organization"}, "partyTo": {"Agreement"},
    "signed": {"Agreement"}, "metWith": {"Person"}, "participatedIn": {"Event"},
    "locatedIn": {"Country", "Place", "City"}, "acquires": {"Product", "Facility"},
}
DOMAINS = {"leaderOf": {"Person"}, "ministerOf": {"Person"}, "signed": {"Person"}, "metWith": {"Person"},
           "locatedIn": {"Place", "City", "Facility", "Organization", "Event"}, "participatedIn": ACTORS}


def abbreviates(short: str, name: str) -> bool:
    """Whether an acronym can stand for a name: its first letter starts one of the name's words (loose, for
    acronyms of other languages: "Kurdistan Workers' Party (PKK)"). "Tehran, Iran (AP)" is a credit."""
    return short[0].lower() in {word[0].lower() for word in re.findall(r"\w+", name)}


def abbreviates_a_body_inside(short: str, name: str) -> bool:
    """Whether an acronym spells the name of a body a longer name ends with ('GECF' of 'the 7th Summit of Heads of
    State of the Gas Exporting Countries Forum'): the acronym is that body's, not the whole name's."""
    tails = re.split(r"\bof\b", name)[1:]
    acronym = short.upper().replace("-", "")
    return any(initials_match(acronym, re.findall(r"[\w'-]+", "of".join(tails[k:]))) for k in range(len(tails)))


def slug(text: str) -> str:
    """A safe IRI segment: ASCII letters, digits and dashes."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text[:80] or "x"


def clean_surface(text: str) -> str:
    """A surface form as an alias: one line, no leading article, no trailing possessive or punctuation."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:\"'\u201c\u201d")
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    text = DETERMINERS.sub("", text) if not text.lower().startswith("the ") else text
    return re.sub(r"['\u2019]s$", "", text)


@dataclass
class ArticleScope:
    """What one article has named so far: people by name parts, agreements, products."""

    people: dict[str, str] = field(default_factory=dict)  # folded full or last name -> entity key
    agreements: list[tuple[str, set[str]]] = field(default_factory=list)  # key, words seen
    products: list[str] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  # "inf" -> what "(INF)" abbreviated
    named_products: list[tuple[str, set[str]]] = field(default_factory=list)  # key, kinds its mention names
    last_product: tuple[str, int, str] | None = None  # key, end offset and name of the product mention last seen
    product_names: dict[str, str] = field(default_factory=dict)  # "blowpipe" -> the product named "Blowpipe missiles"
    text: str = ""  # the article's text
    headline_end: int = 0  # where the article's headline line ends, when its text opens with one
    headline_agreements: set[str] = field(default_factory=set)  # keys of agreements the headline named
    bodies: dict[str, str] = field(default_factory=dict)  # "ministry" -> key of the state body last named
    resolutions: list[str] = field(default_factory=list)  # keys of the resolutions named so far
    published: date | None = None  # the article's date
    owners: dict[str, set[str]] = field(default_factory=dict)  # a body's name -> the states whose possessive it follows
    companies: dict[str, str] = field(default_factory=dict)  # "airod" -> the company named "Airod Sdn Bhd"


class Resolver:
    """Groups mentions of all articles into entities and candidates into facts."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.groups: dict[str, list[Mention]] = defaultdict(list)  # entity key -> mentions
        self.cls: dict[str, str] = {}
        self.of_mention: dict[tuple[str, int], str] = {}  # (article, start) -> entity key
        self.attributes: dict[str, list[tuple[str, str]]] = defaultdict(list)  # entity key -> (name, value)
        self.acronyms: dict[str, set[str]] = defaultdict(set)  # entity key -> acronyms its name was given
        self.full_names: dict[str, str] = {}  # person key -> the office-holders lexicon's name for a lone surname
        self.owned_names: dict[str, set[str]] = defaultdict(set)  # entity key -> "Iran's Chamber of Cooperatives"

    # -- entities ----------------------------------------------------------------------------

    def person_name(self, text: str) -> str:
        """A person's name without titles and honorifics ("President Ebrahim Raisi" -> "Ebrahim Raisi")."""
        words = clean_surface(text).split()
        drop = self.lexicon.honorifics | self.lexicon.leader_titles | self.lexicon.minister_titles | {
            "foreign", "prime", "supreme", "deputy", "vice", "president", "minister", "leader"}
        while width := next((w for w in (3, 2) if len(words) > w and fold(" ".join(words[:w])) in drop), 0):
            words = words[width:]  # "Captain First Rank", "General of the Army", "Crown Prince", "Grand Ayatollah"
        while len(words) > 1 and {fold(words[0]), singular(fold(words[0]))} & drop \
                and fold(words[1]) not in PATRONYMICS:  # "Prime Ministers X of A and Y of B": NER takes "Ministers"
            words = words[1:]  # but "Sultan ibn Abdulaziz": a title word before "ibn" is a given name
        return " ".join(words)

    def add_article(self, extraction: Extraction) -> None:
        """Assign every mention of one article to an entity key."""
        article = extraction.article.id
        scope = ArticleScope(text=extraction.article.text, headline_end=headline_end(extraction.article.text),
                             published=extraction.article.published)
        ordered = sorted(extraction.mentions, key=lambda m: (m.kind == "description", m.start))
        for mention in ordered:
            key = self._key(mention, scope, article)
            if key is None:
                continue
            if mention.label == "Product":
                key = self._note_named_product(mention, key, scope)
            if mention.label != "Organization" and scope.companies.get(fold(mention.text)) == key:
                mention = replace(mention, label="Organization")  # "Airod", NER's person, is the company
            if mention.label != "Person" and mention.kind in {"name", "phrase"}:
                self._defines(mention, scope, key)
            short = self._company_short_name(mention.text) if mention.label == "Organization" \
                and mention.kind == "name" else ""
            if short:
                scope.companies.setdefault(short, key)
            self.of_mention[(article, mention.start)] = key
            self.groups[key].append(mention)
            if mention.label == "Organization" and mention.kind == "name" and not self.lexicon.is_league(key) \
                    and fold(mention.text) not in self.lexicon.holders:  # not "Iran's SCO": a league is no state's
                owned = self._owned_name(scope, mention)
                if owned:
                    self.owned_names[key].add(owned)
            self.cls.setdefault(key, mention.label if mention.label != "Place" or key.startswith("place:")
                                else "Place")
        for cand in extraction.candidates:  # "the French minister": France is in the graph
            for mention in (cand.subject, cand.object):
                if mention.kind in KEYED_KINDS and mention.key:
                    self.groups[mention.key].append(mention)
        for attribute in extraction.attributes:
            key = self.of_mention.get((article, attribute.mention.start))
            if key is not None:
                self.attributes[key].append((attribute.name, attribute.value))

    def merge_person_names(self) -> None:
        """One person under two spellings ("Sergei Lavrov", "Sergey Lavrov"), then a bare "Putin", or "Bagheri
        Kani" in a headline before the body names "Ali Bagheri Kani", as the corpus's only person whose full name
        ends so.

        Runs once all articles are in, so the result does not depend on their order; a surname shared by
        two full-named people ("Bush") stays on its own.
        """
        self._rename(self._spelling_variants())
        self._rename(self._lone_surnames())

    def _people(self) -> dict[str, tuple[str, ...]]:
        return {key: tuple(key.removeprefix("person:").split()) for key in self.groups if key.startswith("person:")}

    def _spelling_variants(self) -> dict[str, str]:
        """Full names that differ only by a transliterated vowel ("Yuri"/"Yury", "Mohammad"/"Mohammed"): the
        spelling the corpus uses most."""
        people = self._people()
        by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
        for key in sorted(people, key=lambda k: (-len(self.groups[k]), k)):
            if len(people[key]) >= 2:
                by_shape[(len(people[key]), people[key][-1])].append(key)
        rename = {}
        for keys in by_shape.values():
            for i, key in enumerate(keys):
                if key not in rename:  # a spelling already taken for another is no one's canonical one
                    rename.update({other: key for other in keys[i + 1:] if other not in rename
                                   and all(map(_transliterated, people[key], people[other]))})
        return rename

    def _lone_surnames(self) -> dict[str, str]:
        people = self._people()
        longer: dict[tuple[str, ...], set[str]] = defaultdict(set)  # words -> keys of the longer names ending so
        for key, words in people.items():
            for start in range(1, len(words)):
                longer[words[start:]].add(key)
            if 2 <= len(words) <= 3 and words[0] in self.lexicon.family_names_first:
                longer[words[:1]].add(key)  # "Wang" of "Wang Yi": a family name written first
        rename = {}
        for key, words in people.items():
            # "kani" ends both "bagheri kani" and "ali bagheri kani": only the longest names count
            fullest = {k for k in longer.get(words, ()) if not longer.get(people[k], set()) & longer[words]}
            if len(fullest) == 1:
                rename[key] = next(iter(fullest))
        return rename

    def _rename(self, rename: dict[str, str]) -> None:
        for old, new in sorted(rename.items()):
            self.groups[new].extend(self.groups.pop(old))
            self.attributes[new].extend(self.attributes.pop(old, []))
            self.cls.pop(old, None)
        if rename:
            self.of_mention = {where: rename.get(key, key) for where, key in self.of_mention.items()}

    def _key(self, mention: Mention, scope: ArticleScope, article: str) -> str | None:
        people = scope.people
        if mention.kind in KEYED_KINDS:
            return mention.key if mention.key else None
        if mention.key.startswith("ref:"):
            return self.of_mention.get((article, int(mention.key[4:])))
        folded = fold(mention.text)
        if folded in scope.acronyms and mention.label != "Person" and mention.kind == "name":
            # "RATS" after "the Regional Anti-Terrorist Structure (RATS)"; "EEC" after "the Eurasian Economic
            # Commission (EEC)" is that body, whatever else the lexicon knows by those letters
            return scope.acronyms[folded]
        company = scope.companies.get(folded)
        if company is not None and mention.kind == "name" and mention.label in {"Organization", "Person", "Place"}:
            return company  # "Airod" after "Airod Sdn Bhd", whatever NER called it
        again = scope.product_names.get(folded) or scope.product_names.get(folded.removesuffix("s"))
        if again is not None and mention.label in {"Person", "Organization", "Facility", "Product", "Place"}:
            return again  # "20 Blowpipe missiles ... obtaining the Blowpipes": NER's later guess is the product
        if mention.key and ":" in mention.key and not mention.key.startswith(("title:", "counterpart")):
            if mention.key.startswith("event:"):  # "the talks in Geneva" of this article, not of every article
                return f"{mention.key}:{slug(article)}"
            if mention.key.startswith("party-as-written:"):  # "the Socialists" of no state the article names:
                return f"{mention.key}:{slug(article)}"  # this article's
            if mention.key.startswith("agreement:"):  # a resolution known by its drafters, in this article
                key = f"{mention.key}:{slug(article)}"
                scope.agreements.append((key, set()))
                scope.resolutions.append(key)
                return key
            if mention.label == "City":
                return f"place:{folded}"
            if mention.label == "Product":
                named = self._named_product(mention, scope)
                return named or self._product_key(mention.key, scope.products)
            return mention.key
        if mention.kind == "description":
            return None
        if folded in people:
            return people[folded]
        if mention.label == "Person":
            name = fold(self.person_name(mention.text))
            key = people.get(name) or self._person_key(name, scope.published)
            parts = name.split()
            for part in [name, parts[-1], " ".join(parts[-2:]), parts[0]]:
                people.setdefault(part, key)  # "Putin"; "Deng" for Deng Xiaoping (family name first)
            return key
        if mention.label == "Agreement":
            return self._agreement_key(mention, scope, article)
        name = fold(clean_surface(mention.text))
        known = self.lexicon.names.get(folded) or self.lexicon.names.get(folded.replace("-", ""))
        if known is not None:  # "Gulf Co-operation Council" is the Gulf Cooperation Council
            return known.key
        if mention.label == "Place" and folded in self.lexicon.capitals:
            return self.lexicon.capitals[folded].key
        if mention.label == "Organization" and self.lexicon.is_state_body(name):
            name = self.lexicon.state_body_name(name)  # "the ministry of finance" is the finance ministry
            owner = self._owner_before(scope, mention)
            key = _state_body_key(name, f"{article} {owner}" if owner else article)  # "the Foreign Ministry": this
            # article's state's; "Turkey's Foreign Ministry ... Azerbaijan's Foreign Ministry": two states' bodies
            if " " not in name:  # "the Ministry" after "the Finance Ministry" is that ministry
                return scope.bodies.get(name, key)
            scope.bodies[name.split()[-1]] = key
            return key
        defined = ACRONYM_AFTER.match(scope.text, mention.end)
        known = self.lexicon.names.get(fold(defined.group(1))) if defined else None
        if known is not None and known.cls == mention.label and _same_words(name, fold(known.name)):
            return known.key  # "the Food and Agricultural Organisation (FAO)": the FAO, misspelt
        return f"{'place' if mention.label == 'City' else mention.label.lower()}:{name}"  # one node per place name

    def _company_short_name(self, text: str) -> str:
        """A company's name without its legal form ("Skanska" of "Skanska AB", "Nippon Mining" of "Nippon Mining Co
        Ltd"), by which the article names it again; '' when that leaves a name known for something else."""
        words = clean_surface(text).split()
        kept = _before_legal_forms(words)
        short = fold(" ".join(words[:kept]))
        if kept == len(words) or short in self.lexicon.names or self.lexicon.country_word(short) is not None:
            return ""
        return short

    def _owner_before(self, scope: ArticleScope, mention: Mention) -> str:
        """The name of the state whose possessive comes right before a state's body ("Turkey's | Foreign
        Ministry"), when the article gives that body's name to more than one state's; else ''."""
        owners = scope.owners.get(mention.text)
        if owners is None:  # once per name and article
            owners = scope.owners[mention.text] = {
                self._owner_at(scope.text, m.start(), scope.published)
                for m in re.finditer(re.escape(mention.text), scope.text)} - {""}
        return self._owner_at(scope.text, mention.start, scope.published) if len(owners) > 1 else ""

    def _owned_name(self, scope: ArticleScope, mention: Mention) -> str:
        """A body's name with the state (or capital) whose possessive the text puts before it ("Iran's Chamber of
        Cooperatives", "New Delhi's defence ministry"), as written, which names it as well as the body's own name;
        '' when no state's comes."""
        owner = self._possessor(scope.text, mention.start, scope.published, capitals=True)
        if owner is None:
            return ""
        written, _, written_end = owner
        return clean_surface(f"{written}{scope.text[written_end:mention.start]}{mention.text}")

    def _owner_at(self, text: str, start: int, published: date | None) -> str:
        owner = self._possessor(text, start, published)
        return owner[1] if owner is not None else ""

    def _possessor(self, text: str, start: int, published: date | None, capitals: bool = False
                   ) -> tuple[str, str, int] | None:
        """The state whose possessive comes right before an offset ("Turkey's "), or with `capitals` a capital's
        ("New Delhi's "): its name as written, the state's folded name ('' for a capital) and where the written
        name ends; None when no such possessive comes."""
        owned = OWNER_BEFORE.search(text, max(0, start - 60), start)
        if owned is None:
            return None
        words = owned.group(1).split()
        for n in range(min(4, len(words)), 0, -1):
            written = " ".join(words[-n:])
            state = self.lexicon.country_word(written, published)
            if state is not None and state.cls == "Country" and self.lexicon.names.get(fold(written)):
                return written, fold(state.name), owned.end(1)
            if capitals and fold(written) in self.lexicon.capitals:
                return written, "", owned.end(1)
        return None

    def _person_key(self, name: str, published: date | None) -> str:
        """A new person's key: the full name of the one office-holder a lone surname is on the date ("President
        Reagan" in 1987: Ronald Reagan), else the name as written."""
        full = self.lexicon.full_name_in_office(name, published)
        if full is None:
            return f"person:{name}"
        self.full_names[f"person:{fold(full)}"] = full
        return f"person:{fold(full)}"

    def _defines(self, mention: Mention, scope: ArticleScope, key: str) -> None:
        """Notes the acronym a name defines, after it ("the Regional Anti-Terrorist Structure (RATS)") or at the
        end of its phrase ("the Intermediate-range Nuclear Forces (INF)"), for later uses."""
        defined = ACRONYM_DEFINED.search(mention.text) or ACRONYM_AFTER.match(scope.text, mention.end)
        name = mention.text[:defined.start()] if defined and defined.re is ACRONYM_DEFINED else mention.text
        if defined and abbreviates(defined.group(1), name) \
                and not (mention.label == "Event" and abbreviates_a_body_inside(defined.group(1), name)):
            scope.acronyms.setdefault(defined.group(1).lower(), key)
            self.acronyms[key].add(defined.group(1).lower())

    def _named_product(self, mention: Mention, scope: ArticleScope) -> str | None:
        """"20 Blowpipe missiles ... which manufactures the missiles": a definite kind of product after a named
        one of that kind is the named one."""
        words = mention.text.split(maxsplit=1)
        if len(words) < 2 or words[0].lower() not in {"the", "these", "those"} \
                or fold(words[1]) not in self.lexicon.products:
            return None
        kind = self.lexicon.products[fold(words[1])].key
        return next((key for key, kinds in reversed(scope.named_products) if kind in kinds), None)

    def _note_named_product(self, mention: Mention, key: str, scope: ArticleScope) -> str:
        """Remember a product the article names, with the kinds of product its mention says it is; a kind
        right after a name ("Blowpipe" "missiles") is that named product. Returns the mention's key."""
        words = fold(mention.text).split()
        kinds = {known.key for n in range(1, 4) for i in range(len(words) - n + 1)
                 if (known := self.lexicon.products.get(" ".join(words[i:i + n]))) is not None}
        last = scope.last_product
        if last is not None and key in kinds and last[0] not in kinds and 0 <= mention.start - last[1] <= 1:
            scope.named_products.append((last[0], kinds))
            scope.product_names.setdefault(last[2], last[0])
            key = last[0]
        elif kinds and key not in kinds:
            scope.named_products.append((key, kinds))
        scope.last_product = (key, mention.end, fold(mention.text))
        return key

    @staticmethod
    def _product_key(key: str, seen: list[str]) -> str:
        """'Russian fuel' after 'nuclear fuel': the same product, named by its head word."""
        head = key.split(":", 1)[1]
        for earlier in seen:
            if earlier != key and earlier.endswith("-" + head):
                return earlier
        seen.append(key)
        return key

    def _agreement_key(self, mention: Mention, scope: ArticleScope, article: str) -> str:
        """Agreements of one article: "this treaty" is the last one, "a contract" a new one."""
        agreements = scope.agreements
        generic = self.lexicon.frame_words("agreement_generic_modifiers")
        heads = self.lexicon.frame_words("party_nouns")
        every_word = set(re.findall(r"[a-z0-9][a-z0-9-]*", fold(mention.text)))
        words = every_word - heads
        heads_named = every_word & heads
        content = {w for w in words if w not in generic and not w[0].isdigit()
                   and w not in {"billion", "million", "of", "on", "for", "and", "to"}}
        if mention.kind == "anaphor" and scope.resolutions and every_word & RESOLUTION_WORDS:
            drafts = [key for key in scope.resolutions if "draft" in key] if "draft" in every_word else []
            return (drafts or scope.resolutions)[-1]  # "that text" is the resolution voted on, not a treaty it
            # mentions; "the draft" the last one drafted, not the adopted resolution the draft would extend
        if mention.kind == "anaphor" and agreements:
            return agreements[-1][0]
        if mention.kind in {"bare", "generic"} and all(key in scope.headline_agreements for key, _ in agreements):
            # the story's first "a memorandum" is the headline's "gas supply memorandum"
            headline = [key for key, earlier in reversed(agreements) if heads_named & earlier]
            if headline:
                return headline[0]
        if mention.kind == "generic":
            for key, earlier in reversed(agreements):
                if words <= earlier:
                    return key
        if mention.kind == "phrase":
            abbreviations = sorted(a for a in content & scope.acronyms.keys()
                                   if scope.acronyms[a].startswith("agreement:"))
            if abbreviations:  # "the INF treaty" after "... Nuclear Forces (INF)"
                return scope.acronyms[abbreviations[0]]
            for key, earlier in reversed(agreements):
                if content and len(content & earlier) >= min(2, len(content)) \
                        or key in scope.headline_agreements and earlier <= words | heads_named:
                    earlier |= words  # or the headline's shorthand is inside this name ("partnership treaty" in the
                    return key  # headline, "a 20-year strategic partnership treaty" in the story)
        name = fold(clean_surface(self._agreement_name(mention.text))).replace(":", " ")  # ':' ends the name
        if not content:  # "a contract": one of its own in this article
            key = f"agreement:{name}:{slug(article)}-{len(agreements) + 1}"
        elif mention.text == mention.text.lower() and mention.kind != "name":
            # a common-noun name: this article's, until parties match ("resolution 2231" is a name, one everywhere)
            key = f"agreement:{name}:{slug(article)}"
        else:  # a proper name ("Treaty on Comprehensive Strategic Partnership") is one treaty everywhere
            key = f"agreement:{name}"
        if every_word & RESOLUTION_WORDS:
            scope.resolutions.append(key)
        if mention.start < scope.headline_end:
            scope.headline_agreements.add(key)
            agreements.append((key, words | heads_named))  # its head too: a "treaty" there is no "deal" later
        else:
            agreements.append((key, set(words)))
        return key

    @staticmethod
    def _agreement_name(text: str) -> str:
        text = ACRONYM_DEFINED.sub("", text.strip())
        text = DRAFTED_BY_AFTER_COMMA.sub(r"\1 ", text)  # "a resolution, put forward by A and B, ...": one name
        # the sum goes, the term and the count stay: "a $40 billion deal", "a 20-year treaty", "a 25-point joint
        # statement", "12 cooperation documents"
        return re.sub(rf"^[$€£¥]?\s*[\d.,]+(?![\d.,]|-(?:year|month|decade|point)|{BATCH_AFTER_NUMBER})"
                      r"\s*(billion|million|bln|mln)?\s*", "", text, flags=re.I)

    def entities(self) -> dict[str, Entity]:
        """Entities by key, with canonical labels, aliases and IRIs."""
        out = {}
        for key, mentions in sorted(self.groups.items()):
            cls = self._class(key, mentions)
            label, wikidata = self._label(key, cls, mentions)
            surfaces = {clean_surface(m.text) for m in mentions if m.kind not in {"demonym", "pronoun"}} \
                | self.owned_names.get(key, set())
            if key.startswith("event:"):  # "a meeting of the defence ministers in Moscow" is also named without
                surfaces |= {m.group(1) for n in surfaces if (m := PLACE_AFTER_NAME.match(n))}  # where it was
            aliases = sorted(surfaces - {label} - {""})
            iri = f"{cls.lower()}-{slug(label)}"
            if key.startswith(ARTICLE_SCOPED) and key.count(":") == 2:  # this article's
                iri = f"{iri}-{slug(key.rsplit(':', 1)[1])}"
            out[key] = Entity(iri, cls, label, tuple(aliases), wikidata, tuple(mentions),
                              collapse_attributes(self.attributes.get(key, [])))
        return out

    def _class(self, key: str, mentions: list[Mention]) -> str:
        prefix = key.split(":", 1)[0]
        fixed = {"country": "Country", "org": "Organization", "product": "Product",
                 "person": "Person", "agreement": "Agreement", "conflict": "Event", "event": "Event", "war": "Event",
                 "facility": "Facility"}
        if prefix in fixed:
            return fixed[prefix]
        if prefix == "place" and any(m.label == "City" for m in mentions):
            return "City"  # a dateline, a capital or "the port city of" says which kind of place NER's place is
        defined = self.acronyms.get(key, set())  # "the Russian Olympic Committee (ROC)": what the lexicon knows by
        votes = Counter(m.label for m in mentions if m.kind != "demonym" and fold(m.text) not in defined)  # "ROC"
        votes = votes or Counter(m.label for m in mentions if m.kind != "demonym")  # does not say what the body is
        return votes.most_common(1)[0][0] if votes else "Place"

    def _label(self, key: str, cls: str, mentions: list[Mention]) -> tuple[str, str | None]:
        folded_name = key.split(":", 1)[1] if ":" in key else key
        known = self.lexicon.by_key.get(key)
        if known is not None:
            return known.name, known.wikidata
        if key.startswith("party:"):  # "party:swiss social democratic party"
            return " ".join(w[:1].upper() + w[1:] for w in folded_name.split(" ")), None
        if cls == "City":
            for m in sorted(mentions, key=lambda m: m.text.isupper()):  # "Tehran", not its dateline's "TEHRAN"
                if fold(m.text) == folded_name:
                    return _in_title_case(clean_surface(m.text)), None
            if all(m.kind == "part" for m in mentions):  # "held in the Russian capital": the gazetteer's name
                return _in_title_case(folded_name), None
        names = [clean_surface(m.text) for m in mentions if m.kind not in {"description", "demonym"}]
        names = [n for n in names if not n.isupper() or not any(fold(o) == fold(n) and not o.isupper() for o in names)]
        spelled_out = [n for n in names if fold(n) not in self.acronyms.get(key, ())]
        names = spelled_out or names  # "European Monetary System", not the "EMS" it was given
        if _is_state_body_key(key):  # a state's body, named fully once; as a name, where wire copy wrote it in
            names = [_in_title_case(n) for n in
                     [n for n in names if fold(n) == folded_name.split(":")[0]] or [folded_name.split(":")[0]]]  # lower
        if cls == "Person":
            names = [self.person_name(n) for n in names] + ([self.full_names[key]] if key in self.full_names else [])
            return max(names, key=lambda n: (len(n.split()), len(n), n)) if names else folded_name, None
        if cls == "Event" and key.startswith("event:"):  # "CASAREX 2024", not "casarex 2024"; the mention the
            phrases = [clean_surface(m.text) for m in mentions if m.kind == "phrase"]  # key was made of, else the
            keyed = [p for p in phrases if fold(p) == folded_name.rsplit(":", 1)[0]]  # first
            return (keyed or phrases or names or [folded_name])[0], None
        if cls == "Agreement":
            named = [self._agreement_name(clean_surface(m.text)) for m in mentions if m.kind == "phrase"]
            if named:
                return named[0], None
            names = [self._agreement_name(n) for n in names]
        if not names and cls == "Place":  # "the Supreme Council of Moldova" in 1988: a republic's name, not a state's
            return _in_title_case(folded_name), None
        if not names:
            return folded_name, None
        label = Counter(names).most_common(1)[0][0]
        if cls == "Organization":  # "PHLCORP Inc" written once, then "PHLCORP": the name with its legal form
            label = max((n for n in names if n.startswith(label + " ")
                         and _before_legal_forms(n.split()) <= len(label.split())), key=len, default=label)
        return label, None

    # -- facts -------------------------------------------------------------------------------

    def facts(self, extractions: Iterable[Extraction], entities: dict[str, Entity]) -> list[Fact]:
        """Candidates mapped onto entities, grouped by (subject, predicate, object)."""
        grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        for extraction in extractions:
            for cand in extraction.candidates:
                triple = self._triple(cand, entities)
                if triple is None:
                    continue
                item = self._entity_of(cand.item, entities) if cand.item is not None else None
                grouped[triple].append(Evidence(cand.sentence.article_id, cand.sentence, cand.rule,
                                                cand.confidence, cand.modality, item.iri if item else None,
                                                cand.when, cand.item_text))
        return _facts_of(grouped)

    def _entity_of(self, mention: Mention, entities: dict[str, Entity]) -> Entity | None:
        if mention.kind in KEYED_KINDS:  # named by a demonym or inside another name: not a mention of its own
            key: str | None = mention.key
        else:
            key = self.of_mention.get((mention.article_id, mention.start))
        return entities.get(key) if key else None

    def _triple(self, cand: Candidate, entities: dict[str, Entity]) -> tuple[str, str, str] | None:
        subject = self._entity_of(cand.subject, entities)
        obj = self._entity_of(cand.object, entities)
        if subject is None or obj is None or subject.iri == obj.iri:
            return None
        if obj.cls not in RANGES.get(cand.predicate, {obj.cls}):
            return None
        if subject.cls not in DOMAINS.get(cand.predicate, {subject.cls}):
            return None
        if cand.predicate in SYMMETRIC_PREDICATES and obj.iri < subject.iri:  # one triple for "A met B" and "B met A"
            subject, obj = obj, subject
        return subject.iri, cand.predicate, obj.iri


NAME_PARTICLES = frozenset({"de", "da", "do", "del", "des", "du", "la", "le", "of", "von", "van", "and"})


def _in_title_case(name: str) -> str:
    """A name a dateline wrote in capitals, or wire copy in lower case, as names are written: "BUENOS AIRES" ->
    "Buenos Aires", "energy and mines ministry" -> "Energy and Mines Ministry"."""
    if not (name.isupper() and len(name) > 3 or name.islower()):
        return name
    words = name.title().split(" ")
    return " ".join([words[0], *(w.lower() if w.lower() in NAME_PARTICLES else w for w in words[1:])])


def _state_body_key(name: str, article: str) -> str:
    """The key of a state's body named without its state ("foreign ministry"): one per article."""
    return f"organization:{name}:{slug(article)}"


def _is_state_body_key(key: str) -> bool:
    """Whether a key is a state body's of one article (see _state_body_key)."""
    return key.startswith("organization:") and key.count(":") == 2


MINISTRY_OF = re.compile(r"^(?P<state>.+?) Ministry of (?P<portfolio>.+)$")  # "Indian Ministry of Defence"
PORTFOLIOS_WRITTEN_OUT = {short: full for full, short in SHORT_PORTFOLIOS.items()}  # "foreign" -> "foreign affairs"
MINISTRY_OF_STATE = re.compile(r"^Ministry of (?P<portfolio>.+?) of (?:the )?(?P<state>[^,]+)$")  # "... of India"
OWNER_BEFORE = re.compile(r"([A-Z][\w.\- ]{0,40}?)(?:'s|\u2019s) *$")  # "Turkey's " before a body's name
TRANSLITERATED = frozenset("aeiouy")  # the letters transliterations of one name differ by: Sergei, Sergey


def _transliterated(one: str, other: str) -> bool:
    """Whether two words of a name are one, or the same name transliterated otherwise ("yuri", "yury")."""
    if one == other:
        return True
    if len(one) != len(other) or len(one) < 4:
        return False
    differ = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return len(differ) == 1 and set(differ[0]) <= TRANSLITERATED


def _same_words(one: str, other: str) -> bool:
    """Whether two names share most of their words, by their first four letters ('Agricultural Organisation',
    'Agriculture Organization')."""
    a, b = ({w[:4] for w in re.findall(r"[a-z]+", name)} for name in (one, other))
    return bool(a and b) and len(a & b) >= 0.6 * min(len(a), len(b))


def collapse_attributes(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """One value per attribute: the furthest status, the first value, currency and date seen."""
    out: dict[str, str] = {}
    for name, value in pairs:
        if name == "status":
            if STATUS_RANK.get(value, -1) > STATUS_RANK.get(out.get("status", ""), -1):
                out["status"] = value
        else:
            out.setdefault(name, value)
    return tuple(sorted(out.items()))


def resolve(extractions: list[Extraction], lexicon: Lexicon) -> Resolved:
    """Entities and facts of a batch of articles."""
    resolver = Resolver(lexicon)
    for extraction in extractions:
        resolver.add_article(extraction)
    resolver.merge_person_names()
    by_key = resolver.entities()
    merged = _merge_same_iri(by_key)
    facts = resolver.facts(extractions, merged)
    merged = _drop_unnamed_agreements(merged, facts)
    merged = _drop_idle_products(merged, facts, lexicon)
    facts = _items_kept(facts, {e.iri for e in merged.values()})
    merged, facts = _merge_agreements_across_articles(merged, facts)
    merged, facts = _name_bodies_by_state(merged, facts, lexicon)
    merged, facts = _name_ministries_by_adjective(merged, facts, lexicon)
    merged, facts = _name_visits_by_visitor(merged, facts, lexicon)
    facts = _without_defaulted_states(facts)
    iris_of_article: dict[str, set[str]] = defaultdict(set)
    for (article_id, _), key in resolver.of_mention.items():
        if key in merged:
            iris_of_article[article_id].add(merged[key].iri)
    mentioned = [(x.article.id, tuple(sorted(iris_of_article[x.article.id]))) for x in extractions]
    entities = {e.iri: e for e in merged.values()}
    return Resolved(tuple(x.article for x in extractions), tuple(sorted(entities.values(), key=lambda e: e.iri)),
                    tuple(facts), tuple(mentioned))


def _without_defaulted_states(facts: list[Fact]) -> list[Fact]:
    """An office put in the state an article is about only by default ('Deputy Foreign Minister X' in a story filed
    from Astana) gives way to another state the text gives the same person ('the Syrian delegation, led by X')."""
    def defaulted(fact: Fact) -> bool:
        return all(e.rule.endswith((f":{HOME_STATE}", f":{HOST_STATE}")) for e in fact.evidence)

    def of_a_state(fact: Fact) -> bool:
        return fact.predicate in {"leaderOf", "ministerOf"} and fact.object.startswith("country-")

    placed: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if of_a_state(fact) and not defaulted(fact):
            placed[fact.subject].add(fact.object)
    return [f for f in facts if not (of_a_state(f) and defaulted(f) and placed[f.subject] - {f.object})]


def _merge_agreements_across_articles(entities: dict[str, Entity], facts: list[Fact]
                                      ) -> tuple[dict[str, Entity], list[Fact]]:
    """Article-scoped agreements with the same name and the same two or more parties are one agreement."""
    parties: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.predicate == "partyTo":
            parties[fact.object].add(fact.subject)
    groups: dict[tuple[str, frozenset[str]], list[Entity]] = defaultdict(list)
    for entity in {e.iri: e for e in entities.values()}.values():
        if entity.cls == "Agreement" and len(parties[entity.iri]) >= 2:
            groups[(slug(entity.label), frozenset(parties[entity.iri]))].append(entity)
    rename: dict[str, Entity] = {}
    for (name, sides), members in groups.items():
        if len(members) < 2:
            continue
        sides_slug = "-".join(sorted(s.split("-", 1)[1] for s in sides))
        first = min(members, key=lambda e: e.iri)
        merged = Entity(f"agreement-{name}-{sides_slug}"[:160], "Agreement", first.label,
                        tuple(sorted({a for m in members for a in m.aliases} - {first.label})), first.wikidata,
                        tuple(m for e in members for m in e.mentions),
                        collapse_attributes([a for e in members for a in e.attributes]))
        rename.update({m.iri: merged for m in members})
    if not rename:
        return entities, facts
    entities = {k: rename.get(e.iri, e) for k, e in entities.items()}
    return entities, _renamed_facts(facts, {old: new.iri for old, new in rename.items()})


def _name_bodies_by_state(entities: dict[str, Entity], facts: list[Fact], lexicon: Lexicon
                          ) -> tuple[dict[str, Entity], list[Fact]]:
    """'the Foreign Ministry' that a fact places in Kuwait is the Kuwaiti Foreign Ministry, one node with that
    body named so in any other article; one placed nowhere stays its article's own."""
    country_keys = {e.iri: key for key, e in entities.items() if e.cls == "Country"}
    placed: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.predicate == "locatedIn" and fact.asserted and fact.object in country_keys:
            placed[fact.subject].add(fact.object)
    rename: dict[str, Entity] = {}
    for key, entity in entities.items():
        states = placed.get(entity.iri, set())
        if not (_is_state_body_key(key) and len(states) == 1):
            continue
        adjective = lexicon.adjectives.get(country_keys[next(iter(states))])
        if adjective is None:
            continue
        rename[entity.iri] = _state_body_named(entity, adjective, entity.label)
    return _with_renamed(entities, facts, rename)


def _name_ministries_by_adjective(entities: dict[str, Entity], facts: list[Fact], lexicon: Lexicon
                                  ) -> tuple[dict[str, Entity], list[Fact]]:
    """'the Indian Ministry of Defence' and 'the Ministry of Defence of India' are the Indian Defence Ministry, the
    name 'India's Defence Ministry' gets: one node whichever way articles write it, the written names its aliases."""
    rename: dict[str, Entity] = {}
    for entity in {e.iri: e for e in entities.values()}.values():
        written = (MINISTRY_OF_STATE.match(entity.label) or MINISTRY_OF.match(entity.label)) \
            if entity.cls == "Organization" else None
        state = lexicon.country_word(written.group("state")) if written else None
        if written is None or state is None or state.key not in lexicon.adjectives \
                or not lexicon.is_state_body(fold(f"ministry of {written.group('portfolio')}")):
            continue
        portfolio = written.group("portfolio")
        short = SHORT_PORTFOLIOS.get(portfolio.lower())
        rename[entity.iri] = _state_body_named(entity, lexicon.adjectives[state.key],
                                               f"{short.title() if short else portfolio} Ministry")
    return _with_renamed(entities, facts, rename)


def _state_body_named(entity: Entity, adjective: str, body: str) -> Entity:
    """A state's body named by its state's adjective ("Indian" + "Defence Ministry"), with its other names, and a
    ministry's other way of writing ("Indian Ministry of Defence"), as aliases."""
    label = f"{adjective} {body}"
    portfolio = body.removesuffix(" Ministry")
    written_out = PORTFOLIOS_WRITTEN_OUT.get(portfolio.lower())
    other = {f"{adjective} Ministry of {written_out.title() if written_out else portfolio}"} \
        if portfolio != body and portfolio else set()  # nothing for a body that is no ministry ("Central Bank")
    return Entity(f"organization-{slug(label)}", "Organization", label,
                  tuple(sorted((set(entity.aliases) | {entity.label} | other) - {label})), entity.wikidata,
                  entity.mentions, entity.attributes)


def _name_called_by(full_name: str) -> str:
    """The one word a person is called by: the surname, or the given name before a patronymic ("Fahd" of
    "Fahd bin Abdulaziz")."""
    words = full_name.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in PATRONYMICS), len(words))
    return words[cut - 1]


def _name_visits_by_visitor(entities: dict[str, Entity], facts: list[Fact], lexicon: Lexicon
                            ) -> tuple[dict[str, Entity], list[Fact]]:
    """'his first official visit to Iran', when the text says whose it is and names one person, is 'Mishustin's
    visit to Iran': what the visit was, as an analyst names it; the text's words stay its aliases."""
    heads = lexicon.frame_words("visit_heads")
    labels = {e.iri: e.label for e in entities.values()}
    people = {e.iri for e in entities.values() if e.cls == "Person"}
    owners: dict[str, set[str]] = defaultdict(set)  # "Sorsa's visit", "a visit by Sorsa": whose it is
    destinations: dict[str, list[str]] = defaultdict(list)
    for fact in facts:
        rules = {e.rule for e in fact.evidence}
        if fact.predicate == "participatedIn" and fact.subject in people and rules & VISITOR_RULES:
            owners[fact.object].add(fact.subject)
        elif fact.predicate == "locatedIn" and "noun:visit-destination" in rules:
            destinations[fact.subject].append(fact.object)
    rename: dict[str, Entity] = {}
    for key, entity in entities.items():
        words = key.split(":")[1].split() if key.startswith("event:") and key.count(":") == 2 else []
        visitors = owners.get(entity.iri, set())
        places = destinations.get(entity.iri, [])
        if not words or words[0] not in heads or len(visitors) != 1 or not places:
            continue
        surname = _name_called_by(labels[next(iter(visitors))])
        whose = f"{surname}'" if surname.endswith("s") else f"{surname}'s"  # "Camdessus' visit"
        place = labels[places[0]]
        the = "the " if any(_the_place(m.text, place) for m in entity.mentions) else ""
        label = f"{whose} {'tour of' if words[0] == 'tour' else 'visit to'} {the}{place}"
        iri = f"event-{slug(label)}-{slug(key.rsplit(':', 1)[1])}"
        rename[entity.iri] = replace(entity, iri=iri, label=label,
                                     aliases=tuple(sorted(set(entity.aliases) | {entity.label})))
    return _with_renamed(entities, facts, rename)


def _before_legal_forms(words: list[str]) -> int:
    """How many words of a company's name come before its legal forms ("Nippon Mining | Co Ltd"); at least one."""
    kept = len(words)
    while kept > 1 and is_legal_form(words[kept - 1], COMPANY_NAME_TAILS):
        kept -= 1
    return kept


def _the_place(text: str, place: str) -> bool:
    """Whether a visit's words name its destination with 'the' ('a visit to the U.S.', 'to the Ivory Coast'), not
    a description of it ('a visit to the Islamic Republic' is to Iran)."""
    named = re.search(r"\b(?:to|of) the ([\w.]+)", text)
    if named is None:
        return False
    word = named.group(1)
    return fold(word) == fold(place.split()[0]) or initials_match(word.replace(".", ""), place.split())


def _with_renamed(entities: dict[str, Entity], facts: list[Fact], rename: dict[str, Entity]
                  ) -> tuple[dict[str, Entity], list[Fact]]:
    """Entities with some replaced by renamed ones (old IRI -> new entity), those that become one merged, and
    their facts renamed with them."""
    if not rename:
        return entities, facts
    entities = {k: rename.get(e.iri, e) for k, e in entities.items()}
    return _merge_same_iri(entities), _renamed_facts(facts, {old: new.iri for old, new in rename.items()})


def _renamed_facts(facts: list[Fact], iris: dict[str, str]) -> list[Fact]:
    """Facts with their ends renamed, those that become one fact merged."""
    regrouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for fact in facts:
        regrouped[(iris.get(fact.subject, fact.subject), fact.predicate, iris.get(fact.object, fact.object))].extend(
            fact.evidence)
    return _facts_of(regrouped)


def _facts_of(grouped: dict[tuple[str, str, str], list[Evidence]]) -> list[Fact]:
    """One fact per (subject, predicate, object), its evidence in article and text order."""
    return [Fact(s, p, o, tuple(sorted(ev, key=lambda e: (e.article_id, e.sentence.start, e.rule))))
            for (s, p, o), ev in sorted(grouped.items())]


def _fact_ends(facts: list[Fact]) -> set[str]:
    """The IRIs of every subject and object of some fact."""
    return {f.subject for f in facts} | {f.object for f in facts}


def _drop_unnamed_agreements(entities: dict[str, Entity], facts: list[Fact]) -> dict[str, Entity]:
    """'an agreement' that no fact ties to anyone and the text never names is not worth a node."""
    in_facts = _fact_ends(facts)
    return {key: e for key, e in entities.items()
            if not (e.cls == "Agreement" and e.iri not in in_facts
                    and all(m.kind in {"bare", "generic", "anaphor"} for m in e.mentions))}


def _drop_idle_products(entities: dict[str, Entity], facts: list[Fact], lexicon: Lexicon) -> dict[str, Entity]:
    """'warships', 'aircraft' that nobody supplies, buys or builds are scenery, not goods worth a node.

    Weapons, aircraft, vehicles and vessels named only by a common noun stay when some fact has them as an end
    or as the item supplied; commodities ("wheat") only when some fact has them as an end (bought or acquired:
    the goods a state exports stay words on the evidence); fuel, technology and named products ("Su-35",
    "Kitty Hawk") always stay.
    """
    ends = _fact_ends(facts)
    used = ends | {e.item for f in facts for e in f.evidence if e.item}

    def idle(key: str, entity: Entity) -> bool:
        known = lexicon.by_key.get(key)
        if entity.cls != "Product" or known is None:
            return False
        if known.kind == "commodity":
            return entity.iri not in ends  # "Wheat" heading a table of prices is no more traded than "wheat"
        return known.kind in EQUIPMENT and entity.iri not in used \
            and all(m.text == m.text.lower() for m in entity.mentions)

    return {key: e for key, e in entities.items() if not idle(key, e)}


def _items_kept(facts: list[Fact], iris: set[str]) -> list[Fact]:
    """Evidence whose goods entity was dropped keeps the goods only as words ('Russia exporting grains')."""
    def kept(evidence: Evidence) -> Evidence:
        return evidence if evidence.item is None or evidence.item in iris else replace(evidence, item=None)

    return [replace(f, evidence=tuple(kept(e) for e in f.evidence)) for f in facts]


def _merge_same_iri(by_key: dict[str, Entity]) -> dict[str, Entity]:
    """Entities whose class and canonical name coincide are one entity."""
    by_iri: dict[str, Entity] = {}
    for entity in by_key.values():
        other = by_iri.get(entity.iri)
        if other is not None:
            aliases = tuple(sorted(set(other.aliases) | set(entity.aliases)))
            entity = Entity(entity.iri, entity.cls, entity.label, aliases, other.wikidata or entity.wikidata,
                            other.mentions + entity.mentions)
        by_iri[entity.iri] = entity
    return {key: by_iri[e.iri] for key, e in by_key.items()}
