#!/usr/bin/env python3
"""The ratio table of `scripts/bench --peers`: bps-bench's W1–W4 against the best peer.

    peersreport.py --ours bench-1.json … --peers peers-1.json … [--cli cli-1.json …] [--json OUT]

--ours: bps-bench --json files, --peers: peers.py --json files, one pair per interleaved
round (scripts/bench runs ours, then the peers, then ours again …). Every run of every round
is pooled; medians, min and max are over the pool.

The ratio is "ours / peer" for times and "peer / ours" for rates, so below 1 means Backprop
Studio is faster, above 1 slower, either way. A peer whose cost check failed (its J differs
from ours by more than the tolerance) is shown but never counts as the best peer.

--cli: clirows.py --json files (the same workloads through `backprop-cli train`, one per round):
a second table gives each CLI row against the engine row, the peer issue 18 names for it and
the best peer, and whether the issue's target for that row is met.
"""

import argparse
import json
import statistics
import sys

WORKLOADS = ["W1", "W2", "W3", "W4"]

# Issue 18's targets, as same-run ratios (ours / peer for times, peer / ours for rates).
# (workload, path, the peer named, bound, "<=" or ">=" on the ratio, the words)
TARGETS = [
    ("W1", "cli", "pytorch-manual", 0.80, "<=", "W1 through the CLI <= 0.80x PyTorch float64 (manual gradient)"),
    ("W1", "cli/engine", None, 1.10, "<=", "W1 through the CLI within 10 % of bps-bench W1"),
    ("W2", "engine", "pytorch-autograd", 0.60, "<=", "W2 epoch <= 0.60x PyTorch autograd's epoch"),
    ("W3", "cli", "best", 0.125, "<=", "W3 through the CLI >= 8x PyTorch's iterations per second"),
    ("W4", "engine", "scipy-lbfgsb", 0.70, "<=", "W4 <= 0.70x SciPy's L-BFGS-B"),
]


def stats(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def pytorch_best(row):
    """PyTorch's fastest checked variant of a workload (W3's target names PyTorch, not NumPy)."""
    torch = [q for q in row["peers"] if q["cost_check_ok"] and q["peer"].startswith("pytorch")]
    return max(torch, key=lambda q: q["ratio"]) if torch else None


def cli_table(paths, rows):
    """The CLI rows: pooled over rounds, against the engine row and the peers."""
    pooled, walls, checks = {}, {}, {}
    for path in paths:
        with open(path) as f:
            doc = json.load(f)
        for r in doc["results"]:
            pooled.setdefault(r["id"], []).append(r["median"])
            walls.setdefault(r["id"], []).append(r["wall_seconds"])
            checks[r["id"]] = checks.get(r["id"], True) and r["check"]["ok"]
    print("\nThe same workloads through `backprop-cli train` (real processes, history and files written; "
          "W1 the steady step, W2 the epoch without the two full-set J passes, W3 training it/s, W4 training s)\n")
    header = (f"{'id':3s} {'unit':5s} {'CLI median':>11s} {'min – max':^23s} {'process s':>9s} "
              f"{'CLI/engine':>10s} {'vs PyTorch':>10s} {'vs best peer':>12s}  J0 check")
    print(header)
    print("-" * len(header))
    out = {}
    for row in rows:
        wid = row["id"]
        if wid not in pooled:
            continue
        mine = stats(pooled[wid])
        rate = row["unit"] == "it/s"
        engine = row["ours"]["median"]
        versus_engine = engine / mine["median"] if rate else mine["median"] / engine
        named = {"W1": "pytorch-manual", "W2": "pytorch-autograd", "W4": "scipy-lbfgsb"}.get(wid)
        peer = next((q for q in row["peers"] if q["peer"] == named and q["cost_check_ok"]), None) \
            if named else pytorch_best(row)
        ratio = lambda q: (q["median"] / mine["median"] if rate else mine["median"] / q["median"]) if q else None
        best = next((q for q in row["peers"] if q["peer"] == row["best_peer"]), None)
        entry = {**mine, "unit": row["unit"], "process_seconds": stats(walls[wid]), "cli_over_engine": versus_engine,
                 "peer": peer["peer"] if peer else None, "ratio_to_peer": ratio(peer),
                 "best_peer": row["best_peer"], "ratio_to_best": ratio(best), "j0_ok": checks[wid]}
        out[wid] = entry
        fmt = lambda v: f"{v:10.3g}" if v is not None else f"{'-':>10s}"
        print(f"{wid:3s} {row['unit']:5s} {mine['median']:11.4g} {mine['min']:10.4g} – {mine['max']:<10.4g} "
              f"{entry['process_seconds']['median']:9.3g} {versus_engine:10.3g} {fmt(entry['ratio_to_peer'])} "
              f"{fmt(entry['ratio_to_best']):>12s}  {'ok' if checks[wid] else 'MISMATCH'}")
    print("CLI/engine: the CLI's time over bps-bench's in the same rounds (> 1: the CLI is slower); "
          "'vs PyTorch': pytorch-manual for W1, autograd for W2, PyTorch's fastest for W3, SciPy for W4")
    return out


def target_table(rows, cli_rows):
    """Issue 18's targets, each met or not in this invocation."""
    by_id = {r["id"]: r for r in rows}
    print("\nIssue 18's targets in this invocation (ratios as above):")
    out = []
    for wid, path, peer, bound, sense, words in TARGETS:
        row = by_id.get(wid)
        value = None
        if row and path == "cli/engine" and wid in cli_rows:
            value = cli_rows[wid]["cli_over_engine"]
        elif row and path == "cli" and wid in cli_rows:
            value = cli_rows[wid]["ratio_to_peer"]
        elif row and path == "engine":
            q = next((q for q in row["peers"] if q["peer"] == peer and q["cost_check_ok"]), None)
            value = q["ratio"] if q else None
        met = None if value is None else (value <= bound if sense == "<=" else value >= bound)
        shown = "not measured" if value is None else f"{value:.3g} ({'met' if met else 'NOT met'})"
        if value and wid == "W3":
            shown += f": {1 / value:.1f}x PyTorch's rate"
        print(f"  {words}: {shown}")
        out.append({"target": words, "value": value, "bound": bound, "met": met})
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ours", nargs="+", required=True)
    p.add_argument("--peers", nargs="+", required=True)
    p.add_argument("--cli", nargs="*", default=[])
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
    cli_rows = cli_table(args.cli, rows) if args.cli else {}
    targets = target_table(rows, cli_rows)
    print("load average at the start of each of our rounds: " + " | ".join(loads))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({**meta, "rounds": len(args.ours), "loadavg": loads,
                       "direction": "ratio = ours / peer for times, peer / ours for rates: "
                                    "< 1 means Backprop Studio is faster",
                       "rows": rows, "cli_rows": cli_rows, "targets": targets}, f, indent=1)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
