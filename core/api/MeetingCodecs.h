#pragma once
// JSON codecs of the CAB methods (ApiCab.cpp): the readers of a meeting, its agenda items and
// attendance, the meeting list and a CAB are declared with the others in Codecs.h (decode<T>
// finds them there) and defined in MeetingCodecs.cpp. A meeting's answer names its CAB and quorum
// but not every setting of the CAB: the reader keeps what the room shows (name, chair, voting
// seats, the quorum required). Here: the requests' parameters.

#include "Codecs.h"

#include <QJsonObject>

namespace vigilo::api {

// The parameters of meeting.decide and meeting.agenda's edits.
QJsonObject decisionParams(const DecisionInput &input);
QJsonObject agendaEditParams(const AgendaEdit &edit);

} // namespace vigilo::api
