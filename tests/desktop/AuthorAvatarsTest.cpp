// Avatar URLs of post authors for QML, and the revision that makes bindings read them again.

#include "AuthorAvatars.h"
#include "AvatarService.h"
#include "ContactsModel.h"

#include <QSignalSpy>
#include <QTest>

class AuthorAvatarsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noServiceGivesNoSource()
    {
        AuthorAvatars authors;

        QCOMPARE(authors.source(QStringLiteral("bob@example.org")), QString());
        QCOMPARE(authors.source(QString(), true), QString());
    }

    void unknownAuthorGivesNoSource()
    {
        ContactsModel contacts;
        AvatarService avatars(&contacts);
        AuthorAvatars authors;
        authors.setAvatars(&avatars);

        QCOMPARE(authors.avatars(), &avatars);
        QCOMPARE(authors.source(QStringLiteral("bob@example.org")), QString());
        QCOMPARE(authors.source(QString(), true), QString());
    }

    void avatarChangeBumpsRevision()
    {
        ContactsModel contacts;
        AvatarService avatars(&contacts);
        AuthorAvatars authors;
        authors.setAvatars(&avatars);
        const int before = authors.revision();
        QSignalSpy changed(&authors, &AuthorAvatars::revisionChanged);

        Q_EMIT avatars.avatarChanged(QStringLiteral("bob@example.org"), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        Q_EMIT avatars.ownAvatarHashChanged();

        QCOMPARE(changed.count(), 2);
        QCOMPARE(authors.revision(), before + 2);
    }

    void otherObjectIsRejected()
    {
        AuthorAvatars authors;
        QObject other;
        QSignalSpy changed(&authors, &AuthorAvatars::avatarsChanged);

        QTest::ignoreMessage(QtWarningMsg, "AuthorAvatars needs an AvatarService, not QObject");
        authors.setAvatars(&other);

        QCOMPARE(authors.avatars(), nullptr);
        QCOMPARE(changed.count(), 0);
    }

    void serviceGoneGivesNoSource()
    {
        AuthorAvatars authors;
        {
            ContactsModel contacts;
            AvatarService avatars(&contacts);
            authors.setAvatars(&avatars);
        }

        QCOMPARE(authors.avatars(), nullptr);
        QCOMPARE(authors.source(QStringLiteral("bob@example.org")), QString());
    }
};

QTEST_GUILESS_MAIN(AuthorAvatarsTest)
#include "AuthorAvatarsTest.moc"
