#pragma once
// The banner at the top of the detail page: overlapping changes (indirect ones, through the asset
// relationships, marked so with their path), freeze windows, maintenance windows and dependency
// problems of the planned window, each with the core's reason, coloured by kind. Hidden when there
// is nothing to say.

#include "Planning.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace vigilo::ui {

class ConflictBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ConflictBanner(QWidget *parent = nullptr);

    void setSummary(const ConflictSummary &summary);
    // The conflicts could not be checked: says so with the core's message (never "no conflicts").
    void setError(const QString &message);
    bool hasError() const { return !m_error.isEmpty(); }
    void clear();
    const ConflictSummary &summary() const { return m_summary; }
    // The lines as shown (plain text), for tests.
    QStringList lines() const;

private:
    ConflictSummary m_summary;
    QString m_error;
    QLabel *m_title = nullptr;
    QVBoxLayout *m_lines = nullptr;
};

} // namespace vigilo::ui
