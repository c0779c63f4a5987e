#include "idxloader.h"

#include "memorybudget.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace bp {

namespace {

constexpr std::uint32_t imagesMagic = 0x00000803; // unsigned bytes, 3 dimensions
constexpr std::uint32_t labelsMagic = 0x00000801; // unsigned bytes, 1 dimension
constexpr std::uint8_t unsignedByteType = 0x08;
// The feature matrix holds doubles: 8 bytes per pixel. Past this the load would thrash the
// machine; a clear refusal (and the max= hint) is better.
constexpr std::uint64_t maxFeatureBytes = std::uint64_t{4} << 30;
constexpr std::uint32_t maxImageSide = 4096;
// Big reads keep gzread in its fast path; cancellation is checked between them.
constexpr std::size_t chunkBytes = std::size_t{16} << 20;

std::string sourceNameOf(const std::string& path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

std::string hex32(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(value));
    return text;
}

/// Reads a plain or gzip file through zlib, which passes plain files through unchanged; the
/// gzip magic bytes (1f 8b), not the extension, decide which it is.
class ByteReader
{
public:
    explicit ByteReader(const std::string& path) : path_(path), source_(sourceNameOf(path))
    {
        std::error_code error;
        if (std::filesystem::is_directory(path, error))
            throw InputError(source_, "", "is a directory, not an IDX file");
        std::FILE* probe = std::fopen(path.c_str(), "rb");
        if (probe == nullptr)
            throw InputError(source_, "", std::string("cannot open file: ") + std::strerror(errno));
        std::array<unsigned char, 2> magic{0, 0};
        const std::size_t got = std::fread(magic.data(), 1, magic.size(), probe);
        std::fclose(probe);
        gzip_ = got == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file_ = gzopen(path.c_str(), "rb");
        if (file_ == nullptr)
            throw InputError(source_, "", std::string("cannot open file: ") + std::strerror(errno));
        gzbuffer(file_, 1u << 20);
    }
    ~ByteReader() { gzclose(file_); }
    ByteReader(const ByteReader&) = delete;
    ByteReader& operator=(const ByteReader&) = delete;

    const std::string& source() const { return source_; }
    bool isGzip() const { return gzip_; }

    /// Reads up to size bytes; fewer only at the end of the data. Corrupt gzip throws.
    std::size_t read(unsigned char* buffer, std::size_t size)
    {
        std::size_t total = 0;
        while (total < size) {
            const auto want =
                static_cast<unsigned>(std::min<std::size_t>(size - total, std::size_t{1} << 30));
            const int got = gzread(file_, buffer + total, want);
            if (got < 0)
                throwZlibError();
            if (got == 0)
                break;
            total += static_cast<std::size_t>(got);
        }
        if (total < size && gzip_) {
            // A gzip stream cut short reports Z_BUF_ERROR; say "truncated", not just "short".
            int code = Z_OK;
            const char* message = gzerror(file_, &code);
            if (code != Z_OK)
                throw InputError(source_, "",
                                 "corrupt or truncated gzip data (zlib: " + zlibMessage(message) +
                                     ")");
        }
        return total;
    }

private:
    [[noreturn]] void throwZlibError()
    {
        int code = Z_OK;
        const char* message = gzerror(file_, &code);
        throw InputError(source_, "", "corrupt gzip data (zlib: " + zlibMessage(message) + ")");
    }

    /// zlib prefixes its messages with the full path; the source name already says which file.
    std::string zlibMessage(const char* message) const
    {
        const std::string text = message != nullptr ? message : "unknown error";
        const std::string prefix = path_ + ": ";
        return text.compare(0, prefix.size(), prefix) == 0 ? text.substr(prefix.size()) : text;
    }

    std::string path_;
    std::string source_;
    gzFile file_ = nullptr;
    bool gzip_ = false;
};

std::string hex8(unsigned char value)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", static_cast<unsigned>(value));
    return text;
}

std::uint32_t bigEndian32(const unsigned char* bytes)
{
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

} // namespace

