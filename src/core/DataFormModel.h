#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVector>

class QDomElement;
class QXmlStreamWriter;

/// The fields of one data form (XEP-0004), such as a room's configuration (XEP-0045, section 10.2)
/// or a PubSub node's, one row per field in the form's order, for a view that lets the user fill it in.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c var (QString): the field's name, which the submitted form repeats.
/// - \c type (QString): "text-single", "text-private", "text-multi", "boolean", "list-single",
///   "list-multi", "jid-single", "jid-multi", "fixed" or "hidden".
/// - \c label (QString): the label the form gives, or empty.
/// - \c description (QString): the field's description, or empty.
/// - \c required (bool): whether the form requires a value.
/// - \c value: a bool for "boolean", a QStringList for "list-multi" and "jid-multi", the lines
///   joined by "\n" for "text-multi", a QString otherwise.
/// - \c options (QVariantList): the choices of a list field, each a map with \c label and \c value.
///
/// A form from the network may be hostile, so load() keeps at most MaxFields fields, MaxOptions
/// options and values per field, and MaxValueLength characters per value, and logs what it drops.
///
/// \code
/// DataFormModel form;
/// form.load(queryElement.firstChildElement(QStringLiteral("x")));
/// form.setValue(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Lounge"));
/// form.writeSubmitForm(writer);
/// \endcode
class DataFormModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY formChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)

public:
    /// Maximum number of fields kept from a form.
    static constexpr int MaxFields = 200;
    /// Maximum number of options, and of values, kept per field.
    static constexpr int MaxOptions = 500;
    /// Maximum length of a value, a label or a description, in UTF-16 code units (64 Ki).
    static constexpr int MaxValueLength = 64 * 1024;

    enum Role {
        VarRole = Qt::UserRole + 1,
        TypeRole,
        LabelRole,
        DescriptionRole,
        RequiredRole,
        ValueRole,
        OptionsRole,
    };
    Q_ENUM(Role)

    struct Option {
        QString label;
        QString value;
    };

    struct Field {
        QString var;
        QString type;
        QString label;
        QString description;
        bool required = false;
        QStringList values;
        QVector<Option> options;
    };

    explicit DataFormModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the fields with those of \a form, an \c x element of the jabber:x:data namespace.
    /// Returns false, and clears the model, when \a form is no such element.
    bool load(const QDomElement &form);
    /// Removes every field, the title and the instructions.
    void clear();

    /// Sets the value of the field \a var; \a value is converted as the \c value role describes.
    /// Returns false for an unknown or fixed field, or a value longer than MaxValueLength.
    Q_INVOKABLE bool setValue(const QString &var, const QVariant &value);
    /// Returns the value of the field \a var in the form of the \c value role, or an invalid QVariant.
    Q_INVOKABLE QVariant value(const QString &var) const;
    /// Returns the field \a var, or a field with an empty var when there is none.
    Field field(const QString &var) const;
    QVector<Field> fields() const;

    /// Writes the form of type submit, with every field but the fixed ones (XEP-0004, section 3.3).
    void writeSubmitForm(QXmlStreamWriter *writer) const;
    /// Writes an empty form of type cancel (XEP-0004, section 3.4).
    static void writeCancelForm(QXmlStreamWriter *writer);

    QString title() const;
    QString instructions() const;

    /// State of the request behind the form: "idle", "loading", "ready", "submitting", "saved",
    /// "cancelled" or "failed". The service that fills the model sets it.
    QString status() const;
    /// Translated reason of the status "failed", empty otherwise.
    QString errorText() const;
    void setStatus(const QString &status, const QString &errorText = QString());

Q_SIGNALS:
    void countChanged();
    void formChanged();
    void statusChanged();

private:
    int indexOf(const QString &var) const;

    QVector<Field> m_fields;
    QString m_title;
    QString m_instructions;
    QString m_status = QStringLiteral("idle");
    QString m_errorText;
};
