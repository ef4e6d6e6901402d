#include "NickMention.h"

namespace {

bool isWordCharacter(QChar character)
{
    return character.isLetterOrNumber() || character.isMark() || character == QLatin1Char('_');
}

} // namespace

bool NickMention::mentions(const QString &body, const QString &nick)
{
    const QString name = nick.trimmed();
    if (name.isEmpty()) {
        return false;
    }
    for (int start = body.indexOf(name, 0, Qt::CaseInsensitive); start >= 0; start = body.indexOf(name, start + 1, Qt::CaseInsensitive)) {
        const int end = start + int(name.size());
        const bool startsWord = start == 0 || !isWordCharacter(body.at(start - 1)) || !isWordCharacter(name.at(0));
        const bool endsWord = end == body.size() || !isWordCharacter(body.at(end)) || !isWordCharacter(name.at(name.size() - 1));
        if (startsWord && endsWord) {
            return true;
        }
    }
    return false;
}
