"""Draw the evaluation cases of the HS search from real Vietnamese declared goods
(resources/product-names/vn_declared_goods_examples.csv) into ``hs_eval_vi_declared.csv``.

Rows are drawn at random with a fixed seed, so the file can be made again and checked. A row is eligible when its
code's first 6 digits are an HS 2022 subheading and its name (folded) is declared under that one subheading only
(a name declared under two subheadings has no single answer). Two splits:

- ``fresh_vi`` (120 cases): drawn before any change made for it, measured, never tuned on (misses never printed);
- ``dev_vi`` (200 cases): drawn the same way from the rest, for judging changes (its misses may be looked at).

Every second case of each split is the short ``product_name_vi`` as declared (with diacritics); the others are the
start of the declared description as a forwarder types it: up to the first comma, semicolon, bracket, full stop
or colon, at most 8 words, without diacritics. The rows of both splits (``row`` = 1-based data row of the file) are
left out of the search's index when it is measured (see bench_hs_search.py).

Run: ``.venv/bin/python -m tests.benchmarks.data.make_vi_declared``
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).parents[3]
SOURCE = ROOT / "resources" / "product-names" / "vn_declared_goods_examples.csv"
HS2022 = ROOT / "resources" / "hs2022" / "harmonized-system.csv"
OUT = Path(__file__).parent / "hs_eval_vi_declared.csv"
SEED = 20261202
SPLITS = (("fresh_vi", 120), ("dev_vi", 200))
_CUT = re.compile(r"[,;(.:]\s|[,;(:]")
MAX_WORDS = 8


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)).lower()


def typed_description(description: str) -> str:
    """The start of a declared description as a forwarder types it into the search."""
    head = _CUT.split(description.strip(), maxsplit=1)[0]
    return " ".join(fold(head).split()[:MAX_WORDS])


def main() -> None:
    with HS2022.open(encoding="utf-8-sig", newline="") as f:
        subheadings = {r["hscode"] for r in csv.DictReader(f) if r["level"] == "6"}
    with SOURCE.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    codes_of_name: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        codes_of_name[fold(r["product_name_vi"].strip())].add(r["hs8_vn"][:6])
    eligible = [
        n for n, r in enumerate(rows, start=1)
        if r["product_name_vi"].strip() and r["hs8_vn"][:6] in subheadings
        and len(codes_of_name[fold(r["product_name_vi"].strip())]) == 1
    ]
    drawn = random.Random(SEED).sample(eligible, sum(size for _, size in SPLITS))
    out = []
    start = 0
    for split, size in SPLITS:
        for k, n in enumerate(drawn[start : start + size]):
            r = rows[n - 1]
            query = r["product_name_vi"].strip() if k % 2 == 0 else typed_description(r["sample_description_vi"])
            form = "name" if k % 2 == 0 else "description"
            if not query:
                query, form = r["product_name_vi"].strip(), "name"
            out.append({
                "case": f"{split[0]}{k + 1:03d}-vi", "lang": "vi", "query": query, "hs6": r["hs8_vn"][:6],
                "split": split, "row": str(n), "form": form, "hs8_vn": r["hs8_vn"],
            })
        start += size
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(eligible)} eligible rows of {len(rows)}; wrote {len(out)} cases to {OUT.name}")


if __name__ == "__main__":
    main()
