#include "SignInSalonChild.h"

#include "Account.h"
#include "BookmarksModel.h"
#include "ContactsModel.h"
#include "FeedModel.h"
#include "MicroblogService.h"
#include "RoomsModel.h"
#include "SignInChildOutput.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

using SignInChildOutput::printEvent;

// Gives up when the account is not ready by then.
constexpr int ReadyTimeoutMs = 120000;

int joinedRooms(const Account &account)
{
    const QVector<RoomEntry> rooms = account.roomList()->rooms();
    return int(std::count_if(rooms.cbegin(), rooms.cend(), [](const RoomEntry &room) {
        return room.state == RoomEntry::State::Joined;
    }));
}

/// Watches the models of one account and prints each readiness condition once it holds.
class ReadinessWatch : public QObject
{
public:
    ReadinessWatch(const SalonChildOptions &options, Account *account)
        : m_options(options)
        , m_account(account)
    {
        const auto check = [this] {
            update();
        };
        connect(account, &Account::stateChanged, this, check);
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{account->contacts(), account->bookmarkedRooms(),
                                                                                     account->roomList(), account->feed()}) {
            connect(model, &QAbstractItemModel::rowsInserted, this, check);
            connect(model, &QAbstractItemModel::modelReset, this, check);
            connect(model, &QAbstractItemModel::dataChanged, this, check);
        }
        // The sign-in fetch covers every contact once a feedsFetched() comes after the roster:
        // the contacts model queues the new contacts' nodes as soon as it inserts them.
        connect(account->microblog(), &MicroblogService::feedsFetched, this, [this] {
            if (m_account->contacts()->rowCount() >= m_options.contacts) {
                m_feedsFetched = true;
            }
            update();
        });
    }

    /// Called once, when every condition holds.
    std::function<void()> onReady;

private:
    void update()
    {
        mark(&m_online, "online", m_account->state() == Account::State::Online);
        mark(&m_contacts, "contacts", m_account->contacts()->rowCount() >= m_options.contacts);
        mark(&m_bookmarks, "bookmarks", m_account->bookmarkedRooms()->rowCount() >= m_options.rooms);
        mark(&m_feedPage, "feed_page", m_account->feed()->rowCount() >= FeedModel::PageSize);
        mark(&m_feedFetched, "feed_fetched", m_feedsFetched);
        mark(&m_rooms, "rooms", joinedRooms(*m_account) >= m_options.rooms);
        if (!m_ready && m_contacts && m_bookmarks && m_feedPage && m_feedFetched && m_rooms) {
            m_ready = true;
            printEvent("ready", "all", m_options.startNs);
            if (onReady) {
                onReady();
            }
        }
    }

    void mark(bool *done, const char *name, bool condition)
    {
        if (!*done && condition) {
            *done = true;
            printEvent("phase", name, m_options.startNs);
        }
    }

    const SalonChildOptions m_options;
    Account *m_account;
    bool m_feedsFetched = false;
    bool m_online = false;
    bool m_contacts = false;
    bool m_bookmarks = false;
    bool m_feedPage = false;
    bool m_feedFetched = false;
    bool m_rooms = false;
    bool m_ready = false;
};

} // namespace

int runSalonChild(const SalonChildOptions &options)
{
    printEvent("phase", "main", options.startNs);

    // As DesktopApp::start() does: the cache first, then the account, then the sign-in.
    auto database = std::make_unique<Database>(options.databaseUrl);
    database->open();
    auto account = std::make_unique<Account>();
    account->setDatabase(database.get());
    ConnectionSettings settings;
    settings.host = options.host;
    settings.port = options.port;
    settings.resource = QStringLiteral("bench");
    settings.extraCaCertificates = QSslCertificate::fromPath(options.caCertificatePath);
    account->setConnectionSettings(settings);

    ReadinessWatch watch(options, account.get());
    watch.onReady = [&options] {
        // A longer stay lets the first sign-in fill the cache (avatars, posts) for later starts.
        QTimer::singleShot(options.stayMs, QCoreApplication::instance(), &QCoreApplication::quit);
    };
    QTimer::singleShot(ReadyTimeoutMs, QCoreApplication::instance(), [] {
        SignInChildOutput::printFailure("not ready within the timeout");
        QCoreApplication::exit(1);
    });
    account->signIn(options.jid, options.password);
    const int status = QCoreApplication::exec();

    // The account signs out, then the database finishes its queued writes.
    account.reset();
    database.reset();
    return status;
}
