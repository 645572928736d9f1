// The asset picker per keystroke (issue 16): typing into the picker over an inventory of A
// assets (default 10,000, named like `demo --assets`), measured at three depths: the core's
// in-memory match (AssetMatcher), the picker's model (match, hiding the chosen ones, reset) and
// the whole widget (the search box's text, the model, the list laid out and painted). The budget
// is one frame, 16 ms. Prints a table; asserts nothing about time.
//
//   vigilo-bench-picker [--assets A] [--rounds K]

#include "BenchStats.h"

#include "widgets/AssetPicker.h"
#include "widgets/AssetPickerModel.h"

#include "AssetMatch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTextStream>

#include <functional>

using namespace vigilo;
using bench::stats;

namespace {

QList<Asset> inventory(int n)
{
    static const char *domains[] = {"orders", "billing",  "catalog",   "pricing",
                                    "search", "shipping", "identity",  "media",
                                    "crm",    "hr",       "analytics", "support"};
    static const char *kinds[] = {"service", "host", "database", "network", "business-service"};
    QList<Asset> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Asset a;
        const QString d = QLatin1String(domains[(i / 20) % 12]);
        a.kind = QLatin1String(kinds[i % 5]);
        a.name = QStringLiteral("%1-%2-%3").arg(d, a.kind).arg(i, 5, 10, QLatin1Char('0'));
        a.owner = QStringLiteral("team-") + d;
        out << a;
    }
    return out;
}

// What a person types, one keystroke at a time (each prefix), and deletes again.
QStringList keystrokes()
{
    QStringList out;
    for (const QString &word : {QStringLiteral("orders-serv"), QStringLiteral("team-hr"),
                                QStringLiteral("00042"), QStringLiteral("pricing-database-0")}) {
        for (int i = 1; i <= word.size(); ++i)
            out << word.left(i);
        for (int i = word.size() - 1; i >= 0; --i)
            out << word.left(i);
    }
    return out;
}

QList<double> timeEach(int rounds, const QStringList &keys,
                       const std::function<void(const QString &)> &f)
{
    QList<double> ms;
    for (int r = 0; r < rounds; ++r)
        for (const QString &k : keys) {
            QElapsedTimer t;
            t.start();
            f(k);
            ms << t.nsecsElapsed() / 1e6;
        }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigilo asset picker benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("assets"), QStringLiteral("Assets"), QStringLiteral("A"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of typing"),
                      QStringLiteral("K"), QStringLiteral("5")});
    parser.process(app);
    const int n = qMax(10, parser.value(QStringLiteral("assets")).toInt());
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    QTextStream out(stdout);

    const QList<Asset> assets = inventory(n);
    QElapsedTimer build;
    build.start();
    auto matcher = std::make_shared<const AssetMatcher>(assets);
    const double indexMs = build.nsecsElapsed() / 1e6;
    const QStringList keys = keystrokes();
    int matched = 0;
    const auto core =
        timeEach(rounds, keys, [&](const QString &k) { matched += int(matcher->match(k).size()); });

    ui::AssetPickerModel model;
    model.setMatcher(matcher);
    QSet<QString> chosen;
    for (int i = 0; i < 20; ++i)
        chosen.insert(assets.at(i * (n / 20)).name);
    model.setHidden(chosen);
    const auto inModel = timeEach(rounds, keys, [&](const QString &k) { model.setFilter(k); });

    ui::AssetPicker picker;
    picker.resize(480, 360);
    picker.setAssets(assets);
    picker.setSelected(QStringList(chosen.cbegin(), chosen.cend()));
    picker.show();
    QApplication::processEvents();
    const auto inWidget = timeEach(rounds, keys, [&](const QString &k) {
        picker.searchEdit()->setText(k);
        picker.suggestions()->viewport()->repaint(); // lay out and paint now, as a frame would
        QApplication::processEvents();
    });

    out << "Asset picker, " << n << " assets, " << keys.size() << " keystrokes x " << rounds
        << " rounds (index built once in " << QString::number(indexMs, 'f', 1) << " ms)\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("per keystroke"), -34)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("p95"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("16 ms"), 7);
    for (const auto &[name, ms] :
         {std::pair{QStringLiteral("AssetMatcher::match (core)"), core},
          std::pair{QStringLiteral("AssetPickerModel::setFilter"), inModel},
          std::pair{QStringLiteral("AssetPicker: type, lay out, paint"), inWidget}}) {
        const bench::Stats s = stats(ms);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -34)
                   .arg(QString::number(s.median, 'f', 2) + QStringLiteral(" ms"), 9)
                   .arg(QString::number(s.p95, 'f', 2) + QStringLiteral(" ms"), 9)
                   .arg(QString::number(s.max, 'f', 2) + QStringLiteral(" ms"), 9)
                   .arg(s.p95 < 16 ? QStringLiteral("ok") : QStringLiteral("OVER"), 7);
    }
    out << "\n(" << matched << " matches in all)\n";
    return 0;
}
