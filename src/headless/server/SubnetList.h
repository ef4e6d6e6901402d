#pragma once

#include <QHostAddress>
#include <QPair>
#include <QString>
#include <QVector>

/// List of IP addresses and CIDR subnets, such as "127.0.0.1/8, ::1, 10.1.2.3".
///
/// An address without a prefix length stands for itself alone. An IPv4
/// address that reaches an IPv6 socket as ::ffff:a.b.c.d matches the IPv4
/// entries.
class SubnetList
{
public:
    /// Parses a comma-separated list; an empty or blank \a text is an empty list.
    /// Returns false and sets \a errorString to the first invalid entry's problem.
    bool parse(const QString &text, QString *errorString);

    bool contains(const QHostAddress &address) const;

    /// Parses one IPv4 address in four dotted parts or one IPv6 address; returns false for anything else.
    static bool parseAddress(const QString &text, QHostAddress *address);
    bool isEmpty() const;

    /// Entries in canonical form, such as "127.0.0.0/8" and "::1/128".
    QStringList toStringList() const;

private:
    QVector<QPair<QHostAddress, int>> m_subnets;
};
