#include "session/matrixformat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace bpui {

namespace {

const QString kMatrixMinus = QStringLiteral("\u2212");
const QString kHEllipsis = QStringLiteral("\u22ef"); // ⋯
const QString kVEllipsis = QStringLiteral("\u22ee"); // ⋮
const QString kTimes = QStringLiteral(" \u00d7 ");

bool isVector(const bp::Matrix& value)
{
    return value.cols() == 1 && value.rows() > 1;
}

// Sign colours the numbers (blue positive, red negative, as the diagram's links), so the
// eye finds where a δ or a gradient changes sign without reading every digit.
QString cellHtml(double v, bool tinted)
{
    const char* colour = v > 0 ? "#1f4e9c" : (v < 0 ? "#b0302a" : "#555555");
    QString cell = QStringLiteral("<td nowrap align=\"right\" "
                                  "style=\"padding: 1px 6px; color: %1;%2\">")
                       .arg(QLatin1String(colour),
                            tinted ? QStringLiteral(" background-color: #ece6d6;") : QString());
    return cell + formatNumber(v).toHtmlEscaped() + QStringLiteral("</td>");
}

QString ellipsisCell(const QString& symbol)
{
    return QStringLiteral("<td align=\"center\" style=\"padding: 1px 6px; color: #777777;\">") +
           symbol + QStringLiteral("</td>");
}

} // namespace

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("\u221e") : kMatrixMinus + QStringLiteral("\u221e");
    const double magnitude = std::abs(value);
    QString text;
    if (magnitude == 0.0)
        text = QStringLiteral("0");
    else if (magnitude >= 1e-3 && magnitude < 1e4)
        text = QString::number(magnitude, 'f', 4);
    else
        text = QString::number(magnitude, 'e', 2);
    return value < 0 ? kMatrixMinus + text : text;
}

QString shapeText(bp::Index rows, bp::Index columns)
{
    return QString::number(rows) + kTimes + QString::number(columns);
}

std::vector<bp::Index> shownIndices(bp::Index count, int maxShown)
{
    std::vector<bp::Index> shown;
    if (count <= maxShown || maxShown < 2) {
        for (bp::Index i = 0; i < count; ++i)
            shown.push_back(i);
        return shown;
    }
    for (bp::Index i = 0; i < maxShown - 1; ++i)
        shown.push_back(i);
    shown.push_back(-1);
    shown.push_back(count - 1);
    return shown;
}

QString shapeCaption(const bp::Matrix& value, const MatrixFormatOptions& options)
{
    const QString shape = shapeText(value.rows(), value.cols());
    if (isVector(value)) {
        QString caption = shape + QStringLiteral(" vector");
        if (value.rows() > options.maxVector)
            caption += QStringLiteral(" (showing %1)").arg(options.maxVector);
        return caption;
    }
    const bp::Index shownRows = std::min<bp::Index>(value.rows(), options.maxRows);
    const bp::Index shownCols = std::min<bp::Index>(value.cols(), options.maxColumns);
    QString caption = shape + QStringLiteral(" matrix");
    if (shownRows < value.rows() || shownCols < value.cols())
        caption +=
            QStringLiteral(" (showing ") + shapeText(shownRows, shownCols) + QLatin1Char(')');
    return caption;
}

QString matrixHtml(const bp::Matrix& value, const MatrixFormatOptions& options)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" style=\"border-left: 1px solid #888; "
                                  "border-right: 1px solid #888;\">");
    if (isVector(value)) {
        html += QStringLiteral("<tr>");
        for (bp::Index i : shownIndices(value.rows(), options.maxVector))
            html += i < 0 ? ellipsisCell(kHEllipsis)
                          : cellHtml(value(i, 0), options.tintFirstRow && i == 0);
        html += QStringLiteral("<td style=\"padding-left: 4px;\"><sup>T</sup></td></tr>");
        return html + QStringLiteral("</table>");
    }
    const std::vector<bp::Index> rows = shownIndices(value.rows(), options.maxRows);
    const std::vector<bp::Index> cols = shownIndices(value.cols(), options.maxColumns);
    for (bp::Index r : rows) {
        html += QStringLiteral("<tr>");
        for (bp::Index c : cols) {
            if (r < 0)
                html += ellipsisCell(c < 0 ? QStringLiteral("\u22f1") : kVEllipsis);
            else if (c < 0)
                html += ellipsisCell(kHEllipsis);
            else
                html += cellHtml(value(r, c), (options.tintFirstColumn && c == 0) ||
                                                  (options.tintFirstRow && r == 0));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString matrixPlainText(const bp::Matrix& value, const MatrixFormatOptions& options)
{
    QStringList lines;
    if (isVector(value)) {
        QStringList cells;
        for (bp::Index i : shownIndices(value.rows(), options.maxVector))
            cells << (i < 0 ? kHEllipsis : formatNumber(value(i, 0)));
        return QStringLiteral("[") + cells.join(QLatin1Char(' ')) + QStringLiteral("]ᵀ");
    }
    const std::vector<bp::Index> cols = shownIndices(value.cols(), options.maxColumns);
    for (bp::Index r : shownIndices(value.rows(), options.maxRows)) {
        QStringList cells;
        for (bp::Index c : cols) {
            if (r < 0)
                cells << (c < 0 ? QStringLiteral("\u22f1") : kVEllipsis);
            else
                cells << (c < 0 ? kHEllipsis : formatNumber(value(r, c)));
        }
        lines << cells.join(QLatin1Char(' '));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace bpui
