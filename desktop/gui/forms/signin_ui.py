# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignInForm(object):
    def setupUi(self, SignInForm):
        if not SignInForm.objectName():
            SignInForm.setObjectName(u"SignInForm")
        SignInForm.setMinimumSize(QSize(400, 0))
        self.layout = QVBoxLayout(SignInForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.welcomeTitle = QLabel(SignInForm)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.layout.addWidget(self.welcomeTitle)

        self.welcomeText = QLabel(SignInForm)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setText(u"")

        self.layout.addWidget(self.welcomeText)

        self.hint = QLabel(SignInForm)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.usernameLabel = QLabel(SignInForm)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(SignInForm)
        self.username.setObjectName(u"username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(SignInForm)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SignInForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.fields)

        self.errorText = QLabel(SignInForm)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setStyleSheet(u"color: #b42318;")
        self.errorText.setWordWrap(True)

        self.layout.addWidget(self.errorText)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)

        self.retranslateUi(SignInForm)
    # setupUi

    def retranslateUi(self, SignInForm):
        self.welcomeTitle.setText(QCoreApplication.translate("SignInForm", u"Masuk ke SerahKartu", None))
        self.hint.setText(QCoreApplication.translate("SignInForm", u"Layar dikunci karena tidak dipakai. Masukkan kata sandi untuk melanjutkan, atau masuk sebagai pengguna lain.", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInForm", u"Nama pengguna", None))
        self.username.setPlaceholderText(QCoreApplication.translate("SignInForm", u"mis. budi.santoso", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInForm", u"Kata sandi", None))
        pass
    # retranslateUi

