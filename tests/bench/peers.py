#!/usr/bin/env python3
"""bps-bench's W1–W4 run by the peers: PyTorch (hand-written backprop and autograd), NumPy
and SciPy, on the workloads `bps-bench --dump-workloads DIR` wrote (tests/bench/benchdump.h):
the same bytes of data, the same initial weights, the same cost.

    peers.py DIR [--runs N] [--threads T] [--only W1,W2] [--json OUT]

Every peer first checks its cost against ours (untimed): J(θ0), then J after one step of
its own (the next batch's J for W2); both must agree with bps-bench's to 1e-10 relative,
or its times are marked as not comparable. For W4 the L-BFGS paths differ by line search,
so only J(θ0) and ‖∇J(θ0)‖ are checked and the final J is shown for information.

Timing follows bps-bench: W1 times one step (evaluation + update) per run, continuing from
the previous run's weights, after one untimed evaluation (the check above serves); W2, W3 and
W4 start every run from θ0. W3 is a rate: a peer's run ends after its iterations or --budget
seconds. Median, min and max over the runs.
"""

import argparse
import json
import os
import statistics
import sys
import time


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("dir", help="the folder bps-bench --dump-workloads wrote")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--threads", type=int, default=0, help="math threads (0: os.cpu_count())")
    p.add_argument("--only", default="", help="comma-separated workload ids")
    p.add_argument("--json", default="", help="write the results here")
    p.add_argument("--budget", type=float, default=5.0,
                   help="W3: stop a run after this many seconds (default 5) and report its rate")
    return p.parse_args()


ARGS = parse_args()
THREADS = ARGS.threads or os.cpu_count() or 1
# Before numpy and torch load their BLAS / OpenMP runtimes, which read these once.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(THREADS)

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.optimize  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

torch.set_num_threads(THREADS)
TOLERANCE = 1e-10  # relative, for the cost check


# ---- the workloads --------------------------------------------------------------------------

class Workload:
    """One entry of workloads.json with its arrays (NumPy, row-major, one example per row)."""

    def __init__(self, folder, entry, cache):
        self.__dict__.update(entry)
        m = entry["m"]

        def load(name, columns, dtype=np.float64):
            if name not in cache:
                cache[name] = np.fromfile(os.path.join(folder, name), dtype=dtype).reshape(-1, columns)
            return cache[name]

        self.X = load(entry["X"], self.layers[0])
        self.Y = load(entry["Y"], self.layers[-1])
        assert self.X.shape[0] == m and self.Y.shape[0] == m, "workloads.json and the files disagree"
        self.theta0 = np.fromfile(os.path.join(folder, entry["theta0"]), dtype=np.float64)
        assert self.theta0.size == entry["parameters"]
        self.order = (np.fromfile(os.path.join(folder, entry["order"]), dtype=np.int64)
                      if "order" in entry else None)

    def shapes(self):
        """(s_l + 1, s_{l+1}) of each row-major Θ(l)ᵀ in the unrolled vector, with its offset."""
        offset = 0
        for s_in, s_out in zip(self.layers[:-1], self.layers[1:]):
            yield offset, (s_in + 1, s_out)
            offset += (s_in + 1) * s_out

    def batches(self):
        """W2's mini-batches: the trainer's first-epoch order in slices of `batch`."""
        b = self.batch
        return [self.order[k:k + b] for k in range(0, self.m, b)]


# ---- hand-written backprop, NumPy -----------------------------------------------------------
# Θ(l)ᵀ views T[l] of one flat vector: Z = A @ T[1:] + T[0]. Forward and backward as in
# core/costfunction.h; the logistic loss as softplus(z) − y·z, softplus = max(z, 0) + log1p(e^−|z|).

def numpy_views(w, flat):
    return [flat[o:o + r * c].reshape(r, c) for o, (r, c) in w.shapes()]


