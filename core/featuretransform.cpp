#include "featuretransform.h"

#include "dataset.h"

#include <cassert>
#include <cmath>

namespace bp {

namespace {

struct FeatureTransformInfo
{
    Feature feature;
    std::string_view key;   // files
    std::string_view label; // display, UTF-8
};

// In the fixed order of the input units.
constexpr FeatureTransformInfo kFeatureTransformInfo[kFeatureCount] = {
    {Feature::X1, "x1", "x₁"},
    {Feature::X2, "x2", "x₂"},
    {Feature::X1Squared, "x1^2", "x₁²"},
    {Feature::X2Squared, "x2^2", "x₂²"},
    {Feature::X1TimesX2, "x1*x2", "x₁·x₂"},
    {Feature::SinX1, "sin(x1)", "sin x₁"},
    {Feature::SinX2, "sin(x2)", "sin x₂"},
};

const FeatureTransformInfo& featureTransformInfo(Feature feature)
{
    const auto i = static_cast<std::size_t>(feature);
    assert(i < std::size(kFeatureTransformInfo) && "not a Feature");
    return kFeatureTransformInfo[i];
}

std::string joinedFeatureKeys(const std::vector<std::string>& keys)
{
    std::string text;
    for (const std::string& key : keys)
        text += (text.empty() ? "" : ", ") + key;
    return text;
}

} // namespace

const std::array<Feature, kFeatureCount>& allFeatures()
{
    static const std::array<Feature, kFeatureCount> all = {
        Feature::X1,        Feature::X2,    Feature::X1Squared, Feature::X2Squared,
        Feature::X1TimesX2, Feature::SinX1, Feature::SinX2};
    return all;
}

std::string_view featureKey(Feature feature)
{
    return featureTransformInfo(feature).key;
}

std::string_view featureLabel(Feature feature)
{
    return featureTransformInfo(feature).label;
}

std::optional<Feature> featureFromKey(std::string_view key)
{
    for (const FeatureTransformInfo& info : kFeatureTransformInfo)
        if (info.key == key)
            return info.feature;
    return std::nullopt;
}

std::string featureKeyList()
{
    std::string text;
    for (const FeatureTransformInfo& info : kFeatureTransformInfo)
        text += (text.empty() ? "" : ", ") + std::string(info.key);
    return text;
}

FeatureSet::FeatureSet(std::initializer_list<Feature> features) : bits_(0)
{
    for (Feature f : features)
        set(f);
}

FeatureSet FeatureSet::empty()
{
    FeatureSet none;
    none.bits_ = 0;
    return none;
}

void FeatureSet::set(Feature feature, bool on)
{
    if (on)
        bits_ = static_cast<std::uint8_t>(bits_ | bit(feature));
    else
        bits_ = static_cast<std::uint8_t>(bits_ & ~bit(feature));
}

int FeatureSet::inputCount() const
{
    int count = 0;
    for (Feature f : allFeatures())
        count += has(f) ? 1 : 0;
    return count;
}

std::vector<Feature> FeatureSet::features() const
{
    std::vector<Feature> out;
    for (Feature f : allFeatures())
        if (has(f))
            out.push_back(f);
    return out;
}

std::vector<std::string> FeatureSet::keys() const
{
    std::vector<std::string> out;
    for (Feature f : features())
        out.emplace_back(featureKey(f));
    return out;
}

std::vector<std::string> FeatureSet::labels() const
{
    std::vector<std::string> out;
    for (Feature f : features())
        out.emplace_back(featureLabel(f));
    return out;
}

void FeatureSet::validate(const std::string& source, const std::string& place) const
{
    if (isEmpty())
        throw InputError(source, place,
                         "tick at least one input feature (" + featureKeyList() + ")");
}

Matrix FeatureSet::apply(const Matrix& raw, const std::string& source) const
{
    if (isIdentity())
        return raw;
    validate(source);
    if (raw.rows() != kRawFeatureCount)
        throw InputError(source, "",
                         "the input features " + joinedFeatureKeys(keys()) +
                             " are computed from 2-D data (x1, x2), but the data has " +
                             std::to_string(raw.rows()) +
                             (raw.rows() == 1 ? " feature" : " features"));

    const Index m = raw.cols();
    Matrix out(inputCount(), m);
    Index row = 0;
    for (Feature f : features()) {
        // Written element by element so each value is exactly one IEEE operation on the raw
        // doubles (x₁² is x₁·x₁, not pow): the ONNX graph and the PyTorch script compute the
        // same products, and tests can compare with ==.
        for (Index i = 0; i < m; ++i) {
            const double x1 = raw(0, i);
            const double x2 = raw(1, i);
            double value = 0.0;
            switch (f) {
            case Feature::X1:
                value = x1;
                break;
            case Feature::X2:
                value = x2;
                break;
            case Feature::X1Squared:
                value = x1 * x1;
                break;
            case Feature::X2Squared:
                value = x2 * x2;
                break;
            case Feature::X1TimesX2:
                value = x1 * x2;
                break;
            case Feature::SinX1:
                value = std::sin(x1);
                break;
            case Feature::SinX2:
                value = std::sin(x2);
                break;
            }
            out(row, i) = value;
        }
        ++row;
    }
    return out;
}

FeatureSet featureSetFromKeys(const std::vector<std::string>& keys, const std::string& source,
                              const std::string& path)
{
    if (keys.empty())
        throw InputError(source, path,
                         "expected at least one feature name (" + featureKeyList() + ")");
    FeatureSet features = FeatureSet::empty();
    std::optional<Feature> previous;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        const std::optional<Feature> feature = featureFromKey(keys[i]);
        if (!feature)
            throw InputError(source, at,
                             "expected a feature (" + featureKeyList() + "), found '" + keys[i] +
                                 "'");
        if (previous && *feature <= *previous)
            throw InputError(source, at,
                             "expected the features in the order " + featureKeyList() +
                                 ", each at most once; found '" + keys[i] + "' after '" +
                                 std::string(featureKey(*previous)) + "'");
        features.set(*feature);
        previous = feature;
    }
    return features;
}

Dataset transformDataset(const FeatureSet& features, const Dataset& data, const std::string& source)
{
    if (features.isIdentity())
        return data;
    Dataset out;
    out.name = data.name;
    out.features = features.apply(data.features, source);
    out.labels = data.labels;
    out.targets = data.targets;
    out.featureNames = features.labels();
    out.classNames = data.classNames;
    return out; // computed features are not pixels: no image shape
}

} // namespace bp
