#pragma once

#include <QStringList>
#include <QXmppIq.h>

/// An IQ of XEP-0191 (Blocking Command): a block list request or result, a block or an unblock.
///
/// The payload is one of \c <blocklist/>, \c <block/> or \c <unblock/> in the
/// \c urn:xmpp:blocking namespace, each with \c <item jid='…'/> children,
/// as XEP-0191 defines them. An \c <unblock/> without items unblocks every JID.
class BlockingIq : public QXmppIq
{
public:
    enum class Action {
        /// A request for the block list, or the result that contains it.
        BlockList,
        Block,
        Unblock,
    };

    static const QString Namespace;

    BlockingIq();

    Action action() const;
    void setAction(Action action);

    QStringList jids() const;
    void setJids(const QStringList &jids);

    /// Returns whether \a element is an IQ whose payload is a blocking element.
    static bool isBlockingIq(const QDomElement &element);

protected:
    void parseElementFromChild(const QDomElement &element) override;
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    Action m_action = Action::BlockList;
    QStringList m_jids;
};
