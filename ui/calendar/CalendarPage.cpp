#include "CalendarPage.h"
#include "detail/DetailFormat.h"

#include "main/Shortcuts.h"

#include "CalendarView.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "ChangeService.h"
#include "Client.h"
#include "Clock.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace vigilo::ui {

namespace {

// A small key to the colours and bands of the calendar; wraps onto a second line when the page is
// narrow (1024 pixels wide, or in German) instead of cutting the last entries off.
class Legend final : public QWidget {
public:
    explicit Legend(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("calendarLegend"));
        QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return lineCount(width) * lineHeight(); }
    QSize sizeHint() const override { return {400, heightForWidth(width())}; }
    QSize minimumSizeHint() const override { return {0, heightForWidth(width())}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (height() != heightForWidth(width()))
            updateGeometry();
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const int h = fontMetrics().height();
        const QList<Entry> all = entries();
        int x = 0, line = 0;
        for (const Entry &e : all) {
            const int w = entryWidth(e.text);
            if (x > 0 && x + w - 18 > width()) {
                x = 0;
                ++line;
            }
            const int top = line * lineHeight();
            const QRect r(x, top + (lineHeight() - h) / 2 + 2, 22, h - 4);
            e.draw(p, r);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(
                QRect(x + 28, top, fontMetrics().horizontalAdvance(e.text) + 2, lineHeight()),
                Qt::AlignVCenter, e.text);
            x += w;
        }
    }

private:
    struct Entry {
        QString text;
        std::function<void(QPainter &, const QRect &)> draw;
    };

    int lineHeight() const { return fontMetrics().height() + 8; }
    int entryWidth(const QString &text) const
    {
        return 28 + fontMetrics().horizontalAdvance(text) + 18;
    }
    int lineCount(int width) const
    {
        int x = 0, lines = 1;
        for (const Entry &e : entries()) {
            const int w = entryWidth(e.text);
            if (x > 0 && x + w - 18 > width) {
                x = 0;
                ++lines;
            }
            x += w;
        }
        return lines;
    }

    static QList<Entry> entries()
    {
        QList<Entry> out;
        const QList<std::pair<ChangeStatus, QColor>> statuses = {
            {ChangeStatus::Draft, QColor(0x94, 0xa3, 0xb8)},
            {ChangeStatus::Review, QColor(0xf5, 0x9e, 0x0b)},
            {ChangeStatus::Approved, QColor(0x3b, 0x82, 0xf6)},
            {ChangeStatus::Scheduled, QColor(0x63, 0x66, 0xf1)},
            {ChangeStatus::InProgress, QColor(0x06, 0xb6, 0xd4)},
            {ChangeStatus::Completed, QColor(0x22, 0xc5, 0x5e)}};
        for (const auto &[status, color] : statuses)
            out << Entry{label(status), [c = color](QPainter &p, const QRect &r) {
                             p.setPen(Qt::NoPen);
                             p.setBrush(c);
                             p.drawRoundedRect(r, 3, 3);
                         }};
        out << Entry{CalendarPage::tr("Freeze window"), [](QPainter &p, const QRect &r) {
                         p.fillRect(r, QColor(0xdc, 0x26, 0x26, 30));
                         p.fillRect(r, QBrush(QColor(0xdc, 0x26, 0x26, 110), Qt::BDiagPattern));
                     }};
        out << Entry{CalendarPage::tr("Maintenance window"), [](QPainter &p, const QRect &r) {
                         p.fillRect(r, QColor(0x16, 0xa3, 0x4a, 60));
                     }};
        out << Entry{CalendarPage::tr("Conflict"), [](QPainter &p, const QRect &r) {
                         p.setPen(QPen(QColor(0xdc, 0x26, 0x26), 2));
                         p.setBrush(Qt::NoBrush);
                         p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
                     }};
        return out;
    }
};

} // namespace

