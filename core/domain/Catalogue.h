#pragma once
// Loading Vigilo's translation catalogue (the GUI, the CLI and evidence packs alike).

class QLocale;
class QTranslator;

namespace vigilo {

// Loads Vigilo's catalogue for `locale` from :/i18n into `translator`: vigilo_de.qm for German,
// and for English (or a language without a catalogue, or the C locale) vigilo_en.qm, which holds
// only the plural forms of the English sources ("%n changes" reads "1 change"). Returns false
// only when not even the English catalogue can be read.
bool loadVigiloCatalogue(QTranslator &translator, const QLocale &locale);

} // namespace vigilo
