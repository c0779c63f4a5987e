#pragma once
// The project file reader's class, shared by its two source files: projectreader.cpp (the
// model, settings, data and runs) and projectreaderdiagnosis.cpp (the saved curves and the
// gradient-health history). Internal to core: use projectFromJson (projectfile.h).

#include "projectfile.h"

#include "jsonreader.h"

#include <filesystem>
#include <string>

namespace bp::projectio {

using Json = nlohmann::json;

inline const auto member = jsonMember;

/// Reads one project document, naming every problem by its key path.
class ProjectReader : public JsonReader
{
public:
    ProjectReader(std::string source, std::string projectDir)
        : JsonReader(std::move(source)), projectDir_(std::move(projectDir))
    {
    }

    Project read(const Json& root) const;

private:
    std::string dataPath(const Json& value, const std::string& path) const
    {
        const std::string stored = string(value, path);
        if (stored.empty())
            fail(path, "expected a file name");
        const std::filesystem::path p(stored);
        if (p.is_absolute() || projectDir_.empty())
            return p.lexically_normal().string();
        return (std::filesystem::path(projectDir_) / p).lexically_normal().string();
    }

    Architecture architecture(const Json& value, const std::string& path) const;
    TrainingConfig training(const Json& value, const std::string& path) const;
    void initialization(const Json& value, const std::string& path, InitKind& kind,
                        std::uint64_t& seed) const;
    ProjectDataSource data(const Json& value) const;
    Dataset points(const Json& value) const;
    Matrix table(const Json& value, const std::string& path) const;
    FeatureSet featureSet(const Json& value, int inputs) const;
    Vector weights(const Json& value, const std::string& path, const Architecture& arch) const;
    std::vector<IterationStats> history(const Json& value, const std::string& path) const;
    /// A columnar table: value[names[c]] for each c into columns[c], each an array (`kind`
    /// names it in the error) with as many entries as the first. Returns that count.
    std::size_t columns(const Json& value, const std::string& path, const char* const* names,
                        std::size_t count, const char* kind, const Json** columns) const;
    ProjectRun run(const Json& value, const std::string& path, const Architecture& fallback) const;
    ProjectCurve curve(const Json& value, const std::string& path) const;
    CurvePoint curvePoint(const Json& value, const std::string& path) const;
    ProjectGradientHistory gradientHistory(const Json& value, const std::string& path) const;

    std::string projectDir_;
};

} // namespace bp::projectio
