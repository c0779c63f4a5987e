#!/usr/bin/env python3
"""Issue 18, "End to end, what a user sees": the Fashion-MNIST recipe through `backprop-cli train`
against the same recipe in PyTorch, each as a real process, in one invocation.

    fashionrecipe.py [--cli PATH] [--rounds N] [--epochs E] [--threads T] [--seed S] [--json OUT]

The recipe has two stages, because a constant step size leaves the last iterate noisy (about
±0.4 points of test accuracy from epoch to epoch; 87.8–88.7 % after 10 epochs over three seeds):
stage 1 trains from the initial weights at α, stage 2 continues from stage 1's weights at α2 with
a fresh optimiser. Through the CLI that is two `backprop-cli train` processes, the second with
`--init-model` (which keeps the model's normalisation and restarts Adam's moments and step
count); PyTorch does both stages in one process, a new torch.optim.Adam for stage 2.

Each round runs (a) the two `backprop-cli train` processes with the recipe below and (b) this
script as a PyTorch float64 worker (`fashionrecipe.py --torch-worker ...`), one after the
other, never in parallel, and times each from the first process's start to the last one's exit
with the same clock: for ours loading the gzip IDX files (twice: once per stage), normalising,
training, the training accuracy, evaluating the test set (stage 2 only) and writing model.json,
history.csv and summary.json; for PyTorch `import torch`, reading the same gzip IDX files, normalising
identically, training, evaluating the test set and saving the state_dict.

The same recipe on both sides: 784-128-10, the hidden activation and softmax output with the
softmax cross-entropy (mean over the batch), L2 λ/(2m)·Σθ² over the non-bias weights with m the
whole training set (our cost's definition for a mini-batch, core/costfunction.cpp; in PyTorch
the gradient term (λ/m)·θ is Adam's `weight_decay` on the weight matrices only, which is the
same update), Adam with β1 = 0.9, β2 = 0.999, ε = 1e-8 and bias correction (core/optimizers.cpp
and torch.optim.Adam compute the same step), the same α, α2, batch size and epochs, the features
scaled to [0, 1] (v / 255) then standardised with the training set's mean and population
standard deviation (a constant pixel keeps scale 1). The starting weights are ours: before the
rounds, untimed, a `backprop-cli train --time-limit 1e-9` run writes θ0 (its row 0 stops the
run) and this script stores them as one .npy file that the worker loads. The batch order is not
the same (each side shuffles every epoch with its own generator). Both sides use --threads math
threads (OMP_NUM_THREADS and friends for both processes, torch.set_num_threads in the worker)
and the same OMP_WAIT_POLICY (the environment's unless --omp-wait-policy sets one: with
libgomp's default spinning, a PyTorch epoch took 20-40 s instead of 0.75 s in some rounds on a
machine shared with builds; passive steadies PyTorch but slows our mini-batch products).

Prints per round: our wall time, PyTorch's, ours / PyTorch (below 1: Backprop Studio is
faster), both test accuracies and the 1-minute load average when the round began (other
processes on the machine slow both sides); then the median ratio and its min – max, the time
breakdown of both sides (ours: summary.json's elapsed_seconds, i.e. the trainer's run, against
the wall time, and the epochs from history.csv; PyTorch: import, load, normalise, per epoch,
test) and, per round, the time outside training and the median epoch of each side.
"""

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# ---- the recipe -----------------------------------------------------------------------------
# docs/fashion-recipe.md (the Fashion-MNIST section of docs/performance.md) documents it;
# change both together.
RECIPE = {
    "hidden": 128,
    "activation": "relu",
    "output": "softmax",
    "init": "he",
    "normalize": "standard",
    "optimizer": "adam",
    "lr": 0.001,      # stage 1
    "epochs": 8,
    "lr2": 0.0001,    # stage 2, from stage 1's weights with a fresh Adam
    "epochs2": 1,
    "lambda": 0.0,
    "batch": 64,
    "seed": 1,
}
TUNABLE = ("epochs", "epochs2", "batch", "lr", "lr2", "lambda", "seed", "activation", "init", "normalize")

