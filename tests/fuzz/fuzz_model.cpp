// libFuzzer harness: any bytes as a model file give a Model or an InputError.
#include "modelfile.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const bp::Model model = bp::modelFromJson(text, "fuzz.json");
        if (model.network.parameters().size() != model.network.architecture().parameterCount())
            __builtin_trap();
        if (!model.network.parameters().allFinite())
            __builtin_trap();
        // A model that loads must also save and load again to the same parameters.
        const bp::Model again = bp::modelFromJson(bp::modelToJson(model), "again.json");
        if (again.network.parameters() != model.network.parameters())
            __builtin_trap();
    } catch (const bp::InputError&) {
    }
    return 0;
}
