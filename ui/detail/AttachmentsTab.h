#pragma once
// The Attachments tab: the files kept with the change (in the database, with size and SHA-256);
// Add (a file dialog, or drop files onto the tab) as the core answers (Discussion), Open (a
// temporary copy) and Save as. Everything goes through the client (attachment.list, .add,
// .content), on a database and on a team server alike: the answers may come later, so the
// file operations report through written() and attached(). A list that cannot be read is shown
// as an error.

#include "Error.h"
#include "ListTab.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace vigilo::ui {

class AttachmentTableModel;

class AttachmentsTab final : public ListTab {
    Q_OBJECT
public:
    explicit AttachmentsTab(DetailContext &context, QWidget *parent = nullptr);

    AttachmentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Attaches local files, one after the other (a file larger than the core allows is refused
    // before it is read); attached() says how many went in.
    void addFiles(const QStringList &paths);
    // Writes the attachment of `row` to a temporary file (one folder per attachment); `open`:
    // then opens it with the desktop's viewer. written() says where, or that it failed.
    void temporaryCopy(int row, bool open = false);
    // Writes the attachment of `row` to `path`, whole or not at all (written()).
    void saveTo(int row, const QString &path);
    QPushButton *addButton() const { return m_add; }
    QLabel *hint() const { return m_hint; }

signals:
    // A copy was written to `path` (ok), or could not be read or written (the error was shown).
    void written(const QString &path, bool ok);
    // addFiles() is through: `added` of the files are attached.
    void attached(int added);

protected:
    void showChange() override;
    void fetch(int generation) override;
    void showLoading(bool loading) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showAttachments(const Result<QList<Attachment>> &list);
    void addNext(QStringList paths, int added);
    void add();
    void open();
    void saveAs();
    int selectedRow() const;
    void updateButtons();
    // Reads the bytes of `a` through the client, then writes them to `path`.
    void writeCopy(const Attachment &a, const QString &path, bool open);

    AttachmentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    std::optional<Error> m_refusal; // why the member may not attach files now
    std::unique_ptr<QTemporaryDir> m_temp;
};

} // namespace vigilo::ui
