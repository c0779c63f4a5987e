#include "session/continuoushistory.h"

#include <algorithm>
#include <vector>

namespace bpui {

bp::TrainingHistory continuousHistory(const bp::TrainingHistory& rows)
{
    const auto startsAgain = [](long eval, double seconds, long iteration, long prevEval,
                                double prevSeconds) {
        return prevEval >= 0 && (eval <= prevEval || seconds < prevSeconds) && iteration > 0;
    };
    // The controller's rows are continuous already: then the columns are copied as they are.
    using Field = bp::TrainingHistory::Field;
    constexpr std::size_t kBlock = 1024;
    std::vector<double> eval(kBlock), seconds(kBlock), iteration(kBlock);
    bool drops = false;
    long prevEval = -1;
    double prevSeconds = -1.0;
    for (std::size_t block = 0; block < rows.size() && !drops; block += kBlock) {
        const std::size_t n = std::min(kBlock, rows.size() - block);
        rows.read(Field::Evaluations, block, block + n, eval.data());
        rows.read(Field::ElapsedSeconds, block, block + n, seconds.data());
        rows.read(Field::Iteration, block, block + n, iteration.data());
        for (std::size_t j = 0; j < n && !drops; ++j) {
            const auto e = static_cast<long>(eval[j]);
            drops =
                startsAgain(e, seconds[j], static_cast<long>(iteration[j]), prevEval, prevSeconds);
            prevEval = e;
            prevSeconds = seconds[j];
        }
    }
    if (!drops)
        return rows;
    bp::TrainingHistory out;
    long evalOffset = 0;
    double secondsOffset = 0.0;
    prevEval = -1;
    prevSeconds = -1.0;
    for (bp::IterationStats row : rows) {
        const long e = row.evaluations;
        const double s = row.elapsedSeconds;
        if (startsAgain(e, s, row.iteration, prevEval, prevSeconds)) {
            evalOffset += prevEval;
            secondsOffset += prevSeconds;
        }
        prevEval = e;
        prevSeconds = s;
        row.evaluations = e + evalOffset;
        row.elapsedSeconds = s + secondsOffset;
        out.push_back(row);
    }
    return out;
}

} // namespace bpui