CalendarPage::CalendarPage(client::Client &client, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(clock)
    , m_view(new CalendarView(clock, this))
    , m_zoomButtons(new QButtonGroup(this))
    , m_rangeLabel(new QLabel(this))
    , m_loadingLabel(new QLabel(tr("Loading…"), this))
    , m_onlyActive(new QCheckBox(tr("Only assets with changes"), this))
    , m_byService(new QCheckBox(tr("By service"), this))
    , m_nextSlot(new QPushButton(tr("Next free slot"), this))
    , m_open(new QPushButton(tr("Open change"), this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_conflicts(new QListWidget(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    // Only what the core would let this user edit can be dragged (Save still asks the core), and
    // nothing while a move awaits the core's answer.
    m_view->setMovable([this](const CalendarChange &c) {
        return m_actor && m_moving == 0 && ChangeService::canEdit(*m_actor, c.status);
    });

    auto *title = new QLabel(tr("Change calendar"), this);
    title->setObjectName(QStringLiteral("calendarPageTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);

    // Toolbar: zoom, navigation, which assets, next free slot.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    for (auto zoom : {CalendarView::Zoom::Day, CalendarView::Zoom::Week, CalendarView::Zoom::Month,
                      CalendarView::Zoom::Quarter}) {
        auto *b = new QToolButton(this);
        b->setText(CalendarView::zoomName(zoom));
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setObjectName(QStringLiteral("zoom%1").arg(int(zoom)));
        b->setToolTip(tr("%1 view (Ctrl+wheel or +/− to zoom)").arg(CalendarView::zoomName(zoom)));
        m_zoomButtons->addButton(b, int(zoom));
        bar->addWidget(b);
    }
    m_zoomButtons->setExclusive(true);
    m_zoomButtons->button(int(m_view->zoom()))->setChecked(true);
    connect(m_zoomButtons, &QButtonGroup::idClicked, this,
            [this](int id) { m_view->setZoom(CalendarView::Zoom(id)); });
    bar->addSpacing(12);
    auto *prev = new QToolButton(this);
    prev->setObjectName(QStringLiteral("previousButton"));
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous (Page Up)"));
    auto *today = new QToolButton(this);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (Home)"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next (Page Down)"));
    connect(prev, &QToolButton::clicked, this, [this] { m_view->stepPage(-1); });
    connect(next, &QToolButton::clicked, this, [this] { m_view->stepPage(1); });
    connect(today, &QToolButton::clicked, m_view, &CalendarView::scrollToToday);
    bar->addWidget(prev);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    m_rangeLabel->setObjectName(QStringLiteral("calendarRangeLabel"));
    QFont semi = m_rangeLabel->font();
    semi.setWeight(QFont::DemiBold);
    m_rangeLabel->setFont(semi);
    // The page must not widen the window: the label gives way first.
    m_rangeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rangeLabel->setMinimumWidth(60);
    m_loadingLabel->setObjectName(QStringLiteral("calendarLoading"));
    m_loadingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_loadingLabel->hide();
    bar->addStretch(1);
    m_onlyActive->setObjectName(QStringLiteral("onlyActiveAssets"));
    m_onlyActive->setToolTip(tr("Hide the assets that have no change in the shown period"));
    connect(m_onlyActive, &QCheckBox::toggled, m_view, &CalendarView::setOnlyActiveAssets);
    bar->addWidget(m_onlyActive);
    m_byService->setObjectName(QStringLiteral("calendarByService"));
    m_byService->setToolTip(tr("One row per service, with the changes that affect it through "
                               "its components and what they run on or depend on"));
    connect(m_byService, &QCheckBox::toggled, this, [this](bool on) {
        m_loadedFrom = {}; // the service rows are read with the range
        if (on)
            reload();
        m_view->setByService(on);
    });
    bar->addWidget(m_byService);
    m_nextSlot->setObjectName(QStringLiteral("nextFreeSlotButton"));
    const QKeySequence nextSlotKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_nextSlot->setToolTip(Shortcuts::hint(
        tr("Find the earliest window without conflicts for the selected change"), nextSlotKeys));
    m_nextSlot->setEnabled(false);
    connect(m_nextSlot, &QPushButton::clicked, this, &CalendarPage::nextFreeSlot);
    auto *nextSlotShortcut = new QAction(this);
    nextSlotShortcut->setShortcut(nextSlotKeys);
    nextSlotShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextSlotShortcut, &QAction::triggered, this, &CalendarPage::nextFreeSlot);
    addAction(nextSlotShortcut);

    // Side panel: the selected change, or the "what if" of the slot being dragged to.
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("calendarPanel"));
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(12, 0, 0, 0);
    side->setSpacing(8);
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_details->setObjectName(QStringLiteral("calendarDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_banner->setObjectName(QStringLiteral("calendarBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_conflicts->setObjectName(QStringLiteral("calendarConflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setFrameShape(QFrame::NoFrame);
    m_conflicts->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflicts->setFocusPolicy(Qt::NoFocus);
    m_conflicts->setSpacing(3);
    m_open->setObjectName(QStringLiteral("openChangeButton"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_view->selectedNumber() > 0)
            Q_EMIT changeActivated(m_view->selectedNumber());
    });
    // The selected change's buttons sit with it (the toolbar has no room for them at 1024 pixels
    // in German).
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_nextSlot);
    buttons->addStretch(1);
    side->addWidget(m_heading);
    side->addWidget(m_details);
    side->addWidget(m_banner);
    side->addWidget(m_conflicts, 1);
    side->addLayout(buttons);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("calendarSplitter"));
    split->addWidget(m_view);
    split->addWidget(panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    panel->setMinimumWidth(220);
    split->setSizes({900, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    // The title row also says which days are shown (the toolbar has no room for it at 1024
    // pixels, in German least of all).
    auto *head = new QHBoxLayout;
    head->setSpacing(16);
    head->addWidget(title);
    head->addWidget(m_rangeLabel, 1);
    head->addWidget(m_loadingLabel);
    layout->addLayout(head);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(new Legend(this));

    connect(m_view, &CalendarView::viewChanged, this, [this] {
        if (auto *b = m_zoomButtons->button(int(m_view->zoom())); b && !b->isChecked())
            b->setChecked(true);
        updateRangeLabel();
        ensureLoaded();
    });
    connect(m_view, &CalendarView::selectionChanged, this, [this] {
        if (m_previewNumber == 0)
            showSelection();
    });
    connect(m_view, &CalendarView::activated, this, &CalendarPage::changeActivated);
    connect(m_view, &CalendarView::previewRequested, this, &CalendarPage::preview);
    connect(m_view, &CalendarView::dragCancelled, this, &CalendarPage::endPreview);
    connect(m_view, &CalendarView::dropped, this,
            [this](int number, const QDateTime &start, const QDateTime &end) {
                moveChange(number, start, end);
            });
    updateRangeLabel();
    showSelection();
}

void CalendarPage::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    ++m_generation; // answers for the previous workspace are dropped
    m_loading = false;
    m_loadingLabel->hide();
    m_loadedFrom = {};
    m_loadedTo = {};
    m_askedFrom = {};
    m_askedTo = {};
    m_moving = 0;
    endPreview();
    m_banner->hide();
    m_view->setRange({});
    m_view->selectChange(0);
}

QString CalendarPage::reload()
{
    if (!m_actor)
        return {};
    // The visible span and half of it on each side: scrolling a little needs no new request.
    const qint64 margin = m_view->viewStart().secsTo(m_view->viewEnd()) / 2;
    const QDateTime from = m_view->viewStart().addSecs(-margin);
    const QDateTime to = m_view->viewEnd().addSecs(margin);
    const int generation = ++m_generation;
    m_askedFrom = from;
    m_askedTo = to;
    m_loading = true;
    m_loadingLabel->show();
    m_lastError.clear();
    onResult(m_client.calendarAsync(from, to, m_byService->isChecked()), this,
             [this, generation, from, to](const Result<CalendarRange> &range) {
                 if (generation != m_generation)
                     return; // the view has moved on (or the workspace changed)
                 m_loading = false;
                 m_loadingLabel->hide();
                 if (!range.ok()) {
                     m_lastError = range.error().message;
                     showLoadError(m_lastError);
                 } else {
                     m_loadedFrom = from;
                     m_loadedTo = to;
                     showRange(range.value());
                 }
                 Q_EMIT loaded();
             });
    return m_lastError; // filled by now on a database in this process
}

void CalendarPage::showRange(const CalendarRange &range)
{
    CalendarRange shown = range;
    // A move on its way to the core stays where it was dropped until the core answers.
    for (CalendarChange &c : shown.changes)
        if (m_moving > 0 && c.number == m_moving) {
            c.start = m_moveStart;
            c.end = m_moveEnd;
        }
    const int selected = m_view->selectedNumber();
    m_view->setRange(shown);
    m_view->selectChange(selected);
    if (m_loadErrorShown) {
        m_loadErrorShown = false;
        m_banner->hide();
    }
    if (m_previewNumber == 0)
        showSelection();
}

void CalendarPage::showLoadError(const QString &message)
{
    // An error in place of the bars, never an empty calendar.
    m_view->setRange({});
    m_loadedFrom = {};
    setBanner(tr("<b>The calendar cannot be read.</b><br>%1").arg(message.toHtmlEscaped()),
              QColor(0xdc, 0x26, 0x26));
    m_loadErrorShown = true;
    showSelection();
}

void CalendarPage::setBanner(const QString &html, const QColor &tint)
{
    QPalette pal = m_banner->palette();
    const QColor base = palette().color(QPalette::Base);
    pal.setColor(QPalette::Window,
                 QColor::fromRgbF(float(base.redF() * 0.8 + tint.redF() * 0.2),
                                  float(base.greenF() * 0.8 + tint.greenF() * 0.2),
                                  float(base.blueF() * 0.8 + tint.blueF() * 0.2)));
    m_banner->setPalette(pal);
    m_banner->setText(html);
    m_banner->show();
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the caller's own reload, if any (MainWindow reloads a stale page as it shows it):
    // one request either way.
    QTimer::singleShot(0, this, &CalendarPage::ensureLoaded);
}

void CalendarPage::ensureLoaded()
{
    if (!m_actor)
        return;
    const QDateTime start = m_view->viewStart(), end = m_view->viewEnd();
    const bool shown = m_loadedFrom.isValid() && start >= m_loadedFrom && end <= m_loadedTo;
    if (!isVisible()) {
        if (!shown)
            m_loadedFrom = {}; // read when shown
        return;
    }
    if (shown)
        return;
    if (m_loading && start >= m_askedFrom && end <= m_askedTo)
        return; // the answer on its way covers the view
    reload();
}

void CalendarPage::updateRangeLabel()
{
    const QLocale locale;
    const QDate first = m_view->viewStart().toLocalTime().date();
    const QDate last = m_view->viewEnd().addSecs(-1).toLocalTime().date();
    m_rangeLabel->setText(first == last
                              ? locale.toString(first, QLocale::LongFormat)
                              : tr("%1 – %2").arg(format::date(first), format::date(last)));
}

QString CalendarPage::slotText(const QDateTime &start, const QDateTime &end) const
{
    const QLocale locale;
    const QDateTime s = start.toLocalTime(), e = end.toLocalTime();
    if (s.date() == e.date())
        return tr("%1, %2 to %3")
            .arg(locale.toString(s.date(), QLocale::LongFormat),
                 locale.toString(s.time(), QLocale::ShortFormat),
                 locale.toString(e.time(), QLocale::ShortFormat));
    return tr("%1 to %2").arg(format::time(start), format::time(end));
}

void CalendarPage::fillConflicts(const QList<Conflict> &conflicts)
{
    m_conflicts->clear();
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Conflict &k : conflicts) {
        // Indirect overlaps (through the asset relationships) say so; the reason has the path.
        const QString text = k.indirect ? tr("Indirect: %1").arg(k.reason) : k.reason;
        auto *item = new QListWidgetItem(warn, text, m_conflicts);
        item->setData(Qt::UserRole, k.kind);
        item->setToolTip(text);
    }
}

void CalendarPage::showSelection()
{
    const CalendarChange *c = m_view->selectedChange();
    m_nextSlot->setEnabled(c != nullptr);
    m_open->setEnabled(c != nullptr);
    if (!c) {
        m_heading->setText(tr("<b>No change selected</b>"));
        m_details->setText(
            tr("Click a bar, or use the arrow keys, to see a change and its conflicts. "
               "Drag a bar sideways (or press Shift+Left/Right) to see what a new "
               "slot would conflict with before anything is saved; dropping it (or "
               "Enter) asks whether to save."));
        fillConflicts({});
        return;
    }
    m_heading->setText(QStringLiteral("<b>%1</b> %2")
                           .arg(formatChangeNumber(c->number), c->title.toHtmlEscaped()));
    QString details =
        tr("%1 · %2<br>%3<br>Assets: %4")
            .arg(label(c->status), label(c->changeType), slotText(c->start, c->end).toHtmlEscaped(),
                 c->assets.isEmpty() ? tr("none")
                                     : c->assets.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!c->assignee.isEmpty())
        details += QStringLiteral("<br>") + tr("Assignee: %1").arg(c->assignee.toHtmlEscaped());
    details += QStringLiteral("<br><br>");
    details += c->conflicts.isEmpty()
                   ? tr("<span style=\"color:#16a34a\">No conflicts.</span>")
                   : tr("<b style=\"color:#dc2626\">Conflicts (%1):</b>").arg(c->conflicts.size());
    m_details->setText(details);
    fillConflicts(c->conflicts);
}

std::optional<CalendarChange> CalendarPage::changeFor(int number) const
{
    for (const auto &k : m_view->range().changes)
        if (k.number == number)
            return k;
    return std::nullopt;
}

void CalendarPage::preview(int number, const QDateTime &start, const QDateTime &end)
{
    if (const std::optional<CalendarChange> c = changeFor(number))
        previewChange(*c, start, end);
}

void CalendarPage::previewChange(const CalendarChange &c, const QDateTime &start,
                                 const QDateTime &end, std::function<void()> then)
{
    if (!m_actor)
        return;
    m_previewNumber = c.number;
    m_previewStart = start;
    m_previewEnd = end;
    m_previewOk = false;
    m_preview = {};
    m_view->setPreview(c.number, start, end);
    const int generation = ++m_previewGeneration;
    // The core says what the new slot would conflict with; nothing is written. While a bar is
    // dragged only the latest slot's answer is shown.
    PlanningForm moved;
    moved.plannedStart = start;
    moved.plannedEnd = end;
    onResult(m_client.conflictsAsync(moved, c.number), this,
             [this, generation, c, start, end,
              then = std::move(then)](const Result<ConflictSummary> &summary) {
                 if (generation != m_previewGeneration || m_previewNumber != c.number)
                     return;
                 showPreview(c, start, end, summary);
                 if (then)
                     then();
             });
}

void CalendarPage::showPreview(const CalendarChange &c, const QDateTime &start,
                               const QDateTime &end, const Result<ConflictSummary> &summary)
{
    if (!summary.ok()) {
        m_preview = {};
        setBanner(summary.error().message.toHtmlEscaped(), QColor(0xdc, 0x26, 0x26));
        fillConflicts({});
        return;
    }
    m_preview = summary.value();
    m_previewOk = true;
    // Where it is now, for comparison; the list below is the new slot's.
    m_details->setText(
        tr("%1 · %2<br>Now: %3 (conflicts: %4)")
            .arg(label(c.status), label(c.changeType), slotText(c.start, c.end).toHtmlEscaped())
            .arg(c.conflicts.size()));
    const bool clean = m_preview.isEmpty();
    setBanner(tr("<b>What if %1 moved to %2?</b><br>%3")
                  .arg(formatChangeNumber(c.number), slotText(start, end).toHtmlEscaped(),
                       clean ? tr("The new slot has no conflicts.")
                             : tr("Conflicts the new slot would have: %1. Nothing is saved "
                                  "until you drop the bar and choose Save.")
                                   .arg(m_preview.conflicts.size())),
              clean ? QColor(0x16, 0xa3, 0x4a) : QColor(0xf5, 0x9e, 0x0b));
    fillConflicts(m_preview.conflicts);
}

void CalendarPage::endPreview()
{
    m_previewNumber = 0;
    ++m_previewGeneration; // an answer on its way is not shown
    m_previewOk = false;
    m_preview = {};
    m_view->clearPreview();
    m_banner->hide();
    m_loadErrorShown = false;
    showSelection();
}

void CalendarPage::moveChange(int number, const QDateTime &start, const QDateTime &end)
{
    if (const std::optional<CalendarChange> c = changeFor(number))
        moveTo(*c, start, end);
    else
        endPreview();
}

void CalendarPage::moveTo(const CalendarChange &c, const QDateTime &start, const QDateTime &end)
{
    if (!m_actor || m_moving > 0) {
        endPreview();
        return;
    }
    auto ask = [this, c, start, end] {
        if (!confirmMove(c, start, end)) {
            endPreview();
            return;
        }
        saveMove(c, start, end);
    };
    // The box lists the new slot's conflicts: ask the core for them unless they are shown.
    if (m_previewOk && m_previewNumber == c.number && m_previewStart == start
        && m_previewEnd == end)
        ask();
    else
        previewChange(c, start, end, ask);
}

bool CalendarPage::confirmMove(const CalendarChange &c, const QDateTime &start,
                               const QDateTime &end)
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("moveConfirmBox"));
    box.setIcon(m_preview.isEmpty() ? QMessageBox::Question : QMessageBox::Warning);
    box.setWindowTitle(tr("Move %1").arg(formatChangeNumber(c.number)));
    box.setText(tr("Move %1 to %2?").arg(formatChangeNumber(c.number), slotText(start, end)));
    QString info =
        m_preview.isEmpty()
            ? tr("The new slot has no conflicts.")
            : tr("Conflicts the new slot would have (%1):").arg(m_preview.conflicts.size());
    for (const Conflict &k : m_preview.conflicts)
        info += QStringLiteral("\n• ") + k.reason;
    box.setInformativeText(info);
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

void CalendarPage::saveMove(const CalendarChange &c, const QDateTime &start, const QDateTime &end)
{
    // The bar moves at once; the core's answer keeps it there or puts it back.
    const CalendarRange before = m_view->range();
    m_moving = c.number;
    m_moveStart = start;
    m_moveEnd = end;
    endPreview();
    CalendarRange moving = before;
    for (CalendarChange &k : moving.changes)
        if (k.number == c.number) {
            k.start = start;
            k.end = end;
        }
    const int selected = m_view->selectedNumber();
    m_view->setRange(moving);
    m_view->selectChange(selected);
    setBanner(tr("Moving %1 to %2…")
                  .arg(formatChangeNumber(c.number), slotText(start, end).toHtmlEscaped()),
              palette().color(QPalette::Mid));
    const int number = c.number;
    const ChangeStatus status = c.status;
    onResult(m_client.moveChangeAsync(number, start, end, c.version), this,
             [this, number, status, before](const Result<ChangeRequest> &r) {
                 if (m_moving != number)
                     return; // the workspace changed meanwhile
                 m_moving = 0;
                 if (!r.ok()) {
                     // Back where it was, with the core's reason.
                     const int selected = m_view->selectedNumber();
                     m_view->setRange(before);
                     m_view->selectChange(selected);
                     m_banner->hide();
                     showSelection();
                     ErrorPresenter::show(
                         this, tr("%1 cannot be moved").arg(formatChangeNumber(number)), r.error());
                     reload(); // the change may have changed elsewhere
                     Q_EMIT moveFinished(number, false);
                     return;
                 }
                 moved(number, status, r.value());
                 Q_EMIT moveFinished(number, true);
             });
}

void CalendarPage::moved(int number, ChangeStatus before, const ChangeRequest &change)
{
    reload();
    m_view->selectChange(number);
    m_view->revealSelection();
    QString text =
        tr("%1 moved to %2.")
            .arg(formatChangeNumber(number), slotText(change.plannedStart, change.plannedEnd));
    if (change.status != before)
        text += QLatin1Char(' ')
                + tr("Status again: %1. The new window needs approval.").arg(label(change.status));
    setBanner(text.toHtmlEscaped(), palette().color(QPalette::Mid));
    Q_EMIT changeModified(number);
}

void CalendarPage::nextFreeSlot()
{
    if (!m_actor || m_moving > 0)
        return;
    const CalendarChange *selected = m_view->selectedChange();
    if (!selected)
        return;
    const CalendarChange c = *selected;
    m_nextSlot->setEnabled(false);
    onResult(
        m_client.nextFreeSlotAsync({}, c.number), this, [this, c](const Result<FreeSlot> &slot) {
            m_nextSlot->setEnabled(m_view->selectedChange() != nullptr);
            if (!slot.ok()) {
                ErrorPresenter::show(this,
                                     tr("No free slot for %1").arg(formatChangeNumber(c.number)),
                                     slot.error());
                return;
            }
            // Show where it would go, then ask.
            if (slot->start < m_view->viewStart() || slot->start >= m_view->viewEnd())
                m_view->setViewStart(
                    slot->start.addSecs(-m_view->viewStart().secsTo(m_view->viewEnd()) / 4));
            moveTo(c, slot->start, slot->end);
        });
}

} // namespace vigilo::ui
