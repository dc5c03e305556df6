"""Language detection: whole texts, short texts, mixed scripts."""
from __future__ import annotations

import pytest

from claimgraph.clean.language import detect_language


@pytest.mark.parametrize("text,lang", [
    ("The government said on Monday that the talks would resume next week in the capital.", "en"),
    ("Le gouvernement a annoncé lundi que les négociations reprendraient la semaine prochaine.", "fr"),
    ("Правительство заявило в понедельник, что переговоры возобновятся на следующей неделе.", "ru"),
    ("Die Regierung teilte am Montag mit, dass die Gespräche nächste Woche fortgesetzt werden.", "de"),
    ("El gobierno dijo el lunes que las conversaciones se reanudarán la próxima semana.", "es"),
    ("Talks resume", "en"),
])
def test_language_detects_main_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "12 34 56", "!!!", "https://example.org/a/b", "a b"])
def test_language_too_little_text_is_und(text):
    assert detect_language(text) == "und"


def test_language_english_article_with_foreign_heading_and_quote():
    text = ("Переговоры в столице\n\n"
            "The government said on Monday that the talks would resume next week in the capital, after a "
            "pause of three months caused by disagreements over prisoners.\n\n"
            "« Nous sommes prêts », a dit le ministre.\n\n"
            "Officials from both sides are expected to arrive on Sunday evening and meet on Monday morning.")
    assert detect_language(text) == "en"


def test_language_french_article_citing_english_report():
    text = ("Le rapport, intitulé « Border Monitoring Report », a été publié mardi.\n\n"
            "Selon ce document, les forces gouvernementales ont reculé de dix kilomètres au cours de la semaine "
            "dernière, et les observateurs demandent un accès immédiat à la zone des combats.")
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("paragraphs,lang", [
    # the longest paragraph is English but the French ones hold more letters together: reading stops
    # early only on a majority of all letters, so French still wins
    (["The delegation from the northern provinces said on Monday evening that the ceasefire talks would "
      "resume next week in the capital, after a pause of several months.",
      "Le ministre a dit mardi que les discussions reprendraient bientôt dans la capitale du pays.",
      "Les délégations se sont retrouvées jeudi matin pour préparer la prochaine réunion des partis.",
      "Selon le porte-parole, les soldats ont quitté la ville après trois jours de combats intenses."], "fr"),
    # a long English majority after a short foreign opening
    (["Le ministre a parlé.",
      "The delegation from the northern provinces said on Monday evening that the ceasefire talks would "
      "resume next week in the capital, after a pause of several months caused by a dispute."], "en"),
])
def test_language_majority_of_letters_wins_whatever_the_order(paragraphs, lang):
    assert detect_language("\n\n".join(paragraphs)) == lang
    assert detect_language("\n\n".join(reversed(paragraphs))) == lang
