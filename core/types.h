#pragma once
// Shared vocabulary of the engine: matrix aliases, input errors, cancellation.

#include <Eigen/Dense>

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace bp {

using Index = Eigen::Index;
using Matrix = Eigen::MatrixXd; // column-major; examples run along columns (n × m)
using Vector = Eigen::VectorXd;
using MatrixMap = Eigen::Map<Eigen::MatrixXd>;
using ConstMatrixMap = Eigen::Map<const Eigen::MatrixXd>;

/// Bad user input (a file, a spec, an architecture): names where and what was expected.
/// what() reads "SOURCE: PLACE: MESSAGE" (PLACE omitted when empty), e.g.
/// "iris.csv: line 4, column 3: expected a number, found 'abc'".
class InputError : public std::runtime_error
{
public:
    InputError(std::string source, std::string place, std::string message);
    const std::string& source() const { return source_; }
    const std::string& place() const { return place_; }
    const std::string& message() const { return message_; }

private:
    std::string source_;
    std::string place_;
    std::string message_;
};

/// Thrown out of a long computation when its CancellationToken is set.
class Cancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "cancelled"; }
};

/// Set from any thread; checked between chunks, mini-batches and line-search steps.
class CancellationToken
{
public:
    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
    void reset() { cancelled_.store(false, std::memory_order_relaxed); }
    bool isCancelled() const
    {
        checks_.fetch_add(1, std::memory_order_relaxed);
        return cancelled_.load(std::memory_order_relaxed);
    }
    /// How often the token has been checked: a test that cancels and then counts the checks
    /// that follow measures how much work ran after the request (each check is a chunk, a
    /// mini-batch or a line-search step boundary).
    std::uint64_t checks() const { return checks_.load(std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::atomic<bool> cancelled_{false};
    mutable std::atomic<std::uint64_t> checks_{0};
};

inline void throwIfCancelled(const CancellationToken* token)
{
    if (token != nullptr)
        token->throwIfCancelled();
}

} // namespace bp
