"""Every command, good and bad input. Runs the console entry point in-process, as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import extractor_version
from extractor.patterns import _native
from tests.conftest import ROOT, SEED


def tf(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seed_json() -> dict:
    out = tf("extract", str(SEED), "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_extract_seed_json(seed_json: dict) -> None:
    assert seed_json["schema_version"] == "1"
    assert seed_json["trial"]["name"] == "ECOG-ACRIN E2018"


def test_json_is_default_when_piped(seed_json: dict) -> None:
    out = tf("extract", str(SEED))
    assert json.loads(out.stdout)["source"]["sha256"] == seed_json["source"]["sha256"]


def test_table_format_has_no_colour_codes_in_a_pipe() -> None:
    out = tf("extract", str(SEED), "--format", "table", "--text")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "ECOG-ACRIN E2018" in text and "ENR001" in text and "\x1b[" not in text


def test_stdin(seed_json: dict) -> None:
    out = tf("extract", "-", "--format", "json", stdin=SEED.read_bytes())
    assert out.returncode == 0
    assert json.loads(out.stdout)["trial"]["enrollment"]["total"] == 256


def test_jsonl_in_jsonl_out_with_a_bad_line(tmp_path: Path) -> None:
    rows = [
        json.loads(line) for line in (ROOT / "corpus" / "MANIFEST.jsonl").read_text().splitlines()
    ][1:4]
    arts = [json.loads((ROOT / "corpus" / r["path"]).read_text()) for r in rows]
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps(arts[0])
        + "\nnot json at all\n"
        + "\n".join(json.dumps(a) for a in arts[1:])
        + "\n"
    )
    out = tf("extract", str(f), "--format", "jsonl")
    assert out.returncode == 0
    lines = out.stdout.decode().splitlines()
    assert [json.loads(line)["source"]["id"] for line in lines] == [a["id"] for a in arts]
    assert "in.jsonl:2" in out.stderr.decode() and "not JSON" in out.stderr.decode()


def test_schema_command_matches_file() -> None:
    out = tf("schema")
    assert out.stdout.decode() == (ROOT / "schemas" / "trial_record.schema.json").read_text()


def test_checks_command_lists_catalogue() -> None:
    out = tf("checks", "--format", "json")
    codes = [c["code"] for c in json.loads(out.stdout)]
    assert "ARM001" in codes and "ENR001" in codes


def one_line_error(out: subprocess.CompletedProcess[bytes], code: int = 2) -> str:
    err = out.stderr.decode().strip()
    assert out.returncode == code, err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert "empty" in one_line_error(tf("extract", str(f)))


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "img.txt"
    f.write_bytes(bytes(range(256)) * 40)
    assert "binary" in one_line_error(tf("extract", str(f)))


def test_non_utf8_text_is_read(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Café study: the trial enrolled 40 patients in Zürich.".encode("cp1252"))
    out = tf("extract", str(f), "--format", "json")
    assert out.returncode == 0 and "Café" in json.loads(out.stdout)["source"]["text"]


def test_ten_megabyte_file(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"The randomized trial enrolled 200 adults. " * 250_000)
    assert "too long" in one_line_error(tf("extract", str(f)))


def test_html_with_no_article(tmp_path: Path) -> None:
    f = tmp_path / "nav.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "no article text" in one_line_error(tf("extract", str(f)))


def test_article_about_no_study(tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    f.write_text(
        "City Opens New Park\n\nThe mayor opened a new park on Saturday. Families enjoyed the sun.\n"
    )
    out = tf("extract", str(f), "--format", "json")
    assert out.returncode == 0
    record = json.loads(out.stdout)
    assert record["is_trial_report"] is False and record["trial"] is None


def test_missing_file() -> None:
    assert "no such file" in one_line_error(tf("extract", "no/such/file.txt"))


def test_bad_option() -> None:
    out = tf("extract", str(SEED), "--format", "yaml")
    assert out.returncode == 2 and "Traceback" not in out.stderr.decode()


def test_python_dash_m_and_version() -> None:
    out = tf("version").stdout.decode()
    assert out.startswith("trialfacts ") and f"(records: {extractor_version()}; " in out
    assert f"pre-filter: {_native.build})" in out
