#include "FuzzSupport.h"

#include <QLoggingCategory>

namespace {

// The sanitizer logs one line per call with removed elements; millions of runs need none of them.
const bool LoggingSilenced = [] {
    QLoggingCategory::setFilterRules(QStringLiteral("salon.*=false"));
    return true;
}();

} // namespace
