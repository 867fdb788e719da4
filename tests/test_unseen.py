"""Unseen text, scored by ../shared/eval/kg_eval.py in the suite (our annotations; texts read from
../shared/corpus), so a rule that only helps the seeds shows up as a loss here:

- tests/devset: 516 Reuters articles used to develop the rules (their misses are read and worked on; the
  third to forty-third batches of twelve were scored once before any rule looked at them: entity F1 0.786,
  0.780, 0.740, 0.769, 0.834, 0.849, 0.770, 0.751, 0.817, 0.797, 0.822, 0.751, 0.778, 0.760, 0.760, 0.668,
  0.728, 0.803, 0.728, 0.759, 0.780, 0.758, 0.768, 0.712, 0.777, 0.764, 0.806, 0.694, 0.759, 0.727, 0.645, 0.705,
  0.711, 0.797, 0.720, 0.790, 0.655, 0.748, 0.673, 0.778 and 0.702,
  fact F1 0.396, 0.480, 0.403, 0.374, 0.392, 0.400, 0.311, 0.297, 0.283, 0.436, 0.517, 0.338, 0.429, 0.368, 0.403,
  0.226, 0.285, 0.368, 0.392, 0.418, 0.367, 0.253, 0.439, 0.387, 0.357, 0.359, 0.347, 0.325, 0.256, 0.374, 0.217,
  0.317, 0.432, 0.447, 0.311, 0.368, 0.299, 0.424, 0.395, 0.480 and 0.344);
- tests/heldout: 18 Reuters articles annotated from the text alone and never used to develop rules
  (their misses are not read); the honest estimate of quality on articles nobody here has read;
- tests/recent: 576 articles on Russia-Iran relations 2022-2025 written and annotated for the project by forty-eight
  sessions that never saw the extractor (texts stored beside their gold, see its README): recent-01..08, 13..20,
  25..32, 37..44, 49..56, 61..68, 73..80, 85..92, 97..104, 109..116, 121..128, 133..140, 145..152, 157..164, 169..176,
  181..188, 193..200, 205..212, 217..224, 229..236, 241..248, 253..260, 265..272, 277..284, 289..296, 301..308,
  313..320, 325..332, 337..344, 349..356, 361..368, 373..380, 385..392, 397..404, 409..416, 421..428, 433..440,
  445..452, 457..464, 469..476, 481..488, 493..500, 505..512, 517..524, 529..536, 541..548, 553..560 and 565..572 are
  worked on, recent-09..12, 21..24, 33..36, 45..48, 57..60, 69..72, 81..84, 93..96, 105..108, 117..120, 129..132,
  141..144, 153..156, 165..168, 177..180, 189..192, 201..204, 213..216, 225..228, 237..240, 249..252, 261..264,
  273..276, 285..288, 297..300, 309..312, 321..324, 333..336, 345..348, 357..360, 369..372, 381..384, 393..396,
  405..408, 417..420, 429..432, 441..444, 453..456, 465..468, 477..480, 489..492, 501..504, 513..516, 525..528,
  537..540, 549..552, 561..564 and 573..576 are held out.

The floors are the scores measured on 2026-11-26 (bench/BENCHMARKS.md): a change may raise them, not
lower them (they were measured again on the sets grown by a batch). The issue's targets on unseen text are
entity F1 0.85, fact F1 0.60 and claims taken as facts at most 5%: on the Reuters held-out set fact F1 (0.702)
and claims (1 of 79) are reached, entity F1 (0.837) is not; on the recent held-out half (192 articles) neither
F1 target is (0.725, 0.499).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from graph.model import Article
from graph.nlp import load_pipeline
from graph.pipeline import run_build, serialize_turtle

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {"devset": sorted((ROOT / "tests" / "devset").glob("reuters-*.json")),
        "heldout": sorted((ROOT / "tests" / "heldout").glob("reuters-*.json"))}
RECENT = sorted((ROOT / "tests" / "recent").glob("recent-*.json"))
RECENT_HELD_OUT = {f"recent-{n:02d}.json" for n in (9, 10, 11, 12, 21, 22, 23, 24, 33, 34, 35, 36, 45, 46, 47, 48, 57,
                                                     58, 59, 60, 69, 70, 71, 72, 81, 82, 83, 84, 93, 94, 95, 96, 105,
                                                     106, 107, 108, 117, 118, 119, 120, 129, 130, 131, 132,
                                                     141, 142, 143, 144, 153, 154, 155, 156, 165, 166, 167, 168,
                                                     177, 178, 179, 180, 189, 190, 191, 192, 201, 202, 203, 204,
                                                     213, 214, 215, 216, 225, 226, 227, 228, 237, 238, 239, 240,
                                                     249, 250, 251, 252, 261, 262, 263, 264, 273, 274, 275, 276,
                                                     285, 286, 287, 288, 297, 298, 299, 300, 309, 310, 311, 312,
                                                     321, 322, 323, 324, 333, 334, 335, 336,
                                                     345, 346, 347, 348, 357, 358, 359, 360,
                                                     369, 370, 371, 372, 381, 382, 383, 384,
                                                     393, 394, 395, 396, 405, 406, 407, 408,
                                                     417, 418, 419, 420, 429, 430, 431, 432,
                                                     441, 442, 443, 444,
                                                     453, 454, 455, 456, 465, 466, 467, 468,
                                                     477, 478, 479, 480, 489, 490, 491, 492,
                                                     501, 502, 503, 504, 513, 514, 515, 516,
                                                     525, 526, 527, 528, 537, 538, 539, 540,
                                                     549, 550, 551, 552, 561, 562, 563, 564,
                                                     573, 574, 575, 576)}

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not (SHARED / "corpus" / "reuters21578.jsonl.gz").exists()
                                 or not (SHARED / "eval" / "kg_eval.py").exists(),
                                 reason="../shared (corpus and scorer) is not beside this clone")]


def corpus_articles(gold: list[Path]) -> list[Article]:
    """The articles of some gold files, read from the corpus by id."""
    ids = {json.loads(p.read_text(encoding="utf-8"))["article"] for p in gold}
    out = []
    with gzip.open(SHARED / "corpus" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in ids:
                published = date.fromisoformat(row["published"]) if row.get("published") else None
                out.append(Article(row["id"], row["text"], row.get("title"), published, source=row["id"]))
    assert len(out) == len(ids)
    return sorted(out, key=lambda a: a.id)


def written_articles(gold: list[Path]) -> list[Article]:
    """The articles of some gold files of tests/recent, read from the text files beside them."""
    out = []
    for path in gold:
        meta = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / meta["article"]).read_text(encoding="utf-8")
        out.append(Article(meta["article"], text, None, date.fromisoformat(meta["published"]), source=meta["article"]))
    return out


def score(gold: list[Path], folder: Path) -> dict:
    """kg_eval's report on the graph of the articles of some gold files."""
    articles = written_articles(gold) if gold[0].parent.name == "recent" else corpus_articles(gold)
    graph, _, _ = run_build(articles, load_pipeline())
    path = folder / "graph.ttl"
    path.write_text(serialize_turtle(graph), encoding="utf-8")
    ontology = sorted(str(p) for p in (ROOT / "ontology").glob("*.ttl"))
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "kg_eval.py"), str(path), "--gold",
                           *map(str, gold), "--ontology", *ontology, "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def devset(tmp_path_factory) -> dict:
    return score(SETS["devset"], tmp_path_factory.mktemp("devset"))


