// libFuzzer harness: any bytes as a project file give a Project or an InputError, and a
// project that loads saves and loads again to the same weights and history length.
#include "projectfile.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace {

bool bitEqual(const bp::Vector& a, const bp::Vector& b)
{
    return a.size() == b.size() &&
           (a.size() == 0 || std::memcmp(a.data(), b.data(),
                                         sizeof(double) * static_cast<std::size_t>(a.size())) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    bp::Project project;
    try {
        project = bp::projectFromJson(text, "fuzz.bpstudio", "/projects/fuzz");
    } catch (const bp::InputError&) {
        return 0;
    }
    const bp::Index count = project.architecture.parameterCount();
    if (project.weights.size() != 0 &&
        (project.weights.size() != count || !project.weights.allFinite()))
        __builtin_trap();
    // What loads must save (nothing in it is unwritable) and read back the same.
    const std::string again = bp::projectToJson(project, "/projects/fuzz");
    const bp::Project reread = bp::projectFromJson(again, "again.bpstudio", "/projects/fuzz");
    if (!bitEqual(reread.weights, project.weights) || reread.runs.size() != project.runs.size())
        __builtin_trap();
    for (std::size_t i = 0; i < project.runs.size(); ++i) {
        if (reread.runs[i].history.size() != project.runs[i].history.size() ||
            !bitEqual(reread.runs[i].finalWeights, project.runs[i].finalWeights) ||
            reread.runs[i].timeline.size() != project.runs[i].timeline.size())
            __builtin_trap();
    }
    if (reread.data.path != project.data.path || reread.data.labelsPath != project.data.labelsPath)
        __builtin_trap();
    if (bp::projectToJson(reread, "/projects/fuzz") != again)
        __builtin_trap();
    return 0;
}