DATA_DIR = "/usr/share/datasets/fashion-mnist"
FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}
REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", default=os.path.join(REPO, "build", "release", "app", "backprop-cli"),
                   help="backprop-cli to run (default build/release/app/backprop-cli)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=2, help="math threads on both sides (default 2)")
    p.add_argument("--omp-wait-policy", default="unset",
                   help="OMP_WAIT_POLICY for both sides, e.g. passive (default: unset, the "
                        "environment's). Both link libgomp (PyTorch; our OpenBLAS): with its "
                        "spinning threads a PyTorch epoch sometimes takes 20-40x longer when "
                        "the cores are shared; passive avoids that but slows our small per-batch "
                        "products (an epoch 0.7 -> 1.2 s on a loaded machine)")
    p.add_argument("--data", default=DATA_DIR, help="folder of the four Fashion-MNIST .gz files")
    p.add_argument("--json", default="", help="write the results here")
    p.add_argument("--keep", default="", help="keep the runs' output folders here")
    for key in TUNABLE:
        kind = type(RECIPE[key])
        p.add_argument("--" + key, type=kind, default=RECIPE[key],
                       help=f"override the recipe's {key} (default {RECIPE[key]})")
    p.add_argument("--only", choices=("ours", "torch", "both"), default="both",
                   help="run one side only (for recipe searches; no ratio)")
    # The worker: one PyTorch training, timed by its parent around the whole process.
    p.add_argument("--torch-worker", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--theta0", default="", help=argparse.SUPPRESS)
    p.add_argument("--out", default="", help=argparse.SUPPRESS)
    return p.parse_args()


def recipe_of(args):
    r = dict(RECIPE)
    for key in TUNABLE:
        r[key] = getattr(args, key)
    return r


# ---- the PyTorch worker ---------------------------------------------------------------------

def read_idx(path):
    """A gzip IDX file as a NumPy uint8 array (images: n × rows·cols, labels: n)."""
    import numpy as np
    with gzip.open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * k:8 + 4 * k], "big") for k in range(dims)]
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims)
    return data.reshape(shape[0], -1) if dims > 1 else data


