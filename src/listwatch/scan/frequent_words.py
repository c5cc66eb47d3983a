"""Frequent English and Spanish words, which a one-word list name must not be mistaken for.

A list name of one word (``GLORY``, ``PENTAGON``, ``HORIZON``) met in running text is far more
often the ordinary word than the listed party; such names are spotted only when the word is not
one of these (or :data:`listwatch.text.COMMON_WORDS`). Multi-word names are not affected.
"""

from __future__ import annotations

from listwatch.text.normalize import normalize

__all__ = ["FREQUENT_WORDS", "is_frequent"]

_WORDS = """
    about above across act action after again against age agency agent ago agreement air all
    also although always america american among amount analysis another answer any area army
    around arrest art article asia attack attorney authority away back bad base based because
    become been before began behind being believe best better between big bill black blue board
    body book border both boy break bring brother budget build building business buy call camp
    campaign capital car care career case cash cause center central century chairman chance
    change charge chief child china choice church citizen city civil claim class clear close
    coast cold come commander community company congress consider control cost could council
    country county course court cover create crime crisis cultural current customer cut dark
    data day dead deal death decade decision deep defense degree democrat design despite detail
    development different difficult direction director discover doctor door down draw dream
    drive drug during each early east economic economy edge education effect effort eight
    either election else end energy enough enter environment europe even evening event ever
    every evidence exactly example executive experience face fact fail fall family far farm
    fast father fear federal feel few field fight figure final finally financial find fine
    fire firm first five floor focus follow food foot force foreign forest form former forward
    four free friend from front full fund future game garden gas general generation girl give
    glass global glory goal gold golden good government great green ground group grow growth
    guard gulf gun hair half hand happen happy hard head health hear heart heat heavy help her
    here high him himself his history hold home hope horizon hospital hot hotel hour house
    however huge human hundred husband idea image impact important include including increase
    indeed industry information inside instead interest international into island issue its
    itself job join judge just justice keep kill kind king kitchen know land language large
    last late later law lawyer lead leader learn least leave left legal less letter level life
    light like line list little live local long look lose loss love low machine magazine main
    major make man manage manager many market matter may maybe mean measure media medical
    meeting member memory mention message method middle might military million mind minister
    minute miss mission model modern moment money month more morning most mother mountain move
    movement much music must nation national natural nature near nearly need network never new
    news newspaper next nice night none north note nothing notice now number ocean off offer
    office officer official often oil old once one only open operation opportunity option
    order organization other others our out outside over own owner page pain paper parent park
    part partner party pass past patient pattern peace people per perhaps period person phone
    pick picture piece place plan plant play player point police policy political poor popular
    population port position positive possible power practice prepare present president
    pressure pretty prevent price prime private probably problem process produce product
    program project property protect prove provide public pull purpose push put quality
    question quickly quite race radio raise range rate rather reach read ready real reality
    really reason receive recent recently record red reduce region relate remain remember
    report represent republic research resource response rest result return reveal rich right
    rise risk river road rock role room rule run safe same save say scene school science sea
    season seat second secretary section security see seek seem sell send senior sense series
    serious serve set seven several shake share she short shot should show side sign silver
    similar simple since sing single sister sit site situation six size skill small social
    society soldier some someone something sometimes son song soon sort sound source south
    southern space speak special specific speech spend sport spring staff stage stand standard
    star start state statement station stay step still stock stop store story strategy street
    strong structure student study stuff style subject success successful such suddenly suffer
    summer sun support sure surface system table take talk task tax teach teacher team
    technology television tell ten tend term test than thank that their them themselves then
    theory there these they thing think third this those though thought thousand threat three
    through throughout time today together tonight too top total tough toward town trade
    traditional training travel treasury treat treatment tree trial trip trouble true truth
    try turn two type under understand union unit united university until upon use usually
    value various very victim view violence visit voice vote wait walk wall want war watch
    water way weapon wear week weight well west western what whatever when where whether which
    while white who whole whom whose why wide wife will win wind window winter wish within
    without woman wonder word work worker world worry would write writer wrong yard yeah year
    yes yet you young your
    abril acuerdo agosto ahora algo alguno ante antes año años aquí así aunque bajo bien
    cada calle cambio caso centro cerca ciudad como con contra cuando cuenta cuerpo dar debe
    desde después dice dicho diciembre dinero donde dos durante ejército ella ellos embargo
    empresa encuentra enero entonces entre esta estado estados este esto fuerza fuerzas febrero
    fin forma frente fue fueron general gobierno golfo gran grupo grupos guerra hace hacer
    hasta hay hecho hombre hoy julio junio justicia lado ley lugar luego mayo mayor mejor
    menos mes mientras mismo momento mundo muy nacional nada noche norte nos nosotros noviembre
    nuestro nueva nuevo octubre otra otro otros país países para parte pero poco poder policía
    política por porque presidente primer primera pueblo puede pues que quien región sea según
    ser será señor septiembre ser sido siempre sin sino sobre sol soles solo son su sur sus
    tal también tanto tiempo tierra todo todos trabajo tras tres una uno unidos vez vida
    """

FREQUENT_WORDS: frozenset[str] = frozenset(
    token for word in _WORDS.split() for token in normalize(word).split()
)


def is_frequent(token: str) -> bool:
    """Whether ``token`` (normalised) is a frequent English or Spanish word."""
    return token in FREQUENT_WORDS
