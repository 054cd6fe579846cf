"""The extraction benchmark's stage timer (``python -m extractor.bench --by-stage``): it times every stage and
leaves the library as it found it."""

from __future__ import annotations

import json
from pathlib import Path

from extractor import api
from extractor.bench import _API_STAGES, run, stage_timer
from extractor.ingest.document import SourceDocument

SEED = Path(__file__).resolve().parents[1] / "corpus" / "articles" / "000_3561bdc1841b2c94.txt"


def test_stage_timer_times_each_stage_and_puts_everything_back(nlp) -> None:
    before = {name: getattr(api, name) for name in _API_STAGES}
    doc = SourceDocument(text=SEED.read_text("utf-8"), id="seed")
    plain = next(api.extract_many([doc], nlp))
    with stage_timer(nlp) as spent:
        timed = next(api.extract_many([doc], nlp))
    names = {name for name, proc in nlp.pipeline if hasattr(proc, "pipe")}
    assert names <= spent.keys()
    assert {"clean", "tokenizer", "record", "checks", "checklist", "summary"} <= spent.keys()
    assert all(seconds >= 0 for seconds in spent.values())
    assert sum(spent.values()) > 0
    # the timers change no result, and are gone afterwards
    assert timed.model_dump() == plain.model_dump()
    assert {name: getattr(api, name) for name in _API_STAGES} == before
    assert all("pipe" not in vars(proc) for _, proc in nlp.pipeline)


def test_run_reports_stages_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "seed", "text": SEED.read_text("utf-8")}) + "\n", "utf-8")
    plain = run(path, None, repeat=1, batch_size=8, use_model=False, full_repeat=1)
    assert "stages_cpu_seconds" not in plain
    staged = run(path, None, repeat=1, batch_size=8, use_model=False, full_repeat=1, by_stage=True)
    stages = staged["stages_cpu_seconds"]
    assert "trial_design" in stages and "tokenizer" in stages and "other" in stages
    assert staged["exceptions"] == 0 and staged["trial_reports"] == 1


def test_instruction_bench_runs_its_two_passes_outside_valgrind(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """``python -m extractor.bench_instructions``: outside valgrind it extracts the sample twice, prints both
    passes' CPU seconds, and asks nothing of callgrind."""
    from extractor import bench_instructions

    path = tmp_path / "two.jsonl"
    rows = [{"id": f"seed{i}", "text": SEED.read_text("utf-8")} for i in range(2)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    monkeypatch.setenv("LD_PRELOAD", "")
    assert not bench_instructions.under_valgrind()
    called: list[object] = []
    monkeypatch.setattr(bench_instructions.subprocess, "run", lambda *a, **k: called.append(a))
    bench_instructions.main([str(path), "--sample", "5"])
    assert "2 articles: warm-up pass" in capsys.readouterr().err
    assert called == []
    monkeypatch.setenv("LD_PRELOAD", "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so")
    assert bench_instructions.under_valgrind()
