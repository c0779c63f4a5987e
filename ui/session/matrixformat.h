#pragma once
// Vectors and matrices as HTML for the teaching views. Large ones are elided (the first
// rows / columns, "⋯" / "⋮", then the last one) and always say their full shape, so a
// 128 × 785 Θ reads "128 × 785 matrix (showing 6 × 6)" rather than flooding the view.

#include "types.h"

#include <QString>

#include <vector>

namespace bpui {

struct MatrixFormatOptions
{
    int maxRows = 6;              // matrices: rows shown, including the last one
    int maxColumns = 6;           // matrices: columns shown, including the last one
    int maxVector = 8;            // column vectors (drawn transposed, as one row): entries shown
    bool tintFirstColumn = false; // e.g. Θ's bias column
    bool tintFirstRow = false;    // e.g. the bias entry 1 of [1; a]
};

/// Four significant-looking decimals for ordinary values, scientific notation for very small
/// or large ones (a gradient of 3e-06 must not read 0.0000). Minus sign is U+2212.
QString formatNumber(double value);

/// "5 × 4".
QString shapeText(bp::Index rows, bp::Index columns);

/// The indices shown out of count when at most maxShown fit: the first maxShown − 1 and the
/// last one, with −1 where the ellipsis goes. All of them when they fit.
std::vector<bp::Index> shownIndices(bp::Index count, int maxShown);

/// "5 × 4 matrix", "16 × 1 vector", "128 × 785 matrix (showing 6 × 6)",
/// "100 × 1 vector (showing 12)".
QString shapeCaption(const bp::Matrix& value, const MatrixFormatOptions& options = {});

/// An HTML table of the (elided) values; column vectors are drawn as one row marked ᵀ.
QString matrixHtml(const bp::Matrix& value, const MatrixFormatOptions& options = {});

/// Plain text, one row per line, elided like matrixHtml (tooltips, logs, tests).
QString matrixPlainText(const bp::Matrix& value, const MatrixFormatOptions& options = {});

} // namespace bpui