@pytest.fixture(scope="module")
def heldout(tmp_path_factory) -> dict:
    return score(SETS["heldout"], tmp_path_factory.mktemp("heldout"))


@pytest.fixture(scope="module")
def recent(tmp_path_factory) -> dict:
    return score([p for p in RECENT if p.name not in RECENT_HELD_OUT], tmp_path_factory.mktemp("recent"))


@pytest.fixture(scope="module")
def recent_heldout(tmp_path_factory) -> dict:
    return score([p for p in RECENT if p.name in RECENT_HELD_OUT], tmp_path_factory.mktemp("recent_heldout"))


def test_every_text_is_in_the_corpus_and_the_sets_are_apart():
    assert len(corpus_articles(SETS["devset"])) == len(SETS["devset"]) == 516
    assert len(corpus_articles(SETS["heldout"])) == len(SETS["heldout"]) == 18
    assert not {p.name for p in SETS["devset"]} & {p.name for p in SETS["heldout"]}


def test_entities_on_the_devset_hold(devset):
    assert devset["entities"]["f1"] >= 0.725, devset["entities"]  # 84: 0.849; 96: 0.842; 108: 0.823; 120: 0.807;
    # 132: 0.803; 144: 0.797; 156: 0.797; 168: 0.791 -> 0.794; 180: 0.787; 192: 0.779; 204: 0.775; 216: 0.765;
    # 228: 0.760; 240: 0.760 -> 0.769; 252: 0.762 -> 0.762; 264: 0.759 -> 0.761; 276: 0.759 -> 0.761;
    # 288: 0.756 -> 0.757; 300: 0.753 -> 0.753; 312: 0.749 -> 0.749; 324: 0.747 -> 0.747; 336: 0.746 -> 0.746;
    # 348: 0.746 -> 0.747; 360: 0.743 -> 0.746; 372: 0.744 -> 0.745; 384: 0.741 -> 0.742; 396: 0.736; 408: 0.732
    # -> 0.735; 420: 0.732 -> 0.733; 432: 0.732 -> 0.736; 444: 0.734 -> 0.734;
    # 456: 0.734 -> 0.734; 468: 0.730 -> 0.731; 480: 0.729 -> 0.729; 492: 0.726 -> 0.726; 504: 0.728 -> 0.728
    # 516: 0.727 -> 0.730 -> 0.731 -> 0.734 -> 0.734 -> 0.734 -> 0.735 -> 0.735 -> 0.735 -> 0.735