def numpy_cost_grad(w, theta, X, Y, grad=None):
    """J (and ∇J into grad, when given) over the rows of X; the L2 term uses all m examples.
    In-place element-wise steps where they save an m × s temporary (each is a fresh page-faulted
    allocation of up to 61 MB in W1)."""
    T = numpy_views(w, theta)
    b, m_reg, lam = X.shape[0], w.m, w.lambda_
    A = [X]
    for l, t in enumerate(T):
        Z = A[-1] @ t[1:]
        Z += t[0]
        if l + 1 == len(T):
            break
        if w.activations[l] == "tanh":
            np.tanh(Z, out=Z)
        else:  # σ(z) = 1 / (1 + e^−z)
            np.negative(Z, out=Z)
            np.exp(Z, out=Z)
            Z += 1.0
            np.reciprocal(Z, out=Z)
        A.append(Z)
    loss = (np.maximum(Z, 0.0) - Y * Z + np.log1p(np.exp(-np.abs(Z)))).sum()
    J = loss / b + lam / (2.0 * m_reg) * sum(float((t[1:] ** 2).sum()) for t in T)
    if grad is None:
        return J
    G = numpy_views(w, grad)
    delta = 1.0 / (1.0 + np.exp(-Z)) - Y
    for l in range(len(T) - 1, -1, -1):
        G[l][0] = delta.sum(axis=0) / b
        np.matmul(A[l].T, delta, out=G[l][1:])
        G[l][1:] *= 1.0 / b
        G[l][1:] += (lam / m_reg) * T[l][1:]
        if l > 0:
            a = A[l]
            if w.activations[l - 1] == "tanh":  # 1 − a²
                gprime = a * a
                np.subtract(1.0, gprime, out=gprime)
            else:  # a (1 − a)
                gprime = 1.0 - a
                gprime *= a
            delta = delta @ T[l][1:].T
            delta *= gprime
    return J


# ---- hand-written backprop, PyTorch ---------------------------------------------------------

def torch_views(w, flat):
    return [flat[o:o + r * c].view(r, c) for o, (r, c) in w.shapes()]


def torch_cost_grad(w, theta, X, Y, grad=None):
    """numpy_cost_grad with torch tensors (no autograd), in-place where it saves a temporary."""
    T = torch_views(w, theta)
    b, m_reg, lam = X.shape[0], w.m, w.lambda_
    A = [X]
    for l, t in enumerate(T):
        Z = torch.addmm(t[0], A[-1], t[1:])
        if l + 1 == len(T):
            break
        A.append(Z.tanh_() if w.activations[l] == "tanh" else Z.sigmoid_())
    loss = F.binary_cross_entropy_with_logits(Z, Y, reduction="sum")
    J = loss.item() / b + lam / (2.0 * m_reg) * sum((t[1:] ** 2).sum().item() for t in T)
    if grad is None:
        return J
    G = torch_views(w, grad)
    delta = torch.sigmoid(Z).sub_(Y)
    for l in range(len(T) - 1, -1, -1):
        torch.sum(delta, 0, out=G[l][0])
        G[l][0] /= b
        torch.addmm(T[l][1:], A[l].T, delta, beta=lam / m_reg, alpha=1.0 / b, out=G[l][1:])
        if l > 0:
            a = A[l]
            gprime = torch.mul(a, a).neg_().add_(1.0) if w.activations[l - 1] == "tanh" else torch.rsub(a, 1.0).mul_(a)
            delta = (delta @ T[l][1:].T).mul_(gprime)
    return J


# ---- PyTorch autograd: nn.Linear layers, BCE-with-logits, SGD ------------------------------

