// libFuzzer harness: the input is cut in two at a position given by its first two bytes, the parts
// written as an images file and a labels file (plain or gzip, as the bytes say), and loaded.
#include "idxloader.h"

#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace {

std::string writeTemp(const char* tag, const std::uint8_t* data, std::size_t size)
{
    static const std::string dir = [] {
        char pattern[] = "/tmp/bps-fuzz-idx-XXXXXX";
        const char* made = mkdtemp(pattern);
        return std::string(made != nullptr ? made : "/tmp");
    }();
    const std::string path = dir + "/" + tag;
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        if (size > 0)
            std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::size_t rest = size - 2;
    const std::size_t cut = std::min<std::size_t>(rest, (std::size_t(data[0]) << 8) | data[1]);
    const std::string images = writeTemp("images", data + 2, cut);
    const std::string labels = writeTemp("labels", data + 2 + cut, rest - cut);
    try {
        const bp::Dataset d = bp::loadIdx(images, labels, 0);
        if (static_cast<bp::Index>(d.labels.size()) != d.size())
            __builtin_trap();
        if (d.featureCount() != static_cast<bp::Index>(d.imageWidth) * d.imageHeight)
            __builtin_trap();
    } catch (const bp::InputError&) {
    }
    return 0;
}
