#pragma once
// Choosing assets from a real inventory (issue 16): type to search by name, kind or owner (the
// core's AssetMatcher, in memory), Up/Down to move through the suggestions, Enter or a click to
// add one; the chosen assets are chips that a click, Delete or Backspace in the empty search box
// removes. Used wherever assets are chosen (New change, editing a change, relationships).

#include "Entities.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace vigilo {
class AssetMatcher;
namespace client {
class Client;
}
} // namespace vigilo

namespace vigilo::ui {

class AssetPickerModel;
class FlowLayout;

class AssetPicker final : public QWidget {
    Q_OBJECT
public:
    explicit AssetPicker(QWidget *parent = nullptr);
    ~AssetPicker() override;

    // The inventory to choose from: given, or read asynchronously through the client from the
    // workspace `slug` (the picker says "Loading…" until then, and shows an error as an error).
    void setAssets(QList<Asset> assets);
    void load(client::Client &client, const QString &slug);
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    QStringList selected() const { return m_selected; }
    void setSelected(const QStringList &names);
    // Adds `name` when it is an asset of the inventory and not chosen yet.
    bool add(const QString &name);
    void remove(const QString &name);
    // Only the chips, no search and no removing.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // How many rows the suggestions show at once (the widget's height).
    void setVisibleRows(int rows);

    QLineEdit *searchEdit() const { return m_search; }
    QListView *suggestions() const { return m_list; }
    AssetPickerModel *model() const { return m_model; }

Q_SIGNALS:
    void selectionChanged();
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();
    void updateStatus();
    void moveCurrent(int delta);
    bool addCurrent();

    AssetPickerModel *m_model;
    std::shared_ptr<const AssetMatcher> m_matcher;
    QWidget *m_chipBox;
    FlowLayout *m_chips;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_status;
    QStringList m_selected;
    bool m_loaded = false;
    bool m_asked = false; // load() was called
    bool m_readOnly = false;
    QString m_loadError;
};

} // namespace vigilo::ui
