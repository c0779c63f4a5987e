// libFuzzer harness: any bytes through the CSV parser give a Dataset or an InputError.
#include "csvloader.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (bp::TaskKind task : {bp::TaskKind::Classification, bp::TaskKind::Regression}) {
        bp::CsvOptions options;
        options.task = task;
        try {
            const bp::Dataset d = bp::parseCsv(text, "fuzz.csv", options);
            // A returned data set must be internally consistent.
            if (d.task() == bp::TaskKind::Classification &&
                static_cast<bp::Index>(d.labels.size()) != d.size())
                __builtin_trap();
            if (!d.features.allFinite())
                __builtin_trap();
        } catch (const bp::InputError&) {
        }
    }
    return 0;
}
