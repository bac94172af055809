#pragma once

// The fields several entities share (id, revision, a phone model), for the field tables in
// entityfields.cpp and filefields.cpp.
#include "fieldtable.h"
#include "phonemodels.h"

#include <QCoreApplication>

namespace CommonFields {
using namespace FieldFlag;

template <class Row>
Field<Row> idField()
{
    return Field<Row>::reference("id", &Row::id).with(ReadOnly).labelled(QT_TRANSLATE_NOOP("Field", "ID"));
}

template <class Row>
Field<Row> revisionField()
{
    return Field<Row>::template integer<qint64>("revision", &Row::revision, 0, Fields::maxId)
        .with(ReadOnly)
        .labelled(QT_TRANSLATE_NOOP("Field", "Revision"));
}

// A model as phones and exports spell it ("Audiocodes_430HD_TEAMS"), kept normalised ("430HD").
template <class Row>
Field<Row> modelField()
{
    return Field<Row>::text("model", &Row::model)
        .stored("model")
        .with(Trimmed)
        .acceptedBy([](Row* row, const FieldValue& v) { row->model = PhoneModels::normalise(v.text); })
        .labelled(QT_TRANSLATE_NOOP("Field", "Model"));
}
} // namespace CommonFields
