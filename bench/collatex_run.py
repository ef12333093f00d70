"""Times CollateX on the benchmark's multi-article texts: python3 collatex_run.py texts.json"""
import json
import sys
import time

from collatex import Collation, collate

texts = json.load(open(sys.argv[1], encoding="utf-8"))
collation = Collation()
for i, text in enumerate(texts):
    collation.add_plain_witness(f"W{i}", text)
start = time.perf_counter()
collate(collation, output="json")
print(json.dumps({"ms": (time.perf_counter() - start) * 1000}))
