#pragma once
// Evidence packs from the desktop client: Export evidence pack… for one change (the detail view,
// the list's context menu, the Change menu) and a batch for an audit sample (the filtered list or
// a period) with a signed manifest, behind a progress dialog that can be cancelled and leaves no
// partial files. Every export also signs the chain head it covers into the member's anchor log.

#include "Actor.h"
#include "Entities.h"

#include <QDate>
#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace vigilo::ui {

class PackSigning;
class Session;

class BatchExportDialog final : public QDialog {
    Q_OBJECT
public:
    BatchExportDialog(int filteredCount, const QString &workspaceLocale, QWidget *parent = nullptr);

    QString folder() const;
    bool usePeriod() const;
    QDate from() const;
    QDate to() const; // inclusive
    QString locale() const;

    QLineEdit *folderEdit() const { return m_folder; }
    QRadioButton *periodButton() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    void browse();
    QLineEdit *m_folder = nullptr;
    QRadioButton *m_filtered = nullptr;
    QRadioButton *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_locale = nullptr;
};

// An audit sample's period: change.list's parameters for the changes planned in [from, to]
// (the server filters), and of those the numbers of the changes planned to start in it.
QJsonObject periodParams(const QDate &from, const QDate &to);
QList<int> startingIn(const QList<ChangeSummary> &changes, const QDate &from, const QDate &to);

class EvidenceExport final {
public:
    EvidenceExport(Session &session, PackSigning &signing)
        : m_session(session)
        , m_signing(signing)
    {}

    // Asks where, unlocks the key, writes the pack. The path written; empty when cancelled or
    // refused (the user was told why).
    QString exportOne(QWidget *parent, const Actor &actor, int number);
    // The batch dialog, then one pack per change and the signed manifest. `filtered`: the change
    // list as filtered now. The files written; empty when cancelled or refused.
    QStringList exportBatch(QWidget *parent, const Actor &actor,
                            const QList<ChangeSummary> &filtered);
    // On a team server: asks where, has the server print and sign the pack (pack.export), and
    // saves its bytes there atomically. Returns the path asked for (empty when cancelled);
    // `written` gets the path once saved, or an empty one when refused (the user was told why).
    // Nothing happens once `parent` is gone.
    QString exportFromServer(QWidget *parent, const Actor &actor, int number,
                             std::function<void(const QString &)> written);
    // On a team server: the batch dialog, then the server prints and signs each pack and the
    // manifest (ServerSampleExport). False when cancelled; else `written` gets the files once
    // saved, or none when cancelled or refused (the user was told why).
    bool exportSampleFromServer(QWidget *parent, const Actor &actor,
                                const QList<ChangeSummary> &filtered,
                                std::function<void(const QStringList &)> written);

private:
    // Export evidence pack's file dialog: the path chosen, empty when cancelled.
    static QString askPath(QWidget *parent, int number);
    // Signs the chain head an export covered into the member's anchor log.
    void anchor(QWidget *parent, const Actor &actor, qint64 seq, const QString &hash,
                const QString &source);
    QString displayName(const Actor &actor) const;
    Session &m_session;
    PackSigning &m_signing;
};

} // namespace vigilo::ui
