import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The fields of a data form (XEP-0004) of a DataFormModel: a text field, password field, switch,
// combo box, check boxes or multi-line text per field, labelled as the form labels them. Each change
// goes to the model at once; hidden fields stay as the form came. Used by the configuration dialogs
// of rooms and of communities.
ColumnLayout {
    id: fields

    // The DataFormModel whose fields are shown, or null for none.
    property QtObject form: null
    // Start of the objectName of each field and control, such as "roomConfiguration" for
    // "roomConfigurationText_muc#roomconfig_roomname".
    property string objectNamePrefix: "dataForm"

    spacing: Kirigami.Units.smallSpacing

    Repeater {
        model: fields.form

        delegate: ColumnLayout {
            id: field

            readonly property string fieldVar: model["var"]
            readonly property string fieldType: model.type
            readonly property string fieldLabel: model.label !== "" ? model.label : model["var"]
            readonly property var fieldValue: model.value
            readonly property var fieldOptions: model.options

            function setValue(value) {
                fields.form.setValue(fieldVar, value);
            }

            objectName: fields.objectNamePrefix + "Field"
            Layout.fillWidth: true
            visible: fieldType !== "hidden"
            spacing: 0

            QQC2.Label {
                Layout.fillWidth: true
                visible: field.fieldType !== "boolean" && field.fieldType !== "hidden"
                text: field.fieldType === "fixed" && typeof field.fieldValue === "string" && field.fieldValue !== "" ? field.fieldValue : field.fieldLabel
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: field.fieldType === "fixed"
            }

            Loader {
                Layout.fillWidth: true
                sourceComponent: {
                    switch (field.fieldType) {
                    case "boolean":
                        return switchControl;
                    case "list-single":
                        return comboControl;
                    case "list-multi":
                        return checkListControl;
                    case "text-multi":
                    case "jid-multi":
                        return textAreaControl;
                    case "fixed":
                    case "hidden":
                        return null;
                    default:
                        return textFieldControl;
                    }
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: text !== "" && field.fieldType !== "hidden"
                text: model.description
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }

            Component {
                id: textFieldControl

                // Kirigami.PasswordField (5.103) is not used: its reveal action calls i18n(), which this app does not provide.
                QQC2.TextField {
                    objectName: fields.objectNamePrefix + "Text_" + field.fieldVar
                    text: field.fieldValue
                    echoMode: field.fieldType === "text-private" ? TextInput.Password : TextInput.Normal
                    onTextEdited: field.setValue(text)
                }
            }

            Component {
                id: textAreaControl

                QQC2.TextArea {
                    objectName: fields.objectNamePrefix + "Text_" + field.fieldVar
                    text: Array.isArray(field.fieldValue) ? field.fieldValue.join("\n") : field.fieldValue
                    wrapMode: TextEdit.Wrap
                    onEditingFinished: {
                        const lines = text.split("\n").map(line => line.trim()).filter(line => line !== "");
                        field.setValue(field.fieldType === "jid-multi" ? lines : text);
                    }
                }
            }

            Component {
                id: switchControl

                QQC2.Switch {
                    objectName: fields.objectNamePrefix + "Switch_" + field.fieldVar
                    text: field.fieldLabel
                    checked: field.fieldValue === true
                    onToggled: field.setValue(checked)
                }
            }

            Component {
                id: comboControl

                QQC2.ComboBox {
                    objectName: fields.objectNamePrefix + "Combo_" + field.fieldVar
                    model: field.fieldOptions
                    textRole: "label"
                    valueRole: "value"
                    Component.onCompleted: currentIndex = indexOfValue(field.fieldValue)
                    onActivated: field.setValue(currentValue)
                }
            }

            Component {
                id: checkListControl

                ColumnLayout {
                    spacing: 0

                    Repeater {
                        model: field.fieldOptions

                        QQC2.CheckBox {
                            required property var modelData

                            text: modelData.label
                            checked: Array.isArray(field.fieldValue) && field.fieldValue.indexOf(modelData.value) >= 0
                            onToggled: {
                                const values = (field.fieldValue || []).filter(value => value !== modelData.value);
                                if (checked) {
                                    values.push(modelData.value);
                                }
                                field.setValue(values);
                            }
                        }
                    }
                }
            }
        }
    }
}
