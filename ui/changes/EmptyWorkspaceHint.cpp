#include "EmptyWorkspaceHint.h"

#include "ListActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

using listactions::ListAction;

EmptyWorkspaceHint::EmptyWorkspaceHint(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("This workspace has no changes yet"), this))
    , m_body(new QLabel(this))
    , m_newChange(new QPushButton(tr("New change…"), this))
    , m_addAssets(new QPushButton(tr("Add assets…"), this))
    , m_importCsv(new QPushButton(tr("Import changes from CSV…"), this))
{
    setObjectName(QStringLiteral("emptyWorkspaceHint"));
    m_title->setObjectName(QStringLiteral("emptyHintTitle"));
    m_body->setObjectName(QStringLiteral("emptyHintBody"));
    m_newChange->setObjectName(QStringLiteral("emptyHintNewChange"));
    m_addAssets->setObjectName(QStringLiteral("emptyHintAddAssets"));
    m_importCsv->setObjectName(QStringLiteral("emptyHintImportCsv"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_body->setText(
        tr("Start with what you plan to change: a change request says what, when, why and how to "
           "roll back, and goes through review and approval.\n\nAdd the assets your changes touch "
           "(services, hosts, databases) so that Vigilo can check conflicts and freeze windows, "
           "or import the changes you already track from a CSV file."));
    m_body->setWordWrap(true);
    m_body->setMaximumWidth(560);
    m_newChange->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_newChange);
    buttons->addWidget(m_addAssets);
    buttons->addWidget(m_importCsv);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(m_title);
    column->addWidget(m_body);
    column->addLayout(buttons);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addLayout(column);
    middle->addStretch(2);
    outer->addLayout(middle, 4);
    outer->addStretch(1);

    connect(m_newChange, &QPushButton::clicked, this, &EmptyWorkspaceHint::newChangeRequested);
    connect(m_addAssets, &QPushButton::clicked, this, &EmptyWorkspaceHint::addAssetsRequested);
    connect(m_importCsv, &QPushButton::clicked, this, &EmptyWorkspaceHint::importCsvRequested);
}

void EmptyWorkspaceHint::setActor(const Actor &actor)
{
    for (const auto &[button, action] : {std::pair{m_newChange, ListAction::CreateChange},
                                         std::pair{m_addAssets, ListAction::AddAssets},
                                         std::pair{m_importCsv, ListAction::ImportCsv}}) {
        const Status allowed = listactions::may(actor, action);
        button->setEnabled(allowed.ok());
        button->setToolTip(allowed.ok() ? QString() : allowed.error().message);
    }
}

} // namespace vigilo::ui
