#include "BadgeDelegate.h"

#include "ChangeListModel.h"
#include "Domain.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace vigilo::ui {

namespace {
constexpr int kHPadding = 8;
constexpr int kVMargin = 4;
constexpr int kHMargin = 6;

BadgeDelegate::Colors pair(const char *bg, const char *fg)
{
    return {QColor(QLatin1String(bg)), QColor(QLatin1String(fg))};
}
} // namespace

BadgeDelegate::BadgeDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{}

BadgeDelegate::Colors BadgeDelegate::colorsFor(Kind kind, int raw)
{
    if (kind == Kind::Risk) {
        switch (raw) {
        case int(RiskLevel::Low): return pair("#dcfce7", "#166534");
        case int(RiskLevel::Medium): return pair("#fef3c7", "#92400e");
        case int(RiskLevel::High): return pair("#fee2e2", "#991b1b");
        default: return pair("#f1f5f9", "#64748b");
        }
    }
    switch (ChangeStatus(raw)) {
    case ChangeStatus::Draft: return pair("#f1f5f9", "#475569");
    case ChangeStatus::Review: return pair("#fef3c7", "#92400e");
    case ChangeStatus::Approved: return pair("#dbeafe", "#1e40af");
    case ChangeStatus::Scheduled: return pair("#e0e7ff", "#3730a3");
    case ChangeStatus::InProgress: return pair("#cffafe", "#155e75");
    case ChangeStatus::Completed: return pair("#dcfce7", "#166534");
    case ChangeStatus::RolledBack: return pair("#fee2e2", "#991b1b");
    case ChangeStatus::Rejected: return pair("#ffe4e6", "#9f1239");
    case ChangeStatus::Cancelled: return pair("#e5e7eb", "#4b5563");
    }
    return pair("#f1f5f9", "#475569");
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    bool ok = false;
    const int raw = index.data(ChangeListModel::SortRole).toInt(&ok);
    // An overrunning change (the core's flag) is drawn as a warning, whatever its status colour.
    const bool overrunning =
        m_kind == Kind::Status && index.data(ChangeListModel::OverrunningRole).toBool();
    const Colors colors =
        overrunning ? pair("#fee2e2", "#991b1b") : colorsFor(m_kind, ok ? raw : -1);

    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font, opt.widget);
    const int room = opt.rect.width() - 2 * kHMargin - 2 * kHPadding;
    const QString shown = fm.elidedText(text, Qt::ElideRight, room);
    const int height = qMin(fm.height() + 4, opt.rect.height() - 2 * kVMargin);
    // +2: advances are rounded; never clip a label that fits.
    const int width =
        qMin(fm.horizontalAdvance(shown) + 2 * kHPadding + 2, opt.rect.width() - 2 * kHMargin);
    const QRect pill(opt.rect.left() + kHMargin, opt.rect.center().y() - height / 2 + 1, width,
                     height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, colors.background);
    painter->setPen(colors.text);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    size.setWidth(fm.horizontalAdvance(index.data().toString()) + 2 * (kHPadding + kHMargin) + 2);
    return size;
}

} // namespace vigilo::ui
