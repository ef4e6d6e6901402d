#include "MessagesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ChatMessage message(qint64 id, const QString &attachmentUrl)
{
    ChatMessage result;
    result.id = id;
    result.peer = QStringLiteral("bob@localhost");
    result.direction = ChatMessage::Direction::Incoming;
    result.originId = QStringLiteral("m-%1").arg(id);
    result.body = attachmentUrl.isEmpty() ? QStringLiteral("Hello") : attachmentUrl;
    result.timestampMs = id * 1000;
    result.state = ChatMessage::State::Received;
    result.attachmentUrl = attachmentUrl;
    return result;
}

QString roleText(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role).toString();
}

} // namespace

// The attachment roles of MessagesModel and their resolvers, checked by QAbstractItemModelTester.
class MessageAttachmentRolesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<MessagesModel>(QStringLiteral("bob@localhost"));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->prependPage({message(1, QString()), message(2, QStringLiteral("https://example.org/f/photo%20one.jpg")),
                              message(3, QStringLiteral("https://example.org/f/download"))},
                             50);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void rolesFromUrl()
    {
        QCOMPARE(roleText(*m_model, 0, MessagesModel::AttachmentUrlRole), QString());
        QCOMPARE(roleText(*m_model, 0, MessagesModel::AttachmentTypeRole), QString());
        QCOMPARE(roleText(*m_model, 0, MessagesModel::AttachmentNameRole), QString());
        QCOMPARE(roleText(*m_model, 0, MessagesModel::ThumbnailPathRole), QString());

        QCOMPARE(roleText(*m_model, 1, MessagesModel::AttachmentUrlRole), QStringLiteral("https://example.org/f/photo%20one.jpg"));
        QCOMPARE(roleText(*m_model, 1, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
        QCOMPARE(roleText(*m_model, 1, MessagesModel::AttachmentNameRole), QStringLiteral("photo one.jpg"));

        QCOMPARE(roleText(*m_model, 2, MessagesModel::AttachmentTypeRole), QStringLiteral("file"));
        QCOMPARE(roleText(*m_model, 2, MessagesModel::AttachmentNameRole), QStringLiteral("download"));

        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(MessagesModel::AttachmentUrlRole), QByteArray("attachmentUrl"));
        QCOMPARE(names.value(MessagesModel::AttachmentTypeRole), QByteArray("attachmentType"));
        QCOMPARE(names.value(MessagesModel::AttachmentNameRole), QByteArray("attachmentName"));
        QCOMPARE(names.value(MessagesModel::ThumbnailPathRole), QByteArray("thumbnailPath"));
    }

    void resolversFillThumbnailAndType()
    {
        QHash<QString, QString> thumbnails;
        QHash<QString, QString> types;
        m_model->setAttachmentResolvers(
            [&thumbnails](const QString &url) {
                return thumbnails.value(url);
            },
            [&types](const QString &url) {
                return types.value(url);
            });
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        thumbnails.insert(QStringLiteral("https://example.org/f/photo%20one.jpg"), QStringLiteral("/cache/abc.jpg"));
        types.insert(QStringLiteral("https://example.org/f/download"), QStringLiteral("video"));
        // A type from the extension wins over a probed one.
        types.insert(QStringLiteral("https://example.org/f/photo%20one.jpg"), QStringLiteral("file"));
        m_model->notifyAttachmentChanged(QStringLiteral("https://example.org/f/photo%20one.jpg"));

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
        QCOMPARE(roleText(*m_model, 1, MessagesModel::ThumbnailPathRole), QStringLiteral("/cache/abc.jpg"));
        QCOMPARE(roleText(*m_model, 1, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
        QCOMPARE(roleText(*m_model, 2, MessagesModel::AttachmentTypeRole), QStringLiteral("video"));
        QCOMPARE(roleText(*m_model, 2, MessagesModel::ThumbnailPathRole), QString());
    }

    void messageFoundById()
    {
        const std::optional<ChatMessage> found = m_model->message(2);
        QVERIFY(found);
        QCOMPARE(found->attachmentUrl, QStringLiteral("https://example.org/f/photo%20one.jpg"));
        QVERIFY(!m_model->message(99));
    }

private:
    std::unique_ptr<MessagesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(MessageAttachmentRolesTest)
#include "MessageAttachmentRolesTest.moc"
