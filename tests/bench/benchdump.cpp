// `bps-bench --dump-workloads DIR` (benchdump.h): W1–W4 as files, with our reference costs.

#include "benchdump.h"

#include "benchdata.h"
#include "costfunction.h"
#include "lbfgsoptimizer.h"
#include "maththreads.h"
#include "modelfile.h"
#include "trainer.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace bench {

namespace {

static_assert(std::endian::native == std::endian::little, "the peers read little-endian files");

namespace fs = std::filesystem;

/// Writes bytes to dir/name; throws naming the file.
void writeRaw(const fs::path& dir, const std::string& name, const void* data, std::size_t bytes)
{
    std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
    if (!out)
        throw std::runtime_error((dir / name).string() + ": cannot write " + std::to_string(bytes) + " bytes");
    std::printf("  %-16s %10zu bytes\n", name.c_str(), bytes);
}

void writeMatrix(const fs::path& dir, const std::string& name, const bp::Matrix& m)
{
    writeRaw(dir, name, m.data(), static_cast<std::size_t>(m.size()) * sizeof(double));
}

std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

/// The architecture's sizes and activations as JSON members.
std::string shape(const bp::Architecture& arch)
{
    std::ostringstream out;
    out << "\"layers\": [";
    for (int l = 0; l < arch.layerCount(); ++l)
        out << (l ? ", " : "") << arch.layerSizes[static_cast<std::size_t>(l)];
    out << "], \"activations\": [";
    for (std::size_t l = 0; l < arch.activations.size(); ++l)
        out << (l ? ", " : "") << quoted(std::string(bp::toString(arch.activations[l])));
    out << "], \"parameters\": " << arch.parameterCount();
    return out.str();
}

/// The trainer's rows (J and ‖∇J‖ as recorded) of one run, and its result.
struct Rows
{
    std::vector<double> cost, gradientNorm;
    bp::TrainingResult result;
};

Rows trainerRows(const bp::Architecture& arch, const bp::Dataset& data, const bp::TrainingConfig& config)
{
    bp::Network net(arch, initialParameters(arch));
    bp::Trainer trainer(net, data, nullptr, config);
    Rows rows;
    rows.result = trainer.run([&](const bp::IterationStats& s, const bp::Vector&) {
        rows.cost.push_back(s.trainCost);
        rows.gradientNorm.push_back(s.gradientNorm);
        return true;
    });
    return rows;
}

/// The trainer's first-epoch order of examples (its Fisher–Yates over mt19937_64, trainer.cpp),
/// checked below against the trainer's own first two batch costs.
std::vector<std::int64_t> epochOrder(bp::Index m, std::uint64_t seed)
{
    std::vector<std::int64_t> order(static_cast<std::size_t>(m));
    std::iota(order.begin(), order.end(), std::int64_t{0});
    std::mt19937_64 rng(seed);
    for (std::size_t i = order.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng() % i);
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

/// A model file for `backprop-cli train --init-model`: the workload's architecture and θ0, no
/// normalisation, the data's class names (scripts/bench --peers runs the CLI from it).
void writeModel(const fs::path& dir, const std::string& name, const bp::Architecture& arch,
                const bp::Dataset& data)
{
    bp::Model model{bp::Network(arch, initialParameters(arch)), {}, data.classNames, {}};
    bp::saveModel((dir / name).string(), model);
    std::printf("  %-16s (model file)\n", name.c_str());
}

/// Big-endian 32-bit, as IDX headers are.
void putBigEndian(std::string& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

/// An uncompressed IDX pair of a data set whose pixels are k / 255 (the IDX loader's scaling),
/// so that `idx:` reads back the same doubles; throws if a value is not such a pixel.
void writeIdxPair(const fs::path& dir, const std::string& images, const std::string& labels,
                  const bp::Dataset& data)
{
    const auto m = static_cast<std::uint32_t>(data.size());
    std::string img, lab;
    putBigEndian(img, 0x00000803);
    putBigEndian(img, m);
    putBigEndian(img, static_cast<std::uint32_t>(data.imageHeight));
    putBigEndian(img, static_cast<std::uint32_t>(data.imageWidth));
    for (bp::Index k = 0; k < data.features.size(); ++k) {
        const double v = data.features.data()[k];
        const long pixel = std::lround(v * 255.0);
        if (pixel < 0 || pixel > 255 || static_cast<double>(pixel) / 255.0 != v)
            throw std::runtime_error(images + ": a value is not a pixel k / 255");
        img.push_back(static_cast<char>(pixel));
    }
    putBigEndian(lab, 0x00000801);
    putBigEndian(lab, m);
    for (int label : data.labels)
        lab.push_back(static_cast<char>(label));
    writeRaw(dir, images, img.data(), img.size());
    writeRaw(dir, labels, lab.data(), lab.size());
}

bool sameCost(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b)); }

} // namespace

