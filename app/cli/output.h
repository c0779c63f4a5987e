#pragma once
// What the CLI writes: JSON lines on stdout, history CSV, metrics as JSON.

#include "dataset.h"
#include "network.h"
#include "trainer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace bpcli {

// Ordered: keys come out in the order the code writes them, which is the documented order.
using Json = nlohmann::ordered_json;

/// A number, or null when it is NaN or infinite (JSON has neither).
Json number(double x);

/// One compact JSON document on its own line, flushed: progress consumers read line by line.
void printJsonLine(const Json& value);

/// Writes text to path, replacing it; throws bp::InputError naming the path.
void writeTextFile(const std::string& path, const std::string& text);

/// The history table, one row per recorded iteration; NaN cells are left empty.
std::string historyCsv(const std::vector<bp::IterationStats>& history);
inline constexpr const char* kHistoryHeader =
    "iteration,epoch,evaluations,train_cost,validation_cost,train_accuracy,validation_accuracy,"
    "gradient_norm,elapsed_seconds";

/// One history row as a JSON object (progress lines).
Json statsJson(const bp::IterationStats& stats);

Json architectureJson(const bp::Architecture& arch);

/// Fraction of examples classified right, or NaN for regression / no examples.
double classificationAccuracy(const bp::Network& network, const bp::Dataset& data);

/// Cost, and accuracy / confusion matrix / per-class precision and recall for classification,
/// or RMSE and R² for regression. data must already be aligned with the network (features
/// normalised, labels in the network's class order).
Json metricsJson(const bp::Network& network, const bp::Dataset& data,
                 const std::vector<std::string>& classNames);

/// The shortest text that round-trips (at most 17 significant digits), or "" for NaN.
std::string csvNumber(double x);

} // namespace bpcli
