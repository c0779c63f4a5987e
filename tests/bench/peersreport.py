#!/usr/bin/env python3
"""The ratio table of `scripts/bench --peers`: bps-bench's W1–W4 against the best peer.

    peersreport.py --ours bench-1.json … --peers peers-1.json … [--json OUT]

--ours: bps-bench --json files, --peers: peers.py --json files, one pair per interleaved
round (scripts/bench runs ours, then the peers, then ours again …). Every run of every round
is pooled; medians, min and max are over the pool.

The ratio is "ours / peer" for times and "peer / ours" for rates, so below 1 means Backprop
Studio is faster, above 1 slower, either way. A peer whose cost check failed (its J differs
from ours by more than the tolerance) is shown but never counts as the best peer.
"""

import argparse
import json
import statistics
import sys

WORKLOADS = ["W1", "W2", "W3", "W4"]


def stats(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ours", nargs="+", required=True)
    p.add_argument("--peers", nargs="+", required=True)
    p.add_argument("--json", default="")
    args = p.parse_args()

    ours, loads, units = {}, [], {}
    for path in args.ours:
        with open(path) as f:
            doc = json.load(f)
        loads.append(doc.get("loadavg", ""))
        for r in doc["results"]:
            if r["id"] in WORKLOADS:
                ours.setdefault(r["id"], []).append(r["median"])
                units[r["id"]] = r["unit"]
    peers, meta = {}, {}
    for path in args.peers:
        with open(path) as f:
            doc = json.load(f)
        meta = {k: doc[k] for k in ("threads", "torch", "numpy", "scipy", "data", "tolerance")}
        for r in doc["results"]:
            entry = peers.setdefault((r["id"], r["peer"]), {"values": [], "ok": True, "checks": []})
            entry["values"] += r["values"]
            entry["ok"] = entry["ok"] and r["check"]["ok"]
            entry["checks"].append(r["check"])
            if "lbfgs" in r:
                entry["lbfgs"] = r["lbfgs"]

    print(f"\nBackprop Studio against its peers, {meta.get('threads')} threads on both sides "
          f"(torch {meta.get('torch')}, numpy {meta.get('numpy')}, scipy {meta.get('scipy')}; "
          f"data {meta.get('data')}; {len(args.ours)} interleaved round(s))")
    print("ratio = ours / peer for times (s), peer / ours for rates (it/s): < 1 means Backprop Studio "
          "is faster, > 1 slower\n")
    header = (f"{'id':3s} {'unit':5s} {'ours median':>12s} {'min – max':^23s}  {'peer':17s} {'peer median':>12s} "
              f"{'min – max':^23s} {'ratio':>7s}  cost check")
    print(header)
    print("-" * len(header))
    rows = []
    for wid in WORKLOADS:
        if wid not in ours:
            continue
        unit = units[wid]
        mine = stats(ours[wid])
        rate = unit == "it/s"
        row = {"id": wid, "unit": unit, "ours": mine, "peers": []}
        for (pid, name), entry in sorted(peers.items()):
            if pid != wid:
                continue
            theirs = stats(entry["values"])
            ratio = theirs["median"] / mine["median"] if rate else mine["median"] / theirs["median"]
            peer = {"peer": name, **theirs, "ratio": ratio, "cost_check_ok": entry["ok"],
                    "checks": entry["checks"]}
            if "lbfgs" in entry:
                peer["lbfgs"] = entry["lbfgs"]
            row["peers"].append(peer)
        row["peers"].sort(key=lambda q: -q["ratio"])  # the fastest peer (largest ratio) first
        valid = [q for q in row["peers"] if q["cost_check_ok"]]
        best = (max if rate else min)(valid, key=lambda q: q["median"]) if valid else None
        row["best_peer"] = best["peer"] if best else None
        row["ratio_to_best"] = best["ratio"] if best else None
        rows.append(row)
        for i, q in enumerate(row["peers"]):
            c = q["checks"][-1]
            second = "J1" if "J1" in c else "grad_norm0"
            check = (f"{'ok' if q['cost_check_ok'] else 'MISMATCH'} (J0 {c['J0']:.15g} vs {c['J0_ours']:.15g}, "
                     f"rel {c['J0_rel']:.1e}; {second} rel {c[second + '_rel']:.1e})")
            mark = " *best" if best is q else ""
            left = f"{wid:3s} {unit:5s} {mine['median']:12.4g} {mine['min']:10.4g} – {mine['max']:<10.4g}"
            if i > 0:
                left = " " * len(left)
            print(f"{left}  {q['peer']:17s} {q['median']:12.4g} {q['min']:10.4g} – {q['max']:<10.4g} "
                  f"{q['ratio']:7.3g}  {check}{mark}")
            if "lbfgs" in q:
                lb = q["lbfgs"]
                print(f"{'':{len(left) + 2}s}{lb['iterations']} iterations, {lb['evaluations']} evaluations (ours "
                      f"{lb['evaluations_ours']}); final J {lb['J_final']:.12g} (ours {lb['J_final_ours']:.12g})")
    print("\nours / best peer (times) or best peer / ours (rates); < 1: Backprop Studio faster")
    for row in rows:
        if row["best_peer"]:
            print(f"  {row['id']}: {row['ratio_to_best']:.3g} against {row['best_peer']}")
        elif row["peers"]:
            print(f"  {row['id']}: no peer passed the cost check, no ratio")
        else:
            print(f"  {row['id']}: no peer ran")
    print("load average at the start of each of our rounds: " + " | ".join(loads))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({**meta, "rounds": len(args.ours), "loadavg": loads,
                       "direction": "ratio = ours / peer for times, peer / ours for rates: "
                                    "< 1 means Backprop Studio is faster",
                       "rows": rows}, f, indent=1)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
