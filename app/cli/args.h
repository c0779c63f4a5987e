#pragma once
// A small command-line parser: `--name VALUE`, `--name=VALUE` and `--flag`, strict number
// parsing, and help text generated from the declared options.

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace bpcli {

/// Bad usage: an unknown option, a missing or malformed value. Exit code 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class ArgParser
{
public:
    /// command: e.g. "train"; summary: one line for the help text.
    ArgParser(std::string command, std::string summary);

    /// An option taking a value; valueName is shown in the help ("--lr RATE").
    void addOption(const std::string& name, const std::string& valueName, const std::string& help);
    void addFlag(const std::string& name, const std::string& help);
    /// Free text printed after the option list (defaults, examples).
    void setEpilog(std::string text) { epilog_ = std::move(text); }

    /// Throws UsageError. "--help" is always accepted and reported by helpRequested().
    void parse(const std::vector<std::string>& args);

    bool helpRequested() const { return has("help"); }
    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::string text(const std::string& name, const std::string& fallback) const;
    /// The value, or UsageError naming the option when it is missing.
    std::string required(const std::string& name) const;
    long long integer(const std::string& name, long long fallback, long long min,
                      long long max) const;
    double number(const std::string& name, double fallback, double min, double max) const;

    std::string help() const;
    const std::string& command() const { return command_; }

private:
    struct Option
    {
        std::string name;
        std::string valueName; // empty for a flag
        std::string help;
    };
    const Option* find(const std::string& name) const;

    std::string command_;
    std::string summary_;
    std::string epilog_;
    std::vector<Option> options_;
    std::map<std::string, std::string> values_;
};

/// Strict conversions for option values: the whole text must be a number.
std::optional<long long> parseInteger(const std::string& text);
std::optional<double> parseNumber(const std::string& text);
/// "8,8" → {8, 8}; "none" or "" → {}. Throws UsageError naming option.
std::vector<int> parseIntList(const std::string& text, const std::string& option, int min, int max);

} // namespace bpcli
