#pragma once
// The Comments tab: the thread (author, local time, body) and an editor with Post, enabled as
// the core answers (Discussion::availableActions). Read and posted through the client
// (comment.list, comment.add), on a database and on a team server alike. A thread that cannot be
// read is an error.

#include "Error.h"
#include "ListTab.h"

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace vigilo::ui {

class CommentsTab final : public ListTab {
    Q_OBJECT
public:
    explicit CommentsTab(DetailContext &context, QWidget *parent = nullptr);

    int commentCount() const { return m_count; }
    void post();
    QPushButton *postButton() const { return m_post; }
    QPlainTextEdit *editor() const { return m_editor; }
    // The thread as shown (HTML), for tests.
    QString threadText() const;

protected:
    void showChange() override;
    void fetch(int generation) override;
    void showLoading(bool loading) override;

private:
    void showComments(const Result<QList<Comment>> &comments);
    void updatePost();
    std::optional<Error> m_refusal; // why the actor may not comment now
    int m_count = 0;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_post = nullptr;
};

} // namespace vigilo::ui