def torch_worker(args):
    marks = {"start": time.perf_counter()}
    threads = args.threads
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)
    import numpy as np
    import torch
    import torch.nn.functional as F
    torch.set_num_threads(threads)
    marks["imported"] = time.perf_counter()

    r = recipe_of(args)
    folder = args.data
    # Pixels / 255 exactly as core/idxloader.cpp, then the training set's standardisation.
    Xtr = read_idx(os.path.join(folder, FILES["train_images"])).astype(np.float64) / 255.0
    ytr = read_idx(os.path.join(folder, FILES["train_labels"])).astype(np.int64)
    Xte = read_idx(os.path.join(folder, FILES["test_images"])).astype(np.float64) / 255.0
    yte = read_idx(os.path.join(folder, FILES["test_labels"])).astype(np.int64)
    marks["loaded"] = time.perf_counter()
    if r["normalize"] == "standard":
        offset = Xtr.mean(axis=0)
        scale = np.sqrt(((Xtr - offset) ** 2).mean(axis=0))
    elif r["normalize"] == "minmax":
        offset = Xtr.min(axis=0)
        scale = Xtr.max(axis=0) - offset
    else:
        offset, scale = np.zeros(Xtr.shape[1]), np.ones(Xtr.shape[1])
    scale[~(scale > 0) | ~np.isfinite(scale)] = 1.0
    Xtr = torch.from_numpy((Xtr - offset) / scale)
    Xte = torch.from_numpy((Xte - offset) / scale)
    ytr, yte = torch.from_numpy(ytr), torch.from_numpy(yte)
    marks["normalised"] = time.perf_counter()

    # Our θ(l) is s_{l+1} × (s_l + 1) with the bias in column 0: nn.Linear's weight and bias.
    theta0 = np.load(args.theta0, allow_pickle=False)
    n_in, n_hidden, n_out = Xtr.shape[1], r["hidden"], 10
    split = n_hidden * (n_in + 1)
    T1 = torch.from_numpy(theta0[:split].reshape(n_hidden, n_in + 1))
    T2 = torch.from_numpy(theta0[split:].reshape(n_out, n_hidden + 1))
    activations = {"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid,
                   "leaky_relu": lambda: torch.nn.LeakyReLU(0.01)}
    model = torch.nn.Sequential(torch.nn.Linear(n_in, n_hidden, dtype=torch.float64),
                                activations[r["activation"]](),
                                torch.nn.Linear(n_hidden, n_out, dtype=torch.float64))
    with torch.no_grad():
        model[0].weight.copy_(T1[:, 1:])
        model[0].bias.copy_(T1[:, 0])
        model[2].weight.copy_(T2[:, 1:])
        model[2].bias.copy_(T2[:, 0])
    m = Xtr.shape[0]

    def adam(lr):
        # λ/(2m)·Σθ² over the weights: its gradient (λ/m)·θ is Adam's (L2, not decoupled)
        # weight_decay on the weight matrices; the biases are not regularised.
        return torch.optim.Adam([{"params": [model[0].weight, model[2].weight], "weight_decay": r["lambda"] / m},
                                 {"params": [model[0].bias, model[2].bias], "weight_decay": 0.0}],
                                lr=lr, betas=(0.9, 0.999), eps=1e-8)
    generator = torch.Generator().manual_seed(r["seed"])
    b = r["batch"]
    epoch_seconds = []
    for epoch in range(r["epochs"] + r["epochs2"]):
        t0 = time.perf_counter()
        if epoch == 0:
            opt = adam(r["lr"])
        if epoch == r["epochs"]:
            opt = adam(r["lr2"])  # stage 2: like --init-model, a fresh optimiser
        order = torch.randperm(m, generator=generator)
        for k in range(0, m, b):
            idx = order[k:k + b]
            opt.zero_grad(set_to_none=True)
            loss = F.cross_entropy(model(Xtr.index_select(0, idx)), ytr.index_select(0, idx))
            loss.backward()
            opt.step()
        epoch_seconds.append(time.perf_counter() - t0)
    marks["trained"] = time.perf_counter()
    with torch.no_grad():
        test_accuracy = (model(Xte).argmax(1) == yte).double().mean().item()
    marks["tested"] = time.perf_counter()
    torch.save(model.state_dict(), os.path.join(args.out, "model.pt"))
    marks["saved"] = time.perf_counter()
    t = marks
    result = {"test_accuracy": test_accuracy, "last_batch_loss": loss.item(),
              "import_seconds": t["imported"] - t["start"], "load_seconds": t["loaded"] - t["imported"],
              "normalise_seconds": t["normalised"] - t["loaded"],
              "setup_seconds": t["trained"] - t["normalised"] - sum(epoch_seconds),
              "epoch_seconds": epoch_seconds, "train_seconds": sum(epoch_seconds),
              "test_seconds": t["tested"] - t["trained"], "save_seconds": t["saved"] - t["tested"],
              "in_process_seconds": t["saved"] - t["start"],
              "threads": torch.get_num_threads(), "torch": torch.__version__}
    with open(os.path.join(args.out, "result.json"), "w") as f:
        json.dump(result, f, indent=1)
    return 0


# ---- the harness ----------------------------------------------------------------------------

def data_spec(folder, kind):
    return f"idx:{os.path.join(folder, FILES[kind + '_images'])},{os.path.join(folder, FILES[kind + '_labels'])}"


