#pragma once
// The Comments tab: the thread (author, local time, body) and an editor with Post, enabled as
// the core answers (Discussion::availableActions). A thread that cannot be read is an error.

#include "DetailTab.h"
#include "Error.h"

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace vigilo::ui {

class CommentsTab final : public DetailTab {
    Q_OBJECT
public:
    explicit CommentsTab(DetailContext &context, QWidget *parent = nullptr);

    void load(const ChangeRequest &change) override;
    int commentCount() const { return m_count; }
    void post();
    QPushButton *postButton() const { return m_post; }
    QPlainTextEdit *editor() const { return m_editor; }
    // The thread as shown (HTML), for tests.
    QString threadText() const;

private:
    void updatePost();
    std::optional<Error> m_refusal; // why the actor may not comment now
    int m_count = 0;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_post = nullptr;
};

} // namespace vigilo::ui
