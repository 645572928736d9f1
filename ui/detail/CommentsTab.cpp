#include "CommentsTab.h"

#include "DetailFormat.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "Client.h"
#include "Discussion.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vigilo::ui {

CommentsTab::CommentsTab(DetailContext &context, QWidget *parent)
    : ListTab(context, parent)
{
    setObjectName(QStringLiteral("commentsTab"));
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_thread->setOpenLinks(false);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("commentEditor"));
    m_editor->setPlaceholderText(tr("Write a comment…"));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(80);
    m_post = new QPushButton(tr("&Post comment"), this);
    m_post->setObjectName(QStringLiteral("postComment"));
    m_post->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentsTab::updatePost);
    connect(m_post, &QPushButton::clicked, this, &CommentsTab::post);

    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(m_editor, 1);
    editorRow->addWidget(m_post, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_thread, 1);
    layout->addLayout(editorRow);
}

void CommentsTab::updatePost()
{
    m_editor->setEnabled(!m_refusal);
    m_editor->setToolTip(m_refusal ? m_refusal->message : QString());
    m_editor->setPlaceholderText(m_refusal ? m_refusal->message : tr("Write a comment…"));
    m_post->setEnabled(!m_refusal && !isBusy() && !m_editor->toPlainText().trimmed().isEmpty());
    m_post->setToolTip(m_refusal ? m_refusal->message : QString());
}

QString CommentsTab::threadText() const
{
    return m_thread->toPlainText();
}

void CommentsTab::showChange()
{
    // The core's answer: may this member comment on this change now?
    m_refusal =
        Discussion::discussionRefusal(m_ctx.actor, change(), Discussion::DiscussionAction::Comment);
    updatePost();
}

void CommentsTab::fetch(int generation)
{
    onResult(m_ctx.client().commentsAsync(m_ctx.number, m_ctx.actor.workspace.slug), this,
             [this, generation](const Result<QList<Comment>> &comments) {
                 if (finishFetch(generation))
                     showComments(comments);
             });
}

void CommentsTab::showLoading(bool loading)
{
    updatePost();
    if (loading && isLoading() && m_count == 0)
        m_thread->setHtml(
            QStringLiteral("<p style='color:#6b7280'>%1</p>")
                .arg(tr("Reading the comments of %1…").arg(m_ctx.numberText()).toHtmlEscaped()));
}

void CommentsTab::showComments(const Result<QList<Comment>> &comments)
{
    m_count = comments.ok() ? int(comments->size()) : 0;
    QString html;
    if (!comments.ok()) {
        html = QStringLiteral("<p style='color:#b42318'><b>%1</b></p>")
                   .arg(tr("The comments of %1 cannot be read: %2")
                            .arg(m_ctx.numberText(), comments.error().message)
                            .toHtmlEscaped());
    } else if (comments->isEmpty()) {
        html = QStringLiteral("<p style='color:#6b7280'>%1</p>")
                   .arg(tr("No comments yet. Notes for the reviewers, questions, links to "
                           "evidence: they all belong here.")
                            .toHtmlEscaped());
    } else {
        for (const Comment &c : *comments) {
            QString body = c.body.toHtmlEscaped();
            body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html +=
                QStringLiteral("<table width='100%' cellspacing='0' cellpadding='8' "
                               "style='margin-bottom:8px; background:#f5f7fa'>"
                               "<tr><td><b>%1</b> <span style='color:#6b7280'>· %2</span>"
                               "<br>%3</td></tr></table>")
                    .arg(c.author.toHtmlEscaped(), format::time(c.createdAt).toHtmlEscaped(), body);
        }
    }
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
    emit loaded();
}

void CommentsTab::post()
{
    const QString body = m_editor->toPlainText().trimmed();
    if (body.isEmpty() || isBusy())
        return;
    beginWrite();
    onResult(m_ctx.client().addCommentAsync(m_ctx.number, body, m_ctx.actor.workspace.slug), this,
             [this](const Result<Comment> &added) {
                 endWrite();
                 if (!added.ok()) {
                     ErrorPresenter::show(this, tr("The comment cannot be posted"), added.error());
                     return;
                 }
                 m_editor->clear();
                 emit modified();
             });
}

} // namespace vigilo::ui
