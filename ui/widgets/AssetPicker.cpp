#include "AssetPicker.h"

#include "AssetPickerModel.h"
#include "Async.h"
#include "FlowLayout.h"

#include "AssetMatch.h"
#include "Client.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

AssetPicker::AssetPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new AssetPickerModel(this))
{
    setObjectName(QStringLiteral("assetPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_chipBox = new QWidget(this);
    m_chipBox->setObjectName(QStringLiteral("assetChips"));
    m_chips = new FlowLayout(m_chipBox);
    m_chipBox->hide();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assetSearch"));
    m_search->setPlaceholderText(tr("Search by name, kind or owner…"));
    m_search->setAccessibleName(tr("Search assets"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("assetSuggestions"));
    m_list->setAccessibleName(tr("Matching assets"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true); // 10,000 rows lay out at once
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assetPickerStatus"));
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    // Two lines, whatever the form's layout makes of the wrapped label's height: in a narrow
    // form (the administration's) the hint wraps and was cut in half.
    m_status->setMinimumHeight(QFontMetrics(small).lineSpacing() * 2);
    layout->addWidget(m_chipBox);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setVisibleRows(6);
    setFocusProxy(m_search);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        if (!text.trimmed().isEmpty() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updateStatus();
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        add(index.data(AssetPickerModel::NameRole).toString());
        m_search->setFocus();
    });
    updateStatus();
}

AssetPicker::~AssetPicker() = default;

void AssetPicker::setVisibleRows(int rows)
{
    m_list->setMinimumHeight(m_list->fontMetrics().height() * rows + 8);
}

void AssetPicker::setAssets(QList<Asset> assets)
{
    m_matcher = std::make_shared<const AssetMatcher>(std::move(assets));
    m_model->setMatcher(m_matcher);
    m_loaded = true;
    m_loadError.clear();
    rebuildChips(); // chips now show each asset's kind
    updateStatus();
    emit loaded();
}

void AssetPicker::load(client::Client &client, const QString &slug)
{
    m_loaded = false;
    m_asked = true;
    m_loadError.clear();
    updateStatus();
    onResult(client.assetsAsync(slug), this, [this](const Result<QList<Asset>> &assets) {
        if (!assets.ok()) {
            m_loadError = tr("The assets cannot be read: %1").arg(assets.error().message);
            m_loaded = true;
            updateStatus();
            emit loaded();
            return;
        }
        setAssets(assets.value());
    });
}

void AssetPicker::setSelected(const QStringList &names)
{
    if (names == m_selected)
        return;
    m_selected = names;
    m_model->setHidden(QSet<QString>(names.cbegin(), names.cend()));
    rebuildChips();
    updateStatus();
    emit selectionChanged();
}

bool AssetPicker::add(const QString &name)
{
    if (m_readOnly || name.isEmpty() || m_selected.contains(name) || !m_matcher
        || m_matcher->indexOf(name) < 0)
        return false;
    setSelected(m_selected + QStringList{name});
    m_search->clear();
    m_list->setCurrentIndex({});
    return true;
}

void AssetPicker::remove(const QString &name)
{
    if (m_readOnly || !m_selected.contains(name))
        return;
    QStringList rest = m_selected;
    rest.removeAll(name);
    setSelected(rest);
}

void AssetPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_search->setVisible(!readOnly);
    m_list->setVisible(!readOnly);
    m_status->setVisible(!readOnly || m_selected.isEmpty());
    rebuildChips();
    updateStatus();
}

void AssetPicker::rebuildChips()
{
    // Later: a chip may be the one whose click or key press removes it.
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const QString &name : std::as_const(m_selected)) {
        auto *chip = new QPushButton(m_chipBox);
        chip->setObjectName(QStringLiteral("assetChip"));
        chip->setProperty("asset", name);
        chip->setText(m_readOnly ? name : tr("%1  ✕").arg(name));
        chip->setAccessibleName(m_readOnly ? name : tr("Remove %1").arg(name));
        const int row = m_matcher ? m_matcher->indexOf(name) : -1;
        const QString kind = row >= 0 ? m_matcher->assets().at(row).kind : QString();
        chip->setToolTip(m_readOnly ? kind
                                    : (kind.isEmpty() ? tr("Remove %1").arg(name)
                                                      : tr("%1 (%2): click, Delete or Backspace "
                                                           "removes it")
                                                            .arg(name, kind)));
        chip->setFocusPolicy(m_readOnly ? Qt::NoFocus : Qt::StrongFocus);
        chip->setStyleSheet(QStringLiteral(
            "QPushButton#assetChip { border: 1px solid palette(mid); border-radius: 9px; "
            "padding: 1px 8px; background: palette(alternate-base); }"
            "QPushButton#assetChip:focus { border: 2px solid palette(highlight); }"));
        if (!m_readOnly) {
            connect(chip, &QPushButton::clicked, this, [this, name] {
                remove(name);
                m_search->setFocus();
            });
            chip->installEventFilter(this);
        }
        m_chips->addWidget(chip);
    }
    m_chipBox->setVisible(!m_selected.isEmpty());
    m_chipBox->updateGeometry();
}

void AssetPicker::updateStatus()
{
    if (!m_loadError.isEmpty()) {
        m_status->setText(m_loadError);
        return;
    }
    if (!m_loaded) {
        // Not asked yet: a form may read the inventory only once it is used.
        m_status->setText(m_asked ? tr("Loading the assets…")
                                  : tr("Click here or enter a name to search the inventory."));
        return;
    }
    const int total = m_matcher ? m_matcher->size() : 0;
    if (total == 0) {
        m_status->setText(tr("This workspace has no assets yet."));
        return;
    }
    if (m_search->text().trimmed().isEmpty())
        m_status->setText(
            tr("%n assets: search by name, kind or owner; Up and Down move, Enter adds.", nullptr,
               total));
    else
        m_status->setText(tr("%1 of %n assets match.", nullptr, total).arg(m_model->matchCount()));
}

void AssetPicker::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

bool AssetPicker::addCurrent()
{
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return false;
    return add(current.data(AssetPickerModel::NameRole).toString());
}

bool AssetPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down: moveCurrent(1); return true;
        case Qt::Key_Up: moveCurrent(-1); return true;
        case Qt::Key_PageDown: moveCurrent(8); return true;
        case Qt::Key_PageUp: moveCurrent(-8); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter adds the highlighted suggestion; with nothing highlighted it is the
            // dialog's (Create).
            return addCurrent();
        case Qt::Key_Backspace:
            if (m_search->text().isEmpty() && !m_selected.isEmpty()) {
                remove(m_selected.last());
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default: break;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (auto *chip = qobject_cast<QPushButton *>(watched);
        chip && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        const QString name = chip->property("asset").toString();
        m_search->setFocus();
        remove(name); // the chip goes later
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigilo::ui
