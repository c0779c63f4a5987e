#pragma once
// The benchmark suite's shared data: Fashion-MNIST from Debian's dataset-fashion-mnist, or
// random data of its shape when the package is absent (the caller says which it got).

#include "dataset.h"
#include "idxloader.h"
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

/// W2's job: one epoch of batch-64 gradient descent, α = 0.1, λ = 1. monitor: the trainer's
/// default full training-set J at row 0 and at the epoch end (W2m).
inline bp::TrainingConfig w2Config(bool monitor)
{
    bp::TrainingConfig config;
    config.learningRate = 0.1;
    config.lambda = 1.0;
    config.batchSize = 64;
    config.maxIterations = 0;
    config.maxEpochs = 1;
    config.monitorTrainingSet = monitor;
    return config;
}

} // namespace bench
