"""Loading the interface language. Source strings are English; Norwegian bokmål
(the default) comes from resources/translations/omigjen_pos_nb.qm."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS_PACKAGE = "omigjen_pos.resources"
CATALOGUE = "omigjen_pos"
_installed: list[QTranslator] = []


def qm_path(language: str) -> str:
    resource = files(TRANSLATIONS_PACKAGE) / "translations" / f"{CATALOGUE}_{language}.qm"
    with as_file(resource) as path:
        return str(path)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the interface to ``language``; English needs no catalogue.

    Returns False when the catalogue is missing, which leaves English showing.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English,
            QLocale.Country.Norway,
        )
    )
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(qm_path(language)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