def cli_command(args, r, out, extra=()):
    """Stage 1: from the recipe's initial weights, no test set."""
    return [args.cli, "train", "--data", data_spec(args.data, "train"),
            "--hidden", str(r["hidden"]), "--activation", r["activation"], "--output", r["output"],
            "--init", r["init"], "--normalize", r["normalize"], "--seed", str(r["seed"]),
            "--optimizer", r["optimizer"], "--lr", repr(r["lr"]), "--lambda", repr(r["lambda"]),
            "--batch-size", str(r["batch"]), "--epochs", str(r["epochs"]), "--iterations", "0",
            "--no-epoch-cost", "--quiet", "--out", out, *extra]


def cli_command2(args, r, model, out):
    """Stage 2: from stage 1's model file (its architecture, weights and normalisation), at α2,
    then the test set."""
    return [args.cli, "train", "--data", data_spec(args.data, "train"),
            "--test-data", data_spec(args.data, "test"), "--init-model", model,
            "--seed", str(r["seed"]), "--optimizer", r["optimizer"], "--lr", repr(r["lr2"]),
            "--lambda", repr(r["lambda"]), "--batch-size", str(r["batch"]),
            "--epochs", str(r["epochs2"]), "--iterations", "0", "--no-epoch-cost", "--quiet", "--out", out]


def child_env(args):
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(args.threads)
    if args.omp_wait_policy != "unset":
        env["OMP_WAIT_POLICY"] = args.omp_wait_policy
    return env


def timed(command, env):
    start = time.perf_counter()
    proc = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"fashionrecipe: {command[0]} {command[1]} exited with {proc.returncode}:\n{proc.stderr}")
    return wall


def write_theta0(args, r, folder):
    """θ0 of the recipe's seed and init, from a CLI run stopped at row 0 (untimed), as .npy."""
    import numpy as np
    out = os.path.join(folder, "theta0")
    command = cli_command(args, dict(r, epochs=0), out, ("--time-limit", "1e-9"))
    # θ0 depends on the architecture, init and seed only: 1000 images suffice.
    command[command.index("--data") + 1] += "?max=1000"
    timed(command, child_env(args))
    with open(os.path.join(out, "model.json")) as f:
        model = json.load(f)
    assert model["layer_sizes"] == [784, r["hidden"], 10], model["layer_sizes"]
    assert model["class_names"] == [str(k) for k in range(10)], model["class_names"]
    flat = np.concatenate([np.asarray(t, dtype=np.float64).reshape(-1) for t in model["theta"]])
    path = os.path.join(folder, "theta0.npy")
    np.save(path, flat)
    return path


def epoch_times_from_history(path, epochs):
    """Our per-epoch times: history.csv's elapsed_seconds at the rows whose epoch is whole."""
    with open(path) as f:
        header = f.readline().strip().split(",")
        ie, it = header.index("epoch"), header.index("elapsed_seconds")
        marks = {}
        for line in f:
            cells = line.rstrip("\n").split(",")
            e = float(cells[ie])
            if abs(e - round(e)) < 1e-12:
                marks.setdefault(int(round(e)), float(cells[it]))
    return [marks[k + 1] - marks[k] for k in range(epochs) if k in marks and k + 1 in marks]


