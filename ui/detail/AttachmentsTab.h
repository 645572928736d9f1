#pragma once
// The Attachments tab: the files kept with the change (in the database, with size and SHA-256);
// Add (a file dialog, or drop files onto the tab) as the core answers (Discussion), Open (a
// temporary copy) and Save as. A list that cannot be read is shown as an error.

#include "DetailTab.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace vigilo::ui {

class AttachmentTableModel;

class AttachmentsTab final : public DetailTab {
    Q_OBJECT
public:
    explicit AttachmentsTab(DetailContext &context, QWidget *parent = nullptr);

    void load(const ChangeRequest &change) override;
    AttachmentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Attaches local files through the core; returns how many were attached.
    int addFiles(const QStringList &paths);
    // Writes the attachment of `row` to a temporary file and returns its path (empty on failure).
    QString temporaryCopy(int row);
    bool saveTo(int row, const QString &path);
    QPushButton *addButton() const { return m_add; }
    QLabel *hint() const { return m_hint; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void add();
    void open();
    void saveAs();
    int selectedRow() const;
    void updateButtons();
    std::optional<QByteArray> content(int row);

    AttachmentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    std::unique_ptr<QTemporaryDir> m_temp;
};

} // namespace vigilo::ui