def test_facts_on_the_devset_hold(devset):
    assert devset["facts"]["precision"] >= 0.845, devset["facts"]  # 84: 0.920; 96: 0.914; 108: 0.905; 120: 0.907;
    # 132: 0.902; 144: 0.902; 156: 0.900; 168: 0.894 -> 0.898; 180: 0.894 -> 0.897; 192: 0.885; 204: 0.887;
    # 216: 0.878 -> 0.882; 228: 0.883 -> 0.883; 240: 0.880 -> 0.880; 252: 0.872 -> 0.874; 264: 0.876 -> 0.877;
    # 276: 0.872 -> 0.874; 288: 0.871 -> 0.872; 300: 0.860 -> 0.860; 312: 0.856 -> 0.856; 324: 0.855 -> 0.859;
    # 336: 0.857 -> 0.860; 348: 0.860 -> 0.861; 360: 0.858 -> 0.858; 372: 0.855 -> 0.856; 384: 0.858 -> 0.858;
    # 396: 0.849; 408: 0.848 -> 0.850; 420: 0.847 -> 0.848; 432: 0.846 -> 0.848; 444: 0.846 -> 0.851;
    # 456: 0.849 -> 0.852; 468: 0.852 -> 0.853; 480: 0.854 -> 0.854; 492: 0.852 -> 0.853; 504: 0.852 -> 0.853
    # 516: 0.853 -> 0.857 -> 0.855 -> 0.856 -> 0.856 -> 0.858 -> 0.859 -> 0.859 -> 0.858 -> 0.858
    assert devset["facts"]["f1"] >= 0.435, devset["facts"]  # 84: 0.687; 96: 0.646 -> 0.650; 108: 0.618; 120: 0.586;
    # 132: 0.562 -> 0.577; 144: 0.565; 156: 0.563; 168: 0.550 -> 0.559; 180: 0.542 -> 0.554; 192: 0.536;
    # 204: 0.522 -> 0.530; 216: 0.509 -> 0.510; 228: 0.498 -> 0.504; 240: 0.498 -> 0.509; 252: 0.500 -> 0.503;
    # 264: 0.498 -> 0.501; 276: 0.491 -> 0.496; 288: 0.485 -> 0.487; 300: 0.482 -> 0.482; 312: 0.475 -> 0.476;
    # 324: 0.473 -> 0.478; 336: 0.472 -> 0.475; 348: 0.468 -> 0.471; 360: 0.464 -> 0.467; 372: 0.458 -> 0.462;
    # 384: 0.457 -> 0.457; 396: 0.447; 408: 0.441 -> 0.442; 420: 0.441 -> 0.442; 432: 0.440 -> 0.443;
    # 444: 0.440 -> 0.445; 456: 0.441 -> 0.443; 468: 0.438 -> 0.439; 480: 0.437 -> 0.437;
    # 492: 0.436 -> 0.437; 504: 0.436 -> 0.437;
    # 516: 0.434 -> 0.437 -> 0.438 -> 0.440 -> 0.440 -> 0.441 (floor lowered from 0.435 with the forty-third batch)
    # -> 0.442 (floor raised back to 0.435 in the sixtieth session) -> 0.444 -> 0.446 -> 0.446


def test_claims_taken_as_facts_on_the_devset_stay_under_five_percent(devset):
    facts = devset["facts"]
    assert facts["not_fact_hits"] <= 0.05 * facts["graph_facts"], facts


