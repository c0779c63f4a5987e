#include "session/livehistory.h"

#include <utility>

namespace bpui {

LiveHistory::LiveHistory(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("liveHistory"));
}

void LiveHistory::append(const std::vector<bp::IterationStats>& rows)
{
    if (rows.empty())
        return;
    const std::size_t first = rows_.size();
    rows_.insert(rows_.end(), rows.begin(), rows.end());
    emit appended(first);
}

void LiveHistory::startOver()
{
    emit aboutToStartOver();
    rows_.clear();
    ++resetCount_;
    emit reset();
}

void LiveHistory::restore(std::vector<bp::IterationStats> rows)
{
    rows_ = std::move(rows);
    ++resetCount_;
    emit reset();
}

} // namespace bpui
