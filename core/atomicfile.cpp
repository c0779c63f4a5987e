#include "atomicfile.h"

#include "types.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace bp {

namespace {

/// Writes all of text to fd, reporting progress after each chunk; false with errno set on
/// a write error.
bool writeAll(int fd, const std::string& text, const SaveProgress& progress)
{
    // Chunks let a progress bar move and let a test interrupt the save part-way.
    constexpr std::size_t kChunk = 64 * 1024;
    std::size_t written = 0;
    while (written < text.size()) {
        const std::size_t want = std::min(kChunk, text.size() - written);
        const ssize_t n = ::write(fd, text.data() + written, want);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += static_cast<std::size_t>(n);
        if (progress)
            progress(written, text.size());
    }
    return true;
}

/// Closes and removes the temporary file unless released (after the rename), so a failed
/// or interrupted save leaves nothing behind.
struct TempFile
{
    std::string path;
    int fd = -1;
    TempFile() = default;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

[[noreturn]] void fail(const std::string& path, const char* what)
{
    throw InputError(path, "", std::string(what) + ": " + std::strerror(errno));
}

} // namespace

void writeFileAtomically(const std::string& path, const std::string& contents,
                         const SaveProgress& progress)
{
    const std::filesystem::path target(path);
    const std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";

    std::random_device entropy;
    std::mt19937_64 random((static_cast<std::uint64_t>(entropy()) << 32) ^ entropy());
    TempFile temp;
    for (int attempt = 0; attempt < 16 && temp.fd < 0; ++attempt) {
        std::ostringstream name;
        name << path << ".tmp-" << std::hex << (random() & 0xffffffu);
        // O_EXCL: never write into a file another process created meanwhile.
        temp.fd = ::open(name.str().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (temp.fd >= 0)
            temp.path = name.str();
        else if (errno != EEXIST)
            break;
    }
    if (temp.fd < 0)
        fail(path, "cannot create a temporary file beside it");
    if (!writeAll(temp.fd, contents, progress))
        fail(path, "cannot write the file");
    // The data must be on disk before the rename makes it the file: otherwise a power cut
    // can leave a renamed but empty file.
    if (::fsync(temp.fd) != 0)
        fail(path, "cannot flush the file to disk");
    const int closed = ::close(temp.fd);
    temp.fd = -1;
    if (closed != 0)
        fail(path, "cannot write the file");
    if (::rename(temp.path.c_str(), path.c_str()) != 0)
        fail(path, "cannot replace the file");
    temp.path.clear();
    // Make the rename itself durable; failing here leaves a complete file, so ignore errors.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace bp