def test_entities_on_the_heldout_set_hold(heldout):
    assert heldout["entities"]["f1"] >= 0.835, heldout["entities"]  # 0.805 (ninth) -> 0.811 -> 0.815 -> 0.820 (13th)
    # -> 0.826 (25th) -> 0.829 (32nd) -> 0.831 (46th) -> 0.837 (47th) -> 0.837 (59th)


def test_claims_taken_as_facts_on_the_heldout_set_stay_under_five_percent(heldout):
    facts = heldout["facts"]
    assert facts["not_fact_hits"] <= 0.05 * facts["graph_facts"], facts


def test_facts_on_the_heldout_set_hold(heldout):
    assert heldout["facts"]["precision"] >= 0.91, heldout["facts"]  # 0.867 (ninth) -> 0.891 -> 0.924 -> 0.910 (17th)
    assert heldout["facts"]["f1"] >= 0.70, heldout["facts"]  # 0.581 (ninth) -> 0.660 (14th) -> 0.656 (17th) -> 0.663
    # -> 0.670 (23rd) -> 0.677 (32nd) -> 0.692 (41st) -> 0.702 (59th; floor raised from 0.69)


def test_every_recent_article_has_its_text_and_the_halves_are_apart():
    assert len(RECENT) == 576
    assert RECENT_HELD_OUT.issubset({p.name for p in RECENT}) and len(RECENT_HELD_OUT) == 192
    assert all(len(a.text) > 1000 for a in written_articles(RECENT))


def test_entities_and_facts_on_the_recent_set_hold(recent):
    assert recent["entities"]["f1"] >= 0.72, recent["entities"]  # 40: 0.848 -> 0.869; 48: 0.845 -> 0.849; 56: 0.829;
    # 64: 0.821; 72: 0.813 -> 0.817; 80: 0.806 -> 0.811; 88: 0.805 -> 0.811; 96: 0.799 -> 0.801; 104: 0.792; 112: 0.780;
    # 120: 0.773 -> 0.775; 128: 0.769 -> 0.769; 136: 0.764 -> 0.763; 144: 0.764 -> 0.765; 152: 0.758 -> 0.764;
    # 160: 0.756 -> 0.757; 168: 0.754 -> 0.759; 176: 0.754 -> 0.755; 184: 0.751 -> 0.753; 192: 0.746 -> 0.748;
    # 200: 0.741 -> 0.743; 208: 0.739 -> 0.743; 216: 0.737 -> 0.745; 224: 0.745 -> 0.745; 232: 0.742 -> 0.742;
    # 240: 0.738; 248: 0.734 -> 0.737; 256: 0.732 -> 0.736; 264: 0.733 -> 0.735; 272: 0.728 -> 0.729;
    # 280: 0.727 -> 0.729; 288: 0.725 -> 0.729; 296: 0.727 -> 0.730; 304: 0.726 -> 0.727;
    # 312: 0.726 -> 0.726; 320: 0.723 -> 0.724 (floor lowered from 0.725 with the fortieth batch);
    # 328: 0.724 -> 0.725; 336: 0.722 -> 0.724; 344: 0.723 -> 0.729; 352: 0.729 -> 0.731; 360: 0.728 -> 0.731;
    # 368: 0.731 -> 0.733; 376: 0.733 -> 0.734; 384: 0.734 -> 0.734
    assert recent["facts"]["f1"] >= 0.58, recent["facts"]  # 40: 0.700 -> 0.725; 48: 0.677 -> 0.693;
    # 56: 0.656 -> 0.660; 64: 0.633 -> 0.636; 72: 0.614 -> 0.629; 80: 0.598 -> 0.626; 88: 0.612 -> 0.629;
    # 96: 0.604 -> 0.614 -> 0.629; 104: 0.603; 112: 0.584 -> 0.604; 120: 0.586 -> 0.591;
    # 128: 0.580 -> 0.584; 136: 0.580 -> 0.586; 144: 0.583 -> 0.606; 152: 0.600 -> 0.607; 160: 0.601 -> 0.606;
    # 168: 0.605 -> 0.610; 176: 0.605 -> 0.613; 184: 0.606 -> 0.613; 192: 0.603 -> 0.609; 200: 0.600 -> 0.602;
    # 208: 0.598 -> 0.600; 216: 0.597 -> 0.608; 224: 0.605 -> 0.606; 232: 0.598 -> 0.601; 240: 0.595;
    # 248: 0.589 -> 0.590; 256: 0.586 -> 0.590; 264: 0.580 -> 0.580; 272: 0.571 -> 0.574;
    # 280: 0.569 -> 0.571; 288: 0.567 -> 0.573; 296: 0.573 -> 0.575; 304: 0.572 -> 0.574;
    # 312: 0.574 -> 0.577; 320: 0.576 -> 0.576; 328: 0.577 -> 0.578;
    # 336: 0.573 -> 0.575; 344: 0.572 -> 0.575; 352: 0.574 -> 0.578; 360: 0.573 -> 0.582 (floor raised from 0.57);
    # 368: 0.581 -> 0.584 (floor raised from 0.575); 376: 0.585 -> 0.587; 384: 0.584 -> 0.585
    assert recent["facts"]["not_fact_hits"] <= 0.05 * recent["facts"]["graph_facts"], recent["facts"]


