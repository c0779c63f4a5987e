#pragma once
// The benchmark suite's shared data: Fashion-MNIST from Debian's dataset-fashion-mnist, or
// random data of its shape when the package is absent (the caller says which it got), and
// the engine workloads W1–W4 defined once, for bench.cpp's timings and for the export that
// the PyTorch / NumPy / SciPy peers read (benchdump.cpp, peers.py).

#include "architecture.h"
#include "dataset.h"
#include "generators.h"
#include "idxloader.h"
#include "initializer.h"
#include "trainer.h"

#include <filesystem>
#include <random>
#include <string>

namespace bench {

inline const char* kFashion = "/usr/share/datasets/fashion-mnist/";

/// Fashion-MNIST's training set when installed (*real = true), else 60000 × 784 uniform
/// pixels in [0, 1] with 10 classes.
inline bp::Dataset fashionOrSynthetic(bool* real)
{
    const std::string images = std::string(kFashion) + "train-images-idx3-ubyte.gz";
    const std::string labels = std::string(kFashion) + "train-labels-idx1-ubyte.gz";
    *real = std::filesystem::exists(images) && std::filesystem::exists(labels);
    if (*real)
        return bp::loadIdx(images, labels);
    bp::Dataset d;
    d.name = "synthetic 60000 x 784";
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    d.features.resize(784, 60000);
    for (bp::Index k = 0; k < d.features.size(); ++k)
        d.features.data()[k] = u(rng);
    for (int i = 0; i < 60000; ++i)
        d.labels.push_back(static_cast<int>(rng() % 10));
    for (int k = 0; k < 10; ++k)
        d.classNames.push_back(std::to_string(k));
    d.imageWidth = d.imageHeight = 28;
    return d;
}

inline constexpr double kLambda = 1.0;         // λ of W1–W4 (L2 on the non-bias weights)
inline constexpr double kW1LearningRate = 0.1; // W1's step: θ ← θ − α ∇J
inline constexpr long kW3Iterations = 20000;   // W3's iterations per run
inline constexpr long kW4Iterations = 50;      // W4's L-BFGS iterations

/// Every workload starts from the same weights: uniform in ±√6 / √(s_l + s_{l+1}), seed 1.
inline bp::Vector initialParameters(const bp::Architecture& arch)
{
    return bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1);
}

/// W1 and W2: 784-128-10, sigmoid hidden and output units (logistic cost).
inline bp::Architecture fashionArchitecture()
{
    return bp::Architecture::make(784, {128}, bp::Activation::Sigmoid, 10, bp::Activation::Sigmoid);
}

/// W2's job: one epoch of batch-64 gradient descent, α = 0.1, λ = 1. monitor: the trainer's
/// default full training-set J at row 0 and at the epoch end (W2m).
inline bp::TrainingConfig w2Config(bool monitor)
{
    bp::TrainingConfig config;
    config.learningRate = 0.1;
    config.lambda = kLambda;
    config.batchSize = 64;
    config.maxIterations = 0;
    config.maxEpochs = 1;
    config.monitorTrainingSet = monitor;
    return config;
}

/// W3's data: 500 "circles" points (noise 0.1, seed 1), two classes.
inline bp::Dataset w3Circles()
{
    bp::GeneratorSpec spec;
    spec.name = "circles";
    spec.n = 500;
    spec.noise = 0.1;
    return bp::generateDataset(spec);
}

/// W3: 2-8-8-1, tanh hidden units, a sigmoid output.
inline bp::Architecture w3Architecture()
{
    return bp::Architecture::make(2, {8, 8}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
}

/// W3's job: full-batch gradient descent, α = 0.5, λ = 1.
inline bp::TrainingConfig w3Config(long iterations)
{
    bp::TrainingConfig config;
    config.learningRate = 0.5;
    config.lambda = kLambda;
    config.maxIterations = iterations;
    return config;
}

/// 28 × 28 → 20 × 20 for W4's 400 inputs: each output pixel takes the input pixel at
/// (⌊28x/20⌋, ⌊28y/20⌋) of the first m images (sampling, no averaging).
inline bp::Dataset downsampleTo20(const bp::Dataset& d, bp::Index m)
{
    bp::Dataset out;
    out.name = "20 × 20";
    out.classNames = d.classNames;
    out.features.resize(400, m);
    for (bp::Index i = 0; i < m; ++i) {
        for (int y = 0; y < 20; ++y)
            for (int x = 0; x < 20; ++x) {
                const double sx = x * 28.0 / 20.0, sy = y * 28.0 / 20.0;
                const int ix = static_cast<int>(sx), iy = static_cast<int>(sy);
                out.features(y * 20 + x, i) = d.features(iy * 28 + ix, i);
            }
        out.labels.push_back(d.labels[static_cast<size_t>(i)]);
    }
    out.imageWidth = out.imageHeight = 20;
    return out;
}

/// W4: 400-25-10 sigmoid on the first 5000 images at 20 × 20.
inline bp::Architecture w4Architecture()
{
    return bp::Architecture::make(400, {25}, bp::Activation::Sigmoid, 10, bp::Activation::Sigmoid);
}

/// W4's job: L-BFGS (the trainer's defaults: 10 correction pairs, strong-Wolfe line search), λ = 1.
inline bp::TrainingConfig w4Config()
{
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::LBFGS;
    config.lambda = kLambda;
    config.maxIterations = kW4Iterations;
    return config;
}

} // namespace bench
