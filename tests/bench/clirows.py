#!/usr/bin/env python3
"""W1–W4 through `backprop-cli train`, the user's path: one round, as real processes.

    clirows.py WORKLOADS_DIR --cli PATH [--json OUT]

Reads the workloads that `bps-bench --dump-workloads` wrote (each has a "cli" member: the data
spec, the model file holding the workload's architecture and θ0, and the options) and runs
each as `backprop-cli train --data … --init-model … OPTIONS --out DIR`, progress lines and all
(stdout is read and dropped, as a terminal would show them). Before a figure counts, row 0 of
the CLI's history.csv must hold the workload's reference J0 (the cost at θ0 that bps-bench and
the peers check against) to 1e-12, so the CLI trained the same network on the same bytes.

The figure each row reports, from the CLI's own history.csv and summary.json:
  W1  s     one full-batch step: (elapsed[N] − elapsed[1]) / (N − 1), i.e. the steady step
            after the first evaluation (which allocates, as bps-bench's warm-up does);
  W2  s     one epoch of batch-64 steps without the trainer's two full-set J passes (row 0 and
            the epoch end): (elapsed[B−1] − elapsed[0]) · B / (B − 1), B = batches per epoch;
  W3  it/s  the summary's iterations_per_second (training time: 20000 iterations);
  W4  s     the summary's elapsed_seconds (50 L-BFGS iterations).
Each row also has the process's wall time (start to exit: loading, training, the summary's
accuracies, writing the files) and the summary's training time.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time


def run_cli(cli, workload, directory, out):
    spec = workload["cli"]
    data = spec["data"]
    # Relative file names in an idx: spec are the workload directory's files.
    if data.startswith("idx:"):
        files = [f if os.path.isabs(f) else os.path.join(directory, f) for f in data[4:].split(",")]
        data = "idx:" + ",".join(files)
    command = [cli, "train", "--data", data, "--init-model", os.path.join(directory, spec["model"]),
               *spec["options"], "--out", out]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{workload['id']}: backprop-cli exited with {done.returncode}: "
                           f"{done.stderr.strip()}\n  command: {' '.join(command)}")
    with open(os.path.join(out, "summary.json")) as f:
        summary = json.load(f)
    with open(os.path.join(out, "history.csv")) as f:
        rows = list(csv.DictReader(f))
    progress_lines = done.stdout.count("\n")
    return wall, summary, rows, progress_lines


def figure(workload, summary, rows):
    elapsed = [float(r["elapsed_seconds"]) for r in rows]
    wid = workload["id"]
    if wid == "W1":
        n = len(rows) - 1
        return (elapsed[n] - elapsed[1]) / (n - 1)
    if wid == "W2":
        epoch_end = next(i for i, r in enumerate(rows) if i > 0 and float(r["epoch"]) >= 1.0)
        return (elapsed[epoch_end - 1] - elapsed[0]) * epoch_end / (epoch_end - 1)
    if wid == "W3":
        return float(summary["iterations_per_second"])
    return float(summary["elapsed_seconds"])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("workloads")
    p.add_argument("--cli", required=True)
    p.add_argument("--only", default="W1,W2,W3,W4")
    p.add_argument("--json", default="")
    args = p.parse_args()
    with open(os.path.join(args.workloads, "workloads.json")) as f:
        doc = json.load(f)
    wanted = set(args.only.split(","))
    results = []
    for workload in doc["workloads"]:
        if workload["id"] not in wanted:
            continue
        if not workload.get("cli") or not workload["cli"].get("data"):
            print(f"{workload['id']}: no CLI row (the workload's data has no file: synthetic data)")
            continue
        with tempfile.TemporaryDirectory(prefix="bps-cli-") as out:
            wall, summary, rows, lines = run_cli(args.cli, workload, args.workloads, out)
        j0 = float(rows[0]["train_cost"])
        ref = workload["reference"]["J0"]
        rel = abs(j0 - ref) / abs(ref)
        value = figure(workload, summary, rows)
        result = {"id": workload["id"], "unit": workload["unit"], "median": value, "min": value, "max": value,
                  "wall_seconds": wall, "training_seconds": float(summary["elapsed_seconds"]),
                  "iterations": int(summary["iterations"]), "progress_lines": lines,
                  "check": {"ok": rel <= 1e-12, "J0": j0, "J0_ours": ref, "J0_rel": rel}}
        results.append(result)
        print(f"{workload['id']} through backprop-cli: {value:.4g} {workload['unit']} (process {wall:.2f} s, "
              f"training {result['training_seconds']:.2f} s, {result['iterations']} iterations; "
              f"J0 {'ok' if result['check']['ok'] else 'MISMATCH'}, rel {rel:.1e})")
        if not result["check"]["ok"]:
            print(f"  {workload['id']}: the CLI's J0 {j0!r} is not the workload's {ref!r}: not counted")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"path": "backprop-cli train", "cli": args.cli, "results": results}, f, indent=1)
    return 0 if all(r["check"]["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