def test_entities_and_facts_on_the_recent_heldout_half_hold(recent_heldout):
    assert recent_heldout["entities"]["f1"] >= 0.72, recent_heldout["entities"]  # 20: 0.795; 24: 0.802; 28: 0.792;
    # 32: 0.784; 36: 0.788; 40: 0.790 -> 0.788; 44: 0.787 -> 0.790; 48: 0.789; 52: 0.785; 56: 0.769; 60: 0.764;
    # 64: 0.764 -> 0.764; 68: 0.761 -> 0.762; 72: 0.761 -> 0.762; 76: 0.755 -> 0.758; 80: 0.754 -> 0.755;
    # 84: 0.748 -> 0.747; 88: 0.747 -> 0.747; 92: 0.748 -> 0.748; 96: 0.746 -> 0.747; 100: 0.747 -> 0.747;
    # 104: 0.745 -> 0.746; 108: 0.734 -> 0.740; 112: 0.740 -> 0.741; 116: 0.740 -> 0.740; 120: 0.738; 124: 0.736
    # -> 0.737; 128: 0.733 -> 0.739; 132: 0.737 -> 0.737; 136: 0.732 -> 0.732;
    # 140: 0.728 -> 0.730; 144: 0.727 -> 0.733; 148: 0.722 -> 0.724; 152: 0.723 -> 0.724;
    # 156: 0.724 -> 0.724; 160: 0.723 -> 0.723; 164: 0.724 -> 0.725; 168: 0.724 -> 0.729;
    # 172: 0.727 -> 0.730; 176: 0.731 -> 0.732; 180: 0.730 -> 0.731; 184: 0.728 -> 0.729; 188: 0.727 -> 0.728
    # 192: 0.725 -> 0.725
    assert recent_heldout["facts"]["f1"] >= 0.48, recent_heldout["facts"]  # 20: 0.520; 24: 0.494; 28: 0.488 -> 0.491;
    # 32: 0.499; 36: 0.500; 40: 0.496 -> 0.506; 44: 0.500 -> 0.504; 48: 0.500 -> 0.504; 52: 0.500; 56: 0.487;
    # 60: 0.487 -> 0.489; 64: 0.491 -> 0.493; 68: 0.492 -> 0.494; 72: 0.492 -> 0.495; 76: 0.492 -> 0.499;
    # 80: 0.496 -> 0.496; 84: 0.492 -> 0.495; 88: 0.495 -> 0.498; 92: 0.504 -> 0.506; 96: 0.507 -> 0.509;
    # 100: 0.517 -> 0.518; 104: 0.513 -> 0.516; 108: 0.509 -> 0.511; 112: 0.505 -> 0.505;
    # 116: 0.502 -> 0.501; 120: 0.494; 124: 0.494 -> 0.495; 128: 0.489 -> 0.491; 132: 0.486 -> 0.486;
    # 136: 0.478 -> 0.478; 140: 0.475 -> 0.476; 144: 0.477 -> 0.485; 148: 0.481 -> 0.484;
    # 152: 0.486 -> 0.485; 156: 0.482 -> 0.483; 160: 0.484 -> 0.484; 164: 0.486 -> 0.487;
    # 168: 0.491 -> 0.494; 172: 0.492 -> 0.495; 176: 0.496 -> 0.499; 180: 0.496 -> 0.499; 184: 0.499 -> 0.499
    # 188: 0.501 -> 0.502; 192: 0.500 -> 0.499
    facts = recent_heldout["facts"]
    assert facts["not_fact_hits"] <= 0.05 * facts["graph_facts"], facts