def run_ours(args, r, out):
    """Both stages, back to back; the wall time is the sum of the two processes' (the harness's
    own work between them, reading nothing, is not counted)."""
    env = child_env(args)
    out1, out2 = os.path.join(out, "stage1"), os.path.join(out, "stage2")
    wall1 = timed(cli_command(args, r, out1), env)
    wall2 = timed(cli_command2(args, r, os.path.join(out1, "model.json"), out2), env)
    summaries = []
    for folder in (out1, out2):
        with open(os.path.join(folder, "summary.json")) as f:
            summaries.append(json.load(f))
    s1, s2 = summaries
    row = {"wall_seconds": wall1 + wall2, "stage_wall_seconds": [wall1, wall2],
           "test_accuracy": s2["test"]["accuracy"], "train_accuracy": s2["train_accuracy"],
           "elapsed_seconds": s1["elapsed_seconds"] + s2["elapsed_seconds"],
           "stage_elapsed_seconds": [s1["elapsed_seconds"], s2["elapsed_seconds"]],
           "iterations": [s1["iterations"], s2["iterations"]],
           "stop_reason": [s1["stop_reason"], s2["stop_reason"]]}
    try:
        row["epoch_seconds"] = (epoch_times_from_history(os.path.join(out1, "history.csv"), r["epochs"])
                                + epoch_times_from_history(os.path.join(out2, "history.csv"), r["epochs2"]))
    except (OSError, ValueError, KeyError):
        pass
    return row


def run_torch(args, r, theta0, out):
    os.makedirs(out, exist_ok=True)
    command = [sys.executable, os.path.abspath(__file__), "--torch-worker", "--theta0", theta0,
               "--out", out, "--threads", str(args.threads), "--data", args.data]
    for key in TUNABLE:
        command += ["--" + key, str(r[key])]
    wall = timed(command, child_env(args))
    with open(os.path.join(out, "result.json")) as f:
        result = json.load(f)
    return dict(result, wall_seconds=wall)


def spread(values):
    return f"{statistics.median(values):.3f} ({min(values):.3f} – {max(values):.3f})"


