#pragma once
// The fixed Python of the exported PyTorch script (pytorchexport.cpp writes the network-
// specific head: constants, weights, the Network class; this text follows it). Internal to
// core.

#include <string_view>

namespace bp {

// The parts of the script that do not depend on the network. Kept readable on purpose:
// this is what a learner reads to see how the studio's maths maps onto PyTorch.
inline constexpr std::string_view kPyTorchCodeAfterWeights = R"PY(

# ---------------------------------------------------------------------------------------
# The cost: the studio's J(Θ), computed from the output layer's z(L) as the engine does
# (where that avoids log(0)).
#
#   J(Θ) = (1/m) Σ_i Σ_k loss(z_ik, y_ik) + (λ / 2m) Σ_l Σ_{j, k≥1} Θ(l)_jk²
#
# The bias column (nn.Linear's bias) is not regularised. With mini-batches the data term
# is averaged over the batch and the L2 term keeps the whole training set's m, so the
# batch cost is an unbiased estimate of the full one.


def logistic_loss(z, y):
    """The course's cost per output unit, -[y log h + (1 - y) log(1 - h)] with h = sigmoid(z),
    written as softplus(z) - y z, softplus(z) = max(z, 0) + log1p(exp(-|z|)): finite for every
    z. (torch.nn.functional.softplus is not used: above its threshold it returns z itself.)"""
    return torch.clamp(z, min=0.0) + torch.log1p(torch.exp(-torch.abs(z))) - y * z


def cross_entropy_loss(z, y):
    """-Σ_k y_k log softmax(z)_k = logsumexp(z) Σ_k y_k - Σ_k y_k z_k, one value per example."""
    return torch.logsumexp(z, dim=1) * y.sum(dim=1) - (y * z).sum(dim=1)


def squared_error_loss(z, y):
    """½ (h - y)² per output unit, h = z (linear outputs)."""
    return 0.5 * (z - y) ** 2


LOSSES = {"sigmoid": logistic_loss, "softmax": cross_entropy_loss, "linear": squared_error_loss}


def cost(model, x, y, lam, m_total=None):
    """J for the examples in x (m × n, raw features: the model normalises them) and their
    targets y (m × K). m_total: the training set's size when x is a mini-batch."""
    m = x.shape[0]
    data_term = LOSSES[OUTPUT_ACTIVATION](model.output_z(x), y).sum() / m
    l2 = sum((layer.weight ** 2).sum() for layer in model.linear_layers())  # no bias column
    return data_term + lam / (2.0 * (m_total or m)) * l2


# ---------------------------------------------------------------------------------------
# Training: one iteration is one step on the full batch (or on one mini-batch), as in the
# studio, and iteration k reports J at the weights after k steps.
#
#   gd:        θ ← θ - α ∇J                                   (torch.optim.SGD)
#   momentum:  v ← μ v - α ∇J;  θ ← θ + v                     (torch.optim.SGD with momentum:
#              v' = μ v' + ∇J, θ ← θ - α v' is the same steps for a fixed α)
#   adam:      the studio's Adam is torch.optim.Adam's (bias-corrected moments, ε added to
#              √v̂), with the same β1, β2 and ε.
#   lbfgs, cg: torch.optim.LBFGS with a strong-Wolfe line search and 10 correction pairs.
#              The studio's L-BFGS (LBFGSpp) and its conjugate gradient (Rasmussen's fmincg;
#              PyTorch has none) take different line-search steps: the same minimum, a
#              different path.
#
# Mini-batches (BATCH_SIZE > 0): shuffled each epoch with torch's generator seeded with
# SHUFFLE_SEED; the studio shuffles with its own generator, so the batches differ.


def make_optimizer(name, parameters, lr):
    if name == "gd":
        return torch.optim.SGD(parameters, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(parameters, lr=lr, momentum=MOMENTUM)
    if name == "adam":
        return torch.optim.Adam(parameters, lr=lr, betas=(ADAM_BETA1, ADAM_BETA2), eps=ADAM_EPSILON)
    if name in ("lbfgs", "cg"):
        return torch.optim.LBFGS(parameters, lr=1.0, max_iter=1, history_size=10,
                                 line_search_fn="strong_wolfe")
    raise SystemExit(f"unknown optimiser '{name}' (gd, momentum, adam, lbfgs, cg)")


def batches(m, batch_size, seed, device):
    """Endless example indices: the whole set each time, or shuffled mini-batches."""
    if batch_size <= 0 or batch_size >= m:
        everything = torch.arange(m, device=device)
        while True:
            yield everything
    generator = torch.Generator().manual_seed(seed)
    while True:
        order = torch.randperm(m, generator=generator).to(device)
        for start in range(0, m, batch_size):
            yield order[start:start + batch_size]


def train(model, x, y, iterations, optimizer_name=OPTIMIZER, lr=LEARNING_RATE, lam=LAMBDA,
          batch_size=BATCH_SIZE, seed=SHUFFLE_SEED, log_every=0, out=sys.stdout):
    """Trains model in place for `iterations` steps; returns the cost of each iteration."""
    m = x.shape[0]
    optimizer = make_optimizer(optimizer_name, model.parameters(), lr)
    line_search = optimizer_name in ("lbfgs", "cg")
    if line_search:
        batch_size = 0  # as in the studio: L-BFGS and CG always use the full batch
    log_every = log_every or max(1, iterations // 20)
    costs = []
    for iteration, batch in zip(range(iterations + 1), batches(m, batch_size, seed, x.device)):
        xb, yb = x[batch], y[batch]

        def closure():
            optimizer.zero_grad()
            j = cost(model, xb, yb, lam, m_total=m)
            j.backward()
            return j

        if line_search or iteration == iterations:
            with torch.no_grad():
                j = cost(model, xb, yb, lam, m_total=m)
        else:
            j = closure()  # J and ∇J at the current weights
        costs.append(float(j))
        if iteration % log_every == 0 or iteration == iterations:
            print(f"iteration {iteration} cost {float(j)!r}", file=out, flush=True)
        if iteration == iterations:
            break
        if line_search:
            optimizer.step(closure)
        else:
            optimizer.step()
    return costs


# ---------------------------------------------------------------------------------------
# Data: CSV, one example per row, an optional header row. The label (a class name or a
# class index; the target value for regression) is the column the studio takes: --label
# (a header name or a 0-based index), else the first column whose header is one of
# LABEL_COLUMN_NAMES (in that order; "y" only when no column is "x"), else the last one.
# Every other column is a feature, in the order the studio saw them. predict also takes a
# file of features only.


def default_label_column(header, width):
    if header:
        lower = [name.strip().lower() for name in header]
        for name in LABEL_COLUMN_NAMES:
            if name in lower and not (name == "y" and "x" in lower):
                return lower.index(name)
    return width - 1


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def read_csv(path, label=None, need_label=True):
    """(features m × n as float64, label texts or None)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as error:
        raise SystemExit(f"{path}: cannot read: {error}")
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    rows = [row for row in csv.reader(text.splitlines(), delimiter=delimiter)
            if any(cell.strip() for cell in row)]
    if not rows:
        raise SystemExit(f"{path}: no data")
    header = None
    # A header row has a name where the next row has a number.
    if len(rows) > 1 and any(not is_number(a) and is_number(b) for a, b in zip(rows[0], rows[1])):
        header, rows = [cell.strip() for cell in rows[0]], rows[1:]
    n = RAW_INPUTS
    width = len(rows[0])
    if width == n and not need_label and label is None:
        label_column = None
    else:
        if label is None:
            label_column = default_label_column(header, width)
        elif header is not None and label in header:
            label_column = header.index(label)
        elif label.isdigit() and int(label) < width:
            label_column = int(label)
        else:
            raise SystemExit(f"{path}: no column '{label}' (the file has {width} columns)")
        if width != n + 1:
            raise SystemExit(f"{path}: expected {n} feature columns and a label, found {width} "
                             "columns")
    features, labels = [], []
    for number, row in enumerate(rows, start=2 if header else 1):
        if len(row) != width:
            raise SystemExit(f"{path}: line {number}: expected {width} columns, found {len(row)}")
        try:
            features.append([float(cell) for c, cell in enumerate(row) if c != label_column])
        except ValueError:
            raise SystemExit(f"{path}: line {number}: a feature is not a number")
        if label_column is not None:
            labels.append(row[label_column].strip())
    return np.array(features, dtype=np.float64).reshape(-1, n), labels if label_column is not None else None


def targets(labels, path):
    """The engine's encoding of y (m × K): the target value for regression, the class index
    for one sigmoid output and two classes, one-hot rows otherwise (the course's recoding)."""
    K = LAYER_SIZES[-1]
    if OUTPUT_ACTIVATION == "linear":
        try:
            return np.array([[float(t)] for t in labels], dtype=np.float64).reshape(-1, K)
        except ValueError:
            raise SystemExit(f"{path}: a regression target is not a number")
    y = np.zeros((len(labels), K))
    for i, text in enumerate(labels):
        if text in CLASS_NAMES:
            k = CLASS_NAMES.index(text)
        elif text.isdigit() and int(text) < max(K, 2):
            k = int(text)
        else:
            raise SystemExit(f"{path}: example {i + 1}: unknown class '{text}' "
                             f"(the network knows {', '.join(CLASS_NAMES)})")
        if K == 1:
            y[i, 0] = float(k != 0)
        else:
            y[i, k] = 1.0
    return y


def save(model, path):
    """Writes the weights: a studio model file (.json: the studio's File → Import model…,
    backprop-cli evaluate --model, train --init-model) or numpy arrays theta_1 … (.npz, for
    --weights)."""
    thetas = model.thetas()
    if path.endswith(".npz"):
        np.savez(path, **{f"theta_{l + 1}": t for l, t in enumerate(thetas)})
        return
    import json
    document = {
        "format": "backprop-studio-model", "version": 1, "layer_sizes": LAYER_SIZES,
        "activations": HIDDEN_ACTIVATIONS + [OUTPUT_ACTIVATION],
        "theta": [t.tolist() for t in thetas],
        "normalization": None if NORMALIZATION == "none" else
        {"kind": NORMALIZATION, "offset": NORM_OFFSET, "scale": NORM_SCALE},
        "class_names": CLASS_NAMES}
    if FEATURES is not None:
        document["features"] = FEATURES
    with open(path, "w") as f:
        json.dump(document, f, indent=1)  # repr of each float: a bit-exact round trip


def load_weights(path):
    arrays = np.load(path)
    return [arrays[f"theta_{l + 1}"].tolist() for l in range(len(LAYER_SIZES) - 1)]


# ---------------------------------------------------------------------------------------
# Command line.


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    predict_cmd = commands.add_parser("predict", help="print the network's outputs as CSV")
    train_cmd = commands.add_parser("train", help="train the network on a labelled CSV file")
    for command in (predict_cmd, train_cmd):
        command.add_argument("data", help="CSV file, one example per row")
        command.add_argument("--label", help="label column: header name or 0-based index "
                             "(default: a column named label, class, target, ..., else the last)")
        command.add_argument("--weights", help="start from these weights (.npz written by --save)")
        command.add_argument("--float32", action="store_true",
                             help="compute in float32 (default float64, as the studio)")
        command.add_argument("--device", default="cpu", help="torch device, e.g. cuda (default cpu)")
    train_cmd.add_argument("--iterations", type=int, default=ITERATIONS,
                           help=f"steps to take (default {ITERATIONS})")
    train_cmd.add_argument("--optimizer", default=OPTIMIZER,
                           help=f"gd, momentum, adam, lbfgs or cg (default {OPTIMIZER})")
    train_cmd.add_argument("--lr", type=float, default=LEARNING_RATE,
                           help=f"learning rate (default {LEARNING_RATE!r})")
    train_cmd.add_argument("--lambda", dest="lam", type=float, default=LAMBDA,
                           help=f"L2 strength λ (default {LAMBDA!r})")
    train_cmd.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                           help=f"mini-batch size, 0 = full batch (default {BATCH_SIZE})")
    train_cmd.add_argument("--log-every", type=int, default=0,
                           help="print the cost every N iterations (default: 20 lines)")
    train_cmd.add_argument("--save", help="write the trained weights: model.json or weights.npz")
    args = parser.parse_args(argv)

    dtype = torch.float32 if args.float32 else torch.float64
    theta = load_weights(args.weights) if args.weights else THETA
    model = Network(theta, dtype=dtype).to(args.device)
    features, labels = read_csv(args.data, args.label, need_label=args.command == "train")
    x = torch.tensor(features, dtype=dtype, device=args.device)

    if args.command == "predict":
        with torch.no_grad():
            h = model(x).cpu().numpy()
        classes = OUTPUT_ACTIVATION != "linear"
        names = ([CLASS_NAMES[-1] if CLASS_NAMES else "output"] if h.shape[1] == 1 else
                 CLASS_NAMES or [f"output {k + 1}" for k in range(h.shape[1])])
        if not classes:
            names = ["prediction"] if h.shape[1] == 1 else [f"prediction {k + 1}"
                                                            for k in range(h.shape[1])]
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(names + (["predicted_class"] if classes else []))
        for row in h:
            if classes:
                k = int(row[0] > 0.5) if len(row) == 1 else int(np.argmax(row))
                label = CLASS_NAMES[k] if k < len(CLASS_NAMES) else str(k)
                writer.writerow([repr(float(v)) for v in row] + [label])
            else:
                writer.writerow([repr(float(v)) for v in row])
        return 0

    y = torch.tensor(targets(labels, args.data), dtype=dtype, device=args.device)
    train(model, x, y, args.iterations, args.optimizer, args.lr, args.lam, args.batch_size,
          log_every=args.log_every)
    if args.save:
        save(model, args.save)
        print(f"wrote {args.save}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
)PY";

} // namespace bp
