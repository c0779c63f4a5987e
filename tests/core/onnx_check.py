#!/usr/bin/env python3
"""Checks an ONNX file written by Backprop Studio with an implementation independent of it.

    onnx_check.py MODEL.onnx X.csv EXPECTED.csv TOLERANCE

Runs onnx.checker (full check, with shape inference), then evaluates the graph on X
(one example per row) with onnx.reference.ReferenceEvaluator when the installed onnx has
it (1.13+), otherwise by walking the nodes in numpy, and compares with EXPECTED (the
app's outputs, one row per example). Exit status: 0 match, 1 mismatch or invalid model,
77 onnx or numpy missing (the caller skips).
"""
import sys

try:
    import numpy as np
    import onnx
    from onnx import numpy_helper
except ImportError as error:  # the test reports this as a skip
    print(f"skip: {error}")
    sys.exit(77)


def attribute(node, name, default):
    for a in node.attribute:
        if a.name == name:
            return onnx.helper.get_attribute_value(a)
    return default


def softmax(x, axis):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def evaluate_numpy(model, x):
    """A plain interpreter for the operators the exporter may use."""
    values = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    values[model.graph.input[0].name] = x
    for node in model.graph.node:
        a = [values[name] for name in node.input]
        op = node.op_type
        if op == "Sub":
            y = a[0] - a[1]
        elif op == "Div":
            y = a[0] / a[1]
        elif op == "Mul":
            y = a[0] * a[1]
        elif op == "Max":
            y = np.maximum(a[0], a[1])
        elif op == "Gemm":
            left = a[0].T if attribute(node, "transA", 0) else a[0]
            right = a[1].T if attribute(node, "transB", 0) else a[1]
            y = attribute(node, "alpha", 1.0) * (left @ right)
            if len(a) > 2:
                y = y + attribute(node, "beta", 1.0) * a[2]
        elif op == "Sigmoid":
            y = 1.0 / (1.0 + np.exp(-a[0]))
        elif op == "Tanh":
            y = np.tanh(a[0])
        elif op == "Relu":
            y = np.maximum(a[0], 0.0)
        elif op == "LeakyRelu":
            y = np.where(a[0] > 0, a[0], attribute(node, "alpha", 0.01) * a[0])
        elif op == "Softmax":
            y = softmax(a[0], attribute(node, "axis", -1))
        elif op == "Identity":
            y = a[0]
        else:
            raise ValueError(f"operator {op} is not one the exporter writes")
        values[node.output[0]] = y
    return values[model.graph.output[0].name]


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        return 1
    path, x_path, expected_path, tolerance = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    x = np.loadtxt(x_path, delimiter=",", dtype=np.float64, ndmin=2)
    expected = np.loadtxt(expected_path, delimiter=",", dtype=np.float64, ndmin=2)

    if model.graph.input[0].type.tensor_type.elem_type != onnx.TensorProto.DOUBLE:
        print("input is not a double tensor")
        return 1
    try:
        from onnx.reference import ReferenceEvaluator
        (actual,) = ReferenceEvaluator(model).run(None, {model.graph.input[0].name: x})
        how = "onnx.reference.ReferenceEvaluator"
    except ImportError:
        actual = evaluate_numpy(model, x)
        how = f"numpy node walk (onnx {onnx.__version__} has no reference evaluator)"

    if actual.shape != expected.shape:
        print(f"shape {actual.shape}, expected {expected.shape}")
        return 1
    worst = float(np.max(np.abs(actual - expected))) if actual.size else 0.0
    print(f"evaluated with {how}: {actual.shape[0]} examples, max |difference| = {worst:.3g}")
    if not worst <= tolerance:
        print(f"outputs differ by more than {tolerance}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
