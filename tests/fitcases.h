#pragma once
// Networks that do and do not fit a data set, and the message bp::checkFits throws for each:
// one table for the core test (tst_fit), the CLI test and the window tests, so the trainer,
// the CLI and the studio are held to the same words.

#include "architecture.h"
#include "dataset.h"

#include <string>

namespace bpt {

struct FitCase
{
    const char* name;
    // The network: inputs → one hidden layer of 3 tanh units → outputs.
    int inputs;
    int outputs;
    bp::Activation output;
    // The data: features, and either classes (classification) or targets (regression).
    int features;
    int classes;
    int targets;
    const char* message; // empty: fits; otherwise the message, with place "architecture"
};

inline constexpr FitCase kFitCases[] = {
    {"fits", 4, 3, bp::Activation::Softmax, 4, 3, 0, ""},
    {"too few inputs", 3, 3, bp::Activation::Softmax, 4, 3, 0,
     "the input layer has 3 units but the data has 4 features"},
    {"too many inputs", 5, 3, bp::Activation::Softmax, 4, 3, 0,
     "the input layer has 5 units but the data has 4 features"},
    {"one input unit, one feature short", 1, 2, bp::Activation::Sigmoid, 2, 2, 0,
     "the input layer has 1 unit but the data has 2 features"},
    {"model on one-feature data", 2, 2, bp::Activation::Sigmoid, 1, 0, 1,
     "the input layer has 2 units but the data has 1 feature"},
    {"inputs checked before outputs", 3, 2, bp::Activation::Softmax, 4, 3, 0,
     "the input layer has 3 units but the data has 4 features"},
    {"wrong output count", 4, 2, bp::Activation::Softmax, 4, 3, 0,
     "the output layer has 2 units but the data needs 3 (3 classes)"},
    {"more outputs than classes", 2, 3, bp::Activation::Sigmoid, 2, 2, 0,
     "the output layer has 3 units but the data needs 2 (2 classes)"},
    {"regression output", 2, 1, bp::Activation::Linear, 2, 0, 1, ""},
    {"regression, two targets", 2, 2, bp::Activation::Linear, 2, 0, 2, ""},
    {"regression, one output for two targets", 2, 1, bp::Activation::Linear, 2, 0, 2,
     "the output layer has 1 unit but the data needs 2 (2 targets)"},
    {"classification model on regression data", 2, 2, bp::Activation::Sigmoid, 2, 0, 1,
     "the output layer has 2 units but the data needs 1 (1 target)"},
    {"binary sigmoid output", 2, 1, bp::Activation::Sigmoid, 2, 2, 0, ""},
    {"binary, one sigmoid unit per class", 2, 2, bp::Activation::Sigmoid, 2, 2, 0, ""},
    {"binary linear output", 2, 1, bp::Activation::Linear, 2, 2, 0, ""},
    {"binary softmax needs two units", 2, 1, bp::Activation::Softmax, 2, 2, 0,
     "the output layer has 1 unit but the data needs 2 (2 classes)"},
    {"one sigmoid unit for three classes", 2, 1, bp::Activation::Sigmoid, 2, 3, 0,
     "the output layer has 1 unit but the data needs 3 (3 classes)"},
};

/// The case called name (a test's typo fails loudly: an empty case fits nothing).
inline const FitCase& fitCase(const std::string& name)
{
    for (const FitCase& c : kFitCases) {
        if (name == c.name)
            return c;
    }
    static const FitCase missing{"<no such case>", 0, 0, bp::Activation::Linear, 0, 0, 0,
                                 "<no such case>"};
    return missing;
}

inline bp::Architecture fitCaseArchitecture(const FitCase& c)
{
    return bp::Architecture::make(c.inputs, {3}, bp::Activation::Tanh, c.outputs, c.output);
}

/// Six examples of the described data (all zeros: only the shape matters).
inline bp::Dataset fitCaseData(const FitCase& c)
{
    constexpr bp::Index m = 6;
    bp::Dataset data;
    data.name = c.name;
    data.features = bp::Matrix::Zero(c.features, m);
    if (c.targets > 0) {
        data.targets = bp::Matrix::Zero(c.targets, m);
        return data;
    }
    for (int k = 0; k < c.classes; ++k)
        data.classNames.push_back("class " + std::to_string(k));
    for (bp::Index i = 0; i < m; ++i)
        data.labels.push_back(static_cast<int>(i % c.classes));
    return data;
}

} // namespace bpt
