#include "RelationDialog.h"

#include "DialogParts.h"
#include "widgets/AssetPicker.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

// The combo's entries: which way and which kind.
struct Choice {
    bool outgoing; // the asset is "from"
    RelationKind kind;
};

QString choiceText(const Choice &c, const QString &asset)
{
    switch (c.kind) {
    case RelationKind::RunsOn:
        return c.outgoing ? RelationDialog::tr("%1 runs on …").arg(asset)
                          : RelationDialog::tr("… runs on %1").arg(asset);
    case RelationKind::DependsOn:
        return c.outgoing ? RelationDialog::tr("%1 depends on …").arg(asset)
                          : RelationDialog::tr("… depends on %1").arg(asset);
    case RelationKind::PartOf:
        return c.outgoing ? RelationDialog::tr("%1 is part of …").arg(asset)
                          : RelationDialog::tr("… is part of %1").arg(asset);
    }
    return {};
}

} // namespace

RelationDialog::RelationDialog(client::Client &client, const QString &asset,
                               const QList<Asset> &inventory, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_asset(asset)
{
    setObjectName(QStringLiteral("relationDialog"));
    setWindowTitle(tr("Relate %1").arg(asset));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("relationKind"));
    for (bool outgoing : {true, false})
        for (RelationKind kind : allRelationKinds())
            m_kind->addItem(choiceText({outgoing, kind}, asset), QVariantList{outgoing, int(kind)});
    m_picker = new AssetPicker(this);
    m_picker->setObjectName(QStringLiteral("relationTargets"));
    QList<Asset> others = inventory;
    others.removeIf([&asset](const Asset &a) { return a.name == asset; });
    m_picker->setAssets(others);
    auto *form = new QFormLayout;
    form->addRow(tr("&Relationship:"), m_kind);
    form->addRow(tr("&Assets:"), m_picker);
    m_error = newErrorLabel(QStringLiteral("relationDialogError"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("relationDialogOk"));
    m_ok->setText(tr("&Relate"));
    m_ok->setAutoDefault(false);
    m_ok->setDefault(false);
    m_ok->setEnabled(false);
    connect(m_picker, &AssetPicker::selectionChanged, this,
            [this] { m_ok->setEnabled(!m_picker->selected().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &RelationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(460, 360);
    m_kind->setFocus();
}

QString RelationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RelationDialog::accept()
{
    if (m_picker->selected().isEmpty())
        return;
    m_ok->setEnabled(false);
    m_error->hide();
    relateNext(m_picker->selected(), {});
}

// One link after the other (each an audited write); then close, or show what was refused.
void RelationDialog::relateNext(QStringList rest, QStringList problems)
{
    if (rest.isEmpty()) {
        if (problems.isEmpty()) {
            QDialog::accept();
            return;
        }
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        m_ok->setEnabled(!m_picker->selected().isEmpty());
        return;
    }
    const QString other = rest.takeFirst();
    const QVariantList choice = m_kind->currentData().toList();
    const bool outgoing = choice.value(0).toBool();
    const auto kind = RelationKind(choice.value(1).toInt());
    const QString from = outgoing ? m_asset : other;
    const QString to = outgoing ? other : m_asset;
    onResult(m_client.relateAssetsAsync(from, kind, to), this,
             [this, other, rest, problems](const Result<AssetRelation> &r) mutable {
                 if (r.ok()) {
                     ++m_related;
                     m_picker->remove(other);
                 } else {
                     problems << r.error().message;
                 }
                 relateNext(rest, problems);
             });
}

} // namespace vigilo::ui
