#pragma once
// Where an audit sample is written: every file goes into a hidden staging folder inside the
// target folder first and is moved into place only when the whole sample is there, so a
// cancelled or failed sample leaves no partial files behind (PackBatch on a database; the
// desktop's export from a team server).

#include "Error.h"

#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace vigilo {

class SampleFolder final {
public:
    // `folder` must exist and be writable (begin() says so when not).
    explicit SampleFolder(const QString &folder);
    ~SampleFolder();
    SampleFolder(const SampleFolder &) = delete;
    SampleFolder &operator=(const SampleFolder &) = delete;

    QString folder() const { return m_folder; }
    Status begin();
    bool started() const { return bool(m_staging); }
    // Writes one file (a plain name, no folder) into the staging folder.
    Status put(const QString &name, const QByteArray &bytes);
    // Moves every file put into the folder; refuses to overwrite one. The paths written.
    Result<QStringList> commit();
    // Drops everything staged so far (also what the destructor does without commit()).
    void cancel();

private:
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_staging;
    QStringList m_names;
};

} // namespace vigilo