IdxContent idxContent(const std::string& path) noexcept
{
    try {
        ByteReader reader(path);
        std::array<unsigned char, 4> magic{};
        if (reader.read(magic.data(), magic.size()) < magic.size())
            return IdxContent::None;
        switch (bigEndian32(magic.data())) {
        case imagesMagic:
            return IdxContent::Images;
        case labelsMagic:
            return IdxContent::Labels;
        default:
            return IdxContent::None;
        }
    } catch (...) { // unreadable, a directory, corrupt gzip: not an IDX file we can use
        return IdxContent::None;
    }
}

namespace {

/// Reads and checks the magic number and the dimension sizes.
std::vector<std::uint32_t> readHeader(ByteReader& reader, std::uint32_t expectedMagic)
{
    const bool wantImages = expectedMagic == imagesMagic;
    const std::string kind = wantImages ? "images" : "labels";
    std::array<unsigned char, 4> magicBytes{};
    const std::size_t got = reader.read(magicBytes.data(), magicBytes.size());
    if (got == 0)
        throw InputError(reader.source(), "", "empty file");
    if (got < magicBytes.size())
        throw InputError(reader.source(), "", "truncated: too short for an IDX header");
    const std::uint32_t magic = bigEndian32(magicBytes.data());
    if (magic != expectedMagic) {
        const std::string expected =
            " (expected " + hex32(expectedMagic) + " for IDX " + kind + ")";
        if (magic == (wantImages ? labelsMagic : imagesMagic)) {
            throw InputError(reader.source(), "",
                             "this is an IDX " + std::string(wantImages ? "labels" : "images") +
                                 " file, magic " + hex32(magic) + expected +
                                 ": are the two files swapped?");
        }
        if (magicBytes[0] != 0 || magicBytes[1] != 0)
            throw InputError(reader.source(), "",
                             "not an IDX file: bad magic number " + hex32(magic) + expected);
        if (magicBytes[2] != unsignedByteType)
            throw InputError(reader.source(), "",
                             "unsupported IDX element type " + hex8(magicBytes[2]) +
                                 " (only unsigned bytes, 0x08, are supported)");
        throw InputError(reader.source(), "",
                         "expected " + std::to_string(expectedMagic & 0xff) + " dimension" +
                             (wantImages ? "s" : "") + " for IDX " + kind + ", found " +
                             std::to_string(magicBytes[3]));
    }
    const std::size_t count = expectedMagic & 0xff;
    std::vector<unsigned char> bytes(4 * count);
    if (reader.read(bytes.data(), bytes.size()) < bytes.size())
        throw InputError(reader.source(), "", "truncated: the IDX header is incomplete");
    std::vector<std::uint32_t> dims(count);
    for (std::size_t d = 0; d < count; ++d)
        dims[d] = bigEndian32(bytes.data() + 4 * d);
    return dims;
}

/// Reads exactly size bytes, growing the buffer only as data really arrives: a header that
/// claims a billion images in a small file fails at truncation, not at allocation. A caller
/// that has already checked size against the memory budget passes it as `checked`: the
/// buffer is then reserved once (only the pages written become resident) and never copied.
std::vector<unsigned char> readBody(ByteReader& reader, std::uint64_t size, const std::string& what,
                                    const CancellationToken* token, bool checked = false)
{
    std::vector<unsigned char> data;
    data.reserve(static_cast<std::size_t>(checked ? size : std::min<std::uint64_t>(size, chunkBytes)));
    if (checked)
        adviseHugePages(data.data(), data.capacity());
    while (data.size() < size) {
        const std::size_t offset = data.size();
        const std::size_t want = static_cast<std::size_t>(
            std::min<std::uint64_t>(size - offset, std::max(chunkBytes, offset)));
        data.resize(offset + want);
        const std::size_t got = reader.read(data.data() + offset, want);
        if (got < want) {
            throw InputError(reader.source(), "",
                             "truncated: expected " + what + " (" + std::to_string(size) +
                                 " bytes of data), found only " + std::to_string(offset + got) +
                                 " bytes");
        }
        throwIfCancelled(token);
    }
    return data;
}

} // namespace