int dumpWorkloads(const std::string& dirName, const bp::Dataset& fashion, bool real)
{
    try {
        const fs::path dir(dirName);
        fs::create_directories(dir);
        std::printf("writing the workloads to %s\n", dir.string().c_str());
        std::ostringstream json;
        json << "{\n  \"format\": \"bps-bench workloads 1\",\n"
             << "  \"data\": " << quoted(real ? "fashion-mnist" : "synthetic") << ",\n"
             << "  \"threads\": " << bp::mathThreadsOnThisThread() << ",\n"
             << "  \"layout\": \"little-endian float64 (order: int64), row-major, one example per row; "
                "theta0 = unrolled column-major Theta(l) (s_{l+1} x (s_l+1), bias column 0), i.e. row-major "
                "Theta(l)^T: row 0 biases\",\n"
             << "  \"cost\": \"J = (1/b) sum_batch sum_k [softplus(z_k) - y_k z_k] + lambda/(2 m) sum of squared "
                "non-bias weights; grad = (1/b) Delta + (lambda/m) Theta, bias column unregularised; m = all "
                "examples, b = the batch (b = m in full batch)\",\n"
             << "  \"workloads\": [\n";

        // --- W1 and W2: Fashion-MNIST 784-128-10 -------------------------------------------
        const bp::Architecture w1 = fashionArchitecture();
        const bp::Matrix Y = bp::encodeTargets(fashion, 10);
        const bp::Vector w1Theta0 = initialParameters(w1);
        writeMatrix(dir, "fashion_X.bin", fashion.features);
        writeMatrix(dir, "fashion_Y.bin", Y);
        writeMatrix(dir, "w1_theta0.bin", w1Theta0);
        writeModel(dir, "w1_model.json", w1, fashion);
        const bp::Index m = fashion.size();
        // The CLI reads the real files (synthetic data has none): no "cli" member then.
        const std::string fashionSpec =
            real ? quoted("idx:" + std::string(kFashion) + "train-images-idx3-ubyte.gz," +
                          std::string(kFashion) + "train-labels-idx1-ubyte.gz")
                 : std::string("null");
        {
            bp::CostFunction cost(w1, fashion.features, Y, kLambda);
            bp::Vector grad;
            const double j0 = cost.evaluate(w1Theta0, &grad);
            const double g0 = grad.norm();
            const bp::Vector next = w1Theta0 - kW1LearningRate * grad;
            const double j1 = cost.evaluate(next, nullptr);
            json << "    {\"id\": \"W1\", \"what\": \"one full-batch GD step\", " << shape(w1)
                 << ", \"X\": \"fashion_X.bin\", \"Y\": \"fashion_Y.bin\", \"m\": " << m
                 << ", \"theta0\": \"w1_theta0.bin\", \"lambda\": " << number(kLambda)
                 << ", \"alpha\": " << number(kW1LearningRate)
                 << ", \"warmup_evaluations\": 1, \"unit\": \"s\",\n"
                 << "     \"cli\": {\"data\": " << fashionSpec << ", \"model\": \"w1_model.json\", "
                 << "\"options\": [\"--optimizer\", \"gd\", \"--lr\", \"" << number(kW1LearningRate)
                 << "\", \"--lambda\", \"" << number(kLambda) << "\", \"--iterations\", \"5\"]},\n"
                 << "     \"reference\": {\"J0\": " << number(j0) << ", \"grad_norm0\": " << number(g0)
                 << ", \"J1\": " << number(j1) << "}},\n";
        }
        {
            bp::TrainingConfig config = w2Config(false);
            const std::vector<std::int64_t> order = epochOrder(m, config.shuffleSeed);
            writeRaw(dir, "w2_order.bin", order.data(), order.size() * sizeof(std::int64_t));
            config.maxIterations = 1; // rows 0 and 1: batch 1 at θ0, batch 2 after one step
            const Rows rows = trainerRows(w1, fashion, config);
            // The same batch through a CostFunction: the order written is the trainer's.
            bp::CostFunction cost(w1, fashion.features, Y, kLambda);
            const std::vector<bp::Index> first(order.begin(), order.begin() + config.batchSize);
            if (rows.cost.size() < 2 || !sameCost(cost.evaluateBatch(w1Theta0, first, nullptr), rows.cost[0]))
                throw std::runtime_error("W2: the batch order written does not reproduce the trainer's first batch");
            json << "    {\"id\": \"W2\", \"what\": \"one epoch of mini-batch GD\", " << shape(w1)
                 << ", \"X\": \"fashion_X.bin\", \"Y\": \"fashion_Y.bin\", \"m\": " << m
                 << ", \"theta0\": \"w1_theta0.bin\", \"lambda\": " << number(config.lambda)
                 << ", \"alpha\": " << number(config.learningRate) << ", \"batch\": " << config.batchSize
                 << ", \"order\": \"w2_order.bin\", \"warmup_evaluations\": 0, \"unit\": \"s\",\n"
                 << "     \"cli\": {\"data\": " << fashionSpec << ", \"model\": \"w1_model.json\", "
                 << "\"options\": [\"--optimizer\", \"gd\", \"--lr\", \"" << number(config.learningRate)
                 << "\", \"--lambda\", \"" << number(config.lambda) << "\", \"--batch-size\", \""
                 << config.batchSize << "\", \"--epochs\", \"1\", \"--iterations\", \"0\", \"--seed\", \""
                 << config.shuffleSeed << "\"]},\n"
                 << "     \"reference\": {\"J0\": " << number(rows.cost[0]) << ", \"grad_norm0\": "
                 << number(rows.gradientNorm[0]) << ", \"J1\": " << number(rows.cost[1]) << "}},\n";
        }

        // --- W3: 2-8-8-1 tanh/sigmoid, 500 circles points -----------------------------------
        {
            const bp::Dataset circles = w3Circles();
            const bp::Architecture w3 = w3Architecture();
            const bp::TrainingConfig config = w3Config(kW3Iterations);
            writeMatrix(dir, "w3_X.bin", circles.features);
            writeMatrix(dir, "w3_Y.bin", bp::encodeTargets(circles, 1));
            writeMatrix(dir, "w3_theta0.bin", initialParameters(w3));
            writeModel(dir, "w3_model.json", w3, circles);
            const Rows rows = trainerRows(w3, circles, w3Config(1));
            json << "    {\"id\": \"W3\", \"what\": \"full-batch GD, iterations per second\", " << shape(w3)
                 << ", \"X\": \"w3_X.bin\", \"Y\": \"w3_Y.bin\", \"m\": " << circles.size()
                 << ", \"theta0\": \"w3_theta0.bin\", \"lambda\": " << number(config.lambda)
                 << ", \"alpha\": " << number(config.learningRate) << ", \"iterations\": " << config.maxIterations
                 << ", \"warmup_evaluations\": 0, \"unit\": \"it/s\",\n"
                 << "     \"cli\": {\"data\": \"builtin:circles?n=500&noise=0.1&seed=1\", "
                 << "\"model\": \"w3_model.json\", \"options\": [\"--optimizer\", \"gd\", \"--lr\", \""
                 << number(config.learningRate) << "\", \"--lambda\", \"" << number(config.lambda)
                 << "\", \"--iterations\", \"" << config.maxIterations << "\"]},\n"
                 << "     \"reference\": {\"J0\": " << number(rows.cost.at(0)) << ", \"grad_norm0\": "
                 << number(rows.gradientNorm.at(0)) << ", \"J1\": " << number(rows.cost.at(1)) << "}},\n";
        }

        // --- W4: 50 L-BFGS iterations, 400-25-10 sigmoid, m = 5000 --------------------------
        {
            const bp::Dataset small = downsampleTo20(fashion, 5000);
            const bp::Architecture w4 = w4Architecture();
            const bp::TrainingConfig config = w4Config();
            const bp::LbfgsOptions lbfgs;
            writeMatrix(dir, "w4_X.bin", small.features);
            writeMatrix(dir, "w4_Y.bin", bp::encodeTargets(small, 10));
            writeMatrix(dir, "w4_theta0.bin", initialParameters(w4));
            writeModel(dir, "w4_model.json", w4, small);
            writeIdxPair(dir, "w4-images-idx3-ubyte", "w4-labels-idx1-ubyte", small);
            const Rows rows = trainerRows(w4, small, config);
            json << "    {\"id\": \"W4\", \"what\": \"L-BFGS iterations\", " << shape(w4)
                 << ", \"X\": \"w4_X.bin\", \"Y\": \"w4_Y.bin\", \"m\": " << small.size()
                 << ", \"theta0\": \"w4_theta0.bin\", \"lambda\": " << number(config.lambda)
                 << ", \"iterations\": " << config.maxIterations << ", \"memory\": " << lbfgs.memory
                 << ", \"max_linesearch\": " << lbfgs.maxLineSearchSteps
                 << ", \"gradient_tolerance\": " << number(lbfgs.gradientTolerance)
                 << ", \"line_search\": \"LBFGSpp strong Wolfe (backtracking)\""
                 << ", \"warmup_evaluations\": 0, \"unit\": \"s\",\n"
                 << "     \"cli\": {\"data\": \"idx:w4-images-idx3-ubyte,w4-labels-idx1-ubyte\", "
                 << "\"model\": \"w4_model.json\", \"options\": [\"--optimizer\", \"lbfgs\", \"--lambda\", \""
                 << number(config.lambda) << "\", \"--iterations\", \"" << config.maxIterations << "\"]},\n"
                 << "     \"reference\": {\"J0\": " << number(rows.cost.at(0)) << ", \"grad_norm0\": "
                 << number(rows.gradientNorm.at(0)) << ", \"J_final\": " << number(rows.result.finalCost)
                 << ", \"iterations\": " << rows.result.iterations << ", \"evaluations\": "
                 << rows.result.evaluations << "}}\n";
        }
        json << "  ]\n}\n";
        std::ofstream out(dir / "workloads.json", std::ios::trunc);
        out << json.str();
        if (!out)
            throw std::runtime_error((dir / "workloads.json").string() + ": cannot write");
        std::printf("wrote %s\n", (dir / "workloads.json").string().c_str());
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bps-bench --dump-workloads: %s\n", e.what());
        return 1;
    }
}

} // namespace bench
