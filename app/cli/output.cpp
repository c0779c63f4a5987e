#include "output.h"

#include "costfunction.h"
#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>

namespace bpcli {

Json number(double x)
{
    if (!std::isfinite(x))
        return nullptr;
    return x;
}

void printJsonLine(const Json& value)
{
    std::cout << value.dump() << std::endl;
}

void writeTextFile(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw bp::InputError(path, "", "cannot open the file for writing");
    out << text;
    out.close();
    if (!out)
        throw bp::InputError(path, "", "cannot write the file (disk full?)");
}

std::string csvNumber(double x)
{
    if (std::isnan(x))
        return "";
    if (std::isinf(x))
        return x > 0 ? "inf" : "-inf";
    // nlohmann prints the shortest text that reads back as the same double.
    return nlohmann::json(x).dump();
}

std::string historyCsv(const std::vector<bp::IterationStats>& history)
{
    std::ostringstream out;
    out << kHistoryHeader << "\n";
    for (const bp::IterationStats& s : history) {
        out << s.iteration << ',' << csvNumber(s.epoch) << ',' << s.evaluations << ','
            << csvNumber(s.trainCost) << ',' << csvNumber(s.validationCost) << ','
            << csvNumber(s.trainAccuracy) << ',' << csvNumber(s.validationAccuracy) << ','
            << csvNumber(s.gradientNorm) << ',' << csvNumber(s.elapsedSeconds) << "\n";
    }
    return out.str();
}

Json statsJson(const bp::IterationStats& stats)
{
    Json line;
    line["event"] = "progress";
    line["iteration"] = stats.iteration;
    line["epoch"] = number(stats.epoch);
    line["evaluations"] = stats.evaluations;
    line["train_cost"] = number(stats.trainCost);
    line["full_train_cost"] = number(stats.fullTrainCost);
    line["validation_cost"] = number(stats.validationCost);
    line["train_accuracy"] = number(stats.trainAccuracy);
    line["validation_accuracy"] = number(stats.validationAccuracy);
    line["gradient_norm"] = number(stats.gradientNorm);
    line["elapsed_seconds"] = number(stats.elapsedSeconds);
    return line;
}

Json architectureJson(const bp::Architecture& arch)
{
    Json result;
    result["layer_sizes"] = arch.layerSizes;
    Json activations = Json::array();
    for (bp::Activation g : arch.activations)
        activations.push_back(std::string(bp::toString(g)));
    result["activations"] = activations;
    result["loss"] = std::string(bp::toString(arch.loss()));
    result["parameters"] = arch.parameterCount();
    return result;
}

double classificationAccuracy(const bp::Network& network, const bp::Dataset& data)
{
    if (data.task() == bp::TaskKind::Regression || data.size() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return bp::accuracy(bp::predictedClasses(network.predict(data.features)), data.labels);
}

Json metricsJson(const bp::Network& network, const bp::Dataset& data,
                 const std::vector<std::string>& classNames)
{
    const bp::Architecture& arch = network.architecture();
    const bp::Matrix h = network.predict(data.features);
    const bp::Matrix Y = bp::encodeTargets(data, arch.outputSize());

    Json result;
    result["examples"] = data.size();
    result["task"] = data.task() == bp::TaskKind::Regression ? "regression" : "classification";
    result["cost"] = number(bp::computeCost(arch, network.parameters(), data.features, Y, 0.0));
    if (data.task() == bp::TaskKind::Regression) {
        result["rmse"] = number(bp::rootMeanSquaredError(h, data.targets));
        result["r_squared"] = number(bp::rSquared(h, data.targets));
        return result;
    }

    const std::vector<int> predicted = bp::predictedClasses(h);
    // A single logistic output still separates two classes.
    const int classes = std::max(
        {arch.outputSize(), arch.outputSize() == 1 ? 2 : 0, static_cast<int>(classNames.size())});
    const Eigen::MatrixXi confusion = bp::confusionMatrix(predicted, data.labels, classes);
    result["accuracy"] = number(bp::accuracy(predicted, data.labels));

    Json names = Json::array();
    for (int k = 0; k < classes; ++k) {
        const auto index = static_cast<std::size_t>(k);
        names.push_back(index < classNames.size() ? classNames[index] : std::to_string(k));
    }
    result["class_names"] = names;
    // Rows are the actual class, columns the predicted one.
    Json matrix = Json::array();
    for (Eigen::Index r = 0; r < confusion.rows(); ++r) {
        Json row = Json::array();
        for (Eigen::Index c = 0; c < confusion.cols(); ++c)
            row.push_back(confusion(r, c));
        matrix.push_back(row);
    }
    result["confusion_matrix"] = matrix;
    Json perClass = Json::array();
    const std::vector<bp::ClassMetrics> metrics = bp::perClassMetrics(confusion);
    for (std::size_t k = 0; k < metrics.size(); ++k) {
        Json entry;
        entry["class"] = names[k];
        entry["precision"] = number(metrics[k].precision);
        entry["recall"] = number(metrics[k].recall);
        entry["f1"] = number(metrics[k].f1);
        entry["support"] = metrics[k].support;
        perClass.push_back(entry);
    }
    result["per_class"] = perClass;
    return result;
}

} // namespace bpcli
