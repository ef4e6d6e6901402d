#include "IqResponse.h"

#include <QCoreApplication>

QString IqResponse::deliveryFailureText() const
{
    switch (status) {
    case Status::Result:
    case Status::Error:
        return {};
    case Status::Timeout:
        return QCoreApplication::translate("IqResponse", "the server did not respond in time. Try again later.");
    case Status::Disconnected:
        return QCoreApplication::translate("IqResponse", "the connection was lost before the server responded. Try again once Salon is connected.");
    case Status::NotSent:
        return QCoreApplication::translate("IqResponse", "you are offline. Try again once Salon is connected.");
    }
    return {};
}