Dataset loadIdx(const std::string& imagesPath, const std::string& labelsPath, Index maxExamples,
                const CancellationToken* token)
{
    ByteReader images(imagesPath);
    const std::vector<std::uint32_t> imageDims = readHeader(images, imagesMagic);
    const std::uint32_t imageCount = imageDims[0];
    const std::uint32_t height = imageDims[1];
    const std::uint32_t width = imageDims[2];
    if (imageCount == 0)
        throw InputError(images.source(), "", "the header says the file holds no images");
    if (height == 0 || width == 0 || height > maxImageSide || width > maxImageSide) {
        throw InputError(images.source(), "",
                         "image size " + std::to_string(height) + "x" + std::to_string(width) +
                             " is not plausible (expected 1 to " + std::to_string(maxImageSide) +
                             " pixels a side)");
    }

    const std::uint64_t take =
        maxExamples > 0
            ? std::min<std::uint64_t>(imageCount, static_cast<std::uint64_t>(maxExamples))
            : imageCount;
    const std::uint64_t pixels = std::uint64_t{height} * width;
    if (take * pixels * sizeof(double) > maxFeatureBytes) {
        throw InputError(images.source(), "",
                         std::to_string(take) + " images of " + std::to_string(height) + "x" +
                             std::to_string(width) + " need " +
                             std::to_string((take * pixels * sizeof(double)) >> 20) +
                             " MiB as doubles, over the " + std::to_string(maxFeatureBytes >> 30) +
                             " GiB limit: load fewer with a maximum (max=N)");
    }

    // The raw bytes and the doubles made from them are held together for a moment.
    checkDataMemory(images.source(), static_cast<double>(take * pixels) * (sizeof(double) + 1),
                    std::to_string(take) + " images of " + std::to_string(height) + "x" +
                        std::to_string(width));

    ByteReader labels(labelsPath);
    const std::uint32_t labelCount = readHeader(labels, labelsMagic)[0];
    if (labelCount != imageCount) {
        throw InputError(labels.source(), "",
                         "count mismatch: " + std::to_string(labelCount) + " labels for " +
                             std::to_string(imageCount) + " images in " + images.source());
    }

    const std::vector<unsigned char> pixelBytes = readBody(
        images, take * pixels,
        std::to_string(take) + " images of " + std::to_string(height) + "x" + std::to_string(width),
        token, /*checked=*/true); // checkDataMemory above
    // All labels, not just the kept ones: the class count should not depend on max=.
    const std::vector<unsigned char> labelBytes =
        readBody(labels, labelCount, std::to_string(labelCount) + " labels", token);

    const int classes = 1 + *std::max_element(labelBytes.begin(), labelBytes.end());
    if (classes < 2)
        throw InputError(labels.source(), "",
                         "every label is 0: classification needs at least 2 classes");

    Dataset data;
    data.name = std::filesystem::path(images.source()).stem().string();
    if (data.name.size() > 3 && std::filesystem::path(images.source()).extension() == ".gz")
        data.name = std::filesystem::path(data.name).stem().string();
    data.imageWidth = static_cast<int>(width);
    data.imageHeight = static_cast<int>(height);
    for (int k = 0; k < classes; ++k)
        data.classNames.push_back(std::to_string(k));
    data.labels.assign(labelBytes.begin(), labelBytes.begin() + static_cast<std::ptrdiff_t>(take));

    // IDX images are row-major and stored one after another: exactly the column-major n × m
    // layout (feature j = pixel (j % width, j / width)). A table gives the exact value / 255.
    std::array<double, 256> scaled{};
    for (std::size_t v = 0; v < scaled.size(); ++v)
        scaled[v] = static_cast<double>(v) / 255.0;
    data.features.resize(static_cast<Index>(pixels), static_cast<Index>(take));
    adviseHugePages(data.features.data(), static_cast<std::size_t>(data.features.size()) * sizeof(double));
    double* out = data.features.data();
    for (std::size_t k = 0; k < pixelBytes.size(); ++k)
        out[k] = scaled[pixelBytes[k]];
    return data;
}

} // namespace bp