def main():
    args = parse_args()
    if args.torch_worker:
        return torch_worker(args)
    r = recipe_of(args)
    if r["epochs"] < 1 or r["epochs2"] < 1 or r["batch"] < 1 or args.rounds < 1:
        sys.exit("fashionrecipe: --epochs, --epochs2, --batch and --rounds must be at least 1")
    for name in FILES.values():
        if not os.path.exists(os.path.join(args.data, name)):
            sys.exit(f"fashionrecipe: {os.path.join(args.data, name)} is missing "
                     "(apt-get install dataset-fashion-mnist)")
    if not os.access(args.cli, os.X_OK):
        sys.exit(f"fashionrecipe: {args.cli} is not an executable (--cli PATH)")
    work = args.keep or tempfile.mkdtemp(prefix="fashionrecipe-")
    os.makedirs(work, exist_ok=True)
    print(f"fashionrecipe: {args.cli}, {args.rounds} rounds, {args.threads} threads, OMP_WAIT_POLICY "
          f"{child_env(args).get('OMP_WAIT_POLICY', 'unset')}, recipe "
          + ", ".join(f"{k} {v}" for k, v in r.items()), flush=True)
    theta0 = write_theta0(args, r, work) if args.only != "ours" else ""
    rounds = []
    print(f"{'round':>5} {'ours s':>8} {'torch s':>8} {'ours/torch':>10} {'ours acc':>9} {'torch acc':>9} "
          f"{'load':>5}", flush=True)
    for k in range(args.rounds):
        row = {"loadavg_1min": os.getloadavg()[0]}
        # Alternate which side goes first, so that a drift of the machine hits both.
        sides = ["ours", "torch"] if k % 2 == 0 else ["torch", "ours"]
        for side in sides:
            if args.only not in (side, "both"):
                continue
            out = os.path.join(work, f"round{k + 1}-{side}")
            row[side] = run_ours(args, r, out) if side == "ours" else run_torch(args, r, theta0, out)
        if "ours" in row and "torch" in row:
            row["ratio"] = row["ours"]["wall_seconds"] / row["torch"]["wall_seconds"]
        rounds.append(row)

        def cell(side, key, fmt):
            return format(row[side][key], fmt) if side in row else "–"
        print(f"{k + 1:>5} {cell('ours', 'wall_seconds', '8.2f')} {cell('torch', 'wall_seconds', '8.2f')} "
              f"{format(row['ratio'], '10.3f') if 'ratio' in row else '–':>10} "
              f"{cell('ours', 'test_accuracy', '9.4f')} {cell('torch', 'test_accuracy', '9.4f')} "
              f"{row['loadavg_1min']:5.2f}", flush=True)

    report = {"recipe": r, "cli": args.cli, "threads": args.threads,
              "omp_wait_policy": child_env(args).get("OMP_WAIT_POLICY", "unset"), "rounds": rounds}
    ratios = [row["ratio"] for row in rounds if "ratio" in row]
    if ratios:
        report["ratio_median"] = statistics.median(ratios)
        report["ratio_min"], report["ratio_max"] = min(ratios), max(ratios)
        print(f"ours / torch, wall time of the whole process: median {report['ratio_median']:.3f}, "
              f"min – max {report['ratio_min']:.3f} – {report['ratio_max']:.3f}")
    ours = [row["ours"] for row in rounds if "ours" in row]
    if ours:
        print("ours (median, min – max over the rounds):")
        print(f"  wall {spread([o['wall_seconds'] for o in ours])} s (stage 1 "
              f"{spread([o['stage_wall_seconds'][0] for o in ours])}, stage 2 "
              f"{spread([o['stage_wall_seconds'][1] for o in ours])}); trainers' elapsed_seconds "
              f"{spread([o['elapsed_seconds'] for o in ours])} s (stage 1 "
              f"{spread([o['stage_elapsed_seconds'][0] for o in ours])}, stage 2 "
              f"{spread([o['stage_elapsed_seconds'][1] for o in ours])})")
        print(f"  wall − elapsed (loading, normalising, model file, train accuracy, test, files; "
              f"both processes) {spread([o['wall_seconds'] - o['elapsed_seconds'] for o in ours])} s")
        epochs = [e for o in ours for e in o.get("epoch_seconds", [])]
        if epochs:
            print(f"  one epoch (history.csv; --no-epoch-cost: no full-training-set pass) {spread(epochs)} s")
        print(f"  test accuracy {spread([o['test_accuracy'] for o in ours])}")
    torch_rows = [row["torch"] for row in rounds if "torch" in row]
    if torch_rows:
        print("torch (median, min – max over the rounds):")
        print(f"  wall {spread([t['wall_seconds'] for t in torch_rows])} s; in the process: "
              f"import {spread([t['import_seconds'] for t in torch_rows])}, load "
              f"{spread([t['load_seconds'] for t in torch_rows])}, normalise "
              f"{spread([t['normalise_seconds'] for t in torch_rows])}, train "
              f"{spread([t['train_seconds'] for t in torch_rows])}, test "
              f"{spread([t['test_seconds'] for t in torch_rows])}, save "
              f"{spread([t['save_seconds'] for t in torch_rows])} s")
        print(f"  one epoch {spread([e for t in torch_rows for e in t['epoch_seconds']])} s; "
              f"wall − in-process (interpreter start, exit) "
              f"{spread([t['wall_seconds'] - t['in_process_seconds'] for t in torch_rows])} s")
        print(f"  test accuracy {spread([t['test_accuracy'] for t in torch_rows])}")
    both = [row for row in rounds if "ours" in row and "torch" in row and row["ours"].get("epoch_seconds")]
    if both:
        print("per round: time outside training (ours: wall − elapsed_seconds; torch: wall − training) "
              "and the median epoch")
        for k, row in enumerate(rounds):
            if row not in both:
                continue
            o, t = row["ours"], row["torch"]
            oe, te = statistics.median(o["epoch_seconds"]), statistics.median(t["epoch_seconds"])
            row["epoch_ratio"] = oe / te
            print(f"  {k + 1}: outside ours {o['wall_seconds'] - o['elapsed_seconds']:.2f} s, torch "
                  f"{t['wall_seconds'] - t['train_seconds']:.2f} s; epoch ours {oe:.3f} s, torch {te:.3f} s, "
                  f"ours/torch {oe / te:.3f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
