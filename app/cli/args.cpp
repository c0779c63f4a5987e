#include "args.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace bpcli {

ArgParser::ArgParser(std::string command, std::string summary)
    : command_(std::move(command)), summary_(std::move(summary))
{
    addFlag("help", "Show this help and exit.");
}

void ArgParser::addOption(const std::string& name, const std::string& valueName,
                          const std::string& help)
{
    options_.push_back({name, valueName, help});
}

void ArgParser::addFlag(const std::string& name, const std::string& help)
{
    options_.push_back({name, "", help});
}

const ArgParser::Option* ArgParser::find(const std::string& name) const
{
    for (const Option& option : options_) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

void ArgParser::parse(const std::vector<std::string>& args)
{
    const std::string seeHelp = " (see 'backprop-cli " + command_ + " --help')";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg.size() == 2)
            throw UsageError("unexpected argument '" + arg + "'" + seeHelp);
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        const std::size_t eq = name.find('=');
        if (eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const Option* option = find(name);
        if (option == nullptr)
            throw UsageError("unknown option --" + name + " for '" + command_ + "'" + seeHelp);
        if (values_.count(name) != 0)
            throw UsageError("option --" + name + " given twice");
        if (option->valueName.empty()) {
            if (inlineValue)
                throw UsageError("option --" + name + " takes no value");
            values_[name] = "";
        } else if (inlineValue) {
            values_[name] = *inlineValue;
        } else {
            if (i + 1 >= args.size())
                throw UsageError("option --" + name + " needs a value: --" + name + " " +
                                 option->valueName);
            values_[name] = args[++i];
        }
    }
}

bool ArgParser::has(const std::string& name) const
{
    return values_.count(name) != 0;
}

std::optional<std::string> ArgParser::value(const std::string& name) const
{
    const auto it = values_.find(name);
    if (it == values_.end())
        return std::nullopt;
    return it->second;
}

std::string ArgParser::text(const std::string& name, const std::string& fallback) const
{
    return value(name).value_or(fallback);
}

std::string ArgParser::required(const std::string& name) const
{
    const std::optional<std::string> v = value(name);
    if (!v || v->empty()) {
        const Option* option = find(name);
        throw UsageError("'" + command_ + "' needs --" + name + " " +
                         (option ? option->valueName : std::string("VALUE")));
    }
    return *v;
}

long long ArgParser::integer(const std::string& name, long long fallback, long long min,
                             long long max) const
{
    const std::optional<std::string> v = value(name);
    if (!v)
        return fallback;
    const std::optional<long long> n = parseInteger(*v);
    if (!n || *n < min || *n > max)
        throw UsageError("--" + name + ": expected an integer in " + std::to_string(min) + ".." +
                         std::to_string(max) + ", found '" + *v + "'");
    return *n;
}

double ArgParser::number(const std::string& name, double fallback, double min, double max) const
{
    const std::optional<std::string> v = value(name);
    if (!v)
        return fallback;
    const std::optional<double> x = parseNumber(*v);
    if (!x || *x < min || *x > max) {
        std::ostringstream range;
        range << min << " to " << max;
        throw UsageError("--" + name + ": expected a number from " + range.str() + ", found '" +
                         *v + "'");
    }
    return *x;
}

std::string ArgParser::help() const
{
    std::ostringstream out;
    out << "Usage: backprop-cli " << command_ << " [OPTIONS]\n\n" << summary_ << "\n\nOptions:\n";
    for (const Option& option : options_) {
        std::string left = "  --" + option.name;
        if (!option.valueName.empty())
            left += " " + option.valueName;
        // Long option names push their help onto the next line rather than misalign it.
        constexpr std::size_t column = 28;
        if (left.size() + 2 > column)
            out << left << "\n" << std::string(column, ' ');
        else
            out << left << std::string(column - left.size(), ' ');
        // Continuation lines of multi-line help stay in the help column.
        std::string help = option.help;
        for (std::size_t at = help.find('\n'); at != std::string::npos;
             at = help.find('\n', at + column + 1))
            help.insert(at + 1, std::string(column, ' '));
        out << help << "\n";
    }
    if (!epilog_.empty())
        out << "\n" << epilog_ << "\n";
    return out.str();
}

std::optional<long long> parseInteger(const std::string& text)
{
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front())))
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || end != text.c_str() + text.size())
        return std::nullopt;
    return n;
}

std::optional<double> parseNumber(const std::string& text)
{
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front())))
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const double x = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size() || !std::isfinite(x))
        return std::nullopt;
    return x;
}

std::vector<int> parseIntList(const std::string& text, const std::string& option, int min, int max)
{
    std::vector<int> values;
    if (text.empty() || text == "none")
        return values;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        const std::optional<long long> n = parseInteger(item);
        if (!n || *n < min || *n > max)
            throw UsageError("--" + option + ": expected comma-separated integers in " +
                             std::to_string(min) + ".." + std::to_string(max) + ", found '" + item +
                             "' in '" + text + "'");
        values.push_back(static_cast<int>(*n));
    }
    if (text.back() == ',')
        throw UsageError("--" + option + ": trailing comma in '" + text + "'");
    return values;
}

} // namespace bpcli
