"""Round 35 (langs38): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- people counted one by one after the verb: the word for one and its noun, 'and', the word for one and another noun
  ('Murieron un hombre y una mujer', 'Sono rimasti feriti un agente e un passante'). The first 'one' was taken for
  the article of a phrase whose count follows (as in 'mató a un hombre de 45 años y a 300 personas'), so only the
  second was counted; both are people, two in all. Not when the second 'one' opens a clause of its own ('Murió un
  hombre y una mujer resultó herida') or is a thing's article ('murió un hombre y un coche quedó destruido');
- words of the lexicon written with a zero-width joiner inside (Sinhala 'සංඛ්‍යාව', 'මධ්‍යස්ථානය', Malayalam
  'ഉയര്‍ന്നു', Nepali 'गर्‍यो', Bengali 'র‍্যাব'): the text is read without the joiner, so the lexicon's words
  are too, and a toll risen to a number is an update, a source is named. A count noun right after a number in
  digits ('පවුල් 2,000කට වැඩි සංඛ්‍යාවක්', a number of more than 2,000 families) is that number's own noun, which
  heads no later count;
- a relative told with a possessive after 'and' ('murieron dos niñas y su madre', 'un homme et son fils sont
  morts', lexicon KIN_AFTER_AND): one more person of the count, before or after the verb; not when the relative has
  a verb of its own ('Murió un hombre y su hijo resultó herido');
- a total after the number ('murieron cuatro bomberos, nueve en total', 'quatre pompiers ont péri, neuf au total',
  lexicon TOTAL_AFTER): a number after a comma, then 'in all' and its clause's end, is the whole count of the kind told
  before it, that count a part; not when counts of another kind came before (the victims of every kind), nor past
  an 'and' or a clause of its own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.world_kit import headlines

_ONE_BY_ONE_AFTER_THE_VERB = [
    ("es", "Murieron un hombre y una mujer en el incendio de la fábrica.", "2", "-"),
    ("es", "En el choque murieron un policía y un civil.", "2", "-"),
    ("es", "Resultaron heridos un bombero y una vecina del edificio.", "-", "2"),
    ("pt", "Morreram um homem e uma mulher no incêndio da oficina.", "2", "-"),
    ("pt", "Ficaram feridos um polícia e um civil durante o tiroteio.", "-", "2"),
    ("it", "Sono morti un uomo e una donna nell'incendio del capannone.", "2", "-"),
    ("it", "Sono rimasti feriti un agente e un passante.", "-", "2"),
    ("ca", "Han mort un home i una dona en l'incendi del magatzem.", "2", "-"),
    ("ca", "Han resultat ferits un home i una dona en l'accident.", "-", "2"),
    ("fr", "Sont morts un homme et une femme dans l'incendie.", "2", "-"),
    # the subject before the verb was already two
    ("es", "Un hombre y una mujer murieron en el incendio de la fábrica.", "2", "-"),
    # guards: the second 'one' opens a clause of its own, or is a thing's article
    ("es", "Murió un hombre y un coche quedó destruido.", "1", "-"),
    ("es", "Murió un hombre y una mujer resultó herida.", "1", "1"),
    ("it", "È morto un uomo e una donna è rimasta ferita.", "1", "1"),
    ("es", "Murieron cinco personas en un incendio y una explosión.", "5", "-"),
    ("es", "Un incendio y una explosión mataron a cinco personas.", "5", "-"),
]

_A_RELATIVE_JOINED = [
    ("es", "Resultaron heridos un hombre y su hijo en el accidente.", "-", "2"),
    ("es", "En el incendio murieron dos niñas y su madre.", "3", "-"),
    ("es", "Dos niñas y su madre murieron en el incendio.", "3", "-"),
    ("pt", "No incêndio morreram duas crianças e a sua mãe.", "3", "-"),
    ("it", "Sono rimasti feriti un uomo e suo figlio.", "-", "2"),
    ("it", "Nell'incendio sono morti due bambini e la loro madre.", "3", "-"),
    ("fr", "Dans l'incendie sont morts deux enfants et leur mère.", "3", "-"),
    ("fr", "Un homme et son fils sont morts dans l'incendie.", "2", "-"),
    ("ca", "A l'incendi han mort dues nenes i la seva mare.", "3", "-"),
    # guards: the relative is the subject of a verb of its own; a thing told with a possessive
    ("es", "Murió un hombre y su hijo resultó herido.", "1", "1"),
    ("es", "Un hombre murió y su hijo resultó herido.", "1", "1"),
    ("es", "Murieron dos personas y su casa quedó destruida.", "2", "-"),
    ("es", "Murieron tres personas y su madre dijo que no sabía nada.", "3", "-"),
]

_A_TOTAL_AFTER_THE_NUMBER = [
    ("es", "En la explosión murieron cuatro bomberos, nueve en total.", "9", "-"),
    ("es", "El derrumbe dejó seis obreros muertos, diez personas en total, según Protección Civil.", "10", "-"),
    ("it", "Nel crollo sono morti quattro operai, nove in tutto.", "9", "-"),
    ("fr", "Quatre pompiers ont péri dans l'explosion, neuf au total.", "9", "-"),
    ("pt", "Na explosão morreram quatro bombeiros, nove no total.", "9", "-"),
    ("ca", "A l'explosió han mort quatre bombers, nou en total.", "9", "-"),
    ("ro", "În explozie au murit patru pompieri, nouă în total.", "9", "-"),
    # guards: the total of the victims of every kind; the houses of another clause; a part after the count
    ("fr", "Quatre personnes sont mortes et six blessées, dix au total.", "4", "6"),
    ("es", "Murieron cuatro personas y se derrumbaron casas, 30 en total.", "4", "-"),
    ("es", "Murieron nueve personas, cuatro de ellas bomberos.", "9", "-"),
]

_WRITTEN_WITH_A_JOINER = [
    ("si", "පවුල් 2,000කට වැඩි සංඛ්‍යාවක් අවතැන් වී ඇත.", "displaced", 2000),
    ("si", "නායයෑමෙන් මිය ගිය අයගේ සංඛ්‍යාව 23 දක්වා ඉහළ ගොස් ඇත.", "killed", 23),
    ("ml", "മണ്ണിടിച്ചിലിൽ മരിച്ചവരുടെ എണ്ണം 27 ആയി ഉയര്‍ന്നു.", "killed", 27),
]

_UPDATES_WRITTEN_WITH_A_JOINER = [
    ("ml", "മണ്ണിടിച്ചിലിൽ മരിച്ചവരുടെ എണ്ണം 27 ആയി ഉയര്‍ന്നു."),
    ("ml", "അപകടത്തിൽ മരണസംഖ്യ 12 ആയി ഉയര്‍ന്നു."),
]

_SOURCES_WRITTEN_WITH_A_JOINER = [
    ("bn", "র‍্যাব জানিয়েছে, হামলায় ৫ জন নিহত হয়েছেন।", "(rab)"),
    ("ne", "बाढीमा १२ जनाको मृत्यु भएको प्रहरीले पुष्टि गर्‍यो।", "(police)"),
    ("si", "අමාත්‍යාංශය පවසන පරිදි අනතුරෙන් 12 දෙනෙකු මිය ගොස් ඇත.", "(ministry)"),
    ("si", "ආපදා කළමනාකරණ මධ්‍යස්ථානය පවසන පරිදි ගංවතුරෙන් 12 දෙනෙකු මිය ගොස් ඇත.", "(disaster management centre)"),
]


def _claims(text: str, language: str) -> list[tuple[str, int, bool, str | None]]:
    article = ArticleInput(text=text, language=language, published_at=datetime(2024, 6, 1))
    return [(c.metric, c.value, c.update, c.attribution) for c in extract(article).claims]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ONE_BY_ONE_AFTER_THE_VERB)
def test_people_counted_one_by_one_after_the_verb(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_RELATIVE_JOINED)
def test_a_relative_joined_to_the_count(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_TOTAL_AFTER_THE_NUMBER)
def test_a_total_after_the_number(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "metric", "value"), _WRITTEN_WITH_A_JOINER)
def test_figures_beside_words_written_with_a_joiner(language: str, text: str, metric: str, value: int) -> None:
    assert [(m, v) for m, v, _, _ in _claims(text, language)] == [(metric, value)]


@pytest.mark.parametrize(("language", "text"), _UPDATES_WRITTEN_WITH_A_JOINER)
def test_a_toll_risen_told_with_a_joiner(language: str, text: str) -> None:
    assert [update for _, _, update, _ in _claims(text, language)] == [True]


@pytest.mark.parametrize(("language", "text", "kind"), _SOURCES_WRITTEN_WITH_A_JOINER)
def test_a_source_written_with_a_joiner(language: str, text: str, kind: str) -> None:
    sources = [source for _, _, _, source in _claims(text, language)]
    assert len(sources) == 1
    assert sources[0] is not None
    assert sources[0].endswith(kind)
