#pragma once
// Paints a status or risk cell as a small coloured pill, so the list can be scanned at a glance.

#include <QColor>
#include <QStyledItemDelegate>

namespace vigilo::ui {

class BadgeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { Status, Risk };

    explicit BadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Colors {
        QColor background;
        QColor text;
    };
    // The colours of a raw value (ChangeStatus or RiskLevel as int; -1: no risk yet).
    static Colors colorsFor(Kind kind, int rawValue);

private:
    Kind m_kind;
};

} // namespace vigilo::ui
