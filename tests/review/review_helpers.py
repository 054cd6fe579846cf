from __future__ import annotations

from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "corpus" / "articles" / "000_3561bdc1841b2c94.txt"
