#pragma once
// Parts the inventory's dialogs share: the time zone list and the line that shows the core's
// refusal inside the dialog.

class QComboBox;
class QLabel;
class QString;
class QWidget;

namespace vigilo::ui {

// An editable list of the IANA time zones ("Europe/Berlin"), the first entry empty (none set).
QComboBox *newTimeZoneBox(QWidget *parent);
// A hidden, red, wrapping label named `objectName`, for the core's message.
QLabel *newErrorLabel(const QString &objectName, QWidget *parent);

} // namespace vigilo::ui