def torch_model(w, theta0):
    layers = []
    for l, (o, (r, c)) in enumerate(w.shapes()):
        t = torch.from_numpy(theta0[o:o + r * c].reshape(r, c))
        linear = torch.nn.Linear(r - 1, c, dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(t[1:].T)
            linear.bias.copy_(t[0])
        layers.append(linear)
        if l + 2 < len(w.layers):
            layers.append(torch.nn.Tanh() if w.activations[l] == "tanh" else torch.nn.Sigmoid())
    return torch.nn.Sequential(*layers)


def autograd_loss(w, model, X, Y):
    data = F.binary_cross_entropy_with_logits(model(X), Y, reduction="sum") / X.shape[0]
    l2 = sum((layer.weight ** 2).sum() for layer in model if isinstance(layer, torch.nn.Linear))
    return data + w.lambda_ / (2.0 * w.m) * l2


def autograd_step(w, model, opt, X, Y):
    opt.zero_grad(set_to_none=True)
    J = autograd_loss(w, model, X, Y)
    J.backward()
    opt.step()
    return J


# ---- peers: for each workload, (name, check, timed run) -------------------------------------
# check() returns (J0, J1) by the peer's own code, untimed. run(state) returns seconds (or
# it/s) of one timed run; W1's state carries the weights from run to run.

def gd_peers(w):
    """W1 (one step per run), W2 (one epoch of batches per run), W3 (`iterations` steps)."""
    alpha = w.alpha
    steps = w.iterations if w.id == "W3" else 1
    fresh = w.id != "W1"  # W2, W3: every run from θ0; W1 goes on from the last run's weights
    np_batches = w.batches() if w.id == "W2" else None

    def timed_steps(step, start):
        """W1: one step, in seconds. W3: `steps` steps or ARGS.budget seconds, whichever ends
        first, as steps per second (a rate needs no fixed count; a peer slowed down 100-fold
        by a busy machine would otherwise take minutes)."""
        done = 0
        while done < steps:
            for _ in range(min(100, steps - done)):
                step()
            done += min(100, steps - done)
            if w.unit == "it/s" and time.perf_counter() - start > ARGS.budget:
                break
        seconds = time.perf_counter() - start
        return done / seconds if w.unit == "it/s" else seconds

    def manual(cost_grad, X, Y, theta0, batches, take, update):
        """A flat θ and a flat gradient buffer; batches: index arrays of the library's kind;
        update(θ, g): θ ← θ − α g in place."""
        def check():
            theta, grad = theta0.clone() if hasattr(theta0, "clone") else theta0.copy(), theta0 * 0
            first = (take(X, batches[0]), take(Y, batches[0])) if batches else (X, Y)
            second = (take(X, batches[1]), take(Y, batches[1])) if batches else first
            j0 = cost_grad(w, theta, *first, grad)
            update(theta, grad)
            return j0, cost_grad(w, theta, *second)

        state = {}

        def run():
            if fresh or not state:
                state["theta"] = theta0.clone() if hasattr(theta0, "clone") else theta0.copy()
                state["grad"] = theta0 * 0
            theta, grad = state["theta"], state["grad"]
            start = time.perf_counter()
            if batches:
                for idx in batches:
                    cost_grad(w, theta, take(X, idx), take(Y, idx), grad)
                    update(theta, grad)
            else:
                def step():
                    cost_grad(w, theta, X, Y, grad)
                    update(theta, grad)
                return timed_steps(step, start)
            return time.perf_counter() - start
        return check, run

    Xt, Yt = torch.from_numpy(w.X), torch.from_numpy(w.Y)
    t_batches = [torch.from_numpy(i) for i in np_batches] if np_batches else None

    def t_take(a, idx):
        return a.index_select(0, idx)

    def autograd():
        def check():
            model = torch_model(w, w.theta0)
            opt = torch.optim.SGD(model.parameters(), lr=alpha)
            first = (t_take(Xt, t_batches[0]), t_take(Yt, t_batches[0])) if t_batches else (Xt, Yt)
            second = (t_take(Xt, t_batches[1]), t_take(Yt, t_batches[1])) if t_batches else first
            j0 = autograd_step(w, model, opt, *first).item()
            with torch.no_grad():
                return j0, autograd_loss(w, model, *second).item()

        state = {}

        def run():
            if fresh or not state:
                state["model"] = torch_model(w, w.theta0)
                state["opt"] = torch.optim.SGD(state["model"].parameters(), lr=alpha)
            model, opt = state["model"], state["opt"]
            start = time.perf_counter()
            if t_batches:
                for idx in t_batches:
                    autograd_step(w, model, opt, t_take(Xt, idx), t_take(Yt, idx))
            else:
                return timed_steps(lambda: autograd_step(w, model, opt, Xt, Yt), start)
            return time.perf_counter() - start
        return check, run

    return [("pytorch-manual",) + manual(torch_cost_grad, Xt, Yt, torch.from_numpy(w.theta0),
                                         t_batches, t_take, lambda th, g: th.sub_(alpha * g)),
            ("pytorch-autograd",) + autograd(),
            ("numpy-manual",) + manual(numpy_cost_grad, w.X, w.Y, w.theta0, np_batches,
                                       lambda a, idx: a[idx], lambda th, g: np.subtract(th, alpha * g, out=th))]


def lbfgs_peers(w):
    """W4: SciPy's L-BFGS-B on the NumPy cost, torch.optim.LBFGS on the autograd model."""
    X, Y = w.X, w.Y
    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    info = {}

    def scipy_fun(theta):
        grad = np.empty_like(theta)
        return numpy_cost_grad(w, theta, X, Y, grad), grad

    def scipy_check():
        j0, g0 = scipy_fun(w.theta0.copy())
        return j0, float(np.linalg.norm(g0))

    def scipy_run():
        start = time.perf_counter()
        r = scipy.optimize.minimize(scipy_fun, w.theta0.copy(), jac=True, method="L-BFGS-B",
                                    options={"maxiter": w.iterations, "maxcor": w.memory,
                                             "maxls": w.max_linesearch, "gtol": w.gradient_tolerance,
                                             "ftol": 0.0, "maxfun": 100 * w.iterations})
        seconds = time.perf_counter() - start
        info["scipy-lbfgsb"] = {"iterations": int(r.nit), "evaluations": int(r.nfev), "J_final": float(r.fun)}
        return seconds

    def torch_check():
        model = torch_model(w, w.theta0)
        J = autograd_loss(w, model, Xt, Yt)
        J.backward()
        g = torch.cat([p.grad.reshape(-1) for p in model.parameters()])
        return J.item(), g.norm().item()

    def torch_run():
        model = torch_model(w, w.theta0)
        opt = torch.optim.LBFGS(model.parameters(), lr=1.0, max_iter=w.iterations,
                                max_eval=100 * w.iterations, history_size=w.memory,
                                tolerance_grad=w.gradient_tolerance, tolerance_change=0.0,
                                line_search_fn="strong_wolfe")
        evaluations = [0]

        def closure():
            evaluations[0] += 1
            opt.zero_grad(set_to_none=True)
            J = autograd_loss(w, model, Xt, Yt)
            J.backward()
            return J

        start = time.perf_counter()
        opt.step(closure)
        seconds = time.perf_counter() - start
        with torch.no_grad():
            j = autograd_loss(w, model, Xt, Yt).item()
        n_iter = opt.state[opt._params[0]].get("n_iter", 0)
        info["pytorch-lbfgs"] = {"iterations": int(n_iter), "evaluations": evaluations[0], "J_final": j}
        return seconds

    return [("scipy-lbfgsb", scipy_check, scipy_run), ("pytorch-lbfgs", torch_check, torch_run)], info


# ---- main -----------------------------------------------------------------------------------

def loaded_blas():
    """The BLAS and OpenMP libraries this process has mapped (what numpy and torch really use)."""
    found = []
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                name = os.path.basename(path := line.split()[-1])
                if name.startswith("lib") and any(k in name for k in ("blas", "mkl", "gomp")):
                    real = os.path.realpath(path)
                    if real not in found:
                        found.append(real)
    except OSError:
        pass
    return found


def relative(a, b):
    return abs(a - b) / max(abs(a), abs(b), 1e-300)


def main():
    folder = ARGS.dir
    with open(os.path.join(folder, "workloads.json")) as f:
        manifest = json.load(f)
    only = set(filter(None, ARGS.only.split(",")))
    print(f"peers: {THREADS} threads (torch.get_num_threads() = {torch.get_num_threads()}, "
          f"OMP/OPENBLAS/MKL_NUM_THREADS = {os.environ['OMP_NUM_THREADS']}, OMP_WAIT_POLICY = "
          f"{os.environ.get('OMP_WAIT_POLICY', 'unset')}); torch {torch.__version__}, numpy {np.__version__}, "
          f"scipy {scipy.__version__}; BLAS loaded: {', '.join(loaded_blas()) or 'unknown'}; data {manifest['data']}")
    cache = {}
    results = []
    for entry in manifest["workloads"]:
        if only and entry["id"] not in only:
            continue
        entry = dict(entry, lambda_=entry["lambda"])
        w = Workload(folder, entry, cache)
        ref = w.reference
        if w.id == "W4":
            peers, info = lbfgs_peers(w)
            second = "grad_norm0"
        else:
            peers, info = gd_peers(w), {}
            second = "J1"
        for name, check, run in peers:
            j0, j1 = check()
            r0, r1 = relative(j0, ref["J0"]), relative(j1, ref[second])
            ok = bool(r0 <= TOLERANCE and r1 <= TOLERANCE)
            values = []
            for _ in range(ARGS.runs):
                values.append(run())
            row = {"id": w.id, "peer": name, "unit": w.unit, "values": values,
                   "median": statistics.median(values), "min": min(values), "max": max(values),
                   "check": {"J0": j0, "J0_ours": ref["J0"], "J0_rel": r0,
                             second: j1, second + "_ours": ref[second], second + "_rel": r1,
                             "ok": ok}}
            if name in info:
                row["lbfgs"] = dict(info[name], J_final_ours=ref["J_final"],
                                    evaluations_ours=ref["evaluations"])
            results.append(row)
            extra = ""
            if "lbfgs" in row:
                lb = row["lbfgs"]
                extra = (f"  {lb['iterations']} it, {lb['evaluations']} evaluations (ours "
                         f"{ref['evaluations']}), final J {lb['J_final']:.12g} (ours {ref['J_final']:.12g})")
            print(f"  {w.id} {name:17s} {row['median']:12.4g} {w.unit:5s} (min {row['min']:.4g}, max "
                  f"{row['max']:.4g})  J0 rel {r0:.1e}, {second} rel {r1:.1e} {'ok' if ok else 'MISMATCH'}{extra}",
                  flush=True)
    if ARGS.json:
        with open(ARGS.json, "w") as f:
            json.dump({"threads": THREADS, "torch": torch.__version__, "numpy": np.__version__,
                       "scipy": scipy.__version__, "data": manifest["data"], "runs": ARGS.runs,
                       "tolerance": TOLERANCE, "results": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
