#!/usr/bin/env python3
"""Checks an ONNX file written by Backprop Studio in a runtime independent of it.

    onnx_check.py MODEL.onnx X.csv EXPECTED.csv TOLERANCE

1. onnx.checker (full check, with shape inference) must accept the model.
2. OpenCV's DNN module (cv2.dnn.readNetFromONNX) runs it on X (one example per row, in
   the model's input precision) and its outputs must equal EXPECTED (the studio's
   predictions for the same inputs, one row per example) within TOLERANCE, relative:
   |runtime - studio| <= TOLERANCE * max(|studio|, floor). The floor keeps outputs near
   zero from asking for more digits than float32 holds: 1e-3 for probabilities (a
   probability of 1e-9 is compared to 1e-8 absolute), and for a linear output
   ("predictions") the root mean square of that output over the examples, its scale (a
   regression output crossing zero is compared to its typical size, as float32's error
   there comes from the terms that cancel, not from the small result).

OpenCV computes in float32 and its importer reads no double initialisers (4.6 stops with
"getMatFromTensor: !field.empty()"): a float64 model it rejects is reported, and then only
step 1 judges it (exit 0, with the line "opencv: rejects float64: ...").

Exit status: 0 match, 1 mismatch or invalid model, 77 onnx, numpy or cv2 missing (the
caller skips).
"""
import sys

try:
    import numpy as np
    import onnx
    import cv2
except ImportError as error:  # the test reports this as a skip
    print(f"skip: {error}")
    sys.exit(77)

PROBABILITY_FLOOR = 1e-3


def run_opencv(path, x):
    net = cv2.dnn.readNetFromONNX(path)
    net.setInput(x)
    return np.asarray(net.forward(), dtype=np.float64).reshape(x.shape[0], -1)


def main(argv):
    if len(argv) != 5:
        print(__doc__)
        return 1
    path, x_path, expected_path, tolerance = argv[1], argv[2], argv[3], float(argv[4])
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    print(f"onnx.checker {onnx.__version__}: valid (IR {model.ir_version}, "
          f"opset {model.opset_import[0].version})")

    element = model.graph.input[0].type.tensor_type.elem_type
    if element == onnx.TensorProto.FLOAT:
        dtype = np.float32
    elif element == onnx.TensorProto.DOUBLE:
        dtype = np.float64
    else:
        print(f"input element type {element} is neither float nor double")
        return 1
    x = np.loadtxt(x_path, delimiter=",", dtype=np.float64, ndmin=2)
    expected = np.loadtxt(expected_path, delimiter=",", dtype=np.float64, ndmin=2)
    if dtype == np.float32 and not np.array_equal(x.astype(np.float32).astype(np.float64), x):
        print("X is not representable in float32: the caller must round it first")
        return 1

    try:
        actual = run_opencv(path, x.astype(dtype))
    except cv2.error as error:
        if dtype == np.float64:
            reason = str(error).strip().splitlines()[-1]
            print(f"opencv {cv2.__version__}: rejects float64: {reason}")
            return 0
        raise

    if actual.shape != expected.shape:
        print(f"shape {actual.shape}, expected {expected.shape}")
        return 1
    difference = np.abs(actual - expected)
    if model.graph.output[0].name == "predictions":
        floor = np.sqrt(np.mean(expected * expected, axis=0, keepdims=True))
        floor_text = "floor: each output's RMS, " + ", ".join(f"{f:.3g}" for f in floor.ravel())
    else:
        floor = PROBABILITY_FLOOR
        floor_text = f"floor {PROBABILITY_FLOOR}"
    relative = difference / np.maximum(np.abs(expected), floor)
    worst = float(np.max(relative)) if actual.size else 0.0
    print(f"opencv {cv2.__version__} ({np.dtype(dtype).name}): {actual.shape[0]} examples, "
          f"max relative difference = {worst:.3g} ({floor_text}), "
          f"max |difference| = {float(np.max(difference)) if actual.size else 0.0:.3g}")
    if not worst <= tolerance:
        print(f"outputs differ by more than {tolerance} relative")
        return 1
    return 0


def serve():
    """--serve: one check a line of standard input (a JSON list of the four arguments), its
    output followed by "@@END <exit status>". The test starts numpy, onnx and OpenCV once
    instead of once a row (about 0.7 s each, most of the test's time)."""
    import contextlib
    import io
    import json
    import traceback
    for line in sys.stdin:
        if not line.strip():
            continue
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                status = main(["onnx_check.py"] + json.loads(line))
        except Exception:  # one check's crash is that check's failure, not the server's
            out.write(traceback.format_exc())
            status = 1
        sys.stdout.write(out.getvalue())
        sys.stdout.write(f"@@END {status}\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:] == ["--serve"] else main(sys.argv))
