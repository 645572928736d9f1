#include "ChangeDetailView.h"

#include "main/Session.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

ChangeDetailView::ChangeDetailView(Session &session, const Actor &actor, int number, QWidget *parent)
    : QWidget(parent), m_session(session), m_actor(actor), m_number(number) {
    setObjectName(QStringLiteral("changeDetailView"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    layout->addWidget(m_tabs);
}

ChangeDetailView::~ChangeDetailView() = default;

void ChangeDetailView::reload() {}

} // namespace vigilo::ui
