#pragma once
// Suggest similar: earlier changes like this one and how they ended, to learn from their
// rollbacks and approvers. For a saved change it asks Planning::similar; for an unsaved draft
// it finds the existing change whose title best matches the draft's words and asks for that
// one's neighbours too (the core compares saved changes only).

#include "Actor.h"
#include "Planning.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

class SimilarModel;

class SimilarChangesDialog final : public QDialog {
    Q_OBJECT
public:
    // For a saved change.
    SimilarChangesDialog(Vigilo &core, const Actor &actor, int number, QWidget *parent = nullptr);
    // For a draft that is still being typed.
    SimilarChangesDialog(Vigilo &core, const Actor &actor, const QString &draftTitle,
                         QWidget *parent = nullptr);

    // The draft search: the best title match and its similar changes, best first.
    static Result<QList<SimilarChange>> forDraft(Vigilo &core, const Actor &actor,
                                                 const QString &title, int limit = 10);

    SimilarModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openRequested(int number);

private:
    void build(const QString &heading);
    void show(const Result<QList<SimilarChange>> &result);

    SimilarModel *m_model;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace vigilo::ui
