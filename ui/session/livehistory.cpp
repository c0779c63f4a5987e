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
    rows_.append(rows);
    emit appended(first);
}

void LiveHistory::startOver()
{
    emit aboutToStartOver();
    rows_.clear();
    ++resetCount_;
    emit reset();
}

void LiveHistory::restore(bp::TrainingHistory rows)
{
    rows_ = std::move(rows);
    ++resetCount_;
    emit reset();
}

} // namespace bpui
