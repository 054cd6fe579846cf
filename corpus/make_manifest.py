"""Rebuild corpus/MANIFEST.jsonl from articles/ and gold/ (run after adding an article).

The split is fixed by a hash of the id: about 30% of articles are 'heldout' (tune on 'dev').
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent


def split_of(article_id: str) -> str:
    return "heldout" if int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 10 < 3 else "dev"


def main() -> None:
    rows = []
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        aid = gold["id"]
        article = next(p for p in (HERE / "articles").glob(f"{aid}.*"))
        kind = (
            "seed"
            if article.suffix == ".txt"
            else json.loads(article.read_text("utf-8")).get("kind")
        )
        rows.append(
            {
                "id": aid,
                "kind": kind,
                "url": gold.get("url"),
                "path": f"articles/{article.name}",
                "gold": f"gold/{gold_path.name}",
                "split": "dev" if kind == "seed" else split_of(aid),
                "is_trial_report": gold["is_trial_report"],
            }
        )
    with (HERE / "MANIFEST.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles; heldout {sum(r['split'] == 'heldout' for r in rows)}")


if __name__ == "__main__":
    main()
