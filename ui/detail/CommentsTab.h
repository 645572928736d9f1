#pragma once
// The Comments tab: the thread (author, local time, body) and an editor with Post.

#include "DetailTab.h"

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

private:
    int m_count = 0;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_post = nullptr;
};

} // namespace vigilo::ui
