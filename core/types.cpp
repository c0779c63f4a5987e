#include "types.h"

#include <utility>

namespace bp {

namespace {

std::string composeWhat(const std::string& source, const std::string& place,
                        const std::string& message)
{
    // One readable line for logs and message boxes; the parts stay available separately.
    std::string text = source;
    if (!place.empty())
        text += ": " + place;
    text += ": " + message;
    return text;
}

} // namespace

InputError::InputError(std::string source, std::string place, std::string message)
    : std::runtime_error(composeWhat(source, place, message)), source_(std::move(source)),
      place_(std::move(place)), message_(std::move(message))
{
}

} // namespace bp
